"""One Huawei-style HTML API reference page (DITA export) -> a Page of records.

The page is walked once in document order into blocks (headings, text runs, tables, code
blocks), the blocks are grouped into sections by heading, and the sections are read by role
(URI, request, response, examples, status codes). Every table becomes a Structure; whatever
is not used lands in ``Page.unused`` with a reason; problems become Diagnostics.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

import lxml.etree

from scraper import vocab
from scraper.diagnostics import Collector
from scraper.examples import parse_example_text, url_to_path
from scraper.records import (
    Constraints,
    Example,
    Field,
    Location,
    Method,
    Operation,
    Page,
    PageKind,
    Response,
    Source,
    Structure,
    TypeExpr,
    new_field,
    new_source,
    new_structure,
)
from scraper.semantics import extract_constraints
from scraper.semantics import required_condition as _required_condition
from scraper.toc import read_toc
from scraper.typegrammar import parse_type

Element = Any  # lxml.etree._Element; lxml ships no type information

# Tags after which text runs break (a space, never inside a word); everything else is inline.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "head",
        "title", "center", "noscript",
    }
)  # fmt: skip
# Blocks that can sit inside a cell, caption or heading: spaced once per page (see text_of).
SPACE_TAGS = tuple(
    sorted(BLOCK_TAGS - {"td", "th", "tr", "thead", "tbody", "tfoot", "html", "body"})
)
_SPACED = frozenset(SPACE_TAGS)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template"})
METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})

# collect_ids=False: ids are read with .get("id"), never looked up through the parser's table
_PARSER = lxml.etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
)
_tostring = lxml.etree.tostring
_CHARSET = re.compile(rb"""charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
_URI_LINE = re.compile(
    r"^\s*(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(?:https?://[^/\s]*)?(/\S*)\s*$",
    re.IGNORECASE,
)
_BARE_PATH = re.compile(r"^\s*(/[\w{}\-./:@~%]+(?:\?\S*|\{\?[^}]*\})?)\s*$")
_STATUS_LINE = re.compile(r"^\s*(?:status\s*code|状态码)\s*[:：]?\s*([1-5]\d\d)\b", re.IGNORECASE)
_STATUS_CELL = re.compile(r"^\s*([1-5]\d\d|[1-5][Xx]{2})\b")
_VALID_PATH = re.compile(r"^/[^{}\s?#]*(?:\{[^{}\s/?#]+\}[^{}\s?#]*)*$")
_NAME_TOKEN = re.compile(r"[A-Za-z0-9_.:@-]+")
_PLACEHOLDER = re.compile(r"\{([^}?]+)\}")
_TABLE_REF = re.compile(r"^(?:table|表)\s*\d+$", re.IGNORECASE)
_CAPTION_SUFFIX = re.compile(
    r"(?:(?:^|\s+)(?:fields?|parameters?|descriptions?|structures?|objects?|information|info|"
    r"attributes?|details)|\s*(?:字段说明|参数说明|参数|说明|字段))\s*$",
    re.IGNORECASE,
)
_OBJECT_NAME = re.compile(r"(?:array\s+of\s+)?([A-Za-z_][\w.:-]*)\s+(?:objects?|array)$", re.I)
_GENERIC_CAPTIONS = frozenset(
    {
        "parameters", "parameter", "parameter description", "parameter descriptions",
        "parameters description", "request parameters", "request parameter",
        "response parameters", "response parameter", "parameter information",
        "field description", "fields", "description", "参数", "参数说明", "请求参数",
        "响应参数", "字段说明", "",
    }
)  # fmt: skip
_NO_BODY = frozenset({"none", "n/a", "na", "null", "无", "不涉及", "-", "example response none"})
_STATUS_HEADERS = frozenset(
    {
        "status code", "status codes", "http status code", "returned value", "return value",
        "normal status code", "error status code", "状态码", "返回值", "status",
    }
)  # fmt: skip
_PRIMITIVE_WORDS = frozenset(
    {
        "string", "integer", "int", "long", "boolean", "bool", "number", "float", "double",
        "byte", "null", "array of strings", "array of integers", "string array",
        "array<string>", "list<string>", "array of string", "array of integer",
        "integer array", "array<integer>",
    }
)  # fmt: skip
_UNNAMED_OBJECTS = frozenset(
    {"object", "objects", "array of objects", "array of object", "array<object>", "list(dict)"}
)
_GENERIC_SAMPLES = frozenset({"示例", "样例", "示例代码"})
# Navigation the doc system appends to every page ("Parent topic: ..."): not content.
_NAV_CLASSES = frozenset({"familylinks", "parentlink", "related-links", "relinfo"})
_API_NAME = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$")
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_SERVER_ACTION = re.compile(r"/servers/\{[^}]+\}/action$")
_NOT_ALNUM = re.compile(r"[^0-9a-z]")
_NOT_ALNUMS = re.compile(r"[^A-Za-z0-9]+")
_CAMEL_STEP = re.compile(r"([a-z0-9])([A-Z])")
_BEFORE_REQUEST_LINE = re.compile(
    r"\s+(?=(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(?:https?://|/))"
)
_RFC_QUERY = re.compile(r"\{\?([^}]*)\}")
_BRACED = re.compile(r"\{([^}]*)\}")


# --------------------------------------------------------------------------- cached helpers


@functools.lru_cache(maxsize=8192)
def _parse_type(spelling: str, link: str | None) -> TypeExpr:
    # Type cells repeat ("String", "Integer"...): parsing is pure, so parse each once.
    return parse_type(spelling, link=link)


_UNTYPED = TypeExpr(kind="string", spelling="")
# Descriptions repeat across pages ("Project ID. ..."); the condition search is pure.
required_condition = functools.lru_cache(maxsize=4096)(_required_condition)


@functools.lru_cache(maxsize=8192)
def _typed(
    type_text: str, link: str | None, description: str
) -> tuple[TypeExpr, Constraints, tuple[str, ...]]:
    """Type and description constraints of a row, keyed by the strings they come from (hashing
    three strings is cheaper than hashing a TypeExpr; rows repeat across pages)."""
    ftype = _parse_type(type_text, link) if type_text else _UNTYPED
    return (ftype, *extract_constraints(description, ftype))


# --------------------------------------------------------------------------- text


def _space_inside(el: Element) -> bool:
    """Put a space around every block element inside ``el``, so ``itertext`` never glues
    blocks; called once per subtree, just before its text is read. Returns whether an ``<a>``
    lies inside (seen on the way).

    Inline tags get nothing, which keeps "<span>ECS</span>s" as "ECSs". List items inside
    table cells get a "- " bullet, the way the docs' own inline lists read. Only subtrees whose
    text is read as a whole are spaced (cells, captions, headings, code blocks, inline runs):
    the page walk breaks its text runs at blocks itself.
    """
    items: list[Element] = []
    linked = False
    for e in el.iterdescendants():
        tag = e.tag
        if tag in _SPACED:
            text = e.text
            e.text = " " + text if text else " "
            tail = e.tail
            e.tail = " " + tail if tail else " "
            if tag == "li":
                items.append(e)
        elif tag == "a":
            linked = True
    for li in items:  # one bullet per enclosing cell, as nested cells read
        _bullet(li)
    return linked


def _bullet(li: Element) -> None:
    depth = sum(1 for _ in li.iterancestors("td", "th"))
    if depth:
        li.text = " - " * depth + li.text


def _spaced_text(el: Element) -> str:
    """``text_of`` an element whose text is read nowhere else (caption, heading)."""
    return _read_text(el)[0]


def _read_text(el: Element) -> tuple[str, bool]:
    """``text_of`` an element whose text is read nowhere else (cell, caption, heading), and
    whether it holds a link (an ``<a>``).

    Spaces at the element's own edges vanish when the text is collapsed, and so do those
    around a lone child with nothing but whitespace beside it (``<td><p>x</p></td>``, most
    cells): the walk steps into such wrappers and spaces only what lies inside.
    """
    linked = False
    while True:
        count = len(el)
        if not count:
            text = el.text
            return (" ".join(text.split()) if text else ""), linked
        if count > 1:
            break
        text = el.text
        if text and not text.isspace():
            break
        child = el[0]
        tail = child.tail
        if tail and not tail.isspace():
            break
        tag = child.tag
        if tag == "li" or tag.__class__ is not str:  # (an item's bullet is text)
            break
        if tag == "a":
            linked = True
        el = child
    inside = _space_inside(el)
    return text_of(el), linked or inside


def _has_spans(data: bytes) -> bool:
    """``b"rowspan" in data or b"colspan" in data`` in one pass over the page."""
    at = data.find(b"span", 3)
    while at >= 0:
        if data[at - 3 : at] in (b"row", b"col"):
            return True
        at = data.find(b"span", at + 4)
    return False


