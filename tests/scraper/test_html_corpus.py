"""HTML reader over the real corpora in ../shared (skipped when absent, failing under CI=true)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.html import read_folder
from scraper.records import Page, TypeExpr
from tests.scraper.test_html_robust import check_invariants


@pytest.fixture(scope="module")
def modelarts(modelarts_corpus: Path) -> list[Page]:
    return list(read_folder(modelarts_corpus))


@pytest.fixture(scope="module")
def ecs(ecs_corpus: Path) -> list[Page]:
    return list(read_folder(ecs_corpus))


def _refs(t: TypeExpr | None) -> Iterator[str]:
    while t is not None:
        if t.ref:
            yield t.ref
        if t.values is not None:
            yield from _refs(t.values)
        t = t.items


def _by_file(pages: list[Page]) -> dict[str, Page]:
    return {p.file: p for p in pages}


def test_modelarts_operation_counts(modelarts: list[Page]) -> None:
    """Every page with a request line is an operation page.

    The issue's target (139 pages, 138 distinct method+path) counts `<p>METHOD /path</p>`
    after a URI heading; two more pages describe operations in other ways and are read too:
    modelarts_03_0089 writes its URI line in a pre.codeblock, modelarts_03_0201 in a
    ``<div class="p">``. modelarts_03_0115 and modelarts_03_0152 share one method+path.
    """
    ops = [p for p in modelarts if p.kind == "operation"]
    assert len(ops) == 141
    distinct = {(o.method, o.path) for p in ops for o in p.operations}
    assert len(distinct) == 140
    files = {p.file for p in ops}
    assert {"modelarts_03_0089.html", "modelarts_03_0201.html", "modelarts_03_0200.html"} <= files
    assert all(len(p.operations) == 1 for p in ops)


def test_ecs_operation_counts(ecs: list[Page]) -> None:
    ops = [p for p in ecs if p.kind == "operation"]
    assert len(ops) == 132
    distinct = {(o.method, o.path) for p in ops for o in p.operations}
    assert len(distinct) == 180
    twins = [p for p in ops if len(p.operations) == 2]
    assert len(twins) == 81
    for page in twins:
        a, b = page.operations
        assert {a.path.split("/")[1], b.path.split("/")[1]} == {"v2", "v2.1"}
        assert a.parameters == b.parameters and a.request_body == b.request_body


def test_ecs_action_family_has_one_variant_per_page(ecs: list[Page]) -> None:
    family = [
        p
        for p in ecs
        if any(o.path == "/v2/{project_id}/servers/{server_id}/action" for o in p.operations)
    ]
    assert len(family) == 15
    variants = {p.operations[0].variant for p in family}
    assert len(variants) == 15 and None not in variants
    assert {"os-start", "reboot", "os-stop", "rebuild", "resize", "lock"} <= variants


def test_every_page_classified_with_a_reason(modelarts: list[Page], ecs: list[Page]) -> None:
    for page in modelarts + ecs:
        check_invariants(page)
    kinds = Counter(p.kind for p in ecs)
    assert kinds["schema"] >= 3  # data-structure appendices and Responses (Task)
    by_file = _by_file(ecs)
    assert by_file["en-us_topic_0022067714.html"].kind == "schema"  # Responses (Task)
    assert by_file["en-us_topic_0167957246.html"].kind == "schema"  # Data Structure for Creating


def test_every_link_resolves_within_the_folder(modelarts: list[Page], ecs: list[Page]) -> None:
    for pages in (modelarts, ecs):
        keys = {s.key for p in pages for s in p.structures}
        for page in pages:
            for structure in page.structures:
                for f in structure.fields:
                    assert set(_refs(f.type)) <= keys, (structure.key, f.name)
            for op in page.operations:
                for key in (op.request_body, *(r.body for r in op.responses)):
                    assert key is None or key in keys


def test_cross_page_links(ecs: list[Page], modelarts: list[Page]) -> None:
    by_file = _by_file(ecs)
    start = by_file["en-us_topic_0020212207.html"].operations[0]
    (ok,) = start.responses  # "See Responses (Task)": the appendix page's first table
    assert ok.body == "en-us_topic_0022067714.html#EN-US_TOPIC_0022067714__table757167711151"
    create = by_file["en-us_topic_0020212668.html"]
    refs = {r for s in create.structures for f in s.fields for r in _refs(f.type)}
    assert any(r.startswith("en-us_topic_0167957246.html#") for r in refs)


def test_listdatasets_wrong_h1_kept_but_name_from_file(modelarts: list[Page]) -> None:
    op = _by_file(modelarts)["ListDatasets.html"].operations[0]
    assert op.summary == "Response body for querying the dataset list."
    assert op.name == "ListDatasets"
    assert (op.method, op.path) == ("get", "/v2/{project_id}/datasets")


def test_tags_from_class_file(modelarts_corpus: Path, modelarts: list[Page]) -> None:
    listed = {e["uri"] for e in json.loads((modelarts_corpus / "CLASS.TXT.json").read_text())}
    ops = [p for p in modelarts if p.kind == "operation"]
    missing = [p for p in ops if p.file not in listed]
    assert len(missing) == 30
    assert all(o.tags == () for p in missing for o in p.operations)
    assert all(o.tags for p in ops if p.file in listed for o in p.operations)
    create = _by_file(modelarts)["CreateDataset.html"].operations[0]
    assert create.tags == ("Dataset Management",)


def test_query_forms_in_uri_lines(ecs: list[Page]) -> None:
    by_file = _by_file(ecs)
    detach = by_file["en-us_topic_0022472988.html"].operations[0]
    flag = next(p for p in detach.parameters if p.name == "delete_flag")
    assert (flag.location, flag.constraints.default) == ("query", "0")
    nic = by_file["en-us_topic_0020212666.html"].operations[0]
    assert nic.path.endswith("/os-interface/{port_id}")
    assert any(p.name == "reserve_port" and p.location == "query" for p in nic.parameters)
    servers = by_file["en-us_topic_0020212688.html"]
    assert all("?" not in o.path for o in servers.operations)
    assert "uri-placeholder-typo" in {d.code for d in servers.diagnostics}


def test_nothing_silently_dropped(
    modelarts_corpus: Path, ecs_corpus: Path, modelarts: list[Page], ecs: list[Page]
) -> None:
    """Every table is a structure, a status-code table behind responses, or unused with a reason."""
    for folder, pages in ((modelarts_corpus, modelarts), (ecs_corpus, ecs)):
        for page in pages:
            raw = (folder / page.file).read_text(encoding="utf-8").count("<table")
            structures = {s.source.table for s in page.structures}
            status_tables = {
                r.source.table
                for o in page.operations
                for r in o.responses
                if r.source.table and r.source.table not in structures
            }
            unused = {u.source.table for u in page.unused if u.what == "table"}
            assert raw == len(structures | status_tables | unused), page.file
            if page.kind == "other":
                assert any(u.what == "page" and u.reason for u in page.unused)


def test_hard_modelarts_pages(modelarts: list[Page]) -> None:
    by_file = _by_file(modelarts)
    specs = by_file["modelarts_03_0200.html"].operations[0]  # "URI" is a paragraph in Function
    assert (specs.method, specs.path) == ("get", "/v1/{project_id}/services/specifications")
    assert [(p.location, p.name) for p in specs.parameters] == [
        ("path", "project_id"),
        ("query", "is_personal_cluster"),
        ("query", "infer_type"),
    ]
    pools = by_file["modelarts_03_0201.html"].operations[0]  # URI table mixes path and query
    assert (pools.method, pools.path) == ("get", "/v1/{project_id}/clusters")
    assert {p.name for p in pools.parameters if p.location == "query"} == {
        "cluster_name",
        "status",
        "offset",
        "limit",
        "sort_by",
        "order",
    }
    delete = by_file["modelarts_03_0089.html"].operations[0]  # URI line in a pre.codeblock
    assert (delete.method, delete.path) == ("delete", "/v1/{project_id}/services/{service_id}")
    assert not [u for u in by_file["modelarts_03_0089.html"].unused if u.what == "example"]


def test_hard_ecs_pages(ecs: list[Page]) -> None:
    by_file = _by_file(ecs)
    servers = by_file["en-us_topic_0020212688.html"].operations
    assert [o.path for o in servers] == ["/v2.1/{project_id}/servers", "/v2/{project_id}/servers"]
    for op in servers:
        reservation = [p for p in op.parameters if p.name == "reservation_id"]
        assert [(p.location, p.required) for p in reservation] == [("query", False)]
    resize = by_file["en-us_topic_0028714261.html"]
    assert {o.variant for o in resize.operations} == {"resize"}  # the table omits the wrapper
    assert "action-variant-mismatch" in {d.code for d in resize.diagnostics}
    detach = by_file["en-us_topic_0065817707.html"]  # "Usage: DELETE ..." repeats the URI
    assert len(detach.operations) == 2
