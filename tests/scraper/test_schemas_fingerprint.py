"""Schemas.fingerprint: identity of structures, put together field by field."""

from __future__ import annotations

import json

from scraper.diagnostics import Collector
from scraper.records import Constraints, Structure
from scraper.schemas import Schemas, strip_prose
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
