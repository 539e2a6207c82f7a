"""The scrape/lint report as an HTML page: the view model is built here, the template is dumb."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup, escape

from docs2api.specnodes import as_dict

TEMPLATES = Path(__file__).resolve().parent / "templates"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass
class ReportView:
    """Everything report.html.j2 shows, already decided and ordered."""

    title: str
    spec_name: str
    openapi: str
    version: str
    figures: list[dict[str, str]] = field(default_factory=list)
    services: list[dict[str, Any]] = field(default_factory=list)
    operations: list[dict[str, Any]] = field(default_factory=list)
    inconsistencies: list[dict[str, Any]] = field(default_factory=list)
    unused: list[dict[str, Any]] = field(default_factory=list)
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)


def source_link(source: Any, docs_base: str | None = None) -> Markup:
    """An escaped link to a source page (and table anchor), or plain text when unknown."""
    if isinstance(source, str):
        return Markup(escape(source))
    if not isinstance(source, dict) or not source.get("file"):
        return Markup("")
    file = str(source["file"])
    label_parts = [file]
    for key in ("table", "row", "line"):
        if source.get(key) is not None:
            label_parts.append(f"{key} {source[key]}")
    label = " ".join(label_parts)
    href = (docs_base or "") + quote(Path(file).name if docs_base else file)
    table = source.get("table")
    if table and not str(table).startswith(("Table", "表")):
        href += "#" + quote(str(table))
    return Markup('<a href="{}">{}</a>').format(href, label)


def _operations(spec: dict[str, Any], docs_base: str | None) -> list[dict[str, Any]]:
    rows = []
    for path, item in sorted(as_dict(spec.get("paths")).items()):
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            rows.append(
                {
                    "operation_id": op.get("operationId", ""),
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "source": source_link(op.get("x-source"), docs_base),
                }
            )
    return rows


def _pages(report: dict[str, Any], docs_base: str | None) -> list[dict[str, Any]]:
    pages = report.get("pages") or []
    services: dict[str, list[dict[str, Any]]] = {}
    for page in pages:
        if not isinstance(page, dict):
            continue
        file = str(page.get("file", ""))
        folder = str(Path(file).parent) if Path(file).parent != Path(".") else "input"
        operations = page.get("operations", "")
        if isinstance(operations, list):
            operations = len(operations)
        services.setdefault(page.get("service") or folder, []).append(
            {
                "link": source_link({"file": file}, docs_base),
                "kind": page.get("kind", ""),
                "operations": operations,
                "reason": page.get("reason", ""),
            }
        )
    out = []
    for name, rows in sorted(services.items()):
        kinds = Counter(str(row["kind"]) for row in rows)
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        out.append({"name": name, "pages": rows, "summary": f"{len(rows)} pages: {summary}."})
    return out


def _diagnostic_entries(diagnostics: Any) -> list[dict[str, Any]]:
    """Diagnostics as a flat list, from either a list or the report's by-code grouping."""
    if isinstance(diagnostics, list):
        return [d for d in diagnostics if isinstance(d, dict)]
    if not isinstance(diagnostics, dict):
        return []
    flat = []
    for code, group in sorted(diagnostics.items()):
        if not isinstance(group, dict):
            continue
        for item in group.get("items") or []:
            if isinstance(item, dict):
                flat.append({"level": group.get("level", ""), "code": code, **item})
    return flat


def _items(entries: Any, docs_base: str | None, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for entry in entries or []:
        if not isinstance(entry, dict):
            continue
        row = {key: entry.get(key, "") for key in keys}
        row["source"] = source_link(entry.get("source"), docs_base)
        rows.append(row)
    return rows


def build_view(
    spec: dict[str, Any],
    report: dict[str, Any] | None,
    lint: dict[str, Any] | None,
    *,
    spec_name: str,
    docs_base: str | None = None,
) -> ReportView:
    """The report page's view model from the spec, the build report and the lint result."""
    info = as_dict(spec.get("info"))
    report = report or {}
    lint = lint or {}
    view = ReportView(
        title=str(info.get("title", spec_name)),
        spec_name=spec_name,
        openapi=str(spec.get("openapi", "?")),
        version=str(info.get("version", "?")),
    )
    view.operations = _operations(spec, docs_base)
    view.services = _pages(report, docs_base)
    view.unused = _items(report.get("unused"), docs_base, ("what", "reason"))
    view.diagnostics = _items(
        _diagnostic_entries(report.get("diagnostics")), docs_base, ("level", "code", "message")
    )
    view.inconsistencies = _items(
        lint.get("inconsistencies"), docs_base, ("operation", "example", "message")
    )
    schemas = as_dict(as_dict(spec.get("components")).get("schemas"))
    view.orphans = sorted(
        name
        for name, schema in schemas.items()
        if isinstance(schema, dict) and schema.get("x-orphan")
    )
    figures = [
        ("operations", str(len(view.operations))),
        ("schemas", str(len(schemas))),
        ("pages read", str(sum(len(s["pages"]) for s in view.services)) if view.services else "-"),
        ("not used", str(len(view.unused))),
        ("doc inconsistencies", str(len(view.inconsistencies))),
    ]
    for key, label in (
        ("examples_valid_percent", "examples valid against schema"),
        ("examples_valid_tables_percent", "examples valid against the tables alone"),
        ("keys_declared_percent", "example keys declared"),
    ):
        if isinstance(lint.get(key), int | float):
            figures.append((label, f"{lint[key]:.1f}%"))
    view.figures = [{"label": label, "value": value} for label, value in figures]
    return view


def render_report(
    spec: dict[str, Any],
    report: dict[str, Any] | None,
    lint: dict[str, Any] | None,
    *,
    spec_name: str,
    docs_base: str | None = None,
) -> str:
    """The report page as HTML text (every doc string escaped by the template engine)."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    view = build_view(spec, report, lint, spec_name=spec_name, docs_base=docs_base)
    return environment.get_template("report.html.j2").render(view=view)
