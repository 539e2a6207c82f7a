"""Strings that match a regular expression, drawn deterministically from a random.Random."""

from __future__ import annotations

import random
import re
import string
from re import _constants as sre_c  # type: ignore[attr-defined,unused-ignore]  # 3.11+ home; typeshed has it from mypy 2
from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
from typing import Any

_DIGITS = string.digits
_WORD = string.ascii_letters + string.digits + "_"
_SPACE = " "
_PRINTABLE = string.ascii_letters + string.digits
_EXTRA_REPEAT = 3
_MAX_REPEAT = 40


class Unsupported(Exception):
    """The pattern uses a construct this generator does not draw from (lookarounds...)."""


def draw(pattern: str, rng: random.Random) -> str | None:
    """A string containing a match of `pattern`, or None when the pattern is beyond us."""
    try:
        parsed = sre_parse.parse(pattern)
        text = _emit(list(parsed), rng, {})
    except (Unsupported, re.error, RecursionError, ValueError, OverflowError):
        return None
    try:
        return text if re.search(pattern, text) else None
    except re.error:
        return None


def _emit(items: list[tuple[Any, Any]], rng: random.Random, groups: dict[int, str]) -> str:
    return "".join(_one(op, av, rng, groups) for op, av in items)


def _one(op: Any, av: Any, rng: random.Random, groups: dict[int, str]) -> str:
    if op is sre_c.LITERAL:
        return chr(av)
    if op is sre_c.NOT_LITERAL:
        return next(c for c in _PRINTABLE if ord(c) != av)
    if op is sre_c.ANY:
        return rng.choice(_PRINTABLE)
    if op is sre_c.IN:
        return _in(av, rng)
    if op is sre_c.AT:
        return ""
    if op is sre_c.BRANCH:
        return _emit(list(rng.choice(av[1])), rng, groups)
    if op is sre_c.SUBPATTERN:
        group, _add, _del, sub = av
        text = _emit(list(sub), rng, groups)
        if group is not None:
            groups[group] = text
        return text
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        high = min(high, low + _EXTRA_REPEAT, _MAX_REPEAT) if high != sre_c.MAXREPEAT else None
        top = high if high is not None else min(low + _EXTRA_REPEAT, _MAX_REPEAT)
        count = rng.randint(low, max(low, top))
        return "".join(_emit(list(sub), rng, groups) for _ in range(count))
    if op is sre_c.GROUPREF:
        return groups.get(av, "")
    if op is getattr(sre_c, "ATOMIC_GROUP", None):
        return _emit(list(av), rng, groups)
    raise Unsupported(str(op))


def _in(items: list[tuple[Any, Any]], rng: random.Random) -> str:
    negate = bool(items) and items[0][0] is sre_c.NEGATE
    chars: list[str] = []
    for op, av in items[1:] if negate else items:
        if op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE:
            low, high = av
            chars.extend(chr(c) for c in range(low, min(high, low + 200) + 1))
        elif op is sre_c.CATEGORY:
            chars.extend(_category(av))
        else:
            raise Unsupported(str(op))
    if negate:
        excluded = set(chars)
        allowed = [c for c in _PRINTABLE if c not in excluded]
        if not allowed:
            raise Unsupported("negated class excludes every printable character")
        return rng.choice(allowed)
    if not chars:
        raise Unsupported("empty class")
    return rng.choice(chars)


def _category(av: Any) -> str:
    name = str(av)
    if name.endswith("NOT_DIGIT"):
        return string.ascii_letters
    if name.endswith("DIGIT"):
        return _DIGITS
    if name.endswith("NOT_WORD"):
        return "-. "
    if name.endswith("WORD"):
        return _WORD
    if name.endswith("NOT_SPACE"):
        return _PRINTABLE
    if name.endswith("SPACE"):
        return _SPACE
    raise Unsupported(name)
