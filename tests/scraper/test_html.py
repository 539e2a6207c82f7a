"""HTML reader: small hand-written pages in the DITA structure in, expected records out."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.build import build_spec
from scraper.html import read_files, read_folder, read_page
from scraper.records import Field, Operation, Page, Structure, TypeExpr

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def _folder(name: str) -> dict[str, Page]:
    return {page.file: page for page in read_folder(FIXTURES / name)}


def _one_op(page: Page) -> Operation:
    assert page.kind == "operation", page.reason
    assert len(page.operations) == 1
    return page.operations[0]


def _structure(page: Page, key: str) -> Structure:
    by_key = {s.key: s for s in page.structures}
    assert key in by_key, sorted(by_key)
    return by_key[key]


def _field(fields: tuple[Field, ...], name: str) -> Field:
    for f in fields:
        if f.name == name:
            return f
    raise AssertionError(f"no field {name!r} in {[f.name for f in fields]}")


def _codes(page: Page) -> list[str]:
    return [d.code for d in page.diagnostics]


def _object_ref(t: TypeExpr) -> str | None:
    while t.kind == "array" and t.items is not None:
        t = t.items
    return t.ref


# ---------------------------------------------------------------------------- gen (English)


@pytest.fixture(scope="module")
def gen() -> dict[str, Page]:
    return _folder("gen")


def test_gen_operation_basics(gen: dict[str, Page]) -> None:
    op = _one_op(gen["CreateGadget.html"])
    assert (op.method, op.path) == ("post", "/v2/{project_id}/gadgets")
    assert op.name == "CreateGadget"
    assert op.summary == "Creating a Gadget"
    # inline <span> inside a word must not add a space ("work<span>space</span>")
    assert op.description == "This API is used to create a gadget in a workspace."
    assert op.tags == ("Gadget Management",)
    assert op.source.file == "CreateGadget.html"


def test_gen_parameters_locations_from_captions(gen: dict[str, Page]) -> None:
    op = _one_op(gen["CreateGadget.html"])
    got = [(p.location, p.name, p.required, p.type.kind) for p in op.parameters]
    assert got == [
        ("path", "project_id", True, "string"),
        ("query", "dry_run", False, "boolean"),
        ("header", "X-Auth-Token", True, "string"),
    ]
    dry_run = op.parameters[1]
    assert dry_run.constraints.default == "false"  # "(Default value)" after an option
    assert dry_run.source.table == "CreateGadget__table_query"
    assert dry_run.source.row == 1


def test_gen_request_body_and_nested_links(gen: dict[str, Page]) -> None:
    page = gen["CreateGadget.html"]
    op = _one_op(page)
    assert op.request_body == "CreateGadget.html#CreateGadget__request_CreateGadgetReq"
    body = _structure(page, op.request_body)
    parts = _field(body.fields, "parts")
    assert parts.type.kind == "array"
    assert _object_ref(parts.type) == "CreateGadget.html#CreateGadget__request_Part"
    owner = _field(body.fields, "owner")
    assert (owner.type.kind, owner.type.ref) == (
        "object",
        "CreateGadget.html#CreateGadget__request_Owner",
    )
    assert _field(body.fields, "labels").type.kind == "map"
    size = _field(body.fields, "size").type
    assert (size.kind, size.format) == ("integer", "int64")
    assert _field(body.fields, "name").required is True
    assert _structure(page, "CreateGadget.html#CreateGadget__request_Part").name == "Part"
    weight = _field(
        _structure(page, "CreateGadget.html#CreateGadget__request_Part").fields, "weight"
    )
    assert (weight.type.kind, weight.type.format) == ("number", "float")


def test_gen_responses_per_status_and_examples(gen: dict[str, Page]) -> None:
    op = _one_op(gen["CreateGadget.html"])
    got = [(r.status, r.description, r.body) for r in op.responses]
    assert got == [
        ("201", "Created", "CreateGadget.html#CreateGadget__response_CreateGadgetResp"),
        ("400", "Bad Request", "CreateGadget.html#CreateGadget__response_Error"),
        ("401", "Unauthorized", None),
    ]
    request, ok, bad = op.examples
    assert (request.kind, request.method, request.parsed) == ("request", "POST", True)
    assert request.url == "https://{endpoint}/v2/{project_id}/gadgets"
    assert request.value == {"name": "gadget-1", "parts": [{"part_id": "p1", "weight": 1.5}]}
    assert request.title == "Creating a gadget"
    assert (ok.kind, ok.status, ok.value) == ("response", "201", {"gadget_id": "g-123"})
    assert (bad.kind, bad.status) == ("response", "400")


def test_gen_every_table_is_a_structure_and_nothing_silently_dropped(gen: dict[str, Page]) -> None:
    page = gen["CreateGadget.html"]
    keys = {s.key.split("#", 1)[1] for s in page.structures}
    assert keys == {
        "CreateGadget__table_path",
        "CreateGadget__table_query",
        "CreateGadget__request_header",
        "CreateGadget__request_CreateGadgetReq",
        "CreateGadget__request_Part",
        "CreateGadget__request_Owner",
        "CreateGadget__response_CreateGadgetResp",
        "CreateGadget__response_Error",
    }
    unused = [(u.what, u.source.section) for u in page.unused]
    assert unused == [("section", "Error Codes")]
    assert all(u.reason for u in page.unused)


def test_toc_stub_page_is_other_with_reason(gen: dict[str, Page]) -> None:
    page = gen["gadget_management.html"]
    assert page.kind == "other"
    assert "table of contents" in page.reason
    assert [u.what for u in page.unused] == ["page"]


# ---------------------------------------------------------------------------- gen (Chinese)


def test_chinese_gen_page() -> None:
    page = _folder("gen-zh")["ListWidgets.html"]
    op = _one_op(page)
    assert (op.method, op.path, op.name) == ("get", "/v2/{project_id}/widgets", "ListWidgets")
    assert op.summary == "查询小部件列表"
    assert op.description == "查询小部件列表。"
    got = [(p.location, p.name, p.required, p.type.kind) for p in op.parameters]
    assert got == [
        ("path", "project_id", True, "string"),
        ("query", "limit", False, "integer"),
        ("query", "order", False, "string"),
        ("header", "X-Auth-Token", True, "string"),
    ]
    assert op.parameters[1].constraints.default == "10"
    assert op.parameters[2].constraints.enum == ("asc", "desc")
    assert op.request_body is None
    assert [(r.status, r.description, r.body) for r in op.responses] == [
        ("200", "OK", "ListWidgets.html#ListWidgets__response_ListWidgetsResp"),
        ("401", "Unauthorized", None),
    ]
    resp = _structure(page, "ListWidgets.html#ListWidgets__response_ListWidgetsResp")
    widgets = _field(resp.fields, "widgets")
    assert _object_ref(widgets.type) == "ListWidgets.html#ListWidgets__response_Widget"
    assert [(e.kind, e.status) for e in op.examples] == [("request", None), ("response", "200")]
    assert op.examples[0].method == "GET"
    assert op.examples[1].value == {"total": 1, "widgets": [{"widget_id": "w1"}]}
    assert [(u.what, u.source.section) for u in page.unused] == [("section", "错误码")]


# ---------------------------------------------------------------------------- old ModelArts


@pytest.fixture(scope="module")
def old() -> dict[str, Page]:
    return _folder("old")


def test_old_uri_paragraph_inside_function(old: dict[str, Page]) -> None:
    """modelarts_03_0200 shape: "URI" is a paragraph in Function, the table mixes path+query."""
    page = old["modelarts_09_0001.html"]
    op = _one_op(page)
    assert (op.method, op.path) == ("get", "/v1/{project_id}/specs")
    assert op.name is None  # the file stem is not an API name
    assert op.description == "This API is used to query supported specifications."
    got = [(p.location, p.name, p.required) for p in op.parameters]
    assert got == [("path", "project_id", True), ("query", "is_personal", False)]


def test_old_see_table_links_and_field_captions(old: dict[str, Page]) -> None:
    page = old["modelarts_09_0001.html"]
    op = _one_op(page)
    assert [(r.status, r.body) for r in op.responses] == [
        ("200", "modelarts_09_0001.html#modelarts_09_0001__table2")
    ]
    assert "assumed-status" in _codes(page)
    top = _structure(page, "modelarts_09_0001.html#modelarts_09_0001__table2")
    specs = _field(top.fields, "specifications")  # "specification array" + "see Table 3"
    assert specs.type.kind == "array"
    assert _object_ref(specs.type) == "modelarts_09_0001.html#modelarts_09_0001__table3"
    spec = _structure(page, "modelarts_09_0001.html#modelarts_09_0001__table3")
    assert spec.name == "specification"
    # "nodes" has no link: the caption "nodes field description" names the field
    assert (
        _field(spec.fields, "nodes").type.ref == "modelarts_09_0001.html#modelarts_09_0001__table4"
    )
    # "extend" is an Object with no child table: ref stays None for the builder
    assert _field(spec.fields, "extend").type == TypeExpr(kind="object", spelling="Object")


def test_old_samples_split_by_lead_in(old: dict[str, Page]) -> None:
    op = _one_op(old["modelarts_09_0001.html"])
    request, response = op.examples
    assert (request.kind, request.method, request.title) == ("request", "GET", "Sample request")
    assert request.url == "https://endpoint/v1/{project_id}/specs"
    assert (response.kind, response.status, response.title) == (
        "response",
        "200",
        "Sample response",
    )
    assert response.parsed


def test_old_method_recovered_from_example(old: dict[str, Page]) -> None:
    """modelarts_03_0201 shape: the URI section has no request line."""
    page = old["modelarts_09_0002.html"]
    op = _one_op(page)
    assert (op.method, op.path) == ("get", "/v1/{project_id}/pools")
    assert "method-from-example" in _codes(page)
    limit = _field(op.parameters, "limit")
    # the example's ?limit=10 is a sample value, not a literal of the URI
    assert limit.constraints.enum == ()
    assert limit.location == "query"


# ---------------------------------------------------------------------------- ECS


@pytest.fixture(scope="module")
def ecs() -> dict[str, Page]:
    return _folder("ecs")


def test_ecs_twin_uris_and_action_variant(ecs: dict[str, Page]) -> None:
    page = ecs["en-us_topic_1000000001.html"]
    assert page.kind == "operation"
    assert page.title == "Starting an ECS"
    paths = [(op.method, op.path, op.variant) for op in page.operations]
    assert paths == [
        ("post", "/v2.1/{project_id}/servers/{server_id}/action", "os-start"),
        ("post", "/v2/{project_id}/servers/{server_id}/action", "os-start"),
    ]
    first, second = page.operations
    assert first.parameters == second.parameters
    assert first.request_body == second.request_body
    assert "Only stopped ECSs can be started." in first.description


def test_ecs_uri_table_without_type_column(ecs: dict[str, Page]) -> None:
    op = ecs["en-us_topic_1000000001.html"].operations[0]
    assert [(p.location, p.name, p.required, p.type.kind) for p in op.parameters] == [
        ("path", "project_id", True, "string"),
        ("path", "server_id", True, "string"),
    ]
    assert "no-type-column" not in _codes(ecs["en-us_topic_1000000001.html"])


def test_ecs_request_line_and_body_in_two_blocks_make_one_example(ecs: dict[str, Page]) -> None:
    op = ecs["en-us_topic_1000000001.html"].operations[0]
    assert len(op.examples) == 1
    example = op.examples[0]
    assert (example.kind, example.method, example.parsed) == ("request", "POST", True)
    assert example.url == "https://{endpoint}/v2/{project_id}/servers/{server_id}/action"
    assert example.value == {"os-start": {}}


def test_ecs_see_table_and_position_links(ecs: dict[str, Page]) -> None:
    page = ecs["en-us_topic_1000000001.html"]
    body = _structure(page, "en-us_topic_1000000001.html#EN-US_TOPIC_1000000001__table2")
    start = _field(body.fields, "os-start")
    assert start.type.ref == "en-us_topic_1000000001.html#EN-US_TOPIC_1000000001__table3"
    inner = _structure(page, start.type.ref)
    assert inner.name == "os-start"
    servers = _field(inner.fields, "servers")
    assert _object_ref(servers.type) == "en-us_topic_1000000001.html#EN-US_TOPIC_1000000001__table4"
    assert "linked-by-position" in _codes(page)


def test_ecs_response_link_to_appendix_page(ecs: dict[str, Page]) -> None:
    """ "See Responses (Task)" points at a page; read_folder resolves it to that page's table."""
    op = ecs["en-us_topic_1000000001.html"].operations[0]
    assert [(r.status, r.body) for r in op.responses] == [
        ("200", "en-us_topic_1000000008.html#EN-US_TOPIC_1000000008__table_ok")
    ]
    appendix = ecs["en-us_topic_1000000008.html"]
    assert appendix.kind == "schema"
    assert "schema appendix" in appendix.reason
    names = {s.key.split("#")[1]: s.name for s in appendix.structures}
    assert names == {
        "EN-US_TOPIC_1000000008__table_ok": "Normal response description",
        "EN-US_TOPIC_1000000008__table_err": "Abnormal response description",
        "EN-US_TOPIC_1000000008__table_error": "error",
    }


