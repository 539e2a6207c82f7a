"""Inputs (folders, HTML pages, snippet dumps, URLs) -> pages -> one built spec.

Each input yields pages through its reader; an input that cannot be read yields a page of kind
``other`` carrying an error diagnostic, so a build always completes with a valid spec.
"""

from __future__ import annotations

import importlib
import re
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from scraper.build import BuildResult, build_spec
from scraper.gcpause import paused_gc
from scraper.records import Diagnostic, Level, Page, PageKind, Source

if TYPE_CHECKING:
    from scraper.pagecache import PageCache

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _problem(
    name: str,
    code: str,
    message: str,
    level: Level = Level.ERROR,
    kind: PageKind = "other",
) -> Page:
    return Page(
        file=name,
        kind=kind,
        diagnostics=(Diagnostic(level, code, Source(file=name), message),),
        reason=message,
    )


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("scraper"):
            return None  # a reader (or a module it needs) is not part of this installation
        raise


def _guarded(name: str, read: Callable[[], Any]) -> Any:
    """Run a reader; a crash (a reader bug) becomes an ``internal-error`` page, not a failure."""
    try:
        return read()
    except Exception as exc:  # a reader bug must not lose the whole build
        return _crash_page(name, exc)


def _crash_page(name: str, exc: Exception) -> Page:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return _problem(
        name,
        "internal-error",
        f"reader crashed ({type(exc).__name__}: {exc}){where}; this is a bug in docs2api",
    )


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8", errors="replace")


def _read_html(path: Path) -> Page:
    html = _module("scraper.html")
    if html is None:
        return _problem(str(path), "reader-missing", "the HTML reader is not installed")
    page: Page = _guarded(str(path), lambda: html.read_page(path))
    return page


def _read_file(path: Path) -> list[Page]:
    name = str(path)
    try:
        text = _read_text(path)
    except OSError as exc:
        return [_problem(name, "unreadable-input", f"cannot read {name}: {exc.strerror}")]
    if path.suffix.lower() in HTML_SUFFIXES:
        return [_read_html(path)]
    snippets = _module("scraper.snippets")
    if snippets is not None and _guarded(name, lambda: snippets.looks_like_dump(text)) is True:
        return [_guarded(name, lambda: snippets.read_dump(path, text=text))]
    head = text[:2000].lower()
    if "<html" in head or "<!doctype html" in head or "<body" in head:
        return [_read_html(path)]
    if snippets is None:
        return [_problem(name, "reader-missing", "the snippet-dump reader is not installed")]
    return [
        _problem(
            name,
            "unknown-input",
            f"{name} is neither an HTML page nor a snippet dump; nothing read from it",
        )
    ]


def _read_folder(
    folder: Path, workers: int | None = None, cache: PageCache | None = None
) -> list[Page]:
    pages: list[Page] = []
    html = _module("scraper.html")
    if any(p.suffix.lower() in HTML_SUFFIXES for p in folder.iterdir() if p.is_file()):
        if html is None:
            pages.append(
                _problem(str(folder), "reader-missing", "the HTML reader is missing", kind="input")
            )
        else:
            from scraper import parallel  # needs the HTML reader, so imported only with it

            # pages read across processes when the folder is large
            read = partial(parallel.read_folder, folder, workers=workers, cache=cache)
            pages.extend(_iter_guarded(str(folder), read))
    texts = sorted(folder.glob("*.txt"))
    snippets = _module("scraper.snippets") if texts else None  # a costly import: only if used
    for path in texts:
        text = _read_text(path)
        name = str(path)
        if snippets is not None and _guarded(name, partial(snippets.looks_like_dump, text)) is True:
            pages.append(_guarded(name, partial(snippets.read_dump, path, text=text)))
        else:
            pages.append(
                Page(file=str(path), kind="other", reason="text file that is not a snippet dump")
            )
    if not pages:
        pages.append(
            _problem(
                str(folder),
                "empty-input",
                f"{folder} holds no HTML page and no snippet dump",
                Level.WARNING,
                kind="input",
            )
        )
    return pages


