"""_refs_of (one list, filled in place) against its plain recursive definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scraper.records import TypeExpr
from scraper.schemas import _refs_of

_type_trees = st.recursive(
    st.builds(
        TypeExpr, st.sampled_from(["string", "object"]), ref=st.sampled_from([None, "", "k", "j"])
    ),
    lambda inner: st.builds(
        TypeExpr,
        st.sampled_from(["array", "map"]),
        items=st.none() | inner,
        values=st.none() | inner,
        ref=st.sampled_from([None, "", "k", "j"]),
    ),
    max_leaves=8,
)


def _plain(t: TypeExpr | None) -> list[str]:
    if t is None:
        return []
    out = [t.ref] if t.ref else []
    return out + _plain(t.items) + _plain(t.values)


@given(st.none() | _type_trees)
def test_refs_of_lists_the_refs_in_the_plain_order(t: TypeExpr | None) -> None:
    assert _refs_of(t) == _plain(t)
