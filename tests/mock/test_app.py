"""The mock app on a fixture spec: routing, auth, validation, examples, Prefer, limits."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from docs2api.mock import create_app

TOKEN = {"X-Auth-Token": "tok"}
SOURCES = {"dataset_name": "d1", "data_sources": [{"data_path": "/bucket/x"}]}


@pytest.fixture
def client(datasets_spec: dict[str, Any]) -> TestClient:
    return TestClient(create_app(datasets_spec))


def test_serves_the_spec_itself(client: TestClient, datasets_spec: dict[str, Any]) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    served = response.json()
    # Operations without a `default` response gain the Huawei error one, marked; nothing else.
    added = 0
    for item in served["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("responses", {}).get("default"):
                assert op["responses"].pop("default")["x-docs2api-added"] is True
                added += 1
    assert added == 7
    assert served == json.loads(json.dumps(datasets_spec))
    as_is = TestClient(create_app(datasets_spec, document_errors=False))
    assert as_is.get("/openapi.json").json() == json.loads(json.dumps(datasets_spec))


def test_requires_credentials_where_the_spec_says_so(client: TestClient) -> None:
    response = client.get("/v2/abc/datasets")
    assert response.status_code == 401
    assert response.json()["error_code"] == "ModelArts.0401"
    assert client.get("/v2/abc/datasets", headers=TOKEN).status_code == 200
    assert client.get("/v1/public/health").json() == {"status": "ok"}


def test_token_list_restricts_tokens(datasets_spec: dict[str, Any]) -> None:
    client = TestClient(create_app(datasets_spec, tokens={"good"}))
    assert client.get("/v2/abc/datasets", headers={"X-Auth-Token": "bad"}).status_code == 401
    assert client.get("/v2/abc/datasets", headers={"X-Auth-Token": "good"}).status_code == 200


def test_malformed_authorization_is_not_credentials(client: TestClient) -> None:
    response = client.get("/v2/abc/datasets", headers={"Authorization": "Bearer x"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("method", "url", "headers", "body", "named"),
    [
        ("POST", "/v1/p/jobs/x/action", {"X-Language": "en-us"}, {"action_type": "stop"}, "job_id"),
        ("POST", "/v1/p/jobs/0/action", {"X-Language": "en-us"}, {"action_type": "stop"}, "job_id"),
        (
            "POST",
            "/v1/p/jobs/3/action",
            {"X-Language": "fr"},
            {"action_type": "stop"},
            "X-Language",
        ),
        ("POST", "/v1/p/jobs/3/action", {}, {"action_type": "stop"}, "X-Language"),
        (
            "POST",
            "/v1/p/jobs/3/action",
            {"X-Language": "en-us"},
            {"action_type": "go"},
            "action_type",
        ),
        ("POST", "/v2/abc/datasets", {}, {"dataset_name": "d"}, "data_sources"),
        ("POST", "/v2/abc/datasets", {}, {**SOURCES, "dataset_name": "a b"}, "dataset_name"),
        ("GET", "/v2/abc/datasets?limit=0", {}, None, "limit"),
        ("GET", "/v2/abc/datasets?limit=ten", {}, None, "limit"),
        ("GET", "/v2/abc/datasets?dataset_type=7", {}, None, "dataset_type"),
        ("GET", "/v2/ABC/datasets", {}, None, "project_id"),
    ],
)
def test_invalid_requests_get_400_naming_the_problem(
    client: TestClient,
    method: str,
    url: str,
    headers: dict[str, str],
    body: Any,
    named: str,
) -> None:
    response = client.request(method, url, headers={**TOKEN, **headers}, json=body)
    assert response.status_code == 400, response.text
    error = response.json()
    assert error["error_code"] == "ModelArts.0400"
    assert named in error["error_msg"]


def test_body_that_is_not_json(client: TestClient) -> None:
    response = client.post(
        "/v2/abc/datasets",
        headers={**TOKEN, "Content-Type": "application/json"},
        content=b"{not json",
    )
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["error_msg"]


def test_query_arrays_and_valid_action(client: TestClient) -> None:
    response = client.post(
        "/v1/p/jobs/3/action?tags=a,b",
        headers={**TOKEN, "X-Language": "en-us"},
        json={"action_type": "stop", "@modelarts:force": True},
    )
    assert response.status_code == 202
    assert set(response.json()) >= {"job_id", "created_at"}
    assert len(response.headers["X-Request-Id"]) == 36  # required header, format uuid


def test_unknown_path_and_wrong_method_use_the_huawei_shape(client: TestClient) -> None:
    missing = client.get("/v9/nothing/here", headers=TOKEN)
    assert missing.status_code == 404
    assert set(missing.json()) == {"error_code", "error_msg"}
    wrong = client.patch("/v1/p/jobs/3/action", headers=TOKEN)
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "POST"
    assert wrong.json()["error_code"] == "ModelArts.0405"


def test_oversized_bodies_get_413_or_the_nearest_documented_error(
    datasets_spec: dict[str, Any],
) -> None:
    big = {**SOURCES, "description": "x" * 200}
    client = TestClient(create_app(datasets_spec, max_body_bytes=100))
    response = client.post("/v2/abc/datasets", headers=TOKEN, json=big)
    assert response.status_code == 413  # documented through the added `default` response
    assert "exceeds 100 bytes" in response.json()["error_msg"]
    # Served as is, 413 is not documented for CreateDataset: the documented 400 says it.
    as_is = TestClient(create_app(datasets_spec, max_body_bytes=100, document_errors=False))
    response = as_is.post("/v2/abc/datasets", headers=TOKEN, json=big)
    assert response.status_code == 400
    assert "exceeds 100 bytes" in response.json()["error_msg"]
    spec = copy.deepcopy(datasets_spec)
    spec["paths"]["/v2/{project_id}/datasets"]["post"]["responses"]["413"] = {
        "$ref": "#/components/responses/Error"
    }
    as_is = TestClient(create_app(spec, max_body_bytes=100, document_errors=False))
    assert as_is.post("/v2/abc/datasets", headers=TOKEN, json=big).status_code == 413


def test_documented_example_is_used_unless_it_does_not_validate(client: TestClient) -> None:
    # The first example ("broken") has a string total_number: never sent.
    body = client.get("/v2/abc/datasets", headers=TOKEN).json()
    assert body["total_number"] == 1
    assert body["datasets"][0]["dataset_name"] == "dataset-x"


def test_prefer_code_example_and_dynamic(client: TestClient, datasets_spec: dict[str, Any]) -> None:
    response = client.get("/v2/abc/datasets/d1", headers={**TOKEN, "Prefer": "code=404"})
    assert response.status_code == 404
    assert response.json() == {"error_code": "ModelArts.4101", "error_msg": "Dataset not found."}
    # 418 is covered by the `default` response the mock documents...
    teapot = client.get("/v2/abc/datasets/d1", headers={**TOKEN, "Prefer": "code=418"})
    assert teapot.status_code == 418 and set(teapot.json()) == {"error_code", "error_msg"}
    # ...and ignored (with a warning header) when the spec is served as is.
    as_is = TestClient(create_app(datasets_spec, document_errors=False))
    ignored = as_is.get("/v2/abc/datasets/d1", headers={**TOKEN, "Prefer": "code=418"})
    assert ignored.status_code == 200
    assert "418" in ignored.headers["X-Mock-Warning"]
    named = client.get("/v2/abc/datasets", headers={**TOKEN, "Prefer": "example=one"})
    assert named.json()["total_number"] == 1
    static = [client.get("/v2/abc/datasets/d1", headers=TOKEN).json() for _ in range(2)]
    assert static[0] == static[1]
    dynamic = [
        client.get("/v2/abc/datasets/d1", headers={**TOKEN, "Prefer": "dynamic=true"}).json()
        for _ in range(3)
    ]
    assert len({json.dumps(d, sort_keys=True) for d in dynamic}) > 1


def test_generated_data_is_deterministic_for_a_seed(datasets_spec: dict[str, Any]) -> None:
    def body(seed: int) -> Any:
        client = TestClient(create_app(datasets_spec, seed=seed))
        return client.get("/v2/abc/datasets/d1", headers=TOKEN).json()

    assert body(7) == body(7)
    assert body(7) != body(8)


def test_stateless_mode_remembers_deletions(client: TestClient) -> None:
    assert client.get("/v2/abc/datasets/d9", headers=TOKEN).status_code == 200
    assert client.delete("/v2/abc/datasets/d9", headers=TOKEN).status_code == 204
    assert client.get("/v2/abc/datasets/d9", headers=TOKEN).status_code == 404
    assert client.get("/v2/other/datasets/d9", headers=TOKEN).status_code == 200
