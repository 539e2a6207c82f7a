"""``docs2api diff OLD NEW``: breaking changes between two specs; exit 1 at or above --fail-on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docs2api.diff import Severity, diff_specs, exceeds, render
from docs2api.specfile import load_spec


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``docs2api diff``."""
    parser.add_argument("old", metavar="OLD", help="the previous spec (YAML or JSON)")
    parser.add_argument("new", metavar="NEW", help="the new spec (YAML or JSON)")
    parser.add_argument(
        "--fail-on",
        default="ERR",
        type=str.upper,
        choices=("ERR", "WARN", "INFO"),
        help="exit 1 when a change of this severity or worse exists (default ERR)",
    )
    parser.add_argument(
        "--format",
        default="text",
        choices=("text", "markdown", "json"),
        help="report format on stdout (default text)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="also write the report to FILE")


def run(args: argparse.Namespace) -> int:
    """Compare, print the report, and choose the exit code."""
    try:
        old = load_spec(args.old)
        new = load_spec(args.new)
    except (OSError, ValueError) as exc:
        print(f"docs2api diff: {exc}", file=sys.stderr)
        return 2
    changes = diff_specs(old, new)
    report = render(changes, args.format)
    sys.stdout.write(report)
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
    return 1 if exceeds(changes, Severity.parse(args.fail_on)) else 0
