"""Rebuild tables (caption, header, rows) and status markers from one flattened snippet section.

A snippet squeezes every table onto one line (``表2 Query参数 参数 是否必选 参数类型 描述 status
否 String 集群状态。 offset 否 Integer ...``). A table starts at a label (``表N`` / ``Table N``)
followed within a few words by a header (``参数 [是否必选] 参数类型 描述``). Inside a table a row
starts at a plausible identifier, followed by the columns the header promises: a yes/no word
when there is a Mandatory column, then a type the type grammar accepts. Everything else is
description, so enum text such as ``asc : 递增排序`` or ``created_at: 创建时间`` never splits
a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

from scraper.records import TypeExpr
from scraper.typegrammar import match_type
from scraper.vocab import COLUMN_WORDS, NO_WORDS, YES_WORDS, Column

_TOKEN = re.compile(r"\S+")
# Each pattern opens with a lookahead of its possible first characters: without it the regex
# engine tries the lookbehind at every position of the text (twice as slow).
_LABEL = re.compile(r"(?=[表Tt])(?<!\S)(?:表\s*(\d+)|[Tt]able\s+(\d+))(?=\s|$)")
_STATUS = re.compile(
    r"(?=[状SsH])(?<!\S)(?:状态码|[Ss]tatus\s+[Cc]odes?|HTTP\s+[Ss]tatus)\s*[:：]?\s*"
    r"(\d{3}|[1-5]XX|default)(?=[\s:：。.,，]|$)"
)
_NAME = re.compile(r"[A-Za-z_@$][A-Za-z0-9_.:/@$\-\[\]*]*\Z")
# English prose words that can precede a capitalised type word in a description.
_PROSE_WORDS = frozenset(
    {
        "a", "an", "the", "is", "are", "was", "be", "of", "to", "and", "or", "in", "on", "for",
        "as", "by", "if", "it", "its", "this", "that", "these", "with", "from", "at", "not",
        "no", "yes", "can", "must", "when", "which", "only", "each", "any", "all", "one", "type",
    }
)  # fmt: skip
_MAX_CAPTION_WORDS = 10
_HEADER_CHUNK = 1000  # characters after a label that usually hold its caption and header
_SENTENCE_END = frozenset("。.;；!！?？)）")

# Header phrases (one to three words) -> column, by first word, longest first.
_PHRASES: dict[str, list[tuple[tuple[str, ...], Column]]] = {}
for _key, _column in sorted(COLUMN_WORDS.items(), key=lambda item: -len(item[0].split(" "))):
    _words = tuple(_key.split(" "))
    _PHRASES.setdefault(_words[0], []).append((_words, _column))
# First words of the phrases a name column can have: where a header can start.
_NAME_FIRST = frozenset(
    first for first, phrases in _PHRASES.items() if any(c == "name" for _, c in phrases)
)
# Every word of every header phrase, and the headers found so far by the shape of the words
# after a label (phrase words kept, others blanked).
_PHRASE_WORDS = frozenset(word for key in COLUMN_WORDS for word in key.split(" "))
_HEADERS: dict[tuple[str, ...], tuple[int, int, tuple[Column, ...]] | None] = {}
_HEADERS_LIMIT = 50_000
_UNKNOWN: tuple[int, int, tuple[Column, ...]] = (-1, -1, ())
# One-word scalar type spellings, and the words after them that make a longer type.
_SCALAR_WORDS = frozenset(
    {"string", "integer", "int", "long", "float", "double", "number", "boolean", "bool"}
)
_COMPOUND_NEXT = frozenset({"object", "objects", "array", "or", "/", "|", "[]"})
_SCALAR_CACHE: dict[str, TypeExpr] = {}
_YES_NO = frozenset(YES_WORDS | NO_WORDS)
_YES_NO_VALUE: dict[str, bool] = {
    **dict.fromkeys(NO_WORDS, False),
    **dict.fromkeys(YES_WORDS, True),
}
_YES_NO_TAIL = ".,;:，。"
_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_@$")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_STRUCTURED: frozenset[Column] = frozenset({"name", "required", "type"})


class RawRow(NamedTuple):
    """One rebuilt table row, as written (a named tuple: made by the ten thousand, cheaply)."""

    name: str
    required: bool | None
    type: TypeExpr | None  # None when the table has no type column
    description: str
    offset: int  # character offset of the row in the section text


@dataclass(frozen=True, slots=True)
class RawTable:
    """One rebuilt table: its label, caption, columns and rows."""

    label: str  # "表5" / "Table 5"
    caption: str  # "Cluster", "响应Body参数"
    columns: tuple[Column, ...]
    rows: tuple[RawRow, ...]
    status: str | None  # the status marker in effect (response sections)
    offset: int
    leftover: str = ""  # text between the header and the first row that is not a row

    @property
    def has_required(self) -> bool:
        """True when the header has a Mandatory column."""
        return "required" in self.columns


@dataclass(frozen=True, slots=True)
class StatusMark:
    """A ``状态码: 200`` marker and the text after it up to the next table or marker."""

    status: str
    text: str
    offset: int


@dataclass(frozen=True, slots=True)
class SectionTables:
    """Everything a table-bearing section holds, in order."""

    preamble: str  # text before the first table or status marker
    tables: tuple[RawTable, ...]
    statuses: tuple[StatusMark, ...]
    problems: tuple[str, ...]


def anchored(
    pattern: re.Pattern[str], text: str, anchors: tuple[tuple[str, int], ...]
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts ``back``
    characters before one of the ``(word, back)`` anchors: the pattern is tried only there
    (``str.find`` is far cheaper than the regex engine trying every position)."""
    places: list[int] = []
    for word, back in anchors:
        at = text.find(word, back)
        while at >= 0:
            places.append(at - back)
            at = text.find(word, at + 1)
    if not places:
        return []
    places.sort()
    out: list[re.Match[str]] = []
    end = 0  # matches do not overlap: the next one starts at or after this
    for at in places:
        if at >= end and (match := pattern.match(text, at)) is not None:
            out.append(match)
            end = match.end()
    return out


