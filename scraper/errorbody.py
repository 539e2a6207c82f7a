"""The service's error body: Huawei's ``{error_code, error_msg}`` plus what its error examples show.

Pages rarely document the error body in a table; they show it in "Failed sample response" or
"Or" examples instead, and services differ (``error_message`` and ``is_success`` in ModelArts
v1, ``{"error": {"code", "message"}}`` in the OpenStack-style ECS APIs). Fields those examples
show are declared on the shared ``Error`` schema with the example as their source, so that the
spec describes the error bodies the docs actually show.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scraper.records import Example, Field, Source, Structure, TypeExpr

_SEEN = "Shown in the documentation's error response examples (no table describes it)"
_MAX_DEPTH = 4


def _kind(value: Any) -> TypeExpr:
    if isinstance(value, bool):
        return TypeExpr("boolean", "Boolean")
    if isinstance(value, int):
        return TypeExpr("integer", "Integer")
    if isinstance(value, float):
        return TypeExpr("number", "Number")
    if isinstance(value, str):
        return TypeExpr("string", "String")
    if isinstance(value, list):
        return TypeExpr("array", "Array", items=TypeExpr("any", ""))
    return TypeExpr("any", "")


def _pascal(name: str) -> str:
    parts = [p for p in "".join(c if c.isalnum() else " " for c in name).split() if p]
    return "".join(p[:1].upper() + p[1:] for p in parts) or "Detail"


class _Builder:
    """Merges example objects into structures, one per object position."""

    def __init__(self, key: str) -> None:
        self.root = key
        self.fields: dict[str, dict[str, Field]] = {key: {}}
        self.names: dict[str, str] = {key: "Error"}
        self.sources: dict[str, Source] = {}

    def add(self, key: str, value: dict[str, Any], source: Source, depth: int = 0) -> None:
        fields = self.fields.setdefault(key, {})
        self.sources.setdefault(key, source)
        for name, item in value.items():
            if not isinstance(name, str) or not name:
                continue
            if isinstance(item, dict) and depth < _MAX_DEPTH:
                child = f"{key}/{name}"
                self.names.setdefault(child, self.names[key] + _pascal(name))
                self.add(child, item, source, depth + 1)
                expr = TypeExpr("object", "Object", name=self.names[child], ref=child)
            else:
                expr = _kind(item)
            known = fields.get(name)
            if known is None:
                fields[name] = Field(name, expr, _SEEN, source=source)
            elif known.type.kind != expr.kind and known.type.kind != "any":
                if {known.type.kind, expr.kind} == {"integer", "number"}:
                    fields[name] = Field(name, TypeExpr("number", "Number"), _SEEN, source=source)
                else:
                    # The examples disagree on the type: declare the field without one.
                    fields[name] = Field(name, TypeExpr("any", ""), _SEEN, source=known.source)


def error_structures(
    key: str, base: tuple[Field, ...], source: Source, examples: Iterable[Example]
) -> list[Structure]:
    """The ``Error`` structure (``base`` fields first) and one structure per nested object."""
    builder = _Builder(key)
    for field in base:
        builder.fields[key][field.name] = field
    for example in examples:
        if example.parsed and isinstance(example.value, dict):
            builder.add(key, example.value, example.source)
    out: list[Structure] = []
    for struct_key, fields in builder.fields.items():
        root = struct_key == key
        out.append(
            Structure(
                key=struct_key,
                name=builder.names[struct_key],
                fields=tuple(fields.values()),
                source=source if root else builder.sources[struct_key],
                description="Huawei Cloud error body" if root else _SEEN,
            )
        )
    return out
