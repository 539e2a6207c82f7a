"""Request validation against one operation: path, query, header parameters and the body."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from docs2api.mock.routes import Operation, deref
from docs2api.mock.schema import JSON, SchemaSet, Validator

# Per OpenAPI 3.0, header parameters with these names are ignored (content negotiation / auth).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_JSON_TYPES = ("application/json", "+json")


@dataclass
class ValidatedRequest:
    """Parameter values coerced to their schema types, and the parsed body."""

    path: dict[str, JSON] = field(default_factory=dict)
    query: dict[str, JSON] = field(default_factory=dict)
    headers: dict[str, JSON] = field(default_factory=dict)
    body: JSON = None
    has_body: bool = False


@dataclass
class Problem:
    """What is wrong with a request, and the status that says so (400 or 415)."""

    message: str
    status: int = 400


@dataclass
class _Param:
    name: str
    location: str
    required: bool
    schema: JSON
    validator: Validator
    explode: bool
    style: str


def is_json(media_type: str) -> bool:
    """Whether a media type carries JSON."""
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


class RequestValidator:
    """Precompiled validators for one operation's parameters and body."""

    def __init__(self, spec: Mapping[str, Any], op: Operation, schemas: SchemaSet) -> None:
        self.op = op
        self.params: list[_Param] = []
        for raw in op.parameters:
            location = str(raw.get("in"))
            name = str(raw.get("name"))
            if location == "header" and name.lower() in _IGNORED_HEADERS:
                continue
            if location not in ("path", "query", "header", "cookie"):
                continue
            schema = schemas.convert(raw.get("schema", {}))
            default_style = "form" if location in ("query", "cookie") else "simple"
            style = str(raw.get("style") or default_style)
            self.params.append(
                _Param(
                    name=name,
                    location=location,
                    required=bool(raw.get("required")) or location == "path",
                    schema=schema,
                    validator=schemas.validator(schema),
                    explode=bool(raw.get("explode", style == "form")),
                    style=style,
                )
            )
        body = deref(spec, op.definition.get("requestBody"))
        self.body_required = isinstance(body, Mapping) and bool(body.get("required"))
        self.media: dict[str, Validator | None] = {}
        content = body.get("content") if isinstance(body, Mapping) else None
        for media_type, media in (content or {}).items() if isinstance(content, Mapping) else []:
            schema = media.get("schema") if isinstance(media, Mapping) else None
            validator = schemas.validator(schemas.convert(schema)) if schema is not None else None
            self.media[str(media_type).lower()] = validator

    def validate(
        self,
        path_params: Mapping[str, str],
        query: str,
        headers: Mapping[str, str],
        content_type: str | None,
        body: bytes,
    ) -> ValidatedRequest | Problem:
        """Coerce and check every part of the request; the first problem found wins."""
        out = ValidatedRequest()
        pairs = parse_qsl(query, keep_blank_values=True)
        for param in self.params:
            raw = self._raw(param, path_params, pairs, headers)
            if raw is None:
                if param.required:
                    return Problem(f"missing required {param.location} parameter '{param.name}'")
                continue
            value = coerce(raw, param.schema, explode=param.explode)
            errors = param.validator.errors(value)
            if errors:
                return Problem(
                    f"invalid {param.location} parameter '{param.name}': {'; '.join(errors)}"
                )
            target = {"path": out.path, "query": out.query}.get(param.location, out.headers)
            target[param.name] = value
        problem = self._body(content_type, body, out)
        return problem if problem is not None else out

    def _raw(
        self,
        param: _Param,
        path_params: Mapping[str, str],
        pairs: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
    ) -> str | list[str] | None:
        if param.location == "path":
            return path_params.get(param.name)
        if param.location == "header":
            return headers.get(param.name.lower())
        if param.location == "cookie":
            return _cookie(headers.get("cookie", ""), param.name)
        values = [v for k, v in pairs if k == param.name]
        if not values:
            return None
        return values if len(values) > 1 else values[0]

    def _body(self, content_type: str | None, body: bytes, out: ValidatedRequest) -> Problem | None:
        if not self.media:
            return None  # nothing documented: whatever came is ignored
        if not body:
            if self.body_required:
                return Problem("the request body is required")
            return None
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if not media_type:
            media_type = "application/json" if "application/json" in self.media else ""
        matched = _match_media(media_type, self.media)
        if matched is None:
            documented = ", ".join(sorted(self.media))
            return Problem(
                f"unsupported Content-Type '{media_type}'; documented: {documented}", status=415
            )
        validator = self.media[matched]
        if not is_json(matched):
            out.body, out.has_body = body, True
            return None
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return Problem("the request body is not valid JSON")
        if validator is not None:
            errors = validator.errors(value)
            if errors:
                return Problem(f"invalid request body: {'; '.join(errors)}")
        out.body, out.has_body = value, True
        return None


def _match_media(media_type: str, documented: Mapping[str, Any]) -> str | None:
    if media_type in documented:
        return media_type
    main = media_type.split("/", 1)[0]
    for candidate in documented:
        if candidate in ("*/*", f"{main}/*"):
            return candidate
        if is_json(candidate) and is_json(media_type) and media_type != "*/*":
            return candidate
    return None


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, sep, value = part.strip().partition("=")
        if sep and key == name:
            return value
    return None


def _types(schema: JSON) -> list[str]:
    """The JSON types a parameter schema admits."""
    if not isinstance(schema, Mapping):
        return []
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    for key in ("anyOf", "oneOf", "allOf"):
        options = schema.get(key)
        if isinstance(options, list):
            found: list[str] = []
            for option in options:
                found.extend(_types(option))
            return found
    if "items" in schema:
        return ["array"]
    if "properties" in schema:
        return ["object"]
    return []


def coerce(raw: str | list[str], schema: JSON, *, explode: bool) -> JSON:
    """A wire string (or repeated values) as the typed value its schema describes.

    Values that do not convert stay strings, so the validator names the type error.
    """
    kinds = _types(schema)
    if "array" in kinds:
        items = schema.get("items", {}) if isinstance(schema, Mapping) else {}
        if isinstance(raw, list):
            parts = raw
        elif explode:
            parts = [raw]
        else:
            parts = raw.split(",") if raw != "" else []
        return [_scalar(part, _types(items)) for part in parts]
    if isinstance(raw, list):
        return [_scalar(part, kinds) for part in raw]  # repeated scalar: a type error
    return _scalar(raw, kinds)


def _scalar(raw: str, kinds: list[str]) -> JSON:
    if "null" in kinds and raw in ("", "null"):
        return None
    if "string" in kinds or not kinds:
        return raw
    if "integer" in kinds:
        try:
            if raw.strip() == raw and raw.lstrip("-").isdigit() and raw.isascii():
                return int(raw)
        except ValueError:
            pass
    if "number" in kinds:
        try:
            if raw.strip() == raw and raw.lower() not in ("nan", "inf", "-inf", "infinity"):
                number = float(raw)
                return int(number) if number.is_integer() and "." not in raw else number
        except ValueError:
            pass
    if "boolean" in kinds and raw in ("true", "false"):
        return raw == "true"
    if "object" in kinds:
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw
