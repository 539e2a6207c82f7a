"""Helpers for the client generator tests: generate a fixture spec into a folder and import it."""

from __future__ import annotations

import contextlib
import enum
import importlib
import io
import subprocess
import sys
import threading
import time
import tokenize
import types
import typing
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.client import generate_client

SPECS = Path(__file__).resolve().parent.parent / "fixtures" / "specs"
PYTHON_BIN = Path(sys.executable).parent


def generate_and_import(spec: Path, out_dir: Path, package: str) -> ModuleType:
    """Generate ``spec`` as package ``package`` under ``out_dir`` and import it."""
    generate_client(spec, out_dir, package_name=package)
    if str(out_dir) not in sys.path:
        sys.path.insert(0, str(out_dir))
    importlib.invalidate_caches()
    return importlib.import_module(package)


def import_all(out_dir: Path, package: str) -> list[str]:
    """Import every module of the generated package; return their dotted names."""
    imported = []
    for path in sorted((out_dir / package).rglob("*.py")):
        parts = path.relative_to(out_dir).with_suffix("").parts
        dotted = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        importlib.import_module(dotted)
        imported.append(dotted)
    return imported


def run_tool(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a tool of this environment (ruff, mypy) in ``cwd``; output captured."""
    return subprocess.run(
        [str(PYTHON_BIN / args[0]), *args[1:]], cwd=cwd, capture_output=True, text=True, check=False
    )


def code_tokens(root: Path) -> list[tuple[Path, tokenize.TokenInfo]]:
    """Every token of every generated .py file except strings, comments and layout tokens."""
    skipped = {
        tokenize.STRING,
        tokenize.COMMENT,
        tokenize.NL,
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENDMARKER,
        tokenize.ENCODING,
    }
    found = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type not in skipped:
                found.append((path, token))
    return found


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path (caches excluded)."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".mypy_cache" not in path.parts
    }


def load(dotted: str) -> Any:
    """An already generated module by dotted name (typed Any: it did not exist at check time)."""
    return importlib.import_module(dotted)


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve an ASGI app on 127.0.0.1 (free port) with uvicorn in a thread; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not server.started:
            raise RuntimeError("local server did not start")
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _options(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        found = typing.get_args(annotation)
    else:
        found = (annotation,)
    return [o for o in found if getattr(o, "__name__", "") not in ("Unset", "NoneType")]


def typed(value: Any, annotation: Any) -> Any:
    """A JSON value as the generated function's annotation wants it (models, enums, dates)."""
    for option in _options(annotation):
        try:
            if option is Any:
                return value
            if typing.get_origin(option) is list and isinstance(value, list):
                (inner,) = typing.get_args(option) or (Any,)
                return [typed(item, inner) for item in value]
            if isinstance(option, type) and issubclass(option, enum.Enum):
                return option(value)
            if option is datetime:
                return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            if option is date:
                return date.fromisoformat(str(value))
            if isinstance(option, type) and hasattr(option, "from_dict"):
                return option.from_dict(value)
            if option in (str, int, float, bool) and isinstance(value, option):
                return value
            if option is str:
                return str(value)
            if option in (int, float) and not isinstance(value, bool):
                return option(value)
        except (TypeError, ValueError, KeyError, AttributeError):
            continue
    return value
