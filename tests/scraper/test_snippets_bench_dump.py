"""The benchmark's generated dumps keep the seed's stitching: each copy of the 30 snippets
gives the same operations and orphans, with no join across copies (so its timings mean
something)."""

from __future__ import annotations

from pathlib import Path

from scraper.snippets import read_dump_accounted
from tests.bench_modules import load_bench


def test_generated_copies_stitch_like_the_seed(repo_dir: Path, tmp_path: Path) -> None:
    bench = load_bench(repo_dir, "snippets_bench")
    dump = tmp_path / "dump.txt"
    assert bench.generate(90, dump)[0] == 90
    reading = read_dump_accounted(dump)
    assert reading.counts == {
        "snippets": 90,
        "in_operations": 72,
        "orphans": 18,
        "operations": 30,
        "noise_lines": 2,
    }
    assert len({op.path for op in reading.page.operations}) == 30
