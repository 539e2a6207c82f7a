"""Shared types of the generated client: UNSET, File, Response, and Unparsed for off-schema bodies."""

import json
from collections.abc import Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


@define
class Unparsed:
    """A 2xx body that does not match the documented schema, returned as data instead of failing.

    ``data`` is the decoded JSON (or text), ``error`` says why it could not be parsed.
    """

    data: Any
    error: str
    content: bytes = b""

    @classmethod
    def from_content(cls, content: bytes, error: str) -> "Unparsed":
        """Decode ``content`` as JSON when possible, else keep it as text."""
        data: Any
        try:
            data = json.loads(content) if content else None
        except ValueError:
            data = content.decode("utf-8", errors="replace")
        return cls(data=data, error=error, content=content)

    @classmethod
    def from_response(cls, response: httpx.Response, error: str) -> "Unparsed":
        """The body of ``response`` as Unparsed."""
        return cls.from_content(response.content, error)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A 2xx response from an endpoint: status, raw content, headers and the parsed body."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unparsed", "Unset"]
