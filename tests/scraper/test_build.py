"""Builder: hand-written records in, OpenAPI fragments out."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from scraper.build import build_spec
from scraper.records import Constraints, Page, Source, TypeExpr, Unused
from scraper.yamlio import dump_yaml
from tests.scraper.test_build_kit import (
    BOOLEAN,
    INTEGER,
    LONG,
    STRING,
    array_of,
    example,
    field,
    obj,
    operation,
    page,
    project_param,
    response,
    structure,
)


def _op(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


def _codes(result: Any) -> list[str]:
    return [d.code for d in result.diagnostics]


def _dataset_pages() -> list[Page]:
    body = structure(
        "CreateDataset.html#t3",
        "CreateDatasetReq",
        field("dataset_name", STRING, required=True, file="CreateDataset.html", table="t3"),
        field(
            "data_sources",
            array_of(obj("CreateDataset.html#t4", "DataSource"), "Array of DataSource objects"),
            file="CreateDataset.html",
            table="t3",
            row=2,
        ),
    )
    source = structure(
        "CreateDataset.html#t4",
        "DataSource",
        field("data_path", STRING, required=True, file="CreateDataset.html", table="t4"),
        field("data_type", INTEGER, file="CreateDataset.html", table="t4", row=2),
    )
    created = structure("CreateDataset.html#t5", "CreateDatasetResp", field("dataset_id", STRING))
    create = operation(
        "post",
        "/v2/{project_id}/datasets",
        file="CreateDataset.html",
        name="CreateDataset",
        summary="Creating a Dataset",
        parameters=(project_param("CreateDataset.html"),),
        request_body=body.key,
        responses=(response("200", created.key), response("400")),
        examples=(
            example("request", {"dataset_name": "a", "data_sources": [{"data_path": "/x"}]}),
            example("response", {"dataset_id": "id1"}, status="200"),
        ),
    )
    show = operation(
        "get",
        "/v2/{project_id}/datasets/{dataset_id}",
        file="DescDataset.html",
        name="DescDataset",
        parameters=(
            project_param("DescDataset.html"),
            field("dataset_id", STRING, required=True, location="path"),
        ),
        responses=(response("200"),),
    )
    delete = operation(
        "delete",
        "/v2/{project_id}/datasets/{dataset_id}",
        file="DeleteDataset.html",
        name="DeleteDataset",
        parameters=(
            project_param("DeleteDataset.html"),
            field("dataset_id", STRING, required=True, location="path"),
        ),
        responses=(response("204"),),
    )
    return [
        page("CreateDataset.html", create, structures=(body, source, created)),
        page("DescDataset.html", show),
        page("DeleteDataset.html", delete),
    ]


def test_operation_basics_and_validity() -> None:
    result = build_spec(_dataset_pages(), title="ModelArts API")
    spec = result.spec
    validate(spec)
    assert spec["openapi"] == "3.0.3"
    create = _op(spec, "post", "/v2/{project_id}/datasets")
    assert create["operationId"] == "CreateDataset"
    assert create["summary"] == "Creating a Dataset"
    assert create["tags"] == ["datasets"]
    assert create["x-source"] == {"file": "CreateDataset.html", "section": "URI"}
    assert create["parameters"][0]["name"] == "project_id"
    assert create["parameters"][0]["in"] == "path"
    assert create["parameters"][0]["required"] is True
    assert create["parameters"][0]["x-source"]["file"] == "CreateDataset.html"
    body = create["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/CreateDatasetRequest"}
    assert create["requestBody"]["required"] is True
    assert create["responses"]["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    default = create["responses"]["default"]
    assert default["x-assumed"] is True
    assert default["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    error = spec["components"]["schemas"]["Error"]
    assert set(error["properties"]) == {"error_code", "error_msg"}


def test_nested_structures_become_components_with_sources() -> None:
    spec = build_spec(_dataset_pages()).spec
    schemas = spec["components"]["schemas"]
    request = schemas["CreateDatasetRequest"]
    assert request["required"] == ["dataset_name"]
    sources = request["properties"]["data_sources"]
    assert sources["type"] == "array"
    assert sources["items"] == {"$ref": "#/components/schemas/DataSource"}
    assert sources["x-source"] == {"file": "CreateDataset.html", "table": "t3", "row": 2}
    assert schemas["DataSource"]["properties"]["data_type"] == {
        "type": "integer",
        "format": "int32",
        "x-source": {"file": "CreateDataset.html", "table": "t4", "row": 2},
    }


def test_examples_attached_to_request_and_status() -> None:
    spec = build_spec(_dataset_pages()).spec
    create = _op(spec, "post", "/v2/{project_id}/datasets")
    request_examples = create["requestBody"]["content"]["application/json"]["examples"]
    assert [e["value"] for e in request_examples.values()] == [
        {"dataset_name": "a", "data_sources": [{"data_path": "/x"}]}
    ]
    response_examples = create["responses"]["200"]["content"]["application/json"]["examples"]
    assert [e["value"] for e in response_examples.values()] == [{"dataset_id": "id1"}]
    assert all("x-source" in e for e in response_examples.values())


def test_unparsed_example_kept_as_text_with_diagnostic() -> None:
    broken = example("response", None, status="200")
    broken = type(broken)(
        kind="response", text='{"a": 1,, }', source=broken.source, status="200", parsed=False
    )
    op = operation(
        "get", "/v1/{project_id}/things", responses=(response("200"),), examples=(broken,)
    )
    result = build_spec([page("Page.html", op)])
    media = result.spec["paths"]["/v1/{project_id}/things"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    assert media["x-unparsed-examples"][0]["value"] == '{"a": 1,, }'
    assert "examples" not in media
    assert "example-kept-as-text" in _codes(result)
    validate(result.spec)


def test_links_from_create_to_item_operations() -> None:
    spec = build_spec(_dataset_pages()).spec
    links = _op(spec, "post", "/v2/{project_id}/datasets")["responses"]["200"]["links"]
    assert set(links) == {"DescDataset", "DeleteDataset"}
    assert links["DescDataset"]["parameters"] == {
        "project_id": "$request.path.project_id",
        "dataset_id": "$response.body#/dataset_id",
    }


def test_type_mapping() -> None:
    fields = (
        field("long", LONG),
        field("float", TypeExpr("number", "Float", format="float")),
        field("double", TypeExpr("number", "Double", format="double")),
        field("flag", BOOLEAN),
        field("labels", TypeExpr("map", "Map<String,String>", values=STRING)),
        field("anything", TypeExpr("any", "Object?")),
        field("weird", TypeExpr("any", "Strange Thing", known=False)),
        field("free", TypeExpr("object", "Object")),
    )
    body = structure("P.html#b", "Body", *fields)
    op = operation("post", "/v1/x", request_body=body.key, responses=(response("200"),))
    result = build_spec([page("P.html", op, structures=(body,))])
    props = result.spec["components"]["schemas"]["CreateXRequest"]["properties"]
    assert props["long"]["type"] == "integer" and props["long"]["format"] == "int64"
    assert props["float"]["type"] == "number" and props["float"]["format"] == "float"
    assert props["double"]["format"] == "double"
    assert props["flag"]["type"] == "boolean"
    assert props["labels"]["additionalProperties"] == {"type": "string"}
    assert set(props["anything"]) == {"x-source"}
    assert set(props["weird"]) == {"x-source"}
    assert props["free"]["type"] == "object"
    assert "unknown-type" in _codes(result)


def test_bare_array_items_from_examples_else_diagnostic() -> None:
    body = structure(
        "P.html#b", "Body", field("tags", array_of(None)), field("other", array_of(None))
    )
    op = operation(
        "post",
        "/v1/x",
        request_body=body.key,
        responses=(response("200"),),
        examples=(example("request", {"tags": [{"k": "a", "v": 1}, {"k": "b", "v": 2.5}]}),),
    )
    result = build_spec([page("P.html", op, structures=(body,))])
    props = result.spec["components"]["schemas"]["CreateXRequest"]["properties"]
    assert props["tags"]["items"] == {
        "type": "object",
        "properties": {"k": {"type": "string"}, "v": {"type": "number"}},
    }
    assert props["other"]["items"] == {}
    assert "array-items-unknown" in _codes(result)


def test_constraints_coerced_to_type() -> None:
    c_int = Constraints(enum=("1", "2", "three"), default="1,000", minimum=0, maximum=65535)
    c_str = Constraints(
        enum=("asc", "desc"), default="asc", min_length=1, max_length=64, pattern="^[a-z]+$"
    )
    c_bool = Constraints(default="false", minimum=1)
    c_len = Constraints(minimum=1, maximum=64)  # "Minimum/Maximum" on a string is a length
    body = structure(
        "P.html#b",
        "Body",
        field("count", INTEGER, constraints=c_int),
        field("order", STRING, constraints=c_str),
        field("flag", BOOLEAN, constraints=c_bool),
        field("name", STRING, constraints=c_len),
        field("bad_default", INTEGER, constraints=Constraints(default="lots")),
    )
    op = operation("post", "/v1/x", request_body=body.key, responses=(response("200"),))
    result = build_spec([page("P.html", op, structures=(body,))])
    props = result.spec["components"]["schemas"]["CreateXRequest"]["properties"]
    assert props["count"]["enum"] == [1, 2]
    assert props["count"]["default"] == 1000
    assert (props["count"]["minimum"], props["count"]["maximum"]) == (0, 65535)
    assert props["order"]["enum"] == ["asc", "desc"]
    assert props["order"]["default"] == "asc"
    assert (props["order"]["minLength"], props["order"]["maxLength"]) == (1, 64)
    assert props["order"]["pattern"] == "^[a-z]+$"
    assert props["flag"]["default"] is False
    assert "minimum" not in props["flag"] and "minLength" not in props["flag"]
    assert (props["name"]["minLength"], props["name"]["maxLength"]) == (1, 64)
    assert "default" not in props["bad_default"]
    codes = _codes(result)
    assert "enum-value-dropped" in codes and "default-dropped" in codes


def test_unknown_ref_is_free_object_with_diagnostic() -> None:
    body = structure("P.html#b", "Body", field("child", obj("Nowhere.html#t9", "Child")))
    op = operation("post", "/v1/x", request_body=body.key, responses=(response("200"),))
    result = build_spec([page("P.html", op, structures=(body,))])
    child = result.spec["components"]["schemas"]["CreateXRequest"]["properties"]["child"]
    assert child["type"] == "object" and "$ref" not in child
    assert "unknown-ref" in _codes(result)


def test_identical_structures_share_one_component_different_ones_kept_apart() -> None:
    def cluster(file: str, extra: bool) -> tuple[Any, Any]:
        fields = [field("id", STRING, file=file)]
        if extra:
            fields.append(field("size", INTEGER, file=file))
        nested = structure(f"{file}#t5", "Cluster", *fields)
        body = structure(f"{file}#t2", "Resp", field("cluster", obj(nested.key, "Cluster")))
        return nested, body

    a_nested, a_body = cluster("A.html", False)
    b_nested, b_body = cluster("B.html", False)
    c_nested, c_body = cluster("C.html", True)
    ops = [
        operation(
            "get", f"/v1/{name.lower()}", file=f"{name}.html", responses=(response("200", b.key),)
        )
        for name, b in (("A", a_body), ("B", b_body), ("C", c_body))
    ]
    pages = [
        page("A.html", ops[0], structures=(a_nested, a_body)),
        page("B.html", ops[1], structures=(b_nested, b_body)),
        page("C.html", ops[2], structures=(c_nested, c_body)),
    ]
    spec = build_spec(pages).spec
    schemas = spec["components"]["schemas"]
    a_ref = schemas["ListAResponse"]["properties"]["cluster"]["allOf"][0]["$ref"]
    b_ref = schemas["ListBResponse"]["properties"]["cluster"]["allOf"][0]["$ref"]
    c_ref = schemas["ListCResponse"]["properties"]["cluster"]["allOf"][0]["$ref"]
    assert a_ref == b_ref == "#/components/schemas/Cluster"
    assert c_ref == "#/components/schemas/ClusterC"
    assert set(schemas["ClusterC"]["properties"]) == {"id", "size"}
    assert schemas["Cluster"]["x-also-source"] == [{"file": "B.html", "table": "t5"}]
    # stable: the same input builds the same names and the same YAML
    assert dump_yaml(build_spec(pages).spec) == dump_yaml(spec)


def test_orphan_structure_marked_and_reported() -> None:
    lonely = structure("P.html#t9", "Lonely", field("x", STRING))
    op = operation("get", "/v1/x", responses=(response("200"),))
    result = build_spec([page("P.html", op, structures=(lonely,))])
    assert result.spec["components"]["schemas"]["Lonely"]["x-orphan"] is True
    assert result.report["orphans"][0]["key"] == "P.html#t9"
    assert result.report["counts"]["structures_orphaned"] == 1


def test_parameter_tables_are_not_orphans() -> None:
    uri = structure("P.html#t1", "PathParameters", field("project_id", STRING, table="t1"))
    op = operation(
        "get",
        "/v1/{project_id}/x",
        parameters=(field("project_id", STRING, required=True, location="path", table="t1"),),
        responses=(response("200"),),
    )
    result = build_spec([page("P.html", op, structures=(uri,))])
    assert result.report["orphans"] == []
    assert result.report["counts"]["structures_as_parameters"] == 1


def test_operation_id_from_title_path_and_collisions() -> None:
    ops = [
        operation("get", "/v2/{project_id}/servers", file="a.html", summary="Querying ECSs"),
        operation("get", "/v2.1/{project_id}/servers", file="a.html", summary="Querying ECSs"),
        operation("get", "/v1/{project_id}/clusters", file="b.html", summary="查询集群列表"),
        operation("delete", "/v1/{project_id}/clusters/{id}", file="c.html", name="modelarts_03_1"),
    ]
    spec = build_spec([page("a.html", *ops)]).spec
    ids = {
        (m, p): spec["paths"][p][m]["operationId"] for p in spec["paths"] for m in spec["paths"][p]
    }
    assert ids[("get", "/v2/{project_id}/servers")] == "QueryECSs"
    assert ids[("get", "/v2.1/{project_id}/servers")] == "QueryECSsV21"
    assert ids[("get", "/v1/{project_id}/clusters")] == "ListClusters"
    assert ids[("delete", "/v1/{project_id}/clusters/{id}")] == "DeleteClusters"
    assert len(set(ids.values())) == len(ids)


def test_tags_from_records_else_path() -> None:
    ops = [
        operation("get", "/v1/{project_id}/jobs", file="a.html", tags=("Training Jobs",)),
        operation("get", "/v2/{project_id}/pools/{pool}/nodes", file="b.html"),
    ]
    spec = build_spec([page("a.html", *ops)]).spec
    assert spec["paths"]["/v1/{project_id}/jobs"]["get"]["tags"] == ["Training Jobs"]
    assert spec["paths"]["/v2/{project_id}/pools/{pool}/nodes"]["get"]["tags"] == ["pools"]
    assert spec["tags"] == [
        {
            "name": "Training Jobs",
            "description": '1 operation of the chapter "Training Jobs" of the API reference.',
        },
        {
            "name": "pools",
            "description": '1 operation under the path segment "pools" '
            "(the documentation names no chapter).",
        },
    ]


def test_security_and_servers() -> None:
    spec = build_spec([], title="ECS API").spec
    assert spec["security"] == [{"token": []}, {"aksk": []}]
    schemes = spec["components"]["securitySchemes"]
    assert schemes["token"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-Auth-Token",
        "description": schemes["token"]["description"],
    }
    assert schemes["aksk"]["name"] == "Authorization"
    assert spec["servers"][0]["url"] == "https://{endpoint}"
    assert spec["servers"][0]["variables"]["endpoint"]["default"] == "ecs.example.com"
    validate(spec)


def test_path_parameters_reconciled_with_template() -> None:
    op = operation(
        "get",
        "/v1/{project_id}/reservations/{eservation_id}/items/{item}",
        parameters=(
            project_param(),
            field("reservation_id", STRING, required=True, location="path"),
            field("X-Auth-Token", STRING, required=True, location="header"),
            field("limit", INTEGER, required=False, location="query"),
        ),
        responses=(response("200"),),
    )
    result = build_spec([page("Page.html", op)])
    params = result.spec["paths"]["/v1/{project_id}/reservations/{eservation_id}/items/{item}"][
        "get"
    ]["parameters"]
    assert [(p["name"], p["in"], p["required"]) for p in params] == [
        ("project_id", "path", True),
        ("eservation_id", "path", True),
        ("item", "path", True),
        ("limit", "query", False),
    ]
    codes = _codes(result)
    assert "path-placeholder-typo" in codes and "undeclared-path-parameter" in codes
    assert any("X-Auth-Token" in u["reason"] for u in result.report["unused"])
    validate(result.spec)


def test_repeated_placeholder_renamed() -> None:
    op = operation(
        "get",
        "/v2/{project_id}/os-quota-sets/{project_id}",
        parameters=(project_param(),),
        responses=(response("200"),),
    )
    result = build_spec([page("Page.html", op)])
    assert list(result.spec["paths"]) == ["/v2/{project_id}/os-quota-sets/{project_id_2}"]
    validate(result.spec)


def test_pagination_styles() -> None:
    items = structure("L.html#t", "Resp", field("items", array_of(STRING, "Array of strings")))
    marker_body = structure(
        "M.html#t",
        "Resp",
        field("servers", array_of(STRING, "Array of strings")),
        field("next_marker", STRING),
    )
    ops = [
        operation(
            "get",
            "/v1/{project_id}/things",
            file="L.html",
            parameters=(
                project_param(),
                field("offset", INTEGER, location="query"),
                field("limit", INTEGER, location="query"),
            ),
            responses=(response("200", items.key),),
        ),
        operation(
            "get",
            "/v1/{project_id}/servers",
            file="M.html",
            parameters=(
                project_param(),
                field("marker", STRING, location="query"),
                field("limit", INTEGER, location="query"),
            ),
            responses=(response("200", marker_body.key),),
        ),
    ]
    spec = build_spec(
        [
            page("L.html", ops[0], structures=(items,)),
            page("M.html", ops[1], structures=(marker_body,)),
        ]
    ).spec
    assert spec["paths"]["/v1/{project_id}/things"]["get"]["x-pagination"] == {
        "style": "offset",
        "items": "items",
        "params": {"offset": "offset", "limit": "limit"},
    }
    assert spec["paths"]["/v1/{project_id}/servers"]["get"]["x-pagination"] == {
        "style": "marker",
        "items": "servers",
        "next": "next_marker",
        "params": {"marker": "marker", "limit": "limit"},
    }


def test_nullable_learned_from_example() -> None:
    resp = structure("P.html#r", "Resp", field("image", obj(None)), field("name", STRING))
    op = operation(
        "get",
        "/v1/x",
        responses=(response("200", resp.key),),
        examples=(example("response", {"image": None, "name": "a"}, status="200"),),
    )
    result = build_spec([page("P.html", op, structures=(resp,))])
    props = result.spec["components"]["schemas"]["ListXResponse"]["properties"]
    assert props["image"]["nullable"] is True
    assert "nullable" not in props["name"]
    assert "nullable-from-example" in _codes(result)


def test_error_example_without_status_goes_to_error_response() -> None:
    op = operation(
        "get",
        "/v1/x",
        responses=(response("200"), response("404")),
        examples=(example("response", {"error_code": "X.1", "error_msg": "gone"}),),
    )
    spec = build_spec([page("P.html", op)]).spec
    responses = spec["paths"]["/v1/x"]["get"]["responses"]
    assert "examples" in responses["404"]["content"]["application/json"]
    assert "content" not in responses["200"]


def test_output_is_plain_data_without_aliases() -> None:
    spec = build_spec(_dataset_pages()).spec
    text = dump_yaml(spec)
    assert "&id" not in text and "*id" not in text
    unicode_spec = build_spec(
        [page("P.html", operation("get", "/v1/x", summary="查询", responses=(response("200"),)))]
    ).spec
    assert "查询" in dump_yaml(unicode_spec)


_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    path=_TEXT,
    name=_TEXT,
    param=_TEXT,
    status=_TEXT,
    enum=st.lists(_TEXT, max_size=3),
    summary=_TEXT,
)
def test_any_text_in_records_gives_a_valid_spec(
    path: str, name: str, param: str, status: str, enum: list[str], summary: str
) -> None:
    body = structure(
        "P.html#b",
        name or "x",
        field(name or "x", INTEGER, constraints=Constraints(enum=tuple(enum), default=summary)),
    )
    op = operation(
        "post",
        path,
        name=name,
        summary=summary,
        parameters=(field(param or "p", STRING, location="query"),),
        request_body=body.key,
        responses=(response(status, body.key),),
        examples=(example("response", {name: 1}, status=status),),
    )
    result = build_spec([page("P.html", op, structures=(body,))])
    validate(result.spec)
    dump_yaml(result.spec)


def test_no_content_status_never_has_a_body() -> None:
    body = structure("P.html#r", "Resp", field("x", STRING))
    op = operation(
        "delete",
        "/v1/x/{id}",
        parameters=(field("id", STRING, required=True, location="path"),),
        responses=(response("204", body.key),),
        examples=(example("response", {}, status="204"),),
    )
    result = build_spec([page("P.html", op, structures=(body,))])
    no_content = result.spec["paths"]["/v1/x/{id}"]["delete"]["responses"]["204"]
    assert "content" not in no_content
    assert "body-on-no-content" in _codes(result)
    validate(result.spec)


def test_link_through_wrapped_created_object() -> None:
    inner = structure("K.html#t3", "Keypair", field("name", STRING), field("fingerprint", STRING))
    created = structure("K.html#t2", "Resp", field("keypair", obj(inner.key, "Keypair")))
    create = operation(
        "post",
        "/v2/{project_id}/os-keypairs",
        file="K.html",
        parameters=(project_param("K.html"),),
        responses=(response("200", created.key),),
    )
    show = operation(
        "get",
        "/v2/{project_id}/os-keypairs/{keypair_name}",
        file="S.html",
        name="ShowKeypair",
        parameters=(
            project_param("S.html"),
            field("keypair_name", STRING, required=True, location="path"),
        ),
        responses=(response("200"),),
    )
    spec = build_spec(
        [page("K.html", create, structures=(inner, created)), page("S.html", show)]
    ).spec
    links = spec["paths"]["/v2/{project_id}/os-keypairs"]["post"]["responses"]["200"]["links"]
    assert links["ShowKeypair"]["parameters"]["keypair_name"] == "$response.body#/keypair/name"


def test_item_operations_link_to_each_other() -> None:
    spec = build_spec(_dataset_pages()).spec
    show = spec["paths"]["/v2/{project_id}/datasets/{dataset_id}"]["get"]
    link = show["responses"]["200"]["links"]["DeleteDataset"]
    assert link["parameters"] == {
        "project_id": "$request.path.project_id",
        "dataset_id": "$request.path.dataset_id",
    }
    validate(spec)


def test_free_object_described_as_key_value_pairs_is_a_map() -> None:
    body = structure(
        "P.html#b",
        "Body",
        field(
            "metadata", TypeExpr("object", "Object"), description="User-defined key-value pairs."
        ),
        field("image", TypeExpr("object", "Object"), description="Image information."),
    )
    op = operation("post", "/v1/x", request_body=body.key, responses=(response("200"),))
    result = build_spec([page("P.html", op, structures=(body,))])
    props = result.spec["components"]["schemas"]["CreateXRequest"]["properties"]
    assert props["metadata"]["additionalProperties"] == {}
    assert "additionalProperties" not in props["image"]
    assert "map-from-description" in _codes(result)


def test_report_lists_every_page_with_kind_and_reason() -> None:
    unused = Unused("table", Source(file="toc.html", table="Table 1"), "no role")
    toc = Page(
        file="toc.html",
        kind="other",
        title="APIs",
        reason="table of contents stub",
        unused=(unused,),
    )
    result = build_spec([toc, *_dataset_pages()])
    report = result.report
    entry = report["pages"][0]
    assert (entry["file"], entry["kind"], entry["reason"]) == (
        "toc.html",
        "other",
        "table of contents stub",
    )
    assert report["unused"][0] == {
        "what": "table",
        "source": {"file": "toc.html", "table": "Table 1"},
        "reason": "no role",
    }
    counts = report["counts"]
    assert counts["pages"] == 4 and counts["pages_by_kind"] == {"operation": 3, "other": 1}
    assert counts["unused"] == sum(counts["unused_by_what"].values())
    assert counts["diagnostics"] == sum(counts["diagnostics_by_level"].values())
    assert [o["operationId"] for o in report["operations"]] == [
        "CreateDataset",
        "DescDataset",
        "DeleteDataset",
    ]
    json.dumps(report)
