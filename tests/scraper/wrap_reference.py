"""The whole-spec ``$ref`` wrapping walk the build once ended with: the reference that the
unshared build (which wraps the nodes it gave a ``$ref`` as it goes) is compared against. The
walk decides which nodes are schemas; each is rewritten by ``tidy.wrap_ref_nodes``."""

from __future__ import annotations

from typing import Any

from scraper.tidy import INVALID_EXAMPLES, wrap_ref_nodes

# Keys whose values are data (not schemas) wherever they appear outside a ``properties`` map.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", INVALID_EXAMPLES})


def wrap_ref_siblings(node: Any) -> int:
    """Rewrite every ``$ref`` with siblings below ``node`` as a one-item ``allOf``, in place.

    Returns how many were rewritten. Example values, defaults, enums and extensions are data
    and are not looked into.
    """
    return _wrap(node, in_properties=False)


def _wrap(node: Any, *, in_properties: bool) -> int:
    if isinstance(node, list):
        return sum(_wrap(item, in_properties=False) for item in node)
    if not isinstance(node, dict):
        return 0
    count = 0
    for key, value in node.items():
        if not in_properties and (key in DATA_KEYS or key.startswith("x-")):
            continue
        count += _wrap(value, in_properties=key == "properties" and not in_properties)
    if not in_properties:  # (the rewrite of one node is the build's own)
        count += wrap_ref_nodes([node])
    return count
