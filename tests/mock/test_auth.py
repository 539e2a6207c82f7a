"""AK/SK signature verification against an independent implementation of the signer."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote

import pytest
from starlette.testclient import TestClient

from docs2api.mock import create_app

AK, SK = "AKEXAMPLE", "secret-key"


def _signed_headers(
    method: str, path: str, query: dict[str, str], body: bytes, *, sk: str = SK, when: datetime
) -> dict[str, str]:
    """Headers a Huawei APIG-style client sends (written from DESIGN.md, not from the mock)."""
    date = when.strftime("%Y%m%dT%H%M%SZ")
    headers = {"host": "testserver", "x-sdk-date": date, "content-type": "application/json"}
    uri = "/".join(quote(unquote(part), safe="~") for part in path.split("/"))
    uri = uri if uri.endswith("/") else uri + "/"
    canonical_query = "&".join(
        f"{quote(k, safe='~')}={quote(v, safe='~')}" for k, v in sorted(query.items())
    )
    names = sorted(headers)
    canonical_headers = "".join(f"{n}:{headers[n].strip()}\n" for n in names)
    request = "\n".join(
        [
            method,
            uri,
            canonical_query,
            canonical_headers,
            ";".join(names),
            hashlib.sha256(body).hexdigest(),
        ]
    )
    to_sign = f"SDK-HMAC-SHA256\n{date}\n{hashlib.sha256(request.encode()).hexdigest()}"
    signature = hmac.new(sk.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
    auth = f"SDK-HMAC-SHA256 Access={AK}, SignedHeaders={';'.join(names)}, Signature={signature}"
    return {"X-Sdk-Date": date, "Content-Type": "application/json", "Authorization": auth}


@pytest.fixture
def client(datasets_spec: dict[str, Any]) -> TestClient:
    return TestClient(create_app(datasets_spec, verify_keys={AK: SK}))


def test_valid_signature_passes(client: TestClient) -> None:
    now = datetime.now(UTC)
    body = b'{"dataset_name": "d", "data_sources": [{"data_path": "/b"}]}'
    headers = _signed_headers("POST", "/v2/p1/datasets", {}, body, when=now)
    assert client.post("/v2/p1/datasets", headers=headers, content=body).status_code == 201
    query = {"limit": "5", "search_content": "a b/c"}
    headers = _signed_headers("GET", "/v2/p1/datasets", query, b"", when=now)
    assert client.get("/v2/p1/datasets", params=query, headers=headers).status_code == 200


@pytest.mark.parametrize(
    "tamper", ["wrong key", "other body", "stale date", "other path", "unknown AK"]
)
def test_invalid_signatures_get_401(client: TestClient, tamper: str) -> None:
    now = datetime.now(UTC)
    body = b'{"dataset_name": "d", "data_sources": [{"data_path": "/b"}]}'
    path = "/v2/p1/datasets"
    when = now - timedelta(hours=1) if tamper == "stale date" else now
    headers = _signed_headers(
        "POST",
        "/v2/p2/datasets" if tamper == "other path" else path,
        {},
        body,
        sk="nope" if tamper == "wrong key" else SK,
        when=when,
    )
    if tamper == "unknown AK":
        headers["Authorization"] = headers["Authorization"].replace(AK, "OTHER")
    sent = body.replace(b'"d"', b'"e"') if tamper == "other body" else body
    response = client.post(path, headers=headers, content=sent)
    assert response.status_code == 401
    assert response.json()["error_code"] == "ModelArts.0401"


def test_without_keys_any_well_formed_signature_passes(datasets_spec: dict[str, Any]) -> None:
    client = TestClient(create_app(datasets_spec))
    auth = "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc123"
    assert client.get("/v2/p1/datasets", headers={"Authorization": auth}).status_code == 200
