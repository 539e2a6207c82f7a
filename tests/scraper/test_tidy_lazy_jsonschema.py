"""jsonschema is imported only when an example needs it (``tidy.jsonschema_errors``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator

from scraper.reconcile import _errors
from scraper.tidy import example_problems, plain_errors

# Builds a spec whose example contradicts its table (widened without jsonschema), then asks
# about a keyword only jsonschema knows; prints the jsonschema modules loaded after each.
_SCRIPT = """
import json, sys
from scraper.build import build_spec
from scraper.tidy import example_problems
from tests.scraper.test_build_kit import (
    INTEGER, STRING, example, field, operation, page, project_param, response, structure
)

def loaded():
    roots = ("jsonschema", "openapi_schema_validator")
    return sorted(m for m in sys.modules if m.split(".")[0] in roots)

body = structure(
    "P.html#t2", "Body", field("weight", INTEGER, row=2), field("name", STRING, row=3)
)
op = operation(
    "post", "/v1/{project_id}/x", file="P.html", parameters=(project_param("P.html"),),
    request_body=body.key, responses=(response("200"),),
    examples=(example("request", {"weight": "70", "name": 3}, title="bad"),),
)
spec = build_spec([page("P.html", op, structures=(body,))]).spec
widened = [
    name for schema in spec["components"]["schemas"].values()
    for name, prop in schema.get("properties", {}).items() if "anyOf" in prop
]
built = loaded()
answer = example_problems(1, {"not": {}}, {})
print(json.dumps({"widened": widened, "built": built, "answer": answer, "after": loaded()}))
"""


def test_a_spec_without_fallbacks_never_imports_jsonschema() -> None:
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=root, capture_output=True, text=True, check=True
    )
    seen = json.loads(run.stdout)
    assert seen["widened"] == ["weight", "name"]  # (both found by plain_errors)
    assert seen["built"] == []
    assert seen["answer"] == ["(root): 1 should not be valid under {}"]  # jsonschema's
    assert {"jsonschema", "openapi_schema_validator"} <= set(seen["after"])


def _theirs(value: Any, schema: dict[str, Any], components: Any) -> list[Any]:
    root = {"allOf": [schema], "components": components}
    errors = sorted(
        OAS30Validator(root).iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path]
    )
    return [(e.validator, list(e.absolute_path), e.message) for e in errors]


def test_a_fallback_still_gets_jsonschemas_errors() -> None:
    components: dict[str, Any] = {"schemas": {}}
    schema = {"type": "object", "properties": {"n": {"not": {"type": "integer"}}}}
    value = {"n": 1}
    assert plain_errors(value, schema, components) is None
    mine = [(e.validator, list(e.absolute_path), e.message) for e in _errors(value, schema, {})]
    assert mine == _theirs(value, schema, components) == [("not", ["n"], _NOT_MESSAGE)]
    assert example_problems(value, schema, components) == [f"/n: {_NOT_MESSAGE}"]


_NOT_MESSAGE = "1 should not be valid under {'type': 'integer'}"


def test_the_spec_command_on_a_dump_never_imports_jsonschema(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    dump = root / "examples" / "modelarts-snippets-zh.txt"
    command = [sys.executable, "-X", "importtime", "-m", "docs2api", "spec", str(dump)]
    run = subprocess.run(
        [*command, "-o", str(tmp_path / "spec.yaml")], cwd=root, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "scraper.tidy" in imported
    assert not {"jsonschema", "openapi_schema_validator"} & imported
