"""One crawl of a small hand-written site where every kind of injected fault happens at once.

Each test checks the documented outcome of one fault in the shared crawl's result, report and
server log; the crawl runs once per module to keep the suite fast.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scraper.crawl import CrawlOptions, CrawlResult, EntryStatus, crawl
from scraper.crawl_types import REPORT_FILE
from tests.crawl.server import Fault, Running, Site, serve

SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")
MAX_BYTES = 20_000

HOSTILE = (
    "%2e%2e/%2e%2e/escape-dots.html",
    "..%2F..%2Fescape-slash.html",
    "..%5C..%5Cescape-backslash.html",
    "%2Fabsolute%2Fpath.html",
    "nul%00byte.html",
    ".hidden.html",
    "%E4%B8%AD%E6%96%87.html",
    "x" * 300 + ".html",
    "q.html?name=../../etc/passwd",
)


def _page(title: str, links: tuple[str, ...] = ()) -> str:
    items = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><h1>{title}</h1><ul>{items}</ul></body></html>"


@dataclass
class Crawled:
    """The outcome of the module's crawl."""

    result: CrawlResult
    site: Site
    other: Site
    out: Path
    base: str

    def entry(self, path: str) -> dict[str, object]:
        for e in self.result.entries:
            if e.url == self.base + path:
                return e.to_json()
        raise AssertionError(f"no entry for {path}: {[e.url for e in self.result.entries]}")

    def hits(self, path: str) -> list[int]:
        return [h.status for h in self.site.hits if h.path == path]


def _write_site(root: Path, other: Running) -> None:
    docs = root / "docs"
    (docs / "nested").mkdir(parents=True)
    (docs / "private").mkdir()
    links = (
        "a.html",
        "flaky.html",
        "busy.html",
        "busy-forever.html",
        "always-500.html",
        "slow-once.html",
        "always-slow.html",
        "off-site.html",
        "off-prefix.html",
        "moved.html",
        "big.html",
        "big-unannounced.html",
        "binary.html",
        "private/secret.html",
        "nested/deep.html",
        "missing.html",
        "picture.png",
        "/outside/page.html",
        other.url("/docs/elsewhere.html"),
        "#fragment-only",
        "mailto:someone@example.com",
        *HOSTILE,
    )
    (docs / "index.html").write_text(_page("Index", links))
    for name in ("a", "flaky", "busy", "busy-forever", "always-500", "slow-once"):
        (docs / f"{name}.html").write_text(_page(name))
    for name in ("always-slow", "off-site", "off-prefix", "moved", "binary"):
        (docs / f"{name}.html").write_text(_page(name))
    (docs / "big.html").write_text(_page("big") + "<!--" + "x" * (MAX_BYTES * 2) + "-->")
    (docs / "big-unannounced.html").write_text(_page("big2") + "<!--" + "y" * MAX_BYTES * 2)
    (docs / "private" / "secret.html").write_text(_page("secret"))
    (docs / "nested" / "deep.html").write_text(_page("deep", ("../a.html", "../toc-only.html")))
    (docs / "toc-only.html").write_text(_page("toc only"))
    (docs / "picture.png").write_bytes(b"\x89PNG not really")
    toc = [
        {"uri": "toc-only.html", "title": "TOC only", "code": "1", "p_code": ""},
        {"uri": "../outside/from-toc.html", "title": "escape", "code": "2", "p_code": "1"},
        {"uri": other.url("/docs/toc-elsewhere.html"), "title": "off", "code": "3"},
    ]
    (docs / "CLASS.TXT.json").write_text(json.dumps(toc))
    outside = root / "outside"
    outside.mkdir()
    (outside / "page.html").write_text(_page("outside"))
    (outside / "from-toc.html").write_text(_page("outside"))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    root = tmp_path_factory.mktemp("site")
    other = Site(catch_all=_page("elsewhere").encode())
    with serve(other) as other_server:
        _write_site(root, other_server)
        site = Site(
            folders={"/docs/": root / "docs", "/outside/": root / "outside"},
            robots="User-agent: *\nDisallow: /docs/private/\n",
            catch_all=_page("caught").encode(),
        )
        with serve(site) as server:
            site.faults = {
                "/docs/flaky.html": Fault(statuses=[500, 503]),
                "/docs/busy.html": Fault(statuses=[429], retry_after="1"),
                "/docs/busy-forever.html": Fault(statuses=[429] * 5, retry_after="3600"),
                "/docs/always-500.html": Fault(statuses=[500] * 10),
                "/docs/slow-once.html": Fault(slow=1, delay=2.5),
                "/docs/always-slow.html": Fault(slow=10, delay=2.5),
                "/docs/off-site.html": Fault(redirect=other_server.url("/docs/evil.html")),
                "/docs/off-prefix.html": Fault(redirect="/outside/page.html"),
                "/docs/moved.html": Fault(redirect="/docs/a.html"),
                "/docs/big-unannounced.html": Fault(send_length=False),
                "/docs/binary.html": Fault(content_type="application/pdf"),
                "/docs/missing.html": Fault(statuses=[404] * 10),
            }
            out = root / "crawl" / "out"
            out.mkdir(parents=True)
            victim = root / "victim.html"
            victim.write_text("precious")
            (out / "a.html").symlink_to(victim)  # a trap left in the output folder
            options = CrawlOptions(
                concurrency=3,
                delay=0.0,
                autothrottle=False,
                timeout=1.0,
                retries=2,
                backoff=0.05,
                max_retry_after=30.0,
                max_bytes=MAX_BYTES,
            )
            result = crawl(server.url("/docs/index.html"), out, options=options)
            yield Crawled(result, site, other, out, server.base)