def test_ecs_cross_page_section_link(ecs: dict[str, Page]) -> None:
    """A "For details, see <section on another page>" link resolves to the table inside it."""
    page = ecs["en-us_topic_1000000003.html"]
    top = _structure(page, "en-us_topic_1000000003.html#EN-US_TOPIC_1000000003__table2")
    servers = _field(top.fields, "servers")
    assert (
        _object_ref(servers.type)
        == "en-us_topic_1000000009.html#EN-US_TOPIC_1000000009__table_server"
    )
    single = read_page(FIXTURES / "ecs" / "en-us_topic_1000000003.html")
    # read alone, the link stays as written (file#anchor) for a later resolution
    top_alone = _structure(single, "en-us_topic_1000000003.html#EN-US_TOPIC_1000000003__table2")
    assert _object_ref(_field(top_alone.fields, "servers").type) == (
        "en-us_topic_1000000009.html#EN-US_TOPIC_1000000009__section_server"
    )


def test_ecs_templated_query_with_typos_and_mixed_uri_table(ecs: dict[str, Page]) -> None:
    page = ecs["en-us_topic_1000000003.html"]
    op = _one_op(page)
    assert op.summary == "Querying ECSs"  # "Querying <span>ECS</span>s", no false space
    assert op.path == "/v2/{project_id}/servers"
    got = [(p.location, p.name, p.type.kind) for p in op.parameters]
    assert got == [
        ("path", "project_id", "string"),
        ("query", "image", "string"),
        ("query", "minDisk", "integer"),  # swapped header Parameter/Type/Mandatory/Description
        ("query", "reservation_id", "string"),
    ]
    typos = [d.message for d in page.diagnostics if d.code == "uri-placeholder-typo"]
    assert len(typos) == 2
    assert any("eservation_id" in m for m in typos)


