"""AK/SK signing (SDK-HMAC-SHA256): canonical forms, a hand-computed signature, sign/verify."""

from __future__ import annotations

import hashlib
import hmac
import types
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests

from docs2api.signing import (
    Credentials,
    canonical_query,
    canonical_request,
    canonical_uri,
    host_of,
    parse_authorization,
    sign,
    verify,
)
from docs2api.testing import HuaweiAuth, auth_from_env

MOMENT = datetime(2026, 11, 27, 8, 30, 5, tzinfo=UTC)
CREDS = Credentials("AKEXAMPLE", "SKEXAMPLESECRET")


def test_canonical_uri_and_query() -> None:
    assert canonical_uri("/v2/abc/datasets") == "/v2/abc/datasets/"
    assert canonical_uri("/v2/abc/datasets/") == "/v2/abc/datasets/"
    assert canonical_uri("") == "/"
    # decoded first, then every segment encoded (so encoded and raw spellings agree)
    assert (
        canonical_uri("/v1/a b/%E6%95%B0")
        == canonical_uri("/v1/a%20b/数")
        == ("/v1/a%20b/%E6%95%B0/")
    )
    assert canonical_uri("/x/a~b_c.d-e") == "/x/a~b_c.d-e/"
    assert canonical_query("limit=10&offset=0&a=2&a=1") == "a=1&a=2&limit=10&offset=0"
    assert canonical_query("name=a+b&flag") == "flag=&name=a%20b"
    assert canonical_query("") == ""


def test_signature_matches_the_design_by_hand() -> None:
    url = "https://modelarts.example.com/v2/proj/datasets?offset=0&limit=10"
    body = b'{"name": "ds"}'
    headers = {"Content-Type": "application/json", "User-Agent": "not-signed"}
    added = sign("post", url, headers, body, CREDS, moment=MOMENT)
    assert added["Host"] == "modelarts.example.com"
    assert added["X-Sdk-Date"] == "20261127T083005Z"

    canonical = (
        "POST\n"
        "/v2/proj/datasets/\n"
        "limit=10&offset=0\n"
        "content-type:application/json\n"
        "host:modelarts.example.com\n"
        "x-sdk-date:20261127T083005Z\n"
        "\n"
        "content-type;host;x-sdk-date\n" + hashlib.sha256(body).hexdigest()
    )
    to_sign = "SDK-HMAC-SHA256\n20261127T083005Z\n" + hashlib.sha256(canonical.encode()).hexdigest()
    expected = hmac.new(b"SKEXAMPLESECRET", to_sign.encode(), hashlib.sha256).hexdigest()
    assert added["Authorization"] == (
        "SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=content-type;host;x-sdk-date, "
        f"Signature={expected}"
    )
    all_headers = {**headers, **added}
    assert (
        canonical_request(
            "POST",
            "/v2/proj/datasets",
            "offset=0&limit=10",
            all_headers,
            ["content-type", "host", "x-sdk-date"],
            body,
        )
        == canonical
    )


def test_verify_accepts_signed_and_rejects_tampering() -> None:
    url = "http://127.0.0.1:8080/v1/p/items/a%20b?x=1"
    headers = {"Content-Type": "application/json", "X-Project-Id": "p"}
    body = b"{}"
    added = sign("PUT", url, headers, body, CREDS, moment=MOMENT)
    assert added["Host"] == "127.0.0.1:8080"
    sent = {**headers, **added}
    keys = {"AKEXAMPLE": "SKEXAMPLESECRET"}

    def check(**changes: object) -> str | None:
        args: dict[str, object] = {
            "method": "PUT",
            "path": "/v1/p/items/a%20b",
            "query": "x=1",
            "headers": sent,
            "body": body,
            "secret_keys": keys,
            "now": MOMENT + timedelta(seconds=30),
        }
        args.update(changes)
        return verify(**args)  # type: ignore[arg-type]

    assert check() is None
    assert check(body=b'{"a": 1}') == "signature does not match"
    assert check(query="x=2") == "signature does not match"
    assert check(method="POST") == "signature does not match"
    assert check(headers={**sent, "X-Project-Id": "q"}) == "signature does not match"
    assert check(secret_keys={"OTHER": "x"}) == "unknown access key 'AKEXAMPLE'"
    assert "away from the server clock" in str(check(now=MOMENT + timedelta(hours=1)))
    assert check(headers={"Host": "h"}) is not None
    parsed = parse_authorization(sent["Authorization"])
    assert parsed is not None
    assert parsed.signed_headers == ("content-type", "host", "x-project-id", "x-sdk-date")


def test_temporary_credentials_sign_the_security_token() -> None:
    creds = Credentials("AK", "SK", security_token="tok")
    added = sign("GET", "https://h.example.com/v1/x", {}, None, creds, moment=MOMENT)
    assert added["X-Security-Token"] == "tok"
    assert "x-security-token" in added["Authorization"]


