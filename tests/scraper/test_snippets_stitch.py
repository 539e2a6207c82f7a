"""Pieces of the stitcher: the template trie, ID detection, plural/singular."""

from __future__ import annotations

from scraper.records import Source
from scraper.stitch import PathIndex, _Op, looks_like_id, plural, singular


def _index(*paths: str) -> PathIndex:
    index = PathIndex()
    for path in paths:
        index.add(_Op("get", path, Source("t")))
    return index


def test_trie_prefers_literal_segments_and_binds_concrete_ones() -> None:
    index = _index("/v1/{project_id}/jobs/{job_id}", "/v1/{project_id}/jobs/search")
    search = index.match("/v1/abc/jobs/search")
    assert search is not None and search.path == "/v1/{project_id}/jobs/search"
    item = index.match("/v1/{project_id}/jobs/0b8f0c5e-0f5e-4a43-9a4c-6a7c3c9b0d11")
    assert item is not None and item.path == "/v1/{project_id}/jobs/{job_id}"
    assert index.match("/v1/{project_id}/jobs/x/y") is None


def test_trie_backtracks_from_a_literal_dead_end() -> None:
    index = _index("/v1/{project_id}/a/{id}/b", "/v1/{project_id}/a/search")
    found = index.match("/v1/p/a/search/b")
    assert found is not None and found.path == "/v1/{project_id}/a/{id}/b"


def test_ids() -> None:
    assert looks_like_id("fa4ac58e-088b-4fd7-ae8c-b36fee50f884")
    assert looks_like_id("ff808081673fbb3d01673fbb824d0000")
    assert looks_like_id("1234567")
    assert not looks_like_id("schedules")
    assert not looks_like_id("deadbeefcafebabe")  # hex letters only: a word, not an ID
    assert not looks_like_id("v2")


def test_plural_and_singular() -> None:
    assert [plural(w) for w in ("node", "policy", "key", "class")] == [
        "nodes",
        "policies",
        "keys",
        "classes",
    ]
    assert [singular(w) for w in ("workflows", "policies", "classes", "status")] == [
        "workflow",
        "policy",
        "class",
        "status",
    ]


def test_method_of_a_request_example_without_one() -> None:
    from scraper.stitch import _infer_method

    assert _infer_method(True, [])[0] == "post"
    assert _infer_method(False, [])[0] == "get"
    assert _infer_method(True, ["get", "put"])[0] == "put"  # the template's only write method
    assert _infer_method(True, ["get"])[0] == "post"  # GET takes no body: not that one
    assert _infer_method(False, ["get", "put"])[0] == "get"
    assert _infer_method(False, ["delete", "put"])[0] == "delete"
