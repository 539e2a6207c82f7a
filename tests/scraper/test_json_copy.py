"""json_copy equals the JSON round trip it replaces, shares no container, and wraps like
wrap_ref_siblings when asked to."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.tidy import json_copy, wrap_ref_siblings


def _round_trip(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


def test_same_as_round_trip_and_unshared() -> None:
    shared = {"type": "string"}
    value = {"a": [shared, shared, {"n": None, "f": 1.5, "b": True, "i": 3}], "s": "中文"}
    copied = json_copy(value)
    assert copied == _round_trip(value)
    assert json.dumps(copied) == json.dumps(_round_trip(value))
    first, second = copied["a"][0], copied["a"][1]
    assert first == shared and first is not shared and first is not second


def test_non_json_shapes_converted_as_json_does() -> None:
    value = {"t": (1, 2), "k": {1: "x", None: "y"}, "nested": [{"ok": (3,)}]}
    assert (
        json_copy(value)
        == _round_trip(value)
        == {
            "t": [1, 2],
            "k": {"1": "x", "null": "y"},
            "nested": [{"ok": [3]}],
        }
    )


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                ["$ref", "properties", "items", "example", "x-a", "enum", "a", "allOf"]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(_json)
def test_wrapping_copy_is_copy_then_wrap(value: Any) -> None:
    expected = json_copy(value)
    wrap_ref_siblings(expected)
    assert json.dumps(json_copy(value, wrap_refs=True)) == json.dumps(expected)


def test_wrapping_copy_of_non_json_shapes() -> None:
    value = {"properties": {"p": {"$ref": "#/x", "description": "d", "enum": (1,)}}}
    assert json_copy(value, wrap_refs=True) == {
        "properties": {"p": {"allOf": [{"$ref": "#/x"}], "description": "d", "enum": [1]}}
    }
