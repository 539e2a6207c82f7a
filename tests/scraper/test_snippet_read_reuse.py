"""What the snippet reader reuses (a decoded example body, headers found before) changes nothing."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import semantics, snippet_examples, snippet_rows
from scraper.examples import parse_example_text
from scraper.records import (
    Constraints,
    Field,
    Source,
    Structure,
    TypeExpr,
    new_field,
    new_source,
    new_structure,
    new_type,
)
from scraper.snippet_examples import read_examples
from scraper.snippets import read_dump
from scraper.vocab import Column

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_JSON, max_size=4) | st.dictionaries(st.text(), _JSON, max_size=4), st.booleans())
def test_a_decoded_body_gives_what_parsing_the_text_gives(value: object, spaced: bool) -> None:
    text = json.dumps(value, indent=1 if spaced else None, ensure_ascii=False)
    assert parse_example_text(text, decoded=json.loads(text)) == parse_example_text(text)


def test_texts_the_plain_parser_would_clean_are_parsed_the_plain_way() -> None:
    # A no-break space or BOM inside a string is cleaned before parsing: the decoded value the
    # caller holds (with the raw character) is not what the parser gives, so it is not used.
    for text in ['{"a": "x\u00a0y"}', '{"a": "\ufeff"}', "[1,\r\n2]", '{"a": 1} ']:
        plain = parse_example_text(text)
        assert parse_example_text(text, decoded=json.loads(text)) == plain


def test_read_examples_hands_over_the_decoded_body() -> None:
    text = '状态码: 200 OK { "a" : [ 1, { "b" : null } ] } 状态码: 400 Bad { "c" : '
    good, broken = read_examples(text, "response")[0]
    assert good.value == {"a": [1, {"b": None}]}
    assert broken.value is None and broken.truncated


def test_a_body_too_deep_for_the_decoder_is_a_broken_example_not_a_crash(tmp_path: Path) -> None:
    deep = "[" * 50_000 + "]" * 50_000
    (example,) = read_examples(f"状态码: 200 OK {deep}", "response")[0]
    assert example.value is None and example.body == deep and not example.truncated
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "  • URI GET /v1/things 表1 路径参数 参数 是否必选 参数类型 描述 id 是 String 编号。\n"
        f"  • 响应示例 状态码: 200 OK {deep}\n",
        encoding="utf-8",
    )
    page = read_dump(dump)
    assert any(d.code == "broken-json" for d in page.diagnostics)


_WORDS = ["参数", "是否必选", "参数类型", "描述", "Parameter", "Type", "Description", "Mandatory"]
_WORDS += ["Cluster", "Query参数", "响应Body参数", "id", "是", "String", "编号。", "name"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=20), st.data())
def test_a_header_found_before_gives_the_same_as_a_fresh_search(
    words: list[str], data: st.DataObject
) -> None:
    # Another label with the same header words but other captions and row text comes first.
    other = [
        w if w.lower() in snippet_rows._PHRASE_WORDS else data.draw(st.sampled_from(_WORDS[8:]))
        for w in words
    ]
    text = "表1 " + " ".join(words) + " 表2 " + " ".join(other)
    snippet_rows._HEADERS.clear()
    fresh = [snippet_rows.read_tables(text), snippet_rows.read_tables(text)]
    snippet_rows._HEADERS.clear()
    second = "表2 " + " ".join(other)
    snippet_rows.read_tables(second)
    assert snippet_rows.read_tables(text) == fresh[0] == fresh[1]


_ROW_WORDS = [
    "id", "name", "the", "The", "a", "status", "offset", "x-y", "a.b", "items[]", "k:", "v/",
    "是", "否", "Yes", "no", "true", "false.", "必选", "String", "string", "Integer", "Long",
    "Boolean", "Array", "array", "of", "objects", "object", "Cluster", "cluster", "or", "/", "|",
    "[]", "Map<String,", "Cluster>", "描述。", "value.", "end;", "。", "(see", "x)", "List<Tag>",
    "Object", "any", "String[]", "int", "data", "JSON", "Cluster,", "集群", "1", "@type", "$ref",
    "YES", "Ye\u017f", "No,", "是。", "否:", "Mandatory", "optional;", "可选", "n", "Y", "noo",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_ROW_WORDS), min_size=1, max_size=30),
    st.sampled_from([("name", "type"), ("name", "required", "type"), ("name", "type", "required")]),
    st.sampled_from([" ", "  ", "\t", "\u3000"]),
)
def test_the_inlined_row_loops_find_what_the_candidate_loop_finds(
    words: list[str], columns: tuple[Column, ...], gap: str
) -> None:
    text = "head " + gap.join(words)
    tokens = list(snippet_rows._TOKEN.finditer(text, 5))
    reader = snippet_rows._RowReader(
        text, tokens, [t.group() for t in tokens], columns, {"Cluster", "cluster"}
    )
    expected = snippet_rows._candidate_rows(reader, 5)
    if reader.structured == ["type"]:
        assert snippet_rows._typed_rows(reader, 5) == expected
    elif reader.structured == ["required", "type"]:
        assert snippet_rows._required_typed_rows(reader, 5) == expected


@given(
    st.text(max_size=5),
    st.sampled_from([None, "body", "path"]),
    st.none() | st.booleans(),
    st.none() | st.integers(0, 9),
)
def test_records_made_the_fast_way_equal_the_plain_ones(
    text: str, table: str | None, required: bool | None, row: int | None
) -> None:
    source = new_source("f.txt", table, row, text, 3)
    assert source == Source("f.txt", table, row, text, 3)
    assert repr(source) == repr(Source("f.txt", table, row, text, 3))
    expr = TypeExpr(kind="string")
    made = new_field(text, expr, text, required, None, Constraints(), source)
    plain = Field(text, expr, text, required, None, Constraints(), source)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "x"  # type: ignore[misc]
    built = new_structure("k", text, (made,), source, text, expr)
    assert built == Structure("k", text, (plain,), source, text, expr)
    assert repr(built) == repr(Structure("k", text, (plain,), source, text, expr))
    assert new_structure("k", text, (), source) == Structure("k", text, (), source)


@given(
    st.sampled_from(["string", "object", "array", "any"]),
    st.text(max_size=4),
    st.none() | st.just("int64"),
    st.none() | st.just("Cluster"),
    st.booleans(),
)
def test_types_made_the_fast_way_equal_the_plain_ones(
    kind: str, spelling: str, fmt: str | None, name: str | None, known: bool
) -> None:
    inner = new_type("string")
    assert inner == TypeExpr("string")
    made = new_type(kind, spelling, fmt, inner, None, name, "k", known)  # type: ignore[arg-type]
    plain = TypeExpr(kind, spelling, fmt, inner, None, name, "k", known)  # type: ignore[arg-type]
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)


_DEFAULT_PIECES = [
    "default", "DEFAULT", "Default", "默认", "默认值", "(", ")", "（", "）", " ", "value", "by",
    "BY", "is", "the", "this", "it", "field", "x", "。", ",", "K", "\u212a", "\u017f", "\u0130",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DEFAULT_PIECES), max_size=12))
def test_the_default_word_gates_skip_only_texts_the_patterns_cannot_match(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert semantics._default_marked(text) == (semantics._DEFAULT_MARK.search(text) is not None)
    low = semantics._lowered(text)
    if not ("by" in low and "default" in low):
        assert semantics._BY_DEFAULT.search(text) is None


_REQUEST_PIECES = [
    "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "OUTPUT", "xGET", "get",
    "http://h/a", "https://{endpoint}/v1/x", "hhttp://", "/v1/a", '"', "{", "}", "创建", "。",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_REQUEST_PIECES), min_size=1, max_size=10),
    st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=10, max_size=10),
)
def test_request_lines_found_at_their_anchors_are_those_finditer_finds(
    pieces: list[str], gaps: list[str]
) -> None:
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    pattern = snippet_examples._REQUEST_LINE
    fast = snippet_rows.anchored(pattern, text, snippet_examples._REQUEST_ANCHORS)
    assert [m.span() for m in fast] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab表 \t\n\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000\u200b.")))
)
def test_str_split_gives_the_tokens_the_row_reader_finds(text: str) -> None:
    for start, end in ((0, len(text)), (1, max(1, len(text) - 1))):
        tokens = [m.group() for m in snippet_rows._TOKEN.finditer(text, start, end)]
        assert text[start:end].split() == tokens


_BOUND_PIECES = [
    "1", "10", "1,000", "-5", "0.5", " ", "to", "from", "range", "Range", "is", "between", "and",
    "value", "minimum", "Maximum:", "characters", "长度", "字符", "个", "至", "~", "-", "[", "]",
    ",", "取值范围", "为", "最小值", "最大值", "不超过", "至少", "at most", "up to", "\u212a",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BOUND_PIECES), max_size=12))
def test_texts_without_any_bound_word_match_no_bound_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    low = semantics._lowered(text)
    groups = {
        semantics._NUMERIC_NEEDLES: (
            semantics._RANGES + semantics._OTHER_RANGES + semantics._MIN_LABELS
            + semantics._MINS + semantics._MAX_LABELS + semantics._MAXS
        ),
        semantics._LENGTH_NEEDLES: (
            semantics._LENGTH_RANGES + semantics._LENGTH_MINS + semantics._MIN_LABELS
            + semantics._LENGTH_MAXS + semantics._MAX_LABELS + semantics._RANGES
            + semantics._MINS + semantics._MAXS
        ),
    }  # fmt: skip
    for needles, patterns in groups.items():
        if not semantics._hinted(low, needles):
            assert all(gated.pattern.search(text) is None for gated in patterns)