def test_ecs_literal_query_becomes_enum_and_default(ecs: dict[str, Page]) -> None:
    page = ecs["en-us_topic_1000000004.html"]
    op = _one_op(page)
    assert op.path == "/v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}"
    flag = _field(op.parameters, "delete_flag")
    assert (flag.location, flag.required) == ("query", False)
    assert (flag.constraints.enum, flag.constraints.default) == (("0",), "0")
    assert "query-parameter-undocumented" in _codes(page)
    assert op.responses[0].body == "en-us_topic_1000000008.html#EN-US_TOPIC_1000000008__table_ok"


def test_ecs_rfc6570_query_and_path_placeholder_typo(ecs: dict[str, Page]) -> None:
    page = ecs["en-us_topic_1000000005.html"]
    op = _one_op(page)
    # {serverid} matches the documented server_id row: the path is fixed, with a diagnostic
    assert op.path == "/v2/{project_id}/servers/{server_id}/os-interface/{port_id}"
    got = [(p.location, p.name) for p in op.parameters]
    assert got == [
        ("path", "project_id"),
        ("path", "server_id"),
        ("path", "port_id"),
        ("query", "reserve_port"),
    ]
    assert "uri-placeholder-typo" in _codes(page)


def test_ecs_action_variant_from_caption_named_table(ecs: dict[str, Page]) -> None:
    page = ecs["en-us_topic_1000000002.html"]
    assert [op.variant for op in page.operations] == ["reboot", "reboot"]
    body = _structure(page, page.operations[0].request_body or "")
    reboot = _field(body.fields, "reboot")
    assert reboot.type.ref == "en-us_topic_1000000002.html#EN-US_TOPIC_1000000002__table3"
    # "Response: N/A" -> a documented status without a body
    assert [(r.status, r.body) for r in page.operations[0].responses] == [("200", None)]


