"""`docs2api mock`: argument errors exit 2; the server starts and answers over HTTP."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from docs2api.cli import main
from tests.mock.conftest import FIXTURES


def test_unreadable_or_foreign_specs_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mock", str(tmp_path / "missing.yaml")]) == 2
    (tmp_path / "not-openapi.yaml").write_text("just: text\n", encoding="utf-8")
    assert main(["mock", str(tmp_path / "not-openapi.yaml")]) == 2
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert main(["mock", str(tmp_path / "broken.json")]) == 2
    spec = str(FIXTURES / "datasets.yaml")
    assert main(["mock", spec, "--verify-key", "no-colon"]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "not an OpenAPI document" in err and "AK:SK" in err


def test_serves_over_http() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "docs2api", "mock", str(FIXTURES / "datasets.yaml")]
    command += ["--port", str(port), "--stateful", "--token", "tok"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/openapi.json", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        headers = {"X-Auth-Token": "tok"}
        body = {"dataset_name": "d", "data_sources": [{"data_path": "/b"}]}
        created = httpx.post(base + "/v2/p1/datasets", json=body, headers=headers)
        assert created.status_code == 201
        dataset_id = created.json()["dataset_id"]
        shown = httpx.get(f"{base}/v2/p1/datasets/{dataset_id}", headers=headers)
        assert shown.json()["dataset_name"] == "d"
        assert httpx.get(base + "/v2/p1/datasets", headers={"X-Auth-Token": "x"}).status_code == 401
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert b"stateful collection: /v2/{project_id}/datasets" in err  # inference logged at start