def text_of(el: Element) -> str:
    """Text of an element, spaces only at block boundaries (after ``_space_inside``)."""
    return " ".join(_tostring(el, method="text", encoding="unicode", with_tail=False).split())


# --------------------------------------------------------------------------- blocks


BlockKind = Literal["heading", "text", "table", "pre"]


@dataclass(slots=True)
class _Block:
    kind: BlockKind
    text: str = ""
    el: Element = None
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, link text)
    level: int = 0
    css: str = ""


def _inline_links(el: Element, links: list[tuple[str, str]]) -> None:
    for a in el.iter("a"):
        href = a.get("href")
        if href:
            links.append((href, text_of(a)))


def _holds_block(el: Element) -> bool:
    """Whether ``el`` contains a table or a code block (an inline tag holding one is a block)."""
    for d in el.iter():
        tag = d.tag
        if tag == "table" or tag == "pre":
            return True
    return False


# How _blocks treats a child element, by tag (anything else is inline).
_SKIP, _TABLE, _PRE, _HEADING, _DIV, _BLOCK = range(6)
_WALK: dict[str, int] = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    "div": _DIV,
    **dict.fromkeys(HEADING_TAGS, _HEADING),
    "table": _TABLE,
    "pre": _PRE,
    **dict.fromkeys(SKIP_TAGS, _SKIP),
}


def _blocks(root: Element) -> list[_Block]:
    """The page as a flat list of blocks in document order."""
    out: list[_Block] = []
    _walk(root, out)
    return out


# _walk is a module function, not a closure: a recursive closure is a reference cycle, and
# one holding elements keeps the page's whole tree alive until the cyclic collector runs
# (never, while the pipeline pauses it: every tree of the run stayed in memory).
def _walk(el: Element, out: list[_Block], in_cell: bool = False) -> None:
    buf: list[str] = []  # the current text run (whitespace before its first word left out)
    links: list[tuple[str, str]] = []  # its links
    text = el.text
    if text and not text.isspace():
        buf.append(text)
    for child in el:
        tag = child.tag
        kind = _WALK.get(tag)
        if kind is None:  # inline, unless it holds a table or a code block
            if not isinstance(tag, str):
                pass
            elif not len(child):  # a leaf inline tag: its text is .text (no serialisation needed)
                text = child.text
                if text:
                    buf.append(text)
                if tag == "a":
                    href = child.get("href")
                    if href:
                        links.append((href, " ".join(text.split()) if text else ""))
            elif _holds_block(child):
                if buf or links:
                    _flush(el, buf, links, out)
                _walk(child, out, in_cell)
            else:
                _space_inside(child)  # (the tag itself is inline: not spaced)
                buf.append(_tostring(child, method="text", encoding="unicode", with_tail=False))
                _inline_links(child, links)
        elif kind == _DIV and child.get("class") in _NAV_CLASSES:
            buf.append(" ")  # (a block: its tail starts a new word)
        elif kind == _SKIP:  # (stripped before the walk)
            pass
        else:
            if buf or links:
                _flush(el, buf, links, out)
            if kind in (_BLOCK, _DIV):
                if in_cell and tag == "li":  # an item in a stray cell (outside any table)
                    text = child.text
                    child.text = " " + text if text else " "
                    _bullet(child)
                if len(child):
                    _walk(child, out, in_cell or tag == "td" or tag == "th")
                elif (text := child.text) and (text := " ".join(text.split())):
                    out.append(_Block("text", text, child, []))  # a leaf block: one text run
            elif kind == _TABLE:
                out.append(_Block("table", el=child))
            elif kind == _PRE:
                text = child.text  # raw text: the space the block gets at its start stays
                child.text = " " + text if text else " "
                _space_inside(child)
                out.append(_Block("pre", "".join(child.itertext()), child))
            else:  # a heading
                css = child.get("class") or ""
                out.append(_Block("heading", _spaced_text(child), child, [], int(tag[1]), css))
        tail = child.tail
        if tail and (buf or not tail.isspace()):  # (most tails: the newline after a block)
            buf.append(tail)
    if buf or links:
        _flush(el, buf, links, out)


def _flush(el: Element, buf: list[str], links: list[tuple[str, str]], out: list[_Block]) -> None:
    """End the text run in ``buf``: a text block (whitespace collapsed) unless it is blank."""
    if buf:
        text = " ".join("".join(buf).split())
        if text:
            out.append(_Block("text", text, el, list(links)))
        buf.clear()
    links.clear()


@dataclass(slots=True)
class _Section:
    heading: str
    role: vocab.SectionRole
    blocks: list[_Block]
    index: int
    used: bool = False


def _sections(blocks: list[_Block]) -> tuple[str, list[_Section]]:
    """Title (first h1) and sections (blocks between headings; a preamble has heading '')."""
    title = ""
    sections: list[_Section] = [_Section("", "other", [], 0)]
    for block in blocks:
        if block.kind == "heading":
            if block.level == 1 and not title:
                title = block.text
                continue
            sections.append(_Section(block.text, vocab.section_role(block.text), [], len(sections)))
        elif (
            block.kind == "text"
            and len(block.text) <= 5  # (text blocks are collapsed; lower() never shortens)
            and block.text.lower() in ("uri", "url", "请求uri")
        ):
            # modelarts_03_0200: "URI" as a paragraph inside Function, no heading
            sections.append(_Section(block.text, "uri", [], len(sections)))
        else:
            sections[-1].blocks.append(block)
    return title, sections


# --------------------------------------------------------------------------- tables


@dataclass(slots=True)
class _Table:
    el: Element
    index: int  # 1-based, document order
    key: str
    label: str  # Source.table: table id, else caption, else "table N"
    caption: str
    section: _Section
    header: list[str]
    columns: list[vocab.Column]
    rows: list[list[Element | None]]  # data rows, one cell element (or None) per column
    kind: Literal["fields", "status", "other"] = "other"
    role: str = ""  # path/query/header/body/response/uri/object
    used: bool = False
    referenced: bool = False
    subject: str = ""  # caption with label and "field description" stripped, folded
    linked_from: str = ""  # name of the first field whose type links here
    string_of: str = ""  # a String field whose description links here (content of a string)
    alt_of: str = ""  # a field whose type cell links here as a second alternative


def _parts(table: Element) -> tuple[Element | None, bool, list[Element]]:
    """A table's first caption, whether it has a thead, and its rows, in one pass."""
    caption = None
    thead = False
    trs: list[Element] = []
    for child in table:
        tag = child.tag
        if tag in ("thead", "tbody", "tfoot"):
            trs.extend(tr for tr in child if tr.tag == "tr")
            if tag == "thead":
                thead = True
        elif tag == "tr":
            trs.append(child)
        elif tag == "caption" and caption is None:
            caption = child
    return caption, thead, trs


def _grid(trs: list[Element], spans: bool = True) -> list[list[Element | None]]:
    """Rows of cells, colspan/rowspan expanded (spanned cells repeat the element).

    ``spans=False`` (the page has no ``rowspan``/``colspan`` at all) takes the fast path.
    """
    if not spans:
        return [[cell for cell in tr if cell.tag in ("td", "th")] for tr in trs]
    grid: list[list[Element | None]] = []
    pending: dict[int, tuple[Element, int]] = {}  # column -> (cell, rows left)
    for tr in trs:
        row: list[Element | None] = []
        col = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while col in pending:
                el, left = pending[col]
                row.append(el)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (el, left - 1)
                col += 1
            across, down_text = cell.get("colspan"), cell.get("rowspan")
            if across is None and down_text is None:  # most cells: one slot, nothing pending
                row.append(cell)
                col += 1
                continue
            span = _int_attr(cell, "colspan") if across is not None else 1
            down = _int_attr(cell, "rowspan") if down_text is not None else 1
            for _ in range(span):
                row.append(cell)
                if down > 1:
                    pending[col] = (cell, down - 1)
                col += 1
        while col in pending:
            el, left = pending[col]
            row.append(el)
            if left <= 1:
                del pending[col]
            else:
                pending[col] = (el, left - 1)
            col += 1
        grid.append(row)
    return grid


def _int_attr(el: Element, name: str) -> int:
    value = el.get(name)
    if value and value.strip().isdigit():
        return max(1, min(int(value.strip()), 50))
    return 1


