"""Fixtures for publishing tests: the pinned npm tools and a headless Chromium."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from docs2api import nodetools

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required under CI=true; `make test` installs it)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def node_bin() -> Any:
    """A function name -> path of an npm tool; installs the pinned tools once if needed."""
    if nodetools.find_bin("redocly") is None and shutil.which("npm"):
        nodetools.install()

    def find(name: str) -> Path:
        found = nodetools.find_bin(name)
        if found is None:
            _missing(f"npm tool {name!r} is not installed (make node-tools)")
        assert found is not None
        return found

    return find


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium (Debian's package) driven by Playwright."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        _missing("chromium is not installed (make browser)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()
