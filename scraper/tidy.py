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

import functools
import json
import re
from collections.abc import Container, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from scraper.diagnostics import Collector
from scraper.records import Source

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

INVALID_EXAMPLES = "x-invalid-examples"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


class _NotJson(Exception):
    """A value ``json_copy`` leaves to the JSON round trip."""


def json_copy(value: Any) -> Any:
    """``json.loads(json.dumps(value))`` (fresh containers, nothing shared), without the text.

    Data that is already JSON-shaped (dicts with string keys, lists, plain scalars) is copied
    directly, about twice as fast; anything else (tuples, other key types) takes the round
    trip, which converts it as JSON does.
    """
    try:
        return _copy(value)
    except _NotJson:
        return json.loads(json.dumps(value, ensure_ascii=False))


def _copy(value: Any) -> Any:
    kind = type(value)
    if kind is dict:
        out = value.copy()  # then the containers replaced by copies (same keys: allowed)
        for key, item in out.items():
            if type(key) is not str:
                raise _NotJson
            if type(item) not in _JSON_SCALARS:
                out[key] = _copy(item)
        return out
    if kind is list:
        return [item if type(item) in _JSON_SCALARS else _copy(item) for item in value]
    if kind in _JSON_SCALARS:
        return value
    raise _NotJson


def wrap_ref_nodes(nodes: list[dict[str, Any]]) -> int:
    """Rewrite each of ``nodes`` that holds a ``$ref`` with siblings as a one-item ``allOf``,
    in place; returns how many were rewritten.

    For a builder that knows which nodes it gave a ``$ref``: no walk over the whole spec.
    """
    count = 0
    for node in nodes:
        if len(node) > 1 and type(node.get("$ref")) is str:
            _wrap_node(node)
            count += 1
    return count


def _wrap_node(node: dict[str, Any]) -> None:
    """``{"$ref": r, ...}`` -> ``{"allOf": [{"$ref": r}], ...}`` in place, keys in order."""
    items = list(node.items())
    node.clear()
    for key, value in items:
        if key == "$ref":
            node["allOf"] = [{"$ref": value}]
        else:
            node[key] = value


def quarantine_invalid_examples(
    spec: dict[str, Any], collector: Collector, *, suspects: Container[int] | None = None
) -> int:
    """Move media-type examples that fail their schema to ``x-invalid-examples``.

    Returns how many were moved; each gets an info diagnostic naming its first problems.
    ``suspects``: the ``id`` of the only example entries that can be invalid (the others were
    checked already), or None to check them all. When ``suspects`` maps them to where their
    media type is and the media type (as ``reconcile.reconcile_examples`` returns them), only
    those media types are looked at.
    """
    components = spec.get("components", {})
    places: Iterable[tuple[str, dict[str, Any]]] = media_types(spec)
    if isinstance(suspects, Mapping):
        places = {id(media): (where, media) for where, media in suspects.values()}.values()
    moved = 0
    for where, media in places:
        moved += _quarantine(media, components, where, collector, suspects)
    return moved


