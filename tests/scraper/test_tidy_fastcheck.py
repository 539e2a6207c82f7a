"""The quick example check in front of jsonschema finds exactly what jsonschema finds."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator

from scraper.tidy import _check, _problem, check_example, example_problems, plain_errors

NAMES = ["a", "b", "c"]
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from([0.0, 1.0, 1.5, -2.5]),
    st.sampled_from(["", "a", "b", "abc", "1"]),
)
values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(NAMES), inner, max_size=3)
    ),
    max_leaves=8,
)
_types = st.sampled_from(["string", "integer", "number", "boolean", "array", "object", "null"])


def _schema(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    keyword = st.one_of(
        st.tuples(st.just("type"), _types),
        st.tuples(st.just("nullable"), st.booleans()),
        st.tuples(st.just("description"), st.just("prose")),
        st.tuples(st.just("x-source"), st.just({"file": "f"})),
        st.tuples(st.just("format"), st.sampled_from(["int32", "date-time", "uuid"])),
        st.tuples(st.just("properties"), st.dictionaries(st.sampled_from(NAMES), children)),
        st.tuples(st.just("required"), st.lists(st.sampled_from(NAMES), max_size=2)),
        st.tuples(st.sampled_from(["readOnly", "writeOnly"]), st.booleans()),
        st.tuples(st.just("items"), children),
        st.tuples(st.just("allOf"), st.lists(children, max_size=2)),
        st.tuples(st.just("oneOf"), st.lists(children, max_size=2)),
        st.tuples(st.just("anyOf"), st.lists(children, max_size=2)),
        st.tuples(st.just("pattern"), st.sampled_from(["^-?[0-9]+$", "b", "^(a|abc)$", "["])),
        st.tuples(st.just("$ref"), st.sampled_from(["#/components/schemas/A", "#/x/B"])),
        st.tuples(st.just("enum"), st.lists(_scalars, min_size=1, max_size=3)),
        st.tuples(st.sampled_from(["maxLength", "minLength"]), st.integers(0, 3)),
        st.tuples(st.sampled_from(["maximum", "minimum"]), st.sampled_from([0, 1, 1.5, -1])),
        st.tuples(st.just("additionalProperties"), st.one_of(st.booleans(), children)),
        st.tuples(st.just("exclusiveMinimum"), st.booleans()),
        st.tuples(st.just("default"), _scalars),
    )
    return st.lists(keyword, max_size=4).map(dict)


schemas: st.SearchStrategy[dict[str, Any]] = st.recursive(st.just({}), _schema, max_leaves=6)


def _jsonschema_problems(value: Any, schema: dict[str, Any], components: Any) -> list[str]:
    root = {"allOf": [schema], "components": components}
    try:
        return sorted({_problem(e) for e in OAS30Validator(root).iter_errors(value)})
    except Exception as exc:
        return [f"schema could not be applied: {exc}"]


@settings(max_examples=600, deadline=None)
@given(value=values, schema=schemas, component=schemas)
def test_quick_check_finds_what_jsonschema_finds(
    value: Any, schema: dict[str, Any], component: dict[str, Any]
) -> None:
    components = {"schemas": {"A": component}}
    found: list[str] = []
    if _check(value, schema, components["schemas"], None, found, 0):
        assert sorted(set(found)) == _jsonschema_problems(value, schema, components)
    assert _worded(example_problems(value, schema, components)) == _worded(
        _jsonschema_problems(value, schema, components)
    )


def _worded(problems: list[str]) -> list[str]:
    """Problems, with Python's recursion-limit message in one wording: whether it says "in
    comparison" or "while calling a Python object" depends on where in the interpreter the
    limit is reached, which varies with the depth of the caller's stack and warm caches."""
    return [
        "schema could not be applied: maximum recursion depth exceeded"
        if p.startswith("schema could not be applied: maximum recursion depth exceeded")
        else p
        for p in problems
    ]


