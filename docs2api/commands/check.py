"""``docs2api check``: the CI gate over the specs listed in docs2api.toml / [tool.docs2api]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docs2api.check import (
    STEPS,
    ConfigError,
    find_config,
    load_config,
    render_markdown,
    render_text,
    run_check,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``docs2api check``."""
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="docs2api.toml or pyproject.toml (default: found from the current folder up)",
    )
    parser.add_argument(
        "--base",
        metavar="REV",
        help="git revision to diff the specs against (default: config `base`, else HEAD)",
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=STEPS,
        help="skip a step (repeatable)",
    )
    parser.add_argument(
        "--format", default="text", choices=("text", "markdown"), help="stdout format"
    )
    parser.add_argument("--report", type=Path, metavar="FILE", help="also write a Markdown report")


def run(args: argparse.Namespace) -> int:
    """Run the gate; 0 passed, 1 failed, 2 no or bad configuration."""
    path = args.config or find_config(Path.cwd())
    if path is None:
        print(
            "docs2api check: no docs2api.toml or [tool.docs2api] in pyproject.toml found",
            file=sys.stderr,
        )
        return 2
    try:
        config = load_config(path)
    except ConfigError as exc:
        print(f"docs2api check: {exc}", file=sys.stderr)
        return 2
    steps = [step for step in STEPS if step not in args.skip]
    report = run_check(config, base=args.base, steps=steps)
    sys.stdout.write(render_markdown(report) if args.format == "markdown" else render_text(report))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(render_markdown(report), encoding="utf-8")
    return 0 if report.ok else 1
