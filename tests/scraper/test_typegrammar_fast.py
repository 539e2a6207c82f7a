"""The type grammar's shortcuts give what the plain steps give (same records, same ends)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import typegrammar
from scraper.records import TypeExpr

_WORDS = [
    "Array", "of", "strings", "String", "object", "objects", "Map", "List", "Set", "Dict", "JSON",
    "array", "Integer", "or", "Foo", "bar_1", "x", "_y", "9z", "null", "Object", "map", "dict",
    "<", ">", ",", "(", ")", "/", "[]", ".", "表", "-",
]  # fmt: skip
_GAPS = ["", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\x0b"]
_SPELLING = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)).map("".join), max_size=8
).map("".join)


def _plain_head(text: str, pos: int) -> tuple[str, int, int, str | None, int] | None:
    """The first word, where it ends, where the gap after it ends, the second word (after at
    least one space) and where that ends: the three steps ``_TWO_WORDS`` replaces."""
    first = typegrammar._word_at(text, pos)
    if first is None:
        return None
    word, after = first
    gap = typegrammar._skip(text, after)
    second = typegrammar._word_at(text, gap) if gap > after else None
    if second is None:
        return word, after, gap, None, gap
    return word, after, gap, second[0], second[1]


@settings(max_examples=1000, deadline=None)
@given(_SPELLING, st.integers(min_value=0, max_value=4))
def test_two_words_in_one_match_read_like_three_steps(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    head = typegrammar._TWO_WORDS.match(text, pos)
    got = head and (
        head.group("first"),
        head.end("first"),
        head.end("gap"),
        head.group("second"),
        head.end(),
    )
    assert got == _plain_head(text, pos)


def _same(a: TypeExpr | None, b: TypeExpr | None) -> bool:
    return a == b and repr(a) == repr(b)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([*_WORDS, "STRING", "Long", "Json", "Dictionary", "LIST"]), _SPELLING)
def test_spelled_element_is_the_element_word_respelled(word: str, text: str) -> None:
    for start, end in ((0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))):
        plain = typegrammar._spelled(typegrammar._element_word(word), text, start, end)
        assert _same(typegrammar._spelled_element(word, text, start, end), plain)


def test_fill_spelling_keeps_only_a_record_spelled_the_same() -> None:
    named = TypeExpr(kind="object", spelling="Foo object", name="Foo")
    assert typegrammar._fill_spelling(named, "Foo object") is named
    other = typegrammar._fill_spelling(named, "Foo  objects")
    assert _same(other, TypeExpr(kind="object", spelling="Foo  objects", name="Foo"))


def test_shared_bare_records_equal_fresh_ones() -> None:
    assert _same(typegrammar._ANY_ARRAY, TypeExpr(kind="array", items=TypeExpr(kind="any")))
    assert _same(typegrammar._ANY_MAP, TypeExpr(kind="map", values=TypeExpr(kind="any")))
    assert _same(typegrammar._OBJECT, TypeExpr(kind="object"))


@settings(max_examples=1000, deadline=None)
@given(_SPELLING)
def test_match_type_and_parse_type_agree_on_generated_spellings(text: str) -> None:
    """A whole spelling ``match_type`` reads to its end is what ``parse_type`` gives."""
    found = typegrammar.match_type(text)
    if found is not None and found[1] == len(text) and text == " ".join(text.split()):
        assert _same(found[0], typegrammar.parse_type(text))
