"""``docs2api generate SPEC -o DIR``: typed client into DIR/client, server stubs into DIR/server."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from types import ModuleType

from docs2api.specfile import read_spec
from generator import names
from generator.client import GenerationError, generate_client
from generator.model import service_name


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """SPEC, output folder, optional package name."""
    parser.add_argument("spec", metavar="SPEC", help="OpenAPI document (YAML or JSON)")
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    parser.add_argument(
        "--package",
        metavar="NAME",
        help="base package name (default: the service name; gets _client / _server suffixes)",
    )
    parser.add_argument("--client-only", action="store_true", help="skip the server stubs")


def run(args: argparse.Namespace) -> int:
    """Generate, print the written folders on stdout and warnings on stderr."""
    spec_path = Path(args.spec)
    out = Path(args.output)
    if not spec_path.is_file():
        print(f"docs2api generate: {spec_path}: no such file", file=sys.stderr)
        return 2
    spec = read_spec(spec_path)
    if isinstance(spec, str):  # (like every command but lint, whose finding it is: exit 2)
        print(f"docs2api generate: {spec}", file=sys.stderr)
        return 2
    base = names.package_name(args.package or service_name(spec))
    notes: list[str] = []
    try:
        package_dir = generate_client(
            spec_path, out / "client", package_name=f"{base}_client", diagnostics=notes, spec=spec
        )
    except GenerationError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    for note in notes:
        print(note, file=sys.stderr)
    print(package_dir)
    if not args.client_only:
        server = _server_module()
        if server is None:
            print("server stubs: generator.server is not available", file=sys.stderr)
        else:
            server.generate_server(spec, out / "server", package_name=f"{base}_server")
            print(out / "server")
    return 0


def _server_module() -> ModuleType | None:
    """generator.server when this installation has it (built by another part of the project)."""
    try:
        return importlib.import_module("generator.server")
    except ModuleNotFoundError as exc:
        if exc.name == "generator.server":
            return None
        raise
