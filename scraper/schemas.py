"""Structures and type expressions -> OpenAPI schemas, with component naming and reuse.

Rules:
- Every structure an operation reaches (request/response bodies, and the structures their
  fields reference through ``TypeExpr.ref``, across pages) becomes one component.
- Two structures are *identical* when their schemas agree on everything but prose and
  sources (descriptions, ``x-source``); identical structures with the same name share one
  component (and one ``$ref``); different structures with the same name get distinct names,
  the later one (in build order) suffixed with its file's name, then a number.
- Structures no operation reaches still become components, marked ``x-orphan: true``.
- A ref to a key no reader produced becomes a free-form object with a diagnostic.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from scraper.diagnostics import Collector
from scraper.naming import pascal
from scraper.records import Constraints, Field, Source, Structure, TypeExpr

Schema = dict[str, Any]
COMPONENT_PREFIX = "#/components/schemas/"

_MAP_WORDS = re.compile(
    r"key[- ]?value|key/value|key pairs?\b|\bmap\s*<|键值对|键值", re.IGNORECASE
)
_FORMAT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_PLAIN_KINDS = frozenset({"string", "integer", "number", "boolean"})
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_TRUE = frozenset({"true", "yes", "1", "是"})
_FALSE = frozenset({"false", "no", "0", "否"})


def _number_text(text: str) -> str:
    text = text.strip()
    if _THOUSANDS.match(text):
        text = text.replace(",", "")
    return text


def coerce(value: str, schema_type: str | None) -> tuple[bool, Any]:
    """Doc text of an enum value or default -> a JSON value of ``schema_type``, or (False, None)."""
    text = value.strip()
    if schema_type == "integer":
        try:
            number = float(_number_text(text))
        except ValueError:
            return False, None
        if not math.isfinite(number) or number != int(number):
            return False, None
        return True, int(number)
    if schema_type == "number":
        try:
            number = float(_number_text(text))
        except ValueError:
            return False, None
        if not math.isfinite(number):
            return False, None
        return True, int(number) if number == int(number) and "." not in text else number
    if schema_type == "boolean":
        folded = text.lower()
        if folded in _TRUE:
            return True, True
        if folded in _FALSE:
            return True, False
        return False, None
    if schema_type in ("array", "object"):
        try:
            parsed = json.loads(text)
        except ValueError:
            return False, None
        wanted = list if schema_type == "array" else dict
        return (True, parsed) if isinstance(parsed, wanted) else (False, None)
    return True, value


def enum_values(enum: tuple[str, ...], schema_type: str | None) -> tuple[list[Any], list[str]]:
    """An enum's values coerced to ``schema_type`` (repeats once), and the ones that are not
    values of that type, in order."""
    values: list[Any] = []
    dropped: list[str] = []
    for raw in enum:
        ok, value = coerce(raw, schema_type)
        if not ok:
            dropped.append(raw)
        elif value not in values:
            values.append(value)
    return values, dropped


# (tables repeat their enums: the same status lists, the same options, in many tables)
@functools.lru_cache(maxsize=1 << 12)
def _scalar_enum_values(
    enum: tuple[str, ...], schema_type: str | None
) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    """``enum_values`` of a type whose values are strings, numbers or booleans (immutable)."""
    values, dropped = enum_values(enum, schema_type)
    return tuple(values), tuple(dropped)


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


# ``json.dumps(value, sort_keys=True, ensure_ascii=False)`` without a new encoder per call.
_canonical = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
_encode_string: Callable[[str], str] = json.encoder.encode_basestring
_PROSE_KEYS = frozenset({"description", "title", "example"})  # and every "x-..." key


def strip_prose(value: Any) -> Any:
    """A schema without descriptions and extensions: what "identical" compares."""
    if isinstance(value, dict):
        return {
            k: strip_prose(v)
            for k, v in value.items()
            if k not in _PROSE_KEYS and not k.startswith("x-")
        }
    if isinstance(value, list):
        return [strip_prose(v) for v in value]
    return value


class _CycleMet(Exception):
    """A lazy fingerprint met a cycle: ``Schemas`` takes fingerprints eagerly from then on."""


class Schemas:
    """Builds component schemas for the structures of one build and names them."""

    def __init__(
        self, structures: Mapping[str, Structure], collector: Collector, *, prose: bool = True
    ) -> None:
        self.structures = structures
        self.collector = collector
        self.prose = prose  # False: no descriptions nor x-source (fingerprints strip them)
        self.names: dict[str, str] = {}  # structure key -> component name
        self.components: dict[str, Schema] = {}
        self.orphans: list[dict[str, Any]] = []
        self.shared: dict[str, list[str]] = {}  # component name -> every key it stands for
        self.pending_items: list[tuple[Schema, Source, str]] = []  # bare arrays: items unknown
        # rendered nodes holding a ``$ref`` that may get siblings (description, x-source...):
        # the builder wraps those in ``allOf`` once the spec is complete (tidy.wrap_ref_nodes)
        self.ref_nodes: list[Schema] = []
        self._fingerprints: dict[str, str] = {}
        self._text_ids: dict[str, str] = {}  # hashed text -> its fingerprint (a number)
        self._field_texts: dict[tuple[Any, Constraints | None, bool], str] = {}
        # (id of a type, id of its constraints) -> the text of a field of those, for the fields
        # whose text depends on nothing else (no reference, not a plain object)
        self._texts_by_ids: dict[tuple[int, int], str] = {}
        self._kept: list[tuple[TypeExpr, Constraints]] = []  # (so that those ids stay theirs)
        # field name -> its JSON text and ": " ("" for a name strip_prose drops, _DYNAMIC for
        # a prose name standing for a dynamic key)
        self._property_heads: dict[str, str] = {}
        self._quiet_schemas: Schemas | None = None
        self._taken: set[str] = set()  # component names given
        # preferred name -> the key that got it, its fingerprint not yet taken (else None)
        self._preferred: dict[str, str | None] = {}
        self._by_name_fp: dict[tuple[str, str], str] = {}  # (preferred, fingerprint) -> name
        self._assigned: list[str] = []  # keys in the order they were named
        self._lazy = True  # fingerprints only for contested names, until a cycle is met
        self._cycle_aborts = False  # (set while a lazy fingerprint is taken)
        self._next_number: dict[str, int] = {}  # base name -> the first number not yet tried
        self._in_progress: set[str] = set()
        self._unknown_refs: set[tuple[str, str]] = set()
        self._no_constraints = Constraints()  # the last empty Constraints seen

    # ---- planning ---------------------------------------------------------------------
    def plan(self, roots: Iterable[tuple[str, str]]) -> None:
        """Name every structure reached from ``roots`` ((key, preferred name), in order)."""
        for key, preferred in roots:
            if key in self.structures:
                self._assign(key, preferred)
                self._visit_children(key)

    def plan_orphans(self, skip: set[str] | frozenset[str] = frozenset()) -> None:
        """Components for structures nobody reached; each listed in ``self.orphans``.

        ``skip``: keys that were replaced by a merged structure (not orphans).
        """
        for key in sorted(self.structures):
            if key in self.names or key in skip:
                continue
            structure = self.structures[key]
            name = self._assign(key, pascal(structure.name, fallback="Object"))
            self._visit_children(key)
            self.orphans.append(
                {
                    "key": key,
                    "component": name,
                    "name": structure.name,
                    "source": structure.source.to_json(),
                    "reason": "no operation references this structure",
                }
            )

    def _visit_children(self, key: str) -> None:
        todo = deque([key])
        while todo:
            current = todo.popleft()
            for child in self._child_keys(self.structures[current]):
                if child in self.structures and child not in self.names:
                    self._assign(child, pascal(self.structures[child].name, fallback="Object"))
                    todo.append(child)

    def _child_keys(self, structure: Structure) -> list[str]:
        out: list[str] = []
        for f in structure.fields:
            t = f.type
            if t.items is not None or t.values is not None:
                out.extend(_refs_of(t))
            elif t.ref:  # (what _refs_of finds in a type without items nor values)
                out.append(t.ref)
        body = structure.body_type
        if body is not None and (
            body.ref is not None or body.items is not None or body.values is not None
        ):
            out.extend(_refs_of(body))
        return out

    def _assign(self, key: str, preferred: str) -> str:
        if key in self.names:
            return self.names[key]
        self._assigned.append(key)
        if self._lazy:
            self._cycle_aborts = True
            try:
                return self._name(key, preferred)
            except _CycleMet:
                self._eager()
            finally:
                self._cycle_aborts = False
        else:
            self.fingerprint(key)  # (in planning order: see _eager)
        return self._name(key, preferred)

    def _name(self, key: str, preferred: str) -> str:
        """The component name of a structure not named yet (identical ones share it)."""
        taken = self._taken
        if preferred not in taken and preferred not in self._preferred:
            # The first structure to want this name gets it; whether a later one is identical
            # is asked when there is one (its fingerprint then): most names are never contested.
            self._preferred[preferred] = key
            taken.add(preferred)
            self.names[key] = preferred
            self.shared[preferred] = [key]
            return preferred
        fp = self.fingerprint(key)
        first = self._preferred.get(preferred)
        if first is not None:
            self._by_name_fp[(preferred, self.fingerprint(first))] = self.names[first]
            self._preferred[preferred] = None
        existing = self._by_name_fp.get((preferred, fp))
        if existing is not None:
            self.names[key] = existing
            self.shared[existing].append(key)
            return existing
        name = preferred
        if name in taken:
            stem = self.structures[key].source.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            name = self._unique(preferred + pascal(stem, fallback=""))
        taken.add(name)
        self._preferred.setdefault(preferred, None)
        self._by_name_fp[(preferred, fp)] = name
        self.names[key] = name
        self.shared[name] = [key]
        return name

    def _eager(self) -> None:
        """From now on a fingerprint for every structure named, as they are named.

        A fingerprint reaching a cycle depends on where its computation started (the
        structure met again is hashed as ``cycle:<key>``): the first cycle a lazy fingerprint
        meets turns this on, and the fingerprints of every structure named so far are taken
        in naming order, so that all are what they always were. Those taken before never met
        a cycle: the same whenever they are taken; the names given with them stand.
        """
        self._lazy = False
        self._cycle_aborts = False
        self._in_progress.clear()
        for key in self._assigned:
            self.fingerprint(key)

    def _unique(self, base: str) -> str:
        """``naming.unique(base, self._taken)``, the numbers tried for ``base`` before not
        tried again: names are never given back, so they are still taken (a dump names every
        file-suffixed collision after one file: trying from 2 each time was quadratic)."""
        taken = self._taken
        if base not in taken:
            return base
        n = self._next_number.get(base, 2)
        while f"{base}{n}" in taken:
            n += 1
        self._next_number[base] = n + 1
        return f"{base}{n}"

    # ---- identity ---------------------------------------------------------------------
    def fingerprint(self, key: str) -> str:
        """Identity of a structure's schema without prose and sources (children by theirs).

        Two structures get the same fingerprint when their texts are equal. The text is
        ``json.dumps(strip_prose(schema), sort_keys=True)`` of the schema rendered without
        prose, each ``$ref`` as ``{"$fp": <child's fingerprint>}``. For an object structure it
        is put together from its fields' texts, which are worked out once per type and
        constraints (for fields without references); children are fingerprinted in field
        order, as rendering would reach them.
        """
        if key in self._fingerprints:
            return self._fingerprints[key]
        if key in self._in_progress:
            if self._cycle_aborts:
                raise _CycleMet
            return "cycle:" + key
        self._in_progress.add(key)
        structure = self.structures[key]
        body_type = structure.body_type
        if body_type is not None and (body_type.kind != "object" or not structure.fields):
            shape = self._quiet().structure_schema(structure, ref=self._fp_ref)
            text = _canonical(strip_prose(shape))
        else:
            text = self._object_text(structure)
        self._in_progress.discard(key)
        # Texts are told apart by a number given to each new text: what a hash of the text
        # would do, without computing one (nor the chance of two texts sharing it).
        ids = self._text_ids
        digest = ids.get(text)
        if digest is None:
            digest = ids[text] = str(len(ids))
        self._fingerprints[key] = digest
        return digest

    def _fp_ref(self, key: str) -> Schema:
        return {"$fp": self.fingerprint(key)}

    def _quiet(self) -> Schemas:
        """A renderer without prose whose diagnostics nobody reads (fingerprints only)."""
        quiet = self._quiet_schemas
        if quiet is None:
            quiet = Schemas(self.structures, Collector(), prose=False)
            quiet._fingerprints = self._fingerprints
            quiet._in_progress = self._in_progress
            self._quiet_schemas = quiet
        quiet.collector.diagnostics.clear()
        quiet.pending_items.clear()
        return quiet

    def _object_text(self, structure: Structure) -> str:
        """What ``object_schema`` gives, prose stripped, as ``json.dumps(sort_keys=True)``."""
        properties: dict[str, str] = {}
        required: list[str] = []
        dynamic: str | None = None
        by_ids = self._texts_by_ids
        heads = self._property_heads
        for f in structure.fields:
            name = f.name
            if not name:
                continue
            head = heads.get(name)
            if head is None:  # (names repeat across tables: each is looked at once)
                head = heads[name] = _property_head(name)
            if head is _DYNAMIC:
                if dynamic is None:
                    dynamic = self._field_text(f)
                continue
            if name in properties:
                continue
            text = by_ids.get((id(f.type), id(f.constraints)))
            properties[name] = self._field_text(f) if text is None else text
            if f.required:
                required.append(name)
        parts = []
        if dynamic is not None:
            parts.append('"additionalProperties": ' + dynamic)
        members = []
        for name in sorted(properties):
            head = heads[name]
            if head:
                members.append(head + properties[name])
        parts.append('"properties": {' + ", ".join(members) + "}")
        if required:
            parts.append('"required": ' + _canonical(required))
        parts.append('"type": "object"')
        return "{" + ", ".join(parts) + "}"

    def _field_text(self, f: Field) -> str:
        """``json.dumps(strip_prose(<field schema without prose>), sort_keys=True)``."""
        t = f.type
        c = f.constraints
        if c is not self._no_constraints and c.is_empty():
            self._no_constraints = c  # (readers share one empty Constraints: no test then)
        if t.ref is not None or ((t.items is not None or t.values is not None) and _has_ref(t)):
            if c is self._no_constraints and t.known:
                # The two shapes most reference fields have, written as the general case below
                # writes them: ``{"$fp": <child's hash>}`` and an array of those.
                ref = t.ref
                if t.kind == "object" and ref is not None and ref in self.structures:
                    return '{"$fp": ' + _encode_string(self.fingerprint(ref)) + "}"
                items = t.items
                ref = items.ref if items is not None else None
                if (
                    t.kind == "array"
                    and items is not None
                    and items.kind == "object"
                    and items.known
                    and ref is not None
                    and ref in self.structures
                ):
                    child = _encode_string(self.fingerprint(ref))
                    return '{"items": {"$fp": ' + child + '}, "type": "array"}'
            schema = self._quiet().field_schema(f, ref=self._fp_ref)
            return _canonical(strip_prose(schema))
        # Without references the schema depends on the type, the constraints and, for a
        # plain object, whether the description speaks of key-value pairs.
        words = t.kind == "object" and _MAP_WORDS.search(f.description) is not None
        # (plain values where they say it all: cheaper to hash and compare than the records)
        memo_key = (
            (t.kind, t.format, t.known) if t.items is None and t.values is None else t,
            None if c is self._no_constraints else c,  # (empty: it is, since above)
            words,
        )
        text = self._field_texts.get(memo_key)
        if text is None:
            schema = self._quiet().field_schema(f, ref=self._fp_ref)
            text = self._field_texts[memo_key] = _canonical(strip_prose(schema))
        if t.kind != "object":  # (an object's text also depends on its description)
            self._texts_by_ids[(id(t), id(c))] = text
            self._kept.append((t, c))
        return text

    # ---- rendering --------------------------------------------------------------------
    def ref(self, key: str) -> Schema:
        """``{"$ref": ...}`` to the component of a planned structure."""
        return {"$ref": COMPONENT_PREFIX + self.names[key]}

    def render(self) -> dict[str, Schema]:
        """Component schemas for every planned structure, sorted by name."""
        orphan_names = {o["component"] for o in self.orphans}
        reached = {self.names[k] for k in self.names if self.names[k] not in orphan_names}
        for name, keys in self.shared.items():
            schema = self.structure_schema(self.structures[keys[0]], ref=self._ref_or_free)
            if name in orphan_names and name not in reached:
                schema["x-orphan"] = True
            if len(keys) > 1:
                schema["x-also-source"] = [self.structures[k].source.to_json() for k in keys[1:]]
            self.components[name] = schema
        return dict(sorted(self.components.items()))

    def _ref_or_free(self, key: str) -> Schema:
        if key in self.names:
            return self.ref(key)
        return {"type": "object"}

    def structure_schema(self, structure: Structure, *, ref: Callable[[str], Schema]) -> Schema:
        """The schema of one structure (an object of its fields, or its ``body_type``)."""
        schema: Schema
        body_type = structure.body_type
        if body_type is not None and (body_type.kind != "object" or not structure.fields):
            inner = self.object_schema(structure, ref=ref) if structure.fields else None
            schema = self.type_schema(body_type, structure.source, ref=ref, object_fallback=inner)
        else:
            schema = self.object_schema(structure, ref=ref)
        if self.prose:
            if structure.description:
                schema["description"] = structure.description
            schema["x-source"] = structure.source.to_json()
            if "$ref" in schema:
                self.ref_nodes.append(schema)
        return schema

    def object_schema(self, structure: Structure, *, ref: Callable[[str], Schema]) -> Schema:
        """``type: object`` with one property per field; duplicate names keep the first."""
        properties: dict[str, Schema] = {}
        required: list[str] = []
        dynamic: Schema | None = None
        for f in structure.fields:
            if not f.name:
                continue
            if _is_prose_name(f.name):
                # "Name of the network where the ECS accesses": a key chosen at run time.
                self.collector.info(
                    "dynamic-key",
                    f.source,
                    f"field name {f.name!r} is prose standing for a dynamic key; "
                    "described as additionalProperties",
                )
                if dynamic is None:
                    dynamic = self.field_schema(f, ref=ref)
                continue
            if f.name in properties:
                self.collector.warning(
                    "duplicate-field",
                    f.source,
                    f"field {f.name!r} appears twice in {structure.name!r}; the first is kept",
                )
                continue
            properties[f.name] = self.field_schema(f, ref=ref)
            if f.required:
                required.append(f.name)
        schema: Schema = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        if dynamic is not None:
            schema["additionalProperties"] = dynamic
        return schema

    def field_schema(self, f: Field, *, ref: Callable[[str], Schema] | None = None) -> Schema:
        """Schema of one field: its type, constraints, description and ``x-source``."""
        t = f.type
        kind = t.kind
        if kind in _PLAIN_KINDS and t.format is None and t.known:
            schema: Schema = {"type": kind}  # what type_schema gives, without the call
        else:
            schema = self.type_schema(t, f.source, ref=ref or self._ref_or_free)
        if (
            kind == "object"  # (the only kind type_schema gives {"type": "object"} for)
            and len(schema) == 1
            and schema.get("type") == "object"
            and _MAP_WORDS.search(f.description)
        ):
            # "Object: user-defined metadata key-value pairs": a map, whatever the keys are.
            schema["additionalProperties"] = {}
            self.collector.info(
                "map-from-description",
                f.source,
                f"{f.name!r}: the description speaks of key-value pairs; declared as a map",
            )
        c = f.constraints
        if c is not self._no_constraints:  # (readers share one empty Constraints: no test)
            if c.is_empty():
                self._no_constraints = c
            else:
                self.apply_constraints(schema, c, f.source)
        if not self.prose:
            return schema
        if f.description:
            schema["description"] = f.description
        if f.source.file != "?":  # "?" is the records' default: no source known
            schema["x-source"] = f.source.to_json()
        if "$ref" in schema:
            self.ref_nodes.append(schema)  # (its callers may still add or take siblings)
        return schema

    def type_schema(
        self,
        t: TypeExpr,
        source: Source,
        *,
        ref: Callable[[str], Schema],
        object_fallback: Schema | None = None,
    ) -> Schema:
        """A TypeExpr as a schema (refs through ``ref``)."""
        kind = t.kind
        if not t.known:
            self.collector.warning(
                "unknown-type",
                source,
                f"type {t.spelling!r} not understood; any value is accepted",
            )
            return {}
        if kind == "string":
            out: Schema = {"type": "string"}
            if t.format:
                out["format"] = t.format
            return out
        if kind == "integer":
            out = {"type": "integer"}
            if t.format in ("int32", "int64"):
                out["format"] = t.format
            return out
        if kind == "number":
            out = {"type": "number"}
            if t.format in ("float", "double"):
                out["format"] = t.format
            return out
        if kind == "boolean":
            return {"type": "boolean"}
        if kind == "object":
            if t.ref is not None:
                if t.ref in self.structures:
                    return ref(t.ref)
                if (t.ref, source.label()) not in self._unknown_refs:
                    self._unknown_refs.add((t.ref, source.label()))
                    self.collector.warning(
                        "unknown-ref",
                        source,
                        f"{t.spelling or 'object'!r} refers to {t.ref!r}, which no page "
                        "defines; a free-form object is used",
                    )
            if object_fallback is not None:
                return object_fallback
            return {"type": "object"}
        if kind == "array":
            bare = t.items is None or (t.items.kind == "any" and t.items.ref is None)
            if bare:
                if object_fallback is not None:
                    return {"type": "array", "items": object_fallback}
                items: Schema = {}
                self.pending_items.append((items, source, t.spelling))
                return {"type": "array", "items": items}
            assert t.items is not None
            return {
                "type": "array",
                "items": self.type_schema(
                    t.items, source, ref=ref, object_fallback=object_fallback
                ),
            }
        if kind == "map":
            values: Schema | bool = True
            if t.values is not None:
                values = self.type_schema(t.values, source, ref=ref)
            return {"type": "object", "additionalProperties": values}
        return {}  # "any", "null": no constraint

    # ---- constraints ------------------------------------------------------------------
    def apply_constraints(self, schema: Schema, c: Constraints, source: Source) -> None:
        """Enum, default, ranges, lengths, pattern and format, where they fit the type."""
        if c.is_empty():
            return
        target = schema
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            items = schema["items"]
            if items.get("type") in ("string", "integer", "number", "boolean"):
                target = items  # "the options are X, Y" on an array of scalars: the items
        kind = target.get("type")
        if c.enum and "$ref" not in target:
            spelled = kind if isinstance(kind, str) else None
            values: Sequence[Any]
            dropped: Sequence[str]
            if spelled in ("array", "object"):  # (values that are lists or objects: not shared)
                values, dropped = enum_values(c.enum, spelled)
            else:
                values, dropped = _scalar_enum_values(c.enum, spelled)
            for raw in dropped:
                self.collector.warning(
                    "enum-value-dropped",
                    source,
                    f"enum value {raw!r} is not a valid {kind}; dropped",
                )
            if values:
                target["enum"] = list(values)
        if c.default is not None:
            schema_type = schema.get("type")
            ok, value = coerce(c.default, schema_type if isinstance(schema_type, str) else None)
            fmt = schema.get("format")
            bounds = _FORMAT_RANGES.get(fmt) if schema_type == "integer" and fmt else None
            if ok and bounds is not None and not bounds[0] <= value <= bounds[1]:
                # (a default outside its format's range makes the whole spec invalid)
                self.collector.warning(
                    "default-dropped",
                    source,
                    f"default {c.default!r} is out of the range of {schema.get('format')}; dropped",
                )
            elif ok and "$ref" not in schema:
                schema["default"] = value
            else:
                self.collector.warning(
                    "default-dropped",
                    source,
                    f"default {c.default!r} is not a valid {schema_type or 'value'}; dropped",
                )
        if kind in ("integer", "number"):
            if c.minimum is not None:
                target["minimum"] = _number(c.minimum)
            if c.maximum is not None:
                target["maximum"] = _number(c.maximum)
        if kind == "string":
            lo = c.min_length
            hi = c.max_length
            # "Minimum: N Maximum: N" on a string is a length (NOTES.md trap).
            if lo is None and c.minimum is not None and c.minimum == int(c.minimum) >= 0:
                lo = int(c.minimum)
            if hi is None and c.maximum is not None and c.maximum == int(c.maximum) >= 0:
                hi = int(c.maximum)
            if lo is not None:
                target["minLength"] = lo
            if hi is not None and (lo is None or hi >= lo):
                target["maxLength"] = hi
            if c.pattern:
                if _compiles(c.pattern):
                    target["pattern"] = c.pattern
                else:
                    self.collector.warning(
                        "pattern-dropped", source, f"pattern {c.pattern!r} does not compile"
                    )
            if c.format:
                target["format"] = c.format
        if schema.get("type") == "array":
            if c.min_items is not None:
                schema["minItems"] = c.min_items
            if c.max_items is not None:
                schema["maxItems"] = c.max_items
        if c.deprecated:
            schema["deprecated"] = True


_DYNAMIC = "<dynamic>"  # (a head no name has: heads end with ": ")


def _property_head(name: str) -> str:
    """How a field name starts its member of an object's fingerprint text: its JSON text and
    ``": "``; ``""`` for a name ``strip_prose`` drops; ``_DYNAMIC`` for a prose name."""
    if _is_prose_name(name):
        return _DYNAMIC
    if name in _PROSE_KEYS or name.startswith("x-"):
        return ""
    return _encode_string(name) + ": "


@functools.lru_cache(maxsize=1 << 16)  # field names repeat across tables
def _is_prose_name(name: str) -> bool:
    """A "field name" that is a phrase (two or more words), not a JSON key."""
    return len(name.split()) >= 2


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _refs_of(t: TypeExpr | None) -> list[str]:
    """The structure keys a type refers to: its own, then its items', then its values'."""
    out: list[str] = []
    if t is not None:
        _add_refs(t, out)
    return out


def _add_refs(t: TypeExpr, out: list[str]) -> None:
    if t.ref:
        out.append(t.ref)
    if t.items is not None:
        _add_refs(t.items, out)
    if t.values is not None:
        _add_refs(t.values, out)


def _has_ref(t: TypeExpr | None) -> bool:
    """``bool(_refs_of(t))``, without building the lists."""
    while t is not None:
        if t.ref or (t.values is not None and _has_ref(t.values)):
            return True
        t = t.items
    return False


def infer_schema(value: Any) -> Schema:
    """A schema describing one example value's shape (for bare ``Array`` items)."""
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, list):
        return {"type": "array", "items": infer_schema(value[0]) if value else {}}
    if isinstance(value, dict):
        return {
            "type": "object",
            "properties": {str(k): infer_schema(v) for k, v in value.items()},
        }
    return {}
