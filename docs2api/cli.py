"""The ``docs2api`` command line: parse arguments, dispatch to one command module, exit code.

Each sub-command lives in ``docs2api/commands/<name>.py`` and exposes ``HELP`` (one line),
``add_arguments(parser)`` and ``run(args) -> int``. Exit codes: 0 ok, 1 input errors or a
failed check, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

COMMANDS = ("spec", "lint", "generate", "mock", "test", "diff", "check", "crawl", "publish")


def _load(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"docs2api.commands.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"docs2api.commands.{name}":
            return None  # command not built into this installation
        raise


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every available sub-command, or with ``only`` that one."""
    parser = argparse.ArgumentParser(
        prog="docs2api",
        description="Turn cloud API reference docs into OpenAPI 3, clients, stubs and tests.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS if only is None else (only,):
        module = _load(name)
        if module is None:
            continue
        command_parser = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # A command's module imports what it runs on (the client generator alone takes a fifth
    # of a second), so a named command loads only its own; anything else (--help, a typo)
    # gets the parser of every command, which lists them all.
    chosen = argv[0] if argv and argv[0] in COMMANDS else None
    parser = build_parser(chosen)
    args = parser.parse_args(argv)
    code: int = args._run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