# ---------------------------------------------------------------------------- other shapes


@pytest.fixture(scope="module")
def misc() -> dict[str, Page]:
    return _folder("misc")


def test_flat_page_attribute_table_and_missing_cells(misc: dict[str, Page]) -> None:
    page = misc["UpdateThing.html"]
    op = _one_op(page)
    assert (op.method, op.path, op.name) == (
        "put",
        "/v1/{project_id}/things/{thing_id}",
        "UpdateThing",
    )
    assert op.description == "This API is used to update a thing."
    body = _structure(page, op.request_body or "")
    assert [f.name for f in body.fields] == ["display_name", "color"]
    display = body.fields[0]
    assert display.description.startswith("Display name of the thing.")
    assert "CRUD: CRU" in display.description
    assert display.constraints.default == "thing"
    assert "missing-cells" in _codes(page)
    unused = {(u.what, u.source.section, u.source.row) for u in page.unused}
    assert ("row", "Request Body", 3) in unused  # the row without a name
    assert ("example", "Notes", None) in unused  # a code block outside example sections
    assert ("section", "Notes", None) in unused
    assert ("table", "Samples", None) in unused  # the stray table
    assert [e.kind for e in op.examples] == ["request", "response"]
    assert op.examples[0].value == {"display_name": "new name"}