_STATUS_ANCHORS = (("状态码", 0), ("tatus", 1), ("HTTP", 0))
_LABEL_ANCHORS = (("表", 0), ("able", 1))


def status_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, status) of every status marker in ``text``."""
    return [(m.start(), m.end(), m.group(1)) for m in anchored(_STATUS, text, _STATUS_ANCHORS)]


def _header_at(folded: list[str], i: int) -> tuple[tuple[Column, ...], int] | None:
    """Columns of a header starting at ``folded[i]`` (a name column first), and the index after."""
    columns: list[Column] = []
    count = len(folded)
    while i < count:
        step: tuple[int, Column] | None = None
        for phrase, column in _PHRASES.get(folded[i], ()):  # longest phrase first
            if (not columns and column != "name") or column in columns:
                continue
            # the first word is the key it was found by: compare the others, if any
            size = len(phrase)
            if size == 1 or (i + size <= count and tuple(folded[i + 1 : i + size]) == phrase[1:]):
                step = (size, column)
                break
        if step is None:
            break
        columns.append(step[1])
        i += step[0]
    if len(columns) < 2 or not ({"type", "description"} & set(columns)):
        return None
    return tuple(columns), i


def _find_header(text: str, start: int) -> tuple[str, tuple[Column, ...], int] | None:
    """Caption, columns and the end offset of a header that follows a label ending at start."""
    wanted = _MAX_CAPTION_WORDS + 7
    # The words after the label: split a bounded chunk (cheap) when it surely holds them whole
    # (one more word follows, or the text ends), else walk the tokens.
    chunk_end = start + _HEADER_CHUNK
    words = text[start:chunk_end].split(None, wanted)
    if len(words) > wanted:
        words.pop()
    elif chunk_end < len(text):
        words = [t.group() for t in islice(_TOKEN.finditer(text, start), wanted)]
    # Which header is found depends only on where phrase words are: other words (captions,
    # row text) count as blanks, so the many labels spelled alike share one answer.
    shape = tuple([word if word in _PHRASE_WORDS else "" for word in map(str.lower, words)])
    best = _HEADERS.get(shape, _UNKNOWN)
    if best is _UNKNOWN:
        best = _best_header(list(shape))
        if len(_HEADERS) >= _HEADERS_LIMIT:
            _HEADERS.clear()
        _HEADERS[shape] = best
    if best is None:
        return None
    end, i, columns = best
    pos = start
    for word in words[:end]:  # the offset where the header's last word ends
        pos = text.index(word, pos) + len(word)
    return " ".join(words[:i]), columns, pos


def _best_header(folded: list[str]) -> tuple[int, int, tuple[Column, ...]] | None:
    """(end, start, columns) of the header among the words after a label, or None."""
    best: tuple[int, int, tuple[Column, ...]] | None = None
    for i in range(min(len(folded), _MAX_CAPTION_WORDS + 1)):
        if best is not None and i >= best[0]:
            break  # only headers overlapping the first one found compete with it
        if folded[i] not in _NAME_FIRST:
            continue  # a header starts with a name column: no need to try the phrases
        found = _header_at(folded, i)
        if found is None:
            continue
        # The header reaching furthest, and of those the one with the longest caption:
        # "Response body parameters Parameter Type Description" is not "parameters | Parameter
        # Type | Description".
        columns, end = found
        if best is None or (end, i) > (best[0], best[1]):
            best = (end, i, columns)
    return best


def plausible_name(word: str) -> bool:
    """True when ``word`` can be a parameter name (identifier-like, not trailing punctuation)."""
    return bool(_NAME.match(word)) and word[-1] not in ":.-/"


def object_name(expr: TypeExpr) -> str | None:
    """The object name a type spells (``Cluster`` in ``Array of Cluster objects``)."""
    node: TypeExpr | None = expr
    while node is not None:
        if node.name:
            return node.name
        node = node.items if node.items is not None else node.values
    return None


_STRUCTURED_OF: dict[tuple[Column, ...], list[Column]] = {}


def _structured(columns: tuple[Column, ...]) -> list[Column]:
    """The columns read as row structure (name excluded), memoised: headers repeat."""
    found = _STRUCTURED_OF.get(columns)
    if found is None:
        found = [c for c in columns[1:] if c in _STRUCTURED]
        # Columns after the first unstructured one are read as description.
        cut = next((k for k, c in enumerate(columns[1:]) if c not in _STRUCTURED), None)
        if cut is not None:
            found = [c for c in columns[1 : cut + 1] if c in _STRUCTURED]
        _STRUCTURED_OF[columns] = found  # few distinct headers: no bound needed
    return found


# A row found at a token: name, required, type, offset of the row, offset of its description.
_Found = tuple[str, bool | None, TypeExpr | None, int, int]


class _RowReader:
    """Finds row starts in one table body."""

    def __init__(
        self,
        text: str,
        tokens: list[re.Match[str]],
        words: list[str],
        columns: tuple[Column, ...],
        captions: set[str],
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.words = words
        self.columns = columns
        self.captions = captions
        self.structured = _structured(columns)
        self.has_required = "required" in self.structured

    def row_at(self, k: int) -> _Found | None:
        """A row starting at token ``k``: its columns, offset and where its description starts."""
        if not self.structured:
            return None
        words = self.words
        name = words[k]
        if name[-1] in ":.-/" or _NAME.match(name) is None:  # plausible_name, inlined
            return None
        if not self.has_required and name.lower() in _PROSE_WORDS:
            return None
        tokens = self.tokens
        count = len(tokens)
        required: bool | None = None
        type_expr: TypeExpr | None = None
        pos = tokens[k].end()
        j = k + 1
        for column in self.structured:
            if j >= count:
                return None
            if column == "required":
                required = _YES_NO_VALUE.get(words[j].lower().rstrip(_YES_NO_TAIL))
                if required is None:
                    return None
                pos = tokens[j].end()
                j += 1
            else:
                found = self._type_at(j)
                if found is None:
                    return None
                type_expr, pos = found
                if not self.has_required and not self._consistent(k, name, type_expr):
                    return None
                while j < count and tokens[j].start() < pos:
                    j += 1
        return name, required, type_expr, tokens[k].start(), pos

    def _type_at(self, j: int) -> tuple[TypeExpr, int] | None:
        """The type starting at token ``j`` and its end offset (a cached fast path for the
        one-word scalar spellings that make up most rows)."""
        word = self.words[j]
        if word.lower() in _SCALAR_WORDS:
            after = self.words[j + 1].lower() if j + 1 < len(self.words) else ""
            if after not in _COMPOUND_NEXT:
                expr = _SCALAR_CACHE.get(word)
                if expr is None:
                    found = match_type(word)
                    if found is None or found[1] != len(word):
                        return match_type(self.text, self.tokens[j].start())
                    expr = _SCALAR_CACHE.setdefault(word, found[0])
                return expr, self.tokens[j].end()
        return match_type(self.text, self.tokens[j].start())

    def _consistent(self, k: int, name: str, type_expr: TypeExpr) -> bool:
        """Without a Mandatory column, a candidate row must look like one, not like prose.

        An ``X object`` type with lowercase X must name the field or a table of the section; a
        lowercase type word (``data object``, ``string``) only starts a row after a sentence
        end or at the start of the table.
        """
        if self.has_required:
            return True
        named = object_name(type_expr)
        if named is not None and not named[:1].isupper():
            return named == name or named in self.captions
        if type_expr.spelling[:1].isupper() or k == 0:
            return True
        return self.words[k - 1][-1] in _SENTENCE_END


def _candidates(words: list[str], structured: list[Column]) -> list[int]:
    """Indexes of tokens that may start a row: a cheap filter before ``row_at``."""
    if structured[:1] == ["required"]:
        return [
            k - 1 for k in range(1, len(words)) if words[k].lower().rstrip(_YES_NO_TAIL) in _YES_NO
        ]
    return [
        k
        for k in range(len(words) - 1)
        if words[k][0] in _NAME_START and words[k + 1][0] in _ASCII_LETTERS
    ]


def _candidate_rows(reader: _RowReader, start: int) -> list[_Found]:
    """Rows found by trying ``row_at`` at each candidate token after the last row's columns."""
    found: list[_Found] = []
    if not reader.structured:
        return found
    desc_start = start
    tokens = reader.tokens
    row_at = reader.row_at
    for k in _candidates(reader.words, reader.structured):
        if tokens[k].start() < desc_start:
            continue
        row = row_at(k)
        if row is not None:
            found.append(row)
            desc_start = row[4]
    return found


