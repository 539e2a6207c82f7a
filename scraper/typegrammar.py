"""The grammar of Type-column spellings (``Long``, ``Array of X objects``, ``Map<String,X>``).

Both readers go through here: the HTML reader parses whole Type cells with ``parse_type``, the
snippet reader finds where a type starts and ends inside flattened text with ``match_type``.

Documented decisions:
- ``Integer`` and ``Int`` are integers without a format (documented values exceed int32);
  ``Long`` is int64; ``Float``/``Double`` are numbers with formats float/double; ``Byte`` is an
  integer (ModelArts uses it for small status codes, not for base64 data).
- ``Object``, ``JSON`` and ``X object`` are objects (``name`` = X); ``Map``, ``Dict`` and
  ``Map<String,X>`` are maps; ``List``, bare ``Array`` and ``JSON Array`` are arrays whose items
  are ``any`` (the builder may refine them from examples); ``X array`` is an array of X.
- A union of scalars (``Integer/Boolean``, ``String or Integer``) is ``kind="any"`` with
  ``known=True``: the docs are understood, they allow more than one JSON type.
- ``Null`` is ``kind="null"`` (ECS action bodies such as ``"lock": null``).
- A type whose element is prose (``Array<Storage type>``) keeps its outer kind with
  ``known=False`` on itself and on the unknown part.
- A whole cell that is a type followed by a lowercase clarification (``config array
  corresponding to infer_type``) is that type.
"""

from __future__ import annotations

import functools
import re
from dataclasses import fields

from scraper.records import TypeExpr, TypeKind, new_type

_SPACE = re.compile(r"[ \t\r\n\u00a0\u3000]*")
# An identifier not preceded by a word character (one match instead of two).
_WORD_START = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]")
# ``_word_at``, ``_skip`` and ``_word_at`` again in one match: the first two words of a spelling
# (the second only after a space; a greedy first word leaves no word character behind it).
_TWO_WORDS = re.compile(
    r"(?<![A-Za-z0-9_])(?P<first>[A-Za-z_][A-Za-z0-9_]*)(?P<gap>[ \t\r\n\u00a0\u3000]*)"
    r"(?P<second>[A-Za-z_][A-Za-z0-9_]*)?"
)
_CLARIFICATION = re.compile(r"\s+[a-z][a-z_]*(\s+\S+)+\s*$")
_PROSE_ARG = re.compile(r"[A-Za-z][A-Za-z0-9_ ]{0,40}?(?=\s*[>,)])")
_TRAILING_PUNCT = " \t\r\n.,;:，。；：、"


def _scalar(kind: TypeKind, fmt: str | None = None) -> TypeExpr:
    return TypeExpr(kind=kind, format=fmt)


# Single-word spellings (folded) -> type. Object-ish and collection words come without parts.
_SCALARS: dict[str, TypeExpr] = {
    "string": _scalar("string"),
    "str": _scalar("string"),
    "integer": _scalar("integer"),
    "int": _scalar("integer"),
    "long": _scalar("integer", "int64"),
    "short": _scalar("integer"),
    "byte": _scalar("integer"),
    "float": _scalar("number", "float"),
    "double": _scalar("number", "double"),
    "number": _scalar("number"),
    "decimal": _scalar("number"),
    "boolean": _scalar("boolean"),
    "bool": _scalar("boolean"),
    "null": _scalar("null"),
}
_OBJECT_WORDS = frozenset({"object", "json"})
_MAP_WORDS = frozenset({"map", "dict", "dictionary"})
_ARRAY_WORDS = frozenset({"array", "list"})
_ANY = TypeExpr(kind="any")
# The words ``_element_word`` gives a type of their own (every other word names an object).
_ELEMENT_WORDS = frozenset(_SCALARS) | _OBJECT_WORDS | _MAP_WORDS | _ARRAY_WORDS

# Plural element words after "Array of" (``Array of strings``).
_PLURALS: dict[str, TypeExpr] = {
    "strings": _SCALARS["string"],
    "integers": _SCALARS["integer"],
    "ints": _SCALARS["integer"],
    "longs": _SCALARS["long"],
    "floats": _SCALARS["float"],
    "doubles": _SCALARS["double"],
    "numbers": _SCALARS["number"],
    "booleans": _SCALARS["boolean"],
    "objects": TypeExpr(kind="object"),
}

