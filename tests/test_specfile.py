"""Every command reads specs through docs2api.specfile: exactly the values yaml.safe_load gives."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docs2api.specfile import load_spec, parse_document, read_spec, with_json_keys
from scraper.yamlio import dump_yaml
from tests.scraper.test_yamlio import texts

REPO = Path(__file__).resolve().parent.parent

scalars = st.one_of(
    texts,
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.sampled_from(["yes", "0o17", "1_000", "2001-12-14", "12:30:00", "=", "<<", "~", ".NaN"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)),
    max_leaves=16,
)
# Ways of writing the same data: ours, PyYAML block and flow style, canonical (every value
# tagged and quoted), and with anchors for shared parts.
WRITERS = [
    dump_yaml,
    lambda data: yaml.safe_dump(data, allow_unicode=True),
    lambda data: yaml.safe_dump(data, default_flow_style=True, width=40),
    lambda data: yaml.safe_dump(data, canonical=True),
    lambda data: yaml.safe_dump({"shared": data, "again": data, "list": [data, data]}),
]


def _same(left: Any, right: Any) -> bool:
    """Equal, NaN equal to NaN, and of the same types all the way down (1 is not True)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(_same, left, right))
    return bool(left == right)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(texts, values, min_size=1, max_size=5), st.sampled_from(WRITERS))
def test_reads_what_safe_load_reads(data: dict[str, Any], write: Any) -> None:
    text = write(data)
    assert _same(parse_document(text), yaml.safe_load(text))


# Everything the lean pass hands back to PyYAML's constructor, and aliases it keeps shared.
UNUSUAL = {
    "anchors": "a: &x {k: [1, 2]}\nb: *x\nc: [*x, *x]\n",
    "merge key": "base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n",
    "merge list": "a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\n  z: 3\n",
    "set": "s: !!set {a, b}\n",
    "omap": "o: !!omap [{a: 1}, {b: 2}]\n",
    "pairs": "p: !!pairs [{a: 1}, {a: 2}]\n",
    "binary": "b: !!binary aGVsbG8=\n",
    "timestamp": "t: 2001-12-14t21:59:43.10-05:00\nd: 2002-12-14\n",
    "explicit tags": "a: !!str 123\nb: !!int '5'\nc: !!float '1.5'\nd: !!null ''\n",
    "value key": "m: {=: 1, x: 2}\n",
    "int forms": "a: 0o17\nb: 017\nc: 0x1F\nd: 1_000\ne: 190:20:30\nf: +12\n",
    "float forms": "a: .inf\nb: -.Inf\nc: .NaN\nd: 1.5e3\ne: 6.8523015e+5\nf: 190:20:30.15\n",
    "bools": "a: yes\nb: No\nc: on\nd: OFF\ne: true\nf: y\n",
    "duplicate keys": "a: 1\nb: 2\na: 3\n",
    "int keys": "1: a\n2.5: b\nnull: c\ntrue: d\n",
    "top list": "- a\n- b: 1\n",
    "top scalar": "just text\n",
    "empty": "",
    "block scalars": "a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\n",
    "recursive": "a: &r [1, *r]\n",
    "byte order mark": "\ufeffopenapi: 3.0.3\npaths: {}\n",
    "windows line ends": "a: 1\r\nb:\r\n  - x\r\n  - 'y\r\n    z'\r\n",
}


@pytest.mark.parametrize("name", sorted(UNUSUAL))
def test_unusual_documents_read_as_safe_load_reads_them(name: str) -> None:
    text = UNUSUAL[name]
    ours, theirs = parse_document(text), yaml.safe_load(text)
    if name == "recursive":
        assert ours["a"][1] is ours["a"] and theirs["a"][1] is theirs["a"]
        return
    assert _same(ours, theirs) or (ours == theirs and not isinstance(ours, dict))


@pytest.mark.parametrize("name", sorted(UNUSUAL))
def test_json_keys_are_safe_loads_keys_as_json_writes_them(name: str) -> None:
    text = UNUSUAL[name]
    ours, theirs = parse_document(text, json_keys=True), with_json_keys(yaml.safe_load(text))
    if name == "recursive":
        assert ours["a"][1] is ours["a"]
        return
    if name == "int keys":  # four keys: in a Python dict `true` would replace the equal `1`
        assert ours == {"1": "a", "2.5": "b", "null": "c", "true": "d"}
        return
    assert _same(ours, theirs) or (ours == theirs and not isinstance(ours, dict))


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.dictionaries(scalars, st.dictionaries(scalars, scalars, max_size=3), max_size=4),
    st.sampled_from(WRITERS[1:4]),  # (ours writes string keys only)
)
def test_json_keys_whatever_the_keys(data: dict[Any, Any], write: Any) -> None:
    text = write(data)
    ours = parse_document(text, json_keys=True)
    assert _same(ours, with_json_keys(yaml.safe_load(text)))
    assert all(isinstance(key, str) for value in [ours, *ours.values()] for key in value)


