"""The configured client: endpoint (or region + service), project id, credentials, timeout, retries."""

from __future__ import annotations

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .huawei_auth import AkSkAuth
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .types import Unset

#: The service name used to build ``https://{service}.{region}.myhuaweicloud.com``.
DEFAULT_SERVICE = "modelarts"
#: Path prefix of every operation path (from the spec's server URL).
BASE_PATH = ""
ENDPOINT_TEMPLATE = "https://{service}.{region}.myhuaweicloud.com"


def _normalise_endpoint(endpoint: str) -> str:
    endpoint = endpoint.strip().rstrip("/")
    if "://" not in endpoint:
        endpoint = "https://" + endpoint
    return endpoint


@define
class Client:
    """Everything needed to call the API, configured once.

    Give either ``endpoint`` (``"https://modelarts.cn-north-4.myhuaweicloud.com"``, scheme
    optional) or ``region`` (and ``service`` when the default is not right). ``project_id`` fills
    every ``{project_id}`` path parameter an operation is not given explicitly. ``auth`` is an
    ``httpx.Auth`` such as ``TokenAuth`` or ``AkSkAuth``. ``timeout`` is in seconds or an
    ``httpx.Timeout``. ``retry`` controls retries (``RetryPolicy.disabled()`` turns them off).
    ``transport`` / ``async_transport`` replace the network (e.g. ``httpx.MockTransport``).
    """

    endpoint: str | None = field(default=None, kw_only=True)
    region: str | None = field(default=None, kw_only=True)
    service: str = field(default=DEFAULT_SERVICE, kw_only=True)
    project_id: str | None = field(default=None, kw_only=True)
    auth: httpx.Auth | None = field(default=None, kw_only=True)
    timeout: float | httpx.Timeout = field(default=30.0, kw_only=True)
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    headers: dict[str, str] = field(factory=dict, kw_only=True)
    cookies: dict[str, str] = field(factory=dict, kw_only=True)
    verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True)
    follow_redirects: bool = field(default=False, kw_only=True)
    transport: httpx.BaseTransport | None = field(default=None, kw_only=True)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True)
    httpx_args: dict[str, Any] = field(factory=dict, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    @property
    def base_url(self) -> str:
        """The URL every operation path is appended to."""
        if self.endpoint:
            root = _normalise_endpoint(self.endpoint)
        elif self.region:
            root = ENDPOINT_TEMPLATE.format(service=self.service, region=self.region)
        else:
            raise ValueError("configure the client with endpoint=... or region=...")
        return root + BASE_PATH

    def fill_project_id(self, value: str | Unset) -> str:
        """``value`` when given, else the configured project id (a usage error if neither)."""
        if isinstance(value, str):
            return value
        if self.project_id is None:
            raise ValueError("this operation needs project_id: pass it, or configure Client(project_id=...)")
        return self.project_id

    def _auth(self) -> httpx.Auth | None:
        if isinstance(self.auth, AkSkAuth) and self.auth.project_id is None and self.project_id:
            return self.auth.with_project_id(self.project_id)
        return self.auth

    def _timeout(self) -> httpx.Timeout:
        return self.timeout if isinstance(self.timeout, httpx.Timeout) else httpx.Timeout(self.timeout)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with additional headers."""
        return evolve(self, headers={**self.headers, **headers})

    def with_timeout(self, timeout: float | httpx.Timeout) -> Self:
        """A new client like this one with another timeout."""
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: RetryPolicy) -> Self:
        """A new client like this one with another retry policy."""
        return evolve(self, retry=retry)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` as is (its own auth, transport and settings) for synchronous calls."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The synchronous httpx.Client, built on first use with auth and the retry transport."""
        if self._client is None:
            inner = self.transport or httpx.HTTPTransport(verify=self.verify_ssl)
            self._client = httpx.Client(
                base_url=self.base_url,
                auth=self._auth(),
                cookies=self.cookies,
                headers=self.headers,
                timeout=self._timeout(),
                follow_redirects=self.follow_redirects,
                transport=RetryTransport(inner, self.retry),
                **self.httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter the underlying httpx.Client (you cannot enter twice, see the httpx docs)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit the underlying httpx.Client."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def close(self) -> None:
        """Close the synchronous httpx.Client if one was built."""
        if self._client is not None:
            self._client.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` as is for asynchronous calls."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient, built on first use with auth and the retry transport."""
        if self._async_client is None:
            inner = self.async_transport or httpx.AsyncHTTPTransport(verify=self.verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                auth=self._auth(),
                cookies=self.cookies,
                headers=self.headers,
                timeout=self._timeout(),
                follow_redirects=self.follow_redirects,
                transport=AsyncRetryTransport(inner, self.retry),
                **self.httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the underlying httpx.AsyncClient."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit the underlying httpx.AsyncClient."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    async def aclose(self) -> None:
        """Close the httpx.AsyncClient if one was built."""
        if self._async_client is not None:
            await self._async_client.aclose()


#: Every operation accepts the one configured Client; the name is kept for generated code.
AuthenticatedClient = Client

__all__ = ["AuthenticatedClient", "Client"]
