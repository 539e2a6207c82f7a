"""``docs2api publish SPEC -o DIR``: spec as YAML and JSON, HTML reference, HTML report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``docs2api publish``."""
    parser.add_argument("spec", type=Path, help="the OpenAPI spec (YAML or JSON)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="folder to write")
    parser.add_argument("--report", type=Path, help="the build report JSON (docs2api spec)")
    parser.add_argument("--docs-base", help="URL or folder that source page links start with")


def _lint_figures(spec: dict[str, Any]) -> dict[str, Any]:
    from docs2api.lint import lint_spec

    result = lint_spec(spec)
    return {
        "examples_valid_percent": result.valid_percent,
        "examples_valid_tables_percent": result.tables_valid_percent,
        "keys_declared_percent": result.declared_percent,
        "inconsistencies": [
            {
                "operation": item.where,
                "example": item.pointer,
                "message": f"{item.kind}: {item.message}"
                + (f"; the schema {item.accepted}" if item.accepted else ""),
                "source": item.source,
            }
            for item in result.inconsistencies
        ],
    }


def run(args: argparse.Namespace) -> int:
    """Write the published folder; exit 1 when something could not be written."""
    from docs2api.publish import publish
    from docs2api.specfile import read_spec

    if not args.spec.is_file():
        print(f"docs2api publish: {args.spec}: no such file", file=sys.stderr)
        return 2
    spec = read_spec(args.spec)  # read once: the linter and the writers share it
    if isinstance(spec, str):
        print(f"docs2api publish: {spec}", file=sys.stderr)
        return 2
    report = None
    if args.report is not None:
        try:
            report = json.loads(args.report.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"docs2api publish: {args.report}: {exc}", file=sys.stderr)
            return 2
    result = publish(
        args.spec,
        args.output,
        report=report,
        lint=_lint_figures(spec),
        docs_base=args.docs_base,
        spec=spec,
    )
    for path in result.written:
        print(path)
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    reference = args.output / "reference.html"
    if reference.exists():
        print(f"open {reference.resolve().as_uri()}", file=sys.stderr)
    return 1 if result.problems else 0
