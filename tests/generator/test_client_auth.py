"""Huawei authentication of the generated client: the published signing vector, edge cases."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.generator.client_helpers import SPECS, generate_and_import, load

# Huawei's "API Request Signing Guide" worked example (support.huaweicloud.com, devg-apisign,
# api-sign-algorithm-002 / -003 / -004): the VPC list request below, its hashed canonical
# request (to-be-signed string) and the signature for the documented SK.
VECTOR_URL = (
    "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
    "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"
)
VECTOR_DATE = "20191115T033655Z"
VECTOR_SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
VECTOR_HASHED_CANONICAL = "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
VECTOR_SIGNATURE = "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
VECTOR_CANONICAL = (
    "GET\n"
    "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
    "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
    "content-type:application/json\n"
    "host:service.region.example.com\n"
    "x-sdk-date:20191115T033655Z\n"
    "\n"
    "content-type;host;x-sdk-date\n"
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)
FIXED = datetime(2019, 11, 15, 3, 36, 55, tzinfo=UTC)


@pytest.fixture(scope="module")
def auth(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The huawei_auth module of a freshly generated client."""
    out = tmp_path_factory.mktemp("auth")
    generate_and_import(SPECS / "paging.yaml", out, "demo_client_auth")
    module: ModuleType = load("demo_client_auth.huawei_auth")
    return module


def _signed(auth: ModuleType, request: httpx.Request, **options: Any) -> httpx.Request:
    flow = auth.AkSkAuth("AK", VECTOR_SK, clock=lambda: FIXED, **options).auth_flow(request)
    signed: httpx.Request = next(flow)
    return signed


def _parts(authorization: str) -> dict[str, str]:
    algorithm, rest = authorization.split(" ", 1)
    assert algorithm == "SDK-HMAC-SHA256"
    return dict(part.strip().split("=", 1) for part in rest.split(","))


def _independent_signature(request: httpx.Request, signed_headers: list[str], sk: str) -> str:
    """The documented algorithm, written out once more without the generated code."""
    path = request.url.path
    segments = [quote(s, safe="~") for s in path.split("/")]
    uri = "/".join(segments)
    uri = uri if uri.endswith("/") else uri + "/"
    pairs = sorted(request.url.params.multi_items())
    query = "&".join(f"{quote(k, safe='~')}={quote(v, safe='~')}" for k, v in pairs)
    headers = "".join(f"{name}:{request.headers[name].strip()}\n" for name in signed_headers)
    body = hashlib.sha256(request.content).hexdigest()
    canonical = "\n".join([request.method, uri, query, headers, ";".join(signed_headers), body])
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    to_sign = f"SDK-HMAC-SHA256\n{request.headers['x-sdk-date']}\n{digest}"
    return hmac.new(sk.encode(), to_sign.encode(), hashlib.sha256).hexdigest()


def test_huawei_published_vector_canonical_request(auth: ModuleType) -> None:
    headers = {
        "content-type": "application/json",
        "host": "service.region.example.com",
        "x-sdk-date": VECTOR_DATE,
    }
    url = httpx.URL(VECTOR_URL)
    canonical = auth.canonical_request(
        "GET",
        url.path,
        url.query.decode(),
        headers,
        ["content-type", "host", "x-sdk-date"],
        hashlib.sha256(b"").hexdigest(),
    )
    assert canonical == VECTOR_CANONICAL
    to_sign = auth.string_to_sign(canonical, VECTOR_DATE)
    assert to_sign == f"SDK-HMAC-SHA256\n{VECTOR_DATE}\n{VECTOR_HASHED_CANONICAL}"
    assert auth.signature(VECTOR_SK, to_sign) == VECTOR_SIGNATURE


def test_huawei_published_vector_through_httpx_auth(auth: ModuleType) -> None:
    """The flow on a real httpx request (with httpx's extra headers) signs byte for byte."""
    client = httpx.Client()
    request = client.build_request(
        "GET", VECTOR_URL, headers={"Content-Type": "application/json", "X-Sdk-Date": VECTOR_DATE}
    )
    signed = _signed(auth, request)
    fields = _parts(signed.headers["Authorization"])
    assert fields == {
        "Access": "AK",
        "SignedHeaders": "content-type;host;x-sdk-date",
        "Signature": VECTOR_SIGNATURE,
    }


