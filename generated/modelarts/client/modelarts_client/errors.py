"""Errors raised by API functions: ApiError for every non-2xx response."""

from __future__ import annotations

import json
from typing import Any

import httpx

REQUEST_ID_HEADERS = ("X-Request-Id", "X-Openstack-Request-Id", "X-Compute-Request-Id")


class ApiError(Exception):
    """A non-2xx response: HTTP status, Huawei ``error_code`` / ``error_msg``, request id, raw body."""

    def __init__(
        self,
        status_code: int,
        *,
        error_code: str | None = None,
        error_msg: str | None = None,
        request_id: str | None = None,
        content: bytes = b"",
        headers: httpx.Headers | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = request_id
        self.content = content
        self.headers = headers if headers is not None else httpx.Headers()
        detail = " ".join(part for part in (error_code, error_msg) if part)
        if not detail:
            detail = content[:200].decode("utf-8", errors="replace")
        suffix = f" (request id {request_id})" if request_id else ""
        super().__init__(f"HTTP {status_code}: {detail}{suffix}")

    @property
    def body(self) -> Any:
        """The body decoded as JSON, or as text when it is not JSON."""
        try:
            return json.loads(self.content)
        except ValueError:
            return self.content.decode("utf-8", errors="replace")

    @classmethod
    def from_response(cls, response: httpx.Response) -> ApiError:
        """Read status, error code / message (also nested under ``error``) and request id."""
        code, message = _error_fields(response.content)
        request_id = next((response.headers[name] for name in REQUEST_ID_HEADERS if name in response.headers), None)
        return cls(
            response.status_code,
            error_code=code,
            error_msg=message,
            request_id=request_id,
            content=response.content,
            headers=response.headers,
        )


def _text(value: Any) -> str | None:
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def _error_fields(content: bytes) -> tuple[str | None, str | None]:
    """Huawei error bodies: ``{"error_code", "error_msg"}``, ``{"error": {"code", "message"}}``."""
    try:
        data = json.loads(content)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    if isinstance(data.get("error"), dict):
        data = {**data, **data["error"]}
    code = _text(data.get("error_code", data.get("code")))
    message = _text(data.get("error_msg", data.get("message", data.get("error_message"))))
    return code, message


class UnexpectedStatus(ApiError):
    """Kept for compatibility with openapi-python-client code: an ApiError."""


__all__ = ["ApiError", "UnexpectedStatus"]
