"""Structures inferred from JSON example values, for bodies no table of the dump describes.

Several examples of one body are merged field by field; nested objects are named after their
parent and field (``CreateServicesRequestBodyConfigItem``). When they disagree on a scalar type,
a string spelling of a number or boolean loses to the number or boolean (``"weight": "70"``
next to ``"weight": 100`` -> integer) and the disagreement is returned as a problem, so the
string examples show up as doc inconsistencies; any other disagreement gives ``any``.
"""

from __future__ import annotations

import re

from scraper.naming import pascal
from scraper.records import (
    Constraints,
    Field,
    JsonValue,
    Source,
    Structure,
    TypeExpr,
    new_field,
    new_structure,
    new_type,
)

_MAX_DEPTH = 8
_INTEGER = re.compile(r"[+-]?\d+\Z")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z")


class _Shape:
    """What the examples showed at one place in the body."""

    __slots__ = ("fields", "items", "kinds", "strings")

    def __init__(self) -> None:
        # one per field of every example: a plain class, cheaper to make than a dataclass
        self.kinds: dict[str, list[int]] = {}  # kind -> example numbers
        self.strings: list[str] = []
        self.fields: dict[str, _Shape] = {}
        self.items: _Shape | None = None

    def add(self, value: JsonValue, example: int, depth: int) -> None:
        kind = _KIND_OF.get(type(value)) or _kind(value)
        seen = self.kinds.get(kind)
        if seen is None:
            self.kinds[kind] = [example]
        elif example not in seen:
            seen.append(example)
        if isinstance(value, str):
            self.strings.append(value)
        elif isinstance(value, dict) and depth < _MAX_DEPTH:
            fields = self.fields
            for name, inner in value.items():
                key = str(name)
                shape = fields.get(key)
                if shape is None:  # a new _Shape only for a new field (setdefault made one always)
                    shape = fields[key] = _Shape()
                leaf = _LEAF_KIND.get(type(inner))
                if leaf is None:
                    shape.add(inner, example, depth + 1)
                    continue
                # a scalar: what add would do for it, without the call (most fields are these)
                seen = shape.kinds.get(leaf)
                if seen is None:
                    shape.kinds[leaf] = [example]
                elif example not in seen:
                    seen.append(example)
                if leaf == "string":
                    shape.strings.append(inner)  # type: ignore[arg-type]
        elif isinstance(value, list) and depth < _MAX_DEPTH:
            for inner in value:
                if self.items is None:
                    self.items = _Shape()
                self.items.add(inner, example, depth + 1)


def _kind(value: JsonValue) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


# The kind of each exact JSON type (bool before int does not matter with exact types).
_KIND_OF: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}
# Types without parts, made once (TypeExpr is immutable): most inferred fields are scalars.
_PLAIN: dict[str, TypeExpr] = {
    kind: TypeExpr(kind=kind) for kind in ("null", "any", "string", "integer", "number", "boolean")
}
# Exact JSON types whose values have no parts.
_LEAF_KIND = {t: kind for t, kind in _KIND_OF.items() if kind not in ("array", "object")}
_NO_CONSTRAINTS = Constraints()
_PASCAL: dict[str, str] = {}
_PASCAL_LIMIT = 50_000


def _pascal(name: str) -> str:
    """``pascal(name, fallback="Field")``, memoised: field names repeat from body to body."""
    found = _PASCAL.get(name)
    if found is None:
        found = pascal(name, fallback="Field")
        if len(_PASCAL) < _PASCAL_LIMIT:
            _PASCAL[name] = found
    return found


def _examples_text(numbers: list[int]) -> str:
    word = "example" if len(numbers) == 1 else "examples"
    return f"{word} {', '.join(str(n) for n in numbers)}"


class Inference:
    """Builds the structures of one inferred body."""

    def __init__(self, key: str, source: Source) -> None:
        self.key = key
        self.source = source
        self.structures: list[Structure] = []
        self.problems: list[str] = []

    def type_of(self, shape: _Shape, where: str, name: str) -> TypeExpr:
        kinds = shape.kinds
        if "null" in kinds:
            kinds = {k: v for k, v in kinds.items() if k != "null"}
        if not kinds:
            return _PLAIN["null" if shape.kinds else "any"]
        if len(kinds) > 1:
            kinds = self._settle(kinds, shape, where)
        (kind,) = kinds if len(kinds) == 1 else ("any",)
        if kind == "object":
            if not shape.fields:
                return new_type("object", spelling="object")
            return new_type("object", name=name, ref=self._structure(shape, where, name))
        if kind == "array":
            items = (
                self.type_of(shape.items, f"{where}[]", name + "Item")
                if shape.items is not None
                else _PLAIN["any"]
            )
            return new_type("array", items=items)
        return _PLAIN[kind]

    def _settle(
        self, kinds: dict[str, list[int]], shape: _Shape, where: str
    ) -> dict[str, list[int]]:
        if set(kinds) == {"integer", "number"}:
            return {"number": kinds["integer"] + kinds["number"]}
        scalar = set(kinds) - {"string"}
        if "string" in kinds and len(scalar) == 1:
            (other,) = scalar
            pattern = {"integer": _INTEGER, "number": _NUMBER}.get(other)
            spelled = (
                all(
                    (pattern.match(s) if pattern else s.lower() in ("true", "false"))
                    for s in shape.strings
                )
                if other in ("integer", "number", "boolean")
                else False
            )
            if spelled:
                self.problems.append(
                    f"examples disagree on the type of {where}: {other} in "
                    f"{_examples_text(kinds[other])}, a string spelling of it in "
                    f"{_examples_text(kinds['string'])}; typed {other}, the string values are "
                    "doc inconsistencies"
                )
                return {other: kinds[other]}
        detail = "; ".join(f"{kind} in {_examples_text(nums)}" for kind, nums in kinds.items())
        self.problems.append(f"examples disagree on the type of {where}: {detail}; typed any")
        return {"any": []}

    def _structure(self, shape: _Shape, where: str, name: str) -> str:
        key = self.key if not where.strip("$") else f"{self.key}:{where.lstrip('$.')}"
        source = self.source
        fields: list[Field] = []
        for field_name, inner in shape.fields.items():
            kinds = inner.kinds
            if len(kinds) == 1 and (only := next(iter(kinds))) in _PLAIN:
                expr = _PLAIN[only]  # one scalar kind (or only nulls): what type_of gives
            else:
                expr = self.type_of(inner, f"{where}.{field_name}", name + _pascal(field_name))
            # the default Constraints, shared instead of made per field
            fields.append(new_field(field_name, expr, "", None, None, _NO_CONSTRAINTS, source))
        self.structures.append(
            new_structure(key, name, tuple(fields), self.source, "inferred from examples")
        )
        return key


def infer_body(
    values: list[JsonValue], key: str, name: str, source: Source
) -> tuple[TypeExpr, list[Structure], list[str]]:
    """The type of a body shown by ``values``, the structures it needs, and disagreements."""
    shape = _Shape()
    for number, value in enumerate(values, 1):
        shape.add(value, number, 0)
    inference = Inference(key, source)
    expr = inference.type_of(shape, "$", name)
    return expr, inference.structures, inference.problems
