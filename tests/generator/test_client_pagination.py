"""Pagination iterators of the generated client against servers that page (every style)."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.generator.client_helpers import SPECS, generate_and_import, load


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """A generated client for the paging fixture spec."""
    return generate_and_import(SPECS / "paging.yaml", tmp_path_factory.mktemp("pg"), "demo_pg")


class PagingServer:
    """An in-memory Huawei-style API that pages like the real ones; records every request."""

    def __init__(self, total: int, *, default_limit: int = 10, with_count: bool = True) -> None:
        self.total = total
        self.default_limit = default_limit
        self.with_count = with_count
        self.requests: list[dict[str, str]] = []
        self.stuck_marker = False

    def _limit(self, params: httpx.QueryParams) -> int:
        return int(params.get("limit", self.default_limit))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        self.requests.append(dict(params))
        path = request.url.path
        if path.endswith("/datasets"):  # offset is a page index (0-based)
            limit, page = self._limit(params), int(params.get("offset", 0))
            numbers = list(range(self.total))[page * limit : (page + 1) * limit]
            body: dict[str, Any] = {
                "datasets": [{"dataset_id": f"d{i}", "name": f"n{i}"} for i in numbers]
            }
            if self.with_count:
                body["count"] = self.total
            return httpx.Response(200, json=body)
        if path.endswith("/images"):  # offset counts items
            limit, offset = self._limit(params), int(params.get("offset", 0))
            numbers = list(range(self.total))[offset : offset + limit]
            return httpx.Response(200, json={"images": [{"id": f"i{i}"} for i in numbers]})
        ids = [f"s{i:02d}" for i in range(self.total)]
        if path.endswith("/cloudservers/detail"):  # marker = id of the last item seen
            limit, marker = self._limit(params), params.get("marker")
            start = ids.index(marker) + 1 if marker else 0
            chunk = ids[start : start + limit]
            body = {"servers": [{"id": i, "name": i.upper()} for i in chunk]}
            if self.with_count:
                body["count"] = self.total
            return httpx.Response(200, json=body)
        if path.endswith("/jobs"):  # explicit next_marker, absent on the last page
            limit, marker = self._limit(params), params.get("marker")
            start = int(marker) if marker else 0
            if self.stuck_marker:
                start = 0
            chunk = ids[start : start + limit]
            body = {"jobs": chunk}
            if start + limit < self.total:
                body["next_marker"] = str(start + limit)
            return httpx.Response(200, json=body)
        if path.endswith("/pools"):  # Kubernetes-style continue token in metadata
            limit, token = self._limit(params), params.get("continue")
            start = int(token.removeprefix("tok-")) if token else 0
            chunk = ids[start : start + limit]
            more = start + limit < self.total
            return httpx.Response(
                200,
                json={
                    "metadata": {"continue": f"tok-{start + limit}" if more else ""},
                    "items": [{"name": i} for i in chunk],
                },
            )
        return httpx.Response(404, json={"error_code": "X.404", "error_msg": path})


def _client(pkg: ModuleType, server: PagingServer) -> Any:
    return pkg.Client(
        endpoint="https://demo.example.com",
        project_id="p1",
        transport=httpx.MockTransport(server),
        async_transport=httpx.MockTransport(server),
    )


def test_page_index_style_stops_on_short_page(pkg: ModuleType) -> None:
    iter_list_datasets = load("demo_pg.iterators").iter_list_datasets
    Dataset = load("demo_pg.models").Dataset

    server = PagingServer(23, with_count=False)
    items = list(iter_list_datasets(client=_client(pkg, server), limit=5))
    assert [item.dataset_id for item in items] == [f"d{i}" for i in range(23)]
    assert all(isinstance(item, Dataset) for item in items)
    assert [r["offset"] for r in server.requests] == ["0", "1", "2", "3", "4"]


def test_page_index_style_stops_when_count_reached(pkg: ModuleType) -> None:
    iter_list_datasets = load("demo_pg.iterators").iter_list_datasets

    server = PagingServer(20)  # default limit 10, no limit sent: count decides
    items = list(iter_list_datasets(client=_client(pkg, server)))
    assert len(items) == 20
    assert len(server.requests) == 2


def test_page_index_style_stops_on_empty_page(pkg: ModuleType) -> None:
    iter_list_datasets = load("demo_pg.iterators").iter_list_datasets

    server = PagingServer(20, with_count=False)  # no count, no limit known: empty page ends it
    assert len(list(iter_list_datasets(client=_client(pkg, server)))) == 20
    assert len(server.requests) == 3


def test_item_offset_style(pkg: ModuleType) -> None:
    iter_list_images = load("demo_pg.iterators").iter_list_images

    server = PagingServer(12)
    items = list(iter_list_images(client=_client(pkg, server), limit=5))
    assert [item.id for item in items] == [f"i{i}" for i in range(12)]
    assert [r.get("offset") for r in server.requests] == [None, "5", "10"]


def test_start_offset_is_honoured(pkg: ModuleType) -> None:
    iter_list_images = load("demo_pg.iterators").iter_list_images

    server = PagingServer(12)
    items = list(iter_list_images(client=_client(pkg, server), limit=5, offset=7))
    assert [item.id for item in items] == [f"i{i}" for i in range(7, 12)]


def test_marker_is_last_item_id(pkg: ModuleType) -> None:
    iter_list_servers_details = load("demo_pg.iterators").iter_list_servers_details

    server = PagingServer(13, with_count=False)
    items = list(iter_list_servers_details(client=_client(pkg, server), limit=5))
    assert [item.id for item in items] == [f"s{i:02d}" for i in range(13)]
    assert [r.get("marker") for r in server.requests] == [None, "s04", "s09"]


def test_marker_exact_multiple_stops_on_count(pkg: ModuleType) -> None:
    iter_list_servers_details = load("demo_pg.iterators").iter_list_servers_details

    server = PagingServer(10)
    assert len(list(iter_list_servers_details(client=_client(pkg, server), limit=5))) == 10
    assert len(server.requests) == 2


def test_marker_exact_multiple_without_count_needs_an_empty_page(pkg: ModuleType) -> None:
    iter_list_servers_details = load("demo_pg.iterators").iter_list_servers_details

    server = PagingServer(10, with_count=False)
    assert len(list(iter_list_servers_details(client=_client(pkg, server), limit=5))) == 10
    assert len(server.requests) == 3


def test_next_marker_from_response(pkg: ModuleType) -> None:
    iter_list_jobs = load("demo_pg.iterators").iter_list_jobs

    server = PagingServer(7)
    assert list(iter_list_jobs(client=_client(pkg, server), limit=3)) == [
        f"s{i:02d}" for i in range(7)
    ]
    assert [r.get("marker") for r in server.requests] == [None, "3", "6"]


def test_marker_that_does_not_advance_stops(pkg: ModuleType) -> None:
    iter_list_jobs = load("demo_pg.iterators").iter_list_jobs

    server = PagingServer(7)
    server.stuck_marker = True  # always answers page one with next_marker "3"
    items = list(iter_list_jobs(client=_client(pkg, server), limit=3))
    assert len(server.requests) == 2
    assert items == ["s00", "s01", "s02"] * 2


def test_continue_token(pkg: ModuleType) -> None:
    iter_list_pools = load("demo_pg.iterators").iter_list_pools

    server = PagingServer(9)
    names = [item.name for item in iter_list_pools(client=_client(pkg, server), limit=4)]
    assert names == [f"s{i:02d}" for i in range(9)]
    assert [r.get("continue") for r in server.requests] == [None, "tok-4", "tok-8"]


def test_max_pages(pkg: ModuleType) -> None:
    iter_list_servers_details = load("demo_pg.iterators").iter_list_servers_details

    server = PagingServer(50)
    items = list(iter_list_servers_details(client=_client(pkg, server), limit=5, max_pages=2))
    assert len(items) == 10 and len(server.requests) == 2


def test_off_schema_items_come_back_unparsed(pkg: ModuleType) -> None:
    iter_list_datasets = load("demo_pg.iterators").iter_list_datasets

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"datasets": [{"dataset_id": "ok", "name": "n"}, {"x": 1}]})

    client = pkg.Client(
        endpoint="https://d", project_id="p", transport=httpx.MockTransport(handler)
    )
    items = list(iter_list_datasets(client=client, limit=5))
    assert items[0].dataset_id == "ok"
    assert isinstance(items[1], pkg.Unparsed) and items[1].data == {"x": 1}


def test_error_page_raises(pkg: ModuleType) -> None:
    iter_list_pools = load("demo_pg.iterators").iter_list_pools

    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 2:
            return httpx.Response(403, json={"error_code": "ModelArts.0203", "error_msg": "no"})
        return httpx.Response(200, json={"metadata": {"continue": "t"}, "items": [{"name": "a"}]})

    client = pkg.Client(
        endpoint="https://d", project_id="p", transport=httpx.MockTransport(handler)
    )
    iterator = iter_list_pools(client=client)
    assert next(iterator).name == "a"
    with pytest.raises(pkg.ApiError) as caught:
        next(iterator)
    assert caught.value.error_code == "ModelArts.0203"


def test_async_iterators(pkg: ModuleType) -> None:
    aiter_list_pools = load("demo_pg.iterators").aiter_list_pools
    aiter_list_servers_details = load("demo_pg.iterators").aiter_list_servers_details

    server = PagingServer(11)

    async def main() -> tuple[list[str], list[str]]:
        client = _client(pkg, server)
        async with client:
            pools = [item.name async for item in aiter_list_pools(client=client, limit=4)]
            servers = [item.id async for item in aiter_list_servers_details(client=client, limit=4)]
        return pools, servers

    pools, servers = asyncio.run(main())
    expected = [f"s{i:02d}" for i in range(11)]
    assert pools == expected and servers == expected
