"""Huawei Cloud AK/SK request signing ("SDK-HMAC-SHA256"), exactly as DESIGN.md states it.

canonical request = METHOD \\n canonical URI \\n canonical query \\n canonical headers \\n
                    signed header list \\n hex SHA-256 of the body
  - canonical URI: each path segment percent-encoded (after decoding it), always ending in "/"
  - canonical query: ``key=value`` pairs, each part percent-encoded, sorted, joined with "&"
  - canonical headers: ``name:value\\n`` for each signed header, name lowercased, value trimmed,
    sorted by name (so the block ends in a newline, and a blank line precedes the list)
  - signed header list: the lowercased names joined with ";"
string to sign = "SDK-HMAC-SHA256\\n" + X-Sdk-Date + "\\n" + hex SHA-256(canonical request)
signature = hex HMAC-SHA256(key=SK, string to sign)
Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=..., Signature=...

The functions are pure (time comes in as an argument) so that the client, the mock and the
test runner can be cross-checked on the same inputs. Signing is applied to the final
serialized request: method, URL as sent, headers as sent and the body bytes as sent.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
SECURITY_TOKEN_HEADER = "X-Security-Token"
_AUTH = re.compile(
    r"^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)\s*$"
)


def _encode(text: str) -> str:
    # RFC 3986 unreserved characters stay; everything else, "/" included, is percent-encoded.
    return quote(text, safe="~")


def canonical_uri(path: str) -> str:
    """Each segment decoded then percent-encoded; always ends in ``/``."""
    encoded = "/".join(_encode(unquote(segment)) for segment in (path or "/").split("/"))
    return encoded if encoded.endswith("/") else encoded + "/"


def canonical_query(query: str) -> str:
    """``k=v`` pairs of a raw query string, decoded, re-encoded, sorted, joined with ``&``."""
    return canonical_query_pairs(parse_qsl(query, keep_blank_values=True))


def canonical_query_pairs(pairs: Iterable[tuple[str, str]]) -> str:
    """Decoded ``(key, value)`` pairs, percent-encoded, sorted by key then value, ``&``-joined."""
    return "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(pairs))


def canonical_headers(headers: Mapping[str, str], signed: Sequence[str]) -> str:
    """``name:value\\n`` for each signed header (lowercased name, trimmed value), sorted."""
    lowered = {name.lower(): str(value).strip() for name, value in headers.items()}
    return "".join(f"{name}:{lowered.get(name, '')}\n" for name in sorted(signed))


def body_hash(body: bytes | str | None) -> str:
    """Hex SHA-256 of the body (of ``b""`` when there is none)."""
    data = body.encode("utf-8") if isinstance(body, str) else (body or b"")
    return hashlib.sha256(data).hexdigest()


def canonical_request(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    signed: Sequence[str],
    body: bytes | str | None,
) -> str:
    """The canonical request text that is hashed into the string to sign."""
    names = sorted(name.lower() for name in signed)
    return "\n".join(
        (
            method.upper(),
            canonical_uri(path),
            canonical_query(query),
            canonical_headers(headers, names),
            ";".join(names),
            body_hash(body),
        )
    )


def string_to_sign(canonical: str, sdk_date: str) -> str:
    """``SDK-HMAC-SHA256\\n<X-Sdk-Date>\\n<hex sha256(canonical request)>``."""
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{sdk_date}\n{digest}"


def signature(secret_key: str, to_sign: str) -> str:
    """Hex HMAC-SHA256 of the string to sign, keyed with the SK."""
    return hmac.new(secret_key.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def sdk_date(moment: datetime | None = None) -> str:
    """``YYYYMMDDTHHMMSSZ`` in UTC (now when no moment is given)."""
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime(DATE_FORMAT)


def host_of(url: str) -> str:
    """The Host header value a client sends for ``url`` (port only when not the default)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if parts.port in (None, default) else f"{host}:{parts.port}"