@functools.lru_cache(maxsize=4096)  # captions repeat from page to page
def _subject(caption: str) -> str:
    """What a caption is about: ``Table 4 nics field description`` -> ``nics``; generic -> ""."""
    text = vocab.strip_table_label(caption)
    if vocab.fold(text) in _GENERIC_CAPTIONS:
        return ""
    for _ in range(4):
        shorter = _CAPTION_SUFFIX.sub("", text)
        if shorter == text or not shorter:
            break  # "parameter parameters" -> "parameter", never ""
        text = shorter
    return vocab.fold(text)


# --------------------------------------------------------------------------- reader


class _Texts(dict[Element, str]):
    """Cell -> ``text_of`` the cell, read (and spaced) on first lookup, once per page: rows are
    read again by later passes, and a hit is a plain dict lookup."""

    def __init__(self) -> None:
        super().__init__()
        self.linkless: set[Element] = set()  # cells read that hold no <a> at all

    def __missing__(self, cell: Element) -> str:
        text, linked = _read_text(cell)
        self[cell] = text
        if not linked:
            self.linkless.add(cell)
        return text


@dataclass(slots=True)
class _Uri:
    method: str | None
    path: str
    query: list[tuple[str, str | None, str]]  # (name, literal value or None, raw placeholder)
    source: Source


class _StatusMap:
    """Responses by status in first-seen order; a later mention fills what earlier ones lack."""

    def __init__(self) -> None:
        self.found: dict[str, Response] = {}

    def put(
        self, status: str, desc: str, body: str | None, src: Source, headers: str | None = None
    ) -> None:
        old = self.found.get(status)
        if old is None:
            self.found[status] = Response(status, desc, body, src, headers)
        else:
            self.found[status] = Response(
                status,
                old.description or desc,
                old.body or body,
                old.source,
                old.headers or headers,
            )


@dataclass(slots=True)
class _Anchors:
    """Per-page anchor -> table key map, used to resolve links from other pages."""

    by_anchor: dict[str, str]
    main: str | None  # the page's first field table
    cross: bool = False  # the page itself links into other pages


