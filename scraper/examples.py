"""Example blocks: split off the request line, parse the JSON body, repair only certain breakage.

A repair is *certain* when the broken text allows exactly one reading: comments outside strings,
trailing commas, ``......`` placeholder elements, raw line breaks inside strings, a missing comma
at a line break between two complete members, and bare identifier keys. Anything else (a
missing value, ``XXX`` placeholders, doubled quotes, two strings side by side) is left unparsed
with a problem that says what was found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from scraper.records import JsonValue

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")

_REQUEST_LINE = re.compile(
    r"^[ \t]*(?:(?P<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\b[ \t]+)?"
    r"(?P<url>(?:https?://|\{[A-Za-z_-]*endpoint\}/)[^\s{}]*(?:\{[^\s{}]*\}[^\s{}]*)*"
    r"|(?<=[ \t])/[^\s]*)",
    re.IGNORECASE,
)
_TRAILING_COMMENT = re.compile(r"[ \t]+//.*$")
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*[ \t]*:[ \t]*\S")
_BODY_START = re.compile(r"[{\[]")
_QUERY_TAIL = re.compile(r"[\s\w?&=.,:%+*-]*")
_HOST = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:)?//[^/?]*")
_ENDPOINT_PLACEHOLDER = re.compile(r"^\{[^}/]*\}(?=/|$)")
_RFC_QUERY = re.compile(r"\{\?([^}]*)\}")
_SCALAR_START = re.compile(r"^(?:-?\d|true\b|false\b|null\b)")
_NO_BODY = frozenset({"none", "n/a", "na", "无", "null body", "-", "empty", "no body"})
_BASE64 = re.compile(r"^[A-Za-z0-9+/\r\n]{16,}={0,2}$")


@dataclass(frozen=True, slots=True)
class ParsedExample:
    """An example block split into request line and body, with the body parsed when possible."""

    value: JsonValue
    parsed: bool
    repaired: bool
    problem: str | None
    request_line: tuple[str | None, str] | None
    body_text: str
    repairs: tuple[str, ...] = ()  # what a certain repair changed, for the report
    # further request lines written before the body (twin /v2/ and /v2.1/ URIs)
    other_request_lines: tuple[tuple[str | None, str], ...] = ()


# ---------------------------------------------------------------------- request line and URL


def _one_request_line(text: str) -> tuple[tuple[str | None, str] | None, str]:
    """The request line at the start of ``text`` (if any) and the rest of the text."""
    stripped = text.lstrip()
    match = _REQUEST_LINE.match(stripped)
    if match is None:
        return None, text
    url = match.group("url")
    method = match.group("method")
    if url.startswith("/") and method is None:
        return None, text
    rest = stripped[match.end() :]
    line_rest, newline, after = rest.partition("\n")
    # A comment after the URL on the same line is not part of the body.
    if _TRAILING_COMMENT.match(line_rest) or not line_rest.strip():
        rest = after if newline else ""
    else:
        # "…/jobs ?status=7&… search_content=x" / "?a=1&b= 2": a query broken by spaces
        body_at = _BODY_START.search(line_rest)
        tail = line_rest[: body_at.start()] if body_at else line_rest
        if ("?" in url or tail.lstrip().startswith("?")) and _QUERY_TAIL.fullmatch(tail):
            url += "".join(tail.split())
            rest = line_rest[len(tail) :] + newline + after
    return (method.upper() if method else None, url.rstrip("&")), rest


def _request_lines(text: str) -> tuple[list[tuple[str | None, str]], str]:
    """Every request line at the start of ``text`` (twin /v2/ and /v2.1/ lines), and the rest."""
    lines: list[tuple[str | None, str]] = []
    rest = text
    while len(lines) < 20:
        line, after = _one_request_line(rest)
        if line is None:
            break
        lines.append(line)
        rest = after
    return lines, rest


def url_to_path(url: str) -> tuple[str, dict[str, str]]:
    """Host stripped, query split off: ``https://{endpoint}/v1/x?a=1`` -> ``/v1/x``, {a: 1}."""
    if not isinstance(url, str):
        return "/", {}
    text = url.strip()
    text = _TRAILING_COMMENT.sub("", text).strip()
    words = text.split()
    if len(words) > 1 and words[0].upper() in METHODS:
        words = words[1:]
    text = words[0] if words else ""
    text = text.split("#", 1)[0]
    host = _HOST.match(text)
    if host is not None:
        text = text[host.end() :]
    elif _ENDPOINT_PLACEHOLDER.match(text):
        text = text[text.index("}") + 1 :]  # "{endpoint}/v1/..." without a scheme
    query: dict[str, str] = {}
    # RFC 6570 query expansion: /servers{?reserve_port,limit}
    for expansion in _RFC_QUERY.finditer(text):
        for name in expansion.group(1).split(","):
            if name.strip():
                query[name.strip()] = "{" + name.strip() + "}"
    text = _RFC_QUERY.sub("", text)
    path, _, raw_query = text.partition("?")
    for part in raw_query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        if name:
            query[name] = value
    if not path.startswith("/"):
        path = "/" + path
    return path, query