def test_sdk_date_comes_from_the_clock_and_is_signed(auth: ModuleType) -> None:
    request = httpx.Request("GET", "https://svc.example.com/v1/x")
    signed = _signed(auth, request)
    assert signed.headers["X-Sdk-Date"] == VECTOR_DATE
    assert "x-sdk-date" in _parts(signed.headers["Authorization"])["SignedHeaders"].split(";")


def test_temporary_credentials_and_project_are_sent_and_signed(auth: ModuleType) -> None:
    request = httpx.Request("GET", "https://svc.example.com/v1/x")
    signed = _signed(auth, request, security_token="STS-TOKEN", project_id="p-1")
    assert signed.headers["X-Security-Token"] == "STS-TOKEN"
    assert signed.headers["X-Project-Id"] == "p-1"
    names = _parts(signed.headers["Authorization"])["SignedHeaders"].split(";")
    assert names == ["host", "x-project-id", "x-sdk-date", "x-security-token"]
    expected = _independent_signature(signed, names, VECTOR_SK)
    assert _parts(signed.headers["Authorization"])["Signature"] == expected


@pytest.mark.parametrize(
    ("params", "expected_query"),
    [
        ({"b": "2", "a": "1"}, "a=1&b=2"),
        ({"q": "a b/c~d*e"}, "q=a%20b%2Fc~d%2Ae"),
        ({"name": "数据集"}, "name=%E6%95%B0%E6%8D%AE%E9%9B%86"),
        ({"empty": ""}, "empty="),
        ({"@modelarts:feature": "x"}, "%40modelarts%3Afeature=x"),
    ],
)
def test_query_encoding(auth: ModuleType, params: dict[str, str], expected_query: str) -> None:
    request = httpx.Request("GET", "https://svc.example.com/v1/x", params=params)
    assert auth.canonical_query(request.url.query.decode()) == expected_query
    signed = _signed(auth, request)
    names = _parts(signed.headers["Authorization"])["SignedHeaders"].split(";")
    assert _parts(signed.headers["Authorization"])["Signature"] == _independent_signature(
        signed, names, VECTOR_SK
    )


def test_repeated_query_keys_sorted_by_value(auth: ModuleType) -> None:
    request = httpx.Request(
        "GET", "https://svc.example.com/v1/x", params=[("tag", "b"), ("id", "9"), ("tag", "a")]
    )
    assert auth.canonical_query(request.url.query.decode()) == "id=9&tag=a&tag=b"
    # the order the keys are sent in does not change the signature
    other = httpx.Request(
        "GET", "https://svc.example.com/v1/x", params=[("tag", "a"), ("tag", "b"), ("id", "9")]
    )
    first = _parts(_signed(auth, request).headers["Authorization"])["Signature"]
    second = _parts(_signed(auth, other).headers["Authorization"])["Signature"]
    assert first == second


def test_empty_body_hashes_the_empty_string(auth: ModuleType) -> None:
    request = httpx.Request("DELETE", "https://svc.example.com/v1/x")
    signed = _signed(auth, request)
    names = _parts(signed.headers["Authorization"])["SignedHeaders"].split(";")
    canonical = auth.canonical_request(
        "DELETE",
        "/v1/x",
        "",
        {k.lower(): v for k, v in signed.headers.items()},
        names,
        hashlib.sha256(b"").hexdigest(),
    )
    assert canonical.endswith("\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    assert _parts(signed.headers["Authorization"])["Signature"] == _independent_signature(
        signed, names, VECTOR_SK
    )


