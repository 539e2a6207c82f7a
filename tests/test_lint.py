"""docs2api lint: validity, examples against schemas, the two figures, and the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docs2api.cli import main
from docs2api.lint import lint_file, lint_spec
from scraper.yamlio import dump_yaml


def _spec(examples: dict[str, Any], schema: dict[str, Any] | None = None) -> dict[str, Any]:
    media: dict[str, Any] = {
        "examples": {
            k: {"value": v, "x-source": {"file": f"{k}.html"}} for k, v in examples.items()
        }
    }
    media["schema"] = schema or {"$ref": "#/components/schemas/Thing"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "CreateThing",
                    "requestBody": {"content": {"application/json": media}},
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "x-source": {"file": "T.html", "row": 1}},
                        "size": {"type": "integer", "nullable": True},
                        "meta": {"type": "object"},
                        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                        "child": {"$ref": "#/components/schemas/Child"},
                    },
                    "x-source": {"file": "T.html"},
                },
                "Child": {"type": "object", "properties": {"id": {"type": "string"}}},
            }
        },
    }


def test_valid_examples_and_declared_keys() -> None:
    spec = _spec(
        {
            "good": {"name": "a", "size": None, "labels": {"k": "v"}, "child": {"id": "1"}},
            "open": {"name": "b", "meta": {"free": 1, "form": 2}},
        }
    )
    result = lint_spec(spec)
    assert result.valid
    assert result.examples_checked == 2
    assert result.examples_valid == 2
    # good: name size labels k child id = 6 declared; open: name meta declared, free/form not
    assert (result.keys_declared, result.keys_total) == (8, 10)
    assert result.valid_percent == 100.0
    assert result.declared_percent == 80.0
    assert result.inconsistencies == []


def test_inconsistencies_are_listed_with_sources() -> None:
    spec = _spec({"bad": {"size": "70", "extra": True, "child": {"id": 5}}})
    result = lint_spec(spec)
    assert result.examples_valid == 0
    kinds = {(i.kind, i.pointer) for i in result.inconsistencies}
    assert ("missing-required-field", "") in kinds
    assert ("type-mismatch", "/size") in kinds
    assert ("type-mismatch", "/child/id") in kinds
    assert ("undeclared-field", "/extra") in kinds
    missing = next(i for i in result.inconsistencies if i.kind == "missing-required-field")
    assert missing.source == {"file": "T.html"}
    assert "T.html" in missing.format()


def test_invalid_spec_reported() -> None:
    spec = _spec({})
    del spec["info"]
    result = lint_spec(spec)
    assert not result.valid and result.errors


def test_unparsed_and_schema_less_examples_are_counted_apart() -> None:
    spec = _spec({"x": {"name": "a"}})
    media = spec["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]
    media["x-unparsed-examples"] = [{"value": "{broken", "x-source": {"file": "x.html"}}]
    spec["paths"]["/things"]["post"]["responses"]["200"]["content"] = {
        "application/json": {"examples": {"r": {"value": {"a": 1}}}}
    }
    result = lint_spec(spec)
    assert result.examples_unparsed == 1
    assert result.examples_without_schema == 1
    assert result.examples_checked == 1


def test_cli_prints_figures_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(dump_yaml(_spec({"a": {"name": "x", "size": "1"}})), encoding="utf-8")
    assert main(["lint", str(good)]) == 0
    out = capsys.readouterr().out
    assert "examples valid: 0.0% (0/1)" in out
    assert "example keys declared: 100.0% (2/2)" in out
    assert "type-mismatch" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\npaths: {}\n", encoding="utf-8")
    assert main(["lint", str(bad)]) == 1
    assert main(["lint", str(tmp_path / "missing.yaml")]) == 2
    assert not lint_file(tmp_path / "missing.yaml").valid


def test_keys_of_a_documented_map_of_anything_are_declared() -> None:
    spec = _spec({"x": {"name": "a", "meta": {"k": 1}}})
    thing = spec["components"]["schemas"]["Thing"]
    thing["properties"]["meta"]["additionalProperties"] = {}
    assert lint_spec(spec).declared_percent == 100.0
    thing["properties"]["meta"]["additionalProperties"] = True
    assert lint_spec(spec).keys_declared == 2


def test_invalid_examples_kept_aside_are_checked_and_wrappers_read_as_refs() -> None:
    spec = _spec({"ok": {"name": "a"}})
    media = spec["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]
    media["x-invalid-examples"] = {
        "bad": {"value": {"name": 1}, "x-problems": ["/name: 1 is not of type 'string'"]}
    }
    result = lint_spec(spec)
    assert (result.examples_checked, result.examples_valid) == (2, 1)
    assert [i.kind for i in result.inconsistencies] == ["type-mismatch"]
    # {allOf: [$ref], description, x-source} reads as the reference (its siblings annotate)
    wrapped = _spec({"ok": {"name": "a", "extra": 1}})
    plain = _spec({"ok": {"name": "a", "extra": 1}})
    wrapped["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "allOf": [{"$ref": "#/components/schemas/Thing"}],
        "description": "the thing",
        "x-source": {"file": "Other.html"},
    }
    assert lint_spec(plain).inconsistencies[0].source == {"file": "T.html"}
    assert lint_spec(wrapped).figures() == lint_spec(plain).figures()
    assert [i.source for i in lint_spec(wrapped).inconsistencies] == [
        i.source for i in lint_spec(plain).inconsistencies
    ]
