"""Crawl scope (host + path prefix) and safe local file names for crawled URLs."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

TOC_FILES = ("CLASS.TXT.json", "ALL_META.TXT.json")
"""Table-of-contents exports of Huawei's documentation system, found next to the pages."""

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME = 120


@dataclass(frozen=True)
class Scope:
    """What a crawl may fetch: one host, paths under one prefix."""

    host: str
    prefix: str

    def contains(self, url: str) -> bool:
        """True when `url` is http(s) on this host and under this path prefix."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != self.host:
            return False
        path = parts.path or "/"
        return path.startswith(self.prefix) and ".." not in path.split("/")

    def relative(self, url: str) -> str:
        """The path of `url` below the prefix, still percent-encoded (caller checked `contains`)."""
        path = urlsplit(url).path or "/"
        return path[len(self.prefix) :]


def scope_of(start_url: str, prefix: str | None = None) -> Scope:
    """The scope of a crawl starting at `start_url`: its host and its folder.

    The folder is the path up to the last "/" (".../api-ref/page.html" -> ".../api-ref/"); a
    different `prefix` may be given (it must be a path on the same host).
    """
    parts = urlsplit(start_url)
    folder = prefix if prefix is not None else (parts.path or "/").rsplit("/", 1)[0] + "/"
    if not folder.startswith("/"):
        folder = "/" + folder
    if not folder.endswith("/"):
        folder += "/"
    return Scope(host=parts.netloc.lower(), prefix=folder)


def clean_url(base: str, href: str) -> str | None:
    """Absolute http(s) URL for `href` seen on `base`, without fragment; None if unusable."""
    href = href.strip()
    if not href or href.startswith(("#", "mailto:", "javascript:", "data:", "tel:")):
        return None
    try:
        absolute = urldefrag(urljoin(base, href)).url
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def looks_like_page(url: str) -> bool:
    """True for URLs that name an HTML page or a folder (not images, scripts, archives...)."""
    last = PurePosixPath(urlsplit(url).path).name
    if not last or "." not in last:
        return True
    return last.lower().endswith(PAGE_SUFFIXES)


def is_toc(url: str) -> bool:
    """True when `url` names one of the table-of-contents JSON files."""
    return PurePosixPath(urlsplit(url).path).name in TOC_FILES


def _safe_segment(segment: str) -> str:
    cleaned = _UNSAFE.sub("_", segment)
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    return cleaned.lstrip("._").rstrip("_")


def page_name(url: str, scope: Scope) -> str | None:
    """A flat, safe file name for an in-scope URL, or None if it is out of scope.

    Path segments below the prefix are decoded, reduced to [A-Za-z0-9._-] (no leading dots
    or runs of dots, so never "..", never hidden, never absolute) and joined with "__"; a
    folder URL becomes "index.html". When that loses anything (odd characters, a query
    string, a very long name) a short hash of the URL is added, so distinct URLs keep
    distinct names and a name never depends on crawl order. Pages always end in ".html";
    the TOC files keep their names.
    """
    if not scope.contains(url):
        return None
    relative = scope.relative(url)
    if is_toc(url) and "/" not in relative:
        return unquote(relative)
    raw = [unquote(s) for s in relative.split("/") if s]
    segments = [_safe_segment(s) for s in raw]
    lossy = segments != raw or bool(urlsplit(url).query)
    if relative == "" or relative.endswith("/"):
        segments.append("index.html")
    name = "__".join(s for s in segments if s)
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in PAGE_SUFFIXES:
        stem, suffix = name, "html"
    suffix = "html"
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
    if lossy or not stem:
        stem = f"{stem}_{digest}" if stem else f"page_{digest}"
    if len(stem) + len(suffix) + 1 > _MAX_NAME:
        stem = f"{stem[: _MAX_NAME - len(suffix) - 12]}_{digest}"
    return f"{stem}.{suffix}"
