"""The identifier sanitizer and the view-model decisions (paging, idempotency, names)."""

from __future__ import annotations

import keyword
from typing import Any

import pytest

from generator import model, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@modelarts:feature", "modelarts_feature"),
        ("os:scheduler_hints", "os_scheduler_hints"),
        ("metering.image_id", "metering_image_id"),
        ("class", "class_"),
        ("from", "from_"),
        ("1st", "field_1st"),
        ("数据集", "u6570_u636e_u96c6"),
        ("CreateDataset", "create_dataset"),
        ("X-Auth-Token", "x_auth_token"),
        ('a"""b{{c}}d{%e%}\\f', "a_b_c_d_e_f"),
        ("", "field"),
        ("match", "match_"),
        ("self", "self_"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert names.snake(text) == expected
    assert names.is_identifier(expected) and not keyword.iskeyword(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("create dataset", "CreateDataset"),
        ("Feature@Spec:v1.0", "FeatureSpecV10"),
        ("类型", "U7c7bU578b"),
        ("1st", "Field1st"),
        ("None", "None_"),
    ],
)
def test_pascal(text: str, expected: str) -> None:
    assert names.pascal(text) == expected


def test_sanitize_is_ascii_and_keeps_delimiters() -> None:
    out = names.sanitize("a.b-c_d e@f:数")
    assert out.isascii()
    assert out.startswith("a.b-c_d e f ")
    assert "u6570" in out


@pytest.mark.parametrize("text", ['"""', "\\", "a\nb", "\x00\x1b", "😀 数据", "{{ x }}", "'"])
def test_string_literal_round_trips(text: str) -> None:
    literal = names.string_literal(text)
    assert literal.isascii() and "\n" not in literal
    assert eval(literal) == text


def test_comment_is_one_line() -> None:
    assert names.comment("a\nb\r\nc\x00d") == "a b cd"


def test_package_name() -> None:
    assert names.package_name("ModelArts", suffix="client") == "model_arts_client"
    assert names.package_name("modelarts", suffix="client") == "modelarts_client"
    assert names.package_name("1 api") == "api_1_api"


def test_unique() -> None:
    taken: set[str] = set()
    assert [names.unique("a", taken) for _ in range(3)] == ["a", "a_2", "a_3"]


def _spec(operation: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    operation = {
        **operation,
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": response}}}
        },
    }
    return {"openapi": "3.0.3", "paths": {"/v1/{project_id}/things": {"get": operation}}}


def _query(*names_: str, description: str = "") -> list[dict[str, Any]]:
    return [
        {"name": n, "in": "query", "schema": {"type": "integer"}, "description": description}
        for n in names_
    ]


def _array(name: str = "things") -> dict[str, Any]:
    return {"type": "object", "properties": {name: {"type": "array", "items": {"type": "object"}}}}


def test_declared_pagination_wins() -> None:
    op = {
        "parameters": _query("start", "size"),
        "x-pagination": {
            "style": "offset",
            "items": "things",
            "params": {"offset": "start", "limit": "size"},
        },
    }
    plan = model.pagination(_spec(op, _array()), "/v1/{project_id}/things", "get")
    assert plan == model.PaginationPlan("offset", "things", "start", "size")


def test_declared_pagination_with_unknown_param_is_ignored() -> None:
    op = {
        "parameters": _query("offset"),
        "x-pagination": {"style": "marker", "params": {"marker": "nope", "limit": "limit"}},
    }
    assert model.pagination(_spec(op, _array()), "/v1/{project_id}/things", "get") is None


@pytest.mark.parametrize(
    ("params", "description", "style", "cursor"),
    [
        (("offset", "limit"), "Number of records to skip.", "offset", "offset"),
        (("offset", "limit"), "分页列表的起始页，默认为0。", "page", "offset"),
        (("page", "page_size"), "", "page", "page"),
        (("marker", "limit"), "", "marker", "marker"),
    ],
)
def test_detected_pagination(
    params: tuple[str, ...], description: str, style: str, cursor: str
) -> None:
    op = {"parameters": _query(*params, description=description)}
    plan = model.pagination(_spec(op, _array()), "/v1/{project_id}/things", "get")
    assert plan is not None and (plan.style, plan.cursor_param, plan.items) == (
        style,
        cursor,
        "things",
    )


