"""docs2api spec: writes YAML and the report, summarises diagnostics, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from docs2api.cli import main


def test_missing_input_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spec", str(tmp_path / "nope"), "-o", str(tmp_path / "o.yaml")]) == 2
    assert "not found" in capsys.readouterr().err


def test_empty_folder_writes_valid_spec_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out" / "spec.yaml"
    report = tmp_path / "out" / "report.json"
    assert main(["spec", str(empty), "-o", str(out), "--report", str(report)]) == 0
    spec = yaml.safe_load(out.read_text(encoding="utf-8"))
    validate(spec)
    data = json.loads(report.read_text(encoding="utf-8"))
    # the folder is an input without pages, listed with its reason, not counted as a page
    assert data["counts"]["pages"] == 0
    assert data["pages"] == []
    assert data["counts"]["inputs_without_pages"] == 1
    assert data["inputs"] == [
        {"input": str(empty), "reason": f"{empty} holds no HTML page and no snippet dump"}
    ]
    err = capsys.readouterr().err
    assert "warning[empty-input]" in err
    assert "0 operations from 0 pages" in err


def test_strict_fails_on_errors(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.xyz"
    garbage.write_bytes(b"\x00\x01 not a page")
    out = tmp_path / "spec.yaml"
    assert main(["spec", str(garbage), "-o", str(out)]) == 0
    assert main(["spec", str(garbage), "-o", str(out), "--strict"]) == 1


def test_stdout_when_no_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spec", str(tmp_path)]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["openapi"] == "3.0.3"


def test_the_command_leaves_the_collector_on_and_its_results_out_of_it(tmp_path: Path) -> None:
    # The build runs with the cyclic collector paused; what it made lives until the process
    # ends, so it is frozen rather than scanned by the next collection (in a fresh process:
    # freezing is process-wide).
    seed = Path(__file__).resolve().parent.parent / "examples" / "modelarts-snippets-zh.txt"
    code = (
        "import gc, sys; from docs2api.cli import main; "
        "frozen = gc.get_freeze_count(); "
        "assert main(['spec', sys.argv[1], '-o', sys.argv[2]]) == 0; "
        "print(gc.isenabled(), gc.get_freeze_count() - frozen)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(seed), str(tmp_path / "seed.yaml")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    enabled, frozen = done.stdout.split()
    assert enabled == "True"
    assert int(frozen) > 1000  # the spec, the report and the diagnostics at least
