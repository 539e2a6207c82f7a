"""The benchmark's generated dumps keep the seed's stitching: each copy of the 30 snippets
gives the same operations and orphans, with no join across copies (so its timings mean
something)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from scraper.snippets import read_dump_accounted


def _bench(repo_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "snippets_bench", repo_dir / "bench" / "snippets_bench.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["snippets_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_generated_copies_stitch_like_the_seed(repo_dir: Path, tmp_path: Path) -> None:
    bench = _bench(repo_dir)
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
