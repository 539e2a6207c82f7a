from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.list_services_app_auth_apis_api_auths_order import ListServicesAppAuthApisApiAuthsOrder
from ...models.list_services_app_auth_apis_api_auths_response import ListServicesAppAuthApisApiAuthsResponse
from ...models.list_services_app_auth_apis_api_auths_show_only import ListServicesAppAuthApisApiAuthsShowOnly
from ...models.list_services_app_auth_apis_api_auths_sort_by import ListServicesAppAuthApisApiAuthsSortBy
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = True


def _get_kwargs(
    project_id: str,
    service_id: str,
    api_id: str,
    *,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    app_name: str | Unset = UNSET,
    order: ListServicesAppAuthApisApiAuthsOrder | Unset = ListServicesAppAuthApisApiAuthsOrder.ASC,
    show_only: ListServicesAppAuthApisApiAuthsShowOnly | Unset = UNSET,
    sort_by: ListServicesAppAuthApisApiAuthsSortBy | Unset = ListServicesAppAuthApisApiAuthsSortBy.APP_NAME,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["app_name"] = app_name

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_show_only: str | Unset = UNSET
    if not isinstance(show_only, Unset):
        json_show_only = show_only.value

    params["show_only"] = json_show_only

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
        "url": "/v1/{project_id}/services/{service_id}/app-auth-apis/{api_id}/api-auths".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
            api_id=quote(str(api_id), safe=""),
        ),
        "params": params,
        "extensions": {"idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListServicesAppAuthApisApiAuthsResponse | Unparsed:
    if response.status_code == 200:
        response_200 = ListServicesAppAuthApisApiAuthsResponse.from_dict(response.json())

        return response_200

    return Unparsed.from_response(response, "status not documented")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListServicesAppAuthApisApiAuthsResponse | Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: ListServicesAppAuthApisApiAuthsResponse | Unparsed
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
    service_id: str,
    api_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    app_name: str | Unset = UNSET,
    order: ListServicesAppAuthApisApiAuthsOrder | Unset = ListServicesAppAuthApisApiAuthsOrder.ASC,
    show_only: ListServicesAppAuthApisApiAuthsShowOnly | Unset = UNSET,
    sort_by: ListServicesAppAuthApisApiAuthsSortBy | Unset = ListServicesAppAuthApisApiAuthsSortBy.APP_NAME,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> Response[ListServicesAppAuthApisApiAuthsResponse | Unparsed]:
    """List services app auth apis api auths

    Args:
        project_id (str):
        service_id (str):
        api_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        app_name (str | Unset):
        order (ListServicesAppAuthApisApiAuthsOrder | Unset):  Default:
            ListServicesAppAuthApisApiAuthsOrder.ASC.
        show_only (ListServicesAppAuthApisApiAuthsShowOnly | Unset):
        sort_by (ListServicesAppAuthApisApiAuthsSortBy | Unset):  Default:
            ListServicesAppAuthApisApiAuthsSortBy.APP_NAME.
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListServicesAppAuthApisApiAuthsResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        api_id=api_id,
        project_id=client.fill_project_id(project_id),
        limit=limit,
        offset=offset,
        app_name=app_name,
        order=order,
        show_only=show_only,
        sort_by=sort_by,
        workspace_id=workspace_id,
        iphertext_enabled=iphertext_enabled,
        app_ids=app_ids,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    api_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    app_name: str | Unset = UNSET,
    order: ListServicesAppAuthApisApiAuthsOrder | Unset = ListServicesAppAuthApisApiAuthsOrder.ASC,
    show_only: ListServicesAppAuthApisApiAuthsShowOnly | Unset = UNSET,
    sort_by: ListServicesAppAuthApisApiAuthsSortBy | Unset = ListServicesAppAuthApisApiAuthsSortBy.APP_NAME,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> ListServicesAppAuthApisApiAuthsResponse | Unparsed:
    """List services app auth apis api auths

    Args:
        project_id (str):
        service_id (str):
        api_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        app_name (str | Unset):
        order (ListServicesAppAuthApisApiAuthsOrder | Unset):  Default:
            ListServicesAppAuthApisApiAuthsOrder.ASC.
        show_only (ListServicesAppAuthApisApiAuthsShowOnly | Unset):
        sort_by (ListServicesAppAuthApisApiAuthsSortBy | Unset):  Default:
            ListServicesAppAuthApisApiAuthsSortBy.APP_NAME.
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListServicesAppAuthApisApiAuthsResponse | Unparsed
    """

    return sync_detailed(
        service_id=service_id,
        api_id=api_id,
        project_id=project_id,
        client=client,
        limit=limit,
        offset=offset,
        app_name=app_name,
        order=order,
        show_only=show_only,
        sort_by=sort_by,
        workspace_id=workspace_id,
        iphertext_enabled=iphertext_enabled,
        app_ids=app_ids,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    api_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    app_name: str | Unset = UNSET,
    order: ListServicesAppAuthApisApiAuthsOrder | Unset = ListServicesAppAuthApisApiAuthsOrder.ASC,
    show_only: ListServicesAppAuthApisApiAuthsShowOnly | Unset = UNSET,
    sort_by: ListServicesAppAuthApisApiAuthsSortBy | Unset = ListServicesAppAuthApisApiAuthsSortBy.APP_NAME,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> Response[ListServicesAppAuthApisApiAuthsResponse | Unparsed]:
    """List services app auth apis api auths

    Args:
        project_id (str):
        service_id (str):
        api_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        app_name (str | Unset):
        order (ListServicesAppAuthApisApiAuthsOrder | Unset):  Default:
            ListServicesAppAuthApisApiAuthsOrder.ASC.
        show_only (ListServicesAppAuthApisApiAuthsShowOnly | Unset):
        sort_by (ListServicesAppAuthApisApiAuthsSortBy | Unset):  Default:
            ListServicesAppAuthApisApiAuthsSortBy.APP_NAME.
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListServicesAppAuthApisApiAuthsResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        api_id=api_id,
        project_id=client.fill_project_id(project_id),
        limit=limit,
        offset=offset,
        app_name=app_name,
        order=order,
        show_only=show_only,
        sort_by=sort_by,
        workspace_id=workspace_id,
        iphertext_enabled=iphertext_enabled,
        app_ids=app_ids,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    api_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    limit: str | Unset = "1000",
    offset: str | Unset = "0",
    app_name: str | Unset = UNSET,
    order: ListServicesAppAuthApisApiAuthsOrder | Unset = ListServicesAppAuthApisApiAuthsOrder.ASC,
    show_only: ListServicesAppAuthApisApiAuthsShowOnly | Unset = UNSET,
    sort_by: ListServicesAppAuthApisApiAuthsSortBy | Unset = ListServicesAppAuthApisApiAuthsSortBy.APP_NAME,
    workspace_id: str | Unset = UNSET,
    iphertext_enabled: bool | Unset = UNSET,
    app_ids: list[Any] | Unset = UNSET,
) -> ListServicesAppAuthApisApiAuthsResponse | Unparsed:
    """List services app auth apis api auths

    Args:
        project_id (str):
        service_id (str):
        api_id (str):
        limit (str | Unset):  Default: '1000'.
        offset (str | Unset):  Default: '0'.
        app_name (str | Unset):
        order (ListServicesAppAuthApisApiAuthsOrder | Unset):  Default:
            ListServicesAppAuthApisApiAuthsOrder.ASC.
        show_only (ListServicesAppAuthApisApiAuthsShowOnly | Unset):
        sort_by (ListServicesAppAuthApisApiAuthsSortBy | Unset):  Default:
            ListServicesAppAuthApisApiAuthsSortBy.APP_NAME.
        workspace_id (str | Unset):
        iphertext_enabled (bool | Unset):
        app_ids (list[Any] | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListServicesAppAuthApisApiAuthsResponse | Unparsed
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            api_id=api_id,
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            app_name=app_name,
            order=order,
            show_only=show_only,
            sort_by=sort_by,
            workspace_id=workspace_id,
            iphertext_enabled=iphertext_enabled,
            app_ids=app_ids,
        )
    ).parsed
