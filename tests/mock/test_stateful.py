"""Stateful mode: inferred collections, round trips, pagination, 404 after delete."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from starlette.testclient import TestClient

from docs2api.mock import create_app
from docs2api.mock.routes import operations
from docs2api.mock.schema import SchemaSet, Validator
from docs2api.mock.stateful import infer_collections, overlay, paginate

TOKEN = {"X-Auth-Token": "tok"}
BASE = "/v2/proj1/datasets"


@pytest.fixture
def client(datasets_spec: dict[str, Any]) -> TestClient:
    return TestClient(create_app(datasets_spec, stateful=True, seed=3))


def _create(client: TestClient, name: str) -> str:
    response = client.post(
        BASE, headers=TOKEN, json={"dataset_name": name, "data_sources": [{"data_path": "/b"}]}
    )
    assert response.status_code == 201
    dataset_id: str = response.json()["dataset_id"]
    return dataset_id


def test_collections_are_inferred_and_logged(
    datasets_spec: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    found = infer_collections(operations(datasets_spec))
    assert [(c.path, c.id_param) for c in found] == [("/v2/{project_id}/datasets", "dataset_id")]
    only = found[0]
    assert only.create is not None and only.create.operation_id == "CreateDataset"
    assert only.list_op is not None and only.list_op.operation_id == "ListDatasets"
    assert [o.operation_id for o in only.update] == ["UpdateDataset"]
    with caplog.at_level(logging.INFO, logger="docs2api.mock"):
        create_app(datasets_spec, stateful=True)
    assert "create=CreateDataset" in caplog.text
    assert "1 collection(s) inferred" in caplog.text


def test_round_trip(client: TestClient) -> None:
    dataset_id = _create(client, "first")
    shown = client.get(f"{BASE}/{dataset_id}", headers=TOKEN)
    assert shown.status_code == 200
    assert shown.json()["dataset_id"] == dataset_id
    assert shown.json()["dataset_name"] == "first"
    listed = client.get(BASE, headers=TOKEN).json()
    assert listed["total_number"] == 1
    assert listed["datasets"] == [shown.json()]  # list and get agree
    assert client.put(f"{BASE}/{dataset_id}", headers=TOKEN, json={"dataset_name": "renamed"})
    assert client.get(f"{BASE}/{dataset_id}", headers=TOKEN).json()["dataset_name"] == "renamed"
    assert client.delete(f"{BASE}/{dataset_id}", headers=TOKEN).status_code == 204
    gone = client.get(f"{BASE}/{dataset_id}", headers=TOKEN)
    assert gone.status_code == 404
    assert gone.json()["error_code"] == "ModelArts.0404"
    assert dataset_id in gone.json()["error_msg"]
    assert client.get(BASE, headers=TOKEN).json()["datasets"] == []


def test_missing_ids_and_other_parents(client: TestClient) -> None:
    dataset_id = _create(client, "mine")
    assert client.get(f"{BASE}/nope", headers=TOKEN).status_code == 404
    assert client.put(f"{BASE}/nope", headers=TOKEN, json={}).status_code == 404
    assert client.delete(f"{BASE}/nope", headers=TOKEN).status_code == 404
    # Another project does not see this project's datasets.
    assert client.get(f"/v2/proj2/datasets/{dataset_id}", headers=TOKEN).status_code == 404


def test_offset_limit_pagination(client: TestClient) -> None:
    ids = [_create(client, f"d{i}") for i in range(5)]
    assert len(set(ids)) == 5
    page = client.get(f"{BASE}?offset=1&limit=2", headers=TOKEN).json()
    assert [d["dataset_id"] for d in page["datasets"]] == ids[1:3]
    assert page["total_number"] == 5
    tail = client.get(f"{BASE}?offset=4&limit=2", headers=TOKEN).json()
    assert [d["dataset_id"] for d in tail["datasets"]] == ids[4:]


def test_ids_are_deterministic_for_a_seed(datasets_spec: dict[str, Any]) -> None:
    def first_id(seed: int) -> str:
        return _create(TestClient(create_app(datasets_spec, stateful=True, seed=seed)), "x")

    assert first_id(1) == first_id(1)
    assert first_id(1) != first_id(2)


def test_marker_pagination() -> None:
    items: list[tuple[str, dict[str, Any]]] = [(f"id{i}", {}) for i in range(5)]
    marker = {"style": "marker", "params": {"marker": "marker", "limit": "limit"}}
    page, next_marker = paginate(items, {"limit": 2}, marker)
    assert [i for i, _ in page] == ["id0", "id1"] and next_marker == "id1"
    page, next_marker = paginate(items, {"limit": 2, "marker": "id1"}, marker)
    assert [i for i, _ in page] == ["id2", "id3"] and next_marker == "id3"
    page, next_marker = paginate(items, {"limit": 2, "marker": "id3"}, marker)
    assert [i for i, _ in page] == ["id4"] and next_marker is None
    page, _ = paginate(items, {"marker": "unknown"}, marker)
    assert page == []


def _validator(schema: dict[str, Any]) -> Validator:
    schemas = SchemaSet({"openapi": "3.0.3", "paths": {}}, "response")
    return schemas.validator(schemas.convert(schema))


ITEM = {
    "type": "object",
    "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
    "required": ["id"],
}


def test_overlay_copies_every_stored_field_that_fits() -> None:
    base = {"id": "generated", "size": 1}
    body = overlay(base, {"size": 7, "id": "stored", "note": "x"}, _validator(ITEM))
    assert body == {"id": "stored", "size": 7, "note": "x"}
    assert base == {"id": "generated", "size": 1}  # the base is never changed in place


def test_overlay_drops_only_the_fields_that_do_not_fit() -> None:
    body = overlay({"id": "g"}, {"size": "big", "id": "stored"}, _validator(ITEM))
    assert body == {"id": "stored"}


def test_overlay_keeps_fields_that_only_fit_together() -> None:
    # 'unit' is allowed only with 'size': alone it would not validate
    schema = {**ITEM, "not": {"required": ["unit"], "not": {"required": ["size"]}}}
    body = overlay({"id": "g"}, {"unit": "GB", "size": 3}, _validator(schema))
    assert body == {"id": "g", "unit": "GB", "size": 3}


def test_overlay_writes_inside_a_wrapper_object() -> None:
    schema = {"type": "object", "properties": {"dataset": ITEM}, "required": ["dataset"]}
    base = {"dataset": {"id": "g"}, "request_id": "r"}
    body = overlay(base, {"size": 2, "note": None}, _validator(schema), ["dataset"])
    assert body == {"dataset": {"id": "g", "size": 2, "note": None}, "request_id": "r"}
    assert overlay(base, {"size": 2}, _validator(schema), ["missing"]) == base