def test_detected_marker_reads_next_marker_and_count() -> None:
    response = _array()
    response["properties"]["next_marker"] = {"type": "string"}
    response["properties"]["count"] = {"type": "integer"}
    op = {"parameters": _query("marker", "limit")}
    plan = model.pagination(_spec(op, response), "/v1/{project_id}/things", "get")
    assert plan is not None and (plan.next, plan.count) == ("next_marker", "count")


def test_detected_continue_token_in_metadata() -> None:
    response = _array("items")
    response["properties"]["metadata"] = {
        "type": "object",
        "properties": {"continue": {"type": "string"}},
    }
    op = {"parameters": _query("continue", "limit")}
    plan = model.pagination(_spec(op, response), "/v1/{project_id}/things", "get")
    assert plan is not None and (plan.style, plan.next) == ("continue", "metadata.continue")


def test_no_pagination_without_paging_params_or_items() -> None:
    assert (
        model.pagination(
            _spec({"parameters": _query("name")}, _array()), "/v1/{project_id}/things", "get"
        )
        is None
    )
    two_arrays = _array()
    two_arrays["properties"]["others"] = {"type": "array", "items": {}}
    op = {"parameters": _query("offset", "limit")}
    assert model.pagination(_spec(op, two_arrays), "/v1/{project_id}/things", "get") is None


def test_idempotency() -> None:
    assert model.is_idempotent("get", {}) and model.is_idempotent("PUT", {})
    assert model.is_idempotent("delete", {})
    assert not model.is_idempotent("post", {}) and not model.is_idempotent("patch", {})
    assert model.is_idempotent("post", {"x-idempotent": True})
    assert not model.is_idempotent("put", {"x-idempotent": False})


def test_service_and_base_path() -> None:
    spec = {
        "info": {"title": "ModelArts API"},
        "servers": [
            {
                "url": "https://{endpoint}/v2",
                "variables": {"endpoint": {"default": "modelarts.example.com"}},
            }
        ],
    }
    assert model.service_name(spec) == "modelarts"
    assert model.base_path(spec) == "/v2"
    assert model.package_name(spec) == "modelarts_client"
    assert model.package_name(spec, "My Pkg") == "my_pkg"
    assert model.service_name({"info": {"title": "Elastic Cloud Server"}}) == "elastic"


def test_prepare_spec_renames_path_placeholders_only() -> None:
    spec = {
        "paths": {
            "/v1/{project_id}/jobs/{@job:id}": {
                "get": {
                    "parameters": [
                        {"name": "project_id", "in": "path"},
                        {"name": "@job:id", "in": "path"},
                        {"name": "@job:id", "in": "query"},
                    ]
                }
            }
        }
    }
    prepared = model.prepare_spec(spec)
    assert list(prepared["paths"]) == ["/v1/{project_id}/jobs/{job_id}"]
    params = prepared["paths"]["/v1/{project_id}/jobs/{job_id}"]["get"]["parameters"]
    assert [p["name"] for p in params] == ["project_id", "job_id", "@job:id"]
    assert "/v1/{project_id}/jobs/{@job:id}" in spec["paths"]  # the input is not modified


def test_declared_offset_described_as_pages_is_page_style() -> None:
    op = {
        "parameters": _query("offset", "limit", description="Start page of the paging list."),
        "x-pagination": {"style": "offset", "params": {"offset": "offset", "limit": "limit"}},
    }
    plan = model.pagination(_spec(op, _array()), "/v1/{project_id}/things", "get")
    assert plan is not None and (plan.style, plan.start) == ("page", 0)
