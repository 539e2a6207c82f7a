"""The spec's operations as routable records: path template matching and method lookup."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")


@dataclass
class Operation:
    """One method + path of the spec, with its merged parameters and raw definition."""

    method: str
    path: str
    operation_id: str
    definition: Mapping[str, Any]
    parameters: list[Mapping[str, Any]] = field(default_factory=list)
    segments: tuple[str | None, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def statuses(self) -> list[str]:
        """Documented response keys ("200", "4XX", "default")."""
        responses = self.definition.get("responses")
        return [str(k) for k in responses] if isinstance(responses, Mapping) else []


def _segments(path: str) -> tuple[tuple[str | None, ...], tuple[str, ...]]:
    """Literal segments, or None where a segment is exactly one `{param}`."""
    out: list[str | None] = []
    names: list[str] = []
    for part in path.strip("/").split("/"):
        match = _PLACEHOLDER.fullmatch(part)
        if match:
            out.append(None)
            names.append(match.group(1))
        else:
            out.append(part)
    return tuple(out), tuple(names)


def _merge_parameters(
    spec: Mapping[str, Any], item: Mapping[str, Any], op: Mapping[str, Any]
) -> list[Mapping[str, Any]]:
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    for source in (item.get("parameters"), op.get("parameters")):
        for raw in source if isinstance(source, list) else []:
            param = deref(spec, raw)
            if isinstance(param, Mapping) and isinstance(param.get("name"), str):
                merged[(str(param["name"]), str(param.get("in")))] = param
    return list(merged.values())


def deref(spec: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow a local $ref (parameters, responses, request bodies, headers, examples)."""
    from docs2api.mock.schema import resolve_pointer

    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and depth < 16:
        node = resolve_pointer(spec, node["$ref"])
        depth += 1
    return node


def operations(spec: Mapping[str, Any]) -> list[Operation]:
    """Every operation of the spec, in document order."""
    out: list[Operation] = []
    paths = spec.get("paths")
    if not isinstance(paths, Mapping):
        return out
    for path, raw_item in paths.items():
        item = deref(spec, raw_item)
        if not isinstance(item, Mapping) or not isinstance(path, str):
            continue
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            segments, names = _segments(path)
            op_id = op.get("operationId")
            out.append(
                Operation(
                    method=method,
                    path=path,
                    operation_id=str(op_id) if op_id else f"{method.upper()} {path}",
                    definition=op,
                    parameters=_merge_parameters(spec, item, op),
                    segments=segments,
                    names=names,
                )
            )
    return out


@dataclass
class Match:
    """The outcome of routing: the operation and its raw path parameters, or the allowed methods."""

    operation: Operation | None
    path_params: dict[str, str]
    allowed: tuple[str, ...]
    ambiguous: bool = False  # several templates differing only in parameter names matched


class Router:
    """Matches request paths against templates; literal segments win over placeholders."""

    def __init__(self, ops: list[Operation]) -> None:
        self._ops = sorted(ops, key=lambda o: tuple(s is None for s in o.segments))

    def match(self, raw_path: str, method: str) -> Match | None:
        """The operation for a raw (still percent-encoded) path, or None when no path matches."""
        parts = raw_path.strip("/").split("/") if raw_path.strip("/") else [""]
        template_hits: list[tuple[Operation, dict[str, str]]] = []
        for op in self._ops:
            params = _match_segments(op, parts)
            if params is not None:
                template_hits.append((op, params))
        if not template_hits:
            return None
        # Only the most specific template shape counts (a literal beats a placeholder).
        best_shape = template_hits[0][0].segments
        hits = [(o, p) for o, p in template_hits if _same_shape(o.segments, best_shape)]
        allowed = tuple(sorted({o.method.upper() for o, _ in hits}))
        ambiguous = len({o.path for o, _ in hits}) > 1
        for op, params in hits:
            if op.method == method.lower():
                return Match(op, params, allowed, ambiguous)
        return Match(None, {}, allowed, ambiguous)


def _same_shape(a: tuple[str | None, ...], b: tuple[str | None, ...]) -> bool:
    return a == b


def _match_segments(op: Operation, parts: list[str]) -> dict[str, str] | None:
    if len(parts) != len(op.segments):
        return None
    params: dict[str, str] = {}
    names = iter(op.names)
    for template, actual in zip(op.segments, parts, strict=True):
        if template is None:
            if actual == "":
                return None
            params[next(names)] = unquote(actual)
        elif unquote(actual) != template:
            return None
    return params
