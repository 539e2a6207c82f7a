"""Fetch a documentation site to local pages, politely and incrementally, with Scrapy.

Engine choice. Scrapy was chosen over httpx + hishel because it already provides nearly every
part of a polite, resumable crawler, each one configured rather than written here:
RobotsTxtMiddleware (Protego), per-host concurrency (CONCURRENT_REQUESTS_PER_DOMAIN),
DOWNLOAD_DELAY with AutoThrottle, DOWNLOAD_TIMEOUT, DOWNLOAD_MAXSIZE (refuses oversize bodies,
also before reading them when Content-Length says so), RetryMiddleware, RedirectMiddleware,
HttpCacheMiddleware with the RFC 2616 policy (ETag / Last-Modified revalidation, stale copy on
server errors), JOBDIR (resumable queue and spider state) and LinkExtractor. hishel would have
given the cache only; robots, rate limits, retries, scheduling and resume would have been
hand-rolled around httpx. What Scrapy lacks is added as small pieces in crawl_engine.py
(backoff and Retry-After between retries, a path-prefix scope, always revalidating).

Twisted's reactor starts only once per process, so `crawl` runs each crawl in a child process
(`python -m scraper.crawl_worker`), which keeps `crawl` callable any number of times from tests
and from `docs2api spec URL`. Progress events come back as JSON lines on the child's stdout.

What is fetched: the start URL, CLASS.TXT.json and ALL_META.TXT.json in the start URL's folder
(Huawei's table-of-contents exports; saved too, since the HTML reader takes tags from
CLASS.TXT.json), and every page linked from fetched pages or listed in those files, as long as
it is on the start URL's host and under its folder (or `options.prefix`). Pages are written
flat into `out_dir` under sanitized names (see crawl_names.page_name); the report is
`out_dir/.docs2api-crawl.json`; cache, resumable job and engine log are in
`out_dir/.docs2api-crawl/`. Crawling into the same `out_dir` again revalidates every page
(304 when unchanged) and resumes an interrupted crawl.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from scraper.crawl_types import (
    REPORT_FILE,
    STATE_DIR,
    CrawlEntry,
    CrawlOptions,
    CrawlResult,
    EntryStatus,
    Progress,
)
from scraper.crawl_worker import PROGRESS_PREFIX

__all__ = [
    "CrawlEntry",
    "CrawlError",
    "CrawlOptions",
    "CrawlResult",
    "EntryStatus",
    "Progress",
    "crawl",
]


class CrawlError(RuntimeError):
    """The crawl engine process failed without writing a report (a bug or a broken setup)."""


def _child_env() -> dict[str, str]:
    """The environment of the engine process: this package importable, stdout unbuffered."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return env


def _stop(child: subprocess.Popen[str], grace: float = 60.0) -> None:
    """Stop the engine the way Ctrl-C does (it saves its job and report); kill it if it hangs."""
    if child.poll() is not None:
        return
    child.send_signal(signal.SIGINT)
    try:
        child.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def _parse_progress(line: str) -> Progress | None:
    if not line.startswith(PROGRESS_PREFIX):
        return None
    try:
        data = json.loads(line[len(PROGRESS_PREFIX) :])
        return Progress(**data)
    except (ValueError, TypeError):
        return None


def crawl(
    url: str,
    out_dir: Path,
    *,
    options: CrawlOptions | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> CrawlResult:
    """Crawl the documentation under `url` into `out_dir`; return every URL's outcome.

    Pages that could not be fetched are entries with status failed/refused (problems are
    values); CrawlError is raised only when the engine process itself breaks.
    """
    options = options or CrawlOptions()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    state_dir = out_dir / STATE_DIR
    state_dir.mkdir(exist_ok=True)
    report_path = out_dir / REPORT_FILE
    report_path.unlink(missing_ok=True)
    config = {"url": url, "out_dir": str(out_dir.resolve()), "options": options.to_json()}
    with tempfile.NamedTemporaryFile(
        "w", suffix=".json", dir=state_dir, delete=False, encoding="utf-8"
    ) as handle:
        json.dump(config, handle)
    config_path = Path(handle.name)
    stderr_path = state_dir / "worker.err"
    try:
        with stderr_path.open("wb") as stderr:
            child = subprocess.Popen(
                [sys.executable, "-m", "scraper.crawl_worker", str(config_path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=_child_env(),
                text=True,
                encoding="utf-8",
                start_new_session=True,  # Ctrl-C reaches us only; we forward it exactly once
            )
            try:
                assert child.stdout is not None
                for line in child.stdout:
                    event = _parse_progress(line.rstrip("\n"))
                    if event is not None and progress is not None:
                        progress(event)
                code = child.wait()
            except BaseException:
                _stop(child)
                raise
    finally:
        config_path.unlink(missing_ok=True)
    if code != 0 or not report_path.is_file():
        tail = stderr_path.read_text("utf-8", errors="replace")[-2000:]
        raise CrawlError(f"crawl engine exited with status {code}: {tail}")
    return CrawlResult.from_report(report_path)