class _Reader:
    def __init__(self, file: str, tags: tuple[str, ...]) -> None:
        self.file = file
        self.tags = tags
        self.out = Collector()
        self.tables: list[_Table] = []
        self.by_key: dict[str, _Table] = {}
        self.by_subject: dict[str, list[_Table]] = {}  # caption subject -> tables, in order
        self.anchors: dict[str, str] = {}
        self.title = ""
        self.sections: list[_Section] = []
        self.structures: dict[str, Structure] = {}
        self.row_names: set[str] | None = None
        self.cross = False
        self.consumed: set[int] = set()  # blocks read as something else (a URI line in a pre)
        self.spans = True  # the page may use rowspan/colspan
        self.texts = _Texts()

    # ---------------------------------------------------------------- entry

    def read(self, data: str | bytes) -> tuple[Page, _Anchors]:
        src = Source(self.file)
        if isinstance(data, str):
            data = data.encode("utf-8", errors="replace")
        else:
            data = self._as_utf8(data, src)
        self.spans = _has_spans(data)
        if not data or data.isspace():  # (data.strip() would copy the page)
            self.out.error("empty-page", src, "the file is empty")
            return self._page("other", "empty file"), _Anchors({}, None)
        try:
            # control characters are not XML text: lxml would refuse them when re-assigned
            root = lxml.etree.fromstring(data.translate(None, _CONTROL_BYTES), parser=_PARSER)
        except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
            self.out.error("unparseable-html", src, f"the page could not be parsed: {exc}")
            return self._page("other", "not parseable as HTML"), _Anchors({}, None)
        if root is None:
            self.out.error("unparseable-html", src, "the page holds no HTML elements")
            return self._page("other", "not parseable as HTML"), _Anchors({}, None)
        lxml.etree.strip_elements(root, *SKIP_TAGS, with_tail=False)
        blocks = _blocks(root)
        self.title, self.sections = _sections(blocks)
        self._read_tables()
        uris = self._uris()
        if uris:
            return self._operation_page(uris), self._anchor_map()
        return self._other_page(), self._anchor_map()

    def _as_utf8(self, data: bytes, src: Source) -> bytes:
        """UTF-8 bytes of a page; other encodings (a declared charset, else GB18030) recoded."""
        if data.isascii():  # most pages: no decoding (and no copy) needed to know
            return data
        try:
            data.decode("utf-8")
            return data
        except UnicodeDecodeError:
            pass
        declared = _CHARSET.search(data[:4096])
        encoding = declared.group(1).decode("ascii", "replace") if declared else "gb18030"
        try:
            text = data.decode(encoding, errors="replace")
        except LookupError:
            encoding = "gb18030"
            text = data.decode(encoding, errors="replace")
        self.out.info("not-utf8", src, f"page is not UTF-8; decoded as {encoding}")
        return text.encode("utf-8")

    def _page(self, kind: PageKind, reason: str, ops: tuple[Operation, ...] = ()) -> Page:
        return Page(
            file=self.file,
            kind=kind,
            title=self.title,
            operations=ops,
            structures=tuple(self.structures.values()),
            unused=tuple(self.out.unused),
            diagnostics=tuple(dict.fromkeys(self.out.diagnostics)),
            reason=reason,
        )

    def _anchor_map(self) -> _Anchors:
        main = next((t.key for t in self.tables if t.kind == "fields"), None)
        return _Anchors(dict(self.anchors), main, self.cross)

    # ---------------------------------------------------------------- tables

    def _read_tables(self) -> None:
        count = 0
        seen: set[str] = set()
        for section in self.sections:
            for block in section.blocks:
                if block.kind != "table":
                    continue
                count += 1
                table = self._table(block.el, count, section, seen)
                self.tables.append(table)
                self.by_key[table.key] = table
        visited: set[Element] = set()  # ancestors seen: theirs were seen with them
        for table in self.tables:
            el = table.el
            self.anchors.setdefault(el.get("id") or "", table.key)
            for anc in el.iterancestors():
                if anc in visited:
                    break  # an earlier table already claimed this id and those above it
                visited.add(anc)
                anc_id = anc.get("id")
                if anc_id:
                    self.anchors.setdefault(anc_id, table.key)
        self.anchors.pop("", None)
        # field-description captions, for "caption named after the field"
        for table in self.tables:
            if table.kind == "fields" and table.caption:
                table.subject = _subject(table.caption)
                if table.subject:
                    self.by_subject.setdefault(table.subject, []).append(table)

    def _table(self, el: Element, index: int, section: _Section, seen: set[str]) -> _Table:
        cap_el, thead, trs = _parts(el)
        caption = _spaced_text(cap_el) if cap_el is not None else ""
        table_id = (el.get("id") or "").strip()
        label = table_id or caption or f"table {index}"
        anchor = table_id or f"table-{index}"
        key = f"{self.file}#{anchor}"
        if key in seen:
            self.out.warning(
                "duplicate-table-id",
                Source(self.file, label, section=section.heading or None),
                f"table id {table_id!r} occurs twice; the second is keyed by its position",
            )
            key = f"{self.file}#table-{index}"
        seen.add(key)
        grid = _grid(trs, self.spans)
        header: list[str] = []
        rows = grid
        if grid and (thead or all(c is not None and c.tag == "th" for c in grid[0])):
            header = [self.texts[c] if c is not None else "" for c in grid[0]]
            rows = grid[1:]
        elif grid:
            first = [self.texts[c] if c is not None else "" for c in grid[0]]
            if "name" in [vocab.column_of(h) for h in first]:
                header, rows = first, grid[1:]
        columns = [vocab.column_of(h) for h in header]
        table = _Table(el, index, key, label, caption, section, header, columns, rows)
        folded_first = header[0].lower() if header else ""  # (cell texts are collapsed)
        if folded_first in _STATUS_HEADERS or folded_first.startswith("status code"):
            table.kind = "status"
        elif "name" in columns and ("type" in columns or "description" in columns):
            table.kind = "fields"
        return table

    def _src(self, table: _Table, row: int | None = None) -> Source:
        return new_source(self.file, table.label, row, table.section.heading or None, None)

    def _resolve_href(self, href: str) -> str | None:
        """Key a link points to: same-page anchors map to table keys; others stay file#anchor."""
        href = unquote(href.strip())
        if not href or href.startswith(("http:", "https:", "mailto:", "javascript:")):
            return None
        page, _, anchor = href.partition("#")
        page = page.rsplit("/", 1)[-1]
        if not page or page == self.file:
            return self.anchors.get(anchor) if anchor else None
        if not page.endswith((".html", ".htm")):
            return None
        self.cross = True
        return f"{page}#{anchor}" if anchor else page

    def _structure(self, table: _Table, name: str) -> Structure:
        """The Structure of a field table (built once; rows read once)."""
        if table.key in self.structures:
            return self.structures[table.key]
        fields = tuple(self._fields(table))
        structure = new_structure(table.key, name, fields, self._src(table), table.caption)
        self.structures[table.key] = structure
        return structure

    def _fields(self, table: _Table) -> Iterator[Field]:
        cols = table.columns
        width = len(cols)
        if "type" not in cols and table.role not in ("path", "query", "header", "uri"):
            self.out.info(
                "no-type-column",
                self._src(table),
                f"table has no Type column ({' / '.join(table.header)}); fields read as strings",
            )
        at: dict[vocab.Column, int] = {}  # column -> its first index (the one a row reads)
        for i, col in enumerate(cols):
            at.setdefault(col, i)
        name_at = at.get("name", -1)
        type_at = at.get("type", -1)
        desc_at = at.get("description", -1)
        req_at = at.get("required")
        default_at = at.get("default", -1)
        extra_at = [i for i, col in enumerate(cols) if col in ("default", "constraint", "other")]
        texts = self.texts
        file, label, heading = self.file, table.label, table.section.heading or None
        seen_names: set[str] = set()
        for number, cells in enumerate(table.rows, start=1):
            src = new_source(file, label, number, heading, None)
            count = len(cells)
            name_el = cells[name_at] if 0 <= name_at < count else None
            name = texts[name_el] if name_el is not None else ""
            if not name:
                self.out.skip("row", src, "row has no parameter name")
                continue
            if number == 1 and [texts[c] if c is not None else "" for c in cells] == table.header:
                self.out.skip("row", src, "repeated header row")
                continue
            if count > 1 and cells.count(cells[0]) == count:  # every cell is the first
                self.out.skip("row", src, f"row spans the whole table (a note): {name!r}")
                continue
            if name in seen_names:
                self.out.warning(
                    "duplicate-field", src, f"field {name!r} appears twice; the first row is used"
                )
                self.out.skip("row", src, f"second row for field {name!r}")
                continue
            seen_names.add(name)
            if count < width or None in cells:
                self.out.warning(
                    "missing-cells",
                    src,
                    f"row {name!r} has {len([c for c in cells if c is not None])} of {width} "
                    "cells; missing ones read as empty",
                )
            type_el = cells[type_at] if 0 <= type_at < count else None
            desc_el = cells[desc_at] if 0 <= desc_at < count else None
            type_text = texts[type_el] if type_el is not None else ""
            description = texts[desc_el] if desc_el is not None else ""
            if extra_at:
                extra = [
                    f"{table.header[i]}: {value}"
                    for i in extra_at
                    if i < count and (c := cells[i]) is not None and (value := texts[c])
                ]
                if extra:
                    description = " ".join([description, *extra]).strip()
            required: bool | None = None
            if req_at is not None:
                req_el = cells[req_at] if req_at < count else None
                req_text = texts[req_el] if req_el is not None else ""
                required = vocab.parse_required(req_text)
                if required is None and req_text:
                    self.out.info(
                        "conditional-required",
                        src,
                        f"Mandatory cell {req_text!r} is neither yes nor no; read as optional",
                    )
                    required = False
                elif required and (condition := required_condition(description)):
                    self.out.info(
                        "conditional-required",
                        src,
                        f"Mandatory is {req_text!r} but the description makes it conditional"
                        f" ({condition!r}); read as optional",
                    )
                    required = False
            link = None
            if type_text:
                link = self._field_link(table, name, type_text, type_el, desc_el)
            ftype, constraints, problems = _typed(type_text, link, description)
            if type_text and not ftype.known:
                self.out.warning("unknown-type", src, f"type {type_text!r} not understood")
            default_el = cells[default_at] if 0 <= default_at < count else None
            if default_el is not None and constraints.default is None:
                default = texts[default_el]
                if default and default.lower() not in _NO_BODY:
                    constraints = dataclasses.replace(constraints, default=default)
            for problem in problems:
                self.out.warning("description-constraints", src, problem)
            yield new_field(name, ftype, description, required, None, constraints, src)

    def _field_link(
        self, table: _Table, name: str, type_text: str, type_el: Element, desc_el: Element
    ) -> str | None:
        """Structure key of a field's nested object: type-cell link, "see Table N", caption."""
        linkless = self.texts.linkless  # (both cells were read by the caller)
        if type_el is not None and type_el not in linkless:
            keys = [k for a in type_el.iter("a") if (k := self._resolve_href(a.get("href") or ""))]
            for other in keys[1:]:  # "config array": real-time and batch variants
                target = self.by_key.get(other)
                if target is not None and other != keys[0]:
                    target.alt_of = target.alt_of or name
            if keys:
                return self._mark_ref(keys[0], name)
        folded = type_text.lower()  # (cell texts are whitespace-collapsed: fold is lower)
        if folded in _PRIMITIVE_WORDS:
            self._string_content(name, desc_el)
            return None
        if desc_el is not None and desc_el not in linkless:
            keys = []
            for a in desc_el.iter("a"):
                key = self._resolve_href(a.get("href") or "")
                if key and (
                    key.startswith(f"{self.file}#") or "#" in key or _TABLE_REF.match(text_of(a))
                ):
                    keys.append(key)
            for other in keys[1:]:  # "see Table 3 (real-time) or Table 4 (batch)"
                target = self.by_key.get(other)
                if target is not None and other != keys[0]:
                    target.alt_of = target.alt_of or name
            if keys:
                return self._mark_ref(keys[0], name)
        candidates = [name.lower()]
        match = _OBJECT_NAME.match(type_text.strip())
        if match:
            candidates.append(vocab.fold(match.group(1)))
        for want in candidates:
            found = self._table_by_subject(want, table)
            if found is not None:
                return self._mark_ref(found.key, name)
        for want in candidates:  # hard_details ~ "Table 3 HardDetail"
            found = self._table_by_subject(_squash(want), table, squashed=True)
            if found is not None:
                return self._mark_ref(found.key, name)
        return None

    def _string_content(self, name: str, desc_el: Element) -> None:
        """A scalar field whose description links to a table here: the table describes the
        content of the string (ModelArts ``model_metric_list``); note it, do not link it."""
        targets = list(self.by_subject.get(name.lower(), ()))
        if desc_el is not None and desc_el not in self.texts.linkless:
            for a in desc_el.iter("a"):
                key = self._resolve_href(a.get("href") or "")
                target = self.by_key.get(key) if key else None
                if target is not None:
                    targets.append(target)
        for target in targets:
            if not target.string_of and target.kind == "fields":
                target.string_of = name

    def _orphan_after(self, current: _Table) -> _Table | None:
        """The next field table of the same section that no link, caption or role claims."""
        if self.row_names is None:
            self.row_names = set()
            for t in self.tables:
                i = t.columns.index("name") if "name" in t.columns else -1
                if i >= 0:
                    for cells in t.rows:
                        if i < len(cells) and cells[i] is not None:
                            self.row_names.add(self.texts[cells[i]].lower())
        first_in_section = True
        for other in self.tables:
            if other.section is not current.section or other.kind != "fields":
                continue
            if other.referenced:
                continue
            if first_in_section:
                first_in_section = False  # the section's own table (body / response)
                continue
            if (
                other.index > current.index
                and not other.string_of
                and not other.alt_of
                and other.subject not in self.row_names
                and vocab.caption_role(other.caption) is None
            ):
                return other
        return None

    def _link_orphans(self) -> None:
        """Unnamed ``Object`` fields with no link take the next table nobody links to."""
        for table in self.tables:
            structure = self.structures.get(table.key)
            if structure is None:
                continue
            changed = False
            fields = list(structure.fields)
            for i, f in enumerate(fields):
                if vocab.fold(f.type.spelling) not in _UNNAMED_OBJECTS or any(_refs(f.type)):
                    continue
                orphan = self._orphan_after(table)
                if orphan is None or not (_words(orphan.subject) & _words(f.name)):
                    continue
                self.out.info(
                    "linked-by-position",
                    f.source,
                    f"field {f.name!r} ({f.type.spelling}) names no table; linked to the next "
                    f"table nothing else links to: {orphan.caption or orphan.label!r}",
                )
                orphan.referenced = True
                orphan.linked_from = orphan.linked_from or f.name
                fields[i] = dataclasses.replace(
                    f, type=parse_type(f.type.spelling, link=orphan.key)
                )
                changed = True
            if changed:
                self.structures[table.key] = dataclasses.replace(structure, fields=tuple(fields))

    def _table_by_subject(
        self, subject: str, current: _Table, *, squashed: bool = False
    ) -> _Table | None:
        if not subject:
            return None
        best: _Table | None = None
        for other in self.tables:
            if other is current or other.kind != "fields":
                continue
            if squashed and other.section is not current.section:
                continue  # loose matches stay within the section (request vs response tags)
            if (_squash(other.subject) if squashed else other.subject) != subject:
                continue
            if squashed and self._is_wrapper(other):
                continue  # "floating_ip objects" = {"floating_ip": {...}}: not the item shape
            if other.index > current.index:
                return other
            best = best or other
        return best

    def _is_wrapper(self, table: _Table) -> bool:
        """A table whose only row repeats the table's own name (``{"server": {...}}``)."""
        if len(table.rows) != 1 or "name" not in table.columns:
            return False
        cells = table.rows[0]
        i = table.columns.index("name")
        return (
            i < len(cells)
            and cells[i] is not None
            and (self.texts[cells[i]].lower() == table.subject)
        )

    def _mark_ref(self, key: str, field_name: str) -> str:
        target = self.by_key.get(key)
        if target is not None:
            target.referenced = True
            target.linked_from = target.linked_from or field_name
        return key

    # ---------------------------------------------------------------- classification

    def _uris(self) -> list[_Uri]:
        """Request lines of the URI section(s); method recovered from examples when absent."""
        uris: list[_Uri] = []
        bare: list[tuple[str, Source]] = []
        uri_sections = [s for s in self.sections if s.role == "uri"]
        for section in uri_sections:
            for block in section.blocks:
                if block.kind != "text" and block.kind != "pre":
                    continue
                for line in _split_request_lines(block.text):
                    src = Source(self.file, section=section.heading)
                    m = _URI_LINE.match(line)
                    if m:
                        self.consumed.add(id(block))
                        uri = self._uri(m.group(1).upper(), m.group(2), src)
                        if not _VALID_PATH.match(uri.path):
                            self.out.error(
                                "bad-request-line",
                                src,
                                f"request line {line!r} has no usable path template",
                            )
                            self.out.skip("text", src, f"unusable request line {line!r}")
                            continue
                        if not any((u.method, u.path) == (uri.method, uri.path) for u in uris):
                            uris.append(uri)  # "Usage: DELETE /v2/..." repeats a URI line
                        section.used = True
                        continue
                    b = _BARE_PATH.match(line)
                    if b:
                        bare.append((b.group(1), src))
        if uris or not uri_sections:
            return uris
        # URI section without a method: take method (and path, when none) from the example
        request = self._first_request_line()
        if request is None:
            return uris
        method, url = request
        if method is None or method.upper() not in METHODS:
            return uris
        method = method.upper()
        paths = bare or [(url, Source(self.file, section=uri_sections[0].heading))]
        for raw, src in paths:
            path = raw
            if raw is url:
                # the example's query values are sample values, not literals of the URI
                path = url_to_path(url)[0]
            uri = self._uri(method, path, src)
            if not _VALID_PATH.match(uri.path):
                self.out.error("bad-request-line", src, f"no usable path template in {raw!r}")
                continue
            uris.append(uri)
            self.out.info(
                "method-from-example",
                src,
                f"URI section gives no method; {method} taken from the example request",
            )
        if uris:
            uri_sections[0].used = True
        return uris

    def _first_request_line(self) -> tuple[str | None, str] | None:
        for section in self.sections:
            if section.role not in ("request_example",):
                continue
            for block in section.blocks:
                if block.kind != "pre":
                    continue
                parsed = parse_example_text(block.text)
                if parsed.request_line is not None:
                    method, url = parsed.request_line
                    return (str(method) if method else None, str(url))
        return None

    def _uri(self, method: str, raw: str, src: Source) -> _Uri:
        path, query = _split_query(raw)
        return _Uri(method, path, query, src)

    def _other_page(self) -> Page:
        field_tables = [t for t in self.tables if t.kind == "fields"]
        if any("type" in t.columns for t in field_tables):
            for table in self.tables:
                if table.kind == "fields":
                    table.role = "object"
                    self._structure(table, table.subject or self._lead_in(table) or self.title)
                else:
                    self.out.skip("table", self._src(table), "not a parameter table")
            self._skip_examples("page is a schema appendix, not an operation")
            reason = f"schema appendix: {len(field_tables)} parameter table(s) and no request line"
            return self._page("schema", reason)
        reason = self._other_reason()
        self.out.skip("page", Source(self.file), reason)
        for table in self.tables:
            self.out.skip("table", self._src(table), f"page is not an operation ({reason})")
        self._skip_examples(f"page is not an operation ({reason})")
        return self._page("other", reason)

    def _other_reason(self) -> str:
        headings = [s for s in self.sections if s.heading]
        if not headings and not self.tables:
            texts = [b for s in self.sections for b in s.blocks if b.kind == "text"]
            linked = sum(1 for b in texts if b.links)
            if texts and linked * 2 >= len(texts):
                return "table of contents stub: only links to other pages"
            return "no sections, tables or request line"
        if any(s.role == "uri" for s in self.sections):
            return "URI section without a request line, and no example request line"
        if any(t.kind == "status" for t in self.tables):
            return "status/error code catalog: no request line"
        if any(t.kind == "fields" for t in self.tables):
            return "intro page: parameter lists without types and no request line"
        if self.tables:
            return "tables but no parameter tables and no request line (intro/permissions)"
        return "prose page without a URI section"

    def _lead_in(self, table: _Table) -> str:
        """The short sentence right before a table ("Normal response description"), if any."""
        lead = ""
        for block in table.section.blocks:
            if block.kind == "table" and block.el is table.el:
                return lead if len(lead) <= 80 else ""
            if block.kind == "text":
                lead = block.text
            elif block.kind == "table":
                lead = ""
        return ""

    def _skip_examples(self, reason: str) -> None:
        for section in self.sections:
            for block in section.blocks:
                if block.kind == "pre":
                    self.out.skip(
                        "example",
                        Source(self.file, section=section.heading or None),
                        reason,
                    )

    # ---------------------------------------------------------------- operation

    def _operation_page(self, uris: list[_Uri]) -> Page:
        stem = self.file.rsplit(".", 1)[0]
        api_name = stem if _API_NAME.match(stem) else None
        for table in self.tables:
            self._assign_role(table)
        # read every field table (field links mark referenced tables)
        for table in self.tables:
            if table.kind == "fields":
                self._structure(table, self._name_for(table, api_name or ""))
        self._link_orphans()
        # second pass: roles depend on which tables are referenced
        for table in self.tables:
            if table.referenced:
                table.role = "object"  # linked from a field, whatever its caption suggests
        self._rename_structures(api_name or "")
        description = self._description()
        placeholders: list[str] = []
        for uri in uris:
            for name in _PLACEHOLDER.findall(uri.path):
                if name not in placeholders:
                    placeholders.append(name)
        params = self._parameters(placeholders)
        body = self._request_body()
        responses = self._responses()
        examples = self._examples()
        success = [r.status for r in responses if r.status.startswith("2")]
        if len(success) == 1:
            examples = tuple(
                dataclasses.replace(e, status=success[0])
                if e.kind == "response" and e.status is None
                else e
                for e in examples
            )
        self._mark_used_children()
        self._report_unused()
        ops: list[Operation] = []
        for uri in uris:
            path, fixed = self._fix_placeholders(uri, params)
            op_params = tuple(self._uri_query_params(uri, fixed))
            method = (uri.method or "get").lower()
            if method not in ("get", "put", "post", "delete", "patch", "head", "options"):
                continue
            variant = self._variant(path, body, examples)
            ops.append(
                Operation(
                    method=_as_method(method),
                    path=path,
                    source=uri.source,
                    name=api_name,
                    summary=self.title,
                    description=description,
                    tags=self.tags,
                    parameters=op_params,
                    request_body=body,
                    responses=responses,
                    examples=examples,
                    evidence=(f"request line {uri.method} {uri.path}",),
                    variant=variant,
                    deprecated="(discarded)" in self.title.lower()
                    or "deprecated" in self.title.lower(),
                )
            )
        n = len(ops)
        return self._page("operation", f"request line in the URI section ({n} URI)", tuple(ops))

    def _name_for(self, table: _Table, api_name: str) -> str:
        """Schema name: a bare CamelCase caption, the field a caption names, else the role."""
        stripped = vocab.strip_table_label(table.caption)
        generic = not table.subject or (
            table.role != "object" and vocab.caption_role(table.caption) is not None
        )
        if not generic and _IDENTIFIER.fullmatch(stripped):
            return stripped
        if not generic and table.role in ("object", ""):
            return table.subject
        if table.role == "object" and table.linked_from:
            return table.linked_from
        role = {
            "path": "PathParameters",
            "query": "QueryParameters",
            "header": "HeaderParameters",
            "uri": "UriParameters",
            "body": "RequestBody",
            "response": "ResponseBody",
            "object": "Object",
        }.get(table.role, "")
        if role:
            return f"{api_name}{role}" if api_name else role
        return table.subject or stripped or f"Table{table.index}"

    def _rename_structures(self, api_name: str) -> None:
        """Names depend on the final roles, known only once every link is resolved."""
        for table in self.tables:
            structure = self.structures.get(table.key)
            if structure is not None:
                name = self._name_for(table, api_name)
                if name != structure.name:
                    self.structures[table.key] = dataclasses.replace(structure, name=name)

    def _assign_role(self, table: _Table) -> None:
        if table.kind != "fields":
            return
        role = vocab.caption_role(table.caption) if table.caption else None
        if role == "header" and table.section.role == "response":
            table.role = "response_header"
            return
        if role is not None:
            table.role = role
            return
        sec = table.section.role
        if sec == "uri":
            table.role = "uri"
        elif sec == "request":
            table.role = "body"
        elif sec == "response":
            table.role = "response"
        else:
            table.role = ""

    def _description(self) -> str:
        parts: list[str] = []
        for section in self.sections:
            if section.role == "function" or vocab.fold(section.heading) in (
                "constraints",
                "约束与限制",
                "scenarios",
            ):
                texts = [b.text for b in section.blocks if b.kind == "text"]
                if section.role != "function" and texts:
                    texts = [f"{section.heading}:", *texts]
                parts.extend(texts)
                section.used = True
        return "\n\n".join(parts)

    # ---------------------------------------------------------------- parameters

    def _parameters(self, placeholders: list[str]) -> list[Field]:
        out: list[Field] = []
        names: set[tuple[str, str]] = set()
        for table in self.tables:
            if table.kind != "fields" or table.role not in ("path", "query", "header", "uri"):
                continue
            if table.referenced:
                continue
            table.used = True
            table.section.used = True
            structure = self.structures[table.key]
            for f in structure.fields:
                location: Location
                if table.role == "uri":
                    location = "path" if f.name in placeholders else "query"
                elif table.role == "path" and f.name not in placeholders:
                    close = difflib.get_close_matches(f.name, placeholders, 1, 0.8)
                    if close:
                        location = "path"
                    else:
                        self.out.warning(
                            "path-parameter-not-in-path",
                            f.source,
                            f"path parameter {f.name!r} is not a placeholder of the path; "
                            "read as a query parameter",
                        )
                        location = "query"
                else:
                    location = table.role  # type: ignore[assignment]
                if location == "path" and f.required is False:
                    self.out.warning(
                        "optional-path-parameter",
                        f.source,
                        f"path parameter {f.name!r} is marked optional; read as required",
                    )
                if (f.name, location) in names:
                    self.out.warning(
                        "duplicate-parameter", f.source, f"parameter {f.name!r} documented twice"
                    )
                    self.out.skip("row", f.source, "duplicate parameter row")
                    continue
                names.add((f.name, location))
                required = True if location == "path" else f.required
                out.append(dataclasses.replace(f, location=location, required=required))
        return out

    def _fix_placeholders(self, uri: _Uri, params: list[Field]) -> tuple[str, list[Field]]:
        """Path with placeholder typos fixed to the closest documented path parameter."""
        path = uri.path
        documented = [p.name for p in params if p.location == "path"]
        fixed = list(params)
        for name in _PLACEHOLDER.findall(uri.path):
            if name in documented:
                continue
            candidates = [
                p.name
                for p in params
                if p.name not in _PLACEHOLDER.findall(path) and _NAME_TOKEN.fullmatch(p.name)
            ]
            close = difflib.get_close_matches(name, candidates, 1, 0.75)
            if close:
                self.out.warning(
                    "uri-placeholder-typo",
                    uri.source,
                    f"path placeholder {{{name}}} matches no parameter; read as {{{close[0]}}}",
                )
                path = path.replace("{" + name + "}", "{" + close[0] + "}")
                fixed = [
                    dataclasses.replace(p, location="path", required=True)
                    if p.name == close[0]
                    else p
                    for p in fixed
                ]
            else:
                self.out.warning(
                    "path-parameter-undocumented",
                    uri.source,
                    f"path placeholder {{{name}}} has no parameter row; declared as a string",
                )
                fixed.append(
                    Field(
                        name=name,
                        type=TypeExpr(kind="string", spelling=""),
                        required=True,
                        location="path",
                        source=uri.source,
                    )
                )
        placeholders = set(_PLACEHOLDER.findall(path))
        # rows that the table put in the path but this URI does not have (e.g. twin URIs)
        fixed = [
            dataclasses.replace(p, location="query", required=p.required)
            if p.location == "path"
            and p.name not in placeholders
            and (not difflib.get_close_matches(p.name, list(placeholders), 1, 0.8))
            else p
            for p in fixed
        ]
        return path, fixed

    def _uri_query_params(self, uri: _Uri, params: list[Field]) -> Iterator[Field]:
        """Parameters of one URI: the table rows plus query keys written in the URI line."""
        by_name = {p.name: i for i, p in enumerate(params) if p.location != "path"}
        extra: list[Field] = []
        for name, literal, raw in uri.query:
            if raw and raw != name:
                self.out.warning(
                    "uri-placeholder-typo",
                    uri.source,
                    f"query {name}={{{raw}}}: placeholder differs from the key; key {name!r} used",
                )
            if name in by_name:
                i = by_name[name]
                p = params[i]
                if p.location != "query":
                    p = dataclasses.replace(p, location="query")
                if literal is not None:
                    p = dataclasses.replace(p, constraints=_with_literal(p.constraints, literal))
                params[i] = p
                continue
            constraints = (
                _with_literal(Constraints(), literal) if literal is not None else Constraints()
            )
            self.out.info(
                "query-parameter-undocumented",
                uri.source,
                f"query parameter {name!r} appears in the URI line but in no table; "
                "declared as an optional string",
            )
            extra.append(
                Field(
                    name=name,
                    type=TypeExpr(kind="string", spelling=""),
                    required=False,
                    location="query",
                    constraints=constraints,
                    source=uri.source,
                    description=f"Written in the URI as {name}={literal}" if literal else "",
                )
            )
            by_name[name] = -1
        yield from params
        yield from extra

    # ---------------------------------------------------------------- bodies

    def _top_tables(self, roles: tuple[str, ...]) -> list[_Table]:
        return [
            t for t in self.tables if t.kind == "fields" and t.role in roles and not t.referenced
        ]

    def _request_body(self) -> str | None:
        tops = self._top_tables(("body",))
        if not tops:
            return None
        body = tops[0]
        body.used = True
        body.section.used = True
        for extra in tops[1:]:
            self.out.warning(
                "orphan-table",
                self._src(extra),
                f"no field links to this table and the request body is {body.label!r}",
            )
        return body.key

    def _responses(self) -> tuple[Response, ...]:
        """Responses per status: response sections (bodies), then status-code tables."""
        out = _StatusMap()
        no_body: str | None = None  # a status whose body the docs say is "None"
        for section in self.sections:
            if section.role == "response":
                no_body = self._response_section(section, out) or no_body
        for section in self.sections:
            if section.role == "status_codes":
                self._status_tables(section, out)
        if no_body and no_body not in out.found:
            out.put(no_body, "", None, Source(self.file))
        if not out.found:
            src = Source(self.file)
            out.put("200", "", None, src)
            self._assumed(src)
        return tuple(out.found.values())

    def _response_section(self, section: _Section, out: _StatusMap) -> str | None:
        """Read one response section; returns the status said to have no body, if any."""
        status: str | None = None
        no_body: str | None = None
        src = Source(self.file, section=section.heading)
        for block in section.blocks:
            if block.kind == "text":
                m = _STATUS_LINE.match(block.text)
                if m:  # "Status code: 201" (gen pages)
                    status = m.group(1)
                    out.put(status, "", None, src)
                    section.used = True
                elif vocab.fold(block.text).rstrip(".。") in _NO_BODY:
                    section.used = True
                    no_body = status or no_body
                elif key := self._see_link(block):  # "See Responses (Task)."
                    if _about_errors(block.text):
                        self.out.skip("text", src, f"link to a shared error format: {block.text!r}")
                        continue
                    out.put(status or "200", "", key, src)
                    if status is None:
                        self._assumed(src)
                    section.used = True
            elif block.kind == "table":
                table = self._table_for(block.el)
                if table is not None and table.role == "response_header":
                    table.used = True
                    section.used = True
                    out.put(status or "200", "", None, self._src(table), headers=table.key)
                elif table is not None and self._response_table(table, status, out):
                    section.used = True
        if not out.found and no_body is None and section.blocks:
            out.put("200", "", None, src)
            self._assumed(src)
        return no_body

    def _response_table(self, table: _Table, status: str | None, out: _StatusMap) -> bool:
        """A top-level field table of a response section is the body of ``status``."""
        if table.kind != "fields" or table.referenced or table.string_of or table.alt_of:
            return False
        if table.role not in ("response", "body", ""):
            return False
        taken = out.found.get(status or "200")
        if taken is not None and taken.body is not None:
            self.out.warning(
                "orphan-table",
                self._src(table),
                f"no field links to this table and the response {status or '200'} "
                f"already has the body {taken.body.split('#', 1)[-1]!r}",
            )
            return False
        table.used = True
        if status is None:
            self._assumed(self._src(table))
        out.put(status or "200", "", table.key, self._src(table))
        return True

    def _status_tables(self, section: _Section, out: _StatusMap) -> None:
        """Status-code tables (``Status Code | Description``): one response per row."""
        for block in section.blocks:
            table = self._table_for(block.el) if block.kind == "table" else None
            if table is None or table.kind != "status":
                continue
            table.used = True
            section.used = True
            for number, cells in enumerate(table.rows, start=1):
                texts = [self.texts[c] if c is not None else "" for c in cells]
                m = _STATUS_CELL.match(texts[0] if texts else "")
                if not m:
                    self.out.skip("row", self._src(table, number), "no status code in row")
                    continue
                phrase = texts[0][m.end() :].strip()  # "404 Not Found" -> "Not Found"
                desc = " ".join(t for t in (phrase, *texts[1:]) if t)
                out.put(m.group(1).upper(), desc, None, self._src(table, number))

    def _assumed(self, src: Source) -> None:
        self.out.info(
            "assumed-status", src, "response status not written next to the body; 200 assumed"
        )

    def _see_link(self, block: _Block) -> str | None:
        for href, _text in block.links:
            key = self._resolve_href(href)
            if key and not key.startswith(f"{self.file}#"):
                return key
        return None

    def _table_for(self, el: Element) -> _Table | None:
        for table in self.tables:
            if table.el is el:
                return table
        return None

    def _mark_used_children(self) -> None:
        """Tables reachable from a used table through field links are used too."""
        keys = [t.key for t in self.tables if t.used]
        seen = set(keys)
        while keys:
            key = keys.pop()
            structure = self.structures.get(key)
            if structure is None:
                continue
            for f in structure.fields:
                for ref in _refs(f.type):
                    target = self.by_key.get(ref)
                    if target is not None and ref not in seen:
                        seen.add(ref)
                        target.used = True
                        target.section.used = True
                        keys.append(ref)

    def _report_unused(self) -> None:
        for table in self.tables:
            if table.used:
                continue
            if table.alt_of and not table.referenced:
                reason = (
                    f"second structure the type cell of {table.alt_of!r} links to; "
                    "the records keep the first"
                )
            elif table.string_of:
                reason = (
                    f"describes the content of the scalar field {table.string_of!r}, "
                    "which the docs type as a string"
                )
            elif table.kind == "fields":
                reason = "parameter table not reachable from any parameter, body or response"
            elif table.kind == "status":
                reason = "status code table outside a status code section"
            else:
                reason = f"not a parameter table (columns: {' / '.join(table.header) or 'none'})"
            self.out.skip("table", self._src(table), reason)
        for section in self.sections:
            if section.used or not section.heading:
                continue
            if not section.blocks or _says_none(section):
                continue  # "None" / "N/A": nothing to use, nothing lost
            if section.role == "error_codes":
                reason = "error codes are documented on a shared page"
            elif section.role == "status_codes":
                reason = "refers to shared status codes: " + _first_text(section)
            elif section.role in ("request", "response"):
                reason = "says: " + _first_text(section)
            else:
                reason = "section not mapped to any part of the operation"
            self.out.skip("section", Source(self.file, section=section.heading), reason)

    # ---------------------------------------------------------------- examples

    def _examples(self) -> tuple[Example, ...]:
        out: list[Example] = []
        for section in self.sections:
            role = section.role
            heading = vocab.fold(section.heading)
            is_samples = heading.startswith(("sample", "example")) or heading in _GENERIC_SAMPLES
            if role not in ("request_example", "response_example") and not is_samples:
                for block in section.blocks:
                    if block.kind == "pre" and id(block) not in self.consumed:
                        self.out.skip(
                            "example",
                            Source(self.file, section=section.heading or None),
                            "code block outside the example sections",
                        )
                continue
            section.used = True
            out.extend(self._section_examples(section))
        return tuple(out)

    def _section_examples(self, section: _Section) -> Iterator[Example]:
        role = section.role
        heading = vocab.fold(section.heading)
        generic = role != "response_example" and (
            heading.startswith(("sample", "example")) or heading in _GENERIC_SAMPLES
        )
        lead = ""
        status: str | None = None
        line: tuple[str | None, str] | None = None
        pending: Example | None = None  # a request-line-only block waiting for its body
        for block in section.blocks:
            src = Source(self.file, section=section.heading)
            if block.kind == "text":
                m = _STATUS_LINE.match(block.text)
                if m:
                    status = m.group(1)
                lead = block.text
                continue
            if block.kind == "table":
                continue
            if block.kind != "pre":
                continue
            kind = _example_kind(role, lead, generic=generic)
            text = block.text.strip("\n")
            first = _only_request_lines(text)
            if first is not None:
                # a block holding only request line(s) (ECS): the body follows in the next block
                if pending is not None:
                    yield pending
                m = _URI_LINE.match(first)
                assert m is not None
                line = (m.group(1).upper(), first.split(None, 1)[1].strip())
                pending = None
                if kind == "request":
                    pending = Example(
                        "request", text.strip(), src, method=line[0], url=line[1], title=lead
                    )
                continue
            line_text = ""
            if pending is not None:
                if kind == "request":
                    line_text = pending.text + "\n"
                else:
                    yield pending
                pending = None
            parsed = parse_example_text(text)
            method = url = None
            if parsed.request_line is not None:
                method, url = parsed.request_line
                line = parsed.request_line
            elif kind == "request" and line is not None:
                method, url = line
            ex_status = None
            if kind == "response":
                ex_status = status
                if ex_status is None and (
                    _looks_like_error(parsed.value) or vocab.is_failure_caption(lead)
                ):
                    # {"error": {...}} after "Or", or a "Failed sample response": an error
                    # body, for a status the page does not give.
                    ex_status = "default"
            if parsed.problem:
                self.out.warning("example-not-parsed", src, parsed.problem)
            elif parsed.repaired:
                done = ", ".join(parsed.repairs) or "a certain repair"
                self.out.info("example-repaired", src, f"example JSON repaired: {done}")
            yield Example(
                kind,
                line_text + text.strip(),
                src,
                status=ex_status,
                value=parsed.value,
                parsed=parsed.parsed,
                repaired=parsed.repaired,
                method=method.upper() if method else None,
                url=url,
                title=lead,
            )
        if pending is not None:
            yield pending

    def _variant(self, path: str, body: str | None, examples: tuple[Example, ...]) -> str | None:
        """The body's single top-level key of an ``/action`` operation (``os-start``, ...)."""
        if not path.rstrip("/").endswith("/action"):
            return None
        from_table: str | None = None
        if body is not None and body in self.structures:
            fields = self.structures[body].fields
            if len(fields) == 1:
                from_table = fields[0].name
        from_example: str | None = None
        for ex in examples:
            if ex.kind == "request" and ex.parsed and isinstance(ex.value, dict):
                keys = list(ex.value)
                if len(keys) == 1:
                    from_example = keys[0]
                    break
        if from_table and from_example and from_table != from_example:
            # e.g. the resize page documents only the inside of {"resize": {"flavorRef": ...}}
            self.out.warning(
                "action-variant-mismatch",
                Source(self.file),
                f"request body table has the single field {from_table!r} but the example's "
                f"top-level key is {from_example!r}; variant {from_example!r} used",
            )
            return from_example
        if from_table or from_example:
            return from_table or from_example
        if _SERVER_ACTION.search(path):
            self.out.warning(
                "action-variant-unknown",
                Source(self.file),
                "action operation whose body has no single top-level key",
            )
        return None


