"""json_copy equals the JSON round trip it replaces and shares no container."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.tidy import json_copy


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


def _containers(node: Any) -> list[int]:
    if isinstance(node, dict):
        return [id(node), *(i for value in node.values() for i in _containers(value))]
    if isinstance(node, list):
        return [id(node), *(i for value in node for i in _containers(value))]
    return []


@settings(max_examples=400, deadline=None)
@given(_json)
def test_copy_is_the_round_trip_and_shares_nothing(value: Any) -> None:
    copied = json_copy(value)
    assert json.dumps(copied) == json.dumps(_round_trip(value))
    assert not set(_containers(copied)) & set(_containers(value))