def media_types(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(``"POST /path request"`` / ``"GET /path response 200"``, media type) of every body."""
    for method, path, status, media in media_places(spec):
        yield place_label(method, path, status), media


def place_label(method: str, path: str, status: str | None) -> str:
    """Where a media type is, as ``media_types`` words it (``status`` None: the request)."""
    if status is None:
        return f"{method.upper()} {path} request"
    return f"{method.upper()} {path} response {status}"


def media_places(
    spec: dict[str, Any],
) -> Iterator[tuple[str, str, str | None, dict[str, Any]]]:
    """``media_types`` as (method, path, status or None, media type), no label put together:
    for a caller that needs the labels of a few only."""
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            body = operation.get("requestBody") or {}
            for media in (body.get("content") or {}).values():
                if isinstance(media, dict):
                    yield method, path, None, media
            for status, response in (operation.get("responses") or {}).items():
                if not isinstance(response, dict):
                    continue
                for media in (response.get("content") or {}).values():
                    if isinstance(media, dict):
                        yield method, path, status, media


def _quarantine(
    media: Any,
    components: Any,
    where: str,
    collector: Collector,
    suspects: Container[int] | None,
) -> int:
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
        if suspects is not None and id(entry) not in suspects:
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
            Source.from_json(source),
            f"{where} example {name!r} contradicts the documented schema "
            f"({'; '.join(problems[:3])}); kept under {INVALID_EXAMPLES}",
        )
    if not examples:
        del media["examples"]
    return moved


def example_problems(value: Any, schema: dict[str, Any], components: Any) -> list[str]:
    """Why ``value`` fails ``schema`` (OpenAPI 3.0 semantics, formats not asserted)."""
    return check_example(value, schema, components)[0]


def check_example(value: Any, schema: dict[str, Any], components: Any) -> tuple[list[str], bool]:
    """``example_problems``, and whether the answer may rest on a ``oneOf``.

    Widening a schema (an enum value more, a bound or a required name less, a node made an
    ``anyOf`` of what it asserted and more) never makes a valid value invalid, except under a
    ``oneOf``: a second branch that starts to match fails it. So a value found valid without
    passing a ``oneOf`` stays valid while schemas are only widened (``scraper.reconcile``).
    True when unsure.
    """
    named = components.get("schemas") if isinstance(components, dict) else None
    found: list[str] = []
    one_of: list[bool] = []
    if _check(value, schema, named if isinstance(named, dict) else {}, None, found, 0, one_of):
        return sorted(set(found)), bool(one_of)  # what jsonschema finds, at a fraction of its cost
    try:
        errors = list(jsonschema_errors(value, schema, components))
    except Exception as exc:  # an unresolvable $ref or a broken schema is a finding too
        return [f"schema could not be applied: {exc}"], True
    return sorted({_problem(e) for e in errors}), True


def jsonschema_errors(
    value: Any, schema: dict[str, Any], components: Any
) -> Iterator[ValidationError]:
    """OAS30Validator's errors for ``value`` against ``{"allOf": [schema]}``.

    jsonschema and openapi_schema_validator are imported here, on first use: about 0.15 s
    that a spec whose examples ``plain_errors`` and ``_check`` answer never pays.
    """
    from openapi_schema_validator import OAS30Validator

    root = {"allOf": [schema], "components": components}
    errors: Iterator[ValidationError] = OAS30Validator(root).iter_errors(value)
    return errors


class PlainError(NamedTuple):
    """A jsonschema error as ``plain_errors`` finds it: the attributes it is read by."""

    validator: str  # "type", "enum", "required", "anyOf"... (the keyword)
    schema: dict[str, Any]  # the schema node holding that keyword
    absolute_path: tuple[str | int, ...]  # where the value is
    absolute_schema_path: tuple[str | int, ...]  # how jsonschema reached the node, and keyword
    instance: Any
    message: str
    # an anyOf's or oneOf's errors in the branches that failed, in jsonschema's order
    context: tuple[PlainError, ...] = ()


def plain_errors(value: Any, schema: dict[str, Any], components: Any) -> list[PlainError] | None:
    """OAS30Validator's errors for ``value`` against ``{"allOf": [schema]}``, sorted by where
    the value is (as ``reconcile`` sorts them), when all are ``type``, ``enum``, ``required``,
    bound, ``additionalProperties``, ``anyOf`` or ``oneOf`` errors; else None.

    The usual contradictions of a page (a table says Integer, the example shows ``"70"``; a
    value the enum does not list; a mandatory field left out; a null), found without asking
    jsonschema, in the order jsonschema finds them (schema keywords in their order, properties
    in the schema's, items in the value's, unlisted names in set order as jsonschema takes
    them), an ``anyOf``'s or ``oneOf``'s with the errors of its branches as ``context``.
    None, for jsonschema to decide, when anything else could fail: any keyword but those,
    ``properties``, ``items``, ``allOf``, ``$ref`` and annotations.
    """
    named = components.get("schemas") if isinstance(components, dict) else None
    found: list[PlainError] = []
    if not _plain(
        value, schema, named if isinstance(named, dict) else {}, (), ("allOf", 0), found, 0
    ):
        return None
    return sorted(found, key=lambda e: [str(p) for p in e.absolute_path])


def _plain(
    value: Any,
    schema: Any,
    named: dict[str, Any],
    path: tuple[str | int, ...],
    schema_path: tuple[str | int, ...],
    found: list[PlainError],
    depth: int,
) -> bool:
    """The errors below ``schema`` into ``found``; False when ``plain_errors`` gives up."""
    if type(schema) is not dict or depth > _MAX_DEPTH:
        return False
    for key, sub in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue  # (no error comes from these)
        if key == "type":
            if type(sub) is not str or sub not in _TYPES:
                return False
            if value is None and schema.get("nullable") is True:
                continue
            where = (*schema_path, "type")
            if value is None:
                found.append(PlainError("type", schema, path, where, None, "None for not nullable"))
            if not is_json_type(value, sub):
                message = f"{value!r} is not of type {sub!r}"
                found.append(PlainError("type", schema, path, where, value, message))
        elif key == "properties":
            if type(sub) is not dict:
                return False
            if type(value) is dict:
                for name, prop in sub.items():  # (jsonschema: "properties", name)
                    if name in value:
                        where = (*schema_path, "properties", name)
                        if not _plain(
                            value[name], prop, named, (*path, name), where, found, depth + 1
                        ):
                            return False
        elif key == "items":
            if type(sub) is not dict:
                return False
            if type(value) is list:
                where = (*schema_path, "items")  # (jsonschema adds no index here)
                for index, item in enumerate(value):
                    if not _plain(item, sub, named, (*path, index), where, found, depth + 1):
                        return False
        elif key == "allOf":
            if type(sub) is not list or "discriminator" in schema:
                return False
            for index, part in enumerate(sub):
                where = (*schema_path, "allOf", index)
                if not _plain(value, part, named, path, where, found, depth + 1):
                    return False
        elif key == "$ref":  # (jsonschema leaves "$ref" out of the schema path)
            name = _ref_name(sub) if type(sub) is str else None
            if name is None or name not in named:
                return False
            if not _plain(value, named[name], named, path, schema_path, found, depth + 1):
                return False
        elif key in ("anyOf", "oneOf"):
            if type(sub) is not list or "discriminator" in schema:
                return False
            where = (*schema_path, key)
            if not _choice_errors(value, key, sub, schema, named, path, where, found, depth):
                return False
        elif key == "required":
            if type(sub) is not list or not _required_errors(
                value, sub, schema, path, schema_path, found
            ):
                return False
        elif key == "enum":
            if type(sub) is not list:
                return False
            matched = _in_enum(value, sub)
            if matched is None:
                return False
            if not matched:
                message = f"{value!r} is not one of {sub!r}"
                found.append(
                    PlainError("enum", schema, path, (*schema_path, "enum"), value, message)
                )
        elif key == "additionalProperties":
            if type(value) is dict and not _extra_errors(
                value, sub, schema, named, path, schema_path, found, depth
            ):
                return False
        elif key in _BOUNDS:
            understood, broken = _bound(key, sub, value)
            if not understood:
                return False
            if broken is not None:
                found.append(PlainError(key, schema, path, (*schema_path, key), value, broken))
        else:
            return False
    return True


_BOUNDS = frozenset({"maxLength", "minLength", "maximum", "minimum"})


def _choice_errors(
    value: Any,
    key: str,
    options: list[Any],
    schema: dict[str, Any],
    named: dict[str, Any],
    path: tuple[str | int, ...],
    schema_path: tuple[str | int, ...],
    found: list[PlainError],
    depth: int,
) -> bool:
    """OAS30Validator's ``anyOf`` or ``oneOf`` error: the branches are tried in order until one
    admits ``value`` (a ``oneOf`` then asks each later branch too); False when ``plain_errors``
    gives up on a branch that jsonschema tries."""
    failed: list[PlainError] = []
    first = None
    for index, part in enumerate(options):
        errors: list[PlainError] = []
        if not _plain(value, part, named, path, (*schema_path, index), errors, depth + 1):
            return False
        if not errors:
            first = index
            break
        failed.extend(errors)
    if first is None:
        message = f"{value!r} is not valid under any of the given schemas"
        found.append(PlainError(key, schema, path, schema_path, value, message, tuple(failed)))
        return True
    if key == "anyOf":
        return True
    also = []
    for index in range(first + 1, len(options)):
        errors = []
        if not _plain(value, options[index], named, path, schema_path, errors, depth + 1):
            return False
        if not errors:
            also.append(options[index])
    if also:  # jsonschema names the later ones, then the first
        reprs = ", ".join(repr(part) for part in [*also, options[first]])
        message = f"{value!r} is valid under each of {reprs}"
        found.append(PlainError(key, schema, path, schema_path, value, message))
    return True


def _extra_errors(
    value: dict[Any, Any],
    extra: Any,
    schema: dict[str, Any],
    named: dict[str, Any],
    path: tuple[str | int, ...],
    schema_path: tuple[str | int, ...],
    found: list[PlainError],
    depth: int,
) -> bool:
    """OAS30Validator's ``additionalProperties`` errors: each name ``properties`` does not list
    checked against ``extra`` when it is a schema, or one error when it is False; False when
    ``plain_errors`` gives up."""
    known = schema.get("properties", {})
    if type(known) is not dict:
        return False
    # jsonschema takes the names from a set built as this one is (the value's names added in
    # order), which iterates in the same order in the same process
    extras = {name for name in value if name not in known}
    if not extras or extra is True:
        return True
    where = (*schema_path, "additionalProperties")  # (jsonschema adds no name)
    if type(extra) is dict:
        for name in extras:
            if not _plain(value[name], extra, named, (*path, name), where, found, depth + 1):
                return False
        return True
    if extra is not False:
        return False
    names = ", ".join(repr(name) for name in extras)
    verb = "was" if len(extras) == 1 else "were"
    message = f"Additional properties are not allowed ({names} {verb} unexpected)"
    found.append(PlainError("additionalProperties", schema, path, where, value, message))
    return True


def _bound(key: str, bound: Any, value: Any) -> tuple[bool, str | None]:
    """Whether a bound is one ``_plain`` knows, and jsonschema's message if ``value`` breaks it
    (an ``exclusiveMaximum`` or ``exclusiveMinimum`` beside it is not known: it gives up)."""
    if key in ("maxLength", "minLength"):
        if type(bound) is not int:
            return False, None
        if type(value) is str:
            if key == "maxLength" and len(value) > bound:
                return True, f"{value!r} " + (
                    "is expected to be empty" if bound == 0 else "is too long"
                )
            if key == "minLength" and len(value) < bound:
                return True, f"{value!r} " + (
                    "should be non-empty" if bound == 1 else "is too short"
                )
        return True, None
    if type(bound) not in (int, float):
        return False, None
    if type(value) in (int, float):
        if key == "maximum" and value > bound:
            return True, f"{value!r} is greater than the maximum of {bound!r}"
        if key == "minimum" and value < bound:
            return True, f"{value!r} is less than the minimum of {bound!r}"
    return True, None


def _required_errors(
    value: Any,
    names: list[Any],
    schema: dict[str, Any],
    path: tuple[str | int, ...],
    schema_path: tuple[str | int, ...],
    found: list[PlainError],
) -> bool:
    """OAS30Validator's ``required`` errors (a missing readOnly or writeOnly name excused)."""
    if type(value) is not dict:
        return True
    properties = schema.get("properties", {})
    if type(properties) is not dict:
        return False
    for name in names:
        if type(name) is not str:
            return False
        if name in value:
            continue
        prop = properties.get(name)
        if prop:
            if type(prop) is not dict:
                return False
            if prop.get("readOnly", False) or prop.get("writeOnly", False):
                continue
        message = f"{name!r} is a required property"
        found.append(
            PlainError("required", schema, path, (*schema_path, "required"), value, message)
        )
    return True


# Schema keywords that assert nothing under OpenAPI 3.0 validation (formats are not asserted;
# ``nullable`` is read by ``type``; readOnly/writeOnly only excuse ``required``).
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "format",
        "default",
        "example",
        "deprecated",
        "nullable",
        "readOnly",
        "writeOnly",
    }
)
# A leaf of these types is valid against a schema of one of these types and annotations only
# (``_LEAF_KEYS``): ``_check`` finds nothing there, so it is not called for it.
_LEAF_TYPES: dict[type, tuple[str, ...]] = {
    str: ("string",),
    int: ("integer", "number"),
    float: ("number",),
    bool: ("boolean",),
}
_LEAF_KEYS = _ANNOTATIONS | {"type", "x-source"}
# Keys ``_check`` passes over: annotations, and the extensions the builder writes on schemas.
_IGNORED = _ANNOTATIONS | {"x-source", "x-also-source", "x-orphan", "x-doc-inconsistencies"}
_REF_PREFIX = "#/components/schemas/"
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_.\-]+")
_MAX_DEPTH = 200
# Where a value is, as (parent, key or index) pairs from the root (None): a step costs no copy.
_Path = tuple[Any, str | int] | None