# --------------------------------------------------------------------------- helpers


def _as_method(method: str) -> Method:
    methods: dict[str, Method] = {
        "get": "get",
        "put": "put",
        "post": "post",
        "delete": "delete",
        "patch": "patch",
        "head": "head",
        "options": "options",
    }
    return methods[method]


def _discarded(title: str) -> bool:
    folded = title.lower()
    return "(discarded)" in folded or "deprecated" in folded or "(废弃)" in folded


def _about_errors(text: str) -> bool:
    folded = text.lower()
    return "abnormal" in folded or "error" in folded or "异常" in folded


def _squash(name: str) -> str:
    """Identifier compared loosely: ``hard_details`` and ``HardDetail`` -> ``harddetail``."""
    return _NOT_ALNUM.sub("", name.lower()).removesuffix("s")


def _words(name: str) -> set[str]:
    """Lowercase words of an identifier or caption, plural ``s`` dropped (``tags`` -> tag)."""
    spaced = _CAMEL_STEP.sub(r"\1 \2", name)
    return {w.lower().removesuffix("s") for w in _NOT_ALNUMS.split(spaced) if len(w) > 2}


def _says_none(section: _Section) -> bool:
    texts = [b for b in section.blocks if b.kind != "heading"]
    return all(b.kind == "text" and vocab.fold(b.text).rstrip(".。") in _NO_BODY for b in texts)


