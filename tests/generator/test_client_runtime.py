"""The generated client at run time: configuration, project_id, errors, raw bodies, retries."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.generator.client_helpers import SPECS, generate_and_import, load

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """A generated client for the paging fixture spec."""
    return generate_and_import(SPECS / "paging.yaml", tmp_path_factory.mktemp("rt"), "demo_rt")


def _client(pkg: ModuleType, handler: Handler, **options: Any) -> Any:
    options.setdefault("endpoint", "https://demo.example.com")
    options.setdefault("project_id", "proj-1")
    options.setdefault("retry", pkg.RetryPolicy(attempts=4, rng=random.Random(7)))
    client = pkg.Client(transport=httpx.MockTransport(handler), **options)
    return client


def _no_sleep(pkg: ModuleType, client: Any, slept: list[float]) -> None:
    """Swap the retry transport's sleep for a recorder (no real waiting in tests)."""
    transport = client.get_httpx_client()._transport
    transport.sleep = slept.append


DATASET = {"dataset_id": "d1", "name": "one", "size": 3}


def test_project_id_is_filled_from_the_client(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=DATASET)

    show_dataset = load("demo_rt.api.datasets.show_dataset")

    client = _client(pkg, handler)
    result = show_dataset.sync("d1", client=client)
    assert result.name == "one" and result.size == 3
    assert seen[0].url.path == "/v2/proj-1/datasets/d1"
    show_dataset.sync("d1", client=client, project_id="other")
    assert seen[1].url.path == "/v2/other/datasets/d1"