_TYPE_ONLY: list[Column] = ["type"]
_REQUIRED_TYPE: list[Column] = ["required", "type"]


def _typed_rows(reader: _RowReader, start: int) -> list[_Found]:
    """What the candidates loop with ``row_at`` finds in a (name, type) table, with the
    checks of ``_candidates``, ``row_at`` and ``_type_at`` inlined: most tables are so."""
    words, tokens = reader.words, reader.tokens
    count = len(words)
    found: list[_Found] = []
    desc_start = start
    scalar = _SCALAR_CACHE.get
    for k in range(count - 1):
        name = words[k]
        if name[0] not in _NAME_START or words[k + 1][0] not in _ASCII_LETTERS:
            continue
        offset = tokens[k].start()
        if offset < desc_start:
            continue
        if name[-1] in ":.-/" or _NAME.match(name) is None or name.lower() in _PROSE_WORDS:
            continue
        j = k + 1
        word = words[j]
        expr = None
        if word.lower() in _SCALAR_WORDS and (
            j + 1 == count or words[j + 1].lower() not in _COMPOUND_NEXT
        ):
            expr = scalar(word)
        if expr is not None:  # a one-word scalar seen before: no name, so only the case test
            pos = tokens[j].end()
            if not (expr.spelling[:1].isupper() or k == 0 or words[k - 1][-1] in _SENTENCE_END):
                continue
        else:
            typed = reader._type_at(j)
            if typed is None:
                continue
            expr, pos = typed
            if not reader._consistent(k, name, expr):
                continue
        found.append((name, None, expr, offset, pos))
        desc_start = pos
    return found