def _check(
    value: Any,
    schema: Any,
    named: dict[str, Any],
    path: _Path,
    found: list[str],
    depth: int,
    one_of: list[bool] | None = None,
) -> bool:
    """OAS30Validator's findings for ``value``, as ``_problem`` words them, into ``found``.

    Understands the keywords the builder writes, with OAS30Validator's semantics and messages
    (``$ref`` siblings applied, ``nullable`` read by ``type``, integers never floats nor
    booleans). Returns False, with ``found`` incomplete, for anything else (another keyword,
    a ``$ref`` it cannot resolve plainly, an ``enum`` of other values than strings and
    numbers, several unexpected properties): then jsonschema decides.

    ``one_of``, when given, gets a True for each ``oneOf`` the value's check passes through.
    """
    while type(schema) is dict and len(schema) == 1 and depth <= _MAX_DEPTH:
        # a lone $ref: what its branch below does, without a call
        ref = schema.get("$ref")
        if ref is None:
            break
        name = _ref_name(ref) if type(ref) is str else None
        if name is None or name not in named:
            return False
        schema = named[name]
        depth += 1
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return False
    for key, sub in schema.items():
        if key in _IGNORED:  # (other x- keys: last in the chain)
            continue
        if key == "type":
            if not isinstance(sub, str) or sub not in _TYPES:
                return False
            if value is None:
                if schema.get("nullable") is not True:
                    _found(found, path, "None for not nullable")
                    _found(found, path, f"None is not of type {sub!r}")
            elif type(value) is not _EXACT_TYPES[sub] and not is_json_type(value, sub):
                _found(found, path, f"{value!r} is not of type {sub!r}")
        elif key == "properties":
            if not isinstance(sub, dict):
                return False
            if isinstance(value, dict):
                # (either way round: the findings are sorted, and any False is the answer)
                leaves = depth < _MAX_DEPTH  # (else the call below answers False)
                if len(value) < len(sub):
                    for name, item in value.items():
                        if name in sub:
                            prop = sub[name]
                            kinds = _LEAF_TYPES.get(type(item)) if leaves else None
                            if (
                                kinds is not None
                                and type(prop) is dict
                                and prop.get("type") in kinds
                                and _LEAF_KEYS.issuperset(prop)
                            ):
                                continue  # what the call finds: nothing
                            if not _check(
                                item, prop, named, (path, name), found, depth + 1, one_of
                            ):
                                return False
                else:
                    for name, prop in sub.items():
                        if name in value:
                            item = value[name]
                            kinds = _LEAF_TYPES.get(type(item)) if leaves else None
                            if (
                                kinds is not None
                                and type(prop) is dict
                                and prop.get("type") in kinds
                                and _LEAF_KEYS.issuperset(prop)
                            ):
                                continue
                            if not _check(
                                item, prop, named, (path, name), found, depth + 1, one_of
                            ):
                                return False
        elif key == "required":
            if not isinstance(sub, list):
                return False
            if type(value) is dict:
                for name in sub:
                    if type(name) is not str or name not in value:
                        # (with every name present there is nothing to find; a "properties"
                        # that is not a map answers False in its own branch)
                        if not _check_required(value, sub, schema, path, found):
                            return False
                        break
        elif key == "items":
            if not isinstance(sub, dict):
                return False
            if isinstance(value, list):
                # items that a schema of a type and annotations only admits: no call
                kinds = sub.get("type") if depth < _MAX_DEPTH and sub.keys() <= _LEAF_KEYS else None
                for index, item in enumerate(value):
                    if kinds is not None and kinds in _LEAF_TYPES.get(type(item), ()):
                        continue
                    if not _check(item, sub, named, (path, index), found, depth + 1, one_of):
                        return False
        elif key == "allOf":
            if not isinstance(sub, list) or "discriminator" in schema:
                return False
            for part in sub:
                if not _check(value, part, named, path, found, depth + 1, one_of):
                    return False
        elif key == "oneOf":
            if not isinstance(sub, list) or "discriminator" in schema:
                return False
            if one_of is not None:
                one_of.append(True)
            valid = []
            for part in sub:
                scratch: list[str] = []
                if not _check(value, part, named, path, scratch, depth + 1, one_of):
                    return False
                valid.append(not scratch)
            if not any(valid):
                _found(found, path, f"{value!r} is not valid under any of the given schemas")
            elif valid.count(True) > 1:  # jsonschema names the later ones, then the first
                first = valid.index(True)
                many = [part for i, part in enumerate(sub) if valid[i] and i > first]
                reprs = ", ".join(repr(part) for part in [*many, sub[first]])
                _found(found, path, f"{value!r} is valid under each of {reprs}")
        elif key == "anyOf":  # what scraper.reconcile writes: jsonschema stops at a valid one
            if not isinstance(sub, list) or "discriminator" in schema:
                return False
            for part in sub:
                scratch = []
                if not _check(value, part, named, path, scratch, depth + 1, one_of):
                    return False
                if not scratch:
                    break
            else:
                _found(found, path, f"{value!r} is not valid under any of the given schemas")
        elif key == "pattern":
            if not isinstance(sub, str):
                return False
            try:
                compiled = _pattern(sub)
            except re.error:
                return False
            if isinstance(value, str) and not compiled.search(value):
                _found(found, path, f"{value!r} does not match {sub!r}")
        elif key == "$ref":
            name = _ref_name(sub) if type(sub) is str else None
            if name is None or name not in named:
                return False
            if not _check(value, named[name], named, path, found, depth + 1, one_of):
                return False
        elif key == "enum":
            if not isinstance(sub, list):
                return False
            matched = _in_enum(value, sub)
            if matched is None:
                return False
            if not matched:
                _found(found, path, f"{value!r} is not one of {sub!r}")
        elif key in ("maxLength", "minLength"):
            if not isinstance(sub, int) or isinstance(sub, bool):
                return False
            if isinstance(value, str):
                if key == "maxLength" and len(value) > sub:
                    message = "is expected to be empty" if sub == 0 else "is too long"
                    _found(found, path, f"{value!r} {message}")
                elif key == "minLength" and len(value) < sub:
                    message = "should be non-empty" if sub == 1 else "is too short"
                    _found(found, path, f"{value!r} {message}")
        elif key in ("maximum", "minimum"):
            if not isinstance(sub, (int, float)) or isinstance(sub, bool):
                return False
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if key == "maximum" and value > sub:
                    _found(found, path, f"{value!r} is greater than the maximum of {sub!r}")
                elif key == "minimum" and value < sub:
                    _found(found, path, f"{value!r} is less than the minimum of {sub!r}")
        elif key == "additionalProperties":
            if isinstance(value, dict):
                known = schema.get("properties", {})
                if not isinstance(known, dict):
                    return False
                extras = [name for name in value if name not in known]
                if isinstance(sub, dict):
                    for name in extras:
                        if not _check(
                            value[name], sub, named, (path, name), found, depth + 1, one_of
                        ):
                            return False
                elif sub is False and extras:
                    if len(extras) > 1:
                        return False  # jsonschema lists them in set order
                    _found(
                        found,
                        path,
                        f"Additional properties are not allowed ({extras[0]!r} was unexpected)",
                    )
                elif sub is not True and sub is not False:
                    return False
        elif not key.startswith("x-"):
            return False  # a keyword this check does not know
    return True


