"""Split a flattened example section into examples: status, caption, request line, JSON body.

``响应示例 状态码: 200 OK { ... } 状态码: 404 Not Found。 { ... }`` and ``请求示例 caption POST
https://{endpoint}/v1/... { ... } caption 2 POST ...`` hold several examples on one line; a JSON
body is found by balanced-bracket scanning that respects strings, so braces inside string values
or a ``状态码`` inside JSON never split it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from scraper.records import JsonValue
from scraper.snippet_rows import anchored, status_marks

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
_METHOD = "|".join(METHODS)
# The lookahead of possible first characters spares the engine the lookbehind at every position.
_REQUEST_LINE = re.compile(
    rf"(?=[GPDHOh])(?<!\S)(?:(?:({_METHOD})\s+)?(https?://[^\s\"]+)|({_METHOD})\s+(/[^\s\"]*))"
)
# Every request line starts with a method or a URL: the pattern is tried only there.
_REQUEST_ANCHORS = tuple((word, 0) for word in (*METHODS, "http"))
_JSON_START = re.compile(r"[{\[](?=\s*(?:[\"{\[\]}]|-?\d|true\b|false\b|null\b))")
_DECODER = json.JSONDecoder()
_URL_TAIL = ",，。;；)）"


@dataclass(frozen=True, slots=True)
class RawExample:
    """One example found in a section."""

    kind: Literal["request", "response"]
    title: str
    offset: int
    status: str | None = None
    method: str | None = None
    url: str | None = None
    body: str = ""
    truncated: bool = False  # the JSON body runs to the end of the text without closing
    # the body decoded as one whole JSON document (a dict or list), None when it is not one:
    # handed to ``parse_example_text`` so that the body is not decoded twice
    value: JsonValue = None


def _titled(raw: RawExample, title: str) -> RawExample:
    """``raw`` with another title (``dataclasses.replace`` without its generic cost)."""
    return RawExample(
        raw.kind,
        title,
        raw.offset,
        raw.status,
        raw.method,
        raw.url,
        raw.body,
        raw.truncated,
        raw.value,
    )


def json_end(text: str, start: int) -> int | None:
    """End offset of the balanced JSON value starting at ``text[start]``; None if unclosed."""
    depth = 0
    in_string = False
    escaped = False
    for i in range(start, len(text)):
        char = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _clean_url(url: str) -> str:
    cut = url.find('{"')
    if cut >= 0:
        url = url[:cut]
    return url.rstrip(_URL_TAIL)


class _Event(NamedTuple):
    start: int
    end: int
    status: str | None = None  # a status marker
    method: str | None = None  # a request line
    url: str | None = None


def _events(text: str, kind: Literal["request", "response"]) -> list[_Event]:
    if kind == "response":
        return [_Event(start, end, status=status) for start, end, status in status_marks(text)]
    events = []
    for match in anchored(_REQUEST_LINE, text, _REQUEST_ANCHORS):
        group = 2 if match.group(2) else 4
        url = _clean_url(match.group(group))
        method = match.group(1) or match.group(3)
        events.append(_Event(match.start(), match.start(group) + len(url), None, method, url))
    return events


def read_examples(text: str, kind: Literal["request", "response"]) -> tuple[list[RawExample], str]:
    """Examples of one section in order, and text that belongs to none of them."""
    events = _events(text, kind)
    examples: list[RawExample] = []
    leftover: list[str] = []
    status: str | None = None
    pending: RawExample | None = None  # a request line or status still waiting for its body
    text_from = 0
    index = 0
    json_match = _JSON_START.search(text)
    while json_match is not None or index < len(events):
        event = events[index] if index < len(events) else None
        if event is not None and (json_match is None or event.start < json_match.start()):
            between = " ".join(text[text_from : event.start].split())
            index += 1
            if pending is not None and (kind == "response" or not between):
                # a status description follows its marker; a caption precedes its request line
                title = " ".join(f"{pending.title} {between}".split())
                examples.append(_titled(pending, title))
                between = ""
            elif pending is not None:
                examples.append(pending)
            pending = None
            if event.status is not None:
                status = event.status
                pending = RawExample(kind, "", event.start, status=status)
                if between:
                    leftover.append(between)
            else:
                pending = RawExample(kind, between, event.start, status, event.method, event.url)
            text_from = event.end
            if json_match is not None and json_match.start() < text_from:
                json_match = _JSON_START.search(text, text_from)
            continue
        assert json_match is not None
        start = json_match.start()
        value: JsonValue = None
        end: int | None
        try:  # valid JSON ends where the C decoder says; broken JSON needs the bracket scan
            value, end = _DECODER.raw_decode(text, start)
        except (ValueError, RecursionError):  # too deeply nested for the decoder: scan it
            value, end = None, json_end(text, start)
        body_end = len(text) if end is None else end
        between = " ".join(text[text_from:start].split())
        if pending is None:
            pending = RawExample(kind, between, start, status=status)
        title = (
            " ".join(f"{pending.title} {between}".split()) if pending.offset != start else between
        )
        examples.append(
            RawExample(
                kind,
                title,
                pending.offset,
                pending.status,
                pending.method,
                pending.url,
                text[start:body_end],
                end is None,
                value,
            )
        )
        pending = None
        text_from = body_end
        while index < len(events) and events[index].start < body_end:
            index += 1  # markers inside a JSON body are data, not structure
        json_match = _JSON_START.search(text, body_end)
    tail = " ".join(text[text_from:].split())
    if pending is not None:
        title = " ".join(f"{pending.title} {tail}".split())
        examples.append(
            RawExample(kind, title, pending.offset, pending.status, pending.method, pending.url)
        )
    elif tail:
        leftover.append(tail)
    return examples, " ".join(leftover)
