"""Commands that read a spec take it in any shape: a node of the wrong type is a finding, never
a crash (lint, diff, the HTML report and reference, the mock, the client and stub generators)."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docs2api.cli import main
from docs2api.diff import diff_specs
from docs2api.lint import lint_spec
from docs2api.mock import create_app
from docs2api.publish import render_reference
from docs2api.report_html import render_report
from docs2api.specfile import load_spec, with_json_keys
from generator import server
from generator.client import GenerationError, describe_client
from generator.model import prepare_spec
from scraper.yamlio import write_yaml

SPEC = load_spec(Path(__file__).resolve().parent.parent / "spec" / "modelarts.yaml")

Pointer = tuple[str | int, ...]


def _pointers(node: Any, here: Pointer = ()) -> list[Pointer]:
    found = [here] if here else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _pointers(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _pointers(value, (*here, index))
    return found


POINTERS = _pointers(SPEC)
# the top levels are where a wrong type reaches the most code: draw them more often
SHALLOW = sorted({p[:depth] for p in POINTERS for depth in range(1, 5) if len(p) >= depth})
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
) | st.fixed_dictionaries({"$ref": st.just("#/components/schemas/Nowhere")})


def _holds(node: Any, key: str | int) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(node, list) and isinstance(key, int) and key < len(node)


# YAML mapping keys need not be strings: `200:` is a number, `null:` and `yes:` are others
YAML_KEYS = st.integers(0, 999) | st.none() | st.booleans() | st.floats(allow_nan=False)


def _parent(spec: Any, pointer: Pointer) -> Any:
    """The node holding ``pointer``'s last step, or None when an earlier change removed it."""
    parent = spec
    for key in pointer[:-1]:
        if not _holds(parent, key):
            return None
        parent = parent[key]
    return parent


@st.composite
def damaged_specs(draw: st.DrawFn) -> dict[str, Any]:
    """The committed seed spec with one to three nodes replaced by any JSON value, or moved
    under a key YAML reads as something else than a string."""
    spec = copy.deepcopy(SPEC)
    for _ in range(draw(st.integers(1, 3))):
        pointer = draw(st.sampled_from(SHALLOW) | st.sampled_from(POINTERS))
        parent, last = _parent(spec, pointer), pointer[-1]
        if isinstance(parent, dict) and last in parent and draw(st.booleans()):
            parent[draw(YAML_KEYS)] = parent.pop(last)
        elif isinstance(parent, dict) or _holds(parent, last):
            parent[last] = draw(JSON_VALUES)
    return with_json_keys(spec)  # as read_spec gives every command a spec file's data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_specs())
def test_a_damaged_spec_is_read_without_a_crash(spec: dict[str, Any]) -> None:
    result = lint_spec(spec)
    assert isinstance(result.valid, bool)
    diff_specs(SPEC, spec)
    diff_specs(spec, SPEC)
    assert "<html" in render_report(spec, None, None, spec_name="damaged")
    assert "<html" in render_reference(spec, "")
    create_app(spec, stateful=True)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_specs())
def test_the_generators_refuse_or_take_a_damaged_spec(spec: dict[str, Any]) -> None:
    server.build_view(prepare_spec(spec), "damaged_server")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.yaml"
        write_yaml(spec, path)
        try:
            view = describe_client(path)
        except GenerationError as refused:  # openapi-python-client's own verdict, as a message
            assert str(refused)
        else:
            assert view.package_name.isidentifier()


def test_lint_of_a_spec_whose_paths_are_null(tmp_path: Path, capsys: Any) -> None:
    spec = tmp_path / "null-paths.yaml"
    spec.write_text('openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: null\n')
    assert main(["lint", str(spec)]) == 1
    out = capsys.readouterr().out
    assert 'invalid: paths: null is not of type "object"' in out
    assert "spec INVALID" in out


def test_a_component_that_refers_nowhere_is_refused_by_the_generator(tmp_path: Path) -> None:
    # openapi-python-client 0.29 itself fails on this (UnboundLocalError): a refusal for us
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"] = {"A": {"$ref": "#/components/schemas/Nowhere"}}
    path = tmp_path / "dangling.yaml"
    write_yaml(spec, path)
    with pytest.raises(GenerationError) as refused:
        describe_client(path)
    [problem] = refused.value.problems
    assert problem.startswith("openapi-python-client could not read the spec (UnboundLocalError")