def test_host_of_ports() -> None:
    assert host_of("https://a.example.com:443/x") == "a.example.com"
    assert host_of("http://a.example.com:8080/x") == "a.example.com:8080"
    assert host_of("http://[::1]:9000/") == "[::1]:9000"


def test_requests_auth_signs_the_final_prepared_request() -> None:
    auth = HuaweiAuth(credentials=CREDS, project_id="proj1")
    request = requests.Request(
        "POST",
        "https://svc.example.com/v1/proj1/items",
        params={"b": "2", "a": "x y"},
        json={"name": "数据"},
        auth=auth,
    ).prepare()
    assert request.headers["X-Project-Id"] == "proj1"
    body = request.body if isinstance(request.body, bytes) else str(request.body).encode()
    reason = verify(
        "POST",
        "/v1/proj1/items",
        request.url.split("?", 1)[1] if request.url else "",
        dict(request.headers),
        body,
        {"AKEXAMPLE": "SKEXAMPLESECRET"},
        max_skew_seconds=None,
    )
    assert reason is None


def test_credentials_from_environment() -> None:
    assert auth_from_env({}) is None
    signed = auth_from_env(
        {
            "HUAWEICLOUD_SDK_AK": "ak",
            "HUAWEICLOUD_SDK_SK": "sk",
            "HUAWEICLOUD_SDK_PROJECT_ID": "p",
            "HUAWEICLOUD_SDK_TOKEN": "ignored-when-keys-exist",
        }
    )
    assert signed is not None and signed.credentials == Credentials("ak", "sk")
    assert signed.project_id == "p" and signed.token is None
    token = auth_from_env({"HUAWEICLOUD_SDK_TOKEN": "t"})
    assert token is not None and token.token == "t" and token.credentials is None


CASES = [
    ("GET", "https://svc.example.com/v2/proj/datasets?limit=10&offset=0", {}, b""),
    (
        "POST",
        "https://svc.example.com/v1/p/items?tag=b&tag=a&empty=&q=a%20b",
        {"Content-Type": "application/json;charset=UTF-8", "X-Project-Id": "p"},
        '{"name": "数据集", "n": 1}'.encode(),
    ),
    ("DELETE", "http://127.0.0.1:8080/v1/p/items/a%20b/%E6%95%B0~x", {}, None),
    ("PUT", "https://svc.example.com/v1/p/x/", {"Content-Type": "text/plain"}, b"  raw  "),
]


def _client_signer() -> Any:
    """The generated client's signer, loaded from its template (plain Python)."""
    pytest.importorskip("httpx")
    template = (
        Path(__file__).resolve().parent.parent
        / "generator"
        / "templates"
        / "client"
        / "huawei_auth.py.jinja"
    )
    if not template.is_file():
        pytest.skip("the client's signer template is not in this checkout")
    module = types.ModuleType("client_huawei_auth")
    exec(compile(template.read_text(encoding="utf-8"), str(template), "exec"), module.__dict__)
    return module


@pytest.mark.parametrize(("method", "url", "headers", "body"), CASES)
def test_cross_check_with_the_clients_signer(
    method: str, url: str, headers: dict[str, str], body: bytes | None
) -> None:
    import httpx

    client = _client_signer()
    ours = sign(method, url, headers, body, CREDS, moment=MOMENT)
    request = httpx.Request(
        method, url, headers={**headers, "X-Sdk-Date": ours["X-Sdk-Date"]}, content=body or b""
    )
    theirs = client.sign(request, CREDS.access_key, CREDS.secret_key)
    assert theirs == ours["Authorization"]
    raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
    assert (
        verify(
            method,
            raw_path,
            query,
            dict(request.headers),
            request.content,
            {CREDS.access_key: CREDS.secret_key},
            now=MOMENT,
        )
        is None
    )


@pytest.mark.parametrize(("method", "url", "headers", "body"), CASES)
def test_cross_check_with_the_mocks_verifier(
    method: str, url: str, headers: dict[str, str], body: bytes | None
) -> None:
    auth = pytest.importorskip("docs2api.mock.auth")
    sent = {**headers, **sign(method, url, headers, body, CREDS, moment=MOMENT)}
    parts = urlsplit(url)
    request = auth.SignedRequest(
        method=method,
        raw_path=parts.path,
        query=parse_qsl(parts.query, keep_blank_values=True),
        headers={name.lower(): value for name, value in sent.items()},
        body=body or b"",
        cookies={},
    )
    keys = {CREDS.access_key: CREDS.secret_key}
    assert auth.verify_signature(request, keys, None)
    assert not auth.verify_signature(request, {CREDS.access_key: "wrong"}, None)
