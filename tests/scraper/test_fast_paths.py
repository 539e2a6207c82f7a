"""The reader's shortcuts give exactly what the plain code gives.

The semantics module tries its patterns only where a needed word occurs, vocab.fold collapses
whitespace without a regex, and the process pool pickles records with its own reducers; each
is checked here against the straightforward version on crafted and generated text.
"""

from __future__ import annotations

import gc
import pickle
import re
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import examples, html, parallel, semantics, vocab
from scraper.records import (
    Constraints,
    Diagnostic,
    Example,
    Field,
    Level,
    Operation,
    Page,
    Response,
    Source,
    Structure,
    TypeExpr,
)

# Fragments that the patterns look for, in several cases, with the odd letters that a
# case-insensitive pattern matches to ASCII (Kelvin sign, long s, dotted and dotless i).
_WORDS = [
    "the", "The", "THE", "options", "Options are", "option", "possible values are", "valid",
    "available", "supported values are", "allowed", "enumerated values", "enum value", "values",
    "value can only be one of", "value is fixed to", "default", "Default value:", "defaults to",
    "its default value is", "whose", "by default", "range", "from 1 to 10", "ranges from",
    "value range: [1, 5]", "The value range is", "must be", "is", "to", "The options are",
    "between 2 and 5",
    "minimum: 3", "Maximum：9", "characters", "1 to 64 characters", "deprecated", "discarded",
    "This parameter is deprecated", "not limited to", "for reference only", "comma-separated",
    "other values", "可选值", "可能的取值", "枚举值为", "固定为", "取值范围", "默认值为",
    "缺省值为",
    "长度", "字符", "至少", "最多", "已废弃", "超过", "最小值", "最大值", "\u212a", "\u017f",
    "\u0130", "\u0131", "revalues", "xthe", "A", "B", ":", "：", ",", ".", "。", "-", " ", "  ",
    "\n", "\u00a0", "(", ")", "- GPU", "• CPU", "3", "-1", "1,000",
]  # fmt: skip
_SEPARATORS = ["", " ", " ", ": ", ", ", ". ", "\n"]
_TEXT = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)).map("".join), max_size=14
).map("".join)


def _spans(matches: object) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _patterns() -> list[object]:
    found: list[object] = []
    for value in vars(semantics).values():
        items = value if isinstance(value, tuple) else (value,)
        found.extend(i for i in items if isinstance(i, semantics._Gated | semantics._Anchored))
    return found


def test_every_shortcut_pattern_is_found() -> None:
    kinds = {type(p).__name__ for p in _patterns()}
    assert kinds == {"_Gated", "_Anchored"}
    assert len(_patterns()) > 20


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_gated_and_anchored_patterns_match_like_the_plain_pattern(text: str) -> None:
    low = semantics._lowered(text)
    for shortcut in _patterns():
        plain: re.Pattern[str] = shortcut.pattern  # type: ignore[attr-defined]
        got = shortcut.finditer(text, low)  # type: ignore[attr-defined]
        assert _spans(got) == _spans(plain.finditer(text)), (plain.pattern, text)
        if isinstance(shortcut, semantics._Gated):
            first = shortcut.search(text, low)
            want = plain.search(text)
            assert (first and first.span()) == (want and want.span())


def test_anchored_pattern_sees_the_character_before_its_start() -> None:
    phrases = semantics._DEFAULT_PHRASES
    for text in ("xdefault: 3", "the default: 3", "predefault=1", "Kdefault is 1"):
        low = semantics._lowered(text)
        assert _spans(phrases.finditer(text, low)) == _spans(phrases.pattern.finditer(text))


