"""Scrapy configuration for docs2api crawls: settings, cache policy and three small middlewares.

Everything that Scrapy already does is switched on rather than rewritten: RobotsTxtMiddleware,
CONCURRENT_REQUESTS_PER_DOMAIN + DOWNLOAD_DELAY + AutoThrottle, DOWNLOAD_TIMEOUT,
DOWNLOAD_MAXSIZE, RetryMiddleware, RedirectMiddleware, HttpCacheMiddleware (RFC 2616 policy:
conditional requests with If-None-Match / If-Modified-Since, stale copy on server errors) and
JOBDIR (resumable scheduler queue and spider state). What is added here is what Scrapy lacks:
backoff and Retry-After between retries, a path-prefix scope, and always revalidating.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.settings import BaseSettings

from scraper.crawl_names import Scope
from scraper.crawl_types import CrawlOptions

WIRE_STATUS = "docs2api_wire_status"
"""Request meta key: what came over the network (status code or exception name)."""

RETRY_HTTP_CODES = (408, 429, 500, 502, 503, 504, 522, 524)


def user_agent(options: CrawlOptions) -> str:
    """The User-Agent header: names docs2api and its version."""
    try:
        version = metadata.version("docs2api")
    except metadata.PackageNotFoundError:
        version = "0"
    return options.user_agent or f"docs2api/{version} (+https://pypi.org/project/docs2api/)"


def settings_for(options: CrawlOptions, state_dir: Path, *, log_file: Path) -> dict[str, Any]:
    """Scrapy settings for one crawl whose cache and job live in `state_dir`."""
    base = "scraper.crawl_engine"
    return {
        "BOT_NAME": "docs2api",
        "USER_AGENT": user_agent(options),
        "ROBOTSTXT_OBEY": True,
        "ROBOTSTXT_USER_AGENT": "docs2api",
        "CONCURRENT_REQUESTS": max(1, options.concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": max(1, options.concurrency),
        "DOWNLOAD_DELAY": max(0.0, options.delay),
        "DOWNLOAD_DELAY_JITTER": 0.0,  # the delay is a floor, never shortened at random
        "AUTOTHROTTLE_ENABLED": options.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(options.delay, 0.25),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(max(1, options.concurrency)),
        "DOWNLOAD_TIMEOUT": options.timeout,
        "DOWNLOAD_MAXSIZE": options.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": max(0, options.retries),
        "RETRY_HTTP_CODES": list(RETRY_HTTP_CODES),
        "REDIRECT_MAX_TIMES": 5,
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_POLICY": f"{base}.RevalidatingPolicy",
        "HTTPCACHE_STORAGE": "scrapy.extensions.httpcache.FilesystemCacheStorage",
        "HTTPCACHE_DIR": str(state_dir / "cache"),
        "HTTPCACHE_EXPIRATION_SECS": 0,
        "HTTPCACHE_GZIP": True,
        "JOBDIR": str(state_dir / "job"),
        "CLOSESPIDER_PAGECOUNT": options.max_pages or 0,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_FILE": str(log_file),
        "LOG_FILE_APPEND": False,
        "LOG_LEVEL": "INFO",
        "LOG_INSTALL_ROOT_HANDLER": True,
        "DOWNLOADER_MIDDLEWARES": {
            f"{base}.ScopeMiddleware": 40,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            f"{base}.BackoffRetryMiddleware": 550,
            f"{base}.WireStatusMiddleware": 950,
        },
        # crawl options for the middlewares (not Scrapy's own)
        "DOCS2API_BACKOFF": options.backoff,
        "DOCS2API_BACKOFF_MAX": options.backoff_max,
        "DOCS2API_MAX_RETRY_AFTER": options.max_retry_after,
    }


MAX_CRAWL_DELAY = 60.0
"""A robots.txt Crawl-delay is honoured up to this many seconds."""


def apply_crawl_delay(crawler: Crawler, robotparser: RobotParser, request: Request) -> float:
    """Raise the host's download delay to robots.txt's Crawl-delay (Scrapy ignores it).

    Connected to Scrapy's robots_parsed signal. The delay is set on the host's download slot
    (and for a slot created later), and becomes AutoThrottle's floor. Returns the delay set.
    """
    asked = robotparser.crawl_delay("docs2api")
    if not asked or asked <= 0:
        return 0.0
    delay = min(float(asked), MAX_CRAWL_DELAY)
    engine = crawler.engine
    if engine is None:
        return 0.0
    downloader = engine.downloader
    key = downloader.get_slot_key(request)
    downloader.per_slot_settings.setdefault(key, {}).update({"delay": delay, "jitter": 0.0})
    slot = downloader.slots.get(key)
    if slot is not None:
        slot.delay = max(slot.delay, delay)
    for extension in crawler.extensions.middlewares:
        if isinstance(extension, AutoThrottle):
            extension.mindelay = max(extension.mindelay, delay)
    return delay


class RevalidatingPolicy(RFC2616Policy):
    """RFC 2616 caching, but every cached page is revalidated on every crawl.

    Documentation sites often send long max-age headers; a crawl exists to notice changes, so
    a cached page is never "fresh": it is always asked for with its ETag / Last-Modified, and
    the server answers 304 (no body) when nothing changed.
    """

    def is_cached_response_fresh(self, cachedresponse: Response, request: Request) -> bool:
        """Never fresh: set the conditional validators and let the request go out."""
        self._set_conditional_validators(request, cachedresponse)
        return False


class OutOfScope(IgnoreRequest):
    """A request (usually a redirect target) outside the crawl's host and path prefix."""


