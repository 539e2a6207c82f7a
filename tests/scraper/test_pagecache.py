"""A page cache gives exactly the spec of a build without it, and reads only changed pages."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest

from docs2api.cli import main
from scraper import pagecache, parallel, records
from scraper.pagecache import PageCache
from scraper.pipeline import read_inputs, spec_from_inputs
from scraper.yamlio import dump_yaml

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"
LINKING = "en-us_topic_1000000003.html"  # links into a table of TARGET
TARGET = "en-us_topic_1000000009.html"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The ECS fixture pages (one links into a table of another) and the gen pages with tags."""
    out = tmp_path / "pages"
    out.mkdir()
    for page in [*sorted((FIXTURES / "ecs").glob("*.html")), *(FIXTURES / "gen").iterdir()]:
        shutil.copy(page, out / page.name)
    return out


def _build(
    folder: Path, cache: PageCache | None, workers: int = 1
) -> tuple[str, dict[str, object]]:
    result = spec_from_inputs([str(folder)], title="t", workers=workers, cache=cache)
    return dump_yaml(result.spec), result.report


def test_cold_and_warm_builds_equal_an_uncached_build(folder: Path, tmp_path: Path) -> None:
    plain = _build(folder, None)
    pages = len(list(folder.glob("*.html")))
    with PageCache(tmp_path / "cache") as cache:
        assert _build(folder, cache) == plain
        assert (cache.stats.reused, cache.stats.read) == (0, pages)
    with PageCache(tmp_path / "cache") as cache:
        assert _build(folder, cache) == plain
        assert (cache.stats.reused, cache.stats.read) == (pages, 0)
        assert cache.stats.problems == []
    assert read_inputs([str(folder)], cache=PageCache(tmp_path / "cache")) == read_inputs(
        [str(folder)]
    )


def test_a_changed_page_is_read_again_and_links_into_it_follow(
    folder: Path, tmp_path: Path
) -> None:
    with PageCache(tmp_path / "cache") as cache:
        before = _build(folder, cache)
    target = folder / TARGET
    target.write_text(
        target.read_text(encoding="utf-8").replace(">name<", ">display_name<"), encoding="utf-8"
    )
    with PageCache(tmp_path / "cache") as cache:
        after = _build(folder, cache)
        assert cache.stats.read == 1  # only the changed page; the page linking to it is reused
    assert after == _build(folder, None)
    assert after != before
    assert "display_name" in after[0]


def test_pages_read_by_a_pool_are_stored_as_read_serially(folder: Path, tmp_path: Path) -> None:
    plain = _build(folder, None)
    with PageCache(tmp_path / "cache") as cache:
        assert _build(folder, cache, workers=2) == plain
    with PageCache(tmp_path / "cache") as cache:
        assert _build(folder, cache, workers=1) == plain
        assert cache.stats.read == 0


def test_the_key_covers_name_tags_bytes_and_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    key = pagecache.page_key("a.html", ("T",), b"<p>x</p>")
    assert key == pagecache.page_key("a.html", ("T",), b"<p>x</p>")
    assert key != pagecache.page_key("b.html", ("T",), b"<p>x</p>")
    assert key != pagecache.page_key("a.html", ("U",), b"<p>x</p>")
    assert key != pagecache.page_key("a.html", (), b"<p>x</p>")
    assert key != pagecache.page_key("a.html", ("T",), b"<p>y</p>")
    monkeypatch.setattr(pagecache, "reader_version", lambda: "another reader")
    assert key != pagecache.page_key("a.html", ("T",), b"<p>x</p>")