def test_method_from_example_with_bare_uri_section(misc: dict[str, Page]) -> None:
    page = misc["modelarts_09_0003.html"]
    op = _one_op(page)
    assert (op.method, op.path) == ("delete", "/v1/{project_id}/jobs/{job_id}")
    assert [p.location for p in op.parameters] == ["path", "path"]
    assert [r.status for r in op.responses] == ["200"]
    assert op.examples[1].status == "200"


def test_rowspan_and_note_rows(misc: dict[str, Page]) -> None:
    page = misc["rowspan.html"]
    assert page.kind == "schema"
    (structure,) = page.structures
    assert [f.name for f in structure.fields] == ["state"]
    reasons = [u.reason for u in page.unused if u.what == "row"]
    assert len(reasons) == 2
    assert "duplicate-field" in _codes(page)


def test_read_page_accepts_text_and_tags() -> None:
    html = (
        '<h1 class="topictitle1">Deleting a Thing</h1><h4 class="sectiontitle">URI</h4>'
        "<p>DELETE /v1/things/{thing_id}</p>"
    )
    page = read_page(Path("DeleteThing.html"), text=html, tags=("Things",))
    op = _one_op(page)
    assert (op.method, op.path, op.name, op.tags) == (
        "delete",
        "/v1/things/{thing_id}",
        "DeleteThing",
        ("Things",),
    )
    # the placeholder has no parameter row: declared as a required string path parameter
    (param,) = op.parameters
    assert (param.name, param.location, param.required, param.type.kind) == (
        "thing_id",
        "path",
        True,
        "string",
    )
    assert "path-parameter-undocumented" in _codes(page)


