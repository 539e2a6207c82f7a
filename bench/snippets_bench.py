"""Benchmark: what ``docs2api spec DUMP -o SPEC`` does (read_dump + build_spec with the cyclic GC
paused, as ``spec_from_inputs`` runs them, then write_yaml) on snippet dumps of growing size.

The dump is generated from the seed's 30 snippets (examples/modelarts-snippets-zh.txt): copy k
renames every path word, field name, JSON key and object name with a per-copy prefix (keeping
plural/singular and ``<name>_id`` relations, so stitching evidence still holds) and derives new
concrete IDs, so no two copies collide. The dump is written to a temporary directory, never
committed. Times are CPU seconds of this process (``time.process_time``), so that a busy shared
machine skews them less than wall-clock time; wall time is printed too. Prints a table and,
last, one JSON object of figures (``bench/run.py`` reads it).

    .venv/bin/python bench/snippets_bench.py [--sizes 10000,25000,50000,100000]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scraper.build import build_spec  # noqa: E402
from scraper.gcpause import paused_gc  # noqa: E402
from scraper.snippets import read_dump_accounted  # noqa: E402
from scraper.yamlio import write_yaml  # noqa: E402

SEED = REPO / "examples" / "modelarts-snippets-zh.txt"
_BULLET = "  • "
# Words that are vocabulary of the format, not names: they keep their spelling in every copy.
_KEEP = frozenset(
    [
        "URI",
        "GET",
        "POST",
        "PUT",
        "DELETE",
        "PATCH",
        "https",
        "http",
        "endpoint",
        "project",
        "id",
        "ids",
        "v1",
        "v2",
        "Table",
        "String",
        "Integer",
        "Long",
        "Float",
        "Double",
        "Boolean",
        "Number",
        "Array",
        "Map",
        "Object",
        "object",
        "objects",
        "of",
        "strings",
        "integers",
        "Query",
        "Body",
        "Header",
        "OK",
        "Not",
        "Found",
        "true",
        "false",
        "null",
    ]
)
_TOKEN = re.compile(
    r"(?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
    r"|(?P<hex>\b[0-9a-f]{16,}\b)"
    r"|(?P<word>(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*)"
)


def _code(k: int) -> str:
    letters = ""
    k += 26 * 26  # at least three letters, so codes never collide with short words
    while k:
        k, r = divmod(k, 26)
        letters = chr(ord("a") + r) + letters
    return "q" + letters


def _rename(text: str, k: int) -> str:
    code = _code(k)

    def sub(match: re.Match[str]) -> str:
        if match.group("uuid"):
            h = hashlib.md5(f"{k}:{match.group()}".encode()).hexdigest()
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        if match.group("hex"):
            h = hashlib.md5(f"{k}:{match.group()}".encode()).hexdigest()
            return (h * 3)[: len(match.group())]
        word = match.group()
        if word in _KEEP:
            return word
        return code.capitalize() + word if word[0].isupper() else code + word

    return _TOKEN.sub(sub, text)


def generate(count: int, out: Path) -> tuple[int, int]:
    """Write a dump of ``count`` snippets; returns (snippets, bytes)."""
    snippets = [
        line[len(_BULLET) :]
        for line in SEED.read_text(encoding="utf-8").splitlines()
        if line.startswith(_BULLET)
    ]
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        handle.write("华为云用户手册\n\n")
        k = 0
        while written < count:
            for snippet in snippets:
                if written == count:
                    break
                handle.write(_BULLET + _rename(snippet, k) + "\n")
                written += 1
            k += 1
        handle.write(f"共{count}条\n")
    return written, out.stat().st_size


def measure(path: Path) -> dict[str, float | int]:
    """Seconds to read the dump, to build the spec and to write it as YAML, and what came out."""
    gc.collect()
    wall = time.perf_counter()
    with paused_gc():  # as spec_from_inputs runs reading and building
        start = time.process_time()
        reading = read_dump_accounted(path)
        read_s = time.process_time() - start
        start = time.process_time()
        result = build_spec([reading.page])
        build_s = time.process_time() - start
    start = time.process_time()
    spec_path = path.with_suffix(".yaml")
    write_yaml(result.spec, spec_path)
    write_s = time.process_time() - start
    spec_bytes = spec_path.stat().st_size
    spec_path.unlink()
    wall = time.perf_counter() - wall
    counts = reading.counts
    return {
        "read_s": round(read_s, 2),
        "build_s": round(build_s, 2),
        "write_s": round(write_s, 2),
        "total_s": round(read_s + build_s + write_s, 2),
        "spec_mb": round(spec_bytes / 1e6, 1),
        "wall_s": round(wall, 2),
        "operations": counts["operations"],
        "orphans": counts["orphans"],
        "paths": len(result.spec.get("paths", {})),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    """Generate dumps of each size, time them, print rows and the JSON figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,25000,50000,100000")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: one fresh process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows: list[dict[str, float | int | str]] = []
    with tempfile.TemporaryDirectory(prefix="snippets-bench-") as tmp:
        for size in sizes:
            path = Path(tmp) / f"dump-{size}.txt"
            snippets, size_bytes = generate(size, path)
            # a fresh process per size: no warm caches or heap carried over from smaller sizes
            done = subprocess.run(
                [sys.executable, __file__, "--measure", str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            row: dict[str, float | int | str] = {
                "snippets": snippets,
                "MB": round(size_bytes / 1e6, 1),
                **figures,
                "ms_per_1k_snippets": round(1000 * float(figures["total_s"]) / snippets * 1000),
            }
            rows.append(row)
            print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
            path.unlink()
    first, last = rows[0], rows[-1]
    per_first = float(first["total_s"]) / int(first["snippets"])
    per_last = float(last["total_s"]) / int(last["snippets"])
    growth = round(per_last / per_first, 2) if per_first else 0.0
    print(
        json.dumps(
            {
                "rows": rows,
                "time_per_snippet_growth": f"{growth}x from {first['snippets']} to "
                f"{last['snippets']} snippets (linear: about 1.0x)",
                "target": "linear growth; under 60 s for 100,000 snippets on one core",
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
