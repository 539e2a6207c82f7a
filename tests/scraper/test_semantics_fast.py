"""The description reader's shortcuts give what the plain spellings give.

Each shortcut in scraper.semantics (a pattern tried only where a match can begin, a pattern
spelled so that a search skips to its first character, ``match`` at a position instead of on
a slice) is checked here against the straightforward form on crafted and generated text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html

from scraper import semantics
from scraper.records import Constraints, TypeExpr

# Whitespace of several kinds (re's \s and str.isspace), letters a case-insensitive pattern
# folds to ASCII, and the words the anchored patterns start with.
_GAPS = [" ", "  ", "\t", "\n", "\x0b", "\x1c", "\x85", "\u00a0", "\u2028", "\u3000", ""]
_PIECES = [
    "the", "The", "THE", "tHe", "xthe", "its", "Its", "whose", "WHOSE", "other", "bathe",
    "options", "option", "possible", "values", "value", "valid", "enum", "enumerated",
    "default", "Default", "defaults", "默认", "缺省", "可选值", "取值", "固定", "are", "is",
    "can", "only", "be", "to", "fixed", "as", "follows", ":", "：", "=", "3", "-", ".", "。",
    "\u212a", "\u017f", "\u0130", "\u0131", "K",
]  # fmt: skip
_TEXT = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)).map("".join), max_size=16
).map("".join)


def _spans(matches: object) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_str_isspace_is_the_whitespace_of_re() -> None:
    """The anchored patterns step back over ``str.isspace`` characters to find "the": every
    code point must agree with the patterns' ``\\s``."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(re.findall(r"\s", everything)) == {c for c in everything if c.isspace()}


@settings(max_examples=800, deadline=None)
@given(_TEXT)
def test_anchored_patterns_with_prefixes_find_what_finditer_finds(text: str) -> None:
    low = semantics._lowered(text)
    for shortcut in (semantics._LEADS, semantics._DEFAULT_PHRASES):
        assert shortcut.prefixes
        got = _spans(shortcut.finditer(text, low))
        assert got == _spans(shortcut.pattern.finditer(text)), (shortcut.pattern.pattern, text)


def test_anchored_prefixes_on_crafted_text() -> None:
    texts = [
        "The options are as follows: - A - B",
        "the\u3000options are: a, b",
        "bathe options: x",
        "Its default value is 3. The default value is 4. Whose  default value is 5",
        "the\n\ndefault: 1",
        "xthe value can be a or b",
        "the",
        "the ",
        " the value is fixed to 1",
    ]
    for text in texts:
        low = semantics._lowered(text)
        for shortcut in (semantics._LEADS, semantics._DEFAULT_PHRASES):
            got = _spans(shortcut.finditer(text, low))
            assert got == _spans(shortcut.pattern.finditer(text)), text


_MARK_TEXT = st.text(alphabet=st.sampled_from(list("-•·▪*ab: \t\n\u3000\u00a0.")), max_size=30)
_PLAIN_BULLET = re.compile(r"(?:^|(?<=\s))[-•·▪*]\s+")


@settings(max_examples=800, deadline=None)
@given(_MARK_TEXT)
def test_bullet_spelled_mark_first_matches_like_the_plain_spelling(text: str) -> None:
    assert [m.span() for m in semantics._BULLET.finditer(text)] == [
        m.span() for m in _PLAIN_BULLET.finditer(text)
    ]


_TOKEN = re.compile(r"-?[A-Za-z0-9_][A-Za-z0-9_.\-+*@]*")
_WORD_CHAR = re.compile(r"[A-Za-z0-9_]")


def _plain_token_at(text: str, pos: int) -> tuple[str, int] | None:
    """The two-step reading ``_token_at`` replaced: the character before, then the token."""
    if pos > 0 and _WORD_CHAR.match(text[pos - 1]):
        return None
    match = _TOKEN.match(text, pos)
    if match is None:
        return None
    token = match.group().rstrip(".-")
    if not token or len(token) > 64:
        return None
    return token, pos + len(token)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9_-.+*@ ,:值\u212a")), max_size=80))
def test_token_at_reads_like_the_two_step_reading(text: str) -> None:
    for pos in range(len(text) + 1):
        assert semantics._token_at(text, pos) == _plain_token_at(text, pos)


_AHEAD_TEXT = st.text(
    alphabet=st.sampled_from(list(" \t\n\u3000\x85值(（A-•x.\u9fff\u3400")), max_size=12
)
# The four patterns that ``_ahead`` answers for, in their plain spelling.
_NEXT_SENTENCE = re.compile(r"\s+[A-Z\u3400-\u9fff]")
_CJK_NEXT = re.compile(r"\s*[\u3400-\u9fff]")
_CJK_OR_PAREN_NEXT = re.compile(r"\s*[\u3400-\u9fff(（]")
_AFTER_LIST = re.compile(r"\s*[\u3400-\u9fff(（]|\s+[A-Z]|\s+[-•]\s")