_Match = tuple[TypeExpr, int]


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _word_at(text: str, pos: int) -> tuple[str, int] | None:
    """An ASCII identifier starting exactly at ``pos`` and ending at a word boundary."""
    match = _WORD_START.match(text, pos)
    if match is None:
        return None
    return match.group(), match.end()


def _keyword(text: str, pos: int, *words: str) -> int | None:
    """End of the (case-insensitive) word sequence at ``pos``, or None."""
    for i, word in enumerate(words):
        if i:
            after = _skip(text, pos)
            if after == pos:
                return None
            pos = after
        found = _word_at(text, pos)
        if found is None or found[0].lower() != word:
            return None
        pos = found[1]
    return pos


def _punct(text: str, pos: int, char: str) -> int | None:
    """End of ``char`` after optional spaces at ``pos``, or None."""
    pos = _skip(text, pos)
    return pos + 1 if text.startswith(char, pos) else None


# _respelled and _rebuilt copy every field by position: a new TypeExpr field goes there too.
if tuple(f.name for f in fields(TypeExpr)) != (
    "kind", "spelling", "format", "items", "values", "name", "ref", "known"
):  # fmt: skip
    raise RuntimeError("TypeExpr fields changed: update typegrammar._respelled and _rebuilt")


def _respelled(expr: TypeExpr, spelling: str) -> TypeExpr:
    """``replace(expr, spelling=spelling)``, without the generic (slow) ``replace``."""
    return new_type(
        expr.kind, spelling, expr.format, expr.items, expr.values, expr.name, expr.ref, expr.known
    )


def _rebuilt(
    expr: TypeExpr,
    kind: TypeKind,
    items: TypeExpr | None,
    values: TypeExpr | None,
    ref: str | None,
) -> TypeExpr:
    """``expr`` with these parts (``dataclasses.replace`` without its generic cost)."""
    return new_type(kind, expr.spelling, expr.format, items, values, expr.name, ref, expr.known)


def _spelled(expr: TypeExpr, text: str, start: int, end: int) -> TypeExpr:
    return _respelled(expr, " ".join(text[start:end].split()))


def _array(items: TypeExpr) -> TypeExpr:
    return new_type("array", items=items, known=items.known)


def _map(values: TypeExpr) -> TypeExpr:
    return new_type("map", values=values, known=values.known)


# Records are frozen: the parts every reading of a bare word gives are shared.
_OBJECT = new_type("object")
_ANY_MAP = _map(_ANY)
_ANY_ARRAY = _array(_ANY)


def _element_word(word: str) -> TypeExpr:
    """An element named by one word inside ``Array of X objects`` / ``X array``."""
    folded = word.lower()
    if folded in _SCALARS:
        return _SCALARS[folded]
    if folded in _OBJECT_WORDS:
        return _OBJECT
    if folded in _MAP_WORDS:
        return _ANY_MAP
    if folded in _ARRAY_WORDS:
        return _ANY_ARRAY
    return new_type("object", name=word)


def _spelled_element(word: str, text: str, start: int, end: int) -> TypeExpr:
    """``_spelled(_element_word(word), text, start, end)``, a named object built spelled (one
    record instead of two)."""
    spelling = " ".join(text[start:end].split())
    if word.lower() in _ELEMENT_WORDS:
        return _respelled(_element_word(word), spelling)
    return new_type("object", spelling, name=word)


def _generic_arg(text: str, pos: int, depth: int) -> _Match | None:
    """A type argument inside ``<...>`` / ``(...)``: a type, a bare schema name, or prose."""
    pos = _skip(text, pos)
    found = _longest(text, pos, depth + 1)
    if found is not None:
        close = _skip(text, found[1])
        if text.startswith((">", ",", ")"), close):
            return _spelled(found[0], text, pos, found[1]), found[1]
    word = _word_at(text, pos)
    if word is not None:
        close = _skip(text, word[1])
        if text.startswith((">", ",", ")"), close):
            return _spelled(_element_word(word[0]), text, pos, word[1]), word[1]
    prose = _PROSE_ARG.match(text, pos)
    if prose is not None and prose.group().strip():
        spelling = " ".join(prose.group().split())
        return new_type("any", known=False, spelling=spelling), prose.end()
    return None


