"""docs2api diff: hand-written spec pairs with known changes in, graded changes out."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from docs2api.cli import main
from docs2api.diff import (
    Change,
    Severity,
    diff_specs,
    exceeds,
    render_json,
    render_markdown,
    render_text,
    source_label,
)

FIXTURES = Path(__file__).parent / "fixtures" / "diff"
OLD = FIXTURES / "old.yaml"
NEW = FIXTURES / "new.yaml"


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def keyed(changes: list[Change]) -> set[tuple[str, str, str, str]]:
    return {(c.severity.name, c.code, c.operation.split(" (")[0], c.location) for c in changes}


LIST = "GET /v2/{project_id}/datasets"
CREATE = "POST /v2/{project_id}/datasets"
SHOW = "GET /v2/{project_id}/datasets/{dataset_id}"
DELETE = "DELETE /v2/{project_id}/datasets/{dataset_id}"
BODY = "requestBody(application/json).$"
OK = "responses.200(application/json).$"

# Every change in new.yaml, written down by hand from the comment at its top.
EXPECTED = {
    ("ERR", "operation-removed", "GET /v2/{project_id}/datasets/{dataset_id}/versions", ""),
    ("ERR", "parameter-removed", LIST, "parameters.query.offset"),
    ("ERR", "property-removed", CREATE, f"{BODY}.work_path"),
    ("ERR", "parameter-required", LIST, "parameters.query.limit"),
    ("ERR", "property-required", CREATE, f"{BODY}.description"),
    ("ERR", "type-changed", SHOW, f"{OK}.labels[*].color"),
    ("ERR", "type-changed", CREATE, f"{OK}.labels[*].color"),
    ("ERR", "type-changed", LIST, f"{OK}.datasets[*].labels[*].color"),
    ("ERR", "enum-value-removed", CREATE, f"{BODY}.data_format"),
    ("ERR", "response-removed", DELETE, "responses.404"),
    ("WARN", "enum-value-added", SHOW, f"{OK}.status"),
    ("WARN", "enum-value-added", CREATE, f"{OK}.status"),
    ("WARN", "enum-value-added", LIST, f"{OK}.datasets[*].status"),
    ("WARN", "format-changed", SHOW, f"{OK}.created_at"),
    ("WARN", "format-changed", CREATE, f"{OK}.created_at"),
    ("WARN", "format-changed", LIST, f"{OK}.datasets[*].created_at"),
    ("INFO", "operation-added", "PUT /v2/{project_id}/datasets/{dataset_id}", ""),
    ("INFO", "parameter-added", LIST, "parameters.query.name"),
    ("INFO", "description-changed", SHOW, "description"),
    ("INFO", "property-added", SHOW, f"{OK}.owner"),
    ("INFO", "property-added", CREATE, f"{OK}.owner"),
    ("INFO", "property-added", LIST, f"{OK}.datasets[*].owner"),
}


def test_fixture_pair_yields_exactly_the_known_changes() -> None:
    changes = diff_specs(load(OLD), load(NEW))
    assert keyed(changes) == EXPECTED
    assert len(changes) == len(EXPECTED)
    # most severe first
    assert [c.severity for c in changes] == sorted((c.severity for c in changes), reverse=True)


def test_changes_name_operation_id_and_new_source() -> None:
    changes = diff_specs(load(OLD), load(NEW))
    removed = next(c for c in changes if c.code == "property-removed")
    assert removed.operation == "POST /v2/{project_id}/datasets (CreateDataset)"
    assert removed.source == "CreateDataset.html section 'Request Parameters' table 'Table 3'"
    assert "work_path" in removed.message
    gone = next(c for c in changes if c.code == "operation-removed")
    assert gone.operation.endswith("(ListDatasetVersions)")
    assert gone.source is None  # the new spec has nothing to point at


def test_identical_and_renamed_component_are_no_change() -> None:
    old = load(OLD)
    assert diff_specs(old, copy.deepcopy(old)) == []
    renamed = copy.deepcopy(old)
    schemas = renamed["components"]["schemas"]
    schemas["Tag"] = schemas.pop("Label")
    schemas["Dataset"]["properties"]["labels"]["items"] = {"$ref": "#/components/schemas/Tag"}
    # and the create body inlined instead of referenced: same meaning
    body = renamed["paths"]["/v2/{project_id}/datasets"]["post"]["requestBody"]
    body["content"]["application/json"]["schema"] = copy.deepcopy(schemas["CreateDatasetRequest"])
    assert diff_specs(old, renamed) == []


def test_all_of_is_compared_by_meaning() -> None:
    old = load(OLD)
    new = copy.deepcopy(old)
    schemas = new["components"]["schemas"]
    schemas["Named"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    dataset = schemas["Dataset"]
    props = dict(dataset["properties"])
    del props["name"]
    schemas["Dataset"] = {
        "allOf": [{"$ref": "#/components/schemas/Named"}, {"type": "object", "properties": props}]
    }
    assert diff_specs(old, new) == []


def _mutual_recursion(leaf_type: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/nodes": {
                "get": {
                    "operationId": "ListNodes",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "b": {"$ref": "#/components/schemas/B"},
                        "leaf": {"type": leaf_type},
                    },
                },
                "B": {
                    "type": "object",
                    "properties": {
                        "a": {"$ref": "#/components/schemas/A"},
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/B"}},
                    },
                },
            }
        },
    }


def test_recursive_references_terminate_and_still_compare() -> None:
    assert diff_specs(_mutual_recursion("string"), _mutual_recursion("string")) == []
    changes = diff_specs(_mutual_recursion("string"), _mutual_recursion("integer"))
    assert keyed(changes) == {
        ("ERR", "type-changed", "GET /nodes", "responses.200(application/json).$.leaf")
    }


def _operation(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    node = spec["paths"][path][method]
    assert isinstance(node, dict)
    return node


def test_renamed_path_parameter_is_one_warning_not_a_removed_operation() -> None:
    old = load(OLD)
    new = copy.deepcopy(old)
    item = new["paths"].pop("/v2/{project_id}/datasets/{dataset_id}")
    for method in ("get", "delete"):
        item[method]["parameters"][1]["name"] = "id"
    new["paths"]["/v2/{project_id}/datasets/{id}"] = item
    changes = diff_specs(old, new)
    assert {(c.severity.name, c.code) for c in changes} == {("WARN", "parameter-renamed")}
    assert len(changes) == 2


def test_request_side_rules() -> None:
    old = load(OLD)
    new = copy.deepcopy(old)
    create = new["components"]["schemas"]["CreateDatasetRequest"]
    create["properties"]["workspace_id"] = {"type": "string"}
    create["required"].append("workspace_id")
    create["properties"]["name"]["maxLength"] = 32  # tighter input: risky
    create["properties"]["data_format"]["enum"].append("COCO")  # more input accepted: fine
    create["properties"]["labels"] = {"type": "array", "items": {"type": "string"}}
    changes = diff_specs(old, new)
    assert keyed(changes) == {
        ("ERR", "required-property-added", CREATE, f"{BODY}.workspace_id"),
        ("WARN", "constraint-tightened", CREATE, f"{BODY}.name"),
        ("INFO", "enum-value-added", CREATE, f"{BODY}.data_format"),
        ("INFO", "property-added", CREATE, f"{BODY}.labels"),
    }


def test_response_side_rules() -> None:
    old = load(OLD)
    new = copy.deepcopy(old)
    dataset = new["components"]["schemas"]["Dataset"]
    dataset["required"] = ["id"]  # a promise more: fine
    old["components"]["schemas"]["Dataset"]["required"] = ["name"]  # a promise dropped: risky
    dataset["properties"]["status"]["enum"].remove("failed")
    changes = {c for c in diff_specs(old, new) if c.operation.startswith(SHOW)}
    assert keyed(list(changes)) == {
        ("INFO", "property-required", SHOW, f"{OK}.id"),
        ("WARN", "property-optional", SHOW, f"{OK}.name"),
        ("ERR", "enum-value-removed", SHOW, f"{OK}.status"),
    }


def test_bodies_media_types_and_new_required_parameter() -> None:
    old = load(OLD)
    new = copy.deepcopy(old)
    create = _operation(new, "/v2/{project_id}/datasets", "post")
    del create["requestBody"]
    show = _operation(new, "/v2/{project_id}/datasets/{dataset_id}", "get")
    show["responses"]["200"]["content"] = {
        "application/xml": show["responses"]["200"]["content"]["application/json"]
    }
    show["parameters"].append({"name": "X-Language", "in": "header", "required": True})
    changes = diff_specs(old, new)
    assert keyed(changes) == {
        ("ERR", "request-body-removed", CREATE, "requestBody"),
        ("ERR", "media-type-removed", SHOW, "responses.200(application/json)"),
        ("INFO", "media-type-added", SHOW, "responses.200(application/xml)"),
        ("ERR", "required-parameter-added", SHOW, "parameters.header.X-Language"),
    }


def test_exceeds_and_severity_parse() -> None:
    warn = Change(Severity.WARN, "format-changed", "GET /x", "$.a", "m")
    assert exceeds([warn], Severity.WARN)
    assert not exceeds([warn], Severity.ERR)
    assert Severity.parse("err") is Severity.ERR
    with pytest.raises(ValueError):
        Severity.parse("fatal")


def test_source_label_shapes() -> None:
    assert source_label({"file": "a.html", "table": "Table 2", "row": 3}) == (
        "a.html table 'Table 2' row 3"
    )
    assert (
        source_label([{"file": "a.html"}, {"file": "b.txt", "line": 7}]) == "a.html; b.txt line 7"
    )
    assert source_label("dump.txt") == "dump.txt"
    assert source_label({"table": "x"}) is None
    assert source_label(42) is None


def test_renderers() -> None:
    changes = [
        Change(Severity.ERR, "property-removed", "POST /a (A)", "$.x|y", "gone", "A.html"),
        Change(Severity.INFO, "property-added", "POST /a (A)", "$.z", "new"),
    ]
    text = render_text(changes)
    assert "ERR  property-removed: POST /a (A) $.x|y: gone [source: A.html]" in text
    assert text.rstrip().endswith("2 change(s): 1 ERR, 0 WARN, 1 INFO")
    markdown = render_markdown(changes)
    assert "| ERR | property-removed | POST /a (A) | $.x\\|y | gone | A.html |" in markdown
    document = json.loads(render_json(changes))
    assert document["summary"] == {"ERR": 1, "WARN": 0, "INFO": 1}
    assert document["changes"][0]["source"] == "A.html"
    assert document["changes"][1]["source"] is None


def test_cli_exit_codes_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(NEW)]) == 1
    assert "10 ERR, 6 WARN, 6 INFO" in capsys.readouterr().out

    warn_only = load(OLD)
    warn_only["components"]["schemas"]["Dataset"]["properties"]["created_at"]["format"] = "date"
    warn_path = tmp_path / "warn.yaml"
    warn_path.write_text(yaml.safe_dump(warn_only), encoding="utf-8")
    assert main(["diff", str(OLD), str(warn_path)]) == 0
    capsys.readouterr()
    report = tmp_path / "report.json"
    code = main(
        [
            "diff",
            str(OLD),
            str(warn_path),
            "--fail-on",
            "warn",
            "--format",
            "json",
            "-o",
            str(report),
        ]
    )
    assert code == 1
    out = json.loads(capsys.readouterr().out)
    assert out["summary"] == {"ERR": 0, "WARN": 3, "INFO": 0}
    assert json.loads(report.read_text(encoding="utf-8")) == out

    assert main(["diff", str(OLD), str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["diff", str(OLD), str(NEW), "--fail-on", "fatal"])
    assert exc.value.code == 2


def _action_spec(*actions: str, start_type: str = "object") -> dict[str, Any]:
    """POST /servers/{id}/action with one oneOf variant per action key (ECS style)."""
    schemas: dict[str, Any] = {}
    variants = []
    for action in actions:
        name = action.title().replace("-", "") + "Request"
        body_type = start_type if action == "os-start" else "object"
        schemas[name] = {"type": "object", "properties": {action: {"type": body_type}}}
        variants.append({"allOf": [{"$ref": f"#/components/schemas/{name}"}], "required": [action]})
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/servers/{id}/action": {
                "post": {
                    "operationId": "ServerAction",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "requestBody": {
                        "content": {"application/json": {"schema": {"oneOf": variants}}}
                    },
                    "responses": {"202": {"description": "Accepted"}},
                }
            }
        },
        "components": {"schemas": schemas},
    }


def test_variants_are_matched_by_their_discriminating_key() -> None:
    old = _action_spec("os-start", "os-stop", "reboot")
    # a variant inserted in the middle, one removed, one changed: no shifted-index noise
    new = _action_spec("lock", "os-start", "reboot", start_type="string")
    where = "requestBody(application/json).$"
    assert keyed(diff_specs(old, new)) == {
        ("INFO", "variant-added", "POST /servers/{id}/action", f"{where}<oneOf required lock>"),
        ("ERR", "variant-removed", "POST /servers/{id}/action", f"{where}<oneOf required os-stop>"),
        (
            "ERR",
            "type-changed",
            "POST /servers/{id}/action",
            f"{where}<oneOf required os-start>.os-start",
        ),
    }
    assert diff_specs(old, _action_spec("os-start", "os-stop", "reboot")) == []