# ---------------------------------------------------------------------- JSON scanning


# A JSON string from its opening quote: escapes skip a character (a backslash at the very end
# of the text ends it), and an unterminated string runs to the end.
_STRING = re.compile(r'"[^"\\]*(?:\\(?:.|\Z)[^"\\]*)*"?', re.DOTALL)


def _strings_and_code(text: str) -> list[tuple[bool, str]]:
    """Split into (is_string, chunk); an unterminated string runs to the end of the text."""
    out: list[tuple[bool, str]] = []
    start = 0
    while (i := text.find('"', start)) >= 0:
        if i > start:
            out.append((False, text[start:i]))
        match = _STRING.match(text, i)
        assert match is not None  # the pattern matches at any quote
        out.append((True, match.group()))
        start = match.end()
    if start < len(text):
        out.append((False, text[start:]))
    return out


def _strip_comments(text: str) -> str:
    """``//`` and ``/* */`` comments outside strings removed."""
    parts: list[str] = []
    in_block = False
    for is_string, chunk in _strings_and_code(text):
        if is_string and not in_block:
            parts.append(chunk)
            continue
        out: list[str] = []
        i = 0
        while i < len(chunk):
            if in_block:
                end = chunk.find("*/", i)
                if end < 0:
                    i = len(chunk)
                    break
                in_block = False
                i = end + 2
                continue
            slash = chunk.find("/", i)  # only a slash can start a comment
            if slash < 0:
                out.append(chunk[i:])
                break
            out.append(chunk[i:slash])
            i = slash
            if chunk.startswith("//", i):
                end = chunk.find("\n", i)
                i = len(chunk) if end < 0 else end
                continue
            if chunk.startswith("/*", i):
                in_block = True
                i += 2
                continue
            out.append("/")
            i += 1
        parts.append("".join(out))
    return "".join(parts)


def _map_code(text: str, fix: re.Pattern[str], replacement: str) -> str:
    return "".join(
        chunk if is_string else fix.sub(replacement, chunk)
        for is_string, chunk in _strings_and_code(text)
    )


_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_PLACEHOLDER_ELEMENT = re.compile(r"(?:(?<=[\[{,])|^)\s*(?:\.{3,}|…+)\s*,?")
_PLACEHOLDER_AFTER = re.compile(r",\s*(?:\.{3,}|…+)\s*(?=[}\]])")
_VALUE_END = r"(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[}\]])"
# Inside one code chunk: a value end, a line break, then the start of the next value.
_MISSING_COMMA = re.compile(rf"(?P<end>{_VALUE_END})(?P<gap>[ \t]*\r?\n\s*)(?=[{{\[])")
# At the end of a code chunk that a string follows.
_MISSING_COMMA_BEFORE_STRING = re.compile(rf"(?P<end>{_VALUE_END})(?P<gap>[ \t]*\r?\n\s*)$")
_BARE_KEY = re.compile(r"(?P<lead>[{,]\s*)(?P<key>[A-Za-z_$][A-Za-z0-9_$]*)(?P<colon>\s*:)")