def test_another_reader_version_empties_the_store(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with PageCache(tmp_path / "cache") as cache:
        _build(folder, cache)
    monkeypatch.setattr(pagecache, "reader_version", lambda: "another reader")
    with PageCache(tmp_path / "cache") as cache:
        _build(folder, cache)
        assert cache.stats.reused == 0
    db = sqlite3.connect(tmp_path / "cache" / pagecache.FILE_NAME)
    (count,) = db.execute("SELECT count(*) FROM pages").fetchone()
    db.close()
    assert count == len(list(folder.glob("*.html")))  # the old entries are gone


def test_entries_unused_for_long_are_pruned(folder: Path, tmp_path: Path) -> None:
    with PageCache(tmp_path / "cache") as cache:
        _build(folder, cache)
    db = sqlite3.connect(tmp_path / "cache" / pagecache.FILE_NAME)
    with db:
        db.execute("UPDATE pages SET used = used - ?", (pagecache.KEEP_DAYS + 1,))
        db.execute("UPDATE pages SET used = used + ? WHERE rowid = 1", (pagecache.KEEP_DAYS + 1,))
    db.close()
    PageCache(tmp_path / "cache").close()
    db = sqlite3.connect(tmp_path / "cache" / pagecache.FILE_NAME)
    (count,) = db.execute("SELECT count(*) FROM pages").fetchone()
    db.close()
    assert count == 1


class _Evil:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.getenv, ("HOME",))


def test_damaged_or_foreign_entries_are_read_again(folder: Path, tmp_path: Path) -> None:
    plain = _build(folder, None)
    with PageCache(tmp_path / "cache") as cache:
        _build(folder, cache)
    db = sqlite3.connect(tmp_path / "cache" / pagecache.FILE_NAME)
    keys = [key for (key,) in db.execute("SELECT key FROM pages ORDER BY key")]
    with db:
        db.execute("UPDATE pages SET value = ? WHERE key = ?", (b"not a pickle", keys[0]))
        db.execute("UPDATE pages SET value = ? WHERE key = ?", (pickle.dumps(_Evil()), keys[1]))
    db.close()
    with PageCache(tmp_path / "cache") as cache:
        assert _build(folder, cache) == plain
        assert cache.stats.read == 2
        assert len(cache.stats.problems) == 2
        assert any("os.getenv" in problem for problem in cache.stats.problems)
    with PageCache(tmp_path / "cache") as cache:  # and stored right this time
        _build(folder, cache)
        assert cache.stats.read == 0


def test_records_pickles_round_trip_through_the_restricted_loader(folder: Path) -> None:
    pages = read_inputs([str(folder)])
    assert parallel.load_records(parallel.dump_records(pages)) == pages
    with pytest.raises(pickle.UnpicklingError):
        parallel.load_records(pickle.dumps(_Evil()))


class _RecordsHelper:
    """A pickle that calls a function of the records module that is not a record maker."""

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (records._slot_setters, (records.Source, ("file",)))


def test_the_loader_calls_record_makers_only(folder: Path) -> None:
    pages = read_inputs([str(folder)])
    data = parallel.dump_records(pages)
    assert b"new_field" in data  # the fast constructors travel by name ...
    with pytest.raises(pickle.UnpicklingError):  # ... and nothing else of their module does
        parallel.load_records(pickle.dumps(_RecordsHelper()))


def test_a_store_that_is_not_a_database_never_fails_the_build(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    store.mkdir()
    (store / pagecache.FILE_NAME).write_bytes(b"this is not SQLite" * 100)
    with PageCache(store) as cache:
        assert _build(folder, cache) == _build(folder, None)
        assert cache.stats.problems and "could not be opened" in cache.stats.problems[0]
        assert cache.stats.reused == 0


def test_cli_cache_option_reports_reuse(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(folder), "--title", "t", "--cache", str(tmp_path / "c")]
    assert main(["spec", *args, "-o", str(tmp_path / "one.yaml")]) == 0
    assert main(["spec", *args, "-o", str(tmp_path / "two.yaml")]) == 0
    assert main(["spec", str(folder), "--title", "t", "-o", str(tmp_path / "none.yaml")]) == 0
    err = capsys.readouterr().err
    pages = len(list(folder.glob("*.html")))
    assert f"0 of {pages} pages reused, {pages} read" in err
    assert f"{pages} of {pages} pages reused, 0 read" in err
    assert (tmp_path / "one.yaml").read_bytes() == (tmp_path / "two.yaml").read_bytes()
    assert (tmp_path / "two.yaml").read_bytes() == (tmp_path / "none.yaml").read_bytes()
