"""Changes between two OpenAPI documents, graded ERR (breaking), WARN (risky) or INFO.

Operations are matched by method and path template (placeholder names ignored, so a renamed
path parameter is one change, not a removed and an added operation). Schemas are compared by
what they mean: ``$ref`` is resolved on both sides and ``allOf`` merged before comparing, so
moving a schema into or out of ``components`` or renaming a component is no change at all.
Recursive schemas are compared once per pair of references on the current path.

Each change names the operation (``METHOD /path (operationId)``), the location (parameter or
property path, ``$`` being the schema root) and, where the new document carries ``x-source``,
the documentation page and table it came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Literal

from docs2api.specnodes import as_dict, as_list

Direction = Literal["request", "response"]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_MAX_DEPTH = 64  # deeper than any real schema; a last guard besides the reference-pair guard
_PLACEHOLDER = re.compile(r"\{[^}/]*\}")


class Severity(IntEnum):
    """How much a change can break a client that was written against the old document."""

    INFO = 0
    WARN = 1
    ERR = 2

    @classmethod
    def parse(cls, text: str) -> Severity:
        """``ERR``/``WARN``/``INFO`` (any case) -> Severity; raises ValueError otherwise."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected ERR, WARN or INFO)") from None


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between the old and the new document."""

    severity: Severity
    code: str  # stable kebab-case identifier, e.g. "property-removed"
    operation: str  # "POST /v2/{project_id}/datasets (CreateDataset)", "" for the document
    location: str  # e.g. "parameters.query.limit", "requestBody(application/json).$.name"
    message: str
    source: str | None = None  # documentation page/table of the nearest new x-source

    def to_json(self) -> dict[str, str | None]:
        """A JSON-serialisable dict."""
        return {
            "severity": self.severity.name,
            "code": self.code,
            "operation": self.operation,
            "location": self.location,
            "message": self.message,
            "source": self.source,
        }

    def format(self) -> str:
        """One line of text output."""
        where = " ".join(part for part in (self.operation, self.location) if part)
        line = f"{self.severity.name:<4} {self.code}: {where}: {self.message}"
        if self.source:
            line += f" [source: {self.source}]"
        return line


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, most severe first, then by operation and location."""
    differ = _Differ(old, new)
    differ.run()
    order = {change: index for index, change in enumerate(differ.changes)}
    unique = list(dict.fromkeys(differ.changes))
    return sorted(unique, key=lambda c: (-c.severity, c.operation, c.location, order[c]))


def count_by_severity(changes: Iterable[Change]) -> dict[str, int]:
    """Counts per severity name, every severity present (ERR, WARN, INFO order)."""
    counts = {severity.name: 0 for severity in sorted(Severity, reverse=True)}
    for change in changes:
        counts[change.severity.name] += 1
    return counts


def exceeds(changes: Iterable[Change], fail_on: Severity) -> bool:
    """True when any change is at or above ``fail_on``."""
    return any(change.severity >= fail_on for change in changes)


def render(changes: Sequence[Change], fmt: str) -> str:
    """The report in ``text``, ``markdown`` or ``json``."""
    if fmt == "json":
        return render_json(changes)
    if fmt == "markdown":
        return render_markdown(changes)
    return render_text(changes)


def _summary(changes: Sequence[Change]) -> str:
    counts = count_by_severity(changes)
    return ", ".join(f"{count} {name}" for name, count in counts.items())


def render_text(changes: Sequence[Change]) -> str:
    """One line per change and a summary line."""
    lines = [change.format() for change in changes]
    lines.append(f"{len(changes)} change(s): {_summary(changes)}")
    return "\n".join(lines) + "\n"


def _md_cell(text: str | None) -> str:
    if not text:
        return ""
    escaped = text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
    return " ".join(escaped.split())