def _iter_guarded(name: str, read: Callable[[], Iterator[Page]]) -> list[Page]:
    out: list[Page] = []
    try:
        for page in read():
            out.append(page)
    except Exception as exc:  # a reader bug must not lose the whole build
        out.append(_crash_page(name, exc))
    return out


def _read_url(url: str) -> list[Page]:
    crawl = _module("scraper.crawl")
    if crawl is None:
        return [
            _problem(
                url,
                "crawler-missing",
                "URL inputs need scraper.crawl, which is not installed",
                kind="input",
            )
        ]
    out_dir = Path(tempfile.mkdtemp(prefix="docs2api-crawl-"))
    result = _guarded(url, lambda: crawl.crawl(url, out_dir))
    if isinstance(result, Page):
        return [result]
    pages = _read_folder(out_dir)
    for entry in getattr(result, "failed", ()):
        pages.append(
            _problem(
                str(entry.url),
                "crawl-failed",
                f"{entry.url} could not be fetched ({entry.status.value}): {entry.reason}",
                Level.WARNING,
            )
        )
    if not getattr(result, "complete", True):
        pages.append(
            _problem(
                url,
                "crawl-incomplete",
                f"the crawl stopped early ({result.finish_reason}); crawl again to resume",
                Level.WARNING,
                kind="input",
            )
        )
    return pages


def read_inputs(
    inputs: Sequence[str], *, workers: int | None = None, cache: PageCache | None = None
) -> list[Page]:
    """Every page of every input, in input order (folders: sorted by file name).

    ``workers``: processes reading a folder (None: ``parallel.resolve_workers`` decides by its
    size and the cores this process may use).
    ``cache``: HTML pages already read are taken from it, the others stored in it.
    """
    pages: list[Page] = []
    html_files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_file() and path.suffix.lower() in HTML_SUFFIXES:
            html_files.append(path)  # read together, so links between them resolve
            continue
        pages.extend(_read_html_files(html_files, cache))
        html_files = []
        if re.match(r"^https?://", item, re.IGNORECASE):
            pages.extend(_read_url(item))
            continue
        if path.is_dir():
            pages.extend(_read_folder(path, workers, cache))
        elif path.is_file():
            pages.extend(_read_file(path))
        else:
            pages.append(_problem(item, "missing-input", f"{item} does not exist", kind="input"))
    pages.extend(_read_html_files(html_files, cache))
    return pages


def _read_html_files(paths: list[Path], cache: PageCache | None = None) -> list[Page]:
    if not paths:
        return []
    html = _module("scraper.html")
    if cache is not None and html is not None:
        from scraper import parallel

        return _iter_guarded(
            str(paths[0].parent), lambda: iter(parallel.read_files(paths, workers=1, cache=cache))
        )
    if len(paths) == 1 or html is None or not hasattr(html, "read_files"):
        return [page for path in paths for page in _read_file(path)]
    return _iter_guarded(str(paths[0].parent), lambda: iter(html.read_files(paths)))


def title_of(inputs: Sequence[str]) -> str:
    """A spec title from the input names (``modelarts-api-ref`` -> ``modelarts API``)."""
    names: list[str] = []
    for item in inputs:
        stem = Path(item.rstrip("/")).name.rsplit(".", 1)[0] if "://" not in item else item
        if "://" in item:
            stem = re.sub(r"^https?://", "", item).split("/")[0]
        stem = re.sub(r"[-_](api[-_]ref|snippets?([-_][a-z]{2})?|docs?)$", "", stem)
        stem = re.sub(r"[-_](api[-_]ref|snippets?)([-_].*)?$", "", stem)
        if stem and stem not in names:
            names.append(stem)
    return (" + ".join(names) or "docs2api") + " API"


def spec_from_inputs(
    inputs: Sequence[str],
    *,
    title: str | None = None,
    service: str | None = None,
    workers: int | None = None,
    widen: bool = True,
    cache: PageCache | None = None,
) -> BuildResult:
    """Read every input and build one spec (``workers``, ``cache``: see ``read_inputs``;
    ``widen``: see ``build_spec``)."""
    with paused_gc():
        pages = read_inputs(inputs, workers=workers, cache=cache)
        return build_spec(pages, title=title or title_of(inputs), service=service, widen=widen)
