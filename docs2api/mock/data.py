"""Example selection and schema-driven data generation, deterministic for a seed."""

from __future__ import annotations

import base64
import hashlib
import math
import random
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from docs2api.mock import regexgen
from docs2api.mock.schema import JSON, SchemaSet, Validator

_MAX_DEPTH = 8
_ATTEMPTS = 8
_FORMATS: dict[str, Any] = {
    "date-time": lambda r: (
        f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T"
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    ),
    "date": lambda r: f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
    "uuid": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "email": lambda r: f"user{r.randint(1, 999)}@example.com",
    "uri": lambda r: f"https://example.com/{r.randint(1, 999)}",
    "url": lambda r: f"https://example.com/{r.randint(1, 999)}",
    "hostname": lambda r: f"host{r.randint(1, 999)}.example.com",
    "ipv4": lambda r: f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
    "ipv6": lambda r: f"fe80::{r.randint(1, 65535):x}",
    "byte": lambda r: base64.b64encode(r.randbytes(6)).decode(),
    "password": lambda r: f"Secret{r.randint(100, 999)}!",
}


def seeded(*parts: object) -> random.Random:
    """A random.Random whose state depends only on the parts (stable across processes)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def first_valid(candidates: Sequence[JSON], validator: Validator) -> JSON | None:
    """The first candidate value that validates (documented examples may not)."""
    for candidate in candidates:
        if validator.is_valid(candidate):
            return candidate
    return None


class Generator:
    """Draws JSON values that satisfy converted schemas (see docs2api.mock.schema)."""

    def __init__(self, schemas: SchemaSet) -> None:
        self.schemas = schemas

    def valid(
        self, schema: JSON, validator: Validator, *seed: object, static: bool = True
    ) -> tuple[bool, JSON]:
        """A value satisfying `schema`; (False, last attempt) if none of several draws did.

        Static draws (Prism's default) use schema `example` and `default` values first.
        """
        value: JSON = None
        for attempt in range(_ATTEMPTS):
            rng = seeded(*seed, attempt)
            value = self.draw(
                schema, rng, minimal=attempt >= _ATTEMPTS // 2, examples=attempt == 0 and static
            )
            if validator.is_valid(value):
                return True, value
        return False, value

    def draw(
        self,
        schema: JSON,
        rng: random.Random,
        *,
        minimal: bool = False,
        examples: bool = False,
        depth: int = 0,
    ) -> JSON:
        """One value for `schema` (usually valid; callers validate)."""
        schema = self.schemas.resolve(schema)
        if schema is False:
            return None
        if not isinstance(schema, Mapping):
            return "string"
        if examples and "example" in schema:
            return schema["example"]
        if examples and "default" in schema:
            return schema["default"]
        if "enum" in schema and isinstance(schema["enum"], list) and schema["enum"]:
            values = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return values[0] if minimal else rng.choice(values)
        if "default" in schema and minimal:
            return schema["default"]
        if "allOf" in schema and isinstance(schema["allOf"], list):
            return self.draw(
                self._merge_all_of(schema), rng, minimal=minimal, examples=examples, depth=depth
            )
        for key in ("oneOf", "anyOf"):
            options_raw = schema.get(key)
            if isinstance(options_raw, list) and options_raw:
                options: list[JSON] = list(options_raw)
                rest = {k: v for k, v in schema.items() if k != key}
                chosen = options[0] if minimal else rng.choice(options)
                non_null = [o for o in options if self.schemas.resolve(o) != {"type": "null"}]
                if self.schemas.resolve(chosen) == {"type": "null"} and non_null:
                    chosen = non_null[0]
                merged = self._merge_all_of({"allOf": [rest, chosen]}) if rest else chosen
                return self.draw(merged, rng, minimal=minimal, examples=examples, depth=depth)
        kind = _main_type(schema)
        if kind == "object":
            return self._object(schema, rng, minimal, examples, depth)
        if kind == "array":
            return self._array(schema, rng, minimal, examples, depth)
        if kind == "integer":
            return int(self._number(schema, rng, integer=True))
        if kind == "number":
            return self._number(schema, rng, integer=False)
        if kind == "boolean":
            return True if minimal else rng.random() < 0.5
        if kind == "null":
            return None
        return self._string(schema, rng, minimal)

    def _merge_all_of(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf") or []:
            part = self.schemas.resolve(part)
            if not isinstance(part, Mapping):
                continue
            if "allOf" in part:
                part = self._merge_all_of(part)
            for key, value in part.items():
                if key == "properties" and isinstance(value, Mapping):
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required" and isinstance(value, list):
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        return merged

    def _object(
        self,
        schema: Mapping[str, Any],
        rng: random.Random,
        minimal: bool,
        examples: bool,
        depth: int,
    ) -> dict[str, JSON]:
        raw_props = schema.get("properties")
        props: Mapping[str, Any] = raw_props if isinstance(raw_props, Mapping) else {}
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        out: dict[str, JSON] = {}
        shallow = minimal or depth >= _MAX_DEPTH
        for name, sub in props.items():
            if name in required or not shallow:
                out[name] = self.draw(sub, rng, minimal=minimal, examples=examples, depth=depth + 1)
        for name in required:
            if name not in out:
                extra = schema.get("additionalProperties")
                sub = extra if isinstance(extra, Mapping) else {}
                out[name] = self.draw(sub, rng, minimal=minimal, examples=examples, depth=depth + 1)
        extra = schema.get("additionalProperties")
        wanted = int(schema.get("minProperties") or 0)
        if isinstance(extra, Mapping) and ((not props and not shallow) or len(out) < wanted):
            index = 0
            while len(out) < max(wanted, 1):
                out[f"key{index}"] = self.draw(
                    extra, rng, minimal=minimal, examples=examples, depth=depth + 1
                )
                index += 1
        return out

    def _array(
        self,
        schema: Mapping[str, Any],
        rng: random.Random,
        minimal: bool,
        examples: bool,
        depth: int,
    ) -> list[JSON]:
        low = int(schema.get("minItems") or 0)
        high = schema.get("maxItems")
        count = low if minimal or depth >= _MAX_DEPTH else max(low, 1)
        if isinstance(high, int):
            count = min(count, high)
        items = schema.get("items", {})
        if isinstance(items, list):  # draft-4 tuple form
            return [
                self.draw(s, rng, minimal=minimal, examples=examples, depth=depth + 1)
                for s in items
            ]
        out: list[JSON] = []
        for _ in range(count * 4):
            if len(out) >= count:
                break
            value = self.draw(items, rng, minimal=minimal, examples=examples, depth=depth + 1)
            if schema.get("uniqueItems") and value in out:
                continue
            out.append(value)
        return out

    def _number(self, schema: Mapping[str, Any], rng: random.Random, *, integer: bool) -> float:
        low, high = _bounds(schema, integer)
        multiple = schema.get("multipleOf")
        if isinstance(multiple, int | float) and multiple > 0:
            return float(math.ceil(low / multiple) * multiple)
        if integer:
            lo, hi = math.ceil(low), math.floor(high)
            return float(rng.randint(lo, hi) if lo <= hi else lo)
        value = round(rng.uniform(low, high), 2)
        return value if low <= value <= high else low

    def _string(self, schema: Mapping[str, Any], rng: random.Random, minimal: bool) -> str:
        low = int(schema.get("minLength") or 0)
        high = schema.get("maxLength")
        pattern = schema.get("pattern")
        text: str | None = None
        if isinstance(pattern, str):
            text = regexgen.draw(pattern, rng)
        fmt = schema.get("format")
        if text is None and isinstance(fmt, str) and fmt in _FORMATS:
            text = str(_FORMATS[fmt](rng))
        if text is None:
            text = "string" if minimal else f"string{rng.randint(0, 9999)}"
        if len(text) < low:
            text = text + "x" * (low - len(text))
        if isinstance(high, int) and len(text) > high:
            text = text[: max(high, 0)]
        return text


def _bounds(schema: Mapping[str, Any], integer: bool) -> tuple[float, float]:
    """The inclusive range a number is drawn from (1..100 unless the schema narrows it)."""
    low = schema.get("minimum")
    high = schema.get("maximum")
    lo = float(low) if isinstance(low, int | float) and not isinstance(low, bool) else None
    hi = float(high) if isinstance(high, int | float) and not isinstance(high, bool) else None
    nudge = 1.0 if integer else 0.001
    if lo is not None and schema.get("exclusiveMinimum") is True:
        lo += nudge
    if hi is not None and schema.get("exclusiveMaximum") is True:
        hi -= nudge
    if lo is None:
        lo = min(1.0, hi) if hi is not None else 1.0
    if hi is None:
        hi = max(lo, 100.0)
    if hi - lo > 1000:  # wide (e.g. int64) ranges: stay with small, readable numbers
        lo = max(lo, 1.0) if hi >= 1 else lo
        hi = min(hi, lo + 99)
    return lo, max(lo, hi)


def _main_type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        kind = non_null[0] if non_null else "null"
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if "minimum" in schema or "maximum" in schema:
        return "number"
    return "string"
