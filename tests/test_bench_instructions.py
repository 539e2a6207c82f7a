"""The corpus benchmark's instruction counts (callgrind): the read and the build of a spec
child are counted apart, and a machine without valgrind gets a reason, not a failure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.bench_modules import load_bench


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_a_spec_child_is_counted_as_read_then_build(repo_dir: Path) -> None:
    bench = load_bench(repo_dir, "corpus_bench")
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
    bench = load_bench(repo_dir, "corpus_bench")
    monkeypatch.setattr(bench.shutil, "which", lambda name: None)
    assert bench.count_all([repo_dir]) == {
        what: {"skipped": "valgrind is not installed"} for what in ("lxml", "floor", "spec")
    }


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_a_child_that_fails_under_callgrind_gives_the_reason(
    repo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = load_bench(repo_dir, "corpus_bench")
    monkeypatch.setattr(bench, "__file__", str(tmp_path / "absent.py"))  # the child's script
    counts = bench.count_instructions("spec", [tmp_path])
    assert counts["skipped"].startswith("callgrind exited 2: ")
    assert "absent.py" in counts["skipped"]
