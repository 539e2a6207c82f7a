"""Resuming: a crawl stopped by its page limit or by Ctrl-C continues where it stopped."""

from __future__ import annotations

import dataclasses
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.crawl import CrawlOptions, crawl
from scraper.crawl_types import REPORT_FILE
from tests.crawl.server import Running, Site, serve

PAGES = 80
FAST = CrawlOptions(
    concurrency=4, delay=0.0, autothrottle=False, timeout=10.0, retries=2, backoff=0.05
)


def _page(title: str, body: str = "") -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    docs = tmp_path_factory.mktemp("site")
    links = "".join(f'<a href="p{i:03d}.html">page {i}</a>' for i in range(PAGES))
    (docs / "index.html").write_text(_page("index", links))
    for i in range(PAGES):
        (docs / f"p{i:03d}.html").write_text(_page(f"page {i}", '<a href="index.html">up</a>'))
    with serve(Site(folders={"/docs/": docs})) as running:
        yield running


def test_page_limit_stops_and_next_crawl_resumes(server: Running, tmp_path: Path) -> None:
    out = tmp_path / "limited"
    site = server.site
    site.hits.clear()
    limited = dataclasses.replace(FAST, max_pages=20)
    stopped = crawl(server.url("/docs/index.html"), out, options=limited)
    assert not stopped.complete and stopped.finish_reason == "closespider_pagecount"
    assert 0 < len(list(out.glob("*.html"))) < PAGES
    before = {h.path for h in site.page_hits(statuses=(200,))}

    site.hits.clear()
    resumed = crawl(server.url("/docs/index.html"), out, options=FAST)
    assert resumed.complete and resumed.failed == ()
    after = [h.path for h in site.page_hits()]
    assert len(after) == len(set(after))
    assert len(set(after) & before) <= FAST.concurrency  # at most those cut off in flight
    assert len(list(out.glob("*.html"))) == PAGES + 1
    report = json.loads(resumed.report_path.read_text())
    assert report["complete"] and report["pending"] == []
    assert {e["url"] for e in report["entries"]} >= {server.url(p) for p in before}


def test_ctrl_c_stops_cleanly_and_the_next_crawl_resumes(
    server: Running, tmp_path: Path, repo_dir: Path
) -> None:
    out = tmp_path / "ctrl-c"
    url = server.url("/docs/index.html")
    command = [sys.executable, "-m", "docs2api", "crawl", url, "-o", str(out)]
    command += ["--delay", "0.05", "--no-autothrottle", "--concurrency", "1"]
    site = server.site
    site.hits.clear()
    # A shell starts background jobs with SIGINT ignored, and a child inherits that, so a
    # test run in the background would see Ctrl-C do nothing. A caught signal is reset to its
    # default on exec: the CLI starts with Python's own Ctrl-C handling, as in a terminal.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        cli = subprocess.Popen(command, cwd=repo_dir, stderr=subprocess.PIPE, text=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert cli.stderr is not None
    for line in cli.stderr:
        if line.startswith("crawl: 25/"):
            cli.send_signal(signal.SIGINT)
            break
    rest = cli.stderr.read()
    assert cli.wait(timeout=60) == 130, rest
    assert "interrupted" in rest
    report = json.loads((out / REPORT_FILE).read_text())
    assert report["complete"] is False and report["finish_reason"] == "shutdown"
    before = {h.path for h in site.page_hits(statuses=(200,))}
    assert 25 <= len(before) < PAGES

    site.hits.clear()
    resumed = crawl(url, out, options=FAST)
    assert resumed.complete and resumed.failed == ()
    assert len({h.path for h in site.page_hits()} & before) <= 1  # the one in flight, if any
    assert len(list(out.glob("*.html"))) == PAGES + 1