def test_chinese_old_template_words() -> None:
    """请求消息 / 响应消息 / 样例 (请求样例, 响应样例) / 返回值, 参数说明 captions, 是/否."""
    page = _folder("gen-zh")["zh_old_0001.html"]
    op = _one_op(page)
    assert (op.method, op.path, op.summary) == (
        "delete",
        "/v1/{project_id}/jobs/{job_id}",
        "删除作业",
    )
    assert op.description == "删除一个作业。"
    got = [(p.location, p.name, p.required) for p in op.parameters]
    assert got == [
        ("path", "project_id", True),
        ("path", "job_id", True),
        ("query", "force", False),
    ]
    force = op.parameters[2]
    assert (force.constraints.enum, force.constraints.default) == (("true",), "true")
    assert op.request_body is None
    assert [(r.status, r.description, r.body) for r in op.responses] == [
        ("200", "OK 删除成功。", "zh_old_0001.html#zh_old_0001__t2"),
        ("404", "Not Found 作业不存在。", None),
    ]
    assert [(e.kind, e.status, e.title) for e in op.examples] == [
        ("request", None, "请求样例"),
        ("response", "200", "响应样例"),
    ]
    assert not [u for u in page.unused if u.what != "page"]


def test_response_header_table_gives_the_response_headers() -> None:
    head = "<thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>"
    html = (
        '<h1>X</h1><h4 class="sectiontitle">URI</h4><p>GET /v1/x</p>'
        '<h4 class="sectiontitle">Response Parameters</h4><p>Status code: 200</p>'
        f'<table id="h"><caption>Table 1 Response header parameters</caption>{head}'
        "<tbody><tr><td>X-Request-Id</td><td>String</td><td>Request ID.</td></tr></tbody></table>"
        f'<table id="b"><caption>Table 2 Response body parameters</caption>{head}'
        "<tbody><tr><td>count</td><td>Integer</td><td>Count.</td></tr></tbody></table>"
    )
    page = read_page(Path("X.html"), text=html)
    op = _one_op(page)
    assert op.parameters == ()
    assert [(r.status, r.body, r.headers) for r in op.responses] == [
        ("200", "X.html#b", "X.html#h")
    ]
    assert page.unused == ()
    spec = build_spec([page]).spec
    headers = spec["paths"]["/v1/x"]["get"]["responses"]["200"]["headers"]
    assert headers == {
        "X-Request-Id": {
            "description": "Request ID.",
            "schema": {"type": "string"},
            "x-source": {
                "file": "X.html",
                "table": "h",
                "row": 1,
                "section": "Response Parameters",
            },
        }
    }