def _first_text(section: _Section) -> str:
    for block in section.blocks:
        if block.kind == "text":
            return block.text
    return "(no text)"


def _refs(t: TypeExpr | None) -> Iterator[str]:
    while t is not None:
        if t.ref:
            yield t.ref
        if t.values is not None:
            yield from _refs(t.values)
        t = t.items


def _example_kind(
    role: vocab.SectionRole, lead: str, *, generic: bool
) -> Literal["request", "response"]:
    """Request or response example: by the lead-in in "Samples" sections, else by section."""
    folded = vocab.fold(lead)
    if generic and ("response" in folded or "响应" in folded):
        return "response"
    if generic and ("request" in folded or "请求" in folded):
        return "request"
    return "response" if role == "response_example" else "request"


def _looks_like_error(value: object) -> bool:
    """A body that only reports an error ({"error_code", "error_msg"}, {"error": {...}})."""
    if not isinstance(value, dict) or not value:
        return False
    keys = set(value)
    return bool(keys & {"error", "error_code", "errorCode"}) and keys <= {
        "error",
        "error_code",
        "error_msg",
        "errorCode",
        "errorMessage",
        "code",
        "message",
        "request_id",
    }


def _only_request_lines(text: str) -> str | None:
    """The first line of a code block whose every non-blank line is a request line, else None
    (decided at the first other line: example bodies run to hundreds of lines)."""
    first: str | None = None
    for ln in text.splitlines():
        if not ln.strip():
            continue
        if not _URI_LINE.match(ln):
            return None
        if first is None:
            first = ln
    return first


