"""Read many HTML pages in a process pool, in order, giving exactly the records of a serial read.

Pages are independent until their cross-page links are resolved, so workers read pages (parse,
tables, constraints) and send back the frozen records; the parent resolves links exactly as
``scraper.html.read_files`` does. Small inputs, or ``workers=1``, are read serially in-process
by ``scraper.html`` itself. Workers parse one page at a time and keep no parse tree: memory
grows only with the records.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from scraper import html
from scraper.records import Page
from scraper.toc import read_toc

SERIAL_BELOW = 1000  # below this many pages a pool costs more than it saves (bench/RESULTS.md)
CHUNKS_PER_WORKER = 8  # tasks per worker: enough to balance uneven pages, few to amortise IPC


def resolve_workers(workers: int | None, pages: int) -> int:
    """How many processes to use: ``workers`` when given (at least 1), else 1 for small
    inputs and every core for large ones."""
    if workers is not None:
        return max(1, workers)
    if pages < SERIAL_BELOW:
        return 1
    return max(1, os.cpu_count() or 1)


def _read_one(item: tuple[str, tuple[str, ...]]) -> tuple[Page, Any]:
    """Worker side: one page and its anchor map (picklable records only, no parse tree)."""
    path, tags = item
    return html._read(Path(path), None, tags)


def read_files(
    paths: Sequence[Path],
    *,
    tags: Mapping[str, tuple[str, ...]] | None = None,
    workers: int | None = None,
) -> list[Page]:
    """``scraper.html.read_files`` across ``workers`` processes; identical pages, same order."""
    count = resolve_workers(workers, len(paths))
    if count == 1 or len(paths) < 2:
        return html.read_files(paths, tags=dict(tags or {}))
    items = [(str(p), (tags or {}).get(Path(p).name, ())) for p in paths]
    count = min(count, len(items))
    chunk = max(1, -(-len(items) // (count * CHUNKS_PER_WORKER)))
    with ProcessPoolExecutor(max_workers=count) as pool:
        results = list(pool.map(_read_one, items, chunksize=chunk))
    anchors = {page.file: amap for page, amap in results}
    return [html._link_page(page, anchors) if amap.cross else page for page, amap in results]


def read_folder(folder: Path, *, workers: int | None = None) -> Iterator[Page]:
    """``scraper.html.read_folder`` across ``workers`` processes; identical pages, same order."""
    folder = Path(folder)
    paths = sorted(p for p in folder.glob("*.html") if p.is_file())
    if resolve_workers(workers, len(paths)) == 1:
        yield from html.read_folder(folder)
        return
    service = read_toc(folder)
    yield from read_files(paths, tags=service.tags_by_file, workers=workers)


__all__ = ["read_files", "read_folder", "resolve_workers"]
