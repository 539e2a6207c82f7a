"""Stateful mode: collections inferred from path structure, resources kept in memory.

A collection is a path `C` and an item path `C/{id}`; resources are created by POST on `C`
(or PUT on `C/{id}`), read by GET `C/{id}`, listed by GET `C` (offset/limit or marker/limit
pagination), changed by PUT/PATCH `C/{id}` and removed by DELETE `C/{id}`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from docs2api.mock.data import Generator, seeded
from docs2api.mock.routes import Operation
from docs2api.mock.schema import JSON, SchemaSet, Validator

log = logging.getLogger("docs2api.mock")
_NON_ALNUM = re.compile(r"[^a-z0-9]")


def _norm(name: str) -> str:
    return _NON_ALNUM.sub("", name.lower())


@dataclass
class Collection:
    """One inferred resource collection and the operations acting on it."""

    path: str
    item_path: str
    id_param: str
    create: Operation | None = None
    create_by_put: Operation | None = None
    list_op: Operation | None = None
    get: Operation | None = None
    update: list[Operation] = field(default_factory=list)
    delete: Operation | None = None

    def describe(self) -> str:
        """One log line saying what was inferred."""
        parts = [f"{self.path} + {{{self.id_param}}}"]
        for label, op in (
            ("create", self.create or self.create_by_put),
            ("list", self.list_op),
            ("get", self.get),
            ("delete", self.delete),
        ):
            if op is not None:
                parts.append(f"{label}={op.operation_id}")
        if self.update:
            parts.append("update=" + ",".join(o.operation_id for o in self.update))
        return " ".join(parts)


def infer_collections(ops: list[Operation]) -> list[Collection]:
    """Collections from path structure: a `{param}` item path under a collection path."""
    by_path: dict[str, dict[str, Operation]] = {}
    for op in ops:
        by_path.setdefault(op.path.rstrip("/"), {})[op.method] = op
    out: list[Collection] = []
    for item_path, methods in sorted(by_path.items()):
        head, _, last = item_path.rpartition("/")
        if not (last.startswith("{") and last.endswith("}")) or "{" in last[1:-1]:
            continue
        parent = by_path.get(head, {})
        collection = Collection(head, item_path, last[1:-1])
        collection.create = parent.get("post")
        collection.list_op = parent.get("get")
        collection.get = methods.get("get")
        collection.update = [methods[m] for m in ("put", "patch") if m in methods]
        collection.delete = methods.get("delete")
        if collection.create is None and "put" in methods:
            collection.create_by_put = methods["put"]
        creatable = collection.create is not None or collection.create_by_put is not None
        if creatable and (collection.get is not None or collection.delete is not None):
            out.append(collection)
    return out


def _object_props(schemas: SchemaSet, schema: JSON) -> Mapping[str, Any]:
    schema = schemas.resolve(schema)
    if not isinstance(schema, Mapping):
        return {}
    props: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        props.update(_object_props(schemas, part))
    raw = schema.get("properties")
    if isinstance(raw, Mapping):
        props.update(raw)
    return props


def id_location(schemas: SchemaSet, schema: JSON, id_param: str) -> list[str | int] | None:
    """Where a created resource's id appears in a response body schema, as a key path."""
    props = _object_props(schemas, schema)
    wanted = _norm(id_param)
    base = wanted[:-2] if wanted.endswith("id") else wanted
    # "keypair_name" -> {"keypair": {"name": ...}}; "version_id" -> "task_version_id"
    head, _, tail = id_param.rpartition("_")
    for name in props:
        if name == id_param or _norm(name) == wanted:
            return [name]
    if "id" in props:
        return ["id"]
    for name in props:
        if _norm(name).endswith(wanted) and _norm(name) != wanted:
            return [name]
    for name in props:  # "workforce_task_id" -> "task_id"
        if name.endswith("_id") and id_param.endswith("_" + name):
            return [name]
    for name, sub in props.items():
        sub_props = _object_props(schemas, sub)
        for inner in sub_props:
            if inner == id_param or _norm(inner) == wanted or inner == "id":
                return [name, inner]
            if head and _norm(name) == _norm(head) and inner == tail:
                return [name, inner]
    for name, sub in props.items():
        resolved = schemas.resolve(sub)
        if (
            isinstance(resolved, Mapping)
            and resolved.get("type") in ("array", ["array", "null"])
            and _norm(name) in (base + "ids", base + "idlist", base + "s")
        ):
            return [name, 0]
    return None


def put_at(body: JSON, where: list[str | int], value: str) -> None:
    """Set the value at a key path (see id_location), creating objects on the way."""
    node = body
    for key in where[:-1]:
        if isinstance(node, dict) and isinstance(key, str):
            node = node.setdefault(key, {})
        elif isinstance(node, list) and isinstance(key, int):
            if not node:
                node.append({})
            node = node[key]
    last = where[-1]
    if isinstance(node, dict) and isinstance(last, str):
        node[last] = value
    elif isinstance(node, list) and isinstance(last, int):
        if node:
            node[last] = value
        else:
            node.append(value)


def flatten(body: JSON) -> dict[str, JSON]:
    """A request body's resource fields (a lone wrapper object such as {"server": {...}} opened)."""
    if not isinstance(body, dict):
        return {}
    if len(body) == 1:
        only = next(iter(body.values()))
        if isinstance(only, dict):
            return dict(only)
    return dict(body)


