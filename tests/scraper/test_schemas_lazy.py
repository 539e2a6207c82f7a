"""Schemas takes fingerprints only for contested names (until a cycle is met): the components,
their names and what they share are those of taking every fingerprint as it is named."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.diagnostics import Collector
from scraper.records import Structure
from scraper.schemas import Schemas
from tests.scraper.test_build_kit import INTEGER, STRING, array_of, field, obj, structure

_KEYS = [f"{file}#t{n}" for file in ("A.html", "B.html") for n in range(4)]


@st.composite
def _graphs(draw: st.DrawFn) -> dict[str, Structure]:
    """Up to eight structures over few names and field shapes, referring to each other
    (cycles included), so that names are contested and identical structures are common."""
    out: dict[str, Structure] = {}
    for key in draw(st.lists(st.sampled_from(_KEYS), min_size=1, max_size=8, unique=True)):
        fields = []
        for name in draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=3, unique=True)):
            kind = draw(st.sampled_from(["string", "integer", "ref", "array"]))
            if kind in ("ref", "array"):
                target = obj(draw(st.sampled_from(_KEYS)))
                type_ = target if kind == "ref" else array_of(target)
            else:
                type_ = STRING if kind == "string" else INTEGER
            fields.append(field(name, type_))
        out[key] = structure(key, draw(st.sampled_from(["Item", "Thing", "Object"])), *fields)
    return out


def _plan(structures: dict[str, Structure], roots: list[str], *, lazy: bool) -> Schemas:
    schemas = Schemas(structures, Collector())
    schemas._lazy = lazy
    schemas.plan([(key, structures[key].name + "Body") for key in roots if key in structures])
    schemas.plan_orphans()
    return schemas


@settings(max_examples=300, deadline=None)
@given(_graphs(), st.lists(st.sampled_from(_KEYS), max_size=4))
def test_lazy_fingerprints_name_as_eager_ones(
    structures: dict[str, Structure], roots: list[str]
) -> None:
    lazy = _plan(structures, roots, lazy=True)
    eager = _plan(structures, roots, lazy=False)
    assert lazy.names == eager.names
    assert lazy.shared == eager.shared
    assert lazy.orphans == eager.orphans
    assert lazy.render() == eager.render()


def test_a_cycle_met_lazily_turns_eager_with_the_same_names() -> None:
    # Taken first, Node's fingerprint enters the loop at Node; a lazy one for the contested
    # name "Node" of `twin` would enter it at Item (``cycle:<key>`` differs): only the
    # fingerprints taken in naming order find `twin` identical to Node.
    node = structure("A.html#t1", "Node", field("next", obj("A.html#t2")))
    item = structure("A.html#t2", "Item", field("next", obj("A.html#t1")))
    twin = structure("B.html#t1", "Node", field("next", obj("A.html#t2")))
    structures = {s.key: s for s in (node, item, twin)}
    lazy = _plan(structures, [], lazy=True)
    eager = _plan(structures, [], lazy=False)
    assert not lazy._lazy  # the cycle was met
    assert eager.names == {"A.html#t1": "Node", "A.html#t2": "Item", "B.html#t1": "Node"}
    assert lazy.names == eager.names
    assert lazy.shared == eager.shared
