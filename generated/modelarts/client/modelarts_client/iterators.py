"""Iterators over every item of the paged list operations, across pages (sync and asyncio).

Each ``iter_<operation>`` takes the operation's arguments (its paging parameter is where to
start, its limit the page size) and ``max_pages`` as a safety net; see ``pagination`` for when
a walk stops.
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any

from .api.app_auth import list_app_auth_apps as _iter_list_app_auth_apps
from .api.app_auth import list_app_auth_apps_auth_apis as _iter_list_app_auth_apps_auth_apis
from .api.clusters import list_clusters as _iter_list_clusters
from .api.pools import list_pools_nodes as _iter_list_pools_nodes
from .api.services import list_services_app_auth_apis_api_auths as _iter_list_services_app_auth_apis_api_auths
from .api.workflows import list_workflows as _iter_list_workflows
from .client import AuthenticatedClient, Client
from .models.api_auth_info import ApiAuthInfo
from .models.apig_app_detail_info import ApigAppDetailInfo
from .models.auth_type_api_basic_info import AuthTypeApiBasicInfo
from .models.cluster import Cluster
from .models.list_app_auth_apps_auth_apis_order import ListAppAuthAppsAuthApisOrder
from .models.list_app_auth_apps_auth_apis_sort_by import ListAppAuthAppsAuthApisSortBy
from .models.list_app_auth_apps_order import ListAppAuthAppsOrder
from .models.list_app_auth_apps_sort_by import ListAppAuthAppsSortBy
from .models.list_clusters_order import ListClustersOrder
from .models.list_clusters_sort_by import ListClustersSortBy
from .models.list_services_app_auth_apis_api_auths_order import ListServicesAppAuthApisApiAuthsOrder
from .models.list_services_app_auth_apis_api_auths_show_only import ListServicesAppAuthApisApiAuthsShowOnly
from .models.list_services_app_auth_apis_api_auths_sort_by import ListServicesAppAuthApisApiAuthsSortBy
from .models.list_workflows_response_200_items_item import ListWorkflowsResponse200ItemsItem
from .models.list_workflows_search_type import ListWorkflowsSearchType
from .models.node import Node
from .pagination import PageStyle, awalk, convert, walk
from .types import UNSET, Response, Unparsed, Unset

_STYLE_ITER_LIST_APP_AUTH_APPS = PageStyle(
    style="page",
    items="apps",
    next=None,
    count="count",
    marker_field="id",
    start=0,
)


def iter_list_app_auth_apps(
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
    max_pages: int | None = None,
) -> Iterator[ApigAppDetailInfo | Unparsed]:
    """List app auth apps

    Yields every item across pages (page paging).

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
        Iterator[ApigAppDetailInfo | Unparsed]
    """

    def fetch(cursor: Any) -> Response[Any]:
        return _iter_list_app_auth_apps.sync_detailed(
            project_id=project_id,
            client=client,
            app_name=app_name,
            limit=limit,
            offset=cursor,
            order=order,
            sort_by=sort_by,
            workspace_id=workspace_id,
            iphertext_enabled=iphertext_enabled,
            app_ids=app_ids,
        )

    for raw in walk(
        fetch,
        _STYLE_ITER_LIST_APP_AUTH_APPS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, ApigAppDetailInfo.from_dict)


async def aiter_list_app_auth_apps(
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
    max_pages: int | None = None,
) -> AsyncIterator[ApigAppDetailInfo | Unparsed]:
    """List app auth apps

    Yields every item across pages (page paging).

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
        AsyncIterator[ApigAppDetailInfo | Unparsed]
    """

    async def fetch(cursor: Any) -> Response[Any]:
        return await _iter_list_app_auth_apps.asyncio_detailed(
            project_id=project_id,
            client=client,
            app_name=app_name,
            limit=limit,
            offset=cursor,
            order=order,
            sort_by=sort_by,
            workspace_id=workspace_id,
            iphertext_enabled=iphertext_enabled,
            app_ids=app_ids,
        )

    async for raw in awalk(
        fetch,
        _STYLE_ITER_LIST_APP_AUTH_APPS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, ApigAppDetailInfo.from_dict)


_STYLE_ITER_LIST_APP_AUTH_APPS_AUTH_APIS = PageStyle(
    style="page",
    items="apis",
    next=None,
    count="count",
    marker_field="id",
    start=0,
)


def iter_list_app_auth_apps_auth_apis(
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
    max_pages: int | None = None,
) -> Iterator[AuthTypeApiBasicInfo | Unparsed]:
    """List app auth apps auth apis

    Yields every item across pages (page paging).

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
        Iterator[AuthTypeApiBasicInfo | Unparsed]
    """

    def fetch(cursor: Any) -> Response[Any]:
        return _iter_list_app_auth_apps_auth_apis.sync_detailed(
            app_id=app_id,
            project_id=project_id,
            client=client,
            limit=limit,
            offset=cursor,
            order=order,
            service_name=service_name,
            sort_by=sort_by,
            workspace_id=workspace_id,
        )

    for raw in walk(
        fetch,
        _STYLE_ITER_LIST_APP_AUTH_APPS_AUTH_APIS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, AuthTypeApiBasicInfo.from_dict)


async def aiter_list_app_auth_apps_auth_apis(
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
    max_pages: int | None = None,
) -> AsyncIterator[AuthTypeApiBasicInfo | Unparsed]:
    """List app auth apps auth apis

    Yields every item across pages (page paging).

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
        AsyncIterator[AuthTypeApiBasicInfo | Unparsed]
    """

    async def fetch(cursor: Any) -> Response[Any]:
        return await _iter_list_app_auth_apps_auth_apis.asyncio_detailed(
            app_id=app_id,
            project_id=project_id,
            client=client,
            limit=limit,
            offset=cursor,
            order=order,
            service_name=service_name,
            sort_by=sort_by,
            workspace_id=workspace_id,
        )

    async for raw in awalk(
        fetch,
        _STYLE_ITER_LIST_APP_AUTH_APPS_AUTH_APIS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, AuthTypeApiBasicInfo.from_dict)


_STYLE_ITER_LIST_CLUSTERS = PageStyle(
    style="page",
    items="clusters",
    next=None,
    count="count",
    marker_field="id",
    start=0,
)


def iter_list_clusters(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    cluster_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
    max_pages: int | None = None,
) -> Iterator[Cluster | Unparsed]:
    """List clusters

    Yields every item across pages (page paging).

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
        Iterator[Cluster | Unparsed]
    """

    def fetch(cursor: Any) -> Response[Any]:
        return _iter_list_clusters.sync_detailed(
            project_id=project_id,
            client=client,
            cluster_name=cluster_name,
            status=status,
            offset=cursor,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )

    for raw in walk(
        fetch,
        _STYLE_ITER_LIST_CLUSTERS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, Cluster.from_dict)


async def aiter_list_clusters(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    cluster_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
    max_pages: int | None = None,
) -> AsyncIterator[Cluster | Unparsed]:
    """List clusters

    Yields every item across pages (page paging).

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
        AsyncIterator[Cluster | Unparsed]
    """

    async def fetch(cursor: Any) -> Response[Any]:
        return await _iter_list_clusters.asyncio_detailed(
            project_id=project_id,
            client=client,
            cluster_name=cluster_name,
            status=status,
            offset=cursor,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )

    async for raw in awalk(
        fetch,
        _STYLE_ITER_LIST_CLUSTERS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, Cluster.from_dict)


_STYLE_ITER_LIST_POOLS_NODES = PageStyle(
    style="continue",
    items="items",
    next="metadata.continue",
    count=None,
    marker_field="id",
    start=0,
)


def iter_list_pools_nodes(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    continue_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[Node | Unparsed]:
    """List pools nodes

    Yields every item across pages (continue paging).

    Args:
        project_id (str):
        pool_name (str):
        continue_ (str | Unset):
        limit (int | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Iterator[Node | Unparsed]
    """

    def fetch(cursor: Any) -> Response[Any]:
        return _iter_list_pools_nodes.sync_detailed(
            pool_name=pool_name,
            project_id=project_id,
            client=client,
            continue_=cursor,
            limit=limit,
        )

    for raw in walk(
        fetch,
        _STYLE_ITER_LIST_POOLS_NODES,
        start=continue_,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, Node.from_dict)


async def aiter_list_pools_nodes(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    continue_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[Node | Unparsed]:
    """List pools nodes

    Yields every item across pages (continue paging).

    Args:
        project_id (str):
        pool_name (str):
        continue_ (str | Unset):
        limit (int | Unset):

    Raises:
        ApiError: If the server answers with a non-2xx status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncIterator[Node | Unparsed]
    """

    async def fetch(cursor: Any) -> Response[Any]:
        return await _iter_list_pools_nodes.asyncio_detailed(
            pool_name=pool_name,
            project_id=project_id,
            client=client,
            continue_=cursor,
            limit=limit,
        )

    async for raw in awalk(
        fetch,
        _STYLE_ITER_LIST_POOLS_NODES,
        start=continue_,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, Node.from_dict)


_STYLE_ITER_LIST_SERVICES_APP_AUTH_APIS_API_AUTHS = PageStyle(
    style="page",
    items="auths",
    next=None,
    count="count",
    marker_field="id",
    start=0,
)


def iter_list_services_app_auth_apis_api_auths(
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
    max_pages: int | None = None,
) -> Iterator[ApiAuthInfo | Unparsed]:
    """List services app auth apis api auths

    Yields every item across pages (page paging).

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
        Iterator[ApiAuthInfo | Unparsed]
    """

    def fetch(cursor: Any) -> Response[Any]:
        return _iter_list_services_app_auth_apis_api_auths.sync_detailed(
            service_id=service_id,
            api_id=api_id,
            project_id=project_id,
            client=client,
            limit=limit,
            offset=cursor,
            app_name=app_name,
            order=order,
            show_only=show_only,
            sort_by=sort_by,
            workspace_id=workspace_id,
            iphertext_enabled=iphertext_enabled,
            app_ids=app_ids,
        )

    for raw in walk(
        fetch,
        _STYLE_ITER_LIST_SERVICES_APP_AUTH_APIS_API_AUTHS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, ApiAuthInfo.from_dict)


async def aiter_list_services_app_auth_apis_api_auths(
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
    max_pages: int | None = None,
) -> AsyncIterator[ApiAuthInfo | Unparsed]:
    """List services app auth apis api auths

    Yields every item across pages (page paging).

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
        AsyncIterator[ApiAuthInfo | Unparsed]
    """

    async def fetch(cursor: Any) -> Response[Any]:
        return await _iter_list_services_app_auth_apis_api_auths.asyncio_detailed(
            service_id=service_id,
            api_id=api_id,
            project_id=project_id,
            client=client,
            limit=limit,
            offset=cursor,
            app_name=app_name,
            order=order,
            show_only=show_only,
            sort_by=sort_by,
            workspace_id=workspace_id,
            iphertext_enabled=iphertext_enabled,
            app_ids=app_ids,
        )

    async for raw in awalk(
        fetch,
        _STYLE_ITER_LIST_SERVICES_APP_AUTH_APIS_API_AUTHS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, ApiAuthInfo.from_dict)


_STYLE_ITER_LIST_WORKFLOWS = PageStyle(
    style="offset",
    items="items",
    next=None,
    count="count",
    marker_field="id",
    start=0,
)


def iter_list_workflows(
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
    max_pages: int | None = None,
) -> Iterator[ListWorkflowsResponse200ItemsItem | Unparsed]:
    """List workflows

    Yields every item across pages (offset paging).

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
        Iterator[ListWorkflowsResponse200ItemsItem | Unparsed]
    """

    def fetch(cursor: Any) -> Response[Any]:
        return _iter_list_workflows.sync_detailed(
            project_id=project_id,
            client=client,
            name=name,
            description=description,
            status=status,
            labels=labels,
            template_id=template_id,
            limit=limit,
            offset=cursor,
            sort_by=sort_by,
            search_type=search_type,
        )

    for raw in walk(
        fetch,
        _STYLE_ITER_LIST_WORKFLOWS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, ListWorkflowsResponse200ItemsItem.from_dict)


async def aiter_list_workflows(
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
    max_pages: int | None = None,
) -> AsyncIterator[ListWorkflowsResponse200ItemsItem | Unparsed]:
    """List workflows

    Yields every item across pages (offset paging).

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
        AsyncIterator[ListWorkflowsResponse200ItemsItem | Unparsed]
    """

    async def fetch(cursor: Any) -> Response[Any]:
        return await _iter_list_workflows.asyncio_detailed(
            project_id=project_id,
            client=client,
            name=name,
            description=description,
            status=status,
            labels=labels,
            template_id=template_id,
            limit=limit,
            offset=cursor,
            sort_by=sort_by,
            search_type=search_type,
        )

    async for raw in awalk(
        fetch,
        _STYLE_ITER_LIST_WORKFLOWS,
        start=offset,
        limit=limit,
        max_pages=max_pages,
    ):
        yield convert(raw, ListWorkflowsResponse200ItemsItem.from_dict)


__all__ = [
    "iter_list_app_auth_apps",
    "aiter_list_app_auth_apps",
    "iter_list_app_auth_apps_auth_apis",
    "aiter_list_app_auth_apps_auth_apis",
    "iter_list_clusters",
    "aiter_list_clusters",
    "iter_list_pools_nodes",
    "aiter_list_pools_nodes",
    "iter_list_services_app_auth_apis_api_auths",
    "aiter_list_services_app_auth_apis_api_auths",
    "iter_list_workflows",
    "aiter_list_workflows",
]
