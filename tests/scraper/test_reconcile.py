"""Where a page's example contradicts its table, the schema widens to admit it (and says so)."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from docs2api.lint import lint_spec
from scraper.build import BuildResult, build_spec
from scraper.diagnostics import Collector
from scraper.reconcile import reconcile_examples
from scraper.records import Constraints, Example, Structure
from scraper.tidy import quarantine_invalid_examples
from tests.scraper.test_build_kit import (
    BOOLEAN,
    INTEGER,
    STRING,
    example,
    field,
    obj,
    operation,
    page,
    project_param,
    response,
    structure,
)

PATH = "/v1/{project_id}/services"


def _build(
    *fields: Any,
    examples: tuple[Example, ...],
    widen: bool = True,
    others: tuple[Structure, ...] = (),
) -> BuildResult:
    body = structure("P.html#t2", "Body", *fields)
    op = operation(
        "post",
        PATH,
        file="P.html",
        parameters=(project_param("P.html"),),
        request_body=body.key,
        responses=(response("200"),),
        examples=examples,
    )
    result = build_spec([page("P.html", op, structures=(body, *others))], widen=widen)
    validate(result.spec)
    return result


def _media(result: BuildResult) -> dict[str, Any]:
    media: dict[str, Any] = result.spec["paths"][PATH]["post"]["requestBody"]["content"][
        "application/json"
    ]
    return media


def _body(result: BuildResult) -> dict[str, Any]:
    schemas: dict[str, Any] = result.spec["components"]["schemas"]
    ref = _media(result)["schema"]["$ref"].rsplit("/", 1)[-1]
    body: dict[str, Any] = schemas[ref]
    return body


def test_numeric_string_for_an_integer_widens_the_field_and_is_recorded() -> None:
    result = _build(
        field("weight", INTEGER, description="Traffic weight.", row=2),
        examples=(
            example("request", {"weight": 70}, title="good"),
            example("request", {"weight": "70"}, title="bad"),
        ),
    )
    weight = _body(result)["properties"]["weight"]
    assert weight["anyOf"] == [
        {"type": "integer", "format": "int32"},
        {"type": "string", "pattern": "^-?[0-9]+$"},
    ]
    assert weight["description"] == "Traffic weight."
    assert weight["x-source"]["row"] == 2
    (note,) = weight["x-doc-inconsistencies"]
    assert note == {
        "kind": "type-mismatch",
        "example": f"POST {PATH} request example 'bad'",
        "at": "/weight",
        "message": "'70' is not of type 'integer'",
        "change": "also accepts strings matching ^-?[0-9]+$",
    }
    media = _media(result)
    assert list(media["examples"]) == ["good", "bad"] and "x-invalid-examples" not in media
    assert media["examples"]["bad"]["x-contradicts-tables"] is True
    assert "x-contradicts-tables" not in media["examples"]["good"]
    warning = next(d for d in result.diagnostics if d.code == "example-widened-schema")
    assert (warning.source.file, warning.source.row) == ("Page.html", 2)

    lint = lint_spec(result.spec)
    assert (lint.examples_checked, lint.examples_valid, lint.examples_widened) == (2, 2, 1)
    assert lint.valid_percent == 100.0 and lint.tables_valid_percent == 50.0
    (item,) = lint.inconsistencies
    assert (item.kind, item.pointer, item.accepted) == (
        "type-mismatch",
        "/weight",
        "also accepts strings matching ^-?[0-9]+$",
    )
    assert "the schema also accepts strings" in item.format()


def test_tables_only_keeps_the_schema_and_sets_the_example_aside() -> None:
    result = _build(
        field("weight", INTEGER),
        examples=(example("request", {"weight": "70"}, title="bad"),),
        widen=False,
    )
    assert _body(result)["properties"]["weight"] == {
        "type": "integer",
        "format": "int32",
        "x-source": {"file": "Page.html", "table": "Table 1", "row": 1},
    }
    assert list(_media(result)["x-invalid-examples"]) == ["bad"]
    lint = lint_spec(result.spec)
    assert (lint.examples_valid, lint.examples_widened, lint.valid_percent) == (0, 0, 0.0)


def test_unlisted_enum_value_joins_the_enum() -> None:
    action = field("action", STRING, constraints=Constraints(enum=("start", "stop")))
    result = _build(action, examples=(example("request", {"action": "restart"}),))
    prop = _body(result)["properties"]["action"]
    assert prop["enum"] == ["start", "stop", "restart"]
    assert prop["x-doc-inconsistencies"][0]["change"] == "also accepts 'restart'"


def test_missing_mandatory_field_is_no_longer_required() -> None:
    result = _build(
        field("name", STRING, required=True),
        field("keyname", STRING, required=True, row=2),
        examples=(example("request", {"name": "a"}),),
    )
    body = _body(result)
    assert body["required"] == ["name"]
    assert body["x-doc-inconsistencies"][0]["change"] == "no longer requires 'keyname'"


def test_value_of_another_kind_gets_the_narrowest_branch() -> None:
    item = structure("P.html#t3", "Version", field("id", STRING))
    value: dict[str, Any] = {
        "versions": [{"id": "v2"}],
        "image": "",
        "enabled": "True",
        "size": 1.5,
    }
    result = _build(
        field("versions", obj(item.key)),
        field("image", obj(item.key), row=2),
        field("enabled", BOOLEAN, row=3),
        field("size", INTEGER, row=4),
        examples=(example("request", value),),
        others=(item,),
    )
    props = _body(result)["properties"]
    ref = {"$ref": "#/components/schemas/Version"}
    assert props["versions"]["anyOf"] == [ref, {"type": "array", "items": ref}]
    assert props["image"]["anyOf"] == [ref, {"type": "string", "maxLength": 0}]
    assert props["enabled"]["anyOf"][1]["pattern"] == "^(true|false|True|False|TRUE|FALSE)$"
    assert props["size"]["anyOf"][1] == {"type": "number"}
    assert lint_spec(result.spec).valid_percent == 100.0


def test_nothing_changes_unless_the_whole_example_can_be_admitted() -> None:
    # "70" could be admitted, the undeclared field of a closed object cannot: the schema
    # stays exactly as it was, and quarantine sets the example aside afterwards.
    body: dict[str, Any] = {
        "type": "object",
        "properties": {"weight": {"type": "integer"}},
        "additionalProperties": False,
    }
    media: dict[str, Any] = {
        "schema": body,
        "examples": {"bad": {"value": {"weight": "70", "extra": 1}}},
    }
    spec = {"paths": {"/a": {"post": {"requestBody": {"content": {"application/json": media}}}}}}
    collector = Collector()
    (entry,) = media["examples"].values()
    assert reconcile_examples(spec, collector) == {id(entry): ("POST /a request", media)}
    assert body["properties"] == {"weight": {"type": "integer"}}
    assert "x-contradicts-tables" not in media["examples"]["bad"]
    assert not collector.diagnostics


def test_a_shared_structure_widens_once_and_marks_every_example_it_admits() -> None:
    body = structure("P.html#t2", "Body", field("weight", INTEGER))
    ops = [
        operation(
            method,
            PATH,
            file="P.html",
            parameters=(project_param("P.html"),),
            request_body=body.key,
            responses=(response("200"),),
            examples=(example("request", {"weight": "1"}, title=method),),
        )
        for method in ("post", "put")
    ]
    result = build_spec([page("P.html", *ops, structures=(body,))])
    operations = result.spec["paths"][PATH]
    ref = operations["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    weight = result.spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]["properties"]["weight"]
    assert len(weight["x-doc-inconsistencies"]) == 1  # the first example widened it
    for method in ("post", "put"):
        examples = operations[method]["requestBody"]["content"]["application/json"]["examples"]
        assert examples[method]["x-contradicts-tables"] is True
    lint = lint_spec(result.spec)
    assert (lint.examples_valid, lint.examples_widened) == (2, 2)


def test_lint_finds_widenings_under_any_property_name() -> None:
    # a documented field may be called like a keyword ("enum", "example"): still a schema
    result = _build(field("enum", INTEGER), examples=(example("request", {"enum": "3"}),))
    (item,) = [i for i in lint_spec(result.spec).inconsistencies if i.accepted]
    assert (item.kind, item.pointer) == ("type-mismatch", "/enum")


def _media_of(schema: dict[str, Any], value: Any) -> dict[str, Any]:
    return {"schema": schema, "examples": {"ex": {"value": value, "x-source": {"file": "E"}}}}


def _three_bodies() -> dict[str, Any]:
    """/a admits A, /b one of A and B, /c admits B; each example shows ``{"k": 1}``.

    The example of /a widens A's enum (after which /b's example matches A only: valid); the
    example of /c then widens B's ``k`` to admit an integer, and /b's example matches both.
    """

    def ref(name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{name}"}

    def post(schema: dict[str, Any]) -> dict[str, Any]:
        body = {"content": {"application/json": _media_of(schema, {"k": 1})}}
        return {"post": {"requestBody": body, "responses": {}}}

    return {
        "paths": {
            "/a": post(ref("A")),
            "/b": post({"oneOf": [ref("A"), ref("B")]}),
            "/c": post(ref("B")),
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {"k": {"type": "integer", "enum": [2]}},
                    "required": ["k"],
                },
                "B": {
                    "type": "object",
                    "properties": {"k": {"type": "string"}},
                    "required": ["k"],
                },
            }
        },
    }


def test_an_example_valid_through_a_one_of_is_checked_again_after_later_widenings() -> None:
    spec = _three_bodies()
    suspects = reconcile_examples(spec, Collector())
    everything = _three_bodies()
    reconcile_examples(everything, Collector())
    quarantine_invalid_examples(spec, Collector(), suspects=suspects)
    quarantine_invalid_examples(everything, Collector())  # every example checked again
    assert spec == everything
    media = spec["paths"]["/b"]["post"]["requestBody"]["content"]["application/json"]
    assert list(media["x-invalid-examples"]) == ["ex"]  # valid under both branches now
    for path in ("/a", "/c"):
        media = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]
        assert media["examples"]["ex"]["x-contradicts-tables"] is True


def test_only_examples_that_can_still_be_invalid_are_returned() -> None:
    spec = _three_bodies()
    del spec["paths"]["/b"]
    # both examples were widened into validity without a oneOf: widening keeps them valid
    assert reconcile_examples(spec, Collector()) == {}
    spec = _three_bodies()
    suspects = reconcile_examples(spec, Collector())
    media = spec["paths"]["/b"]["post"]["requestBody"]["content"]["application/json"]
    assert suspects == {id(media["examples"]["ex"]): ("POST /b request", media)}