def _candidates(text: str, pos: int, depth: int) -> list[_Match]:
    """Every type spelling that starts at ``pos`` (already past spaces)."""
    out: list[_Match] = []
    head = _TWO_WORDS.match(text, pos)
    if head is None or depth > 8:
        return out
    word = head.group("first")
    after = head.end("first")
    folded = word.lower()
    # The word after the first one (at least one space between), which several rules look at.
    gap = head.end("gap")
    second = head.group("second")
    next_word, next_end = (second.lower(), head.end()) if second is not None else ("", gap)

    if folded in _SCALARS:
        out.append((_SCALARS[folded], after))
    elif folded in _OBJECT_WORDS:
        out.append((_OBJECT, after))
    elif folded in _MAP_WORDS:
        out.append((_ANY_MAP, after))
    elif folded in _ARRAY_WORDS:
        out.append((_ANY_ARRAY, after))

    # JSON Array
    if folded == "json" and next_word == "array":
        out.append((_ANY_ARRAY, next_end))

    # Array of strings / Array of objects / Array of X objects / Array of Integer
    if folded == "array" and next_word == "of":
        inner = _skip(text, next_end)
        element = _word_at(text, inner) if inner > next_end else None
        if element is not None:
            name, name_end = element
            if name.lower() in _PLURALS:
                out.append((_array(_PLURALS[name.lower()]), name_end))
            elif name.lower() in _SCALARS or name.lower() in _OBJECT_WORDS:
                out.append((_array(_element_word(name)), name_end))
            gap_end = _skip(text, name_end)
            suffix = _word_at(text, gap_end) if gap_end > name_end else None
            if suffix is not None and suffix[0].lower() in ("objects", "object"):
                named = _spelled_element(name, text, inner, name_end)
                out.append((_array(named), suffix[1]))

    # Array<X>, List<X>, List(X), Set<X>
    if folded in _ARRAY_WORDS or folded == "set":
        for opener, closer in (("<", ">"), ("(", ")")):
            if not text.startswith(opener, gap):
                continue
            open_end = gap + 1
            arg = _generic_arg(text, open_end, depth)
            if arg is None:
                continue
            close_end = _punct(text, arg[1], closer)
            if close_end is not None:
                out.append((_array(arg[0]), close_end))

    # Map<K,V>, Dict<K,V>
    if folded in _MAP_WORDS:
        map_open = gap + 1 if text.startswith("<", gap) else None
        key = _generic_arg(text, map_open, depth) if map_open is not None else None
        comma = _punct(text, key[1], ",") if key is not None else None
        value = _generic_arg(text, comma, depth) if comma is not None else None
        close_end = _punct(text, value[1], ">") if value is not None else None
        if value is not None and close_end is not None:
            out.append((_map(value[0]), close_end))

    # X object / X objects / X array / X[]
    if next_word in ("object", "objects"):
        out.append((_spelled_element(word, text, pos, next_end), next_end))
    if next_word == "array":
        out.append((_array(_spelled_element(word, text, pos, after)), next_end))
    if text.startswith("[]", after) and (folded in _SCALARS or folded in _OBJECT_WORDS):
        out.append((_array(_element_word(word)), after + 2))
    return out


def _end_of(match: _Match) -> int:
    return match[1]


def _longest(text: str, pos: int, depth: int = 0) -> _Match | None:
    """The longest type spelling at ``pos``, including scalar unions (``Integer/Boolean``)."""
    candidates = _candidates(text, pos, depth)
    if not candidates:
        return None
    expr, end = candidates[0] if len(candidates) == 1 else max(candidates, key=_end_of)
    if expr.kind in _UNION_KINDS:
        union = _union_tail(text, end, depth)
        if union is not None:
            return new_type("any"), union
    return expr, end


