"""Several inputs in one build: two snippet dumps describing one operation merge into one."""

from __future__ import annotations

from pathlib import Path

from scraper.pipeline import spec_from_inputs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "snippets"


def test_same_operation_from_two_dumps_merges_with_conflicts_reported() -> None:
    result = spec_from_inputs(
        [str(FIXTURES / "widgets-zh.txt"), str(FIXTURES / "widgets-limit-string.txt")]
    )
    op = result.spec["paths"]["/v1/{project_id}/widgets"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert list(params) == ["project_id", "limit", "order", "marker"]
    # the first input is primary: its type wins; required when any source requires it
    assert params["limit"]["schema"]["type"] == "integer"
    assert params["limit"]["required"] is True
    assert params["marker"]["schema"] == {"type": "string"}
    conflicts = {
        (c["what"], c["where"]): c
        for c in result.report["conflicts"]
        if c["path"] == "/v1/{project_id}/widgets"
    }
    assert conflicts[("type", "parameter query limit")]["kept"] == "Integer"
    assert conflicts[("type", "parameter query limit")]["other"] == "String"
    assert conflicts[("type", "parameter query limit")]["other_source"]["file"] == (
        "widgets-limit-string.txt"
    )
    assert conflicts[("required", "parameter query limit")]["merged"] is True
    # everything else of the first dump is still there
    assert "200" in op["responses"] and "404" in op["responses"]


def test_dump_and_pages_of_other_services_stay_apart(tmp_path: Path) -> None:
    result = spec_from_inputs([str(FIXTURES / "widgets-zh.txt"), str(FIXTURES / "gizmos-en.txt")])
    paths = result.spec["paths"]
    assert "/v1/{project_id}/widgets" in paths and "/v2/{project_id}/gizmos" in paths
    assert not [c for c in result.report["conflicts"] if "gizmos" in c["path"]]


def test_seed_merges_with_html_pages_of_the_same_operations(
    seed_dump: Path, modelarts_corpus: Path
) -> None:
    pages = [
        modelarts_corpus / "modelarts_03_0082.html",
        modelarts_corpus / "modelarts_03_0201.html",
    ]
    result = spec_from_inputs([str(seed_dump), *(str(p) for p in pages)])
    assert result.report["counts"]["operations_merged"] == 2
    services = result.spec["paths"]["/v1/{project_id}/services"]["post"]
    clusters = result.spec["paths"]["/v1/{project_id}/clusters"]["get"]
    # HTML pages rank above dumps: they are the primary source of the merged operation
    assert services["x-source"]["file"] == "modelarts_03_0082.html"
    assert any("modelarts-snippets-zh.txt" in e for e in services["x-evidence"])
    assert {p["name"] for p in clusters["parameters"]} >= {"offset", "limit", "sort_by", "order"}
    described = {(c["path"], c["where"]) for c in result.report["conflicts"]}
    assert ("/v1/{project_id}/clusters", "parameter query limit") in described
