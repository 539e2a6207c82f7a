"""Jinja rendering and ruff formatting of generated files (client and server generators).

Templates get doc text only through the filters registered here (``literal``, ``comment``,
``docstring``) and identifiers only from view models built with ``generator.names``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from generator import names


def environment(
    template_dir: Path, *, extra_loaders: Iterable[jinja2.BaseLoader] = ()
) -> jinja2.Environment:
    """A strict Jinja environment over ``template_dir`` with the escaping filters registered."""
    loader: jinja2.BaseLoader = jinja2.FileSystemLoader(str(template_dir))
    extra = list(extra_loaders)
    if extra:
        loader = jinja2.ChoiceLoader([loader, *extra])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    install_filters(env)
    return env


def plain(value: object) -> str:
    """The text of a template value (unwraps openapi-python-client's untrusted-string wrappers)."""
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        method = getattr(value, unwrap, None)
        if callable(method):
            return str(method())
    return str(value)


def install_filters(env: jinja2.Environment) -> None:
    """Register the doc-text escaping filters on any Jinja environment."""
    env.filters["literal"] = lambda value: names.string_literal(plain(value))
    env.filters["comment"] = lambda value: names.comment(plain(value))
    env.filters["docstring"] = lambda value: names.docstring_text(plain(value))


def render(template_dir: Path, template_name: str, context: Mapping[str, Any]) -> str:
    """Render one template of ``template_dir`` with ``context``."""
    return environment(template_dir).get_template(template_name).render(**context)


def write(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 with ``\\n`` line endings, creating parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def ruff_command() -> list[str]:
    """How to run the ruff of this interpreter's environment (falls back to ``ruff`` on PATH)."""
    candidate = Path(sys.executable).parent / ("ruff.exe" if os.name == "nt" else "ruff")
    if candidate.exists():
        return [str(candidate)]
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

        return [str(find_ruff_bin())]
    except (ImportError, FileNotFoundError):
        return ["ruff"]


def format_python(paths: Iterable[Path], *, config: Path | None = None, fix: bool = True) -> None:
    """Apply ruff's safe fixes (unused imports, import order) and ruff format to ``paths``.

    ``config`` is a pyproject.toml/ruff.toml to use instead of the one ruff would discover.
    Raises ``subprocess.CalledProcessError`` if ruff fails: that is a bug in a template.
    """
    targets = [str(path) for path in paths]
    if not targets:
        return
    base = ruff_command()
    options = ["--no-cache", "--quiet"]
    if config is not None:
        options += ["--config", str(config)]
    if fix:
        subprocess.run(
            [*base, "check", "--fix-only", "--exit-zero", *options, *targets],
            check=True,
            capture_output=True,
        )
    subprocess.run([*base, "format", *options, *targets], check=True, capture_output=True)
