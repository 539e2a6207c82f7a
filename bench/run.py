"""``make bench``: run every benchmark, compare against baselines of the same run, and write
bench/RESULTS.md with the machine's description.

Figures are ratios against a baseline measured in the same run, never absolute targets checked
by unit tests: these machines are shared and noisy.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent


def machine() -> str:
    """One line describing this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def run_json(script: str, *args: str) -> dict[str, object]:
    """Run a benchmark script; its last stdout line is a JSON object of figures."""
    path = BENCH / script
    if not path.exists():
        return {"skipped": f"{script} is not in this checkout"}
    print(f"running {script} ...", flush=True)
    done = subprocess.run(
        [sys.executable, str(path), *args], capture_output=True, text=True, cwd=REPO
    )
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-5:]}
    lines = [line for line in done.stdout.strip().splitlines() if line.startswith("{")]
    if not lines:
        return {"failed": ["no JSON figures printed"]}
    result: dict[str, object] = json.loads(lines[-1])
    return result


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def corpus_section(figures: dict[str, object]) -> list[str]:
    """Markdown for the corpus benchmark."""
    lines = ["## Scrape + build on the corpus (issue: performance)", ""]
    if "lxml" not in figures:
        lines.append(f"Not measured: {figures}")
        return lines
    lxml = figures["lxml"]
    spec = figures["spec"]
    assert isinstance(lxml, dict) and isinstance(spec, dict)
    lines += [
        "| measurement | pages | MB | seconds | peak RSS MB | ratio to lxml |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| bare lxml.html parse (baseline) | {lxml['pages']} | {lxml['bytes'] / 1e6:.1f} "
        f"| {lxml['seconds']:.3f} | {lxml['peak_rss_mb']:.0f} | 1.00x |",
        f"| docs2api spec, both services | {spec['pages']} | {spec['bytes'] / 1e6:.1f} "
        f"| {spec['seconds']:.3f} | {spec['peak_rss_mb']:.0f} "
        f"| {_ratio(spec['seconds'], lxml['seconds'])} |",
        "",
        "Target: no more than 2x bare lxml parsing.",
        "",
    ]
    scaling = figures.get("scaling") or []
    assert isinstance(scaling, list)
    if scaling:
        lines += [
            "### Large corpus (copies of the real pages with renamed paths)",
            "",
            "| pages | lxml s | spec 1 worker s | spec 2 workers s | ms/page (1 worker) "
            "| 1->2 workers speed-up | peak RSS MB (1 worker) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in scaling:
            one, two, base = row["spec_1"], row["spec_2"], row["lxml"]
            lines.append(
                f"| {row['pages']} | {base['seconds']:.2f} | {one['seconds']:.2f} "
                f"| {two['seconds']:.2f} | {1000 * one['seconds'] / row['pages']:.2f} "
                f"| {_ratio(one['seconds'], two['seconds'])} | {one['peak_rss_mb']:.0f} |"
            )
        first, last = scaling[0], scaling[-1]
        per_first = first["spec_1"]["seconds"] / first["pages"]
        per_last = last["spec_1"]["seconds"] / last["pages"]
        lines += [
            "",
            f"Time per page at {last['pages']} pages is {_ratio(per_last, per_first)} of the "
            f"time per page at {first['pages']} pages (linear growth: about 1.00x; target "
            "within 10%). Target for 2 workers: at least 1.6x faster than 1.",
            "",
        ]
    return lines


def generic_section(title: str, figures: dict[str, object]) -> list[str]:
    """Markdown for a benchmark that reports its own rows."""
    lines = [f"## {title}", ""]
    rows = figures.get("rows")
    if isinstance(rows, list) and rows and isinstance(rows[0], dict):
        keys = list(rows[0])
        lines.append("| " + " | ".join(keys) + " |")
        lines.append("| " + " | ".join("---" for _ in keys) + " |")
        for row in rows:
            lines.append("| " + " | ".join(str(row.get(k, "")) for k in keys) + " |")
        lines.append("")
    for key, value in figures.items():
        if key != "rows":
            lines.append(f"- {key}: {value}")
    lines.append("")
    return lines


def main() -> None:
    """Run all benchmarks and write bench/RESULTS.md."""
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    sections = [
        "# Benchmark results",
        "",
        f"Measured {started} on: {machine()}.",
        "Written by `make bench` (bench/run.py); every ratio compares figures of the same run.",
        "",
    ]
    sections += corpus_section(run_json("corpus_bench.py"))
    sections += generic_section("Snippet dumps (stitching)", run_json("snippets_bench.py"))
    sections += generic_section("Client and stub generation", run_json("generate_bench.py"))
    sections += generic_section("Mock server throughput", run_json("mock_bench.py"))
    text = "\n".join(sections).rstrip() + "\n"
    (BENCH / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