@settings(max_examples=800, deadline=None)
@given(_AHEAD_TEXT)
def test_one_look_ahead_answers_like_the_four_patterns(text: str) -> None:
    """``_ahead`` replaces four patterns; each is asked on the rest of the text from ``pos``
    (what ``match`` on a slice gives)."""
    for pos in range(len(text) + 1):
        rest = text[pos:]
        assert semantics._next_sentence(rest) == bool(_NEXT_SENTENCE.match(rest))
        assert semantics._after_list(text, pos) == bool(_AFTER_LIST.match(rest))
        ahead = semantics._ahead(text, pos)[1]
        assert (ahead == "cjk") == bool(_CJK_NEXT.match(rest))
        assert (ahead in ("cjk", "paren")) == bool(_CJK_OR_PAREN_NEXT.match(rest))


def test_blanks_match_at_a_position_is_match_on_the_slice() -> None:
    """``_listed`` matches ``_BLANKS`` at a position instead of on a copy of the rest."""
    for text in ("a  b", "a\tb", " ", "", "ab", "a \u3000b"):
        for pos in range(len(text) + 1):
            at = semantics._BLANKS.match(text, pos)
            sliced = semantics._BLANKS.match(text[pos:])
            assert (at and (at.start() - pos, at.end() - pos)) == (sliced and sliced.span())


# ------------------------------------------------------------- the first test of a description

_TRIGGER_PIECES = [
    "option", "OPTION", "value", "Default", "默认", "缺省", "可选", "取值", "枚举", "固定",
    "deprecated", "obsoleTe", "已", "已废弃", "已弃用", "已下线", "废弃", "该参数", ":", "：",
    "表示", "表", "-", "•", "·", "▪", "*", "3", "\u0663", "\uff13", "a", "The", "名称", " ", "。",
    "\u212a", "\u017f", "\u0130", "\u00a0", "`", "**", "\u2019",
]  # fmt: skip
_TRIGGER_TEXT = st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=10).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_TRIGGER_TEXT)
def test_trigger_test_is_the_word_mark_and_digit_test(text: str) -> None:
    """One search for texts beyond ASCII, ``in`` tests for ASCII: the same answer as the word
    tests on the lowered text, the mark tests and the digit search on the text."""
    low = semantics._lowered(text)
    plain = (
        semantics._hinted(low, semantics._TRIGGER_WORDS)
        or semantics._hinted(text, semantics._TRIGGER_MARKS)
        or semantics._DIGIT.search(text) is not None
    )
    assert semantics._triggered(low) == plain


_DEPRECATED_PIECES = ["已", "废弃", "弃用", "下线", "该", "参数", "字段", "deprecated", " ", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DEPRECATED_PIECES), max_size=8).map("".join))
def test_deprecation_words_gate_only_texts_the_pattern_cannot_match(text: str) -> None:
    low = semantics._lowered(text)
    found = semantics._DEPRECATED.search(text, low)
    plain = semantics._DEPRECATED.pattern.search(text)
    assert (found and found.span()) == (plain and plain.span())


_TYPES = [
    TypeExpr(kind="string", spelling="String"),
    TypeExpr(kind="integer", spelling="Integer"),
    TypeExpr(kind="boolean", spelling="Boolean"),
    TypeExpr(kind="array", spelling="Array of strings", items=TypeExpr(kind="string")),
]


def _untriggered_reads_nothing(description: str) -> bool:
    """The plain reading of an untriggered text gives no constraint and no problem."""
    text = semantics._clean(description)
    low = semantics._lowered(text)
    if semantics._triggered(low):
        return False
    for type_ in _TYPES:
        assert semantics._read(text, low, type_) == (Constraints(), ()), (description, type_)
    return True


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_TRIGGER_TEXT, _TEXT, st.text(max_size=60)))
def test_untriggered_generated_texts_read_as_nothing(text: str) -> None:
    _untriggered_reads_nothing(text)


@pytest.fixture(scope="module")
def real_texts(modelarts_corpus: Path, ecs_corpus: Path, seed_dump: Path) -> list[str]:
    """Every table cell of both corpora, and every line and sentence of the seed dump."""
    texts: set[str] = set()
    for folder in (modelarts_corpus, ecs_corpus):
        for page in sorted(folder.glob("*.html")):
            for cell in html.parse(str(page)).iter("td"):
                texts.add(" ".join(cell.text_content().split()))
    for line in seed_dump.read_text(encoding="utf-8").splitlines():
        texts.add(line)
        texts.update(re.split(r"[。|]| (?:String|Integer|Boolean|Long|Array) ", line))
    return sorted(texts)


def test_untriggered_corpus_and_seed_texts_read_as_nothing(real_texts: list[str]) -> None:
    skipped = sum(_untriggered_reads_nothing(text) for text in real_texts)
    assert len(real_texts) > 5000
    assert skipped > 1000


# --------------------------------------------------------------------------- bounds

