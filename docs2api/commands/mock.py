"""`docs2api mock SPEC [--port N]`: serve the mock of a spec with uvicorn."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from docs2api.specfile import read_spec


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the mock command."""
    parser.add_argument("spec", type=Path, help="OpenAPI document (YAML or JSON)")
    parser.add_argument("--port", type=int, default=4010, help="port to listen on (4010)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    parser.add_argument("--seed", type=int, default=0, help="seed for generated data (0)")
    parser.add_argument("--stateful", action="store_true", help="keep created resources")
    parser.add_argument("--dynamic", action="store_true", help="fresh generated data per request")
    parser.add_argument(
        "--max-body-bytes", type=int, default=1_048_576, help="larger bodies get 413 (1 MiB)"
    )
    parser.add_argument(
        "--verify-key",
        action="append",
        default=[],
        metavar="AK:SK",
        help="check AK/SK signatures against this key pair (repeatable)",
    )
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="serve the spec unchanged (no `default` Huawei error response added where missing)",
    )
    parser.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="TOKEN",
        help="accept only these X-Auth-Token values (repeatable; default: any)",
    )


def _spec_or_problem(path: Path) -> dict[str, Any] | str:
    """The spec as a dict, or a message saying why it cannot be read."""
    data = read_spec(path)
    if isinstance(data, dict) and "paths" not in data:
        return f"{path} is not an OpenAPI document (no 'paths')"
    return data


def run(args: argparse.Namespace) -> int:
    """Start the server; returns when it stops."""
    import uvicorn

    from docs2api.mock import create_app

    spec = _spec_or_problem(args.spec)
    if isinstance(spec, str):
        print(f"docs2api mock: {spec}", file=sys.stderr)
        return 2
    keys: dict[str, str] = {}
    for pair in args.verify_key:
        ak, sep, sk = str(pair).partition(":")
        if not sep or not ak or not sk:
            print(f"--verify-key expects AK:SK, got {pair!r}", file=sys.stderr)
            return 2
        keys[ak] = sk
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_app(
        spec,
        seed=args.seed,
        stateful=args.stateful,
        max_body_bytes=args.max_body_bytes,
        verify_keys=keys or None,
        tokens=set(args.token) or None,
        dynamic=args.dynamic,
        document_errors=not args.as_is,
    )
    print(f"mock of {args.spec} on http://{args.host}:{args.port}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
