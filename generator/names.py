"""The one sanitizer for identifiers and literals in generated code: doc text in, safe Python out.

Every identifier of generated code (client and server) comes out of this module, and every
piece of doc text that lands in generated code goes through ``string_literal`` or ``comment``.
Identifiers are ASCII only: letters and digits survive, known delimiters separate words, other
characters that are letters or digits (Chinese text) become ``u<hex>`` words, anything else
(``@``, ``:``, quotes, braces) separates words.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

#: Characters ``sanitize`` keeps as word separators (the set openapi-python-client expects).
DELIMITERS = ". _-"

_ASCII_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_CAMEL_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+[0-9]*")
_RESERVED = frozenset(dir(builtins)) | {"self", "true", "false", "datetime"}


def sanitize(value: str) -> str:
    """Keep ASCII letters, digits, DELIMITERS; other letters/digits as `` u<hex> ``; rest as spaces.

    Drop-in compatible with ``openapi_python_client.strings.sanitize`` (its result contains only
    0-9, A-Z, a-z and delimiters), which ``generator.client`` swaps for this one while generating.
    """
    out: list[str] = []
    for char in value:
        if (char.isascii() and char.isalnum()) or char in DELIMITERS:
            out.append(char)
        elif unicodedata.category(char)[0] in "LN":
            out.append(f" u{ord(char):04x} ")
        else:
            out.append(" ")
    return "".join(out)


def words(text: str) -> list[str]:
    """The lower-case words of any text: delimiters, punctuation and camelCase split words."""
    result: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", sanitize(text)):
        result.extend(part.lower() for part in _CAMEL_WORDS.findall(chunk))
    return result


def is_identifier(token: str) -> bool:
    """Whether ``token`` is an ASCII Python identifier (what this module produces)."""
    return bool(_ASCII_IDENTIFIER.match(token))


def _fix_reserved(name: str) -> str:
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED:
        return f"{name}_"
    return name


def snake(text: str, *, prefix: str = "field_") -> str:
    """A snake_case identifier for any text; never a keyword or builtin; ``prefix`` if needed."""
    name = "_".join(words(text))
    if not name:
        return prefix.rstrip("_") or "field"
    if name[0].isdigit():
        name = f"{prefix}{name}"
    return _fix_reserved(name)


def pascal(text: str, *, prefix: str = "Field") -> str:
    """A PascalCase class name for any text; ``prefix`` when it would start with a digit."""
    name = "".join(word.capitalize() for word in words(text))
    if not name:
        return prefix
    if name[0].isdigit():
        name = f"{prefix}{name}"
    return _fix_reserved(name)


def constant(text: str, *, prefix: str = "VALUE_") -> str:
    """An UPPER_SNAKE identifier for any text (enum members, module constants)."""
    name = "_".join(words(text)).upper()
    if not name:
        return prefix.rstrip("_") or "VALUE"
    if name[0].isdigit():
        name = f"{prefix}{name}"
    return _fix_reserved(name)


def package_name(text: str, *, suffix: str = "") -> str:
    """A lower-case importable package name (``"ModelArts API"`` -> ``"modelarts_api"``)."""
    name = "_".join(words(text)) or "api"
    if suffix and not name.endswith(suffix):
        name = f"{name}_{suffix}"
    if name[0].isdigit():
        name = f"api_{name}"
    return _fix_reserved(name)


def unique(name: str, taken: set[str]) -> str:
    """``name`` or ``name_2``, ``name_3``... whichever is not in ``taken``; adds it to ``taken``."""
    candidate, counter = name, 1
    while candidate in taken:
        counter += 1
        candidate = f"{name}_{counter}"
    taken.add(candidate)
    return candidate


def _printable(text: str) -> str:
    """Text without control, line/paragraph separator or surrogate characters."""
    return "".join(
        char
        for char in text
        if char in "\t" or (unicodedata.category(char)[0] != "C" and char not in "\u2028\u2029")
    )


def string_literal(text: str) -> str:
    """A complete, ASCII-only Python string literal holding ``text`` exactly (``ascii()``).

    Control characters are escaped, not dropped, so the value round-trips through ``eval``.
    """
    return ascii(text)


def comment(text: str, *, width: int = 200) -> str:
    """One line of doc text safe to put after ``#`` (no newlines or control characters)."""
    flat = " ".join(_printable(text.replace("\r", " ").replace("\n", " ")).split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def docstring_text(text: str) -> str:
    """Doc text safe inside a triple-double-quoted docstring: no closing quotes, no escapes."""
    cleaned = "".join(
        char
        for char in text
        if char in "\n\t" or (unicodedata.category(char)[0] != "C" and char not in "\u2028\u2029")
    )
    return cleaned.replace("\\", "\\\\").replace('"', '\\"')
