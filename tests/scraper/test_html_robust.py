"""HTML reader on malformed input: never raises, always a Page with reasons and diagnostics."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.html import read_folder, read_page
from scraper.records import Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
FIXTURE_PAGES = sorted(FIXTURES.glob("*/*.html"))
_PLACEHOLDER = re.compile(r"\{([^}]+)\}")
_VALID_PATH = re.compile(r"^/[^{}\s?#]*(?:\{[^{}\s/?#]+\}[^{}\s?#]*)*$")


def check_invariants(page: Page) -> None:
    """What every Page promises, however broken its input."""
    assert page.kind in ("operation", "schema", "other")
    assert page.reason, "every page kind comes with a reason"
    if page.kind == "operation":
        assert page.operations
    keys = {s.key for s in page.structures}
    assert len(keys) == len(page.structures), "structure keys are unique"
    for unused in page.unused:
        assert unused.reason
    for op in page.operations:
        assert _VALID_PATH.match(op.path), op.path
        assert op.responses, "at least one response per operation"
        path_params = {p.name for p in op.parameters if p.location == "path"}
        assert set(_PLACEHOLDER.findall(op.path)) <= path_params
        assert all(p.required for p in op.parameters if p.location == "path")
        local = [op.request_body, *(r.body for r in op.responses)]
        for key in local:
            if key and key.startswith(page.file + "#"):
                assert key in keys


def test_empty_file() -> None:
    page = read_page(Path("Empty.html"), text="")
    check_invariants(page)
    assert page.kind == "other"
    assert [d.code for d in page.diagnostics] == ["empty-page"]


def test_random_bytes() -> None:
    page = read_page(Path("junk.html"), text=bytes(range(256)) * 4)
    check_invariants(page)
    assert page.kind == "other"


def test_not_html_at_all() -> None:
    page = read_page(Path("x.html"), text="<<<>>> {{{ \x00 }}} ]]>")
    check_invariants(page)


def test_page_without_tables() -> None:
    html = "<h1>Deleting</h1><h4 class='sectiontitle'>URI</h4><p>DELETE /v1/{id}</p>"
    page = read_page(Path("D.html"), text=html)
    check_invariants(page)
    assert page.kind == "operation"
    assert page.operations[0].parameters[0].name == "id"


def test_table_with_missing_cells_and_no_header() -> None:
    html = (
        "<h1>T</h1><h4 class='sectiontitle'>URI</h4><p>GET /v1/x</p>"
        "<h4 class='sectiontitle'>Response</h4><table><tr><td>a</td></tr><tr></tr></table>"
        "<table><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>"
        "<tbody><tr><td>a</td></tr><tr><td></td><td>String</td></tr><tr></tr></tbody></table>"
    )
    page = read_page(Path("T.html"), text=html)
    check_invariants(page)
    assert "missing-cells" in [d.code for d in page.diagnostics]


def test_truncated_fixture_pages() -> None:
    for path in FIXTURE_PAGES:
        data = path.read_bytes()
        for cut in range(0, len(data), max(1, len(data) // 40)):
            check_invariants(read_page(path, text=data[:cut]))


def test_empty_folder_and_folder_with_junk(tmp_path: Path) -> None:
    assert list(read_folder(tmp_path)) == []
    (tmp_path / "CLASS.TXT.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "a.html").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "b.html").write_text("", encoding="utf-8")
    pages = list(read_folder(tmp_path))
    assert [p.file for p in pages] == ["a.html", "b.html"]
    for page in pages:
        check_invariants(page)


_mutation = st.tuples(
    st.sampled_from(["delete", "duplicate", "insert", "swap"]),
    st.floats(0, 1),
    st.floats(0, 1),
    st.sampled_from(
        [
            "<table>",
            "</td>",
            "<tr><td>",
            "</table>",
            "<h4 class='sectiontitle'>URI</h4>",
            "{",
            "<p>",
        ]
    ),
)


def _mutate(data: str, mutations: list[tuple[str, float, float, str]]) -> str:
    for kind, a, b, snippet in mutations:
        i, j = sorted((int(a * len(data)), int(b * len(data))))
        if kind == "delete":
            data = data[:i] + data[j:]
        elif kind == "duplicate":
            data = data[:j] + data[i:j] + data[j:]
        elif kind == "insert":
            data = data[:i] + snippet + data[i:]
        else:
            data = data[:i] + data[j:] + data[i:j]
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIXTURE_PAGES), st.lists(_mutation, min_size=1, max_size=4))
def test_mutated_fixture_pages_never_raise(
    path: Path, mutations: list[tuple[str, float, float, str]]
) -> None:
    text = _mutate(path.read_text(encoding="utf-8"), mutations)
    check_invariants(read_page(path, text=text))


_CORPUS_SAMPLE = [
    "modelarts-api-ref/CreateDataset.html",
    "modelarts-api-ref/modelarts_03_0201.html",
    "ecs-api-ref/en-us_topic_0020212668.html",
    "ecs-api-ref/en-us_topic_0020212688.html",
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_CORPUS_SAMPLE), st.lists(_mutation, min_size=1, max_size=3))
def test_mutated_corpus_pages_never_raise(
    shared_dir: Path, name: str, mutations: list[tuple[str, float, float, str]]
) -> None:
    path = shared_dir / "corpus" / name
    text = _mutate(path.read_text(encoding="utf-8"), mutations)
    check_invariants(read_page(path, text=text))


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=lambda p: p.name)
def test_fixture_pages_hold_the_invariants(path: Path) -> None:
    check_invariants(read_page(path))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FIXTURE_PAGES), st.binary(max_size=64), st.floats(0, 1), st.floats(0, 1))
def test_binary_noise_in_truncated_pages(path: Path, noise: bytes, cut: float, at: float) -> None:
    data = path.read_bytes()
    end = int(cut * len(data))
    where = int(at * end)
    check_invariants(read_page(path, text=data[:where] + noise + data[where:end]))