def _required_typed_rows(reader: _RowReader, start: int) -> list[_Found]:
    """What the candidates loop with ``row_at`` finds in a (name, mandatory, type) table."""
    words, tokens = reader.words, reader.tokens
    count = len(words)
    found: list[_Found] = []
    desc_start = start
    scalar = _SCALAR_CACHE.get
    for k in range(count - 2):  # k: the name; a mandatory word and a type follow it
        required = _YES_NO_VALUE.get(words[k + 1].lower().rstrip(_YES_NO_TAIL))
        if required is None:
            continue
        offset = tokens[k].start()
        if offset < desc_start:
            continue
        name = words[k]
        if name[-1] in ":.-/" or _NAME.match(name) is None:
            continue
        j = k + 2
        word = words[j]
        expr = None
        if word.lower() in _SCALAR_WORDS and (
            j + 1 == count or words[j + 1].lower() not in _COMPOUND_NEXT
        ):
            expr = scalar(word)
        if expr is not None:
            pos = tokens[j].end()
        else:
            typed = reader._type_at(j)
            if typed is None:
                continue
            expr, pos = typed
        found.append((name, required, expr, offset, pos))
        desc_start = pos
    return found


def _rows(
    text: str, start: int, end: int, columns: tuple[Column, ...], captions: set[str]
) -> tuple[list[RawRow], str]:
    """Rows of the table body ``text[start:end]`` and any leading text that is not a row."""
    tokens = list(_TOKEN.finditer(text, start, end))
    words = text[start:end].split()  # the tokens' texts (str.split and \S+ agree on spaces)
    reader = _RowReader(text, tokens, words, columns, captions)
    structured = reader.structured
    if structured == _TYPE_ONLY:
        found = _typed_rows(reader, start)
    elif structured == _REQUIRED_TYPE:
        found = _required_typed_rows(reader, start)
    else:
        found = _candidate_rows(reader, start)
    if not found:
        return [], text[start:end].strip()
    # each row's description runs from where its columns end to where the next row starts
    ends = [row[3] for row in found[1:]]
    ends.append(end)
    rows = [
        RawRow(name, required, type_expr, " ".join(text[after:stop].split()), offset)
        for (name, required, type_expr, offset, after), stop in zip(found, ends, strict=True)
    ]
    return rows, text[start : found[0][3]].strip()


