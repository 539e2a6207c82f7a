"""Benchmark: reading a spec, and the commands that do (``diff``, ``lint``), on the corpus spec.

Every command after ``spec`` starts by reading a spec file: ``docs2api/specfile.py`` against
``yaml.safe_load`` (what the commands used before it) and PyYAML's libyaml loader, on the spec
of both corpus services built in-process (not timed) and written as ``docs2api spec`` writes it.
Then ``docs2api diff`` (the spec against itself: two reads and a comparison) and ``docs2api
lint`` (one read, OpenAPI validation, every example checked) in fresh processes, as a user
runs them. Run by ``bench/run.py`` (``make bench``); the last stdout line is a JSON object.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from docs2api.specfile import parse_document  # noqa: E402
from scraper.pipeline import spec_from_inputs  # noqa: E402
from scraper.yamlio import dump_yaml  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
SERVICES = ("modelarts-api-ref", "ecs-api-ref")
RUNS = 3  # each reading is the fastest of this many (the slow baseline: of one)


def _best(runs: int, read: Callable[[], Any]) -> float:
    """The fastest of ``runs`` timed calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read()
        times.append(time.perf_counter() - start)
    return min(times)


def _command(*args: str) -> float:
    """Wall seconds of ``docs2api ARGS`` in a fresh process (bytecode cached, as installed)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "docs2api", *args]
    subprocess.run(command, capture_output=True, cwd=REPO, env=env, check=False)  # warm-up
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, cwd=REPO, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"docs2api {' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return seconds


def main() -> None:
    """Build the corpus spec, time the readers and the commands, print rows and JSON."""
    folders = [str(CORPUS / name) for name in SERVICES if (CORPUS / name).is_dir()]
    if not folders:
        print(json.dumps({"skipped": "../shared/corpus is absent"}))
        return
    spec = spec_from_inputs(folders, workers=1).spec
    with tempfile.TemporaryDirectory(prefix="specread-bench-") as tmp:
        path = Path(tmp) / "corpus.yaml"
        text = dump_yaml(spec)
        path.write_text(text, encoding="utf-8")
        mb = len(text.encode("utf-8")) / 1e6
        assert parse_document(text) == yaml.safe_load(text) == spec
        pure = _best(1, lambda: yaml.safe_load(text))
        libyaml = _best(RUNS, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        ours = _best(RUNS, lambda: parse_document(text))
        diff = _command("diff", str(path), str(path))
        lint = _command("lint", str(path))
    rows: list[dict[str, object]] = [
        {"measurement": "yaml.safe_load (PyYAML's pure-Python reader)", "seconds": pure},
        {"measurement": "yaml.load with CSafeLoader (libyaml)", "seconds": libyaml},
        {"measurement": "docs2api.specfile.parse_document", "seconds": ours},
        # (the commands read the spec twice and once; with yaml.safe_load each read would
        # cost what the first row costs instead of the third)
        {
            "measurement": "docs2api diff, the spec against itself (fresh process)",
            "seconds": diff,
            "with yaml.safe_load reads (estimated)": diff + 2 * (pure - ours),
        },
        {
            "measurement": "docs2api lint (fresh process)",
            "seconds": lint,
            "with yaml.safe_load reads (estimated)": lint + (pure - ours),
        },
    ]
    for row in rows:
        for key in ("seconds", "with yaml.safe_load reads (estimated)"):
            row[key] = f"{row[key]:.2f}" if key in row else ""
        print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    print(
        json.dumps(
            {
                "rows": rows,
                "reader speed-up": (
                    f"{pure / ours:.1f}x yaml.safe_load, {libyaml / ours:.1f}x libyaml"
                ),
                "spec": f"both corpus services, {mb:.1f} MB of YAML, as `docs2api spec` writes it",
                "note": "readings are the fastest of "
                f"{RUNS} runs (yaml.safe_load: one); commands are wall seconds after a warm-up",
            }
        )
    )


if __name__ == "__main__":
    main()