def _escape_raw_newlines(text: str) -> str:
    return "".join(
        chunk.replace("\r\n", "\\n").replace("\n", "\\n").replace("\t", "\\t")
        if is_string
        else chunk
        for is_string, chunk in _strings_and_code(text)
    )


def _missing_commas(text: str) -> str:
    """A comma at a line break between a complete value and the start of the next one."""
    parts = _strings_and_code(text)
    out: list[str] = []
    for index, (is_string, chunk) in enumerate(parts):
        nxt = parts[index + 1] if index + 1 < len(parts) else None
        if is_string:
            out.append(chunk)
            # "a"\n  "b" / "a"\n {: a string value ends the line and a value starts the next one
            if nxt is not None and not nxt[0] and _is_value_end(out):
                gap = re.match(r"[ \t]*\r?\n\s*(?=[\"{\[]|$)", nxt[1])
                if gap is not None and (gap.end() < len(nxt[1]) or index + 2 < len(parts)):
                    out.append(",")
            continue
        fixed = _MISSING_COMMA.sub(r"\g<end>,\g<gap>", chunk)
        if nxt is not None and nxt[0]:
            fixed = _MISSING_COMMA_BEFORE_STRING.sub(r"\g<end>,\g<gap>", fixed)
        out.append(fixed)
    return "".join(out)


def _is_value_end(out: list[str]) -> bool:
    """True when the string just written is a value (after ``:`` or in an array), not a key."""
    before = "".join(out[-2:-1]).rstrip()
    return before.endswith((":", "[", ","))


def _parse(text: str) -> tuple[JsonValue, str | None]:
    try:
        return cast(JsonValue, json.loads(text)), None
    except (ValueError, RecursionError) as error:
        return None, str(error)


def _repair(body: str) -> tuple[JsonValue, tuple[str, ...]] | None:
    """Apply certain repairs one after another until the body parses; None when it never does."""
    steps: list[tuple[str, Callable[[str], str]]] = [
        ("comments removed", _strip_comments),
        ("'...' placeholder elements removed", _drop_placeholders),
        ("trailing commas removed", lambda t: _map_code(t, _TRAILING_COMMA, r"\1")),
        ("line breaks inside strings escaped", _escape_raw_newlines),
        ("missing commas at line ends added", _missing_commas),
        ("bare keys quoted", lambda t: _map_code(t, _BARE_KEY, r'\g<lead>"\g<key>"\g<colon>')),
    ]
    text = body
    done: list[str] = []
    for name, step in steps:
        fixed = step(text)
        if fixed != text:
            done.append(name)
            text = fixed
            value, error = _parse(text)
            if error is None:
                return value, tuple(done)
    return None


def _drop_placeholders(text: str) -> str:
    text = _map_code(text, _PLACEHOLDER_AFTER, "")
    return _map_code(text, _PLACEHOLDER_ELEMENT, "")


# ---------------------------------------------------------------------- not JSON


def _looks_like(body: str) -> str:
    """What a non-JSON body looks like, for the problem sentence."""
    head = body.lstrip()
    first = head.split("\n", 1)[0].strip()
    lower = head.lower()
    if head.startswith("#!") or re.match(r"^(?:rem|echo|curl|sudo|cd|export|set)\b", lower):
        return "a shell script"
    if _BASE64.match("".join(head.split())) and " " not in first:
        return "base64 data"
    if head.startswith("<"):
        return "an HTML/XML document"
    if re.search(r"\b(?:private|public|static|final)\s+\w+|request\.\w+\(|import\s+[\w.]+;", head):
        return "program code (Java)"
    if all(_HEADER_LINE.match(line) for line in head.splitlines() if line.strip()):
        return "HTTP headers"
    if re.match(r"^[-*]\s+\*\*", head) or "**" in first:
        return "markdown text"
    if head.startswith("//"):
        return "code comments"
    return f"text starting {first[:40]!r}"