def test_missing_project_id_is_a_usage_error(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    client = _client(pkg, lambda r: httpx.Response(200, json=DATASET), project_id=None)
    with pytest.raises(ValueError, match="project_id"):
        show_dataset.sync("d1", client=client)


def test_region_and_service_make_the_endpoint(pkg: ModuleType) -> None:
    assert pkg.Client(region="cn-north-4").base_url == "https://demo.cn-north-4.myhuaweicloud.com"
    assert (
        pkg.Client(region="ap-southeast-1", service="modelarts").base_url
        == "https://modelarts.ap-southeast-1.myhuaweicloud.com"
    )
    assert pkg.Client(endpoint="ecs.example.com/").base_url == "https://ecs.example.com"
    with pytest.raises(ValueError):
        _ = pkg.Client().base_url


def test_timeout_is_applied(pkg: ModuleType) -> None:
    client = _client(pkg, lambda r: httpx.Response(200, json={}), timeout=7.5)
    assert client.get_httpx_client().timeout == httpx.Timeout(7.5)


def test_path_segments_are_quoted(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=DATASET)

    show_dataset = load("demo_rt.api.datasets.show_dataset")

    show_dataset.sync("数据/集 1", client=_client(pkg, handler))
    assert seen[0].url.raw_path == b"/v2/proj-1/datasets/%E6%95%B0%E6%8D%AE%2F%E9%9B%86%201"


def test_api_error_carries_huawei_fields(pkg: ModuleType) -> None:
    body = {"error_code": "ModelArts.4101", "error_msg": "dataset not found"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json=body, headers={"X-Request-Id": "req-42"})

    show_dataset = load("demo_rt.api.datasets.show_dataset")

    with pytest.raises(pkg.ApiError) as caught:
        show_dataset.sync("d1", client=_client(pkg, handler))
    error = caught.value
    assert error.status_code == 404
    assert error.error_code == "ModelArts.4101"
    assert error.error_msg == "dataset not found"
    assert error.request_id == "req-42"
    assert json.loads(error.content) == body
    assert "ModelArts.4101" in str(error) and "req-42" in str(error)


def test_api_error_for_undocumented_status_and_non_json_body(pkg: ModuleType) -> None:
    delete_dataset = load("demo_rt.api.datasets.delete_dataset")

    client = _client(pkg, lambda r: httpx.Response(418, text="<html>teapot</html>"))
    with pytest.raises(pkg.ApiError) as caught:
        delete_dataset.sync("d1", client=client)
    assert caught.value.status_code == 418
    assert caught.value.error_code is None
    assert caught.value.body == "<html>teapot</html>"


def test_nested_error_shape(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    body = {"error": {"code": "APIGW.0301", "message": "Incorrect IAM authentication"}}
    client = _client(pkg, lambda r: httpx.Response(401, json=body))
    with pytest.raises(pkg.ApiError) as caught:
        show_dataset.sync("d1", client=client)
    assert (caught.value.error_code, caught.value.error_msg) == (
        "APIGW.0301",
        "Incorrect IAM authentication",
    )


def test_off_schema_body_is_returned_raw(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    wrong = {"unexpected": True}  # required dataset_id / name missing
    result = show_dataset.sync("d1", client=_client(pkg, lambda r: httpx.Response(200, json=wrong)))
    assert isinstance(result, pkg.Unparsed)
    assert result.data == wrong
    assert "KeyError" in result.error


def test_non_json_success_body_is_returned_raw(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    client = _client(pkg, lambda r: httpx.Response(200, text="not json"))
    result = show_dataset.sync("d1", client=client)
    assert isinstance(result, pkg.Unparsed) and result.data == "not json"


def test_undocumented_success_status_is_returned_raw(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    client = _client(pkg, lambda r: httpx.Response(203, json={"partial": 1}))
    detailed = show_dataset.sync_detailed("d1", client=client)
    assert detailed.status_code == 203
    assert isinstance(detailed.parsed, pkg.Unparsed) and detailed.parsed.data == {"partial": 1}


def test_request_body_and_token_header(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={**DATASET, "name": "new"})

    create_dataset = load("demo_rt.api.datasets.create_dataset")
    CreateDatasetRequest = load("demo_rt.models").CreateDatasetRequest

    client = _client(pkg, handler, auth=pkg.TokenAuth("tok"))
    created = create_dataset.sync(client=client, body=CreateDatasetRequest(name="new"))
    assert created.name == "new"
    assert json.loads(seen[0].content) == {"name": "new"}
    assert seen[0].headers["X-Auth-Token"] == "tok"
    assert seen[0].headers["Content-Type"] == "application/json"


# --- retries ---------------------------------------------------------------------------------


def _flaky(statuses: list[int], headers: dict[str, str] | None = None) -> tuple[Handler, list[str]]:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        status = statuses[min(len(calls) - 1, len(statuses) - 1)]
        body = DATASET if status < 300 else {"error_code": "X", "error_msg": "busy"}
        return httpx.Response(status, json=body, headers=headers or {})

    return handler, calls


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_idempotent_get_is_retried(pkg: ModuleType, status: int) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    handler, calls = _flaky([status, status, 200])
    client = _client(pkg, handler)
    slept: list[float] = []
    _no_sleep(pkg, client, slept)
    assert show_dataset.sync("d1", client=client).name == "one"
    assert len(calls) == 3
    assert len(slept) == 2
    assert 0 <= slept[0] <= 0.5 and 0 <= slept[1] <= 1.0  # full jitter under base * 2**n


def test_other_errors_are_not_retried(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    handler, calls = _flaky([500, 200])
    client = _client(pkg, handler)
    _no_sleep(pkg, client, [])
    with pytest.raises(pkg.ApiError):
        show_dataset.sync("d1", client=client)
    assert len(calls) == 1


def test_retries_give_up_after_attempts(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    handler, calls = _flaky([503])
    client = _client(pkg, handler, retry=pkg.RetryPolicy(attempts=3))
    _no_sleep(pkg, client, [])
    with pytest.raises(pkg.ApiError) as caught:
        show_dataset.sync("d1", client=client)
    assert caught.value.status_code == 503
    assert len(calls) == 3


def test_post_is_not_retried_unless_asked(pkg: ModuleType) -> None:
    create_dataset = load("demo_rt.api.datasets.create_dataset")
    CreateDatasetRequest = load("demo_rt.models").CreateDatasetRequest

    handler, calls = _flaky([503, 201])
    client = _client(pkg, handler)
    _no_sleep(pkg, client, [])
    with pytest.raises(pkg.ApiError):
        create_dataset.sync(client=client, body=CreateDatasetRequest(name="x"))
    assert calls == ["POST"]

    handler, calls = _flaky([503, 201])
    client = _client(pkg, handler, retry=pkg.RetryPolicy().including("POST"))
    _no_sleep(pkg, client, [])
    assert create_dataset.sync(client=client, body=CreateDatasetRequest(name="x")).name == "one"
    assert calls == ["POST", "POST"]


def test_post_marked_idempotent_in_the_spec_is_retried(pkg: ModuleType) -> None:
    stop_job = load("demo_rt.api.jobs.stop_job")

    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            return httpx.Response(502)
        return httpx.Response(202, json={"status": "stopping"})

    client = _client(pkg, handler)
    _no_sleep(pkg, client, [])
    assert stop_job.sync("job-1", client=client).status == "stopping"
    assert calls == ["POST", "POST"]
    assert stop_job.IDEMPOTENT is True


def test_retry_after_seconds_and_http_date(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    handler, _ = _flaky([429, 200], headers={"Retry-After": "3"})
    client = _client(pkg, handler)
    slept: list[float] = []
    _no_sleep(pkg, client, slept)
    show_dataset.sync("d1", client=client)
    assert slept == [3.0]

    retry_after_seconds = load("demo_rt.retry").retry_after_seconds

    now = __import__("datetime").datetime(2025, 1, 1, 0, 0, 0, tzinfo=__import__("datetime").UTC)
    assert retry_after_seconds("Wed, 01 Jan 2025 00:00:10 GMT", now=now) == 10.0
    assert retry_after_seconds("soon", now=now) is None
    assert retry_after_seconds(None) is None


def test_connection_errors_are_retried(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=DATASET)

    client = _client(pkg, handler)
    _no_sleep(pkg, client, [])
    assert show_dataset.sync("d1", client=client).name == "one"
    assert len(calls) == 3


def test_disabled_policy_never_retries(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    handler, calls = _flaky([503, 200])
    client = _client(pkg, handler, retry=pkg.RetryPolicy.disabled())
    with pytest.raises(pkg.ApiError):
        show_dataset.sync("d1", client=client)
    assert len(calls) == 1


def test_backoff_is_exponential_and_capped(pkg: ModuleType) -> None:
    policy = pkg.RetryPolicy(base_delay=1.0, max_delay=5.0, rng=random.Random(1))
    for retry, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (10, 5.0)]:
        values = [policy.backoff(retry) for _ in range(200)]
        assert all(0 <= v <= ceiling for v in values)
        assert max(values) > ceiling * 0.8  # jitter spreads over the whole window


def test_async_operation_with_retry(pkg: ModuleType) -> None:
    show_dataset = load("demo_rt.api.datasets.show_dataset")

    calls: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503 if len(calls) == 1 else 200, json=DATASET)

    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    async def main() -> Any:
        client = pkg.Client(
            endpoint="https://demo.example.com",
            project_id="p",
            async_transport=httpx.MockTransport(handler),
        )
        client.get_async_httpx_client()._transport.sleep = fake_sleep
        async with client:
            return await show_dataset.asyncio("d1", client=client)

    assert asyncio.run(main()).name == "one"
    assert len(calls) == 2 and len(slept) == 1
