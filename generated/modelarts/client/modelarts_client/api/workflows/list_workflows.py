from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.list_workflows_response import ListWorkflowsResponse
from ...models.list_workflows_search_type import ListWorkflowsSearchType
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = True


def _get_kwargs(
    project_id: str,
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    status: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    search_type: ListWorkflowsSearchType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["description"] = description

    params["status"] = status

    params["labels"] = labels

    params["template_id"] = template_id

    params["limit"] = limit

    params["offset"] = offset

    params["sort_by"] = sort_by

    json_search_type: str | Unset = UNSET
    if not isinstance(search_type, Unset):
        json_search_type = search_type.value

    params["search_type"] = json_search_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/workflows".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
        "extensions": {"idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListWorkflowsResponse | Unparsed:
    if response.status_code == 200:
        response_200 = ListWorkflowsResponse.from_dict(response.json())

        return response_200

    return Unparsed.from_response(response, "status not documented")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListWorkflowsResponse | Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: ListWorkflowsResponse | Unparsed
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
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    status: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    search_type: ListWorkflowsSearchType | Unset = UNSET,
) -> Response[ListWorkflowsResponse | Unparsed]:
    """List workflows

    Args:
        project_id (str):
        name (str | Unset):
        description (str | Unset):
        status (str | Unset):
        labels (str | Unset):
        template_id (str | Unset):
        limit (str | Unset):
        offset (str | Unset):
        sort_by (str | Unset):
        search_type (ListWorkflowsSearchType | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowsResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        project_id=client.fill_project_id(project_id),
        name=name,
        description=description,
        status=status,
        labels=labels,
        template_id=template_id,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        search_type=search_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    status: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    search_type: ListWorkflowsSearchType | Unset = UNSET,
) -> ListWorkflowsResponse | Unparsed:
    """List workflows

    Args:
        project_id (str):
        name (str | Unset):
        description (str | Unset):
        status (str | Unset):
        labels (str | Unset):
        template_id (str | Unset):
        limit (str | Unset):
        offset (str | Unset):
        sort_by (str | Unset):
        search_type (ListWorkflowsSearchType | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowsResponse | Unparsed
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        name=name,
        description=description,
        status=status,
        labels=labels,
        template_id=template_id,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        search_type=search_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    status: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    search_type: ListWorkflowsSearchType | Unset = UNSET,
) -> Response[ListWorkflowsResponse | Unparsed]:
    """List workflows

    Args:
        project_id (str):
        name (str | Unset):
        description (str | Unset):
        status (str | Unset):
        labels (str | Unset):
        template_id (str | Unset):
        limit (str | Unset):
        offset (str | Unset):
        sort_by (str | Unset):
        search_type (ListWorkflowsSearchType | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowsResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        project_id=client.fill_project_id(project_id),
        name=name,
        description=description,
        status=status,
        labels=labels,
        template_id=template_id,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        search_type=search_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    status: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    search_type: ListWorkflowsSearchType | Unset = UNSET,
) -> ListWorkflowsResponse | Unparsed:
    """List workflows

    Args:
        project_id (str):
        name (str | Unset):
        description (str | Unset):
        status (str | Unset):
        labels (str | Unset):
        template_id (str | Unset):
        limit (str | Unset):
        offset (str | Unset):
        sort_by (str | Unset):
        search_type (ListWorkflowsSearchType | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowsResponse | Unparsed
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            name=name,
            description=description,
            status=status,
            labels=labels,
            template_id=template_id,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            search_type=search_type,
        )
    ).parsed
