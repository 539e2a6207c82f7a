"""Nodes of a spec, which may have any shape: a wrong one reads as empty.

The generator's own copy of ``docs2api.specnodes`` (it imports nothing of ``docs2api``, the
package that runs it), typed for the read-only mappings the generator walks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def as_mapping(value: Any) -> Mapping[str, Any]:
    """``value`` when it is a mapping, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` when it is a list, else an empty one."""
    return value if isinstance(value, list) else []
