"""The crawl engine process: `python -m scraper.crawl_worker CONFIG.json` runs one Scrapy crawl.

Twisted's reactor starts once per process, so every crawl runs in a fresh child process; it
prints progress events as JSON lines (prefixed with PROGRESS_PREFIX) on stdout and writes the
report file; Scrapy's own log goes to a file in the state folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scraper.crawl_names import scope_of
from scraper.crawl_types import REPORT_FILE, STATE_DIR, CrawlOptions, Progress

PROGRESS_PREFIX = "docs2api-crawl-progress "


_orphaned = False


def _emit(progress: Progress) -> None:
    global _orphaned
    if _orphaned:
        return
    try:
        sys.stdout.write(PROGRESS_PREFIX + json.dumps(asdict(progress)) + "\n")
        sys.stdout.flush()
    except OSError:  # the front end is gone: stop gracefully, as on Ctrl-C (job kept)
        _orphaned = True
        os.kill(os.getpid(), signal.SIGINT)


def _prepare_job(state_dir: Path, start_url: str) -> None:
    """Keep an interrupted job for the same start URL (resume); drop any other."""
    job = state_dir / "job"
    marker = state_dir / "job-start-url"
    if job.exists() and (not marker.exists() or marker.read_text("utf-8") != start_url):
        shutil.rmtree(job)
    state_dir.mkdir(parents=True, exist_ok=True)
    marker.write_text(start_url, "utf-8")


def run(start_url: str, out_dir: Path, options: CrawlOptions) -> dict[str, Any]:
    """Run one crawl to completion (or to its page limit) and write the report; return it."""
    from scrapy.crawler import CrawlerProcess  # imports the reactor machinery

    from scraper.crawl_engine import settings_for
    from scraper.crawl_spider import DocsSpider

    out_dir = out_dir.resolve()
    state_dir = out_dir / STATE_DIR
    _prepare_job(state_dir, start_url)
    scope = scope_of(start_url, options.prefix)
    settings = settings_for(options, state_dir, log_file=state_dir / "scrapy.log")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(DocsSpider)
    process.crawl(crawler, start_url=start_url, out_dir=str(out_dir), scope=scope, emit=_emit)
    process.start()
    spider = crawler.spider
    assert isinstance(spider, DocsSpider)
    entries = sorted(spider.entries.values(), key=lambda e: str(e["url"]))
    missing = [u for u in spider.found if u not in spider.entries]
    complete = spider.finish_reason == "finished" and not missing
    report = {
        "tool": "docs2api crawl",
        "start_url": start_url,
        "scope": {"host": scope.host, "prefix": scope.prefix},
        "options": options.to_json(),
        "complete": complete,
        "finish_reason": spider.finish_reason,
        "pending": sorted(missing),
        "entries": entries,
    }
    (out_dir / REPORT_FILE).write_text(
        json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8"
    )
    if complete:  # a finished job must not filter the next crawl's requests as seen
        shutil.rmtree(state_dir / "job", ignore_errors=True)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Read the config file named on the command line and run the crawl."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        sys.stderr.write("usage: python -m scraper.crawl_worker CONFIG.json\n")
        return 2
    config = json.loads(Path(args[0]).read_text("utf-8"))
    options = CrawlOptions.from_json(config["options"])
    run(str(config["url"]), Path(config["out_dir"]), options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