def _split_request_lines(text: str) -> list[str]:
    """A URI paragraph may hold two request lines (``POST /v2.1/... POST /v2/...``)."""
    parts = _BEFORE_REQUEST_LINE.split(text)
    return [p.strip() for p in parts if p.strip()]


def _split_query(raw: str) -> tuple[str, list[tuple[str, str | None, str]]]:
    """Path and query keys of a URI line: ``?a={a}&b=0``, ``{?a,b}``; fragments dropped."""
    query: list[tuple[str, str | None, str]] = []
    path = raw
    rfc = _RFC_QUERY.search(path)
    if rfc:
        for name in rfc.group(1).split(","):
            if name.strip():
                query.append((name.strip(), None, ""))
        path = path[: rfc.start()] + path[rfc.end() :]
    if "?" in path:
        path, _, qs = path.partition("?")
        for item in qs.split("&"):
            if not item.strip():
                continue
            name, eq, value = item.partition("=")
            name = name.strip()
            if not name:
                continue
            m = _BRACED.fullmatch(value.strip())
            if m:
                query.append((name, None, m.group(1)))
            elif eq and value.strip():
                query.append((name, value.strip(), ""))
            else:
                query.append((name, None, ""))
    path = path.split("#", 1)[0].strip() or "/"
    return path, query


