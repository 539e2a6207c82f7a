"""``docs2api spec INPUT... -o OUT.yaml [--report R.json] [--strict]``: build an OpenAPI spec."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from scraper.diagnostics import count_by_level
from scraper.gcpause import paused_gc
from scraper.pagecache import PageCache
from scraper.pipeline import spec_from_inputs
from scraper.yamlio import dump_yaml, write_yaml


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs, output, report, strictness."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="folder, page, dump or URL")
    parser.add_argument("-o", "--output", type=Path, help="spec file to write (default: stdout)")
    parser.add_argument("--report", type=Path, help="write the build report (JSON) here")
    parser.add_argument("--title", help="info.title of the spec (default: from the inputs)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when there are errors")
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes reading a folder (default: one per 50 pages, at most every CPU this "
        "process may use: affinity and container quotas count; one per 500 pages where "
        "processes are spawned, not forked)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="keep the records of the HTML pages read in DIR and, on the next build, read "
        "again only the pages that changed (keep DIR between CI runs)",
    )
    parser.add_argument(
        "--tables-only",
        action="store_true",
        help="schemas say exactly what the tables say: where an example contradicts them, keep "
        "the example under x-invalid-examples instead of widening the schema",
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="print every diagnostic, not a summary"
    )


def run(args: argparse.Namespace) -> int:
    """Build, write, summarise diagnostics on stderr; exit code per the CLI contract."""
    missing = [
        item
        for item in args.inputs
        if not re.match(r"^https?://", item, re.IGNORECASE) and not Path(item).exists()
    ]
    if missing:
        for item in missing:
            print(f"docs2api spec: input not found: {item}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    cache = PageCache(args.cache) if args.cache else None
    try:
        with paused_gc(keep=True):  # the spec and report live until this process ends
            result = spec_from_inputs(
                args.inputs,
                title=args.title,
                workers=args.workers,
                widen=not args.tables_only,
                cache=cache,
            )
    finally:
        if cache is not None:
            cache.close()
    built = time.perf_counter()
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        write_yaml(result.spec, args.output)  # chunk by chunk: no second copy of the text
    else:
        sys.stdout.write(dump_yaml(result.spec))
    written = time.perf_counter()
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(
            json.dumps(result.report, indent=2, ensure_ascii=False, sort_keys=False) + "\n",
            encoding="utf-8",
        )
    counts = count_by_level(result.diagnostics)
    shown = (
        result.diagnostics
        if args.verbose
        else [d for d in result.diagnostics if d.level.value == "error"]
    )
    for diagnostic in shown:
        print(diagnostic.format(), file=sys.stderr)
    by_code: dict[str, int] = {}
    for diagnostic in result.diagnostics:
        key = f"{diagnostic.level.value}[{diagnostic.code}]"
        by_code[key] = by_code.get(key, 0) + 1
    for key in sorted(by_code):
        print(f"  {by_code[key]:5d} {key}", file=sys.stderr)
    report_counts = result.report.get("counts", {})
    pages = report_counts.get("pages", 0)
    print(
        f"docs2api spec: {report_counts.get('operations', 0)} operations from "
        f"{pages} page{'' if pages == 1 else 's'}; {counts['error']} errors, "
        f"{counts['warning']} warnings, {counts['info']} notes; "
        f"{written - started:.2f} s (read + build {built - started:.2f} s, "
        f"write {written - built:.2f} s)",
        file=sys.stderr,
    )
    if cache is not None:
        print(f"docs2api spec: {cache.stats.summary(args.cache)}", file=sys.stderr)
    if args.strict and counts["error"]:
        return 1
    return 0