def _quick(value: Any, schema: dict[str, Any], named: dict[str, Any]) -> list[str] | None:
    found: list[str] = []
    return sorted(set(found)) if _check(value, schema, named, None, found, 0) else None


def test_plain_cases() -> None:
    named = {"Pet": {"type": "object", "properties": {"age": {"type": "integer"}}}}
    ref = {"$ref": "#/components/schemas/Pet", "description": "sibling kept"}
    assert _quick({"age": 3}, ref, named) == []
    assert _quick({"age": "3"}, ref, named) == ["/age: '3' is not of type 'integer'"]
    assert _quick({"age": 3.0}, ref, named) == ["/age: 3.0 is not of type 'integer'"]
    assert _quick(True, {"type": "integer"}, {}) == ["(root): True is not of type 'integer'"]
    assert _quick(None, {"type": "string", "nullable": True}, {}) == []
    assert _quick(None, {"type": "string"}, {}) == [
        "(root): None for not nullable",
        "(root): None is not of type 'string'",
    ]
    assert _quick(2, {"enum": [1, 2.0]}, {}) == []
    assert _quick([{}], {"items": {"required": ["n"]}}, {}) == ["/0: 'n' is a required property"]
    read_only = {"required": ["n"], "properties": {"n": {"readOnly": True}}}
    assert _quick({}, read_only, {}) == []
    # every required name present: still left to jsonschema when the schema is odd
    assert _quick({"n": 1}, {"required": ["n"], "properties": 5}, {}) is None
    assert _quick({"n": 1}, {"properties": 5, "required": ["n"]}, {}) is None
    assert _quick({"n": 1}, {"required": ["n", 1]}, {}) is None
    assert _quick({"n": 1}, {"required": ["n"]}, {}) == []
    assert _quick(2, {"type": "number"}, {}) == []  # an int is a number
    assert _quick(True, {"type": "integer"}, {}) == ["(root): True is not of type 'integer'"]
    # a bool is never 0 or 1, None only itself
    assert _quick(1, {"enum": [True]}, {}) == ["(root): 1 is not one of [True]"]
    assert _quick(True, {"enum": [1]}, {}) == ["(root): True is not one of [1]"]
    assert _quick(False, {"enum": [0, 1.0, "false"]}, {}) == [
        "(root): False is not one of [0, 1.0, 'false']"
    ]
    assert _quick(True, {"enum": [1, True]}, {}) == []
    assert _quick(None, {"enum": ["a", None], "nullable": True}, {}) == []
    assert _quick(None, {"enum": [0, ""]}, {}) == ["(root): None is not one of [0, '']"]
    # left to jsonschema: lists and objects in an enum, unknown references, reference loops
    assert _quick([1], {"enum": [[1]]}, {}) is None
    assert _quick(1, {"$ref": "#/components/schemas/Nowhere"}, named) is None
    loop = {"Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}]}}
    assert _quick(1, {"$ref": "#/components/schemas/Loop"}, loop) is None


def test_example_problems_words_findings_like_jsonschema() -> None:
    components = {"schemas": {"Pet": {"type": "object", "properties": {"n": {"type": "string"}}}}}
    schema = {"$ref": "#/components/schemas/Pet"}
    assert example_problems({"n": "x"}, schema, components) == []
    assert example_problems({"n": 1}, schema, components) == ["/n: 1 is not of type 'string'"]


def test_check_example_says_when_a_one_of_was_passed() -> None:
    components = {"schemas": {"A": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}}
    assert check_example(1, {"$ref": "#/components/schemas/A"}, components) == ([], True)
    assert check_example({"n": 1}, {"properties": {"m": {"oneOf": []}}}, components) == (
        [],
        False,  # (no value at "m": that oneOf was never asked)
    )
    assert check_example(1, {"anyOf": [{"type": "integer"}]}, components) == ([], False)
    # left to jsonschema: unsure
    assert check_example(1, {"not": {}}, components)[1] is True


def _nodes(schema: Any) -> list[dict[str, Any]]:
    """Every schema node below ``schema`` (not looking into data keywords)."""
    out: list[dict[str, Any]] = []
    todo = [schema]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            out.append(node)
            for key, sub in node.items():
                if key == "properties" and isinstance(sub, dict):
                    todo.extend(sub.values())
                elif key in ("items", "additionalProperties"):
                    todo.append(sub)
                elif key in ("allOf", "anyOf", "oneOf") and isinstance(sub, list):
                    todo.extend(sub)
    return out


def _widen(node: dict[str, Any], how: int, value: Any) -> None:
    """One of the widenings ``scraper.reconcile`` makes, applied to ``node`` in place."""
    if how == 0 and isinstance(node.get("enum"), list):
        node["enum"] = [*node["enum"], value]
    elif how == 1 and isinstance(node.get("required"), list) and node["required"]:
        node["required"] = node["required"][1:]
    elif how == 2:
        for bound in ("maxLength", "minLength", "maximum", "minimum", "pattern"):
            node.pop(bound, None)
    elif how == 3:
        core = dict(node)
        node.clear()
        node["anyOf"] = [core, {"type": "string"}]
    elif how == 4 and isinstance(node.get("anyOf"), list):
        node["anyOf"] = [*node["anyOf"], {"type": "integer"}]


@settings(max_examples=600, deadline=None)
@given(
    value=values,
    schema=schemas,
    component=schemas,
    where=st.integers(0, 50),
    how=st.integers(0, 4),
    extra=_scalars,
)
def test_a_value_valid_without_a_one_of_stays_valid_when_schemas_widen(
    value: Any, schema: dict[str, Any], component: dict[str, Any], where: int, how: int, extra: Any
) -> None:
    schema, component = copy.deepcopy((schema, component))  # (strategies share their {})
    components = {"schemas": {"A": component}}
    problems, one_of = check_example(value, schema, components)
    if problems or one_of:
        return
    nodes = _nodes(schema) + _nodes(component)
    for node in nodes if where % 2 else nodes[where % len(nodes) :][:1]:  # all, or one
        _widen(node, how, extra)
    assert _jsonschema_problems(value, schema, components) == []


def _jsonschema_errors(value: Any, schema: dict[str, Any], components: Any) -> list[Any]:
    root = {"allOf": [schema], "components": components}
    errors = sorted(
        OAS30Validator(root).iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path]
    )
    return [_described(e) for e in errors]


