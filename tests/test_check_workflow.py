"""The example GitHub workflow: the gate's steps are there, and every docs2api command line in
it parses with the real CLI (so the file cannot drift from the commands it calls)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import yaml

from docs2api.cli import build_parser

WORKFLOW = Path(__file__).resolve().parent.parent / "examples" / "github-workflow.yml"


def _workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _docs2api_lines(script: str) -> list[str]:
    joined = script.replace("\\\n", " ")
    lines = []
    for line in joined.splitlines():
        line = line.strip()
        if line.startswith("docs2api "):
            lines.append(re.split(r"\s(\|\||&&|\|)\s", line)[0])
    return lines


def test_workflow_has_the_gate_steps() -> None:
    workflow = _workflow()
    steps = workflow["jobs"]["gate"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    checkout = steps[0]
    assert checkout["with"]["fetch-depth"] == 0  # the diff against the base needs history
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "pip install" in scripts
    commands = [line.split()[1] for line in _docs2api_lines(scripts)]
    assert commands == ["spec", "diff", "check", "test"]
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload"))
    assert upload["if"] == "always()"
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache@"))
    assert f"--cache {cache['with']['path']}" in scripts  # the spec step uses the kept store


def test_every_docs2api_command_line_parses() -> None:
    workflow = _workflow()
    env = {key: str(value) for key, value in workflow["env"].items()}
    env["BASE"] = "origin/main"
    parser = build_parser()
    lines = _docs2api_lines("\n".join(s.get("run", "") for s in workflow["jobs"]["gate"]["steps"]))
    assert lines
    for line in lines:
        expanded = re.sub(r"\$\{?(\w+)\}?", lambda m: env.get(m.group(1), m.group(0)), line)
        argv = shlex.split(expanded)[1:]
        args = parser.parse_args(argv)  # SystemExit (usage error) fails the test
        assert callable(args._run)
