"""Contract tests: schemathesis (every check, stateful phase) against the in-process mock, over
the hand-written Items spec, the seed spec and the specs built from ../shared/corpus.

Budgets keep the whole module well under three minutes: few examples per operation; the
coverage phase (every boundary value of every parameter, hundreds of cases per operation on
the corpus specs) runs on the small specs only; and on the corpus specs a second stateful run
over their create -> get -> delete workflows alone proves the links make schemathesis walk them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from docs2api.testing import (
    RunOptions,
    format_summary,
    lifecycle_subset,
    lifecycles,
    mock_app,
    run_schemathesis,
)
from tests.conftest import SpecBuilds
from tests.contract.items_app import ITEMS_SPEC

pytest.importorskip("docs2api.mock")

SMALL = RunOptions(max_examples=5, seed=11, stateful_examples=20)
CORPUS = RunOptions(
    max_examples=3,
    seed=11,
    phases=("examples", "fuzzing", "stateful"),
    stateful_examples=20,
    max_steps=20,
)
# The full corpus specs have dozens of stateful entry points (every create call with links), so a
# scenario seldom follows one create with both the read and the delete of what it created (ECS:
# none in 20 scenarios of 50 steps, some seeds). The workflow run walks the spec's own
# create -> get -> delete links alone, against the mock of the whole spec.
WORKFLOWS = RunOptions(
    max_examples=1, seed=11, phases=("stateful",), stateful_examples=40, max_steps=25
)


def _against_mock(
    spec: dict[str, Any], options: RunOptions, *, tested: dict[str, Any] | None = None
) -> Any:
    """Schemathesis over ``tested`` (default: the whole spec) against the mock of ``spec``."""
    app, auth = mock_app(spec, seed=options.seed or 0)
    return run_schemathesis(tested or spec, app=app, auth=auth, options=options)


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_items_spec_against_the_mock() -> None:
    result = _against_mock(ITEMS_SPEC, SMALL)
    assert result.ok, format_summary(result)
    assert lifecycles(result), format_summary(result)


def test_seed_spec_against_the_mock(repo_dir: Path, spec_builds: SpecBuilds) -> None:
    committed = repo_dir / "spec" / "modelarts.yaml"
    spec = _load(committed if committed.is_file() else spec_builds.path("seed"))
    result = _against_mock(spec, SMALL)
    assert result.cases > 0
    assert result.ok, format_summary(result)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["modelarts", "ecs"])
def test_corpus_spec_against_the_mock(name: str, spec_builds: SpecBuilds) -> None:
    spec = _load(spec_builds.path(name))
    result = _against_mock(spec, CORPUS)
    assert result.ok, format_summary(result)
    assert result.stateful_scenarios > 0 and result.links, format_summary(result)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["modelarts", "ecs"])
def test_corpus_workflows_create_get_delete(name: str, spec_builds: SpecBuilds) -> None:
    spec = _load(spec_builds.path(name))
    workflows = lifecycle_subset(spec)
    assert len(workflows["paths"]) >= 4  # at least two collections with create, get and delete
    result = _against_mock(spec, WORKFLOWS, tested=workflows)
    walked = lifecycles(result)
    summary = format_summary(result) + f"create -> get -> delete workflows: {len(walked)}"
    # no failure, and the stateful phase walked a create -> get -> delete workflow via links
    assert result.ok and walked, summary