def _described(error: Any) -> tuple[Any, ...]:
    """What ``reconcile`` reads of an error (jsonschema's or a PlainError), the errors of an
    anyOf's or oneOf's branches in order, and which schema node it is."""
    return (
        error.validator,
        list(error.absolute_path),
        list(error.absolute_schema_path),
        error.instance,
        error.message,
        [_described(e) for e in error.context],
        id(error.schema),
    )


def _same_plain_errors(value: Any, schema: dict[str, Any], component: dict[str, Any]) -> None:
    components = {"schemas": {"A": component}}
    try:
        quick = plain_errors(value, schema, components)
    except RecursionError:
        return
    if quick is None:
        return
    assert [_described(e) for e in quick] == _jsonschema_errors(value, schema, components)


@settings(max_examples=800, deadline=None)
@given(value=values, schema=schemas, component=schemas)
def test_plain_errors_are_jsonschemas_errors_where_it_answers(
    value: Any, schema: dict[str, Any], component: dict[str, Any]
) -> None:
    _same_plain_errors(value, schema, component)


def test_plain_errors_on_plain_cases() -> None:
    components = {"schemas": {"Item": {"type": "object", "properties": {"w": {"type": "integer"}}}}}
    body = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "n": {"allOf": [{"$ref": "#/components/schemas/Item"}], "description": "d"},
        },
        "required": ["items"],
    }
    value = {"items": [{"w": "70"}, {"w": 1}, {"w": "30"}], "n": {"w": "x"}}
    found = plain_errors(value, body, components)
    assert found is not None
    assert [(e.absolute_path, e.absolute_schema_path, e.message) for e in found] == [
        (
            ("items", 0, "w"),
            ("allOf", 0, "properties", "items", "items", "properties", "w", "type"),
            "'70' is not of type 'integer'",
        ),
        (
            ("items", 2, "w"),
            ("allOf", 0, "properties", "items", "items", "properties", "w", "type"),
            "'30' is not of type 'integer'",
        ),
        (
            ("n", "w"),
            ("allOf", 0, "properties", "n", "allOf", 0, "properties", "w", "type"),
            "'x' is not of type 'integer'",
        ),
    ]
    missing = plain_errors({"n": {"w": 1}}, {**body, "required": ["items", "m"]}, components)
    assert missing is not None
    assert [(e.validator, e.absolute_path, e.message) for e in missing] == [
        ("required", (), "'items' is a required property"),
        ("required", (), "'m' is a required property"),
    ]
    listed = plain_errors("c", {"enum": ["a", "b"], "type": "integer"}, components)
    assert listed is not None
    assert [(e.validator, e.message) for e in listed] == [
        ("enum", "'c' is not one of ['a', 'b']"),
        ("type", "'c' is not of type 'integer'"),
    ]
    short = plain_errors("", {"type": "string", "minLength": 1, "maxLength": 0}, components)
    assert short is not None
    assert [(e.validator, e.message) for e in short] == [("minLength", "'' should be non-empty")]
    nulls = plain_errors({"items": None}, body, components)
    assert nulls is not None
    assert [(e.absolute_path, e.message) for e in nulls] == [
        (("items",), "None for not nullable"),
        (("items",), "None is not of type 'array'"),
    ]
    # left to jsonschema: an exclusive bound
    exclusive = {"type": "integer", "maximum": 1, "exclusiveMaximum": True}
    assert plain_errors(1, exclusive, components) is None


