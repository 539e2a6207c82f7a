from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import ApiError
from ...models.update_workflows_schedules_request import UpdateWorkflowsSchedulesRequest
from ...models.update_workflows_schedules_response import UpdateWorkflowsSchedulesResponse
from ...types import UNSET, Response, Unparsed, Unset

#: Whether sending this operation twice has the same effect as once (it may be retried).
IDEMPOTENT = True


def _get_kwargs(
    project_id: str,
    workflow_id: str,
    schedule_id: str,
    *,
    body: UpdateWorkflowsSchedulesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/workflows/{workflow_id}/schedules/{schedule_id}".format(
            project_id=quote(str(project_id), safe=""),
            workflow_id=quote(str(workflow_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        "extensions": {"idempotent": IDEMPOTENT},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateWorkflowsSchedulesResponse | Unparsed:
    if response.status_code == 200:
        response_200 = UpdateWorkflowsSchedulesResponse.from_dict(response.json())

        return response_200

    return Unparsed.from_response(response, "status not documented")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateWorkflowsSchedulesResponse | Unparsed]:
    if not 200 <= response.status_code <= 299:
        raise ApiError.from_response(response)
    parsed: UpdateWorkflowsSchedulesResponse | Unparsed
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
    workflow_id: str,
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: UpdateWorkflowsSchedulesRequest | Unset = UNSET,
) -> Response[UpdateWorkflowsSchedulesResponse | Unparsed]:
    """Update workflows schedules

    Args:
        project_id (str):
        workflow_id (str):
        schedule_id (str):
        body (UpdateWorkflowsSchedulesRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkflowsSchedulesResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        schedule_id=schedule_id,
        project_id=client.fill_project_id(project_id),
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: UpdateWorkflowsSchedulesRequest | Unset = UNSET,
) -> UpdateWorkflowsSchedulesResponse | Unparsed:
    """Update workflows schedules

    Args:
        project_id (str):
        workflow_id (str):
        schedule_id (str):
        body (UpdateWorkflowsSchedulesRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkflowsSchedulesResponse | Unparsed
    """

    return sync_detailed(
        workflow_id=workflow_id,
        schedule_id=schedule_id,
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: UpdateWorkflowsSchedulesRequest | Unset = UNSET,
) -> Response[UpdateWorkflowsSchedulesResponse | Unparsed]:
    """Update workflows schedules

    Args:
        project_id (str):
        workflow_id (str):
        schedule_id (str):
        body (UpdateWorkflowsSchedulesRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkflowsSchedulesResponse | Unparsed]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        schedule_id=schedule_id,
        project_id=client.fill_project_id(project_id),
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    body: UpdateWorkflowsSchedulesRequest | Unset = UNSET,
) -> UpdateWorkflowsSchedulesResponse | Unparsed:
    """Update workflows schedules

    Args:
        project_id (str):
        workflow_id (str):
        schedule_id (str):
        body (UpdateWorkflowsSchedulesRequest | Unset): inferred from examples

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkflowsSchedulesResponse | Unparsed
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            schedule_id=schedule_id,
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