_SPACES = list(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000aB")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SPACES), max_size=12))
def test_fold_collapses_like_the_regex(text: str) -> None:
    assert vocab.fold(text) == re.sub(r"\s+", " ", text).strip().lower()


def test_extract_constraints_on_crafted_descriptions() -> None:
    string = TypeExpr(kind="string", spelling="String")
    integer = TypeExpr(kind="integer", spelling="Integer")
    enum, _ = semantics.extract_constraints("Options: - GPU - CPU (default)", string)
    assert enum.enum == ("GPU", "CPU")
    assert enum.default == "CPU"
    bounds, _ = semantics.extract_constraints("The value ranges from 1 to 100.", integer)
    assert (bounds.minimum, bounds.maximum) == (1, 100)
    kelvin, _ = semantics.extract_constraints("The value ranges from 1 to 100. \u212a", integer)
    assert (kelvin.minimum, kelvin.maximum) == (1, 100)
    length, _ = semantics.extract_constraints("长度为1-64个字符。已废弃", string)
    assert (length.min_length, length.max_length, length.deprecated) == (1, 64, True)


def test_records_pickle_back_equal() -> None:
    src = Source(file="a.html", table="Table 1", row=2, section="Request")
    ftype = TypeExpr(kind="array", spelling="Array of X", items=TypeExpr(kind="object", ref="k"))
    field = Field(
        name="x", type=ftype, description="d", required=True, constraints=Constraints(enum=("a",))
    )
    page = Page(
        file="a.html",
        kind="operation",
        title="T",
        operations=(
            Operation(
                method="post",
                path="/v1/x",
                source=src,
                parameters=(field,),
                responses=(Response("200", "ok", "a.html#t", src),),
                examples=(Example("request", "{}", src, value={"a": [1, None]}, parsed=True),),
            ),
        ),
        structures=(Structure(key="a.html#t", name="X", fields=(field,), source=src),),
        diagnostics=(Diagnostic(Level.WARNING, "code", src, "message"),),
    )
    blob = parallel.dump_records([page, page])
    back = pickle.loads(blob)
    assert back == [page, page]
    assert len(blob) < len(pickle.dumps([page, page]))


def test_reading_a_page_leaves_no_reference_cycle() -> None:
    # A cycle holding an element keeps the page's whole parse tree alive until the cyclic
    # collector runs, and the pipeline pauses it while reading: every tree stayed in memory.
    pages = sorted((Path(__file__).parent.parent / "fixtures" / "html").glob("*/*.html"))
    assert len(pages) >= 10
    html.read_page(pages[0])  # module-level caches filled before counting
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        left = 0
        for page in pages:
            html.read_page(page)
            left += gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert left == 0


def _strings_and_code_by_hand(text: str) -> list[tuple[bool, str]]:
    """The character loop examples._strings_and_code replaced (kept here as the reference)."""
    out: list[tuple[bool, str]] = []
    i = start = 0
    n = len(text)
    while i < n:
        if text[i] == '"':
            if i > start:
                out.append((False, text[start:i]))
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append((True, text[i:j]))
            i = start = j
        else:
            i += 1
    if start < n:
        out.append((False, text[start:]))
    return out


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('"\\a\n{:,} ')), max_size=24))
def test_strings_and_code_split_like_the_character_loop(text: str) -> None:
    assert examples._strings_and_code(text) == _strings_and_code_by_hand(text)


def _strip_comments_by_hand(text: str) -> str:
    """The character loop examples._strip_comments replaced (kept here as the reference)."""
    parts: list[str] = []
    in_block = False
    for is_string, chunk in _strings_and_code_by_hand(text):
        if is_string and not in_block:
            parts.append(chunk)
            continue
        out: list[str] = []
        i = 0
        while i < len(chunk):
            if in_block:
                end = chunk.find("*/", i)
                if end < 0:
                    i = len(chunk)
                    break
                in_block = False
                i = end + 2
                continue
            if chunk.startswith("//", i):
                end = chunk.find("\n", i)
                i = len(chunk) if end < 0 else end
                continue
            if chunk.startswith("/*", i):
                in_block = True
                i += 2
                continue
            out.append(chunk[i])
            i += 1
        parts.append("".join(out))
    return "".join(parts)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('"\\/*a\n ')), max_size=24))
def test_strip_comments_like_the_character_loop(text: str) -> None:
    assert examples._strip_comments(text) == _strip_comments_by_hand(text)


def test_fixture_pages_pickle_back_equal() -> None:
    paths = sorted((Path(__file__).parent.parent / "fixtures" / "html").glob("*/*.html"))
    results = [html._read(path, None, ()) for path in paths]
    assert pickle.loads(parallel.dump_records(results)) == results


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@settings(max_examples=300, deadline=None)
@given(
    st.builds(
        Constraints,
        enum=st.lists(st.text(max_size=2), max_size=2).map(tuple),
        default=_maybe(st.text(max_size=2)),
        minimum=_maybe(st.floats(allow_nan=False)),
        maximum=_maybe(st.floats(allow_nan=False)),
        min_length=_maybe(st.integers(0, 3)),
        max_length=_maybe(st.integers(0, 3)),
        min_items=_maybe(st.integers(0, 3)),
        max_items=_maybe(st.integers(0, 3)),
        pattern=_maybe(st.text(max_size=2)),
        format=_maybe(st.text(max_size=2)),
        deprecated=st.booleans(),
    )
    | st.just(Constraints())
)
def test_constraints_is_empty_means_equal_to_no_constraints(c: Constraints) -> None:
    assert c.is_empty() == (c == Constraints())
