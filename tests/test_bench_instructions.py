"""The corpus benchmark's instruction counts (callgrind): the read and the build of a spec
child are counted apart, and a machine without valgrind gets a reason, not a failure."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _bench(repo_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "corpus_bench", repo_dir / "bench" / "corpus_bench.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_a_spec_child_is_counted_as_read_then_build(repo_dir: Path) -> None:
    bench = _bench(repo_dir)
    counts = bench.count_instructions("spec", [repo_dir / "tests" / "fixtures" / "html" / "ecs"])
    read, build = counts["parts"]
    # reading seven pages runs millions of instructions; far fewer would mean the counted
    # call caught only the call itself, not the work inside it
    assert read > 5_000_000 and build > 1_000_000
    assert counts["instructions"] == read + build
    summary = bench.instruction_summary({"lxml": counts, "spec": counts})
    assert "spec: " in summary and "(1.000x lxml)" in summary


def test_without_valgrind_the_counts_are_skipped_with_the_reason(
    repo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = _bench(repo_dir)
    monkeypatch.setattr(bench.shutil, "which", lambda name: None)
    assert bench.count_all([repo_dir]) == {
        what: {"skipped": "valgrind is not installed"} for what in ("lxml", "floor", "spec")
    }
