"""Huawei Cloud authentication as httpx.Auth: IAM token, and AK/SK signing (SDK-HMAC-SHA256).

The AK/SK signer signs the final request httpx is about to send: method, URL (path and query),
the ``host``, ``content-type`` and ``x-*`` headers, and the body.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Generator, Iterable, Mapping
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, unquote

import httpx

ALGORITHM = "SDK-HMAC-SHA256"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
HEADER_DATE = "X-Sdk-Date"
HEADER_SECURITY_TOKEN = "X-Security-Token"
HEADER_PROJECT_ID = "X-Project-Id"
HEADER_CONTENT_SHA256 = "X-Sdk-Content-Sha256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"


def _encode(text: str) -> str:
    """RFC 3986 percent-encoding of UTF-8: only ``A-Z a-z 0-9 - _ . ~`` stay as they are."""
    return quote(text, safe="~")


def canonical_uri(path: str) -> str:
    """Each path segment percent-encoded, always ending in ``/`` (as Huawei's signer does)."""
    segments = [_encode(segment) for segment in unquote(path).split("/")]
    uri = "/".join(segments)
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(query: str) -> str:
    """Query pairs decoded, sorted by key then value, re-encoded, joined with ``&``."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return "&".join(f"{_encode(key)}={_encode(value)}" for key, value in sorted(pairs))


def signed_header_names(headers: Iterable[str], extra: Iterable[str] = ()) -> list[str]:
    """The lower-cased, sorted names to sign: ``host``, ``content-type``, ``x-*`` and ``extra``."""
    wanted = {name.lower() for name in extra}
    chosen = {
        name.lower()
        for name in headers
        if name.lower() in ("host", "content-type") or name.lower().startswith("x-") or name.lower() in wanted
    }
    return sorted(chosen)


def canonical_request(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    signed_headers: list[str],
    body_sha256: str,
) -> str:
    """The canonical request of the SDK-HMAC-SHA256 algorithm (headers given lower-cased)."""
    header_lines = "".join(f"{name}:{headers[name].strip()}\n" for name in signed_headers)
    return "\n".join(
        [
            method.upper(),
            canonical_uri(path),
            canonical_query(query),
            header_lines,
            ";".join(signed_headers),
            body_sha256,
        ]
    )


def string_to_sign(canonical: str, sdk_date: str) -> str:
    """``SDK-HMAC-SHA256``, the X-Sdk-Date value and the hex SHA-256 of the canonical request."""
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{sdk_date}\n{digest}"


def signature(secret_key: str, to_sign: str) -> str:
    """Hex HMAC-SHA256 of the string to sign, keyed with the secret key."""
    return hmac.new(secret_key.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def sign(
    request: httpx.Request,
    access_key: str,
    secret_key: str,
    *,
    extra_signed_headers: Iterable[str] = (),
) -> str:
    """Set the Authorization header of ``request`` (which must carry X-Sdk-Date); return it."""
    lowered = {name.lower(): value for name, value in request.headers.items()}
    if "x-sdk-date" not in lowered:
        raise ValueError("the request has no X-Sdk-Date header to sign with")
    names = signed_header_names(lowered, extra_signed_headers)
    if lowered.get("x-sdk-content-sha256") == UNSIGNED_PAYLOAD:
        body_sha256 = UNSIGNED_PAYLOAD
    else:
        body_sha256 = hashlib.sha256(request.content).hexdigest()
    canonical = canonical_request(
        request.method,
        request.url.raw_path.split(b"?", 1)[0].decode("ascii"),
        request.url.query.decode("ascii"),
        lowered,
        names,
        body_sha256,
    )
    value = (
        f"{ALGORITHM} Access={access_key}, SignedHeaders={';'.join(names)}, "
        f"Signature={signature(secret_key, string_to_sign(canonical, lowered['x-sdk-date']))}"
    )
    request.headers["Authorization"] = value
    return value


def _utc_now() -> datetime:
    return datetime.now(UTC)


class TokenAuth(httpx.Auth):
    """IAM token authentication: sends ``X-Auth-Token`` (the ``X-Subject-Token`` IAM returned)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the token header."""
        request.headers["X-Auth-Token"] = self.token
        yield request


class AkSkAuth(httpx.Auth):
    """AK/SK signing (SDK-HMAC-SHA256) with X-Sdk-Date, and optional security token / project id.

    ``security_token`` is the token of temporary credentials (sent as X-Security-Token);
    ``project_id`` is sent as X-Project-Id; ``clock`` returns the signing time (UTC).
    """

    requires_request_body = True

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        security_token: str | None = None,
        project_id: str | None = None,
        extra_signed_headers: Iterable[str] = (),
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.access_key = access_key
        self.secret_key = secret_key
        self.security_token = security_token
        self.project_id = project_id
        self.extra_signed_headers = tuple(extra_signed_headers)
        self.clock = clock

    def with_project_id(self, project_id: str) -> AkSkAuth:
        """The same credentials sending ``project_id`` as X-Project-Id."""
        return AkSkAuth(
            self.access_key,
            self.secret_key,
            security_token=self.security_token,
            project_id=project_id,
            extra_signed_headers=self.extra_signed_headers,
            clock=self.clock,
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the date / token / project headers, then sign the request as it will be sent."""
        if HEADER_DATE not in request.headers:
            request.headers[HEADER_DATE] = self.clock().astimezone(UTC).strftime(DATE_FORMAT)
        if self.security_token:
            request.headers[HEADER_SECURITY_TOKEN] = self.security_token
        if self.project_id and HEADER_PROJECT_ID not in request.headers:
            request.headers[HEADER_PROJECT_ID] = self.project_id
        if request.url.query:
            # send the query exactly as signed (%20, not "+", for spaces; sorted), so that the
            # gateway's canonical form cannot differ from ours
            request.url = request.url.copy_with(
                query=canonical_query(request.url.query.decode("ascii")).encode("ascii")
            )
        sign(request, self.access_key, self.secret_key, extra_signed_headers=self.extra_signed_headers)
        yield request


__all__ = ["AkSkAuth", "TokenAuth", "canonical_query", "canonical_request", "canonical_uri", "sign"]
