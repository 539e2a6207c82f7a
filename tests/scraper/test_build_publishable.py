"""What the builder does so that Redocly, Spectral and other generators read the spec right."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from openapi_spec_validator import validate

from docs2api.lint import lint_spec
from scraper.build import build_spec, op_summary
from scraper.diagnostics import Collector
from scraper.tidy import quarantine_invalid_examples
from tests.scraper.test_build_kit import (
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
from tests.scraper.wrap_reference import wrap_ref_siblings


def _refs_with_siblings(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "$ref" in node and len(node) > 1:
            out.append(node)
        for key, value in node.items():
            if key not in ("examples", "x-invalid-examples"):
                out.extend(_refs_with_siblings(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(_refs_with_siblings(value))
    return out


def test_every_operation_gets_a_summary() -> None:
    titled = operation("get", "/v1/{project_id}/jobs", summary="Querying Jobs")
    bare = operation("get", "/v1/{project_id}/clusters", file="b.html")
    described = replace(
        operation("delete", "/v1/{project_id}/clusters/{id}", file="c.html"),
        description="删除集群。此操作不可恢复。",
    )
    spec = build_spec([page("a.html", titled, bare, described)]).spec
    summaries = {
        (m, p): op["summary"] for p, item in spec["paths"].items() for m, op in item.items()
    }
    assert summaries[("get", "/v1/{project_id}/jobs")] == "Querying Jobs"
    assert summaries[("get", "/v1/{project_id}/clusters")] == "List clusters"
    assert summaries[("delete", "/v1/{project_id}/clusters/{id}")] == "删除集群。"


def test_summary_from_operation_id_keeps_acronyms() -> None:
    op = operation("get", "/v1/x")
    assert op_summary(op, "ListECSServers") == "List ECS servers"
    assert op_summary(replace(op, description="Lists jobs. Paged."), "X") == "Lists jobs."
    assert op_summary(replace(op, description="word " * 40), "ShowJob") == "Show job"


def test_ref_with_description_becomes_all_of() -> None:
    inner = structure("P.html#t3", "Config", field("weight", INTEGER))
    body = structure(
        "P.html#t2",
        "Body",
        field("config", obj(inner.key, "Config"), description="The configuration"),
    )
    op = operation("post", "/v1/{project_id}/services", request_body=body.key)
    spec = build_spec([page("P.html", op, structures=(inner, body))]).spec
    prop = spec["components"]["schemas"]["CreateServicesRequest"]["properties"]["config"]
    assert prop["allOf"] == [{"$ref": "#/components/schemas/Config"}]
    assert prop["description"] == "The configuration"
    assert prop["x-source"] == {"file": "Page.html", "table": "Table 1", "row": 1}
    assert _refs_with_siblings(spec) == []
    validate(spec)


def test_wrap_ref_siblings_leaves_data_and_property_names_alone() -> None:
    node: dict[str, Any] = {
        "type": "object",
        "properties": {
            "$ref": {"type": "string"},  # a property named "$ref"
            "a": {"$ref": "#/components/schemas/A", "nullable": True},
            "b": {"$ref": "#/components/schemas/B"},
        },
        "example": {"$ref": "#/x", "k": 1},
        "x-note": {"$ref": "#/y", "k": 2},
    }
    assert wrap_ref_siblings(node) == 1
    assert node["properties"]["a"] == {
        "allOf": [{"$ref": "#/components/schemas/A"}],
        "nullable": True,
    }
    assert node["properties"]["b"] == {"$ref": "#/components/schemas/B"}
    assert node["properties"]["$ref"] == {"type": "string"}
    assert node["example"] == {"$ref": "#/x", "k": 1}
    assert node["x-note"] == {"$ref": "#/y", "k": 2}


def test_contradicting_example_moves_aside_and_lint_still_counts_it() -> None:
    body = structure("P.html#t2", "Body", field("weight", INTEGER), field("name", STRING))
    good = example("request", {"weight": 70, "name": "a"}, title="good")
    bad = example("request", {"weight": "70", "name": "b"}, title="bad")
    op = operation(
        "post",
        "/v1/{project_id}/services",
        parameters=(project_param(),),
        request_body=body.key,
        responses=(response("200"),),
        examples=(good, bad),
    )
    # (with widen=False: by default the schema widens instead, see test_reconcile)
    result = build_spec([page("P.html", op, structures=(body,))], widen=False)
    media = result.spec["paths"]["/v1/{project_id}/services"]["post"]["requestBody"]["content"][
        "application/json"
    ]
    assert list(media["examples"]) == ["good"]
    moved = media["x-invalid-examples"]["bad"]
    assert moved["value"] == {"weight": "70", "name": "b"}
    assert moved["x-problems"] == ["/weight: '70' is not of type 'integer'"]
    assert "example-contradicts-schema" in [d.code for d in result.diagnostics]
    lint = lint_spec(result.spec)
    assert (lint.examples_checked, lint.examples_valid) == (2, 1)
    assert [i.pointer for i in lint.inconsistencies] == ["/weight"]


def test_quarantine_drops_empty_examples_map() -> None:
    media: dict[str, Any] = {
        "schema": {"type": "integer"},
        "examples": {"only": {"value": "x"}},
    }
    spec = {"paths": {"/a": {"get": {"responses": {"200": {"content": {"j": media}}}}}}}
    assert quarantine_invalid_examples(spec, Collector()) == 1
    assert "examples" not in media
    assert media["x-invalid-examples"]["only"]["value"] == "x"


def test_paths_differing_only_in_placeholder_names_are_merged() -> None:
    def item_op(method: str, name: str, file: str) -> Any:
        return operation(
            method,  # type: ignore[arg-type]
            f"/v1/{{project_id}}/servers/{{{name}}}",
            file=file,
            parameters=(
                project_param(file),
                field(name, STRING, required=True, location="path", file=file),
            ),
            responses=(response("200"),),
        )

    ops = [
        item_op("get", "id", "a.html"),
        item_op("put", "server_id", "b.html"),
        item_op("delete", "server_id", "c.html"),
    ]
    result = build_spec([page("a.html", *ops)])
    paths = result.spec["paths"]
    assert list(paths) == ["/v1/{project_id}/servers/{server_id}"]
    item = paths["/v1/{project_id}/servers/{server_id}"]
    assert sorted(item) == ["delete", "get", "put"]
    assert [p["name"] for p in item["get"]["parameters"]] == ["project_id", "server_id"]
    renamed = [d for d in result.diagnostics if d.code == "path-parameter-renamed"]
    assert len(renamed) == 1 and "{id} -> {server_id}" in renamed[0].message
    assert "undeclared-path-parameter" not in [d.code for d in result.diagnostics]
    validate(result.spec)


def test_placeholder_tie_goes_to_the_more_descriptive_name() -> None:
    ops = [
        operation("get", "/v1/ports/{id}", file="a.html", responses=(response("200"),)),
        operation("delete", "/v1/ports/{port_id}", file="b.html", responses=(response("204"),)),
    ]
    spec = build_spec([page("a.html", *ops)]).spec
    assert list(spec["paths"]) == ["/v1/ports/{port_id}"]
