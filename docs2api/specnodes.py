"""Nodes of a spec read from a file, which may have any shape: a wrong one reads as empty.

A spec given to lint, diff or publish need not be valid (finding out is lint's job), so the
commands that walk it take each mapping or list through these instead of assuming its type.
"""

from __future__ import annotations

from typing import Any


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` when it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` when it is a list, else an empty one."""
    return value if isinstance(value, list) else []