def _typed(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    keyword = st.one_of(
        st.tuples(st.just("type"), _types.filter(lambda t: t != "null")),
        st.tuples(st.just("description"), st.just("prose")),
        st.tuples(st.just("properties"), st.dictionaries(st.sampled_from(NAMES), children)),
        st.tuples(st.just("items"), children),
        st.tuples(st.just("allOf"), st.lists(children, max_size=2)),
        st.tuples(st.just("$ref"), st.just("#/components/schemas/A")),
        st.tuples(st.just("required"), st.lists(st.sampled_from(NAMES), max_size=3)),
        st.tuples(st.sampled_from(["readOnly", "writeOnly"]), st.booleans()),
        st.tuples(st.just("enum"), st.lists(_scalars, min_size=1, max_size=3)),
        st.tuples(st.sampled_from(["maxLength", "minLength"]), st.integers(0, 3)),
        st.tuples(st.sampled_from(["maximum", "minimum"]), st.sampled_from([0, 1, 1.5, -1])),
    )
    return st.lists(keyword, max_size=4).map(dict)


# Schemas of the keywords plain_errors answers for, so that most cases have type errors.
typed_schemas: st.SearchStrategy[dict[str, Any]] = st.recursive(st.just({}), _typed, max_leaves=6)
typed_values = st.recursive(
    st.one_of(st.booleans(), st.integers(-3, 3), st.sampled_from([1.5, "", "a", "abcd"])),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(NAMES), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=800, deadline=None)
@given(value=typed_values, schema=typed_schemas, component=typed_schemas)
def test_plain_errors_are_jsonschemas_errors_on_typed_schemas(
    value: Any, schema: dict[str, Any], component: dict[str, Any]
) -> None:
    _same_plain_errors(value, schema, component)
