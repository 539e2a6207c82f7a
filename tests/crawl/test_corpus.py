"""Crawling the local copy of modelarts-api-ref: completeness, same spec, 304s, TOC discovery.

The corpus folder has no index page. The test server answers the folder URL with a generated
listing of the folder (what a web server's directory index does), so "every page reachable
from its index" is every page of the folder, including the 34 pages the TOC misses. A second
test starts from a content page instead and reaches the pages through CLASS.TXT.json.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.crawl import CrawlOptions, CrawlResult, EntryStatus, crawl
from tests.crawl.server import Running, Site, serve

FAST = CrawlOptions(
    concurrency=6, delay=0.0, autothrottle=False, timeout=10.0, retries=2, backoff=0.05
)
CHANGED = "CreateDataset.html"


@pytest.fixture(scope="module")
def server(modelarts_corpus: Path) -> Iterator[Running]:
    with serve(Site(folders={"/api-modelarts/": modelarts_corpus})) as running:
        yield running


@pytest.fixture(scope="module")
def first(server: Running, tmp_path_factory: pytest.TempPathFactory) -> tuple[CrawlResult, Path]:
    out = tmp_path_factory.mktemp("crawl") / "modelarts"
    server.site.hits.clear()
    result = crawl(server.url("/api-modelarts/"), out, options=FAST)
    return result, out


def test_fetches_every_page_of_the_folder(first: tuple[CrawlResult, Path], modelarts_corpus: Path):
    result, out = first
    assert result.complete and result.failed == ()
    expected = sorted(p.name for p in modelarts_corpus.glob("*.html"))
    written = sorted(p.name for p in out.glob("*.html") if p.name != "index.html")
    assert written == expected
    for name in [*expected, "CLASS.TXT.json", "ALL_META.TXT.json"]:
        assert (out / name).read_bytes() == (modelarts_corpus / name).read_bytes(), name
    assert not list(out.glob("*.png")) and not (out / "PARAMETERS.txt").exists()


def test_concurrency_stays_within_the_limit(first: tuple[CrawlResult, Path], server: Running):
    assert 1 <= server.site.max_in_flight <= FAST.concurrency


def test_crawled_folder_builds_the_same_spec(
    first: tuple[CrawlResult, Path], modelarts_corpus: Path
) -> None:
    pytest.importorskip("scraper.html")
    pipeline = pytest.importorskip("scraper.pipeline")
    _, out = first
    direct = pipeline.spec_from_inputs([str(modelarts_corpus)], title="ModelArts")
    crawled = pipeline.spec_from_inputs([str(out)], title="ModelArts")
    assert direct.spec.get("paths"), "the folder's own spec has no operations"
    assert crawled.spec == direct.spec


def test_recrawl_is_all_304_then_only_the_changed_page(
    first: tuple[CrawlResult, Path], server: Running, tmp_path: Path, modelarts_corpus: Path
) -> None:
    _, crawled = first
    out = tmp_path / "again"
    shutil.copytree(crawled, out)  # leave the module's crawl as it was for the other tests
    site = server.site

    site.hits.clear()
    again = crawl(server.url("/api-modelarts/"), out, options=FAST)
    assert again.complete
    assert {h.status for h in site.page_hits()} == {304}
    assert sum(h.body_bytes for h in site.page_hits()) == 0
    assert len(site.page_hits()) == len(again.entries)
    assert {e.status for e in again.entries} == {EntryStatus.NOT_MODIFIED}

    changed = (modelarts_corpus / CHANGED).read_bytes() + b"\n<p>a new paragraph</p>\n"
    site.overlay["/api-modelarts/" + CHANGED] = changed
    try:
        site.hits.clear()
        third = crawl(server.url("/api-modelarts/"), out, options=FAST)
    finally:
        site.overlay.clear()
    assert [h.path for h in site.page_hits(statuses=(200,))] == ["/api-modelarts/" + CHANGED]
    assert (out / CHANGED).read_bytes() == changed
    fetched = [e.file for e in third.entries if e.status is EntryStatus.FETCHED]
    assert fetched == [CHANGED]


def test_start_page_reaches_pages_through_the_toc(
    server: Running, tmp_path: Path, modelarts_corpus: Path
) -> None:
    out = tmp_path / "from-page"
    result = crawl(server.url("/api-modelarts/modelarts_03_0139.html"), out, options=FAST)
    assert result.complete and result.failed == ()
    toc = json.loads((modelarts_corpus / "CLASS.TXT.json").read_text())
    listed = {entry["uri"].split("#")[0] for entry in toc}
    written = {p.name for p in out.glob("*.html")}
    assert listed <= written
    assert (out / "CLASS.TXT.json").is_file() and (out / "ALL_META.TXT.json").is_file()
    assert "index.html" not in written


def test_spec_from_a_url_equals_spec_from_the_folder(
    modelarts_corpus: Path, tmp_path: Path
) -> None:
    """`docs2api spec URL` path: the pipeline crawls with default options, then builds."""
    pytest.importorskip("scraper.html")
    pipeline = pytest.importorskip("scraper.pipeline")
    folder = tmp_path / "few"
    folder.mkdir()
    for name in ("CreateDataset.html", "ListDatasets.html", "DescDataset.html"):
        shutil.copy(modelarts_corpus / name, folder / name)
    with serve(Site(folders={"/few/": folder})) as running:
        from_url = pipeline.spec_from_inputs([running.url("/few/")], title="Few")
    from_folder = pipeline.spec_from_inputs([str(folder)], title="Few")
    assert len(from_folder.spec["paths"]) >= 2
    assert from_url.spec == from_folder.spec
