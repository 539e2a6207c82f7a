"""Snippet dumps -> one Page: detection, stitching with evidence, orphans, malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.records import Level, Operation, Page
from scraper.snippets import looks_like_dump, read_dump, read_dump_accounted

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "snippets"


def _op(page: Page, method: str, path: str) -> Operation:
    found = [op for op in page.operations if op.method == method and op.path == path]
    assert len(found) == 1, [f"{op.method} {op.path}" for op in page.operations]
    return found[0]


def _codes(page: Page) -> set[str]:
    return {d.code for d in page.diagnostics}


def test_detection() -> None:
    assert looks_like_dump((FIXTURES / "widgets-zh.txt").read_text(encoding="utf-8"))
    assert looks_like_dump((FIXTURES / "gizmos-en.txt").read_text(encoding="utf-8"))
    assert not looks_like_dump("<!DOCTYPE html><html><body><h1>URI</h1></body></html>")
    assert not looks_like_dump("just some notes\nabout URIs\n")
    assert not looks_like_dump("")


def test_list_operation_stitched_from_uri_table_and_example() -> None:
    reading = read_dump_accounted(FIXTURES / "widgets-zh.txt")
    page = reading.page
    op = _op(page, "get", "/v1/{project_id}/widgets")
    params = {(p.location, p.name): p for p in op.parameters}
    assert list(params) == [("path", "project_id"), ("query", "limit"), ("query", "order")]
    assert params[("query", "limit")].type.kind == "integer"
    assert params[("query", "limit")].constraints.default == "10"
    assert params[("query", "order")].constraints.enum == ("asc", "desc")
    assert [r.status for r in op.responses] == ["200", "404"]
    ok = next(s for s in page.structures if s.key == op.responses[0].body)
    assert [f.name for f in ok.fields] == ["widgets", "count"]
    widgets = ok.fields[0].type
    assert widgets.items is not None and widgets.items.name == "Widget"
    widget = next(s for s in page.structures if s.key == widgets.items.ref)
    assert widget.fields[1].constraints.max_length == 64
    error = next(s for s in page.structures if s.key == op.responses[1].body)
    assert [f.name for f in error.fields] == ["error_code", "error_msg"]
    assert [e.status for e in op.examples] == ["200"]
    assert any("array field 'widgets' names the collection" in e for e in op.evidence)
    assert any("every key (widgets, count) is a documented field" in e for e in op.evidence)


def test_concrete_id_matched_against_a_known_template() -> None:
    page = read_dump(FIXTURES / "widgets-zh.txt")
    op = _op(page, "delete", "/v1/{project_id}/widgets/{widget_id}")
    assert op.examples[0].url is not None and op.examples[0].url.endswith(
        "0b8f0c5e-0f5e-4a43-9a4c-6a7c3c9b0d11"
    )
    assert "matches the URI template /v1/{project_id}/widgets/{widget_id}" in op.evidence[0]


def test_method_inferred_and_id_becomes_a_path_parameter() -> None:
    page = read_dump(FIXTURES / "widgets-zh.txt")
    op = _op(page, "post", "/v1/{project_id}/widgets/{widget_id}/rename")
    assert [(p.location, p.name, p.required) for p in op.parameters] == [
        ("path", "project_id", True),
        ("path", "widget_id", True),
    ]
    assert "method inferred: the example has a body -> POST" in op.evidence[0]
    assert "method-inferred" in _codes(page)
    # the request table joins by the example's keys, the response example by the echoed ID
    body = next(s for s in page.structures if s.key == op.request_body)
    assert [(f.name, f.required) for f in body.fields] == [("name", True)]
    assert any("request body table has every key" in e for e in op.evidence)
    assert any("carries 0b8f0c5e" in e and "echoes its body (name)" in e for e in op.evidence)
    (response,) = op.responses
    inferred = next(s for s in page.structures if s.key == response.body)
    assert [f.name for f in inferred.fields] == ["widget_id", "name"]
    assert inferred.description == "inferred from examples"


def test_orphans_are_listed_and_counts_add_up() -> None:
    reading = read_dump_accounted(FIXTURES / "widgets-zh.txt")
    counts = reading.counts
    assert counts == {
        "snippets": 9,
        "in_operations": 8,
        "orphans": 1,
        "operations": 4,
        "noise_lines": 2,
    }
    assert counts["in_operations"] + counts["orphans"] == counts["snippets"]
    (orphan,) = [u for u in reading.page.unused if u.what == "snippet"]
    assert orphan.source.line == 11
    assert "page URI is not in the dump" in orphan.reason
    # its tables are still emitted as structures
    assert any(s.name == "Gadget" for s in reading.page.structures)
    noise = [u for u in reading.page.unused if u.what == "text" and u.source.line in (1, 12)]
    assert len(noise) == 2


def test_english_dump() -> None:
    reading = read_dump_accounted(FIXTURES / "gizmos-en.txt")
    page = reading.page
    create = _op(page, "post", "/v2/{project_id}/gizmos")
    body = next(s for s in page.structures if s.key == create.request_body)
    assert [(f.name, f.required, f.type.kind) for f in body.fields] == [
        ("name", True, "string"),
        ("size", False, "integer"),
        ("tags", False, "array"),
    ]
    assert body.fields[1].constraints.default == "1"
    listing = _op(page, "get", "/v2/{project_id}/gizmos")
    assert [r.status for r in listing.responses] == ["200"]
    # the 201 example has no evidence tying it to the create call: an orphan, not a guess
    assert reading.counts["orphans"] == 1
    assert "201" not in [r.status for r in create.responses]


def test_example_type_conflict_prefers_the_number_and_says_so(tmp_path: Path) -> None:
    dump = tmp_path / "d.txt"
    dump.write_text(
        "  • 请求示例 一 POST https://{endpoint}/v1/{project_id}/jobs "
        '{ "weight" : 100, "name" : "a" } 二 POST https://{endpoint}/v1/{project_id}/jobs '
        '{ "weight" : "70", "tags" : [ "x" ] }\n',
        encoding="utf-8",
    )
    page = read_dump(dump)
    op = _op(page, "post", "/v1/{project_id}/jobs")
    body = next(s for s in page.structures if s.key == op.request_body)
    assert [(f.name, f.type.kind) for f in body.fields] == [
        ("weight", "integer"),
        ("name", "string"),
        ("tags", "array"),
    ]
    (conflict,) = [d for d in page.diagnostics if d.code == "example-type-conflict"]
    assert "integer in example 1, a string spelling of it in example 2" in conflict.message


def test_equal_evidence_leaves_an_orphan(tmp_path: Path) -> None:
    dump = tmp_path / "d.txt"
    dump.write_text(
        "  • URI GET /v1/{project_id}/a/items 表1 路径参数 参数 是否必选 参数类型 描述 "
        "project_id 是 String 项目。\n"
        "  • URI GET /v1/{project_id}/b/items 表1 路径参数 参数 是否必选 参数类型 描述 "
        "project_id 是 String 项目。\n"
        "  • 响应参数 状态码: 200 表2 响应Body参数 参数 参数类型 描述 "
        "items Array of strings 列表。\n",
        encoding="utf-8",
    )
    reading = read_dump_accounted(dump)
    assert reading.counts["orphans"] == 1
    assert (
        "points equally to GET /v1/{project_id}/a/items, GET /v1/{project_id}/b/items"
        in (reading.fates[3])
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty-dump"),
        (b"\x00\x01\x02\xff\xfe binary \x00", "binary-input"),
        ("华为云用户手册\n共0条\n".encode(), "empty-dump"),
    ],
)
def test_malformed_dumps_give_diagnostics(tmp_path: Path, content: bytes, code: str) -> None:
    dump = tmp_path / "bad.txt"
    dump.write_bytes(content)
    page = read_dump(dump)
    assert code in _codes(page)
    assert any(d.level == Level.ERROR for d in page.diagnostics)
    assert page.operations == ()


def test_truncated_mid_table() -> None:
    reading = read_dump_accounted(FIXTURES / "truncated.txt")
    page = reading.page
    op = _op(page, "get", "/v1/{project_id}/things")
    assert [p.name for p in op.parameters] == ["project_id"]
    assert {"snippet-table", "truncated-example"} <= _codes(page)
    assert reading.counts["snippets"] == 2


_PIECES = [
    "  • ",
    "URI ",
    "GET ",
    "/v1/{project_id}/x ",
    "表1 ",
    "路径参数 ",
    "参数 是否必选 参数类型 描述 ",
    "参数 参数类型 描述 ",
    "id 是 String 编号。 ",
    "items Array of Item objects ",
    "响应参数 ",
    "响应示例 ",
    "请求示例 ",
    "状态码: 200 ",
    '{ "a" : [ 1, { "b" : "}" } ] } ',
    '{ "a" : ',
    "https://{endpoint}/v1/{project_id}/x/0b8f0c5e-0f5e-4a43-9a4c-6a7c3c9b0d11 ",
    "\n",
    "\x00",
    "否 ",
    "Map<String,",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=40))
def test_any_text_gives_a_page_never_an_exception(parts: list[str]) -> None:
    text = "".join(parts)
    looks_like_dump(text)
    page = read_dump(Path("fuzz.txt"), text=text)
    assert isinstance(page, Page)
    reading = read_dump_accounted(Path("fuzz.txt"), text=text)
    counts = reading.counts
    assert counts["in_operations"] + counts["orphans"] == counts["snippets"]


def test_snippet_cut_before_its_section_word(tmp_path: Path) -> None:
    dump = tmp_path / "d.txt"
    dump.write_text(
        "  • URI GET /v1/{project_id}/parts 表1 路径参数 参数 是否必选 参数类型 描述 "
        "project_id 是 String 项目。\n"
        "  • ... 状态码: 200 表2 响应Body参数 参数 参数类型 描述 parts Array of strings 部件。\n"
        "  • ...参数类型 描述 foo String 无从判断。\n",
        encoding="utf-8",
    )
    reading = read_dump_accounted(dump)
    op = _op(reading.page, "get", "/v1/{project_id}/parts")
    assert [r.status for r in op.responses] == ["200"]
    assert "section-inferred" in _codes(reading.page)
    assert reading.counts["snippets"] == 3
    assert reading.counts["orphans"] == 1
    assert reading.counts["noise_lines"] == 0
    (unused,) = [u for u in reading.page.unused if u.what == "snippet"]
    assert unused.source.line == 3 and "does not use" in unused.reason


def test_request_example_without_method_or_body_on_a_templated_url(tmp_path: Path) -> None:
    dump = tmp_path / "d.txt"
    dump.write_text(
        "  • 请求示例 查询 https://{endpoint}/v1/{project_id}/widgets/{widget_id}\n",
        encoding="utf-8",
    )
    page = read_dump(dump)
    op = _op(page, "get", "/v1/{project_id}/widgets/{widget_id}")
    assert "no body -> GET" in op.evidence[0]