class ScopeMiddleware:
    """Drops requests outside the crawl scope (catches redirects leaving the site or folder)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        """Scrapy's constructor hook."""
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        """Raise OutOfScope for a request the spider's scope does not contain."""
        scope: Scope = getattr(self.crawler.spider, "scope")  # noqa: B009
        if request.meta.get("dont_obey_robotstxt") and request.url.endswith("/robots.txt"):
            return  # RobotsTxtMiddleware's own request for the host's robots.txt
        if not scope.contains(request.url):
            raise OutOfScope(f"{request.url} is outside http(s)://{scope.host}{scope.prefix}")


class WireStatusMiddleware:
    """Notes what came over the network, before the cache middleware replaces a 304."""

    def process_response(self, request: Request, response: Response) -> Response:
        """Record the status code the server sent."""
        request.meta[WIRE_STATUS] = response.status
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        """Record the kind of network failure."""
        request.meta[WIRE_STATUS] = type(exception).__name__


def retry_after_seconds(value: bytes | str | None, *, now: float | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or HTTP-date), None if absent."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, waiting before each retry: Retry-After or exponential backoff.

    A Retry-After also pauses the whole host for that long (when a download delay is set).

    A Retry-After longer than DOCS2API_MAX_RETRY_AFTER gives up on the page at once rather
    than stall the crawl (the page is listed as failed in the report).
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff = settings.getfloat("DOCS2API_BACKOFF", 1.0)
        self.backoff_max = settings.getfloat("DOCS2API_BACKOFF_MAX", 30.0)
        self.max_retry_after = settings.getfloat("DOCS2API_MAX_RETRY_AFTER", 120.0)

    def _backoff(self, request: Request) -> float:
        tries = int(request.meta.get("retry_times", 0))
        return float(min(self.backoff_max, self.backoff * (2 ** max(0, tries - 1))))

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        """Retry 429/5xx after waiting; give up at once on an over-long Retry-After."""
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if (
            wait is not None
            and wait > self.max_retry_after
            and response.status in self.retry_http_codes
        ):
            request.meta["docs2api_reason"] = (
                f"Retry-After {wait:.0f} s is beyond the {self.max_retry_after:.0f} s limit"
            )
            return response
        result = super().process_response(request, response)
        if isinstance(result, Request):
            if wait is not None:
                self._pause_host(request, wait)
            await asyncio.sleep(wait if wait is not None else self._backoff(result))
        return result

    def _pause_host(self, request: Request, seconds: float) -> None:
        """Hold back every request to the host for `seconds`, not only the retried one.

        Works through the download slot's delay bookkeeping (the next request leaves
        `delay` after `lastseen`), so it applies when a download delay is set, as by default.
        """
        engine = self.crawler.engine
        if engine is None:
            return
        downloader = engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay > 0:
            slot.lastseen = max(slot.lastseen, time.monotonic() + seconds - slot.delay)

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        """Retry timeouts and connection failures after an exponential backoff."""
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(self._backoff(result))
        return result
