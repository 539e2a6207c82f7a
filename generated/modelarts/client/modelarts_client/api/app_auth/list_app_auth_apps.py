from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.list_app_auth_apps_order import ListAppAuthAppsOrder
from ...models.list_app_auth_apps_response import ListAppAuthAppsResponse
from ...models.list_app_auth_apps_sort_by import ListAppAuthAppsSortBy
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = True


def _get_kwargs(
    project_id: str,
    *,
    app_name: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsOrder | Unset = ListAppAuthAppsOrder.ASC,
    sort_by: ListAppAuthAppsSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_name"] = app_name

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["workspace_id"] = workspace_id

    params["iphertext_enabled"] = iphertext_enabled

    json_app_ids: list[Any] | Unset = UNSET
    if not isinstance(app_ids, Unset):
        json_app_ids = app_ids

    params["app_ids"] = json_app_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/app-auth/apps".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
        "extensions": {"idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAppAuthAppsResponse | Unparsed:
    if response.status_code == 200:
        response_200 = ListAppAuthAppsResponse.from_dict(response.json())

        return response_200

    return Unparsed.from_response(response, "status not documented")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAppAuthAppsResponse | Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: ListAppAuthAppsResponse | Unparsed
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
    app_name: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsOrder | Unset = ListAppAuthAppsOrder.ASC,
    sort_by: ListAppAuthAppsSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> Response[ListAppAuthAppsResponse | Unparsed]:
    """List app auth apps

    Args:
        project_id (str):
        app_name (str | Unset):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsOrder | Unset):  Default: ListAppAuthAppsOrder.ASC.
        sort_by (ListAppAuthAppsSortBy | Unset):
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAppAuthAppsResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        project_id=client.fill_project_id(project_id),
        app_name=app_name,
        limit=limit,
        offset=offset,
        order=order,
        sort_by=sort_by,
        workspace_id=workspace_id,
        iphertext_enabled=iphertext_enabled,
        app_ids=app_ids,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsOrder | Unset = ListAppAuthAppsOrder.ASC,
    sort_by: ListAppAuthAppsSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> ListAppAuthAppsResponse | Unparsed:
    """List app auth apps

    Args:
        project_id (str):
        app_name (str | Unset):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsOrder | Unset):  Default: ListAppAuthAppsOrder.ASC.
        sort_by (ListAppAuthAppsSortBy | Unset):
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAppAuthAppsResponse | Unparsed
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        app_name=app_name,
        limit=limit,
        offset=offset,
        order=order,
        sort_by=sort_by,
        workspace_id=workspace_id,
        iphertext_enabled=iphertext_enabled,
        app_ids=app_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsOrder | Unset = ListAppAuthAppsOrder.ASC,
    sort_by: ListAppAuthAppsSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> Response[ListAppAuthAppsResponse | Unparsed]:
    """List app auth apps

    Args:
        project_id (str):
        app_name (str | Unset):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsOrder | Unset):  Default: ListAppAuthAppsOrder.ASC.
        sort_by (ListAppAuthAppsSortBy | Unset):
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAppAuthAppsResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        project_id=client.fill_project_id(project_id),
        app_name=app_name,
        limit=limit,
        offset=offset,
        order=order,
        sort_by=sort_by,
        workspace_id=workspace_id,
        iphertext_enabled=iphertext_enabled,
        app_ids=app_ids,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsOrder | Unset = ListAppAuthAppsOrder.ASC,
    sort_by: ListAppAuthAppsSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> ListAppAuthAppsResponse | Unparsed:
    """List app auth apps

    Args:
        project_id (str):
        app_name (str | Unset):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsOrder | Unset):  Default: ListAppAuthAppsOrder.ASC.
        sort_by (ListAppAuthAppsSortBy | Unset):
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAppAuthAppsResponse | Unparsed
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            app_name=app_name,
            limit=limit,
            offset=offset,
            order=order,
            sort_by=sort_by,
            workspace_id=workspace_id,
            iphertext_enabled=iphertext_enabled,
            app_ids=app_ids,
        )
    ).parsed
