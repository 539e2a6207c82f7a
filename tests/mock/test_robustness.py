"""The mock never answers 500, whatever arrives (hypothesis-generated garbage requests)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from docs2api.mock import create_app

_METHODS = st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "FOO"])
_SEGMENT = st.one_of(
    st.sampled_from(["v1", "v2", "datasets", "jobs", "action", "public", "health", "p", "7"]),
    st.text(min_size=0, max_size=12),
)
_HEADER_VALUE = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
_HEADERS = st.dictionaries(
    st.sampled_from(
        ["X-Auth-Token", "Authorization", "X-Language", "Prefer", "Content-Type", "X-Sdk-Date"]
    ),
    _HEADER_VALUE,
    max_size=5,
)
_BODY = st.one_of(
    st.binary(max_size=200),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=10,
    ).map(lambda v: __import__("json").dumps(v).encode()),
)


class _Failures(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def failures() -> Iterator[_Failures]:
    handler = _Failures()
    logger = logging.getLogger("docs2api.mock")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@pytest.fixture(scope="module")
def clients(request: pytest.FixtureRequest) -> list[TestClient]:
    spec: dict[str, Any] = request.getfixturevalue("datasets_spec")
    return [
        TestClient(create_app(spec, max_body_bytes=64)),
        TestClient(create_app(spec, stateful=True, verify_keys={"AK": "SK"})),
    ]


_TEMPLATES = [
    "/v2/{a}/datasets",
    "/v2/{a}/datasets/{b}",
    "/v1/{a}/jobs/{b}/action",
    "/v1/public/health",
]


@st.composite
def _paths(draw: st.DrawFn) -> str:
    from urllib.parse import quote

    if draw(st.booleans()):
        segments = draw(st.lists(_SEGMENT, max_size=6))
        return "/" + "/".join(quote(s, safe="") for s in segments)
    template = draw(st.sampled_from(_TEMPLATES))
    for name in ("{a}", "{b}"):
        template = template.replace(name, quote(draw(_SEGMENT), safe=""))
    return template


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    method=_METHODS,
    path=_paths(),
    query=st.text(max_size=30),
    headers=_HEADERS,
    body=_BODY,
    which=st.integers(0, 1),
)
def test_never_a_server_error(
    clients: list[TestClient],
    failures: _Failures,
    method: str,
    path: str,
    query: str,
    headers: dict[str, str],
    body: bytes,
    which: int,
) -> None:
    from urllib.parse import quote

    path = "/" + path.lstrip("/")  # a client cannot send "//..." as a relative URL
    url = f"{path}?{quote(query, safe='=&')}" if query else path
    response = clients[which].request(method, url, headers=headers, content=body)
    assert response.status_code < 500
    assert failures.messages == []  # no request reached the catch-all
    if response.status_code >= 400 and method != "HEAD":
        assert set(response.json()) >= {"error_code", "error_msg"}
