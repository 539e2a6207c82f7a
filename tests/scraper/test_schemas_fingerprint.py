"""Schemas.fingerprint: identity of structures, put together field by field."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.diagnostics import Collector
from scraper.records import Constraints, Field, Structure, TypeExpr
from scraper.schemas import Schemas, _has_ref, _refs_of, strip_prose
from tests.scraper.test_build_kit import INTEGER, STRING, array_of, field, obj, structure

OBJECT = obj()


def _reference_text(schemas: Schemas, s: Structure) -> str:
    """The definition: the prose-free schema, ``$ref`` as the child's hash, prose stripped."""
    quiet = Schemas(schemas.structures, Collector(), prose=False)
    shape = quiet.structure_schema(s, ref=lambda k: {"$fp": schemas.fingerprint(k)})
    return json.dumps(strip_prose(shape), sort_keys=True, ensure_ascii=False)


def _structures() -> dict[str, Structure]:
    color = Constraints(enum=("red", "blue"), default="red")
    sized = Constraints(minimum=1, maximum=64.0)
    items = [
        structure(
            "A.html#t1",
            "Thing",
            field("name", STRING, required=True, constraints=sized),
            field("name", INTEGER),  # duplicate: the first is kept
            field("description", STRING),  # a key strip_prose drops
            field("x-extra", STRING),
            field("名称", STRING, constraints=color),
            field("Name of the network", STRING),  # prose: a dynamic key
            field("Name of another", INTEGER),  # only the first prose name counts
            field("meta", OBJECT, description="key-value pairs"),
            field("plain", OBJECT),
            field("child", obj("A.html#t2")),
            field("children", array_of(obj("A.html#t2"))),
            field("loop", obj("A.html#t1")),
            field("", STRING),
            field('quoted "name"', STRING),
        ),
        structure("A.html#t2", "Child", field("id", STRING, required=True)),
        structure("B.html#t2", "Child", field("id", STRING, required=True, description="x")),
        structure("C.html#t2", "Child", field("id", INTEGER, required=True)),
        structure("D.html#t1", "Empty"),
    ]
    return {s.key: s for s in items}


def test_field_by_field_text_is_the_canonical_json_of_the_schema() -> None:
    structures = _structures()
    schemas = Schemas(structures, Collector())
    for key in structures:
        schemas.fingerprint(key)
    for s in structures.values():
        assert schemas._object_text(s) == _reference_text(schemas, s), s.key


def test_identity_ignores_prose_order_and_sources_but_not_types() -> None:
    structures = _structures()
    schemas = Schemas(structures, Collector())
    same = schemas.fingerprint("A.html#t2") == schemas.fingerprint("B.html#t2")
    assert same
    assert schemas.fingerprint("A.html#t2") != schemas.fingerprint("C.html#t2")
    a = structure("E.html#t1", "Pair", field("a", STRING), field("b", INTEGER))
    b = structure("F.html#t1", "Pair", field("b", INTEGER), field("a", STRING, file="F.html"))
    pair = Schemas({a.key: a, b.key: b}, Collector())
    assert pair.fingerprint(a.key) == pair.fingerprint(b.key)


def test_map_words_change_the_identity_of_a_plain_object_field() -> None:
    a = structure("E.html#t1", "M", field("m", OBJECT, description="key-value pairs"))
    b = structure("F.html#t1", "M", field("m", OBJECT, description="an object"))
    schemas = Schemas({a.key: a, b.key: b}, Collector())
    assert schemas.fingerprint(a.key) != schemas.fingerprint(b.key)


# Reference fields as readers make them: every empty Constraints is one shared object (the
# builder's quick text for a plain ``X object`` / ``Array of X objects`` applies to those).
_EMPTY = Constraints()
_KEYS = ["G.html#t1", "G.html#t2", 'G.html#"q\u00e9"', "G.html#missing"]
_ref_types = st.one_of(
    st.sampled_from(_KEYS).map(lambda k: obj(k)),
    st.sampled_from(_KEYS).map(lambda k: array_of(obj(k))),
    st.sampled_from(_KEYS).map(lambda k: array_of(array_of(obj(k)))),
    st.sampled_from(_KEYS).map(lambda k: replace(obj(k), known=False)),
    st.sampled_from(_KEYS).map(lambda k: array_of(replace(obj(k), known=False))),
    st.sampled_from(_KEYS).map(lambda k: replace(array_of(obj(k)), known=False)),
    st.sampled_from(_KEYS).map(lambda k: TypeExpr("map", "Map", values=obj(k))),
    st.sampled_from([STRING, INTEGER, OBJECT, array_of(None), array_of(STRING)]),
)
_constraints = st.sampled_from(
    [_EMPTY, _EMPTY, Constraints(), Constraints(enum=("a",)), Constraints(default="{}")]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c"]), _ref_types, _constraints, st.booleans()),
        max_size=5,
    )
)
def test_reference_fields_text_is_the_canonical_json_of_their_schema(
    rows: list[tuple[str, TypeExpr, Constraints, bool]],
) -> None:
    fields = [
        Field(name=n, type=t, constraints=c, required=r, description="key-value pairs")
        for n, t, c, r in rows
    ]
    items = [
        structure("G.html#t0", "Top", *fields),
        structure("G.html#t1", "One", field("id", STRING, constraints=_EMPTY)),
        structure("G.html#t2", "Two", field("back", obj("G.html#t0"), constraints=_EMPTY)),
        structure('G.html#"q\u00e9"', "Odd", field("n", INTEGER, constraints=_EMPTY)),
    ]
    structures = {s.key: s for s in items}
    schemas = Schemas(structures, Collector())
    schemas._lazy = False  # (cycles hashed as ``cycle:<key>``, keys with quotes and accents)
    for key in structures:
        schemas.fingerprint(key)
    for s in structures.values():
        assert schemas._object_text(s) == _reference_text(schemas, s), s.key


_type_trees = st.recursive(
    st.builds(
        TypeExpr, st.sampled_from(["string", "object"]), ref=st.sampled_from([None, "", "k"])
    ),
    lambda inner: st.builds(
        TypeExpr,
        st.sampled_from(["array", "map"]),
        items=st.none() | inner,
        values=st.none() | inner,
        ref=st.sampled_from([None, "", "k"]),
    ),
    max_leaves=6,
)


@given(_type_trees)
def test_has_ref_is_whether_refs_of_finds_any(t: TypeExpr) -> None:
    assert _has_ref(t) == bool(_refs_of(t))
