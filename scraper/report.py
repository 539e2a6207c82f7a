"""The build report: every page, operation, unused piece, diagnostic, orphan and conflict.

Problems with an input as a whole rather than with one of its pages (an empty folder, a
crawl that stopped early) are listed apart, under ``inputs``, with the reason: they are not
pages. Counts add up: ``pages == sum(pages_by_kind)``; ``operations_in_pages == operations +
operations_merged``; ``structures_in_pages == structures_used + structures_as_parameters +
structures_orphaned + structures_merged_or_duplicate`` (the last: replaced by a merged
structure, or a key defined twice); ``unused == sum(unused_by_what)``; ``diagnostics ==
sum(diagnostics_by_level)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scraper.diagnostics import count_by_level
from scraper.records import Diagnostic, Operation, Page


def build_report(
    *,
    pages: Sequence[Page],
    built: list[tuple[str, Operation, list[Operation], list[str | None]]],
    diagnostics: list[Diagnostic],
    orphans: list[dict[str, Any]],
    conflicts: list[dict[str, Any]],
    unused_build: list[dict[str, Any]],
    components: list[str],
    shared: dict[str, list[str]],
    structures_total: int,
    as_parameters: set[str],
) -> dict[str, Any]:
    """The JSON-serialisable report of one build."""
    page_entries = []
    inputs = []
    by_kind: dict[str, int] = {}
    for page in pages:
        if page.kind == "input":
            inputs.append({"input": page.file, "reason": page.reason})
            continue
        by_kind[page.kind] = by_kind.get(page.kind, 0) + 1
        page_entries.append(
            {
                "file": page.file,
                "kind": page.kind,
                "title": page.title,
                "reason": page.reason,
                "operations": [f"{op.method.upper()} {op.path}" for op in page.operations],
                "structures": len(page.structures),
                "unused": len(page.unused),
                "diagnostics": len(page.diagnostics),
            }
        )
    unused = [
        {"what": u.what, "source": u.source.to_json(), "reason": u.reason}
        for page in pages
        for u in page.unused
    ] + unused_build
    unused_by_what: dict[str, int] = {}
    for entry in unused:
        unused_by_what[entry["what"]] = unused_by_what.get(entry["what"], 0) + 1
    by_code: dict[str, dict[str, Any]] = {}
    for d in diagnostics:
        slot = by_code.get(d.code)
        if slot is None:  # (not setdefault: its default would be built for every one)
            slot = by_code[d.code] = {"level": d.level.value, "count": 0, "items": []}
        slot["count"] += 1
        slot["items"].append({"source": d.source.to_json(), "message": d.message})
    operations = []
    merged_count = 0
    for operation_id, op, sources, variants in built:
        merged_count += len(sources) - 1
        op_entry: dict[str, Any] = {
            "operationId": operation_id,
            "method": op.method.upper(),
            "path": op.path,
            "sources": [s.source.to_json() for s in sources],
        }
        if variants and any(v is not None for v in variants):
            op_entry["variants"] = list(variants)
        operations.append(op_entry)
    ops_in_pages = sum(len(p.operations) for p in pages)
    page_keys = {s.key for p in pages for s in p.structures}
    orphan_keys = {o["key"] for o in orphans}
    used_keys = {k for keys in shared.values() for k in keys if k in page_keys} - orphan_keys
    params = (as_parameters & page_keys) - used_keys - orphan_keys
    counts = {
        "pages": len(page_entries),
        "inputs_without_pages": len(inputs),
        "pages_by_kind": dict(sorted(by_kind.items())),
        "operations_in_pages": ops_in_pages,
        "operations": len(built),
        "operations_merged": merged_count,
        "structures_in_pages": structures_total,
        "structures_used": len(used_keys),
        "structures_as_parameters": len(params),
        "structures_orphaned": len(orphan_keys & page_keys),
        "structures_merged_or_duplicate": structures_total
        - len(used_keys)
        - len(params)
        - len(orphan_keys & page_keys),
        "components": len(components),
        "unused": len(unused),
        "unused_by_what": dict(sorted(unused_by_what.items())),
        "diagnostics": len(diagnostics),
        "diagnostics_by_level": count_by_level(diagnostics),
        "conflicts": len(conflicts),
        "orphans": len(orphans),
    }
    return {
        "counts": counts,
        "pages": page_entries,
        "inputs": inputs,
        "operations": operations,
        "unused": unused,
        "diagnostics": dict(sorted(by_code.items())),
        "orphans": orphans,
        "conflicts": conflicts,
        "components": components,
    }
