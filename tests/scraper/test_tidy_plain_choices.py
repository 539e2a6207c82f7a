"""plain_errors on ``anyOf``/``oneOf`` and nulls: jsonschema's errors exactly, with the errors of
the branches (``context``) in jsonschema's order, which ``reconcile`` picks the deepest from."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.diagnostics import Collector
from scraper.reconcile import reconcile_examples
from scraper.tidy import plain_errors
from tests.scraper.test_tidy_fastcheck import (
    NAMES,
    _described,
    _jsonschema_errors,
    _same_plain_errors,
    _scalars,
    _types,
)

_choice = st.sampled_from(["anyOf", "oneOf"])


def _chosen(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    keyword = st.one_of(
        st.tuples(st.just("type"), _types.filter(lambda t: t != "null")),
        st.tuples(st.just("nullable"), st.booleans()),
        st.tuples(_choice, st.lists(children, min_size=1, max_size=3)),
        st.tuples(st.just("properties"), st.dictionaries(st.sampled_from(NAMES), children)),
        st.tuples(st.just("additionalProperties"), st.one_of(st.booleans(), children)),
        st.tuples(st.just("items"), children),
        st.tuples(st.just("allOf"), st.lists(children, max_size=2)),
        st.tuples(st.just("$ref"), st.just("#/components/schemas/A")),
        st.tuples(st.just("required"), st.lists(st.sampled_from(NAMES), max_size=2)),
        st.tuples(st.just("enum"), st.lists(_scalars, min_size=1, max_size=3)),
        st.tuples(st.sampled_from(["maxLength", "minimum"]), st.integers(0, 2)),
    )
    return st.lists(keyword, max_size=3).map(dict)


# leaves of a type mostly, so that branches fail and choices have errors to give
_leaves = st.one_of(
    st.just({}),
    st.builds(lambda t: {"type": t}, _types.filter(lambda t: t != "null")),
    st.builds(lambda t: {"type": t, "nullable": True}, st.sampled_from(["string", "object"])),
)
_nested: st.SearchStrategy[dict[str, Any]] = st.recursive(_leaves, _chosen, max_leaves=7)
# a choice at the root or at a property, as a page's body has them
chosen_schemas = st.one_of(
    _nested,
    st.builds(lambda k, parts: {k: parts}, _choice, st.lists(_nested, min_size=1, max_size=3)),
    st.builds(
        lambda k, parts: {"type": "object", "properties": {"a": {k: parts}}},
        _choice,
        st.lists(_nested, min_size=1, max_size=3),
    ),
)
nullable_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-1, 3), st.sampled_from([1.5, "", "ab"])),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(NAMES), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=1500, deadline=None)
@given(value=nullable_values, schema=chosen_schemas, component=chosen_schemas)
def test_plain_errors_are_jsonschemas_errors_with_choices_and_nulls(
    value: Any, schema: dict[str, Any], component: dict[str, Any]
) -> None:
    _same_plain_errors(value, schema, component)


def _seen(value: Any, schema: dict[str, Any]) -> list[Any]:
    """plain_errors's errors (checked to be jsonschema's), shortly."""
    components: dict[str, Any] = {"schemas": {}}
    found = plain_errors(value, schema, components)
    assert found is not None
    assert [_described(e) for e in found] == _jsonschema_errors(value, schema, components)
    return [_shown(e) for e in found]


def _shown(error: Any) -> tuple[Any, ...]:
    return (
        error.validator,
        tuple(error.absolute_path),
        error.message,
        [_shown(e) for e in error.context],
    )


def test_choice_cases() -> None:
    either = {"anyOf": [{"type": "integer"}, {"type": "string", "maxLength": 1}]}
    assert _seen(3, either) == []
    assert _seen("ab", either) == [
        (
            "anyOf",
            (),
            "'ab' is not valid under any of the given schemas",
            [
                ("type", (), "'ab' is not of type 'integer'", []),
                ("maxLength", (), "'ab' is too long", []),
            ],
        )
    ]
    # a oneOf that two branches admit names the later one first
    both = {"oneOf": [{"type": "number"}, {"type": "integer"}]}
    assert _seen({"n": 2}, {"properties": {"n": both}}) == [
        ("oneOf", ("n",), "2 is valid under each of {'type': 'integer'}, {'type': 'number'}", [])
    ]
    # branches after the one that admits the value are not asked by an anyOf
    assert _seen(1, {"anyOf": [{"type": "integer"}, {"not": {}}]}) == []
    assert plain_errors(1, {"oneOf": [{"type": "integer"}, {"not": {}}]}, {}) is None
    # nulls: two errors where the type is not nullable, none where it is
    assert _seen(None, {"type": "string"}) == [
        ("type", (), "None for not nullable", []),
        ("type", (), "None is not of type 'string'", []),
    ]
    assert _seen(None, {"type": "string", "nullable": True, "enum": ["a"]}) == [
        ("enum", (), "None is not one of ['a']", [])
    ]
    assert plain_errors(1, {"anyOf": [], "discriminator": {"propertyName": "k"}}, {}) is None


def test_a_widened_field_takes_a_further_type_without_jsonschema() -> None:
    """reconcile's second widening of a node it made an anyOf: from a PlainError's context."""
    notes = [{"kind": "type-mismatch"}]
    weight = {"anyOf": [{"type": "integer"}, {"type": "string"}], "x-doc-inconsistencies": notes}
    schema = {"type": "object", "properties": {"weight": weight}}
    spec = {
        "paths": {
            "/x": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": schema,
                                "examples": {"e": {"value": {"weight": True}}},
                            }
                        }
                    }
                }
            }
        },
        "components": {"schemas": {}},
    }
    assert [e[0] for e in _seen({"weight": True}, schema)] == ["anyOf"]
    assert reconcile_examples(spec, Collector()) == {}
    assert weight["anyOf"] == [{"type": "integer"}, {"type": "string"}, {"type": "boolean"}]
