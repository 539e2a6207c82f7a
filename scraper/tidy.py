"""Last passes over a built spec so that standard OpenAPI tools read it as we mean it.

- ``$ref`` with siblings: OpenAPI 3.0 ignores every sibling of a ``$ref`` (Spectral's
  ``no-$ref-siblings``), so ``{$ref, description, x-source}`` becomes the standard idiom
  ``{allOf: [{$ref}], description, x-source}``. openapi-python-client and openapi-typescript
  read a one-item ``allOf`` of a reference as that reference (the component's class/type).
- Examples that contradict their schema (the documentation's own inconsistencies, e.g.
  ``"weight": "70"`` for an Integer) are not standard examples of that schema: tools replay
  ``examples`` as valid data (Spectral ``oas3-valid-media-example``, schemathesis, mocks).
  They move, unchanged, to the media type's ``x-invalid-examples`` (same name, plus
  ``x-problems``), where ``docs2api lint`` still checks and counts them. Schemas are never
  widened to accept them.
"""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator

from scraper.diagnostics import Collector
from scraper.records import Source

INVALID_EXAMPLES = "x-invalid-examples"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys whose values are data (not schemas) wherever they appear outside a ``properties`` map.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", INVALID_EXAMPLES})


def wrap_ref_siblings(node: Any) -> int:
    """Rewrite every ``$ref`` with siblings below ``node`` as a one-item ``allOf``, in place.

    Returns how many were rewritten. Example values, defaults, enums and extensions are data
    and are not looked into.
    """
    return _wrap(node, in_properties=False)


def _wrap(node: Any, *, in_properties: bool) -> int:
    count = 0
    if isinstance(node, list):
        return sum(_wrap(item, in_properties=False) for item in node)
    if not isinstance(node, dict):
        return 0
    for key, value in node.items():
        if not in_properties and (key in _DATA_KEYS or key.startswith("x-")):
            continue
        count += _wrap(value, in_properties=key == "properties" and not in_properties)
    if not in_properties and isinstance(node.get("$ref"), str) and len(node) > 1:
        items = list(node.items())
        node.clear()
        for key, value in items:
            if key == "$ref":
                node["allOf"] = [{"$ref": value}]
            else:
                node[key] = value
        count += 1
    return count


def quarantine_invalid_examples(spec: dict[str, Any], collector: Collector) -> int:
    """Move media-type examples that fail their schema to ``x-invalid-examples``.

    Returns how many were moved; each gets an info diagnostic naming its first problems.
    """
    components = spec.get("components", {})
    moved = 0
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            label = f"{method.upper()} {path}"
            body = operation.get("requestBody") or {}
            for media in (body.get("content") or {}).values():
                moved += _quarantine(media, components, f"{label} request", collector)
            for status, response in (operation.get("responses") or {}).items():
                if not isinstance(response, dict):
                    continue
                for media in (response.get("content") or {}).values():
                    where = f"{label} response {status}"
                    moved += _quarantine(media, components, where, collector)
    return moved


def _quarantine(media: Any, components: Any, where: str, collector: Collector) -> int:
    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
        return 0
    examples = media.get("examples")
    if not isinstance(examples, dict):
        return 0
    moved = 0
    for name in list(examples):
        entry = examples[name]
        if not isinstance(entry, dict) or "value" not in entry:
            continue
        problems = example_problems(entry["value"], media["schema"], components)
        if not problems:
            continue
        media.setdefault(INVALID_EXAMPLES, {})[name] = {
            **examples.pop(name),
            "x-problems": problems,
        }
        moved += 1
        source = entry.get("x-source")
        collector.info(
            "example-contradicts-schema",
            _source(source),
            f"{where} example {name!r} contradicts the documented schema "
            f"({'; '.join(problems[:3])}); kept under {INVALID_EXAMPLES}",
        )
    if not examples:
        del media["examples"]
    return moved


def _source(value: Any) -> Source:
    """The ``Source`` an ``x-source`` value was written from."""
    if not isinstance(value, dict):
        return Source(file="?")
    row, line = value.get("row"), value.get("line")
    return Source(
        file=str(value.get("file", "?")),
        table=value.get("table"),
        row=row if isinstance(row, int) else None,
        section=value.get("section"),
        line=line if isinstance(line, int) else None,
    )


def example_problems(value: Any, schema: dict[str, Any], components: Any) -> list[str]:
    """Why ``value`` fails ``schema`` (OpenAPI 3.0 semantics, formats not asserted)."""
    root = {"allOf": [schema], "components": components}
    try:
        errors = list(OAS30Validator(root).iter_errors(value))
    except Exception as exc:  # an unresolvable $ref or a broken schema is a finding too
        return [f"schema could not be applied: {exc}"]
    return sorted({_problem(e) for e in errors})


def _problem(error: ValidationError) -> str:
    pointer = "/" + "/".join(str(p) for p in error.absolute_path) if error.absolute_path else ""
    return f"{pointer or '(root)'}: {error.message}"
