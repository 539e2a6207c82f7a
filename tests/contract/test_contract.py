"""Contract tests: schemathesis (every check, stateful phase) against the in-process mock, over
the hand-written Items spec, the seed spec and the specs built from ../shared/corpus.

Budgets keep the whole module well under three minutes: few examples per operation; the
coverage phase (every boundary value of every parameter, hundreds of cases per operation on
the corpus specs) runs on the small specs only; the stateful phase gets its own, larger budget
because walking create -> read -> delete needs several scenarios.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from docs2api.testing import RunOptions, format_summary, lifecycles, mock_app, run_schemathesis
from tests.conftest import SpecBuilds
from tests.contract.items_app import ITEMS_SPEC

pytest.importorskip("docs2api.mock")

SMALL = RunOptions(max_examples=5, seed=11, stateful_examples=20)
CORPUS = RunOptions(
    max_examples=3, seed=11, phases=("examples", "fuzzing", "stateful"), stateful_examples=12
)


def _against_mock(spec: dict[str, Any], options: RunOptions) -> Any:
    app, auth = mock_app(spec, seed=options.seed or 0)
    return run_schemathesis(spec, app=app, auth=auth, options=options)


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
    walked = lifecycles(result)
    summary = format_summary(result) + f"create -> get -> delete workflows: {len(walked)}"
    # no failure, and the stateful phase walked a create -> get -> delete workflow via links
    assert result.ok and walked, summary
