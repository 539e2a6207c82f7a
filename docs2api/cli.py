"""The ``docs2api`` command line: parse arguments, dispatch to one command module, exit code.

Each sub-command lives in ``docs2api/commands/<name>.py`` and exposes ``add_arguments(parser)``
and ``run(args) -> int``; its one-line summary is in ``COMMANDS`` here, so that listing the
commands imports none of them. Exit codes: 0 ok, 1 input errors or a failed check, 2 usage
error.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

# Every sub-command and its one-line summary, in the order ``--help`` lists them.
COMMANDS: dict[str, str] = {
    "spec": "Build an OpenAPI 3.0.3 spec from HTML pages, snippet dumps or URLs.",
    "lint": "Validate a spec and check every example against its schema (doc inconsistencies).",
    "generate": (
        "Generate a typed Python client (DIR/client) and server stubs (DIR/server) from a spec."
    ),
    "mock": "Serve a mock of the API described by SPEC (validation, examples, stateful mode).",
    "test": "Property-test a spec with schemathesis against --base-url, or the mock in-process.",
    "diff": "Breaking changes between two specs (ERR, WARN, INFO); exit 1 at or above --fail-on.",
    "check": (
        "CI gate: specs and generated code match their inputs, lint passes, no breaking change."
    ),
    "crawl": "Fetch a documentation site (pages under the URL's folder) to local files.",
    "publish": "Publish a spec: YAML + JSON, a single-file HTML reference and the report as HTML.",
}


def _load(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"docs2api.commands.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"docs2api.commands.{name}":
            return None  # command not built into this installation
        raise


def build_parser(only: str | None = None, *, listing: bool = False) -> argparse.ArgumentParser:
    """The argument parser with every available sub-command, or with ``only`` that one.

    ``listing``: the sub-commands by name and summary only, none of their modules imported
    (what ``--help``, no command or an unknown one need: the client generator alone takes a
    fifth of a second to import, and all of them together about a second).
    """
    parser = argparse.ArgumentParser(
        prog="docs2api",
        description="Turn cloud API reference docs into OpenAPI 3, clients, stubs and tests.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS if only is None else (only,):
        summary = COMMANDS[name]
        if listing:
            sub.add_parser(name, help=summary, description=summary)
            continue
        module = _load(name)
        if module is None:
            continue
        command_parser = sub.add_parser(name, help=summary, description=summary)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        parser = build_parser(argv[0])  # a command imports its own module only
    else:
        parser = build_parser(listing=True)
        if argv and not argv[0].startswith("-"):
            close = difflib.get_close_matches(argv[0], COMMANDS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            parser.error(f"unknown command {argv[0]!r}{hint} (see docs2api --help)")
    args = parser.parse_args(argv)
    code: int = args._run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
