"""Golden record: spec/modelarts.yaml is exactly what the seed dump builds into.

When the reader or the builder changes on purpose, regenerate with ``make spec`` (or
``docs2api spec examples/modelarts-snippets-zh.txt -o spec/modelarts.yaml``) and review the diff.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from scraper.pipeline import spec_from_inputs
from scraper.yamlio import dump_yaml


def test_seed_spec_is_up_to_date(repo_dir: Path, seed_dump: Path) -> None:
    committed = (repo_dir / "spec" / "modelarts.yaml").read_text(encoding="utf-8")
    rebuilt = dump_yaml(spec_from_inputs([str(seed_dump)]).spec)
    if rebuilt != committed:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                rebuilt.splitlines(keepends=True),
                "spec/modelarts.yaml (committed)",
                "rebuilt from examples/modelarts-snippets-zh.txt",
                n=2,
            )
        )
        lines = diff.splitlines()
        shown = "\n".join(lines[:80]) + (
            f"\n... {len(lines) - 80} more lines" if len(lines) > 80 else ""
        )
        raise AssertionError(f"spec/modelarts.yaml is stale; run `make spec`:\n{shown}")
