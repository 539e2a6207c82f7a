"""Pipeline: any input (folder, page, dump, URL, garbage) -> a valid spec, never an exception."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from scraper import pipeline
from scraper.build import BuildResult
from scraper.pipeline import read_inputs, spec_from_inputs, title_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _readers_available() -> bool:
    try:
        importlib.import_module("scraper.html")
        importlib.import_module("scraper.snippets")
    except ModuleNotFoundError:
        return False
    return True


needs_readers = pytest.mark.skipif(not _readers_available(), reason="readers not installed yet")


def _codes(result: BuildResult) -> set[str]:
    return {d.code for d in result.diagnostics}


def test_empty_folder_gives_valid_empty_spec(tmp_path: Path) -> None:
    result = spec_from_inputs([str(tmp_path)])
    validate(result.spec)
    assert result.spec["paths"] == {}
    assert "empty-input" in _codes(result)


def test_missing_input_is_a_diagnostic(tmp_path: Path) -> None:
    result = spec_from_inputs([str(tmp_path / "nope"), str(tmp_path)])
    validate(result.spec)
    assert {"missing-input", "empty-input"} <= _codes(result)
    assert result.report["counts"]["pages"] == 0
    assert [entry["input"] for entry in result.report["inputs"]] == [
        str(tmp_path / "nope"),
        str(tmp_path),
    ]


def test_random_bytes_folder(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00garbage\x00" * 50)
    (tmp_path / "c.bin").write_bytes(b"\x00\x01\x02")
    result = spec_from_inputs([str(tmp_path)])
    validate(result.spec)
    assert "internal-error" not in _codes(result)
    assert result.report["counts"]["pages"] >= 2


def test_unknown_text_file_is_reported(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("just some notes\n", encoding="utf-8")
    pages = read_inputs([str(notes)])
    assert pages[0].kind == "other"
    assert pages[0].diagnostics


def test_url_without_crawler_is_a_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline._module
    monkeypatch.setattr(
        pipeline, "_module", lambda name: None if name == "scraper.crawl" else real(name)
    )
    result = spec_from_inputs(["https://support.example.com/api/"])
    validate(result.spec)
    assert "crawler-missing" in _codes(result)


def test_reader_crash_becomes_internal_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><body><h1>x</h1></body></html>", encoding="utf-8")

    class Boom:
        @staticmethod
        def read_page(path: Path) -> None:
            raise RuntimeError("reader bug")

    monkeypatch.setattr(pipeline, "_module", lambda name: Boom if name == "scraper.html" else None)
    result = spec_from_inputs([str(page)])
    validate(result.spec)
    assert "internal-error" in _codes(result)


def test_title_from_inputs() -> None:
    assert title_of(["../shared/corpus/modelarts-api-ref"]) == "modelarts API"
    assert (
        title_of(["examples/modelarts-snippets-zh.txt", "x/ecs-api-ref/"]) == "modelarts + ecs API"
    )


@needs_readers
def test_fixture_folders_build_valid_specs() -> None:
    for folder in sorted((FIXTURES / "html").iterdir()):
        result = spec_from_inputs([str(folder)])
        validate(result.spec)
        assert "internal-error" not in _codes(result), folder
        assert result.spec["paths"], folder


@needs_readers
def test_html_and_dump_merge_into_one_spec() -> None:
    inputs = [str(FIXTURES / "html" / "gen"), str(FIXTURES / "snippets" / "widgets-zh.txt")]
    result = spec_from_inputs(inputs)
    validate(result.spec)
    counts = result.report["counts"]
    assert counts["operations_in_pages"] == counts["operations"] + counts["operations_merged"]


@needs_readers
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mutated_fixture_pages_never_raise(tmp_path: Path, data: st.DataObject) -> None:
    pages = sorted((FIXTURES / "html").rglob("*.html"))
    source = data.draw(st.sampled_from(pages)).read_bytes()
    cut = data.draw(st.integers(0, len(source)))
    noise = data.draw(st.binary(max_size=64))
    where = data.draw(st.integers(0, cut))
    mutated = source[:where] + noise + source[where:cut]
    target = tmp_path / "mutated.html"
    target.write_bytes(mutated)
    result = spec_from_inputs([str(target)])
    validate(result.spec)
    assert "internal-error" not in _codes(result)


@needs_readers
def test_url_input_reads_what_the_crawler_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    from types import SimpleNamespace

    class FakeCrawl:
        @staticmethod
        def crawl(url: str, out_dir: Path) -> SimpleNamespace:
            shutil.copy(FIXTURES / "html" / "gen" / "CreateGadget.html", out_dir)
            failed = SimpleNamespace(
                url=url + "gone.html", status=SimpleNamespace(value="failed"), reason="404"
            )
            return SimpleNamespace(failed=(failed,), complete=True, finish_reason="done")

    real = pipeline._module
    monkeypatch.setattr(
        pipeline, "_module", lambda name: FakeCrawl if name == "scraper.crawl" else real(name)
    )
    result = spec_from_inputs(["https://docs.example.com/api/"])
    validate(result.spec)
    assert result.spec["paths"]
    assert "crawl-failed" in _codes(result)
