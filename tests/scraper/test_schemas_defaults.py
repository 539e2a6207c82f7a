"""Defaults that do not fit their integer format are dropped (they would make the spec invalid)."""

from __future__ import annotations

from scraper.diagnostics import Collector
from scraper.records import Constraints, TypeExpr
from scraper.schemas import Schemas
from tests.scraper.test_build_kit import field

INT32 = TypeExpr("integer", "Integer", format="int32")
INT64 = TypeExpr("integer", "Long", format="int64")


def _schema(type_: TypeExpr, default: str) -> tuple[dict[str, object], list[str]]:
    collector = Collector()
    schema = Schemas({}, collector).field_schema(
        field("n", type_, constraints=Constraints(default=default))
    )
    return schema, [d.message for d in collector.diagnostics if d.code == "default-dropped"]


def test_default_within_the_format_is_kept() -> None:
    assert _schema(INT32, "2147483647")[0]["default"] == 2147483647
    assert _schema(INT64, "2200000000")[0]["default"] == 2200000000


def test_default_outside_the_format_is_dropped_with_a_warning() -> None:
    schema, dropped = _schema(INT32, "2200000000")
    assert "default" not in schema
    assert dropped == ["default '2200000000' is out of the range of int32; dropped"]
    schema, dropped = _schema(INT64, str(2**63))
    assert "default" not in schema and len(dropped) == 1
