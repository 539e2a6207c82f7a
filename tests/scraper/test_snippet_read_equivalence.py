"""The snippet reader's shortcuts give what the long way gives (they exist for speed only)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import snippet_rows
from scraper.records import TypeExpr
from scraper.snippet_rows import read_tables
from scraper.typegrammar import link_type, match_type, parse_type

_PIECES = [
    "Array", "array", "of", "Cluster", "cluster", "objects", "object", "String", "Integer",
    "Map", "Dict", "List", "JSON", "Set", "or", "/", "|", "<", ">", ",", "(", ")", "[]",
    "strings", "Long", "Storage", "type", "null", "Boolean", "Object", "data", ".", "。",
]  # fmt: skip
_GAPS = ["", " ", "  ", "\t", "\u00a0", "\u3000", "\u2003", " \n "]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
    gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=len(words), max_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=True))


def _same_when_linked(text: str) -> None:
    found = match_type(text)
    if found is None:
        return
    expr: TypeExpr = found[0]
    assert link_type(expr, "k") == parse_type(expr.spelling, link="k")


def test_link_type_equals_reparsing_the_spelling_on_known_shapes() -> None:
    for text in [
        "Array of Cluster objects rest",
        "Array  of\tCluster\u00a0objects",
        "Cluster object",
        "cluster objects。",
        "Map<String,\u00a0Cluster> x",
        "Map<String, Cluster>",
        "List<Storage type>",
        "Array<Storage\ttype>",
        "Array",
        "Object",
        "JSON Array",
        "config array",
        "String or Integer or Boolean",
        "Integer/Boolean",
        "String[]",
        "Dict",
    ]:
        _same_when_linked(text)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_link_type_equals_reparsing_the_spelling(text: str) -> None:
    _same_when_linked(text)


_MARK_PIECES = [
    "状态码", "：", ":", "200", "4XX", "default", "Status", "status", "Codes", "code", "HTTP",
    "表", "1", "12", "Table", "table", "able", "Stable", "x", "。", ".", "{", "HTTPS",
]  # fmt: skip


@st.composite
def _marked_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_MARK_PIECES), min_size=1, max_size=12))
    gaps = draw(st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=False))


@settings(max_examples=400, deadline=None)
@given(_marked_texts())
def test_anchored_scan_finds_what_finditer_finds(text: str) -> None:
    for pattern, anchors in (
        (snippet_rows._STATUS, snippet_rows._STATUS_ANCHORS),
        (snippet_rows._LABEL, snippet_rows._LABEL_ANCHORS),
    ):
        fast = [m.span() for m in snippet_rows.anchored(pattern, text, anchors)]
        assert fast == [m.span() for m in pattern.finditer(text)]


def test_anchored_scan_on_known_markers() -> None:
    text = (
        "响应参数 状态码: 200 表4 响应Body参数 Status Codes 404 Table 5 Stable table 6 "
        "HTTP Status 5XX"
    )
    spans = [m.span() for m in snippet_rows.anchored(snippet_rows._STATUS, text, (("状态码", 0),))]
    assert len(spans) == 1
    for pattern, anchors, count in (
        (snippet_rows._STATUS, snippet_rows._STATUS_ANCHORS, 3),
        (snippet_rows._LABEL, snippet_rows._LABEL_ANCHORS, 3),
    ):
        fast = [m.span() for m in snippet_rows.anchored(pattern, text, anchors)]
        assert fast == [m.span() for m in pattern.finditer(text)]
        assert len(fast) == count


def test_header_found_the_same_from_a_chunk_or_by_walking_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [
        "表1 路径参数 参数 是否必选 参数类型 描述 project_id 是 String 项目ID。",
        "Table 2 Request body parameters Parameter Mandatory Type Description name Yes String "
        "Name. size No Integer Size in GB.",
        "表3  QueryParams\t参数 参数类型 描述 offset Integer 起始。 limit Integer 条数。",
        "表4 " + "很长的标题" * 300 + " 参数 参数类型 描述 a String x",
        "表5 Cluster 参数 参数类型 描述",
        "表6 " + "词 " * 12 + "参数 参数类型 描述 a String x",  # header too far from its label
    ]
    wide = [read_tables(text) for text in texts]
    monkeypatch.setattr(snippet_rows, "_HEADER_CHUNK", 3)  # every header by the token walk
    assert [read_tables(text) for text in texts] == wide
    assert [len(section.tables) for section in wide] == [1, 1, 1, 1, 1, 0]