def test_crawl_completes_and_reports(crawled: Crawled) -> None:
    assert crawled.result.complete
    report = json.loads((crawled.out / REPORT_FILE).read_text())
    assert report["complete"] is True
    assert len(report["entries"]) == len(crawled.result.entries)
    assert crawled.entry("/docs/a.html")["status"] == "fetched"
    assert (crawled.out / "a.html").read_text() == _page("a")


def test_server_errors_are_retried_until_success(crawled: Crawled) -> None:
    assert crawled.hits("/docs/flaky.html") == [500, 503, 200]
    entry = crawled.entry("/docs/flaky.html")
    assert entry["status"] == "fetched" and entry["tries"] == 3
    assert (crawled.out / "flaky.html").is_file()


def test_persistent_server_error_gives_up_after_n_tries(crawled: Crawled) -> None:
    assert crawled.hits("/docs/always-500.html") == [500, 500, 500]
    entry = crawled.entry("/docs/always-500.html")
    assert entry["status"] == "failed" and entry["http_status"] == 500 and entry["tries"] == 3
    assert not (crawled.out / "always-500.html").exists()
    assert crawled.base + "/docs/always-500.html" in {e.url for e in crawled.result.failed}


def test_429_waits_for_retry_after(crawled: Crawled) -> None:
    hits = [h for h in crawled.site.hits if h.path == "/docs/busy.html"]
    assert [h.status for h in hits] == [429, 200]
    assert hits[1].at - hits[0].at >= 0.9  # a lower bound only: never flaky on a slow machine
    assert crawled.entry("/docs/busy.html")["status"] == "fetched"


def test_retry_after_beyond_limit_gives_up_at_once(crawled: Crawled) -> None:
    assert crawled.hits("/docs/busy-forever.html") == [429]
    entry = crawled.entry("/docs/busy-forever.html")
    assert entry["status"] == "failed" and "Retry-After" in str(entry["reason"])


def test_slow_response_times_out_then_retry_succeeds(crawled: Crawled) -> None:
    entry = crawled.entry("/docs/slow-once.html")
    assert entry["status"] == "fetched" and entry["tries"] == 2
    assert (crawled.out / "slow-once.html").is_file()


def test_always_slow_page_is_given_up(crawled: Crawled) -> None:
    entry = crawled.entry("/docs/always-slow.html")
    assert entry["status"] == "failed" and entry["tries"] == 3
    assert "Timeout" in str(entry["reason"])
    assert not (crawled.out / "always-slow.html").exists()


def test_redirect_off_site_is_not_followed(crawled: Crawled) -> None:
    entry = crawled.entry("/docs/off-site.html")
    assert entry["status"] == "refused" and "redirect" in str(entry["reason"])
    assert crawled.other.hits == []  # neither the redirect target nor the off-site links
    assert not (crawled.out / "off-site.html").exists()
    assert not (crawled.out / "evil.html").exists()