def _split_headers(body: str) -> str:
    """Drop ``Content-Type: application/json`` style lines written before a JSON body."""
    lines = body.split("\n")
    index = 0
    while index < len(lines) and (not lines[index].strip() or _HEADER_LINE.match(lines[index])):
        index += 1
    if 0 < index < len(lines) and lines[index].lstrip().startswith(("{", "[")):
        return "\n".join(lines[index:])
    return body


def _second_document(body: str) -> tuple[JsonValue, str] | None:
    """``{...} Or {...}``: the first document and what follows it."""
    try:
        value, end = json.JSONDecoder().raw_decode(body)
    except (ValueError, RecursionError):
        return None
    rest = body[end:]
    if not rest.strip():
        return None
    return cast(JsonValue, value), rest.strip()


def parse_example_text(text: str, *, decoded: JsonValue = None) -> ParsedExample:
    """Split an optional request line from the body, parse the body as JSON (certain repairs).

    ``decoded``: what a caller already decoded ``text`` to when ``text`` is exactly one JSON
    object or array (as ``json.JSONDecoder.raw_decode`` found it), so it is not decoded again.
    """
    if (
        isinstance(decoded, dict | list)
        and isinstance(text, str)
        and text[:1] in ("{", "[")
        and text[-1:] in ("}", "]")
        and "\ufeff" not in text
        and "\r\n" not in text
        and "\u00a0" not in text
    ):
        # What the steps below come to for such a text: no request line (none starts with a
        # bracket), nothing to strip or clean, no header lines, and json.loads gives ``decoded``.
        return ParsedExample(decoded, True, False, None, None, text)
    if not isinstance(text, str):
        text = ""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\u00a0", " ")
    lines, rest = _request_lines(text)
    line = lines[0] if lines else None
    others = tuple(lines[1:])
    body = rest.strip()

    def result(
        value: JsonValue,
        parsed: bool,
        repaired: bool,
        problem: str | None,
        repairs: tuple[str, ...] = (),
    ) -> ParsedExample:
        return ParsedExample(value, parsed, repaired, problem, line, body, repairs, others)

    if not body or body.lower().rstrip(".。") in _NO_BODY:
        return result(None, False, False, None)
    candidate = _split_headers(body)
    if not candidate.lstrip().startswith(("{", "[", '"')) and not _SCALAR_START.match(
        candidate.lstrip()
    ):
        problem = f"the body is not JSON: it looks like {_looks_like(candidate)}"
        return result(None, False, False, problem)
    value, error = _parse(candidate)
    if error is None:
        return result(value, True, False, None)
    second = _second_document(candidate)
    if second is not None:
        first, after = second
        joiner = after.split(None, 1)[0][:20] if after.split() else ""
        if after.startswith(("{", "[")) or joiner.lower() in ("or", "或", "或者"):
            problem = (
                f"a second document follows the first (after {joiner!r}); only the first is used"
            )
        else:
            problem = f"text follows the JSON document ({after[:30]!r}); ignored"
        return result(first, True, False, problem)
    repaired = _repair(candidate)
    if repaired is not None:
        fixed, repairs = repaired
        return result(fixed, True, True, None, repairs)
    # A second document after "Or" in a body that also needed a certain repair.
    halves = re.split(r"\n\s*(?:or|或)\s*\n", candidate, maxsplit=1, flags=re.IGNORECASE)
    if len(halves) == 2:
        first_value, first_error = _parse(halves[0])
        fixed_first = (first_value, ()) if first_error is None else _repair(halves[0])
        if fixed_first is not None:
            problem = "a second document follows the first (after 'Or'); only the first is used"
            return result(fixed_first[0], True, bool(fixed_first[1]), problem, fixed_first[1])
    problem = f"broken JSON that no certain repair fixes: {_describe(candidate, error or '')}"
    return result(None, False, False, problem)


def _describe(body: str, error: str) -> str:
    """The parser's complaint plus the offending line, trimmed."""
    match = re.search(r"line (\d+) column (\d+)", error)
    if match is None:
        return error
    number = int(match.group(1))
    lines = body.split("\n")
    line = lines[number - 1].strip() if 0 < number <= len(lines) else ""
    reason = error.split(":", 1)[0]
    return f"{reason} at line {number}: {line[:60]!r}"
