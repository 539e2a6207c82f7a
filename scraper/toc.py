"""Table-of-contents files of an exported doc folder (CLASS.TXT.json, ALL_META.TXT.json) -> tags."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scraper.records import Service

CLASS_FILE = "CLASS.TXT.json"
META_FILE = "ALL_META.TXT.json"


def _load_list(path: Path) -> list[dict[str, Any]]:
    """The JSON list of objects in ``path``; empty when missing or malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [entry for entry in data if isinstance(entry, dict)]


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def tags_from_class(entries: list[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    """File name -> (title of its parent node,) from CLASS.TXT.json entries.

    Pages at the top of the tree (no parent) get no tag: the builder derives one from the path.
    """
    title_by_code = {_text(e.get("code")): _text(e.get("title")) for e in entries}
    tags: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        uri = _text(entry.get("uri")).split("#", 1)[0]
        if not uri:
            continue
        parent = title_by_code.get(_text(entry.get("p_code")), "")
        tags[uri] = (parent,) if parent else ()
    return tags


def service_name(entries: list[dict[str, Any]], folder: Path) -> str:
    """The product code the TOC names (``modelarts``), else the folder name."""
    for entry in entries:
        code = _text(entry.get("product_code"))
        if code:
            return code
    return folder.name


def read_toc(folder: Path) -> Service:
    """Tags per file of one exported folder; files missing from CLASS.TXT.json are absent.

    ALL_META.TXT.json carries no tree, so it only names the service when CLASS.TXT.json is
    missing.
    """
    entries = _load_list(folder / CLASS_FILE)
    if entries:
        return Service(name=service_name(entries, folder), tags_by_file=tags_from_class(entries))
    meta = _load_list(folder / META_FILE)
    return Service(name=service_name(meta, folder), tags_by_file={})
