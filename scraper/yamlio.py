"""Writing specs as YAML: block style, unicode kept, key order kept, no aliases.

``dump_yaml`` writes exactly what ``yaml.dump(data, Dumper=<SafeDumper without aliases>,
sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)`` writes, about ten
times faster: PyYAML's pure-Python emitter looks at every character of every string through
a chain of events (three seconds for the corpus spec, most of a minute for a 10,000-snippet
dump), while JSON-shaped data needs only its rules for block collections and the three scalar
styles it can choose (plain, single- and double-quoted). Those rules are ported here
unchanged (scalar analysis by regular expressions, cached per string, with a one-regex
shortcut for the common plain strings; the writers' folding loops only when a line can reach
the width). Mappings and sequences are written a whole line at a time (``block_mapping``,
``block_sequence``): where a line starts follows from its place in the tree, and each key's
label and each string's one-line form are worked out once per document. Data of any other
shape (non-string keys, other types, a top level that is not a non-empty mapping) goes to
PyYAML itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from scraper.gcpause import paused_gc

WIDTH = 100  # best_width
_STR = "tag:yaml.org,2002:str"
_BREAKS = "\n\x85\u2028\u2029"
_WS = "\0 \t\r\n\x85\u2028\u2029"
_LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`"
_BREAK = re.compile("[\n\x85\u2028\u2029]")
_LONE_SPACE = re.compile("(?<! ) (?! )")  # a run of spaces one long
_DEEP = 256  # indentations up to this are written from _NEWLINES
_NEWLINES = ["\n" + " " * n for n in range(_DEEP)]
_SPACE_BREAK = re.compile(" [\n\x85\u2028\u2029]")
_BREAK_SPACE = re.compile("[\n\x85\u2028\u2029] ")
_COLON_SPACE = re.compile(":(?:[\0 \t\r\n\x85\u2028\u2029]|\\Z)")
_SPACE_HASH = re.compile("[\0 \t\r\n\x85\u2028\u2029]#")
# Characters PyYAML's analysis calls special with allow_unicode (only double quotes show them).
# Texts without line breaks nor special characters (what ``_analyze`` reads simply).
_NO_BREAK_NOR_SPECIAL = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]+"
)
_SPECIAL = re.compile(
    "[^\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]"
)
# Strings the analysis needs no closer look at: written plain. The first character is no
# indicator, space nor dot; no line breaks nor special characters, no ``:`` or ``#`` (which may
# be indicators) and no space at either end. They read back as strings unless their first
# character is one an implicit resolver starts with (``_RESOLVED``): then the resolver decides.
_EXCLUDED = (
    "\\x00-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufeff\\ufffe\\uffff\\u2028\\u2029"
    "\\U00010000-\\U0010ffff:#"
)
_SIMPLE = re.compile(
    f"[^{_EXCLUDED} \\-?.,\\[\\]{{}}&*!|>'\"%@`](?:[^{_EXCLUDED}]*[^{_EXCLUDED} ])?"
)
_RESOLVED = frozenset(
    first for first in yaml.resolver.Resolver.yaml_implicit_resolvers if first is not None
)
_SIMPLE_FACTS = (False, False, True, True, True)
_ESCAPES = {
    "\0": "0",
    "\x07": "a",
    "\x08": "b",
    "\x09": "t",
    "\x0a": "n",
    "\x0b": "v",
    "\x0c": "f",
    "\x0d": "r",
    "\x1b": "e",
    '"': '"',
    "\\": "\\",
    "\x85": "N",
    "\xa0": "_",
    "\u2028": "L",
    "\u2029": "P",
}


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


class _Unsupported(Exception):
    """Data this writer does not handle: PyYAML writes it."""


def dump_yaml(data: Any) -> str:
    """Block-style YAML of ``data`` (dict order kept), unicode as is, never an alias."""
    if type(data) is dict and data:
        chunks: list[str] = []
        try:
            with paused_gc():  # many small strings, no cycles: see scraper.gcpause
                _Writer(chunks.append).document(data)
            return "".join(chunks)
        except _Unsupported:
            pass
    return _pyyaml_dump(data)


def write_yaml(data: Any, path: Path) -> None:
    """``dump_yaml(data)`` into the file ``path`` (UTF-8), written a chunk at a time: the
    whole text is never held in memory (for a large spec, as much as the spec itself)."""
    with path.open("w", encoding="utf-8") as handle:
        if type(data) is dict and data:
            try:
                with paused_gc():
                    _Writer(handle.write).document(data)
                return
            except _Unsupported:
                handle.seek(0)
                handle.truncate()
        handle.write(_pyyaml_dump(data))


def _pyyaml_dump(data: Any) -> str:
    """The reference: what ``dump_yaml`` must equal, character for character."""
    return yaml.dump(
        data,
        Dumper=_NoAliasDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=WIDTH,
    )


_resolve: Callable[[type[ScalarNode], str, tuple[bool, bool]], str] = (
    yaml.resolver.Resolver().resolve
)


def _analyze(text: str) -> tuple[bool, bool, bool, bool]:
    """(empty, multiline, plain allowed in block context, single quotes allowed): PyYAML's
    ``Emitter.analyze_scalar`` for block context and allow_unicode."""
    if not text:
        return True, False, True, True
    first = text[0]
    followed_by_space = len(text) == 1 or text[1] in _WS
    block_indicators = (
        text.startswith("---")
        or text.startswith("...")
        or first in _LEADING_INDICATORS
        or (first in "?:-" and followed_by_space)
        or _COLON_SPACE.search(text, 1) is not None
        or _SPACE_HASH.search(text) is not None
    )
    line_breaks = _BREAK.search(text) is not None
    plain = single = True
    if first == " " or first in _BREAKS or text[-1] == " " or text[-1] in _BREAKS:
        plain = False
    if _BREAK_SPACE.search(text) or _SPACE_BREAK.search(text) or _SPECIAL.search(text):
        plain = single = False
    if line_breaks or block_indicators:
        plain = False
    return False, line_breaks, plain, single


def _implicit(text: str, tag: str) -> bool:
    """Would ``text`` written plain be read back with ``tag``? (the serializer's implicit[0])"""
    return _resolve(ScalarNode, text, (True, False)) == tag


def _newline(indent: int) -> str:
    """A line break and ``indent`` spaces."""
    return _NEWLINES[indent] if indent < _DEEP else "\n" + " " * indent


def _fold(out: list[str], text: str, column: int, indent: int, ends: bool) -> int:
    """``text`` (without line breaks) into ``out`` from ``column``, each single space met past
    the width a line break and ``indent`` spaces instead (``ends``: also a space at either end
    of the text, which quoted scalars keep); returns the column it ends at.

    The loops of PyYAML's ``write_plain`` and ``write_single_quoted`` (quotes already
    doubled): on a line, the column of a character follows from its position, so the next
    fold is the first lone space past the position where the line reaches the width.
    """
    nl = _newline(indent)
    last = len(text) - 1
    start = 0  # where the current line's text starts
    at = start + WIDTH - column + 1  # the first position past the width
    while True:
        match = _LONE_SPACE.search(text, max(at, start))
        if match is None:
            break
        pos = match.start()
        if not ends and (pos == 0 or pos == last):
            if pos == last:
                break
            at = pos + 1  # (a space at the start: kept, not folded)
            continue
        if start < pos:
            out.append(text[start:pos])
        out.append(nl)
        start = pos + 1
        column = indent
        at = start + WIDTH - indent + 1
    if start <= last:
        out.append(text[start:])
    return column + len(text) - start


def _float_text(value: float) -> str:
    """SafeRepresenter.represent_float."""
    if value != value:
        return ".nan"
    if value == float("inf"):
        return ".inf"
    if value == float("-inf"):
        return "-.inf"
    text = repr(value).lower()
    if "." not in text and "e" in text:
        text = text.replace("e", ".0e", 1)
    return text


class _Writer:
    """The state of PyYAML's Emitter that block output of JSON-shaped data touches."""

    def __init__(self, sink: Callable[[str], Any]) -> None:
        self.out: list[str] = []  # pieces of text, joined into chunks now and then
        self.sink = sink  # takes the chunks (millions of small strings cost more than the text)
        self.column = 0
        self.whitespace = True
        self.indention = True
        # text -> (empty, multiline, plain ok, single quotes ok, plain reads back as a string)
        self.strings: dict[str, tuple[bool, bool, bool, bool, bool]] = {}
        self.labels: dict[str, str] = {}  # mapping key -> "key:" as written if simple, else ""
        self.values: dict[str, str] = {}  # string -> its one-line form (see one_line), or ""
        self.scalars: dict[tuple[type, Any], str] = {}  # (type, value) -> plain text
        self.ints: dict[int, str] = {}  # int (never a bool) -> " " and its plain text
        # per indentation: its line break, {mapping key: line break, indentation and "key:",
        # or "" (no one-line label)}, and the line break two deeper
        self.levels: list[tuple[str, dict[str, str], str]] = [
            (_newline(n), {}, _newline(n + 2)) for n in range(_DEEP)
        ]
        self.deep_levels: dict[int, tuple[str, dict[str, str], str]] = {}  # beyond _DEEP

    def document(self, data: dict[str, Any]) -> None:
        self.block_mapping(data, 0, "")
        self.out.append("\n")  # document end: the last line always holds something
        self.sink("".join(self.out))

    # ---- the common shapes, state known from the context -------------------------------
    # After any non-empty node, PyYAML's next write is a line break (its column is past any
    # enclosing indentation): each line's start is known from where it is in the tree, so
    # the writers below emit whole lines without tracking the state. They hand a scalar to
    # the general writers (with the state PyYAML would have there) when it needs quoting or
    # folding, and a key that has no one-line label.

    def block_mapping(self, value: dict[Any, Any], indent: int, lead: str) -> None:
        """A non-empty mapping at ``indent``; ``lead`` is written before its first key."""
        out = self.out
        if len(out) > 8192:
            self.sink("".join(out))
            out.clear()
        nl, heads, inner_nl = self.levels[indent] if indent < _DEEP else self.level(indent)
        items: Iterable[tuple[Any, Any]] = value.items()
        if lead != nl:  # after a dash, or at the document start
            pairs = iter(items)
            key, item = next(pairs)
            self.first_pair(key, item, indent, lead)
            items = pairs
        values = self.values
        ints = self.ints
        inner = indent + 2
        fit = WIDTH + 1
        for key, item in items:
            # each line: its key's head (line break, indentation and "key:") and the value
            head = heads.get(key)
            if head is None:
                label = self.labels.get(key)
                if label is None:
                    label = self.labels[key] = self.label(key)  # (_Unsupported unless a str)
                head = heads[key] = nl + label if label else ""
            if not head:  # a key with no one-line label
                out.append(nl)
                self.column = indent
                self.whitespace = self.indention = True
                self.pair(key, item, indent)
                continue
            kind = type(item)
            if kind is str:
                text = values.get(item)
                if text is None:
                    text = values[item] = self.one_line(item)
                # (len(head) counts the line break and the indentation: the label and the
                # text fit in the width after the indentation)
                if text and (len(head) + len(text) <= fit or " " not in item):
                    out.append(head + text)
                else:
                    out.append(head)
                    self.column = len(head) - 1
                    self.whitespace = self.indention = False
                    self.value(item, text, inner)
            elif kind is dict:
                if item:
                    out.append(head)
                    self.block_mapping(item, inner, inner_nl)
                else:
                    out.append(head + " {}")
            elif kind is list:
                if item:
                    out.append(head)
                    self.block_sequence(item, indent, nl)
                else:
                    out.append(head + " []")
            elif kind is int:
                text = ints.get(item)
                if text is None:
                    text = ints[item] = " " + self.scalar_text(item)
                out.append(head + text)
            elif kind is bool:
                out.append(head + (" true" if item else " false"))  # (as scalar_text says)
            else:
                out.append(head + " " + self.scalar_text(item))

    def level(self, indent: int) -> tuple[str, dict[str, str], str]:
        """(line break, heads, inner line break) for mappings at ``indent``."""
        if indent < _DEEP:
            return self.levels[indent]
        known = self.deep_levels.get(indent)
        if known is None:
            known = self.deep_levels[indent] = (_newline(indent), {}, _newline(indent + 2))
        return known

    def first_pair(self, key: Any, item: Any, indent: int, lead: str) -> None:
        """The first key and value of a mapping at ``indent``, ``lead`` before them (what the
        loop of ``block_mapping`` writes, with ``lead`` for the line break)."""
        out = self.out
        label = self.labels.get(key)
        if label is None:
            label = self.labels[key] = self.label(key)  # (_Unsupported unless a str)
        if not label:
            out.append(lead)
            self.column = indent
            self.whitespace = self.indention = True
            self.pair(key, item, indent)
            return
        kind = type(item)
        inner = indent + 2
        if kind is str:
            text = self.values.get(item)
            if text is None:
                text = self.values[item] = self.one_line(item)
            if text and (len(label) + len(text) <= WIDTH - indent or " " not in item):
                out.append(lead + label + text)
            else:
                out.append(lead + label)
                self.column = indent + len(label)
                self.whitespace = self.indention = False
                self.value(item, text, inner)
        elif kind is dict:
            if item:
                out.append(lead + label)
                self.block_mapping(item, inner, _newline(inner))
            else:
                out.append(lead + label + " {}")
        elif kind is list:
            out.append(lead + label)
            if item:
                self.block_sequence(item, indent, _newline(indent))
            else:
                out.append(" []")
        else:
            out.append(lead + label + " " + self.scalar_text(item))

    def block_sequence(self, value: list[Any], indent: int, lead: str) -> None:
        """A non-empty sequence whose dashes are at ``indent``; ``lead`` before the first."""
        out = self.out
        values = self.values
        nl = _NEWLINES[indent] if indent < _DEEP else _newline(indent)
        inner = indent + 2
        dash = nl + "-"
        first = lead + "-"
        for item in value:
            kind = type(item)
            if kind is str:
                text = values.get(item)
                if text is None:
                    text = values[item] = self.one_line(item)
                if text and (indent + 1 + len(text) <= WIDTH or " " not in item):
                    out.append(first + text if first else dash + text)
                else:
                    out.append(first or dash)
                    self.column = indent + 1
                    self.whitespace = False
                    self.indention = True
                    self.value(item, text, inner)
            elif kind is dict:
                out.append(first or dash)
                if item:
                    self.block_mapping(item, inner, " ")
                else:
                    out.append(" {}")
            elif kind is list:
                out.append(first or dash)
                if item:
                    self.block_sequence(item, inner, " ")
                else:
                    out.append(" []")
            else:
                out.append((first or dash) + " " + self.scalar_text(item))
            first = ""

    # ---- structure (Emitter.expect_*) -------------------------------------------------
    def node(self, value: Any, indent: int | None, in_mapping: bool) -> None:
        kind = type(value)
        if kind is dict:
            if value:
                self.mapping(value, indent)
            else:
                self.indicator("{", True, whitespace=True)
                self.indicator("}", False)
        elif kind is list:
            if value:
                self.sequence(value, indent, in_mapping)
            else:
                self.indicator("[", True, whitespace=True)
                self.indicator("]", False)
        elif kind is str:
            self.string(value, 2 if indent is None else indent + 2, False)
        else:
            self.other_scalar(value, 2 if indent is None else indent + 2)

    def mapping(self, value: dict[Any, Any], outer: int | None) -> None:
        indent = 0 if outer is None else outer + 2
        for key, item in value.items():
            if type(key) is not str:
                raise _Unsupported
            self.indent(indent)  # leaves whitespace True
            self.pair(key, item, indent)

    def pair(self, key: str, item: Any, indent: int) -> None:
        """One key and its value of a mapping at ``indent``, the line's indentation written."""
        label = self.labels.get(key)
        if label is None:
            label = self.labels[key] = self.label(key)
        if label:  # a simple key: never folded
            self.out.append(label)
            self.column += len(label)
            self.whitespace = self.indention = False
        else:
            self.indicator("?", True, indention=True)
            self.string(key, indent + 2, False)
            self.indent(indent)
            self.indicator(":", True, indention=True)
        if type(item) is str and self.plain_value(item):
            column = self.column if self.whitespace else self.column + 1
            if " " not in item or column + len(item) <= WIDTH:  # no folding
                text = item if self.whitespace else " " + item
                self.out.append(text)
                self.column += len(text)
                self.whitespace = self.indention = False
                return
        self.node(item, indent, True)

    def label(self, key: str) -> str:
        """``key:`` as written when the key is a simple key (never folded), else ""."""
        if type(key) is not str:
            raise _Unsupported
        if len(key) < 123 and _SIMPLE.fullmatch(key) and key[0] not in _RESOLVED:
            return key + ":"  # (what the facts below give for such a key)
        empty, multiline, plain, _, implicit = self.facts(key)
        if len(key) + 5 >= 128 or empty or multiline:  # 5: len("!!str"), PyYAML counts it
            return ""
        if implicit and plain:
            return key + ":"
        saved = self.out, self.column, self.whitespace, self.indention
        self.out, self.column, self.whitespace, self.indention = [], 0, True, True
        self.string(key, 2, True)  # quoted, on one line whatever the column
        self.indicator(":", False)
        text = "".join(self.out)
        self.out, self.column, self.whitespace, self.indention = saved
        return text

    def one_line(self, text: str) -> str:
        """`` text`` as a value after a key or dash, plain or single-quoted, if that is how
        it is written and no line of it can be folded at a column where it ends within the
        width; else "" (the general writers decide)."""
        if _SIMPLE.fullmatch(text) and text[0] not in _RESOLVED:
            return " " + text  # (facts() would say _SIMPLE_FACTS: not stored, seldom asked)
        if _NO_BREAK_NOR_SPECIAL.fullmatch(text):
            # _analyze's answer for such a text: single quotes allowed, plain unless a space
            # at either end or an indicator (then whether it reads back as a string decides)
            first = text[0]
            if (
                first == " "
                or text[-1] == " "
                or first in _LEADING_INDICATORS
                or text.startswith(("---", "..."))
                or (first in "?:-" and (len(text) == 1 or text[1] == " "))
                or _COLON_SPACE.search(text, 1) is not None
                or _SPACE_HASH.search(text) is not None
                or not _implicit(text, _STR)
            ):
                return " '" + text.replace("'", "''") + "'"
            return " " + text
        _, _, plain, single, implicit = self.facts(text)
        if implicit and plain:
            return " " + text
        if single and _BREAK.search(text) is None:
            # (the width check on this is one stricter than PyYAML's: never a wrong fold)
            return " '" + text.replace("'", "''") + "'"
        return ""

    def plain_value(self, text: str) -> bool:
        """Is ``text``, as a value, written plain?"""
        facts = self.facts(text)
        return facts[4] and facts[2]  # reads back as a string, and plain is allowed

    def sequence(self, value: list[Any], outer: int | None, in_mapping: bool) -> None:
        if outer is None:
            indent = 0
        elif in_mapping and not self.indention:
            indent = outer  # indentless, as PyYAML writes sequences inside mappings
        else:
            indent = outer + 2
        for item in value:
            self.indent(indent)
            self.indicator("-", True, indention=True)
            self.node(item, indent, False)

    # ---- scalars (choose_scalar_style, process_scalar) --------------------------------
    def facts(self, text: str) -> tuple[bool, bool, bool, bool, bool]:
        facts = self.strings.get(text)
        if facts is None:
            if _SIMPLE.fullmatch(text) and (text[0] not in _RESOLVED or _implicit(text, _STR)):
                facts = _SIMPLE_FACTS
            else:
                facts = (*_analyze(text), _implicit(text, _STR))
            self.strings[text] = facts
        return facts

    def string(self, text: str, indent: int, simple_key: bool) -> None:
        empty, multiline, plain, single, implicit = self.facts(text)
        if implicit and not (simple_key and (empty or multiline)) and plain:
            self.plain(text, indent, not simple_key)
        elif single and not (simple_key and multiline):
            self.single_quoted(text, indent, not simple_key)
        else:
            self.double_quoted(text, indent, not simple_key)

    def other_scalar(self, value: Any, indent: int) -> None:
        self.plain(self.scalar_text(value), indent, True)

    def scalar_text(self, value: Any) -> str:
        """How a bool, int, float or None is written (always plain, never folded)."""
        kind = type(value)
        text = self.scalars.get((kind, value)) if kind is not float else None
        if text is None:
            if kind is bool:
                text, tag = ("true" if value else "false"), "tag:yaml.org,2002:bool"
            elif kind is int:
                text, tag = str(value), "tag:yaml.org,2002:int"
            elif kind is float:
                text, tag = _float_text(value), "tag:yaml.org,2002:float"
            elif value is None:
                text, tag = "null", "tag:yaml.org,2002:null"
            else:
                raise _Unsupported
            if not _implicit(text, tag) or not _analyze(text)[2]:
                raise _Unsupported  # PyYAML would tag or quote it
            if kind is not float:  # (0.0 == -0.0: floats are not cached)
                self.scalars[(kind, value)] = text
        return text

    # ---- low-level writers (write_indicator, write_indent, write_line_break) ---------
    def indicator(
        self, text: str, need_whitespace: bool, whitespace: bool = False, indention: bool = False
    ) -> None:
        if not self.whitespace and need_whitespace:
            text = " " + text
        self.whitespace = whitespace
        self.indention = self.indention and indention
        self.column += len(text)
        self.out.append(text)

    def indent(self, indent: int) -> None:
        if (
            not self.indention
            or self.column > indent
            or (self.column == indent and not self.whitespace)
        ):
            # a line break, then the indentation: one piece
            self.out.append(_NEWLINES[indent] if indent < len(_NEWLINES) else "\n" + " " * indent)
            self.column = indent
            self.whitespace = self.indention = True
            return
        if self.column < indent:
            self.whitespace = True
            self.out.append(" " * (indent - self.column))
            self.column = indent

    def line_break(self, data: str = "\n") -> None:
        self.whitespace = True
        self.indention = True
        self.column = 0
        self.out.append(data)

    def write(self, data: str) -> None:
        self.column += len(data)
        self.out.append(data)

    # ---- scalar writers (write_plain, write_single_quoted, write_double_quoted) -------
    def value(self, item: str, text: str, indent: int) -> None:
        """The string ``item`` as a value, ``text`` its one-line form (see ``one_line``): what
        ``string`` writes, its style told by that form when there is one."""
        if not text:
            self.string(item, indent, False)
        elif text[1] == "'":  # (a plain scalar never starts with a quote)
            self.single_quoted(item, indent, True)
        else:
            self.plain(item, indent, True)

    def plain(self, text: str, indent: int, split: bool) -> None:
        if not self.whitespace:
            self.write(" ")
        self.whitespace = False
        self.indention = False
        if not split or " " not in text or self.column + len(text) <= WIDTH:
            self.write(text)  # no line can be folded (plain scalars never hold breaks)
            return
        self.column = _fold(self.out, text, self.column, indent, True)  # write_plain's loop

    def single_quoted(self, text: str, indent: int, split: bool) -> None:
        self.indicator("'", True)
        quotes = text.count("'")
        if _BREAK.search(text) is None and (
            not split or " " not in text or self.column + len(text) + quotes <= WIDTH
        ):
            self.write(text.replace("'", "''") if quotes else text)
            self.indicator("'", False)
            return
        if _BREAK.search(text) is None:  # write_single_quoted's loop, a run at a time
            escaped = text.replace("'", "''") if quotes else text
            self.column = _fold(self.out, escaped, self.column, indent, False)
            self.indicator("'", False)
            return
        spaces = breaks = False
        start = end = 0
        while end <= len(text):
            ch = text[end] if end < len(text) else None
            if spaces:
                if ch is None or ch != " ":
                    if (
                        start + 1 == end
                        and self.column > WIDTH
                        and split
                        and start != 0
                        and end != len(text)
                    ):
                        self.indent(indent)
                    else:
                        self.write(text[start:end])
                    start = end
            elif breaks:
                if ch is None or ch not in _BREAKS:
                    if text[start] == "\n":
                        self.line_break()
                    for br in text[start:end]:
                        self.line_break(br)
                    self.indent(indent)
                    start = end
            elif (ch is None or ch in " \n\x85\u2028\u2029" or ch == "'") and start < end:
                self.write(text[start:end])
                start = end
            if ch == "'":
                self.write("''")
                start = end + 1
            if ch is not None:
                spaces = ch == " "
                breaks = ch in _BREAKS
            end += 1
        self.indicator("'", False)

    def double_quoted(self, text: str, indent: int, split: bool) -> None:
        self.indicator('"', True)
        start = end = 0
        while end <= len(text):
            ch = text[end] if end < len(text) else None
            if (
                ch is None
                or ch in '"\\\x85\u2028\u2029\ufeff'
                or not (
                    "\x20" <= ch <= "\x7e" or "\xa0" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd"
                )
            ):
                if start < end:
                    self.write(text[start:end])
                    start = end
                if ch is not None:
                    if ch in _ESCAPES:
                        data = "\\" + _ESCAPES[ch]
                    elif ch <= "\xff":
                        data = f"\\x{ord(ch):02X}"
                    elif ch <= "\uffff":
                        data = f"\\u{ord(ch):04X}"
                    else:
                        data = f"\\U{ord(ch):08X}"
                    self.write(data)
                    start = end + 1
            if (
                0 < end < len(text) - 1
                and (ch == " " or start >= end)
                and self.column + (end - start) > WIDTH
                and split
            ):
                data = text[start:end] + "\\"
                if start < end:
                    start = end
                self.write(data)
                self.indent(indent)
                self.whitespace = False
                self.indention = False
                if text[start] == " ":
                    self.write("\\")
            end += 1
        self.indicator('"', False)
