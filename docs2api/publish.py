"""Publishing a spec: YAML and JSON, a single-file HTML reference (Redoc, inlined), and the
scrape/lint report as an HTML page people can read.

Nothing published loads anything from the network at view time: Redoc's standalone bundle
(installed from the npm registry into tools/node) is inlined into the page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from docs2api import nodetools
from docs2api.specfile import load_spec
from docs2api.specnodes import as_dict
from scraper.yamlio import dump_yaml

TEMPLATES = Path(__file__).resolve().parent / "templates"
# Redoc's sidebar attribution fetches its logo from a CDN; published pages must load nothing
# from the network, so the logo is swapped for an inline SVG (the attribution text stays).
REDOC_LOGO_URL = "https://cdn.redoc.ly/redoc/logo-mini.svg"
INLINE_LOGO = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='14' height='14'%3E"
    "%3Ccircle cx='7' cy='7' r='6' fill='%23ef4242'/%3E%3C/svg%3E"
)


@dataclass
class PublishResult:
    """What ``publish`` wrote, and what it could not write and why."""

    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def script_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element (no ``</``, no ``<!--``)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _redoc_version(bundle: Path) -> str:
    package = bundle.parent.parent / "package.json"
    try:
        version = json.loads(package.read_text(encoding="utf-8")).get("version", "?")
    except (OSError, ValueError):
        return "?"
    return str(version)


def render_reference(spec: dict[str, Any], redoc_js: str, *, redoc_version: str = "?") -> str:
    """The single-file HTML API reference for ``spec``, with Redoc's bundle inlined."""
    if "</script" in redoc_js.lower():  # would end the inline script early
        raise ValueError("the Redoc bundle contains '</script' and cannot be inlined")
    redoc_js = redoc_js.replace(REDOC_LOGO_URL, INLINE_LOGO)
    info = as_dict(spec.get("info"))
    title = str(info.get("title") or "API reference")
    options = {"hideDownloadButton": False, "expandResponses": "200,201", "nativeScrollbars": True}
    return (
        _environment()
        .get_template("reference.html.j2")
        .render(
            title=title,
            spec_json=script_json(spec),
            redoc_js=redoc_js,
            redoc_version=redoc_version,
            options_json=script_json(options),
        )
    )


def write_spec_files(spec: dict[str, Any], out_dir: Path, stem: str) -> list[Path]:
    """The spec as ``<stem>.yaml`` and ``<stem>.json``."""
    yaml_path = out_dir / f"{stem}.yaml"
    json_path = out_dir / f"{stem}.json"
    yaml_path.write_text(dump_yaml(spec), encoding="utf-8")
    json_path.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [yaml_path, json_path]


def publish(
    spec_path: Path,
    out_dir: Path,
    *,
    report: dict[str, Any] | None = None,
    lint: dict[str, Any] | None = None,
    docs_base: str | None = None,
    spec: dict[str, Any] | None = None,
) -> PublishResult:
    """Write the published folder for one spec: spec files, reference page, report page.

    ``spec``: the document at ``spec_path`` when the caller has read it already; else it is
    read here (ValueError when it cannot be).
    """
    from docs2api.report_html import render_report

    result = PublishResult()
    if spec is None:
        spec = load_spec(spec_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = spec_path.stem
    result.written += write_spec_files(spec, out_dir, stem)
    bundle = nodetools.redoc_bundle()
    if bundle is None:
        result.problems.append(
            "reference.html not written: Redoc's standalone bundle was not found "
            f"under {nodetools.tools_dir()} (run `make node-tools`, or set DOCS2API_NODE_TOOLS)"
        )
    else:
        page = render_reference(
            spec, bundle.read_text(encoding="utf-8"), redoc_version=_redoc_version(bundle)
        )
        reference = out_dir / "reference.html"
        reference.write_text(page, encoding="utf-8")
        result.written.append(reference)
    report_page = out_dir / "report.html"
    report_page.write_text(
        render_report(spec, report, lint, spec_name=stem, docs_base=docs_base), encoding="utf-8"
    )
    result.written.append(report_page)
    return result
