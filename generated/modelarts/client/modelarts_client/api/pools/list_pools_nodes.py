from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.list_pools_nodes_response import ListPoolsNodesResponse
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = True


def _get_kwargs(
    project_id: str,
    pool_name: str,
    *,
    continue_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["continue"] = continue_

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools/{pool_name}/nodes".format(
            project_id=quote(str(project_id), safe=""),
            pool_name=quote(str(pool_name), safe=""),
        ),
        "params": params,
        "extensions": {"idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPoolsNodesResponse | Unparsed:
    if response.status_code == 200:
        response_200 = ListPoolsNodesResponse.from_dict(response.json())

        return response_200

    return Unparsed.from_response(response, "status not documented")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPoolsNodesResponse | Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: ListPoolsNodesResponse | Unparsed
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
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    continue_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ListPoolsNodesResponse | Unparsed]:
    """List pools nodes

    Args:
        project_id (str):
        pool_name (str):
        continue_ (str | Unset):
        limit (int | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPoolsNodesResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        pool_name=pool_name,
        project_id=client.fill_project_id(project_id),
        continue_=continue_,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    continue_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ListPoolsNodesResponse | Unparsed:
    """List pools nodes

    Args:
        project_id (str):
        pool_name (str):
        continue_ (str | Unset):
        limit (int | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPoolsNodesResponse | Unparsed
    """

    return sync_detailed(
        pool_name=pool_name,
        project_id=project_id,
        client=client,
        continue_=continue_,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    continue_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ListPoolsNodesResponse | Unparsed]:
    """List pools nodes

    Args:
        project_id (str):
        pool_name (str):
        continue_ (str | Unset):
        limit (int | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPoolsNodesResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        pool_name=pool_name,
        project_id=client.fill_project_id(project_id),
        continue_=continue_,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    continue_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ListPoolsNodesResponse | Unparsed:
    """List pools nodes

    Args:
        project_id (str):
        pool_name (str):
        continue_ (str | Unset):
        limit (int | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPoolsNodesResponse | Unparsed
    """

    return (
        await asyncio_detailed(
            pool_name=pool_name,
            project_id=project_id,
            client=client,
            continue_=continue_,
            limit=limit,
        )
    ).parsed
