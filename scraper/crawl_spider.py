"""The Scrapy spider of a docs2api crawl: discovers pages, writes them safely, keeps the report."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, DownloadCancelledError
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor
from scrapy.robotstxt import RobotParser
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

from scraper.crawl_engine import WIRE_STATUS, OutOfScope, apply_crawl_delay
from scraper.crawl_names import TOC_FILES, Scope, clean_url, is_toc, looks_like_page, page_name
from scraper.crawl_types import ERROR_STATUSES, CrawlEntry, EntryStatus, Progress

Emit = Callable[[Progress], None]

SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,119}")
HTML_TYPES = (b"text/html", b"application/xhtml+xml")
JSON_TYPES = (b"application/json", b"text/json", b"text/plain", b"application/octet-stream")


def _media_type(response: Response) -> bytes:
    value = response.headers.get(b"Content-Type") or b""
    return value.split(b";", 1)[0].strip().lower()


def _toc_uris(data: Any) -> Iterator[str]:
    """Every "uri" string anywhere in a CLASS.TXT.json / ALL_META.TXT.json document."""
    if isinstance(data, dict):
        uri = data.get("uri")
        if isinstance(uri, str):
            yield uri
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _toc_uris(value)
    elif isinstance(data, list):
        for item in data:
            yield from _toc_uris(item)


class DocsSpider(scrapy.Spider):
    """Crawls one documentation folder: its start page, TOC files, and the pages they link."""

    name = "docs2api"

    def __init__(self, start_url: str, out_dir: str, scope: Scope, emit: Emit, **kw: Any) -> None:
        super().__init__(**kw)
        self.start_url = start_url
        self.out_dir = Path(out_dir).resolve()
        self.scope = scope
        self.emit = emit
        self.links = LinkExtractor(tags=("a", "area"), attrs=("href",), unique=True)
        self.reissued: set[str] = set()
        self.finish_reason = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> DocsSpider:
        """Scrapy's constructor hook; also listens for the idle signal."""
        spider: DocsSpider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_robots, signal=signals.robots_parsed)
        return spider

    def on_robots(self, robotparser: RobotParser, request: Request) -> None:
        """Honour the Crawl-delay of robots.txt."""
        apply_crawl_delay(self.crawler, robotparser, request)

    # -- persistent state (kept across an interrupted run by Scrapy's JOBDIR / SpiderState)

    @property
    def found(self) -> dict[str, str]:
        """URL -> kind ("page" or "toc") of everything discovered."""
        state: dict[str, Any] = getattr(self, "state", {})
        result: dict[str, str] = state.setdefault("found", {})
        return result

    @property
    def entries(self) -> dict[str, dict[str, Any]]:
        """URL -> report entry (JSON form) of everything finished."""
        state: dict[str, Any] = getattr(self, "state", {})
        result: dict[str, dict[str, Any]] = state.setdefault("entries", {})
        return result

    @property
    def names(self) -> dict[str, str]:
        """File name -> URL, so that two URLs never share one file."""
        state: dict[str, Any] = getattr(self, "state", {})
        result: dict[str, str] = state.setdefault("names", {})
        return result

    # -- requests

    def _request(self, url: str, kind: str, *, dont_filter: bool = False) -> Request:
        callback = self.parse_toc if kind == "toc" else self.parse_page
        return Request(
            url,
            callback=callback,
            errback=self.on_error,
            dont_filter=dont_filter,
            meta={"docs2api_kind": kind},
        )

    def _discover(self, url: str, kind: str) -> Request | None:
        if url in self.found or not self.scope.contains(url):
            return None
        self.found[url] = kind
        return self._request(url, kind)

    async def start(self) -> AsyncIterator[Request]:
        """The start page and the TOC files next to it (re-issued on resume)."""
        folder = f"{self.start_url.split('://', 1)[0]}://{self.scope.host}{self.scope.prefix}"
        seeds = [(self.start_url, "page")] + [(folder + name, "toc") for name in TOC_FILES]
        for url, kind in seeds:
            self.found.setdefault(url, kind)
            if url not in self.entries:
                yield self._request(url, kind)

    def on_idle(self) -> None:
        """Re-issue URLs found but never finished (lost in flight when a run was interrupted)."""
        missing = [u for u in self.found if u not in self.entries and u not in self.reissued]
        if not missing:
            return
        assert self.crawler.engine is not None
        for url in sorted(missing):
            self.reissued.add(url)
            self.crawler.engine.crawl(self._request(url, self.found[url], dont_filter=True))
        raise DontCloseSpider

    # -- outcomes

    def _origin(self, request: Request) -> str:
        redirects = request.meta.get("redirect_urls") or []
        return str(redirects[0]) if redirects else request.url

    def _record(self, request: Request, entry: CrawlEntry) -> None:
        self.entries[entry.url] = entry.to_json()
        if request.url != entry.url and request.url not in self.entries:
            # an in-scope redirect target: done too, unless it was crawled on its own
            self.entries[request.url] = {**entry.to_json(), "url": request.url}
        errors = sum(1 for e in self.entries.values() if EntryStatus(e["status"]) in ERROR_STATUSES)
        self.emit(
            Progress(
                done=len(self.entries),
                found=len(self.found),
                errors=errors,
                url=entry.url,
                status=entry.status.value,
            )
        )

    def _entry(self, request: Request, status: EntryStatus, **kw: Any) -> CrawlEntry:
        tries = int(request.meta.get("retry_times", 0)) + 1
        return CrawlEntry(url=self._origin(request), status=status, tries=tries, **kw)

    def _status_of(self, response: Response) -> EntryStatus:
        wire = response.meta.get(WIRE_STATUS)
        if "cached" not in response.flags:
            return EntryStatus.FETCHED
        return EntryStatus.NOT_MODIFIED if wire == 304 else EntryStatus.STALE

    def _name(self, url: str) -> str | None:
        name = page_name(url, self.scope)
        if name is None:
            return None
        owner = self.names.setdefault(name, url)
        if owner != url:
            stem, _, suffix = name.rpartition(".")
            name = f"{stem}_{hashlib.sha1(url.encode()).hexdigest()[:10]}.{suffix}"
            self.names.setdefault(name, url)
        return name

    def _write(self, name: str, body: bytes) -> None:
        """Write `body` to out_dir/name atomically, never outside out_dir."""
        if not SAFE_NAME.fullmatch(name):
            raise ValueError(f"unsafe page name {name!r}")  # page_name() must prevent this
        target = self.out_dir / name  # not resolved: a symlink there is replaced, not followed
        if target.is_symlink():
            target.unlink()
        elif target.is_file() and target.read_bytes() == body:
            return
        fd, tmp = tempfile.mkstemp(dir=self.out_dir, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @staticmethod
    def _request_of(response: Response) -> Request:
        request = response.request
        assert request is not None  # responses handed to callbacks always carry it
        return request

    def _save(self, response: Response) -> CrawlEntry:
        request = self._request_of(response)
        status = self._status_of(response)
        name = self._name(response.url)
        if name is None:  # cannot happen: ScopeMiddleware dropped it
            return self._entry(request, EntryStatus.REFUSED, reason="out of scope")
        self._write(name, response.body)
        return self._entry(request, status, file=name, http_status=response.status)

    def parse_page(self, response: Response) -> Iterator[Request]:
        """Save an HTML page and follow its in-scope links to other pages."""
        request = self._request_of(response)
        media = _media_type(response)
        is_html = media in HTML_TYPES or (not media and isinstance(response, HtmlResponse))
        if not is_html:
            reason = f"not HTML ({media.decode('latin-1') or 'no Content-Type'})"
            self._record(request, self._entry(request, EntryStatus.REFUSED, reason=reason))
            return
        self._record(request, self._save(response))
        assert isinstance(response, HtmlResponse) or hasattr(response, "text")
        for link in self.links.extract_links(response):  # type: ignore[arg-type]
            url = clean_url(response.url, link.url)
            if url is None or not looks_like_page(url):
                continue
            kind = "toc" if is_toc(url) else "page"
            new = self._discover(url, kind)
            if new is not None:
                yield new

    def parse_toc(self, response: Response) -> Iterator[Request]:
        """Save a TOC JSON file and follow every page it lists."""
        request = self._request_of(response)
        media = _media_type(response)
        try:
            data = json.loads(response.body)
        except ValueError:
            data = None
        if (media and media not in JSON_TYPES) or data is None:
            kind = media.decode("latin-1") or "no Content-Type"
            reason = f"not a JSON table of contents ({kind})"
            self._record(request, self._entry(request, EntryStatus.REFUSED, reason=reason))
            return
        self._record(request, self._save(response))
        for uri in _toc_uris(data):
            url = clean_url(response.url, uri)
            if url is not None and looks_like_page(url):
                new = self._discover(url, "page")
                if new is not None:
                    yield new

    def on_error(self, failure: Failure) -> None:
        """Record why a request ended without a usable response."""
        request: Request = failure.request  # type: ignore[attr-defined]
        error = failure.value
        if isinstance(error, HttpError):
            response: Response = error.response
            if response.status == 404 and request.meta.get("docs2api_kind") == "toc":
                entry = self._entry(request, EntryStatus.ABSENT, http_status=404)
            else:
                reason = str(request.meta.get("docs2api_reason") or f"HTTP {response.status}")
                entry = self._entry(
                    request, EntryStatus.FAILED, http_status=response.status, reason=reason
                )
        elif isinstance(error, OutOfScope):
            entry = self._entry(request, EntryStatus.REFUSED, reason=f"redirect: {error}")
        elif isinstance(error, (DownloadCancelledError, CancelledError)):
            limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            entry = self._entry(
                request, EntryStatus.REFUSED, reason=f"larger than the {limit}-byte limit"
            )
        elif "robots.txt" in str(error):
            entry = self._entry(request, EntryStatus.REFUSED, reason="disallowed by robots.txt")
        else:
            reason = f"{type(error).__name__}: {error}".strip().rstrip(":")
            entry = self._entry(request, EntryStatus.FAILED, reason=reason)
        self._record(request, entry)

    def closed(self, reason: str) -> None:
        """Remember why the crawl ended (the worker writes the report)."""
        self.finish_reason = reason
