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
