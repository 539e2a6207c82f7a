"""Response bodies and headers for an operation: documented examples first, generated data else.

Nothing leaves here that does not validate against the documented schema for its status.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from docs2api.mock.data import Generator
from docs2api.mock.routes import Operation, deref
from docs2api.mock.schema import JSON, SchemaSet, Validator
from docs2api.mock.validate import is_json

log = logging.getLogger("docs2api.mock")


@dataclass
class Reply:
    """A response ready to send."""

    status: int
    body: JSON = None
    has_body: bool = False
    media_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        """The body as bytes."""
        if not self.has_body:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if self.media_type is not None and not is_json(self.media_type):
            return str(self.body).encode()
        return json.dumps(self.body, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class _Media:
    media_type: str
    schema: JSON | None
    validator: Validator | None
    examples: list[tuple[str, JSON]]  # (name, value), documented order


@dataclass
class _Response:
    key: str  # "200", "2XX", "default"
    media: _Media | None
    headers: dict[str, tuple[bool, JSON, Validator]]  # name -> (required, schema, validator)


class ResponsePlan:
    """Precompiled response definitions of one operation."""

    def __init__(
        self, spec: Mapping[str, Any], op: Operation, schemas: SchemaSet, generator: Generator
    ) -> None:
        self.op = op
        self.schemas = schemas
        self.generator = generator
        self.responses: dict[str, _Response] = {}
        raw = op.definition.get("responses")
        for key, response in raw.items() if isinstance(raw, Mapping) else []:
            response = deref(spec, response)
            if isinstance(response, Mapping):
                self.responses[str(key).upper()] = self._compile(spec, str(key).upper(), response)
        self._cache: dict[tuple[int, str | None], Reply] = {}

    def _compile(self, spec: Mapping[str, Any], key: str, response: Mapping[str, Any]) -> _Response:
        media: _Media | None = None
        content = response.get("content")
        if isinstance(content, Mapping) and content:
            names = list(content)
            chosen = next((n for n in names if is_json(str(n))), names[0])
            raw = content[chosen] if isinstance(content[chosen], Mapping) else {}
            schema = self.schemas.convert(raw["schema"]) if "schema" in raw else None
            examples: list[tuple[str, JSON]] = []
            if "example" in raw:
                examples.append(("example", raw["example"]))
            named = raw.get("examples")
            for name, example in named.items() if isinstance(named, Mapping) else []:
                example = deref(spec, example)
                if isinstance(example, Mapping) and "value" in example:
                    examples.append((str(name), example["value"]))
            media = _Media(
                str(chosen),
                schema,
                self.schemas.validator(schema) if schema is not None else None,
                examples,
            )
        headers: dict[str, tuple[bool, JSON, Validator]] = {}
        raw_headers = response.get("headers")
        for name, header in raw_headers.items() if isinstance(raw_headers, Mapping) else []:
            header = deref(spec, header)
            if not isinstance(header, Mapping) or str(name).lower() == "content-type":
                continue
            schema = self.schemas.convert(header.get("schema", {"type": "string"}))
            headers[str(name)] = (
                bool(header.get("required")),
                schema,
                self.schemas.validator(schema),
            )
        return _Response(key, media, headers)

    def statuses(self) -> list[str]:
        """Documented response keys, upper-cased."""
        return list(self.responses)

    def success_status(self) -> int:
        """The lowest documented 2xx status (200 when only a range or nothing is documented).

        A 204/205 documented with a body (a scraping slip: HTTP forbids one) is passed over
        when another 2xx exists, since the body it promises cannot be sent.
        """
        codes = sorted(int(k) for k in self.responses if k.isdigit() and 200 <= int(k) < 300)
        sendable = [c for c in codes if c not in (204, 205) or self.responses[str(c)].media is None]
        return (sendable or codes or [200])[0]

    def definition_for(self, status: int) -> _Response | None:
        """The response definition covering a status (exact, then range, then default)."""
        for key in (str(status), f"{str(status)[0]}XX", "DEFAULT"):
            if key in self.responses:
                return self.responses[key]
        return None

    def documents(self, status: int) -> bool:
        """Whether the status is documented, exactly or through a range/default."""
        return self.definition_for(status) is not None

    def body_schema(self, status: int) -> tuple[JSON, Validator] | None:
        """The converted body schema and its validator for a status, if one is documented."""
        definition = self.definition_for(status)
        media = definition.media if definition is not None else None
        if media is None or media.schema is None or media.validator is None:
            return None
        return media.schema, media.validator

    def example_names(self, status: int) -> list[str]:
        """Names of the documented examples for a status."""
        definition = self.definition_for(status)
        if definition is None or definition.media is None:
            return []
        return [name for name, _ in definition.media.examples]

    def reply(
        self,
        status: int,
        *,
        seed: int,
        example: str | None = None,
        dynamic: bool = False,
        counter: int = 0,
        body: JSON = None,
        use_body: bool = False,
    ) -> Reply | None:
        """A valid reply with this status, or None when no valid body can be produced.

        `use_body` asks for a caller-built body (stateful data, errors); it is sent only if it
        validates, else the usual example/generated body is used.
        """
        definition = self.definition_for(status)
        if definition is None:
            return Reply(status)
        cache_key = (status, example)
        if not dynamic and not use_body and cache_key in self._cache:
            return self._cache[cache_key]
        media = definition.media
        headers = self._headers(definition, seed, status, counter if dynamic else 0)
        if media is None:
            return Reply(status, headers=headers)
        value = self._body(media, status, seed, example, dynamic, counter, body, use_body)
        if value is _NOTHING:
            return None
        out = Reply(status, value, True, media.media_type, headers)
        if not dynamic and not use_body:
            self._cache[cache_key] = out
        return out

    def _body(
        self,
        media: _Media,
        status: int,
        seed: int,
        example: str | None,
        dynamic: bool,
        counter: int,
        body: JSON,
        use_body: bool,
    ) -> JSON:
        validator = media.validator
        if validator is None:
            # No schema: only a documented example (or nothing) can be right.
            if use_body:
                return body
            return media.examples[0][1] if media.examples else ""
        if use_body and validator.is_valid(body):
            return body
        if not dynamic:
            ordered = [v for n, v in media.examples if n == example] if example else []
            ordered += [v for _, v in media.examples]
            for candidate in ordered:
                if validator.is_valid(candidate):
                    return candidate
        seed_parts: tuple[object, ...] = (seed, self.op.operation_id, status)
        if dynamic:
            seed_parts += (counter,)
        ok, value = self.generator.valid(media.schema, validator, *seed_parts, static=not dynamic)
        if ok:
            return value
        log.error(
            "%s: no valid %s body could be produced for its schema", self.op.operation_id, status
        )
        return _NOTHING

    def _headers(
        self, definition: _Response, seed: int, status: int, counter: int
    ) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, (_required, schema, validator) in definition.headers.items():
            ok, value = self.generator.valid(
                schema, validator, seed, self.op.operation_id, status, name, counter
            )
            if ok and not isinstance(value, dict | list) and value is not None:
                out[name] = _header_text(value)
            elif ok and isinstance(value, list):
                out[name] = ",".join(_header_text(v) for v in value)
        return out


def _header_text(value: JSON) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "".join(c if 32 <= ord(c) < 127 else "?" for c in text)


class _Nothing:
    pass


_NOTHING: Any = _Nothing()
