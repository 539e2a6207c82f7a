"""A flattened snippet dump (search-result snippets of API pages, one section per line) -> one Page.

Each snippet line (``  • URI GET /v1/... 表1 路径参数 ...``) is one section of some page: URI,
request/response parameters, request/response examples (Chinese or English section words). The
reader turns every snippet into a fragment (``scraper.snippet_fragments``) and stitches the
fragments into operations (``scraper.stitch``). Lines that are not snippets (``华为云用户手册``,
``共100000条``) and snippets no operation claims are listed in ``Page.unused`` with the reason;
``read_dump_accounted`` also says what became of every snippet, so the counts can be checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from scraper import vocab
from scraper.diagnostics import Collector
from scraper.gcpause import paused_gc
from scraper.records import Page, Source, UnusedWhat, new_source
from scraper.snippet_fragments import ROLES, Fragment, FragmentRole, read_fragment
from scraper.snippet_rows import status_marks
from scraper.stitch import stitch

_BULLET = re.compile(r"^\s*[•·●▪◦∙]\s*")
_WORDS = sorted(
    (word for word, role in vocab.SECTION_WORDS.items() if role in ROLES),
    key=len,
    reverse=True,
)
_SECTION = re.compile(
    r"^(" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _WORDS) + r")(?=[\s:：]|$)",
    re.IGNORECASE,
)
# Something a section of an API page holds: a table header, a JSON body or a request line.
_STRUCTURE = re.compile(
    r"(?:表\s*\d+|[Tt]able\s+\d+)\s|[{\[]\s*\"|(?:GET|POST|PUT|DELETE|PATCH)\s+(?:/|https?://)"
    r"|https?://\S*\{endpoint\}"
)
_MAX_BYTES_SNIFF = 65536
_CUT = re.compile(r"^[\s.…。]+")
_URI_START = re.compile(r"(?:GET|POST|PUT|DELETE|PATCH)\s+/\S*\s+(?:表\s*\d+|[Tt]able\s+\d+)\s")
_CAPTION = re.compile(r"(?:表\s*\d+|[Tt]able\s+\d+)\s+(\S+(?:\s+\S+){0,2})")
_JSON = re.compile(r"[{\[]\s*\"")
_REQUEST = re.compile(
    r"(?:GET|POST|PUT|DELETE|PATCH)?\s*https?://\S+|(?:GET|POST|PUT|DELETE|PATCH)\s+/"
)


@dataclass(frozen=True)
class DumpReading:
    """The Page of a dump plus what became of every snippet (for counts and the report)."""

    page: Page
    fates: dict[int, str]  # snippet number -> "METHOD /path" it joined, or "orphan: reason"
    lines: dict[int, int]  # snippet number -> line number
    noise_lines: int  # lines that are not snippets (page furniture, counts)
    unread: dict[int, str] = field(default_factory=dict)  # line -> why a bullet was not read

    @property
    def counts(self) -> dict[str, int]:
        """Snippets (bulleted lines), how many joined operations, how many are orphans (unread
        bullets included), operations, other lines."""
        orphans = sum(1 for fate in self.fates.values() if fate.startswith("orphan:"))
        orphans += len(self.unread)
        snippets = len(self.fates) + len(self.unread)
        return {
            "snippets": snippets,
            "in_operations": snippets - orphans,
            "orphans": orphans,
            "operations": len(self.page.operations),
            "noise_lines": self.noise_lines,
        }


def _section(line: str) -> tuple[str, str, str] | None:
    """(section word, role, rest) of a snippet line, or None."""
    body = _BULLET.sub("", line, count=1)
    match = _SECTION.match(body)
    if match is None:
        return None
    word = match.group(1)
    role = vocab.section_role(word)
    return word, role, body[match.end() :].lstrip(" :：")


def _content_role(body: str) -> str | None:
    """The section a bulleted snippet without its section word holds, told by its content.

    Search results often cut a section's first words off (``... 参数 参数类型 描述 ...``).
    """
    body = _CUT.sub("", body)
    if _URI_START.match(body):
        return "uri"
    roles = {vocab.caption_role(m.group(1)) for m in _CAPTION.finditer(body)}
    json = bool(_JSON.search(body))
    if roles & {"body"} and not roles & {"response"}:
        return "request"
    if roles & {"response"}:
        return "response"
    if json and _REQUEST.search(body):
        return "request_example"
    if json and status_marks(body):
        return "response_example"
    return None


def _is_snippet(line: str, bulleted_dump: bool, found: tuple[str, str, str] | None) -> bool:
    """True when ``line`` is a snippet; ``found``: its ``_section``, computed once by the caller."""
    if bulleted_dump and not _BULLET.match(line):
        return False
    if found is None:
        return (
            bool(_BULLET.match(line)) and _content_role(_BULLET.sub("", line, count=1)) is not None
        )
    return bool(_BULLET.match(line) or _STRUCTURE.search(found[2]))


def looks_like_dump(text: str) -> bool:
    """True when ``text`` reads as a snippet dump (not HTML): some line is a section snippet."""
    if not isinstance(text, str) or "\x00" in text[:_MAX_BYTES_SNIFF]:
        return False
    head = text[:_MAX_BYTES_SNIFF].lstrip().lower()
    if head.startswith(("<!doctype", "<html", "<?xml")) or "<body" in head[:4096]:
        return False
    for line in text.splitlines()[:2000]:
        found = _section(line)
        if found is not None and _STRUCTURE.search(found[2]):
            return True
    return False


def _decode(path: Path, collector: Collector) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        collector.error("unreadable-input", Source(path.name), f"cannot read the dump: {exc}")
        return None
    if b"\x00" in data[:_MAX_BYTES_SNIFF]:
        collector.error("binary-input", Source(path.name), "the file is binary, not a text dump")
        return None
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100):
        collector.error("binary-input", Source(path.name), "the file is not UTF-8 text")
        return None
    return text


def read_dump_accounted(path: Path, *, text: str | None = None) -> DumpReading:
    """Read a dump into one Page, and say what became of every snippet."""
    with paused_gc():
        return _read(path, text)


def _read(path: Path, text: str | None) -> DumpReading:
    name = path.name
    collector = Collector()
    if text is None:
        text = _decode(path, collector)
    elif "\x00" in text:
        collector.error("binary-input", Source(name), "the text holds NUL bytes: not a dump")
        text = None
    if text is None:
        page = Page(name, "other", diagnostics=tuple(collector.diagnostics), reason="not readable")
        return DumpReading(page, {}, {}, 0)

    lines = text.splitlines()
    bulleted = any(_BULLET.match(line) and _section(line) for line in lines)
    fragments: list[Fragment] = []
    line_of: dict[int, int] = {}
    noise = 0
    unread: dict[int, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        found = _section(line)
        if not _is_snippet(line, bulleted, found):
            what: UnusedWhat = "snippet" if _BULLET.match(line) else "text"
            if what == "snippet":
                reason = "snippet of a section the reader does not use"
                unread[number] = reason
            else:
                reason = "not a snippet (no bullet and section word): page furniture or a count"
                noise += 1
            collector.skip(what, Source(name, line=number), f"{reason}: {line.strip()[:60]!r}")
            continue
        index = len(fragments) + 1
        line_of[index] = number
        if found is None:
            rest = _CUT.sub("", _BULLET.sub("", line, count=1))
            role = _content_role(rest) or "response"
            word = f"({role}, told by content)"
            collector.info(
                "section-inferred",
                Source(name, line=number),
                f"snippet without a section word; its content reads as {role}",
            )
        else:
            word, role, rest = found
        source = new_source(name, None, None, word, number)
        fragments.append(read_fragment(index, cast(FragmentRole, role), rest, source, collector))
    if not fragments:
        collector.error(
            "empty-dump",
            Source(name),
            "no snippet found (lines starting with a bullet and a section word such as URI, "
            "请求参数, 响应示例, Request Parameters)",
        )
    stitched = stitch(fragments, collector)
    for index, reason in stitched.orphans.items():
        collector.skip("snippet", fragments[index - 1].source, reason)
    for fragment in fragments:
        for note in fragment.notes:
            collector.skip("text", fragment.source, note)
    orphans = len(stitched.orphans) + len(unread)
    used = len(fragments) - len(stitched.orphans)
    page = Page(
        file=name,
        kind="operation" if stitched.operations else "other",
        title=name,
        operations=tuple(stitched.operations),
        structures=tuple(stitched.structures),
        unused=tuple(collector.unused),
        diagnostics=tuple(collector.diagnostics),
        reason=(
            f"snippet dump: {len(fragments) + len(unread)} snippets, {used} stitched into "
            f"{len(stitched.operations)} operations, {orphans} orphans; {noise} other lines"
        ),
    )
    return DumpReading(page, stitched.fates, line_of, noise, unread)


def read_dump(path: Path, *, text: str | None = None) -> Page:
    """One Page for a whole dump: stitched operations, structures, unused with reasons."""
    return read_dump_accounted(path, text=text).page