def headers_to_sign(headers: Mapping[str, str]) -> list[str]:
    """Which of a request's headers are signed: host, content-type and every ``x-`` header.

    Hop-by-hop and transport headers (connection, accept-encoding, content-length, user-agent)
    are left out because proxies and HTTP stacks rewrite them.
    """
    names = {name.lower() for name in headers}
    return sorted(n for n in names if n in ("host", "content-type") or n.startswith("x-"))


@dataclass(frozen=True, slots=True)
class Credentials:
    """An access key pair, with the session token of temporary credentials."""

    access_key: str
    secret_key: str
    security_token: str | None = None


def sign(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | str | None,
    credentials: Credentials,
    *,
    moment: datetime | None = None,
) -> dict[str, str]:
    """The headers to set on a request so that it is signed: Host, X-Sdk-Date, Authorization.

    ``url`` is the full URL as sent (path and query already encoded); ``headers`` the headers as
    sent. Existing Host and X-Sdk-Date headers are kept and signed as they are.
    """
    final: dict[str, str] = dict(headers)
    lowered = {name.lower(): name for name in final}
    added: dict[str, str] = {}
    if "host" not in lowered:
        added["Host"] = host_of(url)
    if DATE_HEADER.lower() not in lowered:
        added[DATE_HEADER] = sdk_date(moment)
    if credentials.security_token and SECURITY_TOKEN_HEADER.lower() not in lowered:
        added[SECURITY_TOKEN_HEADER] = credentials.security_token
    final.update(added)
    date = final[lowered.get(DATE_HEADER.lower(), DATE_HEADER)]
    signed = headers_to_sign(final)
    parts = urlsplit(url)
    canonical = canonical_request(method, parts.path, parts.query, final, signed, body)
    value = signature(credentials.secret_key, string_to_sign(canonical, date))
    added["Authorization"] = (
        f"{ALGORITHM} Access={credentials.access_key}, "
        f"SignedHeaders={';'.join(signed)}, Signature={value}"
    )
    return added


@dataclass(frozen=True, slots=True)
class Authorization:
    """The parts of an ``Authorization: SDK-HMAC-SHA256 ...`` header."""

    access_key: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str) -> Authorization | None:
    """Split an SDK-HMAC-SHA256 Authorization header; None when it is not one."""
    match = _AUTH.match(value.strip())
    if match is None:
        return None
    names = tuple(name for name in match.group(2).lower().split(";") if name)
    return Authorization(match.group(1), names, match.group(3).lower())


def verify(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes | str | None,
    secret_keys: Mapping[str, str],
    *,
    now: datetime | None = None,
    max_skew_seconds: int | None = 900,
) -> str | None:
    """Check a signed request as a server would; None when valid, else the reason it is not.

    ``path`` and ``query`` are as received (raw, still percent-encoded); ``secret_keys`` maps
    AK to SK. With ``max_skew_seconds``, X-Sdk-Date must be that close to ``now``.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    auth = parse_authorization(lowered.get("authorization", ""))
    if auth is None:
        return "missing or malformed SDK-HMAC-SHA256 Authorization header"
    secret = secret_keys.get(auth.access_key)
    if secret is None:
        return f"unknown access key {auth.access_key!r}"
    for required in ("host", DATE_HEADER.lower()):
        if required not in auth.signed_headers:
            return f"{required} is not among the signed headers"
    missing = [name for name in auth.signed_headers if name not in lowered]
    if missing:
        return f"signed header(s) absent from the request: {', '.join(missing)}"
    date = lowered[DATE_HEADER.lower()]
    try:
        moment = datetime.strptime(date, DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return f"X-Sdk-Date {date!r} is not YYYYMMDDTHHMMSSZ"
    if max_skew_seconds is not None:
        skew = abs(((now or datetime.now(UTC)) - moment).total_seconds())
        if skew > max_skew_seconds:
            return f"X-Sdk-Date {date} is {int(skew)} s away from the server clock"
    canonical = canonical_request(method, path, query, lowered, auth.signed_headers, body)
    expected = signature(secret, string_to_sign(canonical, date))
    if not hmac.compare_digest(expected, auth.signature):
        return "signature does not match"
    return None