def test_read_spec_gives_keys_as_json_does(tmp_path: Path) -> None:
    spec = tmp_path / "keys.yaml"
    spec.write_text(
        "paths:\n  /a:\n    get:\n      responses:\n"
        "        200: {description: ok}\n        2001-12-14: {}\n        1.5: {}\n"
        "        null: {}\n        yes: {}\n        '201': {}\n"
        "base: &b {1: x}\nmerged:\n  <<: *b\n  2: y\n",  # (a merge key: PyYAML builds it)
        encoding="utf-8",
    )
    data = read_spec(spec)
    assert isinstance(data, dict)
    responses = data["paths"]["/a"]["get"]["responses"]
    assert list(responses) == ["200", "2001-12-14", "1.5", "null", "true", "201"]
    assert data["merged"] == {"1": "x", "2": "y"}


def test_deep_nesting_is_read_or_refused_with_a_message(tmp_path: Path) -> None:
    # yaml.safe_load's composer recurses in Python: RecursionError at a few hundred levels.
    # libyaml composes up to 1,000 levels; where the lean pass runs out of stack (here the
    # limit is lowered to make it), PyYAML's constructor, which does not recurse, builds it.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(400)
    try:
        data = parse_document("a: " + "[" * 900 + "]" * 900 + "\n")
    finally:
        sys.setrecursionlimit(limit)
    depth, node = 0, data["a"]
    while node:
        depth, node = depth + 1, node[0]
    assert depth == 899
    (tmp_path / "deep.yaml").write_text("a: " + "[" * 3000 + "]" * 3000, encoding="utf-8")
    assert "nested too deeply" in str(read_spec(tmp_path / "deep.yaml"))


def test_aliases_stay_one_object() -> None:
    data = parse_document(UNUSUAL["anchors"])
    assert data["a"] is data["b"] is data["c"][0] is data["c"][1]


@pytest.mark.parametrize(
    "text",
    [
        "a: [1, 2",
        "a: b: c",
        "a: 1\n---\nb: 2\n",
        "? [a, b]\n: 1\n",
        "a: !custom 1\n",
        "x: =\n",
        "- a\nb: 1\n",
        "\t- a",
    ],
)
def test_bad_documents_fail_as_safe_load_fails(text: str) -> None:
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        parse_document(text)


def test_committed_specs_read_the_same() -> None:
    specs = sorted((REPO / "spec").glob("*.yaml"))
    assert specs
    for path in specs:
        text = path.read_text(encoding="utf-8")
        assert _same(parse_document(text), yaml.safe_load(text)), path


def test_read_spec_says_why_a_file_is_no_spec(tmp_path: Path) -> None:
    assert read_spec(tmp_path / "missing.yaml") == (
        f"cannot read {tmp_path / 'missing.yaml'}: No such file or directory"
    )
    (tmp_path / "bad.yaml").write_text("a: [1, 2", encoding="utf-8")
    problem = str(read_spec(tmp_path / "bad.yaml"))
    assert problem.startswith(f"{tmp_path / 'bad.yaml'} is not valid YAML/JSON")
    assert f'in "{tmp_path / "bad.yaml"}", line 1, column 4' in problem  # where, in the file
    (tmp_path / "list.yaml").write_text("- a\n", encoding="utf-8")
    assert "not an OpenAPI document" in str(read_spec(tmp_path / "list.yaml"))
    (tmp_path / "latin.yaml").write_bytes(b"a: \xff\n")
    assert str(read_spec(tmp_path / "latin.yaml")).startswith("cannot read")
    (tmp_path / "spec.json").write_text('{"openapi": "3.0.3", "n": 1e400}', encoding="utf-8")
    assert read_spec(tmp_path / "spec.json") == {"openapi": "3.0.3", "n": math.inf}
    (tmp_path / "broken.json").write_text('{"openapi": ', encoding="utf-8")
    assert "is not valid YAML/JSON" in str(read_spec(tmp_path / "broken.json"))
    with pytest.raises(ValueError, match="is not valid YAML/JSON"):
        load_spec(tmp_path / "broken.json")
