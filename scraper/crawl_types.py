"""Values shared by the crawl front end and its engine process: options, entries, results."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

STATE_DIR = ".docs2api-crawl"
"""Folder inside the output folder holding the HTTP cache, the resume job and the engine log."""

REPORT_FILE = ".docs2api-crawl.json"
"""The crawl report, inside the output folder."""


class EntryStatus(StrEnum):
    """What happened to one URL."""

    FETCHED = "fetched"  # a body was downloaded (new page or changed page)
    NOT_MODIFIED = "not-modified"  # the server answered 304; the cached copy was used
    STALE = "stale"  # the server failed; an earlier cached copy was used
    FAILED = "failed"  # gave up (HTTP error, or too many tries)
    REFUSED = "refused"  # robots.txt, too large, not HTML, redirect out of scope
    ABSENT = "absent"  # optional TOC file the site does not have (404)


ERROR_STATUSES = frozenset({EntryStatus.FAILED, EntryStatus.REFUSED})


@dataclass(frozen=True)
class CrawlOptions:
    """Politeness and limits of one crawl (defaults suit a public documentation site)."""

    concurrency: int = 2  # parallel requests to the host
    delay: float = 0.5  # seconds between requests to the host (AutoThrottle's floor)
    autothrottle: bool = True  # adapt the delay to the server's latency
    timeout: float = 30.0  # seconds per request
    retries: int = 3  # further tries after a 429/5xx/timeout before giving up
    backoff: float = 1.0  # first retry waits this long, doubling each time
    backoff_max: float = 30.0  # cap of the exponential backoff
    max_retry_after: float = 120.0  # a longer Retry-After gives up on the page instead
    max_bytes: int = 5_000_000  # larger responses are refused
    max_pages: int | None = None  # stop after this many responses (resume later)
    prefix: str | None = None  # path prefix to stay under (default: the start URL's folder)
    user_agent: str | None = None  # default: "docs2api/<version> (+project URL)"

    def to_json(self) -> dict[str, Any]:
        """JSON-serialisable form."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlOptions:
        """Inverse of `to_json` (unknown keys ignored)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class CrawlEntry:
    """One URL of the crawl and its outcome."""

    url: str
    status: EntryStatus
    file: str | None = None  # name inside the output folder, when a page is there
    http_status: int | None = None
    tries: int = 1
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        """JSON-serialisable form."""
        data = asdict(self)
        data["status"] = self.status.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlEntry:
        """Inverse of `to_json`."""
        return cls(
            url=str(data["url"]),
            status=EntryStatus(data["status"]),
            file=data.get("file"),
            http_status=data.get("http_status"),
            tries=int(data.get("tries", 1)),
            reason=str(data.get("reason", "")),
        )


@dataclass(frozen=True)
class Progress:
    """A progress event: pages done out of found so far, errors so far, the latest URL."""

    done: int
    found: int
    errors: int
    url: str = ""
    status: str = ""


@dataclass(frozen=True)
class CrawlResult:
    """Outcome of `scraper.crawl.crawl`: every URL's entry and where the report is."""

    start_url: str
    out_dir: Path
    entries: tuple[CrawlEntry, ...]
    complete: bool  # False when stopped early (max_pages, interrupt): crawl again to resume
    finish_reason: str
    report_path: Path
    files: tuple[str, ...] = field(default=())

    @property
    def failed(self) -> tuple[CrawlEntry, ...]:
        """Entries that ended in an error (gave up or refused)."""
        return tuple(e for e in self.entries if e.status in ERROR_STATUSES)

    def counts(self) -> dict[str, int]:
        """Number of entries per status, every status present."""
        found = Counter(e.status for e in self.entries)
        return {s.value: found.get(s, 0) for s in EntryStatus}

    @classmethod
    def from_report(cls, path: Path) -> CrawlResult:
        """Read a report file written by the engine."""
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = tuple(CrawlEntry.from_json(e) for e in data.get("entries", []))
        files = tuple(sorted({e.file for e in entries if e.file}))
        return cls(
            start_url=str(data.get("start_url", "")),
            out_dir=path.parent,
            entries=entries,
            complete=bool(data.get("complete", False)),
            finish_reason=str(data.get("finish_reason", "")),
            report_path=path,
            files=files,
        )
