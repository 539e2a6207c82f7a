"""The README's client example runs as written against the mock of the committed seed spec."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from docs2api.demo import serve
from docs2api.mock import create_app

REPO = Path(__file__).resolve().parent.parent
ACCESS_KEY, SECRET_KEY = "AKREADMEEXAMPLE", "secret-key-of-the-readme-example"


def readme_client_example() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### Client", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the README's Client section has no python example"
    return match.group(1)


def test_readme_client_example_runs_against_the_mock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = readme_client_example()
    assert len(code.strip().splitlines()) <= 20
    # The only change: the region's public endpoint becomes the local mock.
    region = re.search(r'region="[^"]+",', code)
    assert region, "the example configures the client by region"
    spec = yaml.safe_load((REPO / "spec" / "modelarts.yaml").read_text(encoding="utf-8"))
    app = create_app(spec, verify_keys={ACCESS_KEY: SECRET_KEY})
    monkeypatch.syspath_prepend(str(REPO / "generated" / "modelarts" / "client"))
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", ACCESS_KEY)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", SECRET_KEY)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "0123456789abcdef0123456789abcdef")
    with serve(app) as base_url:
        local = code.replace(region.group(0), f"endpoint={base_url!r},")
        exec(compile(local, "README.md", "exec"), {"__name__": "readme_example"})
    printed = capsys.readouterr().out.split()
    assert printed, "the example printed no cluster"
    for name in [m for m in list(sys.modules) if m.startswith("modelarts_client")]:
        del sys.modules[name]
