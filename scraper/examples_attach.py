"""Attaching request/response examples to the operations of a built spec.

Parsed JSON examples go under the media type's ``examples`` (request examples on the request
body, response examples on their status). Examples that are not JSON are kept as text under the
media type's ``x-unparsed-examples`` (not ``examples``, so that tools that replay examples do
not send them), each with a diagnostic.

Examples also teach the schemas two things the tables leave open, each noted as a diagnostic:
bare ``Array`` items nobody described take the shape of the first example item that shows
them, and a typed value an example shows as ``null`` becomes ``nullable``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from scraper import vocab
from scraper.diagnostics import Collector
from scraper.records import Example
from scraper.schemas import COMPONENT_PREFIX, Schemas, infer_schema
from scraper.tidy import json_copy

if TYPE_CHECKING:
    from scraper.build import Built

BODY_METHODS = frozenset({"post", "put", "patch", "delete"})
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")


def _example_name(example: Example, taken: dict[str, Any]) -> str:
    base = _name_base(example.title)
    name = base
    n = 2
    while name in taken:
        name = f"{base}_{n}"
        n += 1
    return name


@functools.lru_cache(maxsize=1024)  # (captions repeat: "Example Request", "Example Response")
def _name_base(title: str) -> str:
    """An example's name before numbering: its title's words joined by ``_``."""
    return _NOT_WORD.sub("_", title).strip("_")[:40] or "example"


def looks_like_error(value: Any) -> bool:
    """A Huawei error body (``error_code`` and little else)."""
    return isinstance(value, dict) and "error_code" in value and len(value) <= 4


_REQUEST_LINE = re.compile(
    r"^\s*(?:(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+)?(?:https?://|/)\S*\s*$",
    re.IGNORECASE,
)


def _is_request_line_only(example: Example) -> bool:
    """Only request lines (``GET https://.../v2/...``, one per twin URI), no body."""
    lines = [line for line in example.text.strip().splitlines() if line.strip()]
    return bool(lines) and all(_REQUEST_LINE.match(line) for line in lines)


def _entry(example: Example) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if example.title:
        entry["summary"] = example.title
    entry["value"] = json_copy(example.value)  # the spec shares nothing with the records
    if example.repaired:
        entry["x-repaired"] = True
    entry["x-source"] = example.source.to_json()
    return entry


def _text_entry(example: Example) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if example.title:
        entry["summary"] = example.title
    entry["value"] = example.text
    entry["x-source"] = example.source.to_json()
    return entry


def attach_examples(
    spec: dict[str, Any],
    built: list[Built],
    schemas: Schemas,
    collector: Collector,
    error_ref: dict[str, Any] | None = None,
) -> None:
    """Put every example of every operation where it belongs in ``spec``."""
    components = spec["components"]["schemas"]
    pending = {id(items) for items, _, _ in schemas.pending_items}
    samples: dict[int, list[Any]] = {}
    attached: list[tuple[dict[str, Any], Example]] = []
    for b in built:
        operation = spec["paths"][b.op.path][b.op.method]
        for example in b.op.examples:
            if example.kind == "request":
                media = _attach_request(operation, b.op.method, example, collector, components)
            else:
                media = _attach_response(operation, example, collector, error_ref)
            if example.parsed and media is not None:
                attached.append((media, example))
        if not operation["responses"]:
            collector.info(
                "no-responses",
                b.op.source,
                "no response is documented; a default response is declared",
            )
            operation["responses"]["default"] = {"description": "Response not documented"}
    by_media: dict[int, tuple[dict[str, Any], list[Example]]] = {}
    for media, example in attached:
        by_media.setdefault(id(media), (media, []))[1].append(example)
    for media, examples in by_media.values():
        _wrap_from_examples(media, examples, components, collector)
    for media, example in attached:
        if "schema" in media:
            learner = _Learner(components, pending, collector, example, samples)
            learner.walk(media["schema"], example.value, 0)
    for items, source, spelling in schemas.pending_items:
        values = samples.get(id(items), [])
        if not values:
            continue
        shapes = [infer_schema(v) for v in values]
        merged = merge_shapes(shapes)
        if merged is None:
            collector.warning(
                "array-items-mixed",
                source,
                f"{spelling or 'Array'!r}: the examples show items of different types; "
                "items accept any value",
            )
            items["x-items-seen"] = sorted({str(s.get("type")) for s in shapes})
        else:
            items.update(merged)


def _attach_request(
    operation: dict[str, Any],
    method: str,
    example: Example,
    collector: Collector,
    components: dict[str, Any],
) -> dict[str, Any] | None:
    if not example.parsed and _is_request_line_only(example):
        operation.setdefault("x-example-requests", []).append(
            {
                "method": (example.method or method).upper(),
                "url": example.url or example.text.strip().splitlines()[0],
                "x-source": example.source.to_json(),
            }
        )
        return None
    body = operation.get("requestBody")
    if body is None:
        if method not in BODY_METHODS or not example.parsed:
            operation.setdefault("x-unparsed-examples", []).append(_text_entry(example))
            collector.info(
                "example-kept-as-text",
                example.source,
                f"request example for a {method.upper()} without a documented body kept as text",
            )
            return None
        collector.info(
            "body-from-example",
            example.source,
            "request body not described; declared as a free-form object from the example",
        )
        body = {"content": {"application/json": {"schema": {"type": "object"}}}}
        operation["requestBody"] = body
    media: dict[str, Any] = next(iter(body["content"].values()))
    if _describes_something_else(media, example, components):
        operation.setdefault("x-unattached-examples", []).append(_entry(example))
        collector.info(
            "example-not-a-body",
            example.source,
            f"JSON block after {example.title!r} shares no key with the request body and is not "
            "captioned as an example; kept aside, not as a request example",
        )
        return None
    _add(media, example, collector)
    return media


def _describes_something_else(
    media: dict[str, Any], example: Example, components: dict[str, Any]
) -> bool:
    """A JSON block that is not captioned as an example and shares no key with the body."""
    if not example.parsed or not isinstance(example.value, dict) or not example.value:
        return False
    if not example.title or vocab.is_example_caption(example.title):
        return False
    schema = _resolve(media.get("schema") or {}, components)
    properties = schema.get("properties")
    if not isinstance(properties, dict) or not properties:
        return False
    return not set(example.value) & set(properties)


def _attach_response(
    operation: dict[str, Any],
    example: Example,
    collector: Collector,
    error_ref: dict[str, Any] | None,
) -> dict[str, Any] | None:
    responses = operation["responses"]
    status = example.status
    if not status and looks_like_error(example.value):
        status = next((s for s in responses if s[:1] in ("4", "5")), "default")
    if not status:
        status = next((s for s in responses if s.startswith("2")), "200")
    if status not in responses:
        collector.info(
            "example-status-undocumented",
            example.source,
            f"example for status {status}, which the status table does not list; added",
        )
        responses[status] = {"description": "Example response"}
        if status == "default" and error_ref is not None:
            responses[status]["content"] = {"application/json": {"schema": dict(error_ref)}}
        operation["responses"] = dict(sorted(responses.items()))
        responses = operation["responses"]
    response = responses[status]
    if status in ("204", "205", "304"):
        if example.value not in ({}, [], None, ""):
            response.setdefault("x-ignored-examples", []).append(_entry(example))
            collector.warning(
                "example-on-no-content",
                example.source,
                f"an example body is shown for status {status}, which has none; not attached",
            )
        return None
    content = response.setdefault("content", {})
    media: dict[str, Any] | None = content.get("application/json") or next(
        iter(content.values()), None
    )
    if media is None:
        media = content.setdefault("application/json", {})
        assert media is not None
    _add(media, example, collector)
    return media


def _add(media: dict[str, Any], example: Example, collector: Collector) -> None:
    if example.parsed:
        examples = media.setdefault("examples", {})
        examples[_example_name(example, examples)] = _entry(example)
        return
    media.setdefault("x-unparsed-examples", []).append(_text_entry(example))
    collector.info(
        "example-kept-as-text",
        example.source,
        "example is not JSON (or not repairable with certainty); kept as text",
    )


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 50:
        name = str(schema["$ref"]).removeprefix(COMPONENT_PREFIX)
        schema = components.get(name, {})
        seen += 1
    return schema


# Values the learner has nothing to learn from (only null, objects and arrays teach it).
_LEAVES = frozenset({str, int, float, bool})
_COMPOSITIONS = ("allOf", "oneOf", "anyOf")


class _Learner:
    """Walks one example against its schema, filling bare array items and nullability."""

    def __init__(
        self,
        components: dict[str, Any],
        pending: set[int],
        collector: Collector,
        example: Example,
        samples: dict[int, list[Any]],
    ) -> None:
        self.components = components
        self.pending = pending
        self.collector = collector
        self.example = example
        self.samples = samples

    def walk(self, schema: dict[str, Any], value: Any, depth: int) -> None:
        """Learn from ``value`` at ``schema`` and below."""
        if depth > 30 or type(value) in _LEAVES:
            return
        referred = "$ref" in schema
        ref = schema["$ref"] if referred else None
        if referred:
            schema = _resolve(schema, self.components)
        if value is None:
            if "type" in schema and not schema.get("nullable"):
                schema["nullable"] = True
                name = str(ref).removeprefix(COMPONENT_PREFIX) if referred else None
                what = f"component {name}" if name else "a field"
                self.collector.info(
                    "nullable-from-example",
                    self.example.source,
                    f"the example shows null for {what} of type {schema['type']}; "
                    "declared nullable",
                )
            return
        for key in _COMPOSITIONS:
            if key in schema:  # (most nodes have none: no empty default to loop over)
                for branch in schema[key]:
                    self.walk(branch, value, depth + 1)
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            if properties:  # (a $ref wrapped in allOf has none: its value's keys not tried)
                for k, v in value.items():
                    if k in properties and type(v) not in _LEAVES:
                        self.walk(properties[k], v, depth + 1)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                for k, v in value.items():
                    if k not in properties:
                        self.walk(extra, v, depth + 1)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            items = schema["items"]
            if id(items) in self.pending:
                self.samples.setdefault(id(items), []).extend(v for v in value if v is not None)
                return
            for v in value:
                if type(v) not in _LEAVES:
                    self.walk(items, v, depth + 1)


def merge_shapes(shapes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """One schema covering every inferred item shape, or None when their types differ."""
    types = {s.get("type") for s in shapes}
    if types == {"integer", "number"}:
        return {"type": "number"}
    if len(types) != 1:
        return None
    kind = types.pop()
    if kind == "object":
        properties: dict[str, list[dict[str, Any]]] = {}
        for shape in shapes:
            for name, sub in shape.get("properties", {}).items():
                properties.setdefault(name, []).append(sub)
        merged: dict[str, Any] = {}
        for name, subs in properties.items():
            one = merge_shapes(subs)
            merged[name] = one if one is not None else {}
        return {"type": "object", "properties": merged}
    if kind == "array":
        inner = [s["items"] for s in shapes if s.get("items")]
        items = merge_shapes(inner) if inner else {}
        return {"type": "array", "items": items if items is not None else {}}
    return {"type": kind} if kind else {}


def _wrap_from_examples(
    media: dict[str, Any],
    examples: list[Example],
    components: dict[str, Any],
    collector: Collector,
) -> None:
    """A body table that describes the object *inside* the examples' single wrapper key.

    OpenStack-style pages document ``{"volume": {...}}`` with a table of the inner fields.
    When every example of a body is ``{K: inner}`` (or ``{K: [inner, ...]}``), K is not a
    documented field, and the inner keys are mostly documented fields, the body becomes
    ``{K: <documented schema>}``.
    """
    schema = media.get("schema")
    if not isinstance(schema, dict) or "$ref" not in schema or not examples:
        return
    keys = set()
    is_array: set[bool] = set()
    inner_keys: set[str] = set()
    for example in examples:  # (before the schema is looked at: most examples are not so)
        value = example.value
        if not isinstance(value, dict) or len(value) != 1:
            return
        key, inner = next(iter(value.items()))
        keys.add(key)
        if isinstance(inner, list):
            is_array.add(True)
            for item in inner:
                if not isinstance(item, dict):
                    return
                inner_keys.update(item)
        elif isinstance(inner, dict):
            is_array.add(False)
            inner_keys.update(inner)
        else:
            return
    if len(keys) != 1 or len(is_array) != 1 or not inner_keys:
        return
    properties = _resolve(schema, components).get("properties", {})
    if not properties:
        return
    key = keys.pop()
    if key in properties:
        return
    known = inner_keys & set(properties)
    if len(known) * 2 < len(inner_keys):
        return
    inner_schema: dict[str, Any] = dict(schema)
    if is_array.pop():
        inner_schema = {"type": "array", "items": inner_schema}
    media["schema"] = {"type": "object", "properties": {key: inner_schema}, "required": [key]}
    collector.info(
        "body-wrapper-from-example",
        examples[0].source,
        f"the table describes the object inside the examples' {key!r} key; the body is "
        f"{{{key!r}: ...}}",
    )