class Store:
    """Resources by (collection path, parent path values), in creation order."""

    def __init__(self, schemas: SchemaSet, generator: Generator, seed: int) -> None:
        self.schemas = schemas
        self.generator = generator
        self.seed = seed
        self._data: dict[tuple[str, tuple[tuple[str, str], ...]], dict[str, dict[str, JSON]]] = {}
        self._counter = 0
        self._validators: dict[int, Validator] = {}

    def bucket(
        self, collection: Collection, params: Mapping[str, Any]
    ) -> dict[str, dict[str, JSON]]:
        """The resources of one collection under one set of parent path values."""
        parents = tuple(sorted((k, str(v)) for k, v in params.items() if k != collection.id_param))
        return self._data.setdefault((collection.path, parents), {})

    def new_id(self, collection: Collection, id_schema: JSON) -> str:
        """A fresh id, deterministic for the seed and creation order, valid for the id schema."""
        self._counter += 1
        rng = seeded(self.seed, collection.path, self._counter)
        schema = self.schemas.resolve(id_schema)
        validator = self.schemas.validator(id_schema)
        kind = schema.get("type") if isinstance(schema, Mapping) else None
        if kind == "integer" or kind == ["integer", "null"]:
            return str(self._counter)
        candidate = "%08x-%04x-4%03x-a%03x-%012x" % (  # noqa: UP031 - uuid-shaped
            rng.getrandbits(32),
            rng.getrandbits(16),
            rng.getrandbits(12),
            rng.getrandbits(12),
            rng.getrandbits(48),
        )
        if validator.is_valid(candidate):
            return candidate
        ok, value = self.generator.valid(id_schema, validator, self.seed, "id", self._counter)
        return str(value) if ok else candidate

    def validator_for(self, schema: JSON) -> Validator:
        """A cached validator for a converted schema node."""
        key = id(schema)
        if key not in self._validators:
            self._validators[key] = self.schemas.validator(schema)
        return self._validators[key]


def declared(schemas: SchemaSet, schema: JSON, where: list[str]) -> set[str]:
    """Property names declared at a key path of an object schema."""
    node = schema
    for key in where:
        node = _object_props(schemas, node).get(key, {})
    return set(_object_props(schemas, node))


def overlay(
    base: JSON, fields: Mapping[str, JSON], validator: Validator, where: list[str] | None = None
) -> JSON:
    """`base` with stored fields copied in, keeping only keys that validate.

    All of them when the result validates (one check: the common case, and the most faithful
    echo); else one key at a time, each kept when the body with it still validates.
    """
    if not isinstance(base, dict) or not fields:
        return base
    path = where or []
    whole = _with_fields(base, fields, path)
    if whole is None:
        return base
    if validator.is_valid(whole):
        return whole
    current = base
    for name, value in fields.items():
        candidate = _with_fields(current, {name: value}, path)
        if candidate is not None and validator.is_valid(candidate):
            current = candidate
    return current


def _with_fields(body: JSON, fields: Mapping[str, JSON], where: list[str]) -> JSON | None:
    """A copy of `body` with `fields` set in the object at key path `where` (None: no object)."""
    copy = _copy(body)
    node = copy
    for key in where:
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, dict):
        return None
    node.update(fields)
    return copy


def _copy(value: JSON) -> JSON:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def resource_node(schemas: SchemaSet, schema: JSON, fields: Mapping[str, JSON]) -> list[str]:
    """Where in a response body the resource's fields belong: top level or one wrapper object."""
    props = _object_props(schemas, schema)
    if any(name in props for name in fields):
        return []
    for name, sub in props.items():
        sub_props = _object_props(schemas, sub)
        if any(key in sub_props for key in fields):
            return [name]
    return []


def list_items_location(
    schemas: SchemaSet, schema: JSON, hint: str | None
) -> tuple[str, JSON] | None:
    """The top-level array property of a list response holding the items, and its item schema."""
    props = _object_props(schemas, schema)
    names = [hint] if hint and hint in props else []
    names += [n for n in props if n not in names]
    for name in names:
        resolved = schemas.resolve(props[name])
        if isinstance(resolved, Mapping) and (
            resolved.get("type") == "array"
            or (isinstance(resolved.get("type"), list) and "array" in resolved["type"])
        ):
            return name, resolved.get("items", {})
    return None


def paginate(
    items: list[tuple[str, dict[str, JSON]]],
    query: Mapping[str, Any],
    pagination: Mapping[str, Any] | None,
) -> tuple[list[tuple[str, dict[str, JSON]]], str | None]:
    """One page of (id, resource) pairs and the next marker (None when it is the last page)."""
    params = pagination.get("params") if isinstance(pagination, Mapping) else None
    params = params if isinstance(params, Mapping) else {}
    limit_name = str(params.get("limit", "limit"))
    offset_name = str(params.get("offset", "offset"))
    marker_name = str(params.get("marker", "marker"))
    limit = query.get(limit_name)
    start = 0
    if isinstance(query.get(offset_name), int) and query[offset_name] > 0:
        start = int(query[offset_name])
    marker = query.get(marker_name)
    if isinstance(marker, str) and marker:
        ids = [i for i, _ in items]
        start = ids.index(marker) + 1 if marker in ids else len(items)
    end = len(items)
    if isinstance(limit, int) and not isinstance(limit, bool) and limit >= 0:
        end = min(end, start + limit)
    page = items[start:end]
    next_marker = page[-1][0] if page and end < len(items) else None
    return page, next_marker


COUNT_NAMES = ("total", "count", "total_count", "totalCount", "total_number")
