"""Shared fixtures: where ../shared is, and skipping (or failing under CI) when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _require(path: Path) -> Path:
    if path.exists():
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{path} is required under CI=true but is absent")
    pytest.skip(f"{path} is absent (tests read ../shared when it is there)")


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared, or skip (fail under CI=true) when it is absent."""
    return _require(SHARED)


@pytest.fixture(scope="session")
def modelarts_corpus() -> Path:
    """../shared/corpus/modelarts-api-ref."""
    return _require(SHARED / "corpus" / "modelarts-api-ref")


@pytest.fixture(scope="session")
def ecs_corpus() -> Path:
    """../shared/corpus/ecs-api-ref."""
    return _require(SHARED / "corpus" / "ecs-api-ref")


@pytest.fixture(scope="session")
def seed_dump() -> Path:
    """The seed snippet dump committed as the project's example input."""
    return REPO / "examples" / "modelarts-snippets-zh.txt"


class SpecBuilds:
    """Specs built once per test session from the seed and the corpus, written as YAML."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._paths: dict[str, Path] = {}

    def inputs(self, name: str) -> list[Path]:
        """The inputs a named spec is built from."""
        corpus = SHARED / "corpus"
        if name == "seed":
            return [REPO / "examples" / "modelarts-snippets-zh.txt"]
        if name == "modelarts":
            return [_require(corpus / "modelarts-api-ref")]
        if name == "ecs":
            return [_require(corpus / "ecs-api-ref")]
        raise KeyError(name)

    def path(self, name: str) -> Path:
        """The YAML file of the named spec ("seed", "modelarts", "ecs"), built on first use."""
        if name not in self._paths:
            from scraper.pipeline import spec_from_inputs
            from scraper.yamlio import write_yaml

            result = spec_from_inputs([str(p) for p in self.inputs(name)])
            target = self.folder / f"{name}.yaml"
            write_yaml(result.spec, target)  # (as `docs2api spec` writes it)
            self._paths[name] = target
        return self._paths[name]


@pytest.fixture(scope="session")
def spec_builds(tmp_path_factory: pytest.TempPathFactory) -> SpecBuilds:
    """Lazily built specs: ``spec_builds.path("ecs")`` (skips without ../shared)."""
    return SpecBuilds(tmp_path_factory.mktemp("specs"))