def test_redirect_out_of_prefix_is_not_followed(crawled: Crawled) -> None:
    assert crawled.entry("/docs/off-prefix.html")["status"] == "refused"
    assert not [h for h in crawled.site.hits if h.path.startswith("/outside/")]


def test_redirect_inside_scope_is_followed(crawled: Crawled) -> None:
    entry = crawled.entry("/docs/moved.html")
    # a.html may have been fetched on its own first: then the redirect revalidates it
    assert entry["status"] in ("fetched", "not-modified") and entry["file"] == "a.html"


def test_oversize_pages_are_refused(crawled: Crawled) -> None:
    for name in ("big", "big-unannounced"):
        entry = crawled.entry(f"/docs/{name}.html")
        assert entry["status"] == "refused" and "limit" in str(entry["reason"]), entry
        assert not (crawled.out / f"{name}.html").exists()


def test_non_html_is_refused_and_not_linked_files_not_fetched(crawled: Crawled) -> None:
    entry = crawled.entry("/docs/binary.html")
    assert entry["status"] == "refused" and "application/pdf" in str(entry["reason"])
    assert not (crawled.out / "binary.html").exists()
    assert crawled.hits("/docs/picture.png") == []


def test_robots_txt_disallowed_folder_is_not_fetched(crawled: Crawled) -> None:
    assert crawled.hits("/docs/private/secret.html") == []
    entry = crawled.entry("/docs/private/secret.html")
    assert entry["status"] == "refused" and "robots.txt" in str(entry["reason"])


def test_not_found_is_failed_once(crawled: Crawled) -> None:
    assert crawled.hits("/docs/missing.html") == [404]
    assert crawled.entry("/docs/missing.html")["http_status"] == 404


def test_toc_is_saved_and_followed_within_scope(crawled: Crawled) -> None:
    assert json.loads((crawled.out / "CLASS.TXT.json").read_text())[0]["uri"] == "toc-only.html"
    assert crawled.entry("/docs/toc-only.html")["status"] == "fetched"
    assert crawled.entry("/docs/ALL_META.TXT.json")["status"] == "absent"
    assert (crawled.out / "nested__deep.html").is_file()


def test_nothing_is_written_outside_the_output_folder(crawled: Crawled) -> None:
    parent = crawled.out.parent
    assert [p.name for p in parent.iterdir()] == ["out"]
    for path in crawled.out.iterdir():
        if path.name.startswith(".docs2api-crawl"):
            continue
        assert path.is_file() and not path.is_symlink(), path
        assert SAFE_NAME.match(path.name) and len(path.name) <= 120, path.name
        assert path.suffix in (".html", ".json"), path.name


def test_symlink_in_output_folder_is_replaced_not_followed(crawled: Crawled) -> None:
    assert (crawled.out.parent.parent / "victim.html").read_text() == "precious"
    assert not (crawled.out / "a.html").is_symlink()
    assert (crawled.out / "a.html").read_text() == _page("a")


def test_hostile_urls_get_safe_distinct_names(crawled: Crawled) -> None:
    files = [e["file"] for e in (crawled.entry("/docs/" + h) for h in HOSTILE[:-1])]
    assert all(isinstance(f, str) and SAFE_NAME.match(f) for f in files), files
    assert len(set(files)) == len(files)
    queried = [e for e in crawled.result.entries if "?name=" in e.url]
    assert len(queried) == 1 and queried[0].file and SAFE_NAME.match(queried[0].file)


def test_user_agent_names_docs2api(crawled: Crawled) -> None:
    agents = {h.user_agent for h in crawled.site.hits}
    assert agents and all(a.startswith("docs2api/") for a in agents), agents


def test_report_lists_every_failure(crawled: Crawled) -> None:
    failed = {e.url.rsplit("/", 1)[-1] for e in crawled.result.failed}
    expected = {"always-500.html", "busy-forever.html", "always-slow.html", "missing.html"}
    expected |= {"off-site.html", "off-prefix.html", "big.html", "big-unannounced.html"}
    expected |= {"binary.html", "secret.html"}
    assert expected <= failed
    assert EntryStatus.FETCHED.value in crawled.result.counts()