_BOUND_PIECES = [
    "range", "ranges", "Range", "value", "Value", "xvalue", "the", "The", "minimum", "Maximum",
    "xminimum", "from", "From", "xfrom", "is", "to", "between", "and", "1", "10", "1,000", "-5",
    "0.5", "[", "]", ",", ":", "：", "~", "-", ".", "\u212a", "\u017f", "\u0130", "_",
]  # fmt: skip
_BOUND_TEXT = st.lists(
    st.tuples(st.sampled_from(_BOUND_PIECES), st.sampled_from(_GAPS)).map("".join), max_size=14
).map("".join)
_BOUND_PATTERNS = (
    semantics._RANGES
    + semantics._OTHER_RANGES
    + semantics._MIN_LABELS
    + semantics._MAX_LABELS
    + semantics._MINS
    + semantics._MAXS
)


@settings(max_examples=1000, deadline=None)
@given(_BOUND_TEXT)
def test_bound_patterns_find_what_finditer_finds(text: str) -> None:
    low = semantics._lowered(text)
    for shortcut in _BOUND_PATTERNS:
        got = _spans(shortcut.finditer(text, low))
        assert got == _spans(shortcut.pattern.finditer(text)), (shortcut.pattern.pattern, text)


def test_bound_patterns_on_crafted_text() -> None:
    texts = [
        "The value ranges from 1 to 1024.",
        "Value range: [1, 5]. The value range is [2, 6]",
        "xfrom 1 to 2, _from 3 to 4, from 5 to 6",
        "The minimum value is 3. the  maximum value is 9. Minimum: 1, xMaximum: 4",
        "The value ranges from 1 to 100. \u212a",
    ]
    for text in texts:
        low = semantics._lowered(text)
        for shortcut in _BOUND_PATTERNS:
            got = _spans(shortcut.finditer(text, low))
            assert got == _spans(shortcut.pattern.finditer(text)), (shortcut.pattern.pattern, text)


def test_anchored_needles_are_words_every_match_holds() -> None:
    """The needles feed the bound families' first test: each must be in every match."""
    for shortcut in _BOUND_PATTERNS:
        for text in ("The value ranges from 1 to 10", "value range: 1-5", "Minimum: 2"):
            for match in shortcut.pattern.finditer(text):
                held = match.group().lower()
                assert any(n in held for n in shortcut.needles), (shortcut.pattern.pattern, text)


# ----------------------------------------------------------------------- conditional "required"

_CONDITION_PIECES = [
    "mandatory", "Mandatory", "REQUIRED", "requıred", "required", "only", "when", "if", "is",
    "are", "not", "you", "do", "need", "NEED", "to", "set", "specify", "仅当", "当", "时", "必选",
    "必填", "必须", "无需", "不需要", "不用", "设置", "填写", "指定", "参数", "。", "；", ". ",
    "x", "\u0130", "\u212a",
]  # fmt: skip
_CONDITION_TEXT = st.lists(
    st.tuples(st.sampled_from(_CONDITION_PIECES), st.sampled_from(_GAPS)).map("".join),
    max_size=12,
).map("".join)


def _plain_condition_span(text: str) -> tuple[int, int] | None:
    match = semantics._CONDITIONAL_REQUIRED.pattern.search(text)
    return match and match.span()


@settings(max_examples=1000, deadline=None)
@given(_CONDITION_TEXT)
def test_conditional_required_words_gate_only_texts_the_pattern_cannot_match(text: str) -> None:
    found = semantics._CONDITIONAL_REQUIRED.search(text, semantics._lowered(text))
    assert (found and found.span()) == _plain_condition_span(text)


def test_conditional_required_on_corpus_and_seed_texts(real_texts: list[str]) -> None:
    texts = [
        "This parameter is mandatory only when infer_type is real-time.",
        "After setting model_id, you do not need to set app_url.",
        "仅当type为custom时必选。",
        "无需设置。",
        *real_texts,
    ]
    found = 0
    for text in texts:
        gated = semantics._CONDITIONAL_REQUIRED.search(text, semantics._lowered(text))
        assert (gated and gated.span()) == _plain_condition_span(text), text
        found += gated is not None
    assert found > 10


# --------------------------------------------------------------------------- value lists

_PROSE_PIECES = [
    *sorted(semantics._PROSE_WORDS),
    "The",
    "THE",
    "A",
    "a",
    "Is",
    "E.g",
    "X",
    "\u212a",
]


def _plain_prose(word: str) -> bool:
    words = semantics._PROSE_WORDS
    return word in words or (len(word) > 1 and word == word.capitalize() and word.lower() in words)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PROSE_PIECES), min_size=1, max_size=2).map("".join))
def test_prose_spellings_are_the_capitalised_prose_words(word: str) -> None:
    assert semantics._prose(word) == _plain_prose(word)
    for spelling in (word, word.capitalize(), word.upper(), word.lower()):
        assert semantics._prose(spelling) == _plain_prose(spelling)


_VALUE_TOKEN = st.text(alphabet=st.sampled_from(list("yYxXmMdD-{<_.a1")), min_size=1, max_size=6)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_VALUE_TOKEN, max_size=5))
def test_placeholder_search_over_joined_values_is_a_search_per_value(values: list[str]) -> None:
    joined = semantics._PLACEHOLDER.search("\n".join(values)) is not None
    assert joined == any(semantics._PLACEHOLDER.search(v) for v in values)
