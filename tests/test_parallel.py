"""Parallel page reading gives exactly the serial pages and the same spec bytes."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
from pathlib import Path

import loky.backend.context
import pytest

from docs2api.cli import main
from docs2api.commands import spec as spec_command
from scraper import html, parallel
from scraper.pipeline import read_inputs, spec_from_inputs
from scraper.yamlio import dump_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def pages_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every hand-written HTML fixture page in one folder (cross-page links, a TOC for tags)."""
    folder = tmp_path_factory.mktemp("pages")
    for page in sorted(FIXTURES.glob("*/*.html")):
        shutil.copy(page, folder / page.name)
    shutil.copy(FIXTURES / "gen" / "CLASS.TXT.json", folder / "CLASS.TXT.json")
    return folder


def test_worker_count() -> None:
    assert parallel.resolve_workers(None, 10) == 1
    assert parallel.resolve_workers(1, 10_000) == 1
    assert parallel.resolve_workers(3, 10) == 3
    assert parallel.resolve_workers(0, 10) == 1
    assert parallel.resolve_workers(None, 10_000) >= 1


@pytest.mark.parametrize(
    ("method", "per_process"),
    [
        ("fork", parallel.PAGES_PER_FORKED_PROCESS),
        ("spawn", parallel.PAGES_PER_STARTED_PROCESS),
        ("forkserver", parallel.PAGES_PER_STARTED_PROCESS),
    ],
)
def test_default_pool_gives_each_process_enough_pages(
    monkeypatch: pytest.MonkeyPatch, method: str, per_process: int
) -> None:
    # a spawned process imports the reader before its first page: it needs more pages to pay
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none=False: method)
    monkeypatch.setattr(loky.backend.context, "cpu_count", lambda: 4)
    assert parallel.pages_per_process() == per_process
    assert parallel.resolve_workers(None, 2 * per_process - 1) == 1
    assert parallel.resolve_workers(None, 2 * per_process) == 2
    assert parallel.resolve_workers(None, 3 * per_process) == 3
    assert parallel.resolve_workers(None, 100 * per_process) == 4  # at most the CPUs


def test_spec_help_states_the_default_pool() -> None:
    parser = argparse.ArgumentParser()
    spec_command.add_arguments(parser)
    help_text = " ".join(parser.format_help().split())
    assert f"one per {parallel.PAGES_PER_FORKED_PROCESS} pages" in help_text
    assert f"one per {parallel.PAGES_PER_STARTED_PROCESS} pages" in help_text


def test_worker_count_follows_the_cpus_this_process_may_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the limit a container sets is honoured, not the host's core count (LOKY_MAX_CPU_COUNT
    # stands in for a cgroup quota here; loky reads both)
    monkeypatch.setenv("LOKY_MAX_CPU_COUNT", "1")
    assert parallel.resolve_workers(None, 10_000) == 1
    monkeypatch.delenv("LOKY_MAX_CPU_COUNT")
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert 1 <= parallel.resolve_workers(None, 10_000) <= (usable or 1)


def test_parallel_folder_is_the_serial_folder(pages_folder: Path) -> None:
    serial = list(html.read_folder(pages_folder))
    assert len(serial) >= 10
    assert any(page.operations for page in serial)
    assert list(parallel.read_folder(pages_folder, workers=2)) == serial
    assert list(parallel.read_folder(pages_folder, workers=1)) == serial


def test_parallel_files_are_the_serial_files(pages_folder: Path) -> None:
    paths = sorted(pages_folder.glob("*.html"))
    tags: dict[str, tuple[str, ...]] = {"CreateGadget.html": ("Gadgets",)}
    serial = html.read_files(paths, tags=tags)
    assert parallel.read_files(paths, tags=tags, workers=2) == serial
    gadget = next(page for page in serial if page.file == "CreateGadget.html")
    assert gadget.operations
    assert all(op.tags == ("Gadgets",) for op in gadget.operations)


def test_chunks_shrink_towards_the_end() -> None:
    sizes = []
    left = 10_000
    while left:
        size = min(parallel._chunk_size(left, 2), left)
        sizes.append(size)
        left -= size
    assert sizes == sorted(sizes, reverse=True)  # large tasks first, small ones last
    assert sizes[0] == 10_000 // (2 * parallel.CHUNKS_PER_WORKER)
    assert sizes[-1] <= parallel.MIN_CHUNK
    assert parallel._chunk_size(1, 4) == parallel.MIN_CHUNK


def test_many_tasks_keep_the_serial_order(pages_folder: Path, tmp_path: Path) -> None:
    # enough pages for several pool tasks while this process reads from the back
    for copy in range(12):
        for page in sorted(pages_folder.glob("*.html")):
            shutil.copy(page, tmp_path / f"c{copy:02d}_{page.name}")
    paths = sorted(tmp_path.glob("*.html"))
    assert len(paths) > 8 * parallel.MIN_CHUNK
    serial = html.read_files(paths)
    assert parallel.read_files(paths, workers=2) == serial
    assert parallel.read_files(paths, workers=3) == serial


def test_parallel_spec_bytes_equal_serial(pages_folder: Path) -> None:
    serial = spec_from_inputs([str(pages_folder)], workers=1)
    two = spec_from_inputs([str(pages_folder)], workers=2)
    assert dump_yaml(two.spec) == dump_yaml(serial.spec)
    assert two.diagnostics == serial.diagnostics
    assert two.report == serial.report


def test_cli_workers_flag(pages_folder: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    assert main(["spec", str(pages_folder), "-o", str(one), "--workers", "1"]) == 0
    assert main(["spec", str(pages_folder), "-o", str(two), "--workers", "2"]) == 0
    assert two.read_bytes() == one.read_bytes()


def test_unreadable_page_is_the_same_value_in_parallel(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b"")
    (tmp_path / "b.html").write_bytes(b"\x00\x01\x02")
    shutil.copy(FIXTURES / "gen" / "CreateGadget.html", tmp_path / "c.html")
    serial = read_inputs([str(tmp_path)], workers=1)
    assert read_inputs([str(tmp_path)], workers=2) == serial
    assert serial[0].kind == "other"


@pytest.mark.slow
def test_corpus_parallel_pages_are_the_serial_pages(
    modelarts_corpus: Path, ecs_corpus: Path
) -> None:
    # the spec is a deterministic function of the pages, so equal pages give equal spec bytes
    inputs = [str(modelarts_corpus), str(ecs_corpus)]
    serial = read_inputs(inputs, workers=1)
    assert len(serial) > 400
    assert read_inputs(inputs, workers=2) == serial