def test_body_is_signed(auth: ModuleType) -> None:
    one = _signed(auth, httpx.Request("POST", "https://svc.example.com/v1/x", json={"a": 1}))
    two = _signed(auth, httpx.Request("POST", "https://svc.example.com/v1/x", json={"a": 2}))
    assert one.headers["Authorization"] != two.headers["Authorization"]
    names = _parts(one.headers["Authorization"])["SignedHeaders"].split(";")
    assert "content-type" in names
    assert _parts(one.headers["Authorization"])["Signature"] == _independent_signature(
        one, names, VECTOR_SK
    )


def test_unicode_path_segments(auth: ModuleType) -> None:
    segment = quote("数据 集", safe="")
    request = httpx.Request("GET", f"https://svc.example.com/v1/{segment}/items")
    assert auth.canonical_uri(request.url.raw_path.decode()) == (
        "/v1/%E6%95%B0%E6%8D%AE%20%E9%9B%86/items/"
    )
    signed = _signed(auth, request)
    names = _parts(signed.headers["Authorization"])["SignedHeaders"].split(";")
    assert _parts(signed.headers["Authorization"])["Signature"] == _independent_signature(
        signed, names, VECTOR_SK
    )


def test_canonical_uri_always_ends_with_slash(auth: ModuleType) -> None:
    assert auth.canonical_uri("/v1/x") == "/v1/x/"
    assert auth.canonical_uri("/v1/x/") == "/v1/x/"
    assert auth.canonical_uri("") == "/"


def test_signing_happens_on_the_final_request(auth: ModuleType) -> None:
    """Headers added by the client (defaults, auth) are in place before the signature is made."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    ak_sk = auth.AkSkAuth("AK", "SK", clock=lambda: FIXED, project_id="p")
    with httpx.Client(
        transport=httpx.MockTransport(handler), auth=ak_sk, headers={"X-Language": "en-us"}
    ) as client:
        client.post("https://svc.example.com/v1/x?b=1&a=2", json={"k": "值"})
    sent = seen[0]
    names = _parts(sent.headers["Authorization"])["SignedHeaders"].split(";")
    assert names == ["content-type", "host", "x-language", "x-project-id", "x-sdk-date"]
    assert _parts(sent.headers["Authorization"])["Signature"] == _independent_signature(
        sent, names, "SK"
    )


def test_token_auth_sends_x_auth_token(auth: ModuleType) -> None:
    request = next(auth.TokenAuth("tok-123").auth_flow(httpx.Request("GET", "https://x.example")))
    assert request.headers["X-Auth-Token"] == "tok-123"
    assert "Authorization" not in request.headers


def test_unsigned_payload(auth: ModuleType) -> None:
    request = httpx.Request(
        "PUT",
        "https://svc.example.com/v1/x",
        content=b"large",
        headers={"X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"},
    )
    signed = _signed(auth, request)
    names = _parts(signed.headers["Authorization"])["SignedHeaders"].split(";")
    canonical = auth.canonical_request(
        "PUT",
        "/v1/x",
        "",
        {k.lower(): v for k, v in signed.headers.items()},
        names,
        "UNSIGNED-PAYLOAD",
    )
    to_sign = auth.string_to_sign(canonical, VECTOR_DATE)
    expected = auth.signature(VECTOR_SK, to_sign)
    assert _parts(signed.headers["Authorization"])["Signature"] == expected


def test_generated_package_is_self_contained(auth: ModuleType) -> None:
    package = Path(str(auth.__file__)).parent
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("generator", "docs2api", "scraper"):
            assert f"import {forbidden}" not in source, (path, forbidden)
            assert f"from {forbidden}" not in source, (path, forbidden)


def test_query_is_sent_as_signed(auth: ModuleType) -> None:
    request = httpx.Request("GET", "https://svc.example.com/v1/x", params={"q": "a b", "a": "1"})
    assert b"+" in request.url.query  # httpx's own form encoding
    signed = _signed(auth, request)
    assert signed.url.query == b"a=1&q=a%20b"
    names = _parts(signed.headers["Authorization"])["SignedHeaders"].split(";")
    assert _parts(signed.headers["Authorization"])["Signature"] == _independent_signature(
        signed, names, VECTOR_SK
    )
