"""Fixtures of the mock tests: the hand-written fixture spec and apps over it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def datasets_spec() -> dict[str, Any]:
    """A small ModelArts-like spec: a dataset collection, an action, a public endpoint."""
    spec: dict[str, Any] = yaml.safe_load((FIXTURES / "datasets.yaml").read_text("utf-8"))
    return spec
