"""The seed dump (examples/modelarts-snippets-zh.txt): what the issue expects from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.records import Field, Operation, Page, Structure
from scraper.snippets import DumpReading, read_dump_accounted


@pytest.fixture(scope="module")
def reading(seed_dump: Path) -> DumpReading:
    return read_dump_accounted(seed_dump)


def _op(page: Page, method: str, path: str) -> Operation:
    found = [op for op in page.operations if op.method == method and op.path == path]
    assert len(found) == 1, sorted(f"{op.method} {op.path}" for op in page.operations)
    return found[0]


def _structure(page: Page, key: str | None) -> Structure:
    return next(s for s in page.structures if s.key == key)


def _param(op: Operation, name: str) -> Field:
    return next(p for p in op.parameters if p.name == name)


def test_every_snippet_is_accounted_for(reading: DumpReading) -> None:
    counts = reading.counts
    assert counts["snippets"] == 30
    assert counts["in_operations"] + counts["orphans"] == 30
    assert counts == {
        "snippets": 30,
        "in_operations": 24,
        "orphans": 6,
        "operations": 10,
        "noise_lines": 2,
    }
    orphans = [u for u in reading.page.unused if u.what == "snippet"]
    assert len(orphans) == 6
    assert all("not in the dump" in u.reason or "nothing ties" in u.reason for u in orphans)
    noise = [
        u.reason for u in reading.page.unused if u.what == "text" and "not a snippet" in u.reason
    ]
    assert any("华为云用户手册" in r for r in noise) and any("共100000条" in r for r in noise)


def test_the_expected_operations(reading: DumpReading) -> None:
    assert sorted(f"{op.method.upper()} {op.path}" for op in reading.page.operations) == [
        "GET /v1/{project_id}/app-auth/apps",
        "GET /v1/{project_id}/app-auth/apps/{app_id}/auth-apis",
        "GET /v1/{project_id}/clusters",
        "GET /v1/{project_id}/services/{service_id}/app-auth-apis/{api_id}/api-auths",
        "GET /v2/{project_id}/pools/{pool_name}/nodes",
        "GET /v2/{project_id}/workflows",
        "POST /v1/{project_id}/notebooks/{notebook_id}/tags/create",
        "POST /v1/{project_id}/services",
        "POST /v2/{project_id}/workflows/service/auth",
        "PUT /v2/{project_id}/workflows/{workflow_id}/schedules/{schedule_id}",
    ]


def test_clusters(reading: DumpReading) -> None:
    page = reading.page
    op = _op(page, "get", "/v1/{project_id}/clusters")
    assert [(p.location, p.name) for p in op.parameters] == [
        ("path", "project_id"),
        ("query", "cluster_name"),
        ("query", "status"),
        ("query", "offset"),
        ("query", "limit"),
        ("query", "sort_by"),
        ("query", "order"),
    ]
    assert _param(op, "offset").constraints.default == "0"
    assert _param(op, "limit").constraints.default == "1000"
    assert _param(op, "sort_by").constraints.enum == ("created_at", "cluster_name")
    assert _param(op, "order").constraints.enum == ("asc", "desc")
    (ok,) = op.responses
    body = _structure(page, ok.body)
    clusters = next(f for f in body.fields if f.name == "clusters").type
    assert clusters.items is not None and clusters.items.name == "Cluster"
    cluster = _structure(page, clusters.items.ref)
    assert cluster.name == "Cluster"
    status = next(f for f in cluster.fields if f.name == "status")
    assert status.constraints.enum == ("deploying", "running", "concerning", "abnormal")
    nodes = next(f for f in cluster.fields if f.name == "nodes").type
    assert _structure(page, nodes.ref).name == "ClusterNode"
    assert [e.status for e in op.examples] == ["200"]


def test_lengths_from_chinese_descriptions(reading: DumpReading) -> None:
    page = reading.page
    by_name = {(s.name, f.name): f for s in page.structures for f in s.fields}
    assert by_name[("ApigAppDetailInfo", "app_remark")].constraints.max_length == 200
    assert by_name[("AuthTypeApiBasicInfo", "api_remark")].constraints.max_length == 255
    workflow_name = by_name[("WorkflowTodo", "workflow_name")].constraints
    assert (workflow_name.min_length, workflow_name.max_length) == (1, 64)


def test_nodes_with_the_404_error_body(reading: DumpReading) -> None:
    page = reading.page
    op = _op(page, "get", "/v2/{project_id}/pools/{pool_name}/nodes")
    assert [r.status for r in op.responses] == ["200", "404"]
    error = _structure(page, op.responses[1].body)
    assert [f.name for f in error.fields] == ["error_code", "error_msg"]
    assert [e.status for e in op.examples] == ["200", "404"]
    assert [p.name for p in op.parameters] == ["project_id", "pool_name", "continue", "limit"]


def test_error_tables_per_status(reading: DumpReading) -> None:
    op = _op(reading.page, "get", "/v1/{project_id}/app-auth/apps")
    assert [r.status for r in op.responses] == ["200", "401", "403", "404"]
    assert all(r.body for r in op.responses)


def test_schedule_update_joined_by_the_concrete_id(reading: DumpReading) -> None:
    page = reading.page
    op = _op(page, "put", "/v2/{project_id}/workflows/{workflow_id}/schedules/{schedule_id}")
    assert [p.name for p in op.parameters] == ["project_id", "workflow_id", "schedule_id"]
    assert any("matches the URI template" in e for e in op.evidence)
    assert any("carries fa4ac58e-088b-4fd7-ae8c-b36fee50f884" in e for e in op.evidence)
    assert [r.status for r in op.responses] == ["200"]
    body = _structure(page, op.request_body)
    assert [f.name for f in body.fields] == ["content", "enable"]


def test_notebook_tags_method_inferred_and_id_made_a_parameter(reading: DumpReading) -> None:
    page = reading.page
    op = _op(page, "post", "/v1/{project_id}/notebooks/{notebook_id}/tags/create")
    assert [(p.location, p.name) for p in op.parameters] == [
        ("path", "project_id"),
        ("path", "notebook_id"),
    ]
    assert "method inferred: the example has a body -> POST" in op.evidence[0]
    body = _structure(page, op.request_body)
    assert [f.name for f in body.fields] == ["tags"]


def test_services_request_examples_share_one_schema(reading: DumpReading) -> None:
    page = reading.page
    op = _op(page, "post", "/v1/{project_id}/services")
    # the seed holds seven request examples in this snippet (the issue says six)
    assert len([e for e in op.examples if e.kind == "request"]) == 7
    body = _structure(page, op.request_body)
    assert {f.name for f in body.fields} >= {"service_name", "infer_type", "config", "schedule"}
    conflict = [d for d in page.diagnostics if d.code == "example-type-conflict"]
    assert len(conflict) == 1 and "config[].weight" in conflict[0].message


def test_request_table_joined_to_its_example(reading: DumpReading) -> None:
    page = reading.page
    op = _op(page, "post", "/v2/{project_id}/workflows/service/auth")
    body = _structure(page, op.request_body)
    assert [f.name for f in body.fields] == ["main_service_id", "content_id", "consume"]
    assert any("request body table has every key" in e for e in op.evidence)


def test_workflows_list_joined_by_item_ids(reading: DumpReading) -> None:
    op = _op(reading.page, "get", "/v2/{project_id}/workflows")
    assert [r.status for r in op.responses] == ["200"]
    assert any("carry 'workflow_id'" in e for e in op.evidence)


def test_orphan_structures_are_still_emitted(reading: DumpReading) -> None:
    names = {s.name for s in reading.page.structures}
    assert {"YamlTemplate", "WorkflowTodo"} <= names
