"""dump_yaml writes what PyYAML's SafeDumper writes, character for character."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.yamlio import _SIMPLE, _analyze, _pyyaml_dump, dump_yaml, write_yaml

REPO = Path(__file__).resolve().parents[2]
# Characters that change PyYAML's choices: indicators, breaks, quotes, unicode edge cases.
_TRICKY = [
    *" \t\n:#-'\"{}[],&*!|>%@`?abcXYZ0123456789.\\/~",
    "\r",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\x00",
    "\x7f",
    "\xa0",
    "中",
    "。",
    "😀",
    "\ud7ff",
    "\ue000",
    "\ufffd",
    "\ufffe",
    "\U0010ffff",
]
_WORDS = ["yes", "No", "null", "~", "1e3", "0x1F", "2020-01-01", "12:30", "1_000", ".inf"]
_WORDS += ["-", "- a", "a: b", "#x", "", " ", "=", "<<", "---", "...", "? x", ":", "a #b"]
texts = st.one_of(
    st.text(st.one_of(st.sampled_from(_TRICKY), st.characters()), max_size=30),
    # long enough to be folded at the width, with spaces, breaks and quotes
    st.text(st.sampled_from(list("ab c  \n'\"\x85é\t")), min_size=60, max_size=300),
    st.text(st.sampled_from(list("ab c  '中")), min_size=60, max_size=300),  # no breaks
    st.sampled_from(_WORDS),
)
scalars = st.one_of(texts, st.integers(), st.floats(), st.booleans(), st.none())
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)),
    max_leaves=14,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(texts, values, min_size=1, max_size=5))
def test_same_text_as_pyyaml(data: dict[str, Any]) -> None:
    assert dump_yaml(data) == _pyyaml_dump(data)


def test_folding_keys_and_empty_collections() -> None:
    long = " ".join(["word"] * 40)
    data: dict[str, Any] = {
        "description": long,
        "quoted": "it's " + long,
        "lines": "first line\nsecond line \n third",
        "k" * 130: {"": [], "x": {}},
        "list": [[1, 2.5, None, True], {"a": "yes"}, "2020-01-01", ""],
        "multi\nline key": "v",
    }
    text = dump_yaml(data)
    assert text == _pyyaml_dump(data)
    assert yaml.safe_load(text) == data


def test_real_spec_round_trips_identically() -> None:
    spec = yaml.safe_load((REPO / "spec" / "modelarts.yaml").read_text(encoding="utf-8"))
    assert dump_yaml(spec) == _pyyaml_dump(spec)


def test_other_shapes_go_to_pyyaml() -> None:
    for data in ({1: "int key"}, ["top", "list"], {}, {"t": (1, 2)}, "scalar"):
        assert dump_yaml(data) == _pyyaml_dump(data)


def test_write_yaml_writes_what_dump_yaml_returns(tmp_path: Path) -> None:
    data = {"paths": {"/a": {"get": {"summary": "列出 " * 60, "tags": ["x"]}}}, "n": [1.5, None]}
    # an int key after thousands of others: PyYAML rewrites the file already partly written
    late: dict[Any, Any] = {f"key{i}": "value" for i in range(5000)}
    late[1] = "falls back to PyYAML"
    for value in (data, {1: "falls back to PyYAML"}, late):
        target = tmp_path / "spec.yaml"
        write_yaml(value, target)
        assert target.read_text(encoding="utf-8") == dump_yaml(value)


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts)
def test_simple_strings_need_no_analysis(text: str) -> None:
    # the shortcut may only accept what the full analysis allows plain on one line
    if _SIMPLE.fullmatch(text):
        assert _analyze(text) == (False, False, True, True)


def test_simple_strings_shortcut_examples() -> None:
    for text in ("a b", "label_1", "name_1", "中文", "/v1/{id}", "Élan vital", "2x", "yes"):
        assert _SIMPLE.fullmatch(text), text
    for text in ("a: b", "a #b", "a:", "a ", "-x", "#x", "x\tb", ".x", "?x", "'x", "", " a"):
        assert not _SIMPLE.fullmatch(text), text
    # what the resolver reads as another type is quoted all the same
    assert dump_yaml({"a": "yes", "b": "2020-01-01", "c": "name_1"}) == _pyyaml_dump(
        {"a": "yes", "b": "2020-01-01", "c": "name_1"}
    )
