from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.create_notebooks_tags_create_request import CreateNotebooksTagsCreateRequest
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = False


def _get_kwargs(
    project_id: str,
    notebook_id: str,
    *,
    body: CreateNotebooksTagsCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/notebooks/{notebook_id}/tags/create".format(
            project_id=quote(str(project_id), safe=""),
            notebook_id=quote(str(notebook_id), safe=""),
        ),
        "extensions": {"idempotent": IDEMPOTENT},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Unparsed:
    return Unparsed.from_response(response, "status not documented")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: Unparsed
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
    notebook_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: CreateNotebooksTagsCreateRequest | Unset = UNSET,
) -> Response[Unparsed]:
    """Create notebooks tags create

    Args:
        project_id (str):
        notebook_id (str):
        body (CreateNotebooksTagsCreateRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Unparsed]
    """

    kwargs = _get_kwargs(
        notebook_id=notebook_id,
        project_id=client.fill_project_id(project_id),
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    notebook_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: CreateNotebooksTagsCreateRequest | Unset = UNSET,
) -> Unparsed:
    """Create notebooks tags create

    Args:
        project_id (str):
        notebook_id (str):
        body (CreateNotebooksTagsCreateRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Unparsed
    """

    return sync_detailed(
        notebook_id=notebook_id,
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    notebook_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: CreateNotebooksTagsCreateRequest | Unset = UNSET,
) -> Response[Unparsed]:
    """Create notebooks tags create

    Args:
        project_id (str):
        notebook_id (str):
        body (CreateNotebooksTagsCreateRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Unparsed]
    """

    kwargs = _get_kwargs(
        notebook_id=notebook_id,
        project_id=client.fill_project_id(project_id),
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    notebook_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: CreateNotebooksTagsCreateRequest | Unset = UNSET,
) -> Unparsed:
    """Create notebooks tags create

    Args:
        project_id (str):
        notebook_id (str):
        body (CreateNotebooksTagsCreateRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Unparsed
    """

    return (
        await asyncio_detailed(
            notebook_id=notebook_id,
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