def render_markdown(changes: Sequence[Change]) -> str:
    """A Markdown section with a summary and a table (for pull-request comments, job summaries)."""
    lines = ["## API changes", "", f"{len(changes)} change(s): {_summary(changes)}", ""]
    if changes:
        lines.append("| Severity | Change | Operation | Location | Details | Source |")
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for c in changes:
            cells = (c.severity.name, c.code, c.operation, c.location, c.message, c.source)
            lines.append("| " + " | ".join(_md_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def render_json(changes: Sequence[Change]) -> str:
    """``{"summary": {...}, "changes": [...]}`` as indented JSON."""
    document = {
        "summary": count_by_severity(changes),
        "changes": [change.to_json() for change in changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def source_label(value: Any) -> str | None:
    """Human-readable label of an ``x-source`` value (a dict, a list of them, or a string)."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, Mapping):
        file = value.get("file")
        if not isinstance(file, str):
            return None
        parts = [file]
        if value.get("line") is not None:
            parts.append(f"line {value['line']}")
        if value.get("section"):
            parts.append(f"section {value['section']!r}")
        if value.get("table"):
            parts.append(f"table {value['table']!r}")
        if value.get("row") is not None:
            parts.append(f"row {value['row']}")
        return " ".join(parts)
    if isinstance(value, list):
        labels = [label for label in (source_label(item) for item in value) if label]
        return "; ".join(dict.fromkeys(labels)) or None
    return None


def _path_key(path: str) -> str:
    return _PLACEHOLDER.sub("{}", path)


def _placeholders(path: str) -> list[str]:
    return [match.group(0)[1:-1] for match in _PLACEHOLDER.finditer(path)]


def _types(schema: Mapping[str, Any]) -> frozenset[str]:
    value = schema.get("type")
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, list):
        return frozenset(item for item in value if isinstance(item, str))
    return frozenset()


def _hashable(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


# Bound keywords: for each, whether a larger value tightens (True) or loosens (False) the schema.
_BOUNDS = {
    "maxLength": False,
    "maxItems": False,
    "maxProperties": False,
    "maximum": False,
    "minLength": True,
    "minItems": True,
    "minProperties": True,
    "minimum": True,
}


class _Differ:
    """Walks both documents side by side and collects changes."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.operation = ""
        self.source: str | None = None

    # -- helpers -------------------------------------------------------------------------------

    def add(self, severity: Severity, code: str, location: str, message: str) -> None:
        self.changes.append(Change(severity, code, self.operation, location, message, self.source))

    def resolve(self, document: Mapping[str, Any], node: Any) -> tuple[Any, str | None]:
        """Follow local ``$ref`` chains; returns the target and the last reference followed."""
        ref: str | None = None
        hops = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and hops < _MAX_DEPTH:
            target = _pointer(document, node["$ref"])
            if target is None:
                return node, node["$ref"]  # unresolvable (external): compared as written
            ref = node["$ref"]
            node = target
            hops += 1
        return node, ref

    def nearest_source(self, node: Any) -> None:
        if isinstance(node, Mapping) and "x-source" in node:
            label = source_label(node["x-source"])
            if label:
                self.source = label

    # -- document and operations ---------------------------------------------------------------

    def run(self) -> None:
        old_ops = self.operations(self.old)
        new_ops = self.operations(self.new)
        for key in sorted(old_ops.keys() | new_ops.keys()):
            old_op = old_ops.get(key)
            new_op = new_ops.get(key)
            if old_op is not None and new_op is not None:
                self.compare_operation(old_op, new_op)
            elif old_op is not None:
                self.operation = old_op.label
                self.source = None
                self.add(Severity.ERR, "operation-removed", "", "operation removed")
            elif new_op is not None:
                self.operation = new_op.label
                self.source = None
                self.nearest_source(new_op.node)
                self.add(Severity.INFO, "operation-added", "", "operation added")

    def operations(self, document: Mapping[str, Any]) -> dict[tuple[str, str, str], _Op]:
        found: dict[tuple[str, str, str], _Op] = {}
        for path, item in as_dict(document.get("paths")).items():
            item, _ = self.resolve(document, item)
            if not isinstance(item, Mapping):
                continue
            for method in METHODS:
                node = item.get(method)
                if isinstance(node, Mapping):
                    # x-variant separates operations that share method+path (ECS /action bodies)
                    variant = str(node.get("x-variant", ""))
                    found[(_path_key(path), method, variant)] = _Op(method, path, node, item)
        return found

    def compare_operation(self, old: _Op, new: _Op) -> None:
        self.operation = new.label
        self.source = None
        self.nearest_source(new.node)
        base_source = self.source
        old_id, new_id = old.node.get("operationId"), new.node.get("operationId")
        if old_id != new_id:
            self.add(
                Severity.WARN,
                "operation-id-changed",
                "operationId",
                f"operationId changed from {old_id!r} to {new_id!r} (client method names change)",
            )
        for key in ("summary", "description"):
            if old.node.get(key) != new.node.get(key):
                self.add(Severity.INFO, f"{key}-changed", key, f"{key} changed")
        if bool(old.node.get("deprecated")) != bool(new.node.get("deprecated")):
            state = "deprecated" if new.node.get("deprecated") else "no longer deprecated"
            self.add(Severity.INFO, "deprecated-changed", "", f"operation is {state}")
        old_security = self.security(self.old, old.node)
        new_security = self.security(self.new, new.node)
        if old_security != new_security:
            self.add(Severity.WARN, "security-changed", "security", "security requirements changed")
        self.compare_parameters(old, new)
        self.source = base_source
        self.compare_request_body(old.node.get("requestBody"), new.node.get("requestBody"))
        self.source = base_source
        self.compare_responses(as_dict(old.node.get("responses")), new.node.get("responses"))

    def security(self, document: Mapping[str, Any], node: Mapping[str, Any]) -> str:
        value = node.get("security", document.get("security"))
        if not isinstance(value, list):
            return "[]"
        return _hashable(sorted(_hashable(item) for item in value))

    # -- parameters ----------------------------------------------------------------------------

    def parameters(self, document: Mapping[str, Any], op: _Op) -> dict[tuple[str, str], Any]:
        merged: dict[tuple[str, str], Any] = {}
        positions = {name: index for index, name in enumerate(_placeholders(op.path))}
        for container in (op.item, op.node):
            for raw in as_list(container.get("parameters")):
                param, _ = self.resolve(document, raw)
                if not isinstance(param, Mapping):
                    continue
                where, name = str(param.get("in", "")), str(param.get("name", ""))
                if where == "path" and name in positions:
                    key = ("path", f"#{positions[name]}")  # matched by position in the template
                elif where == "header":
                    key = (where, name.lower())
                else:
                    key = (where, name)
                merged[key] = param  # operation level overrides path-item level
        return merged

    def compare_parameters(self, old: _Op, new: _Op) -> None:
        old_params = self.parameters(self.old, old)
        new_params = self.parameters(self.new, new)
        base_source = self.source
        for key in sorted(old_params.keys() | new_params.keys()):
            self.source = base_source
            o, n = old_params.get(key), new_params.get(key)
            name = str((n or o or {}).get("name", ""))
            location = f"parameters.{key[0]}.{name}"
            if n is None:
                self.add(Severity.ERR, "parameter-removed", location, f"{key[0]} parameter removed")
                continue
            self.nearest_source(n)
            if o is None:
                if n.get("required"):
                    self.add(
                        Severity.ERR,
                        "required-parameter-added",
                        location,
                        f"new required {key[0]} parameter",
                    )
                else:
                    self.add(Severity.INFO, "parameter-added", location, "optional parameter added")
                continue
            if o.get("name") != n.get("name"):
                self.add(
                    Severity.WARN,
                    "parameter-renamed",
                    location,
                    f"path parameter renamed from {o.get('name')!r} to {n.get('name')!r}",
                )
            if not o.get("required") and n.get("required"):
                self.add(Severity.ERR, "parameter-required", location, "parameter is now required")
            elif o.get("required") and not n.get("required"):
                self.add(Severity.INFO, "parameter-optional", location, "parameter is now optional")
            for key_word in ("style", "explode", "allowReserved"):
                if o.get(key_word) != n.get(key_word):
                    self.add(
                        Severity.WARN,
                        "serialization-changed",
                        location,
                        f"{key_word} changed from {_show(o.get(key_word))} to "
                        f"{_show(n.get(key_word))}",
                    )
            if o.get("description") != n.get("description"):
                self.add(Severity.INFO, "description-changed", location, "description changed")
            if bool(o.get("deprecated")) != bool(n.get("deprecated")):
                self.add(Severity.INFO, "deprecated-changed", location, "deprecation changed")
            self.compare_schema(o.get("schema"), n.get("schema"), location, "request")
            self.compare_content(o.get("content"), n.get("content"), location, "request")

    # -- bodies and responses ------------------------------------------------------------------

    def compare_request_body(self, old_raw: Any, new_raw: Any) -> None:
        old, _ = self.resolve(self.old, old_raw)
        new, _ = self.resolve(self.new, new_raw)
        location = "requestBody"
        if not isinstance(old, Mapping) and not isinstance(new, Mapping):
            return
        if not isinstance(new, Mapping):
            self.add(Severity.ERR, "request-body-removed", location, "request body removed")
            return
        self.nearest_source(new)
        if not isinstance(old, Mapping):
            if new.get("required"):
                self.add(Severity.ERR, "required-request-body-added", location, "new required body")
            else:
                self.add(Severity.INFO, "request-body-added", location, "optional body added")
            return
        if not old.get("required") and new.get("required"):
            self.add(Severity.ERR, "request-body-required", location, "request body now required")
        self.compare_content(old.get("content"), new.get("content"), location, "request")

    def compare_content(
        self, old_raw: Any, new_raw: Any, location: str, direction: Direction
    ) -> None:
        old, new = as_dict(old_raw), as_dict(new_raw)
        base_source = self.source
        for media in sorted(old.keys() | new.keys()):
            self.source = base_source
            where = f"{location}({media})"
            if media not in new:
                self.add(Severity.ERR, "media-type-removed", where, f"media type {media} removed")
            elif media not in old:
                self.add(Severity.INFO, "media-type-added", where, f"media type {media} added")
            else:
                o, n = as_dict(old[media]), as_dict(new[media])
                self.nearest_source(n)
                self.compare_schema(o.get("schema"), n.get("schema"), f"{where}.$", direction)

    def compare_responses(self, old: Mapping[str, Any], new_raw: Any) -> None:
        new = as_dict(new_raw)
        base_source = self.source
        for status in sorted(old.keys() | new.keys(), key=str):
            self.source = base_source
            where = f"responses.{status}"
            if status not in new:
                self.add(
                    Severity.ERR, "response-removed", where, f"response status {status} removed"
                )
                continue
            if status not in old:
                self.nearest_source(new[status])
                self.add(Severity.INFO, "response-added", where, f"response status {status} added")
                continue
            o, _ = self.resolve(self.old, old[status])
            n, _ = self.resolve(self.new, new[status])
            o, n = as_dict(o), as_dict(n)
            self.nearest_source(n)
            if o.get("description") != n.get("description"):
                self.add(Severity.INFO, "description-changed", where, "description changed")
            old_headers = {k.lower(): v for k, v in as_dict(o.get("headers")).items()}
            new_headers = {k.lower(): v for k, v in as_dict(n.get("headers")).items()}
            for header in sorted(old_headers.keys() - new_headers.keys()):
                self.add(Severity.WARN, "response-header-removed", f"{where}.headers.{header}", "")
            for header in sorted(new_headers.keys() - old_headers.keys()):
                self.add(Severity.INFO, "response-header-added", f"{where}.headers.{header}", "")
            self.compare_content(o.get("content"), n.get("content"), where, "response")

    # -- schemas -------------------------------------------------------------------------------

    def flatten(self, document: Mapping[str, Any], raw: Any) -> tuple[dict[str, Any], str | None]:
        """Resolve references and merge ``allOf`` parts into one schema."""
        schema, ref = self.resolve(document, raw)
        if not isinstance(schema, Mapping):
            return {}, ref
        if "allOf" not in schema:
            return dict(schema), ref
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(as_dict(merged.get("properties")))
        required = [str(name) for name in as_list(merged.get("required"))]
        for part_raw in as_list(schema.get("allOf")):
            part, _ = self.flatten(document, part_raw)
            for key, value in part.items():
                if key == "properties":
                    properties.update(as_dict(value))
                elif key == "required":
                    required.extend(str(name) for name in as_list(value))
                else:
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = list(dict.fromkeys(required))
        return merged, ref

    def compare_schema(
        self,
        old_raw: Any,
        new_raw: Any,
        location: str,
        direction: Direction,
        seen: frozenset[tuple[str | None, str | None]] = frozenset(),
        depth: int = 0,
    ) -> None:
        if old_raw is None and new_raw is None:
            return
        old, old_ref = self.flatten(self.old, old_raw)
        new, new_ref = self.flatten(self.new, new_raw)
        if old_ref is not None or new_ref is not None:
            pair = (old_ref, new_ref)
            if pair in seen or depth > _MAX_DEPTH:
                return  # this pair of (recursive) schemas is already being compared above
            seen = seen | {pair}
        base_source = self.source
        self.nearest_source(new)
        try:
            self._compare_schema_here(old, new, location, direction)
            self._compare_children(old, new, location, direction, seen, depth)
        finally:
            self.source = base_source

    def _compare_schema_here(
        self, old: dict[str, Any], new: dict[str, Any], location: str, direction: Direction
    ) -> None:
        request = direction == "request"
        old_types, new_types = _types(old), _types(new)
        if old_types and new_types and old_types != new_types:
            self.add(
                Severity.ERR,
                "type-changed",
                location,
                f"type changed from {'|'.join(sorted(old_types))} to {'|'.join(sorted(new_types))}",
            )
        elif old_types != new_types:
            before = "|".join(sorted(old_types)) or "any"
            after = "|".join(sorted(new_types)) or "any"
            self.add(
                Severity.WARN, "type-changed", location, f"type changed from {before} to {after}"
            )
        if old.get("format") != new.get("format"):
            self.add(
                Severity.WARN,
                "format-changed",
                location,
                f"format changed from {_show(old.get('format'))} to {_show(new.get('format'))}",
            )
        self._compare_enum(old, new, location, request)
        for keyword, larger_tightens in _BOUNDS.items():
            was, now = old.get(keyword), new.get(keyword)
            if was == now:
                continue
            if was is None:
                tighter = True
            elif now is None:
                tighter = False
            else:
                tighter = (now > was) == larger_tightens
            severity = Severity.WARN if tighter == request else Severity.INFO
            verb = "tightened" if tighter else "loosened"
            self.add(
                severity,
                f"constraint-{verb}",
                location,
                f"{keyword} changed from {_show(was)} to {_show(now)}",
            )
        if old.get("pattern") != new.get("pattern"):
            self.add(
                Severity.WARN,
                "pattern-changed",
                location,
                f"pattern changed from {_show(old.get('pattern'))} to {_show(new.get('pattern'))}",
            )
        if ("default" in old or "default" in new) and _hashable(old.get("default")) != _hashable(
            new.get("default")
        ):
            self.add(
                Severity.WARN,
                "default-changed",
                location,
                f"default changed from {_show(old.get('default'))} to {_show(new.get('default'))}",
            )
        old_null, new_null = bool(old.get("nullable")), bool(new.get("nullable"))
        if old_null != new_null:
            # null newly sent by the server, or null newly refused from the client
            risky = new_null if not request else not new_null
            self.add(
                Severity.WARN if risky else Severity.INFO,
                "nullable-changed",
                location,
                f"nullable changed from {str(old_null).lower()} to {str(new_null).lower()}",
            )
        if old.get("description") != new.get("description"):
            self.add(Severity.INFO, "description-changed", location, "description changed")

    def _compare_enum(
        self, old: dict[str, Any], new: dict[str, Any], location: str, request: bool
    ) -> None:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if not isinstance(old_enum, list) and not isinstance(new_enum, list):
            return
        if not isinstance(old_enum, list):
            severity = Severity.WARN if request else Severity.INFO
            self.add(severity, "enum-added", location, f"values restricted to {_show(new_enum)}")
            return
        if not isinstance(new_enum, list):
            severity = Severity.INFO if request else Severity.WARN
            self.add(severity, "enum-removed", location, "enumeration dropped (any value allowed)")
            return
        old_values = {_hashable(v): v for v in old_enum}
        new_values = {_hashable(v): v for v in new_enum}
        for key in sorted(old_values.keys() - new_values.keys()):
            self.add(
                Severity.ERR,
                "enum-value-removed",
                location,
                f"enum value {_show(old_values[key])} removed",
            )
        for key in sorted(new_values.keys() - old_values.keys()):
            self.add(
                Severity.INFO if request else Severity.WARN,
                "enum-value-added",
                location,
                f"enum value {_show(new_values[key])} added",
            )

    def _compare_children(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        location: str,
        direction: Direction,
        seen: frozenset[tuple[str | None, str | None]],
        depth: int,
    ) -> None:
        request = direction == "request"
        old_props, new_props = as_dict(old.get("properties")), as_dict(new.get("properties"))
        old_required = {str(name) for name in as_list(old.get("required"))}
        new_required = {str(name) for name in as_list(new.get("required"))}
        base_source = self.source
        for name in sorted(old_props.keys() | new_props.keys()):
            self.source = base_source
            where = f"{location}.{name}"
            if name not in new_props:
                self.add(Severity.ERR, "property-removed", where, f"property {name!r} removed")
                continue
            if name not in old_props:
                self.nearest_source(new_props[name])
                if request and name in new_required:
                    self.add(
                        Severity.ERR,
                        "required-property-added",
                        where,
                        f"new required property {name!r}",
                    )
                else:
                    self.add(Severity.INFO, "property-added", where, f"property {name!r} added")
                continue
            self.nearest_source(new_props[name])
            if name not in old_required and name in new_required:
                self.add(
                    Severity.ERR if request else Severity.INFO,
                    "property-required",
                    where,
                    f"property {name!r} is now required",
                )
            elif name in old_required and name not in new_required:
                self.add(
                    Severity.INFO if request else Severity.WARN,
                    "property-optional",
                    where,
                    f"property {name!r} is no longer required",
                )
            self.compare_schema(old_props[name], new_props[name], where, direction, seen, depth + 1)
        self.source = base_source
        if "items" in old or "items" in new:
            self.compare_schema(
                old.get("items"), new.get("items"), f"{location}[*]", direction, seen, depth + 1
            )
        self._compare_additional(old, new, location, direction, seen, depth)
        for keyword in ("oneOf", "anyOf"):
            self._compare_variants(keyword, old, new, location, direction, seen, depth)

    def _variant_keys(self, document: Mapping[str, Any], parts: list[Any]) -> list[str]:
        """A name per variant: its required property names when those tell the variants
        apart (ECS ``{"os-start": ...}`` action bodies), else its position."""
        required = []
        for part in parts:
            flat, _ = self.flatten(document, part)
            required.append(",".join(sorted(str(name) for name in as_list(flat.get("required")))))
        if all(required) and len(set(required)) == len(required):
            return [f"required {key}" for key in required]
        return [f"#{index}" for index in range(len(parts))]

    def _compare_variants(
        self,
        keyword: str,
        old: dict[str, Any],
        new: dict[str, Any],
        location: str,
        direction: Direction,
        seen: frozenset[tuple[str | None, str | None]],
        depth: int,
    ) -> None:
        old_parts = as_list(old.get(keyword))
        new_parts = as_list(new.get(keyword))
        if not old_parts and not new_parts:
            return
        old_keys = self._variant_keys(self.old, old_parts)
        new_keys = self._variant_keys(self.new, new_parts)
        by_position = old_keys[:1] == ["#0"] or new_keys[:1] == ["#0"]
        if by_position and len(old_parts) != len(new_parts):
            self.add(
                Severity.WARN,
                "variants-changed",
                location,
                f"{keyword} has {len(new_parts)} variant(s), had {len(old_parts)}",
            )
            return
        if by_position:
            old_keys = new_keys = [f"#{index}" for index in range(len(old_parts))]
        old_map = dict(zip(old_keys, old_parts, strict=True))
        new_map = dict(zip(new_keys, new_parts, strict=True))
        for key in old_keys:
            where = f"{location}<{keyword} {key}>"
            if key not in new_map:
                self.add(Severity.ERR, "variant-removed", where, f"{keyword} variant removed")
            else:
                self.compare_schema(old_map[key], new_map[key], where, direction, seen, depth + 1)
        for key in new_keys:
            if key not in old_map:
                where = f"{location}<{keyword} {key}>"
                severity = Severity.INFO if direction == "request" else Severity.WARN
                self.add(severity, "variant-added", where, f"{keyword} variant added")

    def _compare_additional(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        location: str,
        direction: Direction,
        seen: frozenset[tuple[str | None, str | None]],
        depth: int,
    ) -> None:
        o, n = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(o, Mapping) and isinstance(n, Mapping):
            self.compare_schema(o, n, f"{location}{{*}}", direction, seen, depth + 1)
        elif (o is False) != (n is False):
            allowed = "no longer allowed" if n is False else "now allowed"
            self.add(
                Severity.WARN if n is False else Severity.INFO,
                "additional-properties-changed",
                location,
                f"additional properties {allowed}",
            )


@dataclass(frozen=True, slots=True)
class _Op:
    method: str
    path: str
    node: Mapping[str, Any]
    item: Mapping[str, Any]

    @property
    def label(self) -> str:
        op_id = self.node.get("operationId")
        text = f"{self.method.upper()} {self.path}"
        return f"{text} ({op_id})" if op_id else text


def _pointer(document: Mapping[str, Any], ref: str) -> Any:
    """The node a local ``#/a/b`` reference points to, or None."""
    if not ref.startswith("#"):
        return None
    node: Any = document
    for raw in ref[1:].split("/")[1:] if ref != "#" else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node