# (references to a spec's few thousand components are followed hundreds of thousands of times)
@functools.lru_cache(maxsize=1 << 14)
def _ref_name(ref: str) -> str | None:
    """The component a ``$ref`` names, when it names one plainly (no escapes to decode)."""
    if not ref.startswith(_REF_PREFIX):
        return None
    name = ref[len(_REF_PREFIX) :]
    return name if _PLAIN_NAME.fullmatch(name) else None


@functools.lru_cache(maxsize=256)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _check_required(
    value: Any, names: list[Any], schema: dict[str, Any], path: _Path, found: list[str]
) -> bool:
    """OAS30's ``required``: a missing readOnly or writeOnly property is excused."""
    if not isinstance(value, dict):
        return True
    properties = schema.get("properties", {})
    if not isinstance(properties, dict):
        return False
    for name in names:
        if not isinstance(name, str):
            return False
        if name in value:
            continue
        prop = properties.get(name)
        if prop:
            if not isinstance(prop, dict):
                return False
            if prop.get("readOnly", False) or prop.get("writeOnly", False):
                continue
        _found(found, path, f"{name!r} is a required property")
    return True


def _found(found: list[str], path: _Path, message: str) -> None:
    parts: list[str] = []
    while path is not None:
        path, step = path
        parts.append(str(step))
    pointer = "/" + "/".join(reversed(parts)) if parts else ""
    found.append(f"{pointer or '(root)'}: {message}")


def _in_enum(value: Any, options: list[Any]) -> bool | None:
    """jsonschema's ``equal`` for a string, number, bool or None (no bool is ever 0 or 1, and
    a bool or None equals only itself); None: other values (lists, objects)."""
    if value is None or type(value) is bool:
        return any(each is value for each in options)
    if isinstance(value, str):
        return any(isinstance(each, str) and each == value for each in options)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return any(
            isinstance(each, (int, float)) and not isinstance(each, bool) and each == value
            for each in options
        )
    return None


_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object"})
# The Python type whose values are all of each OpenAPI type (is_json_type decides the others).
_EXACT_TYPES = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "array": list,
    "object": dict,
}


def is_json_type(value: Any, name: str) -> bool:
    """Whether ``value`` is of OpenAPI type ``name`` (an integer is never a bool or a float)."""
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "array":
        return isinstance(value, list)
    return isinstance(value, dict)


def _problem(error: ValidationError) -> str:
    pointer = "/" + "/".join(str(p) for p in error.absolute_path) if error.absolute_path else ""
    return f"{pointer or '(root)'}: {error.message}"