@dataclass(frozen=True, slots=True)
class _Label:
    start: int
    header_end: int
    label: str
    caption: str
    columns: tuple[Column, ...]


def _labels(text: str) -> list[_Label]:
    out: list[_Label] = []
    for match in anchored(_LABEL, text, _LABEL_ANCHORS):
        header = _find_header(text, match.end())
        if header is not None:
            caption, columns, header_end = header
            out.append(_Label(match.start(), header_end, match.group().strip(), caption, columns))
    return out


def read_tables(text: str, *, default_status: str | None = None) -> SectionTables:
    """Tables and status markers of a flattened section, in document order."""
    labels = _labels(text)
    marks = status_marks(text)
    captions = {item.caption for item in labels}
    bounds = sorted([item.start for item in labels] + [start for start, _, _ in marks])
    ends = {b: (bounds[i + 1] if i + 1 < len(bounds) else len(text)) for i, b in enumerate(bounds)}
    events: list[tuple[int, _Label | tuple[int, str]]] = [(item.start, item) for item in labels]
    events += [(start, (end, status)) for start, end, status in marks]
    events.sort(key=lambda event: event[0])

    tables: list[RawTable] = []
    statuses: list[StatusMark] = []
    problems: list[str] = []
    status = default_status
    for start, item in events:
        end = ends[start]
        if isinstance(item, tuple):
            mark_end, status = item
            statuses.append(StatusMark(status, " ".join(text[mark_end:end].split()), start))
            continue
        rows, leftover = _rows(text, item.header_end, end, item.columns, captions)
        if not rows:
            problems.append(f"table {item.label} {item.caption} has a header but no readable rows")
        tables.append(
            RawTable(item.label, item.caption, item.columns, tuple(rows), status, start, leftover)
        )
    preamble = text[: bounds[0]] if bounds else text
    return SectionTables(
        " ".join(preamble.split()), tuple(tables), tuple(statuses), tuple(problems)
    )
