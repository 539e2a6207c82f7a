from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.list_clusters_order import ListClustersOrder
from ...models.list_clusters_response import ListClustersResponse
from ...models.list_clusters_sort_by import ListClustersSortBy
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = True


def _get_kwargs(
    project_id: str,
    *,
    cluster_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cluster_name"] = cluster_name

    params["status"] = status

    params["offset"] = offset

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/clusters".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
        "extensions": {"idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListClustersResponse | Unparsed:
    if response.status_code == 200:
        response_200 = ListClustersResponse.from_dict(response.json())

        return response_200

    return Unparsed.from_response(response, "status not documented")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListClustersResponse | Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: ListClustersResponse | Unparsed
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        parsed = Unparsed.from_response(response, f"{type(exc).__name__}: {exc}")
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    cluster_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> Response[ListClustersResponse | Unparsed]:
    """List clusters

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListClustersResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        project_id=client.fill_project_id(project_id),
        cluster_name=cluster_name,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    cluster_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> ListClustersResponse | Unparsed:
    """List clusters

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListClustersResponse | Unparsed
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        cluster_name=cluster_name,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    cluster_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> Response[ListClustersResponse | Unparsed]:
    """List clusters

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListClustersResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        project_id=client.fill_project_id(project_id),
        cluster_name=cluster_name,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    cluster_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> ListClustersResponse | Unparsed:
    """List clusters

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListClustersResponse | Unparsed
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            cluster_name=cluster_name,
            status=status,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )
    ).parsed