def test_loose_caption_match_string_content_and_alternatives() -> None:
    head = "<thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>"

    def table(tid: str, caption: str, rows: str) -> str:
        return f'<table id="{tid}"><caption>{caption}</caption>{head}<tbody>{rows}</tbody></table>'

    html = (
        '<h1>X</h1><h4 class="sectiontitle">URI</h4><p>GET /v1/x</p>'
        '<h4 class="sectiontitle">Response Body</h4>'
        + table(
            "top",
            "Table 1 Parameters",
            "<tr><td>hard_details</td><td>Map&lt;String,Object&gt;</td><td>Details.</td></tr>"
            "<tr><td>model_metric_list</td><td>String</td>"
            '<td>Metrics. For details, see <a href="#metrics">Table 3</a>.</td></tr>'
            "<tr><td>config</td><td>config array</td><td>See "
            '<a href="#rt">Table 4</a> or <a href="#batch">Table 5</a>.</td></tr>',
        )
        + table("hd", "Table 2 HardDetail", "<tr><td>reason</td><td>String</td><td>R.</td></tr>")
        + table(
            "metrics",
            "Table 3 model_metric_list parameters",
            "<tr><td>f1</td><td>Float</td><td>F1.</td></tr>",
        )
        + table(
            "rt",
            "Table 4 config parameters of real-time",
            "<tr><td>weight</td><td>Integer</td><td>W.</td></tr>",
        )
        + table(
            "batch",
            "Table 5 config parameters of batch",
            "<tr><td>src</td><td>String</td><td>S.</td></tr>",
        )
    )
    page = read_page(Path("X.html"), text=html)
    top = _structure(page, "X.html#top")
    hard = _field(top.fields, "hard_details").type
    assert hard.kind == "map" and hard.values is not None and hard.values.ref == "X.html#hd"
    assert _field(top.fields, "model_metric_list").type.kind == "string"
    assert _object_ref(_field(top.fields, "config").type) == "X.html#rt"
    reasons = {u.source.table: u.reason for u in page.unused if u.what == "table"}
    assert "content of the scalar field 'model_metric_list'" in reasons["metrics"]
    assert "second structure" in reasons["batch"] and "'config'" in reasons["batch"]
    assert set(reasons) == {"metrics", "batch"}
    assert "orphan-table" not in _codes(page)


def test_pages_in_other_encodings_are_recoded() -> None:
    html = (
        '<meta charset="gbk"><h1 class="topictitle1">删除作业</h1>'
        '<h4 class="sectiontitle">URI</h4><p>DELETE /v1/jobs/{job_id}</p>'
    )
    declared = read_page(Path("g.html"), text=html.encode("gbk"))
    guessed = read_page(
        Path("g.html"), text=html.replace('<meta charset="gbk">', "").encode("gb18030")
    )
    for page in (declared, guessed):
        assert page.title == "删除作业"
        assert "not-utf8" in _codes(page)
    assert "not-utf8" not in _codes(read_page(Path("u.html"), text=html.encode("utf-8")))


def test_link_to_a_page_not_read_is_a_dangling_link() -> None:
    (page,) = read_files([FIXTURES / "ecs" / "en-us_topic_1000000003.html"])
    dangling = [d for d in page.diagnostics if d.code == "dangling-link"]
    assert len(dangling) == 1
    assert (
        "en-us_topic_1000000009.html#EN-US_TOPIC_1000000009__section_server" in dangling[0].message
    )


def test_text_runs_and_cell_texts_break_at_blocks_only() -> None:
    """Blocks written without whitespace between them still read apart; inline tags join
    ("<b>ECS</b>s"); a link's text is collapsed; a list in a cell reads as "- item"; code
    keeps its exact text."""
    head = "<thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>"
    html = (
        '<h1>X</h1><h4 class="sectiontitle">Function</h4>'
        "<p>First<br/>line</p><p>  </p><p><b>ECS</b>s are <a href='a.html'>  the\n servers </a>"
        "</p><div>Second</div>Tail"
        '<h4 class="sectiontitle">URI</h4><p>POST /v1/x</p>'
        '<h4 class="sectiontitle">Request Parameters</h4>'
        f'<table id="b"><caption>Table 1 Request body parameters</caption>{head}'
        "<tbody><tr><td><p>name</p></td><td>String</td>"
        "<td><p>One.</p><p>Two.</p>Options:<ul><li>a</li><li><p>b</p></li></ul></td></tr>"
        "</tbody></table>"
        '<h4 class="sectiontitle">Example Requests</h4>'
        '<pre>{"name":<br/>"x"}</pre>'
    )
    page = read_page(Path("X.html"), text=html)
    op = _one_op(page)
    # one text block per run between blocks ("<br/>" too), joined by blank lines
    assert op.description == "First\n\nline\n\nECSs are the servers\n\nSecond\n\nTail"
    (name,) = _structure(page, "X.html#b").fields
    assert name.description == "One. Two. Options: - a - b"
    (example,) = op.examples
    assert example.text == '{"name":  "x"}'  # <br/> in code: its text and tail spaces
    assert example.value == {"name": "x"}
