"""Widen a schema just enough to admit what the documentation's own examples show.

Reference pages contradict themselves: a table says ``Integer`` and the page's example sends
``"100"``; a table lists ``start``/``stop`` and the example sends ``restart``; a field marked
mandatory is missing from the example. The example is usually a capture of the real service,
so a schema that rejects it breaks the generated clients on real traffic (an enum class
raising on an unlisted value, a Go or Rust client failing to decode a string where it expects
a number). So, when an example contradicts its schema, the schema node the contradiction sits
on is widened just enough to admit the example, and the contradiction is recorded on that
node under ``x-doc-inconsistencies`` (and as a warning), where ``docs2api lint`` lists it,
and the example is marked ``x-contradicts-tables: true``:

- a value of another type: the node becomes ``anyOf: [what the table says, what the example
  shows]``, the second as narrow as the example allows (a numeric string gets a ``pattern``,
  a list of the documented objects is an array of them, ``""`` for an object is an empty
  string);
- a value the documented ``enum`` does not list: the value joins the enum;
- a missing mandatory field: the field is no longer required;
- a violated bound (``maxLength``, ``maximum``...): the bound is dropped (the record keeps it).

A widening is kept only if it makes the whole example valid; otherwise the schema is left as
the tables say and the example goes to ``x-invalid-examples`` as before (``scraper.tidy``).
``build_spec(..., widen=False)`` (``docs2api spec --tables-only``) skips this stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scraper.diagnostics import Collector
from scraper.records import Source
from scraper.schemas import infer_schema
from scraper.tidy import (
    PlainError,
    check_example,
    example_problems,
    is_json_type,
    jsonschema_errors,
    media_places,
    place_label,
    plain_errors,
)

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

NOTES = "x-doc-inconsistencies"
MARK = "x-contradicts-tables"
_REF_PREFIX = "#/components/schemas/"
# Keywords that only annotate a schema: they stay on the widened node, outside the anyOf.
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "default", "deprecated", "readOnly", "writeOnly"}
)
_BOUNDS = frozenset(
    {
        "maxLength",
        "minLength",
        "maximum",
        "minimum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "maxItems",
        "minItems",
        "maxProperties",
        "minProperties",
        "multipleOf",
        "pattern",
        "uniqueItems",
    }
)
_ROUNDS = 12  # each round fixes every independent contradiction; nesting needs a few
_INTEGER_TEXT = re.compile(r"-?[0-9]+")
_NUMBER_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_BOOLEAN_TEXT = frozenset({"true", "false", "True", "False", "TRUE", "FALSE"})


@dataclass(frozen=True)
class _Fix:
    """One change to one schema node, and the note that records why."""

    node: dict[str, Any]
    replacement: dict[str, Any]
    kind: str
    pointer: str
    message: str
    change: str


#: What ``_plan`` returns for an error that another error of the same value resolves.
_ELSEWHERE = _Fix({}, {}, "", "", "", "")


def reconcile_examples(
    spec: dict[str, Any], collector: Collector
) -> dict[int, tuple[str, dict[str, Any]]]:
    """Widen schemas so that the spec's media-type examples validate.

    Every example that contradicted the tables and validates now is marked
    ``x-contradicts-tables: true`` (also those that an earlier example's widening covers).
    Returns the example entries that can still be invalid, by ``id``, each with where its media
    type is and the media type (for ``tidy.quarantine_invalid_examples``): of those that
    contradicted the tables at first, the ones no widening made valid, and the ones whose
    validity rests on a ``oneOf`` (a later widening can make a second branch match; see
    ``tidy.check_example``). The others were found valid, and widening keeps them so.
    """
    components = spec.get("components", {})
    failing: list[tuple[str, str, dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    for method, path, status, media in media_places(spec):
        schema = media.get("schema")
        examples = media.get("examples")
        if not isinstance(schema, dict) or not isinstance(examples, dict):
            continue
        for name, entry in examples.items():
            if not isinstance(entry, dict) or "value" not in entry:
                continue
            if example_problems(entry["value"], schema, components):
                where = place_label(method, path, status)
                failing.append((f"{where} example {name!r}", where, media, entry, schema))
    unsure: dict[int, tuple[str, dict[str, Any]]] = {}
    for label, where, media, entry, schema in failing:
        value = entry["value"]
        problems, one_of = check_example(value, schema, components)
        if problems:
            fixes, one_of = _reconcile(value, schema, components)
            if not fixes:
                unsure[id(entry)] = (where, media)
                continue
            for fix in fixes:
                note = {
                    "kind": fix.kind,
                    "example": label,
                    "at": fix.pointer or "/",
                    "message": fix.message,
                    "change": fix.change,
                }
                fix.node.setdefault(NOTES, []).append(note)
                collector.warning(
                    "example-widened-schema",
                    Source.from_json(fix.node.get("x-source") or entry.get("x-source")),
                    f"{label} at {fix.pointer or '/'}: {fix.message}; the documentation "
                    f"contradicts itself, so the schema {fix.change} (see {NOTES})",
                )
        if one_of:
            unsure[id(entry)] = (where, media)
        entry[MARK] = True
    return unsure


def _reconcile(value: Any, schema: dict[str, Any], components: Any) -> tuple[list[_Fix], bool]:
    """The fixes that make ``value`` (found invalid) valid, applied, and whether its validity
    rests on a ``oneOf``; or no fixes, with the schema as it was."""
    saved: list[tuple[dict[str, Any], dict[str, Any]]] = []
    applied: list[_Fix] = []
    for round_ in range(_ROUNDS):
        if round_:  # (before the first, the caller found problems)
            problems, one_of = check_example(value, schema, components)  # quick, and exact
            if not problems:
                return applied, one_of
        errors = _errors(value, schema, components)
        touched: set[int] = set()
        fixes: list[_Fix] = []
        for error in errors:
            fix = _plan(error, schema, components)
            if fix is None:
                break
            if fix is _ELSEWHERE:
                continue
            if id(fix.node) not in touched:  # the next round sees the node as changed
                touched.add(id(fix.node))
                fixes.append(fix)
        else:
            for fix in fixes:
                saved.append((fix.node, dict(fix.node)))
                fix.node.clear()
                fix.node.update(fix.replacement)
            applied.extend(fixes)
            continue
        break
    for node, before in reversed(saved):  # not made valid: leave the schema as documented
        node.clear()
        node.update(before)
    return [], True


def _errors(
    value: Any, schema: dict[str, Any], components: Any
) -> list[ValidationError] | list[PlainError]:
    quick = plain_errors(value, schema, components)
    if quick is not None:  # (what jsonschema finds, found without it)
        return quick
    try:
        return sorted(
            jsonschema_errors(value, schema, components),
            key=lambda e: [str(p) for p in e.absolute_path],
        )
    except Exception:  # an unresolvable $ref or a broken schema: nothing to widen safely
        return []


def _plan(
    error: ValidationError | PlainError, schema: dict[str, Any], components: Any
) -> _Fix | None:
    """The fix for one validation error, or None when it has no safe widening."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        options = error.schema if isinstance(error.schema, dict) else {}
        if error.validator == "anyOf" and NOTES in options:
            return _add_branch(options, error)
        deepest = max(error.context, key=lambda e: len(e.absolute_path))
        return _plan(deepest, schema, components)
    node = error.schema if isinstance(error.schema, dict) else None
    if node is None:
        return None
    pointer = _pointer(error)
    kind = str(error.validator)
    if kind == "type":
        site = _site(list(error.absolute_schema_path)[:-1], schema, components)
        if site is None or error.instance is None:
            return None
        core = _core(site)
        branch = _branch(error.instance, core, components)
        replacement = {"anyOf": [core, branch], **_annotations(site)}
        change = f"also accepts {_what(branch)}"
        return _Fix(site, replacement, "type-mismatch", pointer, error.message, change)
    if kind == "enum" and isinstance(node.get("enum"), list):
        declared = node.get("type")
        if isinstance(declared, str) and not is_json_type(error.instance, declared):
            return _ELSEWHERE  # a value of another type: the type error widens the node
        if isinstance(error.instance, bool) or not isinstance(error.instance, (str, int, float)):
            return None
        return _Fix(
            node,
            {**node, "enum": [*node["enum"], error.instance]},
            "enum-mismatch",
            pointer,
            error.message,
            f"also accepts {error.instance!r}",
        )
    if kind == "required" and isinstance(node.get("required"), list):
        if not isinstance(error.instance, dict):
            return None
        # jsonschema reports absent names in ``required`` order, readOnly/writeOnly excused
        props = node.get("properties")
        props = props if isinstance(props, dict) else {}
        absent = [
            name
            for name in node["required"]
            if name not in error.instance and not _excused(props.get(name))
        ]
        if not absent:
            return None
        missing = absent[0]
        rest = [name for name in node["required"] if name != missing]
        replacement = {k: v for k, v in node.items() if k != "required"}
        if rest:
            replacement = {**node, "required": rest}
        return _Fix(
            node,
            replacement,
            "missing-required-field",
            pointer,
            error.message,
            f"no longer requires {missing!r}",
        )
    if kind in _BOUNDS and kind in node:
        return _Fix(
            node,
            {k: v for k, v in node.items() if k != kind},
            "constraint-violation",
            pointer,
            error.message,
            f"drops {kind} {node[kind]!r}",
        )
    return None


def _excused(prop: Any) -> bool:
    """OAS 3.0: a readOnly or writeOnly property may be absent although required."""
    return isinstance(prop, dict) and bool(prop.get("readOnly") or prop.get("writeOnly"))


def _pointer(error: ValidationError | PlainError) -> str:
    return "/" + "/".join(str(p) for p in error.absolute_path) if error.absolute_path else ""


def _add_branch(node: dict[str, Any], error: ValidationError | PlainError) -> _Fix | None:
    """A value of yet another type for a node this module widened before."""
    if error.instance is None:
        return None
    options = node.get("anyOf")
    if not isinstance(options, list) or not options:
        return None
    branch = _branch(error.instance, options[0], {})
    pointer = _pointer(error)
    return _Fix(
        node,
        {**node, "anyOf": [*options, branch]},
        "type-mismatch",
        pointer,
        error.message,
        f"also accepts {_what(branch)}",
    )


def _site(path: list[Any], schema: dict[str, Any], components: Any) -> dict[str, Any] | None:
    """The schema of the value being checked: the last property, items, map value or root.

    Widening happens there, not inside a referenced component, so that the component (a
    model of its own in generated clients) keeps its shape and the slot that holds it widens.
    """
    named = components.get("schemas", {}) if isinstance(components, dict) else {}
    root: dict[str, Any] = {"allOf": [schema]}
    node: Any = root
    site: dict[str, Any] | None = None
    name_next = False
    for index, key in enumerate(path):
        if isinstance(node, dict) and key not in node and isinstance(node.get("$ref"), str):
            node = named.get(str(node["$ref"]).removeprefix(_REF_PREFIX))
        if isinstance(node, dict):
            node = node.get(key) if isinstance(key, str) else None
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
        else:
            return None
        if not isinstance(node, (dict, list)):
            return None
        is_site = name_next or key in ("items", "additionalProperties") or index == 1
        name_next = not name_next and key == "properties"
        if is_site and isinstance(node, dict):
            site = node
    return site


def _core(site: dict[str, Any]) -> dict[str, Any]:
    """What a schema asserts, without its annotations; a lone ``allOf`` ref as the ref."""
    core = {k: v for k, v in site.items() if k not in _ANNOTATIONS and not k.startswith("x-")}
    parts = core.get("allOf")
    if (
        set(core) == {"allOf"}
        and isinstance(parts, list)
        and len(parts) == 1
        and isinstance(parts[0], dict)
        and set(parts[0]) == {"$ref"}
    ):
        return dict(parts[0])
    return core


def _annotations(site: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in site.items() if k in _ANNOTATIONS or k.startswith("x-")}


def _branch(value: Any, core: dict[str, Any], components: Any) -> dict[str, Any]:
    """The narrowest schema of the kind ``value`` is (given what the table said)."""
    declared = core.get("type")
    if isinstance(value, (bool, int, float)):
        return dict(infer_schema(value))
    if isinstance(value, str):
        if declared == "integer" and _INTEGER_TEXT.fullmatch(value):
            return {"type": "string", "pattern": "^-?[0-9]+$"}
        if declared == "number" and _NUMBER_TEXT.fullmatch(value):
            return {"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"}
        if declared == "boolean" and value in _BOOLEAN_TEXT:
            return {"type": "string", "pattern": "^(true|false|True|False|TRUE|FALSE)$"}
        if value == "" and (declared in ("object", "array") or "$ref" in core):
            return {"type": "string", "maxLength": 0}
        return {"type": "string"}
    if isinstance(value, list):
        fits = bool(value) and all(not example_problems(item, core, components) for item in value)
        return {"type": "array", "items": dict(core) if fits else {}}
    return {"type": "object"}


def _what(branch: dict[str, Any]) -> str:
    kind = str(branch.get("type"))
    if "pattern" in branch:
        return f"{kind}s matching {branch['pattern']}"
    if branch.get("maxLength") == 0:
        return "an empty string"
    if kind == "array" and branch.get("items"):
        return "an array of the documented value"
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"
