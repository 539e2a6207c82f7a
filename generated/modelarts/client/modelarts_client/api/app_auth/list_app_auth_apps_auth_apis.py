from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.list_app_auth_apps_auth_apis_order import ListAppAuthAppsAuthApisOrder
from ...models.list_app_auth_apps_auth_apis_response import ListAppAuthAppsAuthApisResponse
from ...models.list_app_auth_apps_auth_apis_sort_by import ListAppAuthAppsAuthApisSortBy
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = True


def _get_kwargs(
    project_id: str,
    app_id: str,
    *,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsAuthApisOrder | Unset = ListAppAuthAppsAuthApisOrder.ASC,
    service_name: str | Unset = UNSET,
    sort_by: ListAppAuthAppsAuthApisSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["service_name"] = service_name

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/app-auth/apps/{app_id}/auth-apis".format(
            project_id=quote(str(project_id), safe=""),
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
        "extensions": {"idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAppAuthAppsAuthApisResponse | Unparsed:
    if response.status_code == 200:
        response_200 = ListAppAuthAppsAuthApisResponse.from_dict(response.json())

        return response_200

    return Unparsed.from_response(response, "status not documented")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAppAuthAppsAuthApisResponse | Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: ListAppAuthAppsAuthApisResponse | Unparsed
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
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsAuthApisOrder | Unset = ListAppAuthAppsAuthApisOrder.ASC,
    service_name: str | Unset = UNSET,
    sort_by: ListAppAuthAppsAuthApisSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ListAppAuthAppsAuthApisResponse | Unparsed]:
    """List app auth apps auth apis

    Args:
        project_id (str):
        app_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsAuthApisOrder | Unset):  Default: ListAppAuthAppsAuthApisOrder.ASC.
        service_name (str | Unset):
        sort_by (ListAppAuthAppsAuthApisSortBy | Unset):
        workspace_id (str | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAppAuthAppsAuthApisResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        project_id=client.fill_project_id(project_id),
        limit=limit,
        offset=offset,
        order=order,
        service_name=service_name,
        sort_by=sort_by,
        workspace_id=workspace_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsAuthApisOrder | Unset = ListAppAuthAppsAuthApisOrder.ASC,
    service_name: str | Unset = UNSET,
    sort_by: ListAppAuthAppsAuthApisSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ListAppAuthAppsAuthApisResponse | Unparsed:
    """List app auth apps auth apis

    Args:
        project_id (str):
        app_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsAuthApisOrder | Unset):  Default: ListAppAuthAppsAuthApisOrder.ASC.
        service_name (str | Unset):
        sort_by (ListAppAuthAppsAuthApisSortBy | Unset):
        workspace_id (str | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAppAuthAppsAuthApisResponse | Unparsed
    """

    return sync_detailed(
        app_id=app_id,
        project_id=project_id,
        client=client,
        limit=limit,
        offset=offset,
        order=order,
        service_name=service_name,
        sort_by=sort_by,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsAuthApisOrder | Unset = ListAppAuthAppsAuthApisOrder.ASC,
    service_name: str | Unset = UNSET,
    sort_by: ListAppAuthAppsAuthApisSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ListAppAuthAppsAuthApisResponse | Unparsed]:
    """List app auth apps auth apis

    Args:
        project_id (str):
        app_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsAuthApisOrder | Unset):  Default: ListAppAuthAppsAuthApisOrder.ASC.
        service_name (str | Unset):
        sort_by (ListAppAuthAppsAuthApisSortBy | Unset):
        workspace_id (str | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAppAuthAppsAuthApisResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        project_id=client.fill_project_id(project_id),
        limit=limit,
        offset=offset,
        order=order,
        service_name=service_name,
        sort_by=sort_by,
        workspace_id=workspace_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    order: ListAppAuthAppsAuthApisOrder | Unset = ListAppAuthAppsAuthApisOrder.ASC,
    service_name: str | Unset = UNSET,
    sort_by: ListAppAuthAppsAuthApisSortBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ListAppAuthAppsAuthApisResponse | Unparsed:
    """List app auth apps auth apis

    Args:
        project_id (str):
        app_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        order (ListAppAuthAppsAuthApisOrder | Unset):  Default: ListAppAuthAppsAuthApisOrder.ASC.
        service_name (str | Unset):
        sort_by (ListAppAuthAppsAuthApisSortBy | Unset):
        workspace_id (str | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAppAuthAppsAuthApisResponse | Unparsed
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            order=order,
            service_name=service_name,
            sort_by=sort_by,
            workspace_id=workspace_id,
        )
    ).parsed
