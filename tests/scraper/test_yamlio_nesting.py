"""dump_yaml equals PyYAML where the line writers take shortcuts: the first key of a mapping
in a sequence or at the document start, values whose line ends near the width at any depth,
and folded plain and single-quoted scalars."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.yamlio import (
    _STR,
    WIDTH,
    _analyze,
    _fold,
    _implicit,
    _pyyaml_dump,
    _Writer,
    dump_yaml,
)

# keys of many lengths, simple or needing quotes; values that end near the width or fold
_keys = st.one_of(
    st.text(st.sampled_from(list("abk_")), min_size=1, max_size=40),
    st.sampled_from(["x-source", "'q", "a: b", "#", "- x", "yes", "1", "k" * 125, ""]),
)
_words = st.sampled_from(["word", "wordy", "中文字", "it's", "a", "", "  ", "x:", "#y"])
_long = st.lists(_words, min_size=10, max_size=40).map(" ".join)
_scalars = st.one_of(
    _long,
    _long.map(lambda t: "#" + t),  # single-quoted
    _long.map(lambda t: t + "\n" + t),  # breaks: the general writers
    st.integers(-5, 10**6),
    st.booleans(),
    st.none(),
    st.sampled_from(["", "x", "null", "1.5"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3),
        st.dictionaries(_keys, inner, min_size=1, max_size=3),
        st.lists(st.dictionaries(_keys, inner, min_size=1, max_size=3), max_size=2),
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(_keys, _values, min_size=1, max_size=4), st.integers(0, 6))
def test_nested_text_as_pyyaml(data: dict[str, Any], depth: int) -> None:
    for level in range(depth):  # deeper: other indentations, other fold columns
        data = {f"level{level}": [data] if level % 2 else data}
    assert dump_yaml(data) == _pyyaml_dump(data)


_TRICKY = list(" :#-?'\"!&*|>%@`,[]{}.~01aZ中\t\n\r\x85\u2028\u2029\ufeff\xa0\x00\U0001f600")


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(
        st.text(st.sampled_from(_TRICKY), max_size=8),
        st.sampled_from(["---x", "...", "- a", "-a", "? x", ":", "a: b", "a:b", "a #b", "1:20"]),
        st.text(max_size=12),
    )
)
def test_one_line_shortcuts_agree_with_the_analysis(text: str) -> None:
    _, _, plain, single, implicit = (*_analyze(text), _implicit(text, _STR))
    if implicit and plain:
        expected = " " + text
    elif single and "\n" not in text and not any(c in text for c in "\x85\u2028\u2029"):
        expected = " '" + text.replace("'", "''") + "'"
    else:
        expected = ""
    assert _Writer(lambda _: None).one_line(text) == expected


def _fold_by_runs(out: list[str], text: str, column: int, indent: int, ends: bool) -> int:
    """The run-at-a-time loop of write_plain / write_single_quoted (the reference)."""
    pos = 0
    for run in re.split("( +)", text):
        if run == " " and column > WIDTH and (ends or (pos != 0 and pos != len(text) - 1)):
            out.append("\n" + " " * indent)
            column = indent
        else:
            out.append(run)
            column += len(run)
        pos += len(run)
    return column


@settings(max_examples=2000, deadline=None)
@given(
    st.text(st.sampled_from(list("ab '中")), max_size=400),
    st.integers(0, 130),
    st.integers(0, 40),
    st.booleans(),
)
def test_folding_by_position_is_folding_by_runs(
    text: str, column: int, indent: int, ends: bool
) -> None:
    expected: list[str] = []
    mine: list[str] = []
    assert _fold(mine, text, column, indent, ends) == _fold_by_runs(
        expected, text, column, indent, ends
    )
    assert "".join(mine) == "".join(expected)
