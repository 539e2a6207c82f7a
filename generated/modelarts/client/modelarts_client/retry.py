"""Retries as httpx transport wrappers: exponential backoff with full jitter, Retry-After honoured.

Only idempotent requests are retried: those whose method is in ``RetryPolicy.methods`` (POST
and PATCH are not, unless you add them) or that the generated operation marked idempotent.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

#: Request extension set by generated operations: True when the operation is idempotent.
IDEMPOTENT_EXTENSION = "idempotent"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.PoolTimeout,
)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before sending a request again.

    ``attempts`` counts the first try (1 disables retries). The delay before retry ``n`` (1-based)
    is a uniform random value in ``[0, min(max_delay, base_delay * 2 ** (n - 1))]`` unless the
    response has a Retry-After header, which wins (capped at ``max_retry_after``).
    """

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 20.0
    max_retry_after: float = 120.0
    statuses: frozenset[int] = RETRY_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    respect_retry_after: bool = True
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(attempts=1)

    def including(self, *methods: str) -> RetryPolicy:
        """This policy, also retrying ``methods`` (e.g. ``"POST"`` for an idempotent POST API)."""
        return RetryPolicy(
            attempts=self.attempts,
            base_delay=self.base_delay,
            max_delay=self.max_delay,
            max_retry_after=self.max_retry_after,
            statuses=self.statuses,
            methods=self.methods | {method.upper() for method in methods},
            respect_retry_after=self.respect_retry_after,
            rng=self.rng,
        )

    def retryable(self, request: httpx.Request) -> bool:
        """Whether ``request`` may be sent more than once."""
        if self.attempts <= 1:
            return False
        return request.method.upper() in self.methods or request.extensions.get(IDEMPOTENT_EXTENSION) is True

    def backoff(self, retry: int) -> float:
        """The jittered delay before retry number ``retry`` (1-based)."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (retry - 1)))
        return self.rng.uniform(0.0, ceiling)

    def delay(self, retry: int, response: httpx.Response | None) -> float:
        """Retry-After when present and honoured, else the jittered backoff."""
        if response is not None and self.respect_retry_after:
            after = retry_after_seconds(response.headers.get("Retry-After"))
            if after is not None:
                return min(after, self.max_retry_after)
        return self.backoff(retry)


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or HTTP-date), None if absent/invalid."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport; resends retryable requests on retry statuses and connection errors."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, and send again while the policy allows."""
        if not self.policy.retryable(request):
            return self.transport.handle_request(request)
        request.read()
        retry = 0
        while True:
            retry += 1
            try:
                response = self.transport.handle_request(request)
            except RETRY_ERRORS:
                if retry >= self.policy.attempts:
                    raise
                self.sleep(self.policy.delay(retry, None))
                continue
            if response.status_code not in self.policy.statuses or retry >= self.policy.attempts:
                return response
            wait = self.policy.delay(retry, response)
            response.close()
            self.sleep(wait)

    def close(self) -> None:
        """Close the wrapped transport."""
        self.transport.close()


async def _async_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of RetryTransport."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = _async_sleep,
    ) -> None:
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, and send again while the policy allows."""
        if not self.policy.retryable(request):
            return await self.transport.handle_async_request(request)
        await request.aread()
        retry = 0
        while True:
            retry += 1
            try:
                response = await self.transport.handle_async_request(request)
            except RETRY_ERRORS:
                if retry >= self.policy.attempts:
                    raise
                await self.sleep(self.policy.delay(retry, None))
                continue
            if response.status_code not in self.policy.statuses or retry >= self.policy.attempts:
                return response
            wait = self.policy.delay(retry, response)
            await response.aclose()
            await self.sleep(wait)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.transport.aclose()


__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport", "retry_after_seconds"]