_UNION_KINDS = frozenset({"string", "integer", "number", "boolean", "null"})


def _union_tail(text: str, pos: int, depth: int) -> int | None:
    """End of ``/Boolean`` or `` or Boolean`` (scalar alternatives) after a scalar, or None."""
    end: int | None = None
    while True:
        after = _skip(text, pos)
        if text.startswith(("/", "|"), after):
            nxt = _skip(text, after + 1)
        else:
            word_end = _keyword(text, after, "or") if after > pos else None
            if word_end is None:
                return end
            nxt = _skip(text, word_end)
            if nxt == word_end:
                return end
        found = _candidates(text, nxt, depth + 1)
        scalars = [match for match in found if match[0].kind in _UNION_KINDS]
        if not scalars:
            return end
        pos = max(match[1] for match in scalars)
        end = pos


def _fill_spelling(expr: TypeExpr, spelling: str) -> TypeExpr:
    """Give the outermost node the full spelling (parts keep theirs when they have one)."""
    return expr if expr.spelling == spelling else _respelled(expr, spelling)


def _with_link(expr: TypeExpr, link: str) -> TypeExpr:
    """Attach the resolved structure key to the object part of ``expr``."""
    if expr.kind == "object":
        return _rebuilt(expr, expr.kind, expr.items, expr.values, link)
    if expr.kind == "array" and expr.items is not None:
        items = expr.items
        if items.kind == "any":  # bare Array / List: the linked table describes the items
            items = _rebuilt(items, "object", items.items, items.values, items.ref)
        if items.kind in ("object", "array", "map"):
            return _rebuilt(expr, expr.kind, _with_link(items, link), expr.values, expr.ref)
        return expr
    if expr.kind == "map" and expr.values is not None:
        if expr.values.kind in ("object", "array", "map"):
            values = _with_link(expr.values, link)
            return _rebuilt(expr, expr.kind, expr.items, values, expr.ref)
        if expr.values.kind == "any" and not expr.values.spelling:
            # A bare Map / Dict whose linked table lists its fields: an object.
            return _rebuilt(expr, "object", expr.items, None, link)
        return expr
    if expr.kind == "any" and not expr.known:
        return _rebuilt(expr, "object", expr.items, expr.values, link)
    return expr


def match_type(text: str, pos: int = 0) -> tuple[TypeExpr, int] | None:
    """Longest type spelling starting at ``text[pos]`` (after optional spaces), and its end."""
    if not isinstance(text, str) or pos < 0 or pos > len(text):
        return None
    start = _skip(text, pos)
    found = _longest(text, start)
    if found is None:
        return None
    expr, end = found
    if end < len(text) and _ASCII_WORD.match(text, end):
        return None
    return _fill_spelling(expr, " ".join(text[start:end].split())), end


def link_type(expr: TypeExpr, link: str) -> TypeExpr:
    """``expr`` with the structure key ``link`` attached to its object part.

    For a type found by ``match_type`` this equals ``parse_type(expr.spelling, link=link)``
    without parsing the spelling again.
    """
    return _with_link(expr, link)


def parse_type(spelling: str, *, link: str | None = None) -> TypeExpr:
    """Any Type-cell spelling -> TypeExpr; unknown spellings give ``kind="any", known=False``."""
    expr = _parse_cell(spelling if isinstance(spelling, str) else "")
    if link:
        expr = _with_link(expr, link)
    return expr


@functools.lru_cache(maxsize=4096)
def _parse_cell(spelling: str) -> TypeExpr:
    # Type cells repeat across rows and pages while links differ: parse each spelling once.
    cell = " ".join(spelling.split())
    body = cell.strip(_TRAILING_PUNCT)
    expr: TypeExpr | None = None
    found = _longest(body, 0) if body else None
    if found is not None:
        parsed, end = found
        rest = body[end:]
        if not rest.strip() or _CLARIFICATION.match(rest):
            expr = _fill_spelling(parsed, cell)
    if expr is None:
        expr = new_type("any", known=False, spelling=cell)
    return expr
