"""Published specs pass the tools other ecosystems run: Redocly, Spectral, openapi-typescript."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from docs2api.specfile import parse_document

REPO = Path(__file__).resolve().parents[2]
SPECS = ("seed", "modelarts", "ecs")


def _run(command: list[Any], cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def _json_tail(text: str) -> Any:
    """The JSON document a tool printed after any banner lines."""
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    assert start >= 0, f"no JSON in tool output: {text[:500]}"
    return json.loads(text[start:])


@pytest.mark.parametrize("name", SPECS)
def test_redocly_recommended_has_no_errors(name: str, spec_builds: Any, node_bin: Any) -> None:
    done = _run(
        [
            node_bin("redocly"),
            "lint",
            spec_builds.path(name),
            "--config",
            REPO / "redocly.yaml",
            "--format",
            "json",
        ]
    )
    result = _json_tail(done.stdout)
    errors = [p for p in result["problems"] if p["severity"] == "error"]
    assert not errors, json.dumps(errors[:5], indent=1)


@pytest.mark.parametrize("name", SPECS)
def test_spectral_oas_has_no_errors(name: str, spec_builds: Any, node_bin: Any) -> None:
    done = _run(
        [
            node_bin("spectral"),
            "lint",
            spec_builds.path(name),
            "--ruleset",
            REPO / ".spectral.yaml",
            "--format",
            "json",
            "--quiet",
        ]
    )
    problems = _json_tail(done.stdout) if done.stdout.strip() else []
    errors = [p for p in problems if p["severity"] == 0]
    assert not errors, json.dumps(errors[:5], indent=1)


@pytest.mark.parametrize("name", SPECS)
def test_typescript_types_typecheck(
    name: str, spec_builds: Any, node_bin: Any, tmp_path: Path
) -> None:
    types = tmp_path / f"{name}.d.ts"
    done = _run([node_bin("openapi-typescript"), spec_builds.path(name), "-o", types])
    assert done.returncode == 0, done.stderr[-2000:]
    (tmp_path / "use.ts").write_text(
        f'import type {{ paths, components }} from "./{name}";\n'
        "export type AllPaths = keyof paths;\n"
        "export type Schemas = components extends { schemas: infer S } ? S : never;\n",
        encoding="utf-8",
    )
    done = _run(
        [
            node_bin("tsc"),
            "--noEmit",
            "--strict",
            "--skipLibCheck",
            "false",
            types,
            tmp_path / "use.ts",
        ],
        cwd=tmp_path,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]


@pytest.mark.parametrize("name", SPECS)
def test_operation_ids_and_component_names_unique_and_stable(name: str, spec_builds: Any) -> None:
    from scraper.pipeline import spec_from_inputs

    first = parse_document(spec_builds.path(name).read_text(encoding="utf-8"))
    again = spec_from_inputs([str(p) for p in spec_builds.inputs(name)]).spec
    ids = [
        op["operationId"]
        for item in first["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(ids) == len(set(ids))
    again_ids = [
        op["operationId"]
        for item in again["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert ids == again_ids
    assert list(first.get("components", {}).get("schemas", {})) == list(
        again.get("components", {}).get("schemas", {})
    )
