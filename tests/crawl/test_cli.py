"""`docs2api crawl` on a tiny local site; default options; robots.txt Crawl-delay; progress."""

from __future__ import annotations

import io
import itertools
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from docs2api.cli import main
from docs2api.commands.crawl import ProgressPrinter
from scraper.crawl import CrawlOptions, EntryStatus, Progress, crawl
from scraper.crawl_types import REPORT_FILE
from tests.crawl.server import Fault, Running, Site, serve

PAGES = ("one", "two", "three")
FAST = ["--delay", "0", "--no-autothrottle", "--concurrency", "4", "--timeout", "5"]


def _page(title: str, links: tuple[str, ...] = ()) -> str:
    items = "".join(f'<a href="{href}">{href}</a>' for href in links)
    return f"<html><head><title>{title}</title></head><body>{items}</body></html>"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Running]:
    docs = tmp_path / "site"
    docs.mkdir()
    (docs / "index.html").write_text(_page("index", tuple(f"{p}.html" for p in PAGES)))
    for name in PAGES:
        (docs / f"{name}.html").write_text(_page(name, ("index.html",)))
    with serve(Site(folders={"/docs/": docs})) as running:
        yield running


def test_cli_crawls_and_reports(
    server: Running, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["crawl", server.url("/docs/index.html"), "-o", str(out), *FAST])
    assert code == 0
    assert sorted(p.name for p in out.glob("*.html")) == [
        "index.html",
        "one.html",
        "three.html",
        "two.html",
    ]
    report = json.loads((out / REPORT_FILE).read_text())
    assert report["complete"] is True
    assert {e["status"] for e in report["entries"]} == {"fetched", "absent"}
    captured = capsys.readouterr()
    assert captured.out == ""  # stdout stays free for data
    assert "4 fetched" in captured.err and "2 absent" in captured.err


def test_cli_exit_1_lists_pages_given_up(
    server: Running, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.site.faults["/docs/two.html"] = Fault(statuses=[503] * 10)
    out = str(tmp_path / "o")
    code = main(["crawl", server.url("/docs/index.html"), "-o", out, "--retries", "1", *FAST])
    assert code == 1
    err = capsys.readouterr().err
    assert "failed" in err and "/docs/two.html (HTTP 503)" in err


def test_cli_rejects_a_non_http_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "file:///etc/passwd", "-o", str(tmp_path / "o")]) == 2
    assert "not an http(s) URL" in capsys.readouterr().err


def test_default_options_work_for_the_spec_pipeline(server: Running, tmp_path: Path) -> None:
    """`docs2api spec URL` calls crawl(url, tmpdir) with no options: polite defaults."""
    result = crawl(server.url("/docs/index.html"), tmp_path / "defaults")
    assert result.complete and result.failed == ()
    assert set(result.files) >= {"index.html", "one.html", "two.html", "three.html"}


def test_unreachable_host_is_a_failed_entry_not_an_exception(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again below: nothing listens there
    options = CrawlOptions(delay=0, autothrottle=False, retries=1, backoff=0.01, timeout=2)
    result = crawl(f"http://127.0.0.1:{port}/docs/", tmp_path / "o", options=options)
    start = next(e for e in result.entries if e.url.endswith("/docs/"))
    assert start.status is EntryStatus.FAILED and start.tries == 2
    assert not list((tmp_path / "o").glob("*.html"))


def test_robots_crawl_delay_spaces_requests(server: Running, tmp_path: Path) -> None:
    server.site.robots = "User-agent: *\nCrawl-delay: 0.5\n"
    options = CrawlOptions(concurrency=4, delay=0, autothrottle=True, timeout=5)
    result = crawl(server.url("/docs/index.html"), tmp_path / "o", options=options)
    assert result.complete
    times = sorted(h.at for h in server.site.page_hits())
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 6 and min(gaps) >= 0.45, gaps  # lower bounds only: never flaky


def test_retry_after_pauses_the_whole_host(server: Running, tmp_path: Path) -> None:
    for name in PAGES:
        server.site.faults[f"/docs/{name}.html"] = Fault(slow=1, delay=0.3)  # keep them queued
    server.site.faults["/docs/three.html"] = Fault(statuses=[429], retry_after="1")
    options = CrawlOptions(concurrency=3, delay=0.05, autothrottle=False, timeout=5)
    result = crawl(server.url("/docs/index.html"), tmp_path / "o", options=options)
    assert result.complete and result.failed == ()
    hits = server.site.page_hits()
    busy = next(h.at for h in hits if h.status == 429)
    soon = [h.path for h in hits if busy < h.at < busy + 0.9]
    # at most the request the downloader sent off before the 429 was handled
    assert len(soon) <= 1, soon
    assert len(hits) == 7


def test_progress_is_plain_lines_off_a_terminal() -> None:
    stream = io.StringIO()
    printer = ProgressPrinter(stream, tty=False, every=2)
    printer(Progress(done=1, found=3, errors=0, url="u1", status="fetched"))
    printer(Progress(done=2, found=3, errors=1, url="u2", status="failed"))
    printer.close()
    assert stream.getvalue().splitlines() == [
        "crawl: failed: u2",
        "crawl: 2/3 pages, 1 errors",
    ]


def test_progress_rewrites_one_line_on_a_terminal() -> None:
    stream = io.StringIO()
    printer = ProgressPrinter(stream, tty=True)
    printer(Progress(done=3, found=3, errors=0, url="u", status="fetched"))
    printer.close()
    assert stream.getvalue() == "\r\x1b[Kcrawl: 3/3 pages, 0 errors\n"
