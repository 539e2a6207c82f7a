"""plain_errors on ``additionalProperties`` (maps, dynamic keys): jsonschema's errors exactly."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.tidy import plain_errors
from tests.scraper.test_tidy_fastcheck import (
    NAMES,
    _jsonschema_errors,
    _same_plain_errors,
    _scalars,
    _types,
    typed_values,
)


def _mapped(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    keyword = st.one_of(
        st.tuples(st.just("type"), _types.filter(lambda t: t != "null")),
        st.tuples(st.just("properties"), st.dictionaries(st.sampled_from(NAMES), children)),
        st.tuples(st.just("additionalProperties"), st.one_of(st.booleans(), children)),
        st.tuples(st.just("additionalProperties"), children),
        st.tuples(st.just("items"), children),
        st.tuples(st.just("allOf"), st.lists(children, max_size=2)),
        st.tuples(st.just("$ref"), st.just("#/components/schemas/A")),
        st.tuples(st.just("required"), st.lists(st.sampled_from(NAMES), max_size=2)),
        st.tuples(st.just("enum"), st.lists(_scalars, min_size=1, max_size=3)),
        st.tuples(st.just("description"), st.just("prose")),
    )
    return st.lists(keyword, max_size=4).map(dict)


mapped_schemas: st.SearchStrategy[dict[str, Any]] = st.recursive(st.just({}), _mapped, max_leaves=6)


@settings(max_examples=1500, deadline=None)
@given(value=typed_values, schema=mapped_schemas, component=mapped_schemas)
def test_plain_errors_are_jsonschemas_errors_with_additional_properties(
    value: Any, schema: dict[str, Any], component: dict[str, Any]
) -> None:
    _same_plain_errors(value, schema, component)


def test_additional_properties_cases() -> None:
    components: dict[str, Any] = {"schemas": {}}
    metadata = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
        "additionalProperties": {"type": "string"},
    }
    found = plain_errors({"name": "a", "k1": "v", "k2": 2, "k3": [1]}, metadata, components)
    assert found is not None
    assert [(e.validator, e.absolute_path, e.absolute_schema_path) for e in found] == [
        ("type", ("k2",), ("allOf", 0, "additionalProperties", "type")),
        ("type", ("k3",), ("allOf", 0, "additionalProperties", "type")),
    ]
    closed = {"type": "object", "properties": {"a": {}}, "additionalProperties": False}
    one = plain_errors({"a": 1, "b": 2}, closed, components)
    assert one is not None
    unexpected = "Additional properties are not allowed ('b' was unexpected)"
    assert [e.message for e in one] == [unexpected]
    # two such names: in the order of jsonschema's set (built the same way, in this process)
    two = plain_errors({"b": 1, "c": 2}, closed, components)
    assert two is not None
    assert [e.message for e in two] == [
        e[4] for e in _jsonschema_errors({"b": 1, "c": 2}, closed, components)
    ]
    opened = {**closed, "additionalProperties": True}
    assert plain_errors({"a": 1, "b": 2}, opened, components) == []
