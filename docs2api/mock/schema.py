"""OpenAPI 3.0 schema objects -> JSON Schema draft-4 validators ($ref and nullable handled)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

import jsonschema

Direction = Literal["request", "response"]
JSON = Any

_COMPONENT_REF = re.compile(r"^#/components/schemas/([^/]+)$")
# Keywords OpenAPI 3.0 adds to JSON Schema that a draft-4 validator must not see.
# `example` stays: draft 4 ignores it and the static generator uses it.
_OPENAPI_ONLY = frozenset(
    {"nullable", "discriminator", "readOnly", "writeOnly", "xml", "externalDocs"}
)
_SCHEMA_MAPS = ("properties", "patternProperties", "definitions")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_ONE = ("items", "not", "additionalProperties", "additionalItems")
_MAX_INLINE_DEPTH = 32
# OpenAPI's integer formats bound the value (schemathesis treats them so too).
_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def unescape_pointer(token: str) -> str:
    """One JSON-pointer token, unescaped."""
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: JSON, ref: str) -> JSON | None:
    """The node a local `#/...` reference points at, or None when it points nowhere."""
    if not ref.startswith("#"):
        return None
    node = document
    for raw in ref[1:].split("/")[1:]:
        token = unescape_pointer(raw)
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


class SchemaSet:
    """The spec's schemas converted to JSON Schema for one direction (request or response).

    Component schemas keep their `#/components/schemas/NAME` references; the converted
    components live under the same pointer inside every validator's root document, so the
    references resolve without a custom resolver. Refs anywhere else are inlined.
    """

    def __init__(self, spec: Mapping[str, Any], direction: Direction) -> None:
        self.spec = spec
        self.direction = direction
        components = spec.get("components")
        raw = components.get("schemas") if isinstance(components, Mapping) else None
        raw = raw if isinstance(raw, Mapping) else {}
        self.components: dict[str, JSON] = {}
        for name, schema in raw.items():
            self.components[str(name)] = self.convert(schema)
        self._root = {"components": {"schemas": self.components}}

    def convert(self, schema: JSON, depth: int = 0) -> JSON:
        """One OpenAPI schema object as JSON Schema draft 4."""
        if isinstance(schema, bool):  # draft 4 has no boolean schemas (3.1 specs use them)
            return {} if schema else {"not": {}}
        if not isinstance(schema, Mapping):
            return {}
        ref = schema.get("$ref")
        if isinstance(ref, str):
            match = _COMPONENT_REF.match(ref)
            if match and unescape_pointer(match.group(1)) in self._raw_component_names():
                return {"$ref": ref}
            target = resolve_pointer(self.spec, ref)
            if target is None or depth > _MAX_INLINE_DEPTH:
                return {}  # a dangling reference constrains nothing
            return self.convert(target, depth + 1)
        out: dict[str, JSON] = {}
        for key, value in schema.items():
            if key in _OPENAPI_ONLY or (isinstance(key, str) and key.startswith("x-")):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, Mapping):
                out[key] = {str(k): self.convert(v, depth) for k, v in value.items()}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self.convert(v, depth) for v in value]
            elif key in _SCHEMA_ONE:
                out[key] = self.convert(value, depth) if isinstance(value, Mapping) else value
            else:
                out[key] = value
        self._drop_one_sided_required(schema, out)
        bounds = _FORMAT_BOUNDS.get(str(schema.get("format")))
        if bounds is not None and schema.get("type") == "integer":
            out.setdefault("minimum", bounds[0])
            out.setdefault("maximum", bounds[1])
        if schema.get("nullable") is True:
            out = _nullable(out)
        return out

    def _drop_one_sided_required(self, schema: Mapping[str, Any], out: dict[str, JSON]) -> None:
        """readOnly properties are never required in requests, writeOnly ones never in responses."""
        required = out.get("required")
        props = schema.get("properties")
        if not isinstance(required, list) or not isinstance(props, Mapping):
            return
        flag = "readOnly" if self.direction == "request" else "writeOnly"
        kept = [
            name
            for name in required
            if not (isinstance(props.get(name), Mapping) and props[name].get(flag) is True)
        ]
        if kept:
            out["required"] = kept
        else:
            out.pop("required", None)

    def _raw_component_names(self) -> Mapping[str, Any]:
        components = self.spec.get("components")
        raw = components.get("schemas") if isinstance(components, Mapping) else None
        return raw if isinstance(raw, Mapping) else {}

    def resolve(self, schema: JSON) -> JSON:
        """Follow component references at the top of a converted schema."""
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < _MAX_INLINE_DEPTH:
            match = _COMPONENT_REF.match(str(schema["$ref"]))
            if not match:
                return {}
            schema = self.components.get(unescape_pointer(match.group(1)), {})
            seen += 1
        return schema

    def validator(self, converted: JSON) -> Validator:
        """A compiled validator for a converted schema."""
        return Validator(converted, self._root)


def _nullable(out: dict[str, JSON]) -> dict[str, JSON]:
    kind = out.get("type")
    if isinstance(kind, str):
        out["type"] = [kind, "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    if kind is None and not out:
        return out
    return {"anyOf": [{"type": "null"}, out]}


class Validator:
    """A draft-4 validator whose root document carries the converted components."""

    def __init__(self, schema: JSON, root: Mapping[str, Any]) -> None:
        self.schema = schema
        document: JSON
        if isinstance(schema, Mapping):
            document = {**root, **schema} if "components" not in schema else dict(schema)
        else:
            document = schema
        self._impl = jsonschema.Draft4Validator(document)

    def errors(self, instance: JSON) -> list[str]:
        """Readable messages, one per violation (empty when the instance is valid)."""
        out: list[str] = []
        try:
            for error in self._impl.iter_errors(instance):
                where = "/".join(str(p) for p in error.absolute_path)
                message = _shorten(error.message)
                out.append(f"{where}: {message}" if where else message)
                if len(out) >= 5:
                    break
        except (jsonschema.exceptions.SchemaError, RecursionError, ValueError) as exc:
            out.append(f"schema could not be applied: {exc.__class__.__name__}")
        return out

    def is_valid(self, instance: JSON) -> bool:
        """Whether the instance satisfies the schema."""
        return not self.errors(instance)


def _shorten(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."
