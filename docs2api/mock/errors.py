"""Huawei-style error bodies ({"error_code": "SVC.0400", "error_msg": ...}) and error statuses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

_CODE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\.[A-Za-z0-9]+$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")

# When the wanted status is not documented for an operation, the nearest documented client
# error is sent instead (status_code conformance matters more than the exact number).
_FALLBACKS: dict[int, tuple[int, ...]] = {
    400: (400, 422, 404, 409, 403, 401),
    401: (401, 403, 400),
    404: (404, 400, 410),
    405: (405, 400, 404),
    413: (413, 400, 422),
    415: (415, 400, 422),
}


def service_prefix(spec: Mapping[str, Any]) -> str:
    """The service name used in error codes: from documented error_code values, else the title."""
    counts: dict[str, int] = {}
    for code in _documented_error_codes(spec):
        match = _CODE.match(code)
        if match:
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    if counts:
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
    info = spec.get("info")
    title = info.get("title") if isinstance(info, Mapping) else None
    word = _WORD.search(title) if isinstance(title, str) else None
    return word.group(0) if word else "APIG"


def _documented_error_codes(node: Any, depth: int = 0) -> Iterable[str]:
    if depth > 40:
        return
    if isinstance(node, Mapping):
        value = node.get("error_code")
        if isinstance(value, str):
            yield value
        for child in node.values():
            yield from _documented_error_codes(child, depth + 1)
    elif isinstance(node, list):
        for child in node:
            yield from _documented_error_codes(child, depth + 1)


def error_code(prefix: str, status: int) -> str:
    """The error_code value for a status, e.g. ``ModelArts.0404``."""
    return f"{prefix}.{status:04d}"


def error_body(prefix: str, status: int, message: str) -> dict[str, str]:
    """The Huawei error body."""
    return {"error_code": error_code(prefix, status), "error_msg": message}


def pick_auth_status(documented: Iterable[str]) -> int:
    """401, or 403 when only that is documented (clients and checkers expect one of the two)."""
    codes = {str(code).upper() for code in documented}
    return 403 if "403" in codes and "401" not in codes else 401


def pick_error_status(wanted: int, documented: Iterable[str]) -> int:
    """The status to answer with: `wanted` if documented, else the nearest documented 4xx.

    `default` and `4XX` ranges cover any client error. With no documented client error at
    all the wanted status is sent anyway (the spec gives nothing better).
    """
    codes = {str(code).upper() for code in documented}
    if str(wanted) in codes or "DEFAULT" in codes or f"{str(wanted)[0]}XX" in codes:
        return wanted
    for candidate in _FALLBACKS.get(wanted, (wanted,)):
        if str(candidate) in codes:
            return candidate
    client = sorted(int(c) for c in codes if c.isdigit() and 400 <= int(c) < 500)
    return client[0] if client else wanted


def error_schema() -> dict[str, Any]:
    """The Huawei error body as an OpenAPI schema."""
    return {
        "type": "object",
        "required": ["error_code", "error_msg"],
        "properties": {"error_code": {"type": "string"}, "error_msg": {"type": "string"}},
    }


def with_error_responses(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the spec where operations without a `default` response get one: the Huawei
    error body (marked ``x-docs2api-added``). Every Huawei API answers errors in that shape,
    even where a page lists only some statuses, so every refusal of the mock is documented."""
    import copy

    out: dict[str, Any] = copy.deepcopy(dict(spec))
    paths = out.get("paths")
    for item in paths.values() if isinstance(paths, dict) else []:
        for op in item.values() if isinstance(item, dict) else []:
            responses = op.get("responses") if isinstance(op, dict) else None
            if not isinstance(responses, dict):
                continue
            if any(str(k).upper() == "DEFAULT" for k in responses):
                continue
            responses["default"] = {
                "description": "Error (Huawei error body)",
                "x-docs2api-added": True,
                "content": {"application/json": {"schema": error_schema()}},
            }
    return out
