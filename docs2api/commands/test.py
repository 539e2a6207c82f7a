"""``docs2api test SPEC``: schemathesis (all checks, stateful) against a server or the mock."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from docs2api.specfile import load_spec
from docs2api.testing import (
    ENV_PROJECT,
    PHASES,
    READ_ONLY_DISABLED_CHECKS,
    READ_ONLY_UNEXPECTED_METHODS,
    RunOptions,
    auth_from_env,
    format_summary,
    mock_app,
    read_only,
    run_schemathesis,
    write_junit,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``docs2api test``."""
    parser.add_argument("spec", metavar="SPEC", help="the OpenAPI spec (YAML or JSON)")
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="a running server (the mock, or a real endpoint with credentials from "
        "HUAWEICLOUD_SDK_AK/_SK[/_SECURITY_TOKEN] or HUAWEICLOUD_SDK_TOKEN, and "
        "HUAWEICLOUD_SDK_PROJECT_ID); without it the mock runs in-process",
    )
    parser.add_argument("--junit-xml", metavar="FILE", help="write results as JUnit XML")
    parser.add_argument(
        "--max-examples", type=int, default=20, metavar="N", help="cases per operation (20)"
    )
    parser.add_argument("--seed", type=int, metavar="N", help="seed for reproducible runs")
    parser.add_argument(
        "--stateful",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="run the stateful phase that follows the spec's links (default on)",
    )
    parser.add_argument(
        "--phases",
        default=",".join(PHASES),
        metavar="LIST",
        help=f"comma-separated phases to run (default {','.join(PHASES)})",
    )
    parser.add_argument(
        "--infer-links",
        action="store_true",
        help="also let schemathesis guess links between operations from parameter names",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="test only GET/HEAD operations (nothing is created or deleted on a real account)",
    )
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="LOC.NAME=VALUE",
        help="fix a parameter, e.g. path.project_id=0123 (repeatable); with --base-url, "
        "path.project_id defaults to HUAWEICLOUD_SDK_PROJECT_ID",
    )
    parser.add_argument(
        "--max-failures", type=int, metavar="N", help="stop after N failures (default: run all)"
    )
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="parallel workers")
    parser.add_argument(
        "--request-timeout", type=float, default=10.0, metavar="S", help="seconds per request"
    )


def run(args: argparse.Namespace) -> int:
    """Load the spec, run schemathesis, print the summary, write JUnit; 1 on any failure."""
    phases = tuple(p.strip() for p in args.phases.split(",") if p.strip())
    unknown = sorted(set(phases) - set(PHASES))
    if unknown or args.max_examples < 1 or args.workers < 1:
        problem = f"unknown phase(s) {', '.join(unknown)}" if unknown else "counts must be >= 1"
        print(f"docs2api test: {problem}", file=sys.stderr)
        return 2
    parameters: dict[str, str] = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or "." not in name:
            print(f"docs2api test: --param {item!r} is not LOC.NAME=VALUE", file=sys.stderr)
            return 2
        parameters[name] = value
    if args.base_url and os.environ.get(ENV_PROJECT):
        parameters.setdefault("path.project_id", os.environ[ENV_PROJECT])
    try:
        spec = load_spec(args.spec)
    except (OSError, ValueError) as exc:
        print(f"docs2api test: {exc}", file=sys.stderr)
        return 2
    if args.read_only:
        spec = read_only(spec)
    options = RunOptions(
        max_examples=args.max_examples,
        seed=args.seed,
        stateful=args.stateful,
        phases=phases,
        workers=args.workers,
        request_timeout=args.request_timeout,
        infer_links=args.infer_links,
        parameters=parameters,
        max_failures=args.max_failures,
        disabled_checks=READ_ONLY_DISABLED_CHECKS if args.read_only else (),
        unexpected_methods=READ_ONLY_UNEXPECTED_METHODS if args.read_only else None,
    )
    from schemathesis.core.errors import InvalidSchema

    try:
        if args.base_url:
            auth = auth_from_env()
            if auth is None:
                print(
                    "docs2api test: no credentials in the environment; requests go unauthenticated",
                    file=sys.stderr,
                )
            result = run_schemathesis(spec, base_url=args.base_url, auth=auth, options=options)
        else:
            try:
                app, auth = mock_app(spec, seed=args.seed or 0)
            except ImportError as exc:
                print(
                    f"docs2api test: the mock is not available ({exc}); pass --base-url",
                    file=sys.stderr,
                )
                return 2
            result = run_schemathesis(spec, app=app, auth=auth, options=options)
    except InvalidSchema as exc:  # (schemathesis' own words: where, and what it expected)
        print(f"docs2api test: {args.spec} is not a valid OpenAPI document: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(format_summary(result))
    if args.junit_xml:
        write_junit(result, Path(args.junit_xml))
    return 0 if result.ok else 1
