"""Walking paged list operations: offset/limit, page/limit, marker/limit and continue tokens.

The generated ``iter_<operation>`` / ``aiter_<operation>`` functions describe a list operation
with a ``PageStyle`` and hand a page fetcher to ``walk`` / ``awalk``, which decide from the raw
JSON of each page what to request next and when to stop: an empty page, a page shorter than
the requested limit, no next marker / token, a marker that does not advance, or the total
count reached.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from .types import Response, Unparsed

T = TypeVar("T")
Style = Literal["offset", "page", "marker", "continue"]


@dataclass(frozen=True)
class PageStyle:
    """How one list operation pages.

    ``items``/``next``/``count`` are dotted paths into the response JSON (``items=""`` when the
    body itself is the list); ``next=None`` for marker style means "the ``marker_field`` of the
    last item"; ``start`` is the first offset or page number.
    """

    style: Style
    items: str
    next: str | None = None
    count: str | None = None
    marker_field: str = "id"
    start: int = 0


def lookup(data: Any, path: str | None) -> Any:
    """The value at dotted ``path`` in ``data`` (``""`` is ``data`` itself), None when absent."""
    if path is None:
        return None
    if path == "":
        return data
    for part in path.split("."):
        if not isinstance(data, Mapping):
            return None
        data = data.get(part)
    return data


def _decode(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


class _Walker:
    """The paging state machine shared by the sync and async walks."""

    def __init__(self, style: PageStyle, start: Any, limit: Any, max_pages: int | None) -> None:
        self.style = style
        self.cursor: Any = start
        self.limit = limit if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0 else None
        self.max_pages = max_pages
        self.pages = 0
        self.seen = 0
        self.done = False
        if style.style in ("offset", "page") and not isinstance(start, int):
            self.first_number = style.start
        else:
            self.first_number = start if isinstance(start, int) else style.start

    def items(self, content: bytes) -> list[Any]:
        """The items of one page; decides the next cursor or that the walk is over."""
        self.pages += 1
        body = _decode(content)
        found = lookup(body, self.style.items)
        items = found if isinstance(found, list) else []
        self.seen += len(items)
        self.done = self._finished(body, items)
        return items

    def _finished(self, body: Any, items: list[Any]) -> bool:
        style = self.style
        if not items or (self.max_pages is not None and self.pages >= self.max_pages):
            return True
        total = lookup(body, style.count)
        if isinstance(total, int) and not isinstance(total, bool) and self.seen >= total:
            return True
        if style.style == "offset":
            self.cursor = self.first_number + self.seen
            return self.limit is not None and len(items) < self.limit
        if style.style == "page":
            self.cursor = self.first_number + self.pages
            return self.limit is not None and len(items) < self.limit
        if style.next is not None:
            token = lookup(body, style.next)
        else:
            if self.limit is not None and len(items) < self.limit:
                return True
            last = items[-1]
            token = last.get(style.marker_field) if isinstance(last, Mapping) else None
        if token is None or token == "" or token == self.cursor or isinstance(token, (dict, list)):
            return True
        self.cursor = token
        return False


def walk(
    fetch: Callable[[Any], Response[Any]],
    style: PageStyle,
    *,
    start: Any,
    limit: Any,
    max_pages: int | None = None,
) -> Iterator[Any]:
    """Yield the raw items of every page; ``fetch(cursor)`` requests one page."""
    walker = _Walker(style, start, limit, max_pages)
    while not walker.done:
        response = fetch(walker.cursor)
        yield from walker.items(response.content)


async def awalk(
    fetch: Callable[[Any], Awaitable[Response[Any]]],
    style: PageStyle,
    *,
    start: Any,
    limit: Any,
    max_pages: int | None = None,
) -> AsyncIterator[Any]:
    """The asyncio twin of ``walk``."""
    walker = _Walker(style, start, limit, max_pages)
    while not walker.done:
        response = await fetch(walker.cursor)
        for item in walker.items(response.content):
            yield item


def convert(raw: Any, from_dict: Callable[[Mapping[str, Any]], T]) -> T | Unparsed:
    """One item as its model, or Unparsed when it does not match the schema."""
    if not isinstance(raw, Mapping):
        return Unparsed(data=raw, error="item is not an object", content=b"")
    try:
        return from_dict(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return Unparsed(data=raw, error=f"{type(exc).__name__}: {exc}", content=b"")


__all__ = ["PageStyle", "awalk", "convert", "lookup", "walk"]
