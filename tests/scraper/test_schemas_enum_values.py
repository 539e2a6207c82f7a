"""Enums coerced once per (values, type): each schema still gets its own list and warnings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scraper.diagnostics import Collector
from scraper.records import Constraints, TypeExpr
from scraper.schemas import Schemas, enum_values
from tests.scraper.test_build_kit import field

_TYPES = [
    TypeExpr("string", "String"),
    TypeExpr("integer", "Integer"),
    TypeExpr("number", "Number"),
    TypeExpr("boolean", "Boolean"),
]


@given(
    st.lists(st.sampled_from(["1", "2", "1.0", "x", "true", "是", " 3 ", "1,000"]), min_size=1),
    st.sampled_from(_TYPES),
)
def test_a_repeated_enum_gives_what_the_plain_coercion_gives_every_time(
    raw: list[str], type_: TypeExpr
) -> None:
    values, dropped = enum_values(tuple(raw), type_.kind)
    collector = Collector()
    schemas = Schemas({}, collector)
    first = schemas.field_schema(field("a", type_, constraints=Constraints(enum=tuple(raw))))
    second = schemas.field_schema(field("b", type_, constraints=Constraints(enum=tuple(raw))))
    for schema in (first, second):
        assert schema.get("enum", []) == values
    if values:
        assert first["enum"] is not second["enum"]  # (the spec shares no container)
    warned = [d.message for d in collector.diagnostics if d.code == "enum-value-dropped"]
    assert len(warned) == 2 * len(dropped)
