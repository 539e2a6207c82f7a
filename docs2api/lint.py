"""Lint a spec: OpenAPI validity, then every example against its schema (doc inconsistencies).

Two figures measure how well the schemas describe the documentation's own examples:
- *valid*: of the parseable JSON examples that have a schema (under a media type's
  ``examples``, or ``x-invalid-examples`` where the builder keeps those that contradict it),
  the share that validates
  (OpenAPI 3.0 semantics: ``nullable``, ``$ref`` into ``components``; formats not asserted);
- *declared*: of the object keys in those examples, the share the schema declares: by name
  (a property), or as a key of a documented map (``additionalProperties`` given as a schema,
  from ``Map<String,X>``, ``Dict`` or a description of key-value pairs); a key that only
  passes because an object is open (free-form ``Object``, ``additionalProperties: true`` or
  absent) is not declared, and its value is not looked into further.

Where the builder widened a schema because the page's own example contradicted the table
(``x-doc-inconsistencies`` on the schema node, see ``scraper.reconcile``), the contradiction
is listed all the same, marked with what the schema accepts now, and a third figure gives the
share of examples that validate against the tables alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import OpenAPIV30SpecValidator

from docs2api.specfile import read_spec
from docs2api.specnodes import as_dict, as_list

COMPONENT_PREFIX = "#/components/schemas/"
# (where, schema, example name, value, example x-source, marked x-contradicts-tables)
_Example = tuple[str, dict[str, Any] | None, str, Any, dict[str, Any] | None, bool]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KINDS = {
    "type": "type-mismatch",
    "required": "missing-required-field",
    "enum": "enum-mismatch",
    "additionalProperties": "undeclared-field",
}


@dataclass(frozen=True)
class Inconsistency:
    """One place where an example disagrees with its schema."""

    kind: str  # type-mismatch, missing-required-field, undeclared-field, enum-mismatch, ...
    where: str  # "POST /v1/{project_id}/services request example 'x'"
    pointer: str  # JSON pointer into the example
    message: str
    source: dict[str, Any] | None  # x-source of the schema node (or of the example)
    accepted: str | None = None  # how the builder widened the schema to admit the example

    def format(self) -> str:
        """One line for the terminal."""
        at = f" at {self.pointer}" if self.pointer else ""
        widened = f"; the schema {self.accepted}" if self.accepted else ""
        return (
            f"{self.kind}: {self.where}{at}: {self.message}{widened} [{source_label(self.source)}]"
        )


@dataclass
class LintResult:
    """What linting found, with the two figures."""

    valid: bool
    errors: list[str] = field(default_factory=list)
    inconsistencies: list[Inconsistency] = field(default_factory=list)
    examples_parseable: int = 0
    examples_unparsed: int = 0
    examples_without_schema: int = 0
    examples_checked: int = 0
    examples_valid: int = 0
    examples_widened: int = 0  # valid only because the builder widened a schema for them
    keys_total: int = 0
    keys_declared: int = 0

    @property
    def valid_percent(self) -> float:
        """% of checked (parseable, with a schema) examples that validate."""
        return (
            100.0 * self.examples_valid / self.examples_checked if self.examples_checked else 100.0
        )

    @property
    def tables_valid_percent(self) -> float:
        """% of checked examples that validate against the schemas as the tables say them."""
        valid = self.examples_valid - self.examples_widened
        return 100.0 * valid / self.examples_checked if self.examples_checked else 100.0

    @property
    def declared_percent(self) -> float:
        """% of keys in checked examples that the schema declares."""
        return 100.0 * self.keys_declared / self.keys_total if self.keys_total else 100.0

    def figures(self) -> dict[str, Any]:
        """The counts and the two percentages as a dict."""
        return {
            "valid": self.valid,
            "examples_parseable": self.examples_parseable,
            "examples_unparsed": self.examples_unparsed,
            "examples_without_schema": self.examples_without_schema,
            "examples_checked": self.examples_checked,
            "examples_valid": self.examples_valid,
            "valid_percent": round(self.valid_percent, 2),
            "examples_widened": self.examples_widened,
            "valid_percent_tables_alone": round(self.tables_valid_percent, 2),
            "keys_total": self.keys_total,
            "keys_declared": self.keys_declared,
            "declared_percent": round(self.declared_percent, 2),
            "inconsistencies": len(self.inconsistencies),
            "inconsistencies_accepted": sum(1 for i in self.inconsistencies if i.accepted),
        }


def source_label(source: dict[str, Any] | None) -> str:
    """``file table 'T' row N`` from an ``x-source`` value."""
    if not isinstance(source, dict):
        return "no source"
    parts = [str(source.get("file", "?"))]
    if "line" in source:
        parts.append(f"line {source['line']}")
    if "section" in source:
        parts.append(f"section {source['section']!r}")
    if "table" in source:
        parts.append(f"table {source['table']!r}")
    if "row" in source:
        parts.append(f"row {source['row']}")
    return " ".join(parts)


def validate_spec(spec: dict[str, Any], *, limit: int = 50) -> list[str]:
    """openapi-spec-validator errors (at most ``limit``), as lines."""
    out: list[str] = []
    try:
        for error in OpenAPIV30SpecValidator(spec).iter_errors():
            where = "/".join(str(p) for p in getattr(error, "absolute_path", []))
            out.append(f"{where or '(root)'}: {getattr(error, 'message', error)}")
            if len(out) >= limit:
                break
    except Exception as exc:  # the validator itself failing is a finding, not a crash
        # Its semantic checks, which run after the schema check, can fail on a document the
        # schema check has already rejected (paths: null): those errors say what is wrong.
        if not out:
            out.append(f"validator failed: {type(exc).__name__}: {exc}")
    return out


def _media_examples(
    spec: dict[str, Any],
) -> Iterator[_Example]:
    """(where, schema, name, value, x-source, marked as contradicting the tables) of each."""
    for path, item in sorted(as_dict(spec.get("paths")).items()):
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            label = f"{method.upper()} {path}"
            body = as_dict(operation.get("requestBody"))
            for media in as_dict(body.get("content")).values():
                yield from _examples_of(f"{label} request", media)
            for status, response in as_dict(operation.get("responses")).items():
                if not isinstance(response, dict):
                    continue
                for media in as_dict(response.get("content")).values():
                    yield from _examples_of(f"{label} response {status}", media)


def _examples_of(where: str, media: Any) -> Iterator[_Example]:
    if not isinstance(media, dict):
        return
    schema = media.get("schema")
    if "example" in media:
        yield where, schema, "example", media["example"], None, False
    # x-invalid-examples: the builder's place for examples that contradict their schema
    # (kept out of ``examples`` for tools that replay them); they are checked all the same.
    for key in ("examples", "x-invalid-examples"):
        entries = media.get(key)
        for name, entry in entries.items() if isinstance(entries, dict) else ():
            if isinstance(entry, dict) and "value" in entry:
                marked = entry.get(_MARK) is True
                yield where, schema, str(name), entry["value"], entry.get("x-source"), marked


def _unparsed_count(spec: dict[str, Any]) -> int:
    count = 0

    def walk(node: Any) -> None:
        nonlocal count
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "x-unparsed-examples" and isinstance(value, list):
                    count += len(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec.get("paths", {}))
    return count


def lint_spec(spec: dict[str, Any]) -> LintResult:
    """Validate ``spec`` and check every example against its schema."""
    errors = validate_spec(spec)
    result = LintResult(valid=not errors, errors=errors)
    result.examples_unparsed = _unparsed_count(spec)
    components = as_dict(spec.get("components"))
    schemas = as_dict(components.get("schemas"))
    for where, schema, name, value, source, marked in _media_examples(spec):
        result.examples_parseable += 1
        if not isinstance(schema, dict):
            result.examples_without_schema += 1
            continue
        result.examples_checked += 1
        label = f"{where} example {name!r}"
        problems = _validate(value, schema, components)
        if not problems:
            result.examples_valid += 1
            result.examples_widened += marked
        seen: set[tuple[str, str]] = set()
        for error in problems:
            item = _inconsistency(error, label, source)
            if (item.kind, item.pointer) not in seen:  # "None for not nullable" + type error
                seen.add((item.kind, item.pointer))
                result.inconsistencies.append(item)
        counter = _KeyCounter(schemas)
        counter.walk(value, schema, "")
        result.keys_total += counter.total
        result.keys_declared += counter.declared
        for pointer, node_source in counter.undeclared_fields:
            result.inconsistencies.append(
                Inconsistency(
                    "undeclared-field",
                    label,
                    pointer,
                    "the example has a field the documentation does not describe",
                    node_source or source,
                )
            )
    result.inconsistencies.extend(_accepted(spec))
    return result


_NOTES = "x-doc-inconsistencies"
_MARK = "x-contradicts-tables"
_DATA = frozenset({"example", "examples", "x-invalid-examples", "default", "enum"})


def _accepted(spec: dict[str, Any]) -> list[Inconsistency]:
    """The contradictions the builder resolved by widening a schema (``x-doc-inconsistencies``)."""
    found: list[Inconsistency] = []

    def walk(node: Any, depth: int, named: bool = False) -> None:
        if depth > 200:
            return
        if named and isinstance(node, dict):  # a properties map: any name, schemas as values
            for value in node.values():
                walk(value, depth + 1)
        elif isinstance(node, dict):
            notes = node.get(_NOTES)
            for note in notes if isinstance(notes, list) else ():
                if isinstance(note, dict) and {"kind", "example"} <= set(note):
                    at = str(note.get("at", ""))
                    source = node.get("x-source")
                    found.append(
                        Inconsistency(
                            str(note["kind"]),
                            str(note["example"]),
                            "" if at == "/" else at,
                            str(note.get("message", "")),
                            source if isinstance(source, dict) else None,
                            accepted=str(note.get("change", "was widened")),
                        )
                    )
            for key, value in node.items():
                if key not in _DATA and key != _NOTES:
                    walk(value, depth + 1, key == "properties")
        elif isinstance(node, list):
            for value in node:
                walk(value, depth + 1)

    walk(spec.get("components", {}), 0)
    walk(spec.get("paths", {}), 0)
    return found


def lint_file(path: Path) -> LintResult:
    """``lint_spec`` of a spec file; an unreadable file is an invalid spec."""
    spec = read_spec(path)
    if isinstance(spec, str):
        return LintResult(valid=False, errors=[spec])
    return lint_spec(spec)


def _validate(value: Any, schema: dict[str, Any], components: Any) -> list[ValidationError]:
    root = {"allOf": [schema], "components": components}
    try:
        validator = OAS30Validator(root)
        return sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    except Exception as exc:  # an unresolvable $ref or a broken schema: report, don't crash
        return [ValidationError(f"schema could not be applied: {exc}", validator="schema")]


def _deepest(error: ValidationError) -> ValidationError:
    if error.context:
        best = min(error.context, key=lambda e: (len(e.context or []), -len(e.absolute_path)))
        return _deepest(best)
    return error


def _inconsistency(error: ValidationError, label: str, source: Any) -> Inconsistency:
    leaf = _deepest(error) if error.validator in ("oneOf", "anyOf", "allOf") else error
    schema = leaf.schema if isinstance(leaf.schema, dict) else {}
    node_source = schema.get("x-source")
    if leaf.validator == "type" and isinstance(schema.get("properties"), dict):
        node_source = node_source or source
    pointer = "/" + "/".join(str(p) for p in leaf.absolute_path) if leaf.absolute_path else ""
    kind = KINDS.get(str(leaf.validator), "constraint-violation")
    return Inconsistency(kind, label, pointer, leaf.message, node_source or source)


def _is_ref_wrapper(schema: dict[str, Any]) -> bool:
    """``{allOf: [{$ref}], description, x-source...}``: a reference with annotations."""
    parts = schema.get("allOf")
    return (
        isinstance(parts, list)
        and len(parts) == 1
        and isinstance(parts[0], dict)
        and set(parts[0]) == {"$ref"}
        and all(k in _ANNOTATIONS or k.startswith("x-") for k in schema if k != "allOf")
    )


_ANNOTATIONS = frozenset(
    {"description", "title", "nullable", "deprecated", "readOnly", "writeOnly"}
)


class _KeyCounter:
    """Counts the keys of an example and which of them the schema declares."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.total = 0
        self.declared = 0
        self.undeclared_fields: list[tuple[str, dict[str, Any] | None]] = []

    def resolve(self, schema: Any) -> dict[str, Any]:
        for _ in range(50):
            if isinstance(schema, dict) and "$ref" in schema:
                schema = self.schemas.get(str(schema["$ref"]).removeprefix(COMPONENT_PREFIX), {})
            elif isinstance(schema, dict) and _is_ref_wrapper(schema):
                schema = schema["allOf"][0]  # {allOf: [$ref], description...}: the reference
            else:
                break
        return schema if isinstance(schema, dict) else {}

    def _flatten(self, schema: dict[str, Any], value: Any, depth: int = 0) -> dict[str, Any]:
        """Properties/additionalProperties/items of a schema with allOf/oneOf/anyOf folded in."""
        schema = self.resolve(schema)
        merged: dict[str, Any] = {
            "properties": dict(as_dict(schema.get("properties"))),
            "additionalProperties": schema.get("additionalProperties"),
            "items": schema.get("items"),
            "x-source": schema.get("x-source"),
        }
        if depth > 20:
            return merged
        for branch in as_list(schema.get("allOf")):
            sub = self._flatten(branch, value, depth + 1)
            merged["properties"].update(sub["properties"])
            for key in ("additionalProperties", "items", "x-source"):
                merged[key] = merged[key] or sub[key]
        options = as_list(schema.get("oneOf")) + as_list(schema.get("anyOf"))
        if options:
            keys = set(value) if isinstance(value, dict) else set()
            flat = [self._flatten(o, value, depth + 1) for o in options]
            best = max(flat, key=lambda f: len(keys & set(f["properties"])))
            merged["properties"].update(best["properties"])
            for key in ("additionalProperties", "items", "x-source"):
                merged[key] = merged[key] or best[key]
        return merged

    def walk(self, value: Any, schema: Any, pointer: str, depth: int = 0) -> None:
        """Count keys of ``value`` against ``schema``, recursing through declared ones."""
        if depth > 60 or not isinstance(schema, dict):
            return
        flat = self._flatten(schema, value)
        if isinstance(value, dict):
            properties = flat["properties"]
            extra = flat["additionalProperties"]
            typed_map = isinstance(extra, dict)  # a documented map (even of any values)
            for key, sub in value.items():
                self.total += 1
                child = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
                if key in properties:
                    self.declared += 1
                    self.walk(sub, properties[key], child, depth + 1)
                elif typed_map:
                    self.declared += 1
                    self.walk(sub, extra, child, depth + 1)
                elif properties:
                    self.undeclared_fields.append((child, flat["x-source"]))
        elif isinstance(value, list) and isinstance(flat["items"], dict):
            for i, item in enumerate(value):
                self.walk(item, flat["items"], f"{pointer}/{i}", depth + 1)
