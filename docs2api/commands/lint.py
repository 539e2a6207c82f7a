"""``docs2api lint SPEC``: validity, examples against schemas, and the two coverage figures."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from docs2api.lint import lint_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The spec to lint, and output options."""
    parser.add_argument("spec", type=Path, metavar="SPEC", help="OpenAPI file (YAML or JSON)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--quiet", "-q", action="store_true", help="only the figures")


def run(args: argparse.Namespace) -> int:
    """Lint; exit 1 when the spec is invalid, 2 when it is missing."""
    if not args.spec.exists():
        print(f"docs2api lint: {args.spec} not found", file=sys.stderr)
        return 2
    result = lint_file(args.spec)
    for error in result.errors:
        print(f"invalid: {error}")
    if not args.quiet:
        for item in result.inconsistencies:
            print(item.format())
    if args.json:
        print(json.dumps(result.figures(), indent=2))
    else:
        print(
            f"spec {'valid' if result.valid else 'INVALID'}; "
            f"{result.examples_checked} JSON examples checked against a schema "
            f"({result.examples_without_schema} without a schema, "
            f"{result.examples_unparsed} not JSON)"
        )
        print(
            f"examples valid: {result.valid_percent:.1f}% "
            f"({result.examples_valid}/{result.examples_checked})"
        )
        if result.examples_widened:
            print(
                f"  against the tables alone: {result.tables_valid_percent:.1f}% "
                f"({result.examples_valid - result.examples_widened}/{result.examples_checked}); "
                f"{result.examples_widened} valid because the spec admits what the docs' "
                "examples show"
            )
        print(
            f"example keys declared: {result.declared_percent:.1f}% "
            f"({result.keys_declared}/{result.keys_total})"
        )
        accepted = sum(1 for item in result.inconsistencies if item.accepted)
        print(
            f"doc inconsistencies: {len(result.inconsistencies)}"
            + (f" ({accepted} accepted by widening the schema)" if accepted else "")
        )
    return 0 if result.valid else 1