def _with_literal(c: Constraints, literal: str) -> Constraints:
    enum = c.enum or (literal,)
    default = c.default if c.default is not None else literal
    return dataclasses.replace(c, enum=enum, default=default)


# --------------------------------------------------------------------------- public


def _read(path: Path, text: str | bytes | None, tags: tuple[str, ...]) -> tuple[Page, _Anchors]:
    reader = _Reader(path.name, tags)
    if text is None:
        try:
            text = path.read_bytes()
        except OSError as exc:
            reader.out.error("unreadable-file", Source(path.name), f"cannot read: {exc}")
            return reader._page("other", "file could not be read"), _Anchors({}, None)
    return reader.read(text)


def read_page(path: Path, *, text: str | bytes | None = None, tags: tuple[str, ...] = ()) -> Page:
    """One HTML page -> Page (operations, structures, unused, diagnostics); never raises.

    Links into other pages stay ``"<file>#<anchor>"`` (or ``"<file>"``); ``read_files``
    resolves them to table keys when the other page is read too.
    """
    return _read(Path(path), text, tags)[0]


def read_files(
    paths: Sequence[Path], *, tags: dict[str, tuple[str, ...]] | None = None
) -> list[Page]:
    """Several pages, with links between them resolved to the target page's table keys."""
    by_name = tags or {}
    results = []
    for p in paths:
        path = p if isinstance(p, Path) else Path(p)
        results.append(_read(path, None, by_name.get(path.name, ())))
    anchors = {page.file: amap for page, amap in results}
    return [_link_page(page, anchors) if amap.cross else page for page, amap in results]


def read_folder(folder: Path) -> Iterator[Page]:
    """One Page per ``*.html`` in ``folder`` (sorted by name), tags from CLASS.TXT.json."""
    folder = Path(folder)
    service = read_toc(folder)
    paths = sorted(p for p in folder.glob("*.html") if p.is_file())
    yield from read_files(paths, tags=service.tags_by_file)


def _link_page(page: Page, anchors: dict[str, _Anchors]) -> Page:
    """Resolve cross-page keys ``other.html#anchor`` / ``other.html`` to table keys."""
    out = Collector()
    cache: dict[str, str | None] = {}

    def resolve(key: str, src: Source) -> str:
        if key in cache:
            resolved = cache[key]
        else:
            resolved = _resolve_key(key, anchors)
            cache[key] = resolved
            if resolved is None:
                out.warning(
                    "dangling-link",
                    src,
                    f"link {key!r} points to no table of the pages read",
                )
        return resolved if resolved is not None else key

    def fix_type(t: TypeExpr, src: Source) -> TypeExpr:
        changes: dict[str, Any] = {}
        if t.ref and not t.ref.startswith(f"{page.file}#"):
            changes["ref"] = resolve(t.ref, src)
        if t.items is not None:
            items = fix_type(t.items, src)
            if items is not t.items:
                changes["items"] = items
        if t.values is not None:
            values = fix_type(t.values, src)
            if values is not t.values:
                changes["values"] = values
        if not changes or all(getattr(t, k) == v for k, v in changes.items()):
            return t
        return dataclasses.replace(t, **changes)

    def fix_fields(fields: tuple[Field, ...]) -> tuple[Field, ...]:
        new = tuple(
            f if (nt := fix_type(f.type, f.source)) is f.type else dataclasses.replace(f, type=nt)
            for f in fields
        )
        return fields if all(a is b for a, b in zip(new, fields, strict=True)) else new

    structures = tuple(
        s if (nf := fix_fields(s.fields)) is s.fields else dataclasses.replace(s, fields=nf)
        for s in page.structures
    )
    ops = []
    for op in page.operations:
        responses = tuple(
            dataclasses.replace(r, body=resolve(r.body, r.source))
            if r.body and not r.body.startswith(f"{page.file}#")
            else r
            for r in op.responses
        )
        body = op.request_body
        if body and not body.startswith(f"{page.file}#"):
            body = resolve(body, op.source)
        ops.append(
            dataclasses.replace(
                op, parameters=fix_fields(op.parameters), responses=responses, request_body=body
            )
        )
    if not out.diagnostics and structures == page.structures and tuple(ops) == page.operations:
        return page
    return dataclasses.replace(
        page,
        structures=structures,
        operations=tuple(ops),
        diagnostics=page.diagnostics + tuple(out.diagnostics),
    )


def _resolve_key(key: str, anchors: dict[str, _Anchors]) -> str | None:
    file, _, anchor = key.partition("#")
    target = anchors.get(file)
    if target is None:
        return None
    if not anchor:
        return target.main
    if anchor in target.by_anchor:
        return target.by_anchor[anchor]
    return None


__all__ = ["read_files", "read_folder", "read_page", "text_of"]
