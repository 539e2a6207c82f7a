"""Authentication checks: which operations need credentials, and AK/SK signature verification.

The signature is Huawei's "SDK-HMAC-SHA256" (APIG signer): canonical request = method,
canonical URI (each segment percent-encoded, ending in "/"), sorted encoded query, canonical
headers (``name:value`` lowercased and sorted, each line ending in a newline), the signed
header list, hex SHA-256 of the body; string to sign = algorithm, X-Sdk-Date, hex SHA-256 of
the canonical request; signature = hex HMAC-SHA256 keyed with the SK.
"""

from __future__ import annotations

import hmac
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from docs2api import signing


@dataclass(frozen=True)
class Scheme:
    """One security scheme reduced to what the mock checks: where the credential travels."""

    name: str
    kind: str  # "token" (any API key), "aksk" (signed Authorization), "http"
    location: str  # header, query, cookie
    key: str  # header / parameter name


def schemes(spec: Mapping[str, Any]) -> dict[str, Scheme]:
    """The spec's security schemes by name."""
    components = spec.get("components")
    raw = components.get("securitySchemes") if isinstance(components, Mapping) else None
    out: dict[str, Scheme] = {}
    for name, scheme in raw.items() if isinstance(raw, Mapping) else []:
        if not isinstance(scheme, Mapping):
            continue
        kind = str(scheme.get("type"))
        if kind == "apiKey":
            key = str(scheme.get("name") or "")
            signed = key.lower() == "authorization" and (
                "HMAC" in str(scheme.get("description", "")).upper() or name == "aksk"
            )
            out[str(name)] = Scheme(
                str(name), "aksk" if signed else "token", str(scheme.get("in", "header")), key
            )
        else:  # http (basic/bearer), oauth2, openIdConnect: a bearer-ish Authorization header
            out[str(name)] = Scheme(str(name), "http", "header", "Authorization")
    return out


def requirements(
    spec: Mapping[str, Any], op: Mapping[str, Any]
) -> list[dict[str, list[str]]] | None:
    """The operation's security alternatives, or None when it needs no credentials."""
    security = op.get("security", spec.get("security"))
    if not isinstance(security, list) or not security:
        return None
    alternatives = [dict(r) for r in security if isinstance(r, Mapping)]
    if not alternatives or any(not r for r in alternatives):
        return None  # `{}` among the alternatives makes auth optional
    return alternatives


@dataclass(frozen=True)
class Credentials:
    """What the mock accepts: None = any well-formed credential."""

    tokens: Collection[str] | None = None
    keys: Mapping[str, str] | None = None
    max_skew_seconds: int | None = 15 * 60


def authorized(
    alternatives: Sequence[Mapping[str, Any]],
    known: Mapping[str, Scheme],
    request: SignedRequest,
    credentials: Credentials,
) -> bool:
    """Whether one alternative's schemes are all satisfied by the request."""
    for alternative in alternatives:
        if all(
            name in known and _satisfied(known[name], request, credentials) for name in alternative
        ):
            return True
    return False


@dataclass(frozen=True)
class SignedRequest:
    """The parts of a request a signature covers."""

    method: str
    raw_path: str
    query: Sequence[tuple[str, str]]
    headers: Mapping[str, str]  # lower-cased names
    body: bytes
    cookies: Mapping[str, str]


def _satisfied(scheme: Scheme, request: SignedRequest, credentials: Credentials) -> bool:
    if scheme.location == "query":
        values = [v for k, v in request.query if k == scheme.key]
        value = values[0] if values else None
    elif scheme.location == "cookie":
        value = request.cookies.get(scheme.key)
    else:
        value = request.headers.get(scheme.key.lower())
    if not value:
        return False
    if scheme.kind == "aksk":
        return verify_signature(request, credentials.keys, credentials.max_skew_seconds)
    if scheme.kind == "token" and credentials.tokens is not None:
        return value in credentials.tokens
    return True


def string_to_sign(request: SignedRequest, signed_headers: Sequence[str]) -> str | None:
    """The string the client signed, or None when a signed header or X-Sdk-Date is missing."""
    date = request.headers.get("x-sdk-date")
    if date is None or any(name not in request.headers for name in signed_headers):
        return None
    canonical = "\n".join(
        [
            request.method.upper(),
            signing.canonical_uri(request.raw_path),
            signing.canonical_query_pairs(request.query),
            signing.canonical_headers(request.headers, signed_headers),
            ";".join(signed_headers),
            signing.body_hash(request.body),
        ]
    )
    return signing.string_to_sign(canonical, date)


def sign(request: SignedRequest, secret_key: str, signed_headers: Sequence[str]) -> str:
    """The hex signature for a request (used by tests and by verification)."""
    return signing.signature(secret_key, string_to_sign(request, signed_headers) or "")


def verify_signature(
    request: SignedRequest,
    keys: Mapping[str, str] | None,
    max_skew_seconds: int | None = None,
    now: datetime | None = None,
) -> bool:
    """Whether the Authorization header is a well-formed (and, given keys, valid) signature."""
    parsed = signing.parse_authorization(request.headers.get("authorization", ""))
    if parsed is None:
        return False
    signed_headers = list(parsed.signed_headers)
    if keys is None:
        return True
    secret = keys.get(parsed.access_key)
    if secret is None or signed_headers != sorted(signed_headers):
        return False
    if max_skew_seconds is not None and not _fresh(request, max_skew_seconds, now):
        return False
    if string_to_sign(request, signed_headers) is None:
        return False
    expected = sign(request, secret, signed_headers)
    return hmac.compare_digest(expected, parsed.signature)


def _fresh(request: SignedRequest, max_skew_seconds: int, now: datetime | None) -> bool:
    raw = request.headers.get("x-sdk-date", "")
    try:
        stamp = datetime.strptime(raw, signing.DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return False
    current = now or datetime.now(UTC)
    return abs((current - stamp).total_seconds()) <= max_skew_seconds
