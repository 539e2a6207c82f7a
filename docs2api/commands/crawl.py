"""``docs2api crawl URL -o DIR``: fetch a documentation site to local pages, politely."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from scraper.crawl import CrawlError, CrawlOptions, EntryStatus, Progress, crawl
from scraper.crawl_types import ERROR_STATUSES

_DEFAULTS = CrawlOptions()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """URL, output folder, politeness and limits."""
    parser.add_argument("url", metavar="URL", help="start page or folder URL (http/https)")
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for pages")
    parser.add_argument(
        "--concurrency",
        type=int,
        default=_DEFAULTS.concurrency,
        help=f"parallel requests to the host (default {_DEFAULTS.concurrency})",
    )
    parser.add_argument(
        "--delay",
        type=float,
        default=_DEFAULTS.delay,
        help=f"seconds between requests to the host (default {_DEFAULTS.delay})",
    )
    parser.add_argument(
        "--no-autothrottle",
        action="store_true",
        help="keep the delay fixed instead of adapting it to the server's latency",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=_DEFAULTS.timeout,
        help=f"seconds per request (default {_DEFAULTS.timeout:g})",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=_DEFAULTS.retries,
        help=f"retries after 429/5xx/timeouts before giving up (default {_DEFAULTS.retries})",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=_DEFAULTS.max_bytes,
        help=f"refuse larger responses (default {_DEFAULTS.max_bytes})",
    )
    parser.add_argument(
        "--max-pages", type=int, help="stop after this many responses (crawl again to resume)"
    )
    parser.add_argument("--prefix", help="URL path to stay under (default: the URL's folder)")
    parser.add_argument("--user-agent", help="User-Agent header (default: docs2api/<version>)")


class ProgressPrinter:
    """Progress on a terminal as one rewritten line; otherwise plain lines, every error too."""

    def __init__(self, stream: TextIO, *, tty: bool | None = None, every: int = 25) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.every = every
        self.last = 0.0
        self.shown = False

    def __call__(self, event: Progress) -> None:
        """Show one progress event."""
        line = f"crawl: {event.done}/{event.found} pages, {event.errors} errors"
        if event.status in {s.value for s in ERROR_STATUSES}:
            self._line(f"crawl: {event.status}: {event.url}")
        if self.tty:
            now = time.monotonic()
            if now - self.last >= 0.1 or event.done == event.found:
                self.stream.write(f"\r\x1b[K{line}")
                self.stream.flush()
                self.last = now
                self.shown = True
        elif event.done % self.every == 0:
            self._line(line)

    def _line(self, text: str) -> None:
        if self.tty and self.shown:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the rewritten line, if any."""
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    """Crawl, summarise on stderr; exit 1 when pages were given up, 2 on a bad URL."""
    parts = urlsplit(args.url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        print(f"docs2api crawl: not an http(s) URL: {args.url}", file=sys.stderr)
        return 2
    options = CrawlOptions(
        concurrency=args.concurrency,
        delay=args.delay,
        autothrottle=not args.no_autothrottle,
        timeout=args.timeout,
        retries=args.retries,
        max_bytes=args.max_bytes,
        max_pages=args.max_pages,
        prefix=args.prefix,
        user_agent=args.user_agent,
    )
    printer = ProgressPrinter(sys.stderr)
    try:
        result = crawl(args.url, Path(args.output), options=options, progress=printer)
    except CrawlError as exc:
        printer.close()
        print(f"docs2api crawl: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        printer.close()
        print("docs2api crawl: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    printer.close()
    for entry in result.failed:
        where = f" (HTTP {entry.http_status})" if entry.http_status else ""
        reason = f": {entry.reason}" if entry.reason else ""
        print(f"  {entry.status.value} {entry.url}{where}{reason}", file=sys.stderr)
    counts = result.counts()
    summary = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    print(f"docs2api crawl: {len(result.files)} files in {args.output}; {summary}", file=sys.stderr)
    print(f"docs2api crawl: report in {result.report_path}", file=sys.stderr)
    if not result.complete:
        print(
            "docs2api crawl: stopped early; run the same command again to resume", file=sys.stderr
        )
    return 1 if counts[EntryStatus.FAILED.value] else 0
