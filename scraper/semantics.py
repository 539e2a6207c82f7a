"""Description-cell text -> enum, default, range and length constraints (English and Chinese).

Conservative by design: a wrong enum or range makes the mock and the client reject valid data,
which is worse than no constraint. Values must be token-like and fit the declared type; when
the text says two different things (two ranges, two defaults, two value lists) nothing is
produced and a problem sentence says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeAlias

from scraper.records import Constraints, TypeExpr

_CJK = re.compile(r"[\u3400-\u9fff]")
# A token not inside a word: the look-behind sees the text before ``match``'s ``pos``.
_TOKEN_AT = re.compile(r"(?<![A-Za-z0-9_])-?[A-Za-z0-9_][A-Za-z0-9_.\-+*@]*")
_INT = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+|[+-]?\d+")
_NUM = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_SPACE = re.compile(r"\s+")

# Small patterns used inside the readers' loops, compiled once at import.
_WORD_CHAR = re.compile(r"[A-Za-z0-9_]")
_PAIR_MARK = re.compile(r"\s*(?:[:：]|表示|[(（])")
_PUNCT = re.compile(r"[.。;；,，]")
# What comes after a position past any whitespace: one pattern for the readers' four questions
# (a CJK range costs a millisecond to compile, in each pattern that spells it).
_AHEAD = re.compile(
    r"(?P<gap>\s*)(?:(?P<cjk>[\u3400-\u9fff])|(?P<paren>[(（])|(?P<upper>[A-Z])|(?P<bullet>[-•]\s))?"
)
_BLANKS = re.compile(r"[ \t]+")
_RANGE_WORD = re.compile(r"\s*范围")
_SENTENCE_END = re.compile(r"[。.]\s*")
_BULLET_PAIR = re.compile(r"(?:^|\s)[-•·▪*]\s+[^\s:：]+\s*[:：]")
_NUMBER_GOES_ON = re.compile(r"[A-Za-z0-9_.]")
_CODE_LIKE = re.compile(r"[0-9_]|^(?:true|false)$")
_FULL_STOP = re.compile(r"\.\s|\.$")
# The non-ASCII letters that a case-insensitive pattern matches to an ASCII letter
# (``(?i)k`` matches the Kelvin sign): folded to that letter before looking for words.
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _lowered(text: str) -> str:
    """``text`` lowercased so that a word any IGNORECASE match spells shows as a substring."""
    if text.isascii():
        return text.lower()
    # str.translate with a dict runs a Python lookup per character: only when a twin is there.
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        text = text.translate(_CASE_TWINS)
    return text.lower()


class _Gated:
    """A pattern tried only when the lowered text holds a word that every match contains:
    most descriptions hold none, and a substring test costs far less than a regex scan."""

    __slots__ = ("needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        self.pattern = pattern
        self.needles = needles

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, or nothing when ``low`` lacks every needle."""
        for needle in self.needles:
            if needle in low:
                return self.pattern.finditer(text)
        return iter(())

    def search(self, text: str, low: str) -> re.Match[str] | None:
        """``pattern.search(text)``, or None when ``low`` lacks every needle."""
        for needle in self.needles:
            if needle in low:
                return self.pattern.search(text)
        return None


class _Anchored:
    """A pattern whose every match starts with one of ``starts`` (lowercase words), or with
    one of ``prefixes`` followed by whitespace and one of ``starts`` ("the options are"):
    tried with ``match`` only where such a match can begin, which finds what ``finditer``
    finds without trying the pattern at every position of the text (nor at every "the")."""

    __slots__ = ("needles", "pattern", "prefixes", "starts")

    def __init__(
        self,
        pattern: re.Pattern[str],
        *starts: str,
        prefixes: tuple[str, ...] = (),
        needles: tuple[str, ...] = (),
    ) -> None:
        self.pattern = pattern
        self.starts = starts
        self.prefixes = prefixes
        # Words every match holds, asked first when given ("value range": the start is
        # "value", the rarer word "range"); else the start words themselves.
        self.needles = needles or starts

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` (``low``: ``_lowered(text)``)."""
        if self.needles is not self.starts and not _hinted(low, self.needles):
            return iter(())
        if len(low) != len(text):  # lowering changed lengths: positions differ, scan it all
            return self.pattern.finditer(text)
        return self._at_starts(text, low)

    def _places(self, low: str) -> list[int]:
        """Where a match can begin: each start word, and each prefix spaced before one."""
        places: set[int] = set()
        for word in self.starts:
            at = low.find(word)
            while at >= 0:
                places.add(at)
                at = low.find(word, at + 1)
        if self.prefixes:
            for at in list(places):
                gap = at
                while gap > 0 and low[gap - 1].isspace():  # str.isspace is re's \s
                    gap -= 1
                if gap == at:
                    continue
                for prefix in self.prefixes:
                    if gap >= len(prefix) and low.startswith(prefix, gap - len(prefix)):
                        places.add(gap - len(prefix))
        return sorted(places)

    def _at_starts(self, text: str, low: str) -> Iterator[re.Match[str]]:
        end = 0  # matches do not overlap: the next one starts at or after this
        for at in self._places(low):
            if at >= end and (match := self.pattern.match(text, at)) is not None:
                yield match
                end = match.end()


_Shortcut: TypeAlias = _Gated | _Anchored


# Words that head a "word:" in prose but are never option values.
_PAIR_STOP = frozenset(
    {
        "note", "notes", "example", "examples", "e.g", "eg", "caution", "warning", "notice",
        "remarks", "remark", "tip", "tips", "important", "default", "value", "values", "options",
        "option", "format", "for", "such", "see", "details", "description", "type", "where",
        "http", "https", "url", "uri", "key", "mandatory", "optional", "required",
    }
)  # fmt: skip
# The same, for a bullet item: "- default: ..." names a value there.
_ITEM_STOP = _PAIR_STOP - {"default"}
# Common English words: a space-separated "list" containing one is a sentence, not values.
_PROSE_WORDS = frozenset(
    {
        "the", "a", "an", "are", "is", "be", "for", "to", "of", "and", "or", "in", "on", "with",
        "by", "this", "that", "if", "not", "it", "as", "at", "can", "will", "only", "which",
        "from", "must", "should", "when", "indicating", "where", "respectively", "whose",
        "depending", "e.g", "etc", "such", "other",
    }
)  # fmt: skip
# Enum values that say "absent" rather than name a value.
_ABSENT = frozenset({"null", "none", "empty", "blank", "n/a", "na", "nil"})

_LEADS = _Anchored(
    re.compile(
        r"(?=[tTpPvVoOeEaAsS可取枚固])(?P<lead>"
        r"the\s+options\s+are\s+as\s+follows|(?:the\s+)?options\s+are|options|"
        r"(?:the\s+)?possible\s+values\s+are(?:\s+as\s+follows)?|possible\s+values|"
        r"(?:the\s+)?(?:valid|available|supported|allowed)\s+values\s+are|"
        r"enumerated\s+values|enumeration\s+values?|enum\s+values?|values|"
        r"(?:the\s+)?value\s+(?:can|must|may)\s+(?P<only>only\s+)?be(?:\s+one\s+of)?|"
        r"(?:the\s+)?value\s+is\s+(?P<fixed>fixed\s+(?:to|at|as))|"
        r"可选值(?:为|如下|包括|有)?|可能(?:的)?取值(?:包括|为|如下|有)?|"
        r"枚举值(?:为|如下|包括|有)?|(?P<zhfixed>固定(?:为|返回|值为))|取值(?:为|如下|包括|可以是)?"
        r")"
        r"(?P<colon>\s*[:：])?",
        re.IGNORECASE,
    ),
    *("option", "possible", "valid", "available", "supported", "allowed", "enum", "value"),
    *("可选值", "可能", "枚举值", "固定", "取值"),
    prefixes=("the",),
)
# A bullet mark at the start or after whitespace (``(?:^|(?<=\s))`` before it), spelled mark
# first so that a search skips to the marks instead of trying every position.
_BULLET = re.compile(r"[-•·▪*](?<!\S[-•·▪*])\s+")
_PAREN = re.compile(r"\s*[(（][^()（）]{0,120}[)）]")
_DEFAULT_MARK = re.compile(
    r"\(\s*default(?:\s+value)?\s*\)|（\s*默认(?:值)?\s*）|\(\s*默认(?:值)?\s*\)|"
    r"^\s*default\s+value\b|[,，、。.]\s*默认值\s*(?:$|[。.,，;；])|^\s*默认值\s*(?:$|[。.,，;；])|"
    r"\bthis\s+is\s+the\s+default\b|\bis\s+the\s+default(?:\s+value)?\b",
    re.IGNORECASE,
)


def _default_marked(text: str) -> bool:
    """``_DEFAULT_MARK.search(text) is not None``; every match holds "default" or "默认", and
    most texts hold neither (a substring test costs far less than the scan)."""
    if "默认" not in text and "default" not in text.lower():
        return False
    return _DEFAULT_MARK.search(text) is not None


_SEP = re.compile(
    r"\s*(?:[,，、]\s*(?:(?P<c1>or|and)\s+)?|\s(?P<c2>or|and)\s+|(?P<c3>或者|或|和|及))\s*"
)
_END = re.compile(r"\s*(?:$|[.。;；!！)\]）]|[,，]|\n|[:：]\s*$)")


@dataclass(slots=True)
class _Found:
    values: list[str]
    default: str | None
    spans: list[tuple[int, int]]  # where value heads were, masked out before default search
    start: int


def _clean(text: str) -> str:
    text = text.replace("**", "").replace("`", "").replace("\u00a0", " ")
    return text.replace("\u2018", "'").replace("\u2019", "'")


_SCALAR_KINDS = frozenset({"string", "integer", "number", "boolean"})


def _ahead(text: str, pos: int) -> tuple[bool, str | None]:
    """Whether whitespace follows ``pos``, and what comes after it: "cjk" (a CJK character),
    "paren", "upper" (an ASCII capital), "bullet" (``-`` or ``•`` and whitespace) or None."""
    match = _AHEAD.match(text, pos)
    assert match is not None  # (every part is optional)
    name = match.lastgroup
    return match.end("gap") > pos, None if name == "gap" else name


def _after_list(text: str, pos: int) -> bool:
    """A CJK character or a bracket next, or whitespace and a capital or a bullet: the text
    after a closed value list (``A, B or C（...``, ``A or B. Next``)."""
    gap, ahead = _ahead(text, pos)
    return ahead in ("cjk", "paren") or (gap and ahead in ("upper", "bullet"))


def _next_sentence(text: str) -> bool:
    """Whitespace, then a capital or a CJK character: the text runs into a new sentence."""
    gap, ahead = _ahead(text, 0)
    return gap and ahead in ("upper", "cjk")


def _kind(type_: TypeExpr) -> str:
    return type_.kind if isinstance(type_, TypeExpr) else "any"


def _fits(value: str, kind: str) -> bool:
    if kind == "integer":
        return _INT.fullmatch(value) is not None
    if kind == "number":
        return _NUM.fullmatch(value) is not None
    if kind == "boolean":
        return value.lower() in ("true", "false")
    return kind in ("string", "any")


# The prose words and their capitalised spellings (``The``; not ``A``, a value in lists).
_PROSE_SPELLINGS = _PROSE_WORDS | {w.capitalize() for w in _PROSE_WORDS if len(w) > 1}


def _prose(word: str) -> bool:
    """A common English word (``the``, ``The``), which no value list contains."""
    return word in _PROSE_SPELLINGS


def _token_at(text: str, pos: int) -> tuple[str, int] | None:
    """A token-like value starting at ``pos`` (not inside a word), trailing dots stripped."""
    match = _TOKEN_AT.match(text, pos)
    if match is None:
        return None
    token = match.group().rstrip(".-")
    if not token or len(token) > 64:
        return None
    return token, pos + len(token)


# ---------------------------------------------------------------------- enum list parsers


def _bullets(tail: str, base: int) -> _Found | None:
    """``- true: ... - false: ...`` or ``- GPU - CPU``; every item up to the first prose one."""
    head = tail.lstrip()
    if not head or head[0] not in _BULLET_MARKS:
        return None  # the list must start the tail: skip the scan
    marks = list(_BULLET.finditer(tail))
    if not marks or tail[: marks[0].start()].strip():
        return None
    values: list[str] = []
    spans: list[tuple[int, int]] = []
    default: str | None = None
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(tail)
        item = tail[mark.end() : end]
        found = _token_at(item, 0)
        if found is None:
            break
        token, after = found
        rest = item[after:]
        pair = _PAIR_MARK.match(rest)
        last = i + 1 == len(marks)
        if pair is None:
            bare = rest.strip()
            prose = bool(bare) and not _DEFAULT_MARK.match(bare)
            prose = prose and not _PUNCT.fullmatch(bare)
            # In flattened text the last item runs into the next sentence.
            if prose and not (last and _next_sentence(rest)):
                break
        elif token.lower() in _ITEM_STOP:
            break
        values.append(token)
        spans.append((base + mark.end(), base + mark.end() + after))
        if _default_marked(rest.lstrip(" :：\t")):
            default = default or token
    if not values:
        return None
    return _Found(values, default, spans, base)


_PAIR_HEAD = re.compile(
    r"(?:^|(?<=[\s。；;，,.]))(?P<tok>-?[A-Za-z0-9_][A-Za-z0-9_.\-+*@]*)\s*(?:[:：]|表示)"
)


def _pairs(tail: str, base: int) -> _Found | None:
    """``true: yes. false: no`` / ``created_at: 创建时间,默认值 cluster_name: 集群名称``."""
    if ":" not in tail and "：" not in tail and "表示" not in tail:
        return None  # no pair head can match: skip the scan
    heads = [m for m in _PAIR_HEAD.finditer(tail) if m.group("tok").lower() not in _PAIR_STOP]
    if not heads or tail[: heads[0].start()].strip():
        return None
    values: list[str] = []
    spans: list[tuple[int, int]] = []
    default: str | None = None
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(tail)
        token = head.group("tok").rstrip(".-")
        if not token:
            return None
        values.append(token)
        spans.append((base + head.start(), base + head.end()))
        if _default_marked(tail[head.end() : end]):
            default = default or token
    return _Found(values, default, spans, base)


def _listed(tail: str, base: int, *, colon: bool, cjk: bool) -> _Found | None:
    """``A, B, or C`` / ``asc、desc`` / ``year或month`` / (after a colon) ``GPU CPU``."""
    # ``PER (exclusive) and WHOLE (shared)`` -> PER and WHOLE (every match holds a bracket)
    stripped = _PAREN.sub("", tail) if "(" in tail or "（" in tail else tail
    pos = len(stripped) - len(stripped.lstrip())
    values: list[str] = []
    closed = False
    spaced = False
    while True:
        found = _token_at(stripped, pos)
        if found is None:
            return None
        token, pos = found
        values.append(token)
        if closed:
            if not _END.match(stripped, pos) and not _after_list(stripped, pos):
                return None
            break
        sep = _SEP.match(stripped, pos)
        following = _token_at(stripped, sep.end()) if sep is not None and sep.end() > pos else None
        if sep is not None and following is not None:
            closed = bool(sep.group("c1") or sep.group("c2") or sep.group("c3"))
            if not closed and _prose(following[0]):
                break  # "auto, which indicates ..."
            pos = sep.end()
            continue
        if _END.match(stripped, pos) or _ahead(stripped, pos)[1] == "cjk":
            break
        space = _BLANKS.match(stripped, pos)
        if (colon or cjk) and space is not None and _token_at(stripped, space.end()) is not None:
            spaced = True
            pos = space.end()
            continue
        return None
    if any(_prose(v) for v in values):
        return None
    if any(v.lower() in _ABSENT for v in values):
        return None  # "volume, image, snapshot, or blank": absence is not a value
    if spaced and not cjk and len(values) < 2:
        return None
    return _Found(values, None, [], base)


# The listed values are examples or one part of a combined value, not the whole set.
_NOT_CLOSED = _Gated(
    re.compile(
        r"(?=[fFnNoOsStTcC仅包分隔])(?:for\s+reference\s+only|not\s+limited\s+to|other\s+(?:flavors|values|types)\b|"
        r"separate[sd]?\b[^.。]{0,40}\bby\b|separated\s+(?:by|with)|comma-separated|"
        r"to\s+separate\b|仅供参考|包括但不限于|分隔|隔开)",
        re.IGNORECASE,
    ),
    *("reference", "limited", "other", "separate", "仅供参考", "包括但不限于", "分隔", "隔开"),
)
# Text before a lead-less bullet list that says the bullets are parts, not values.
_NOT_A_LIST_INTRO = re.compile(
    r"format|where|e\.g|example|consists?\s+of|contains?|\{|\w:\w|requirement|rule|note",
    re.IGNORECASE,
)
_EXAMPLE_BEFORE = re.compile(r"(?:for\s+example|e\.g\.|such\s+as|例如|比如)[,，:：\s]*$", re.I)
_PLACEHOLDER = re.compile(r"yyyy|xxx|MM-?dd|\{|<", re.IGNORECASE)


# Cheap pre-checks: most descriptions hold none of these words, and skip the big patterns.
_LEAD_HINTS = ("option", "value", "可选", "取值", "枚举", "固定")
_DEFAULT_HINTS = ("default", "默认", "缺省")
_BULLET_MARKS = "-•·▪*"
_BULLET_CHARS = tuple(_BULLET_MARKS)
_DIGIT = re.compile(r"\d")


def _hinted(low: str, hints: tuple[str, ...]) -> bool:
    """True when ``low`` holds one of ``hints`` (a loop: cheaper than ``any`` and a generator)."""
    for hint in hints:  # noqa: SIM110 (any() with a generator costs more per call)
        if hint in low:
            return True
    return False


def _enum_candidates(text: str, low: str) -> list[tuple[_Found, bool]]:
    """Every value list introduced by a lead phrase; bool: a single value is acceptable."""
    out: list[tuple[_Found, bool]] = []
    if _NOT_CLOSED.search(text, low):
        return out
    cjk = not text.isascii() and _CJK.search(text) is not None
    hinted = _hinted(low, _LEAD_HINTS)
    leads = _LEADS.finditer(text, low) if hinted else iter(())
    for lead in leads:
        if lead.start() > 0 and _WORD_CHAR.match(text[lead.start() - 1]):
            continue
        if _EXAMPLE_BEFORE.search(text[max(0, lead.start() - 20) : lead.start()]):
            continue
        word = lead.group("lead").lower()
        colon = lead.group("colon") is not None
        if word in ("options", "values") and not colon:
            continue
        single = bool(lead.group("only") or lead.group("fixed") or lead.group("zhfixed"))
        start = lead.end()
        tail = text[start:]
        if word.startswith("取值") and _RANGE_WORD.match(tail):
            continue
        found = _bullets(tail, start) or (_pairs(tail, start) if colon or cjk else None)
        if found is None:
            found = _listed(tail, start, colon=colon, cjk=cjk)
            single = single or (colon and cjk)
        if found is not None:
            out.append((found, single or len(found.values) > 1))
    if not out and cjk:
        # Chinese descriptions list ``NONE:无认证 APP:APP认证`` without any lead phrase.
        sentence = _SENTENCE_END.search(text)
        if sentence is not None:
            found = _pairs(text[sentence.end() :], sentence.end())
            if found is not None and len(found.values) >= 2:
                out.append((found, True))
    if not out:
        # "Specifies the stop type. - SOFT: normal stop - HARD: forcible stop": a bullet list
        # of ``value: meaning`` pairs right after a plain sentence, without a lead phrase.
        marked = _hinted(text, _BULLET_CHARS)
        first = _BULLET.search(text) if marked else None
        if first is not None and not _NOT_A_LIST_INTRO.search(text[: first.start()]):
            found = _bullets(text[first.start() :], first.start())
            pairs = len(_BULLET_PAIR.findall(text[first.start() :]))
            if found is not None and len(found.values) >= 2 and pairs == len(found.values):
                out.append((found, True))
    return out


def _enum(
    text: str, low: str, kind: str, problems: list[str]
) -> tuple[tuple[str, ...], str | None, list[tuple[int, int]]]:
    lists: list[_Found] = []
    for found, acceptable in _enum_candidates(text, low):
        if not acceptable:
            continue
        values = list(found.values)
        # one search over the values joined: tokens hold no newline, so no match spans two
        if _PLACEHOLDER.search("\n".join(values)):
            continue
        if kind == "string":
            folded = {v.lower() for v in values}
            if "null" in folded or "nil" in folded:
                continue  # "- Null: not set" says the field may be absent, not a string value
            if folded <= {"true", "false"}:
                continue  # a boolean kept in a string: examples spell it True, "false", ...
        if not values:
            continue
        unfit = [] if kind in ("string", "any") else [v for v in values if not _fits(v, kind)]
        if unfit:
            if kind in ("integer", "number", "boolean"):
                problems.append(
                    f"listed values {', '.join(unfit)} do not fit the declared type {kind}; "
                    "no enum taken"
                )
            continue
        if kind == "boolean":
            values = [v.lower() for v in values]
        found.values = list(dict.fromkeys(values))
        lists.append(found)
    if not lists:
        return (), None, []
    first = lists[0]
    for other in lists[1:]:
        if set(other.values) != set(first.values) and not set(other.values) <= set(first.values):
            problems.append(
                "two different value lists ("
                f"{', '.join(first.values)} / {', '.join(other.values)}); no enum taken"
            )
            return (), None, []
    if kind in ("object", "array", "map", "null"):
        return (), None, []
    default = first.default
    spans = [span for found in lists for span in found.spans]
    if kind == "boolean" and set(first.values) == {"true", "false"}:
        return (), default, spans  # says nothing the type does not; keep the marked default
    return tuple(first.values), default, spans


# ---------------------------------------------------------------------- defaults

_DEFAULT_PHRASES = _Anchored(
    re.compile(
        r"(?:\b(?:the|its|whose)\s+default\s+value\s+(?:is|will\s+be)|\bdefault\s+value\s*[:：=]|"
        r"(?<![A-Za-z])default\s*[:：=]|\bdefaults?\s+to|\bdefault\s+is|"
        r"默认值?(?:为|是)|默认值\s*[:：]|缺省值?为|缺省值\s*[:：])\s*",
        re.IGNORECASE,
    ),
    *("default", "默认", "缺省"),
    prefixes=("the", "its", "whose"),
)
_BY_DEFAULT = re.compile(
    r"\b(?:value|it|parameter|field)\s+is\s+(?P<v>[\"'“]?[A-Za-z0-9_.\-]+[\"'”]?)\s+by\s+default",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"'“‘]([^\"'”’]{0,64})[\"'”’]")
_DEFAULT_STOP = _PROSE_WORDS | _ABSENT | {
    "left", "determined", "disabled", "enabled", "set", "used", "all", "any", "value", "no",
}  # fmt: skip


def _default_value(text: str, pos: int, kind: str) -> str | None:
    """The value written at ``pos`` after a default phrase, or None when it is prose."""
    quoted = _QUOTED.match(text, pos)
    if quoted is not None:
        return quoted.group(1)
    if kind in ("integer", "number"):
        number = (_INT if kind == "integer" else _NUM).match(text, pos)
        if number is None:
            return None
        if _NUMBER_GOES_ON.match(text[number.end() :][:1] or " ") and not _FULL_STOP.match(
            text[number.end() : number.end() + 2]
        ):
            return None
        return number.group().replace(",", "")
    found = _token_at(text, pos)
    if found is None:
        return None
    token, end = found
    if token.lower() in _DEFAULT_STOP:
        return None
    if not _END.match(text, end) and _ahead(text, end)[1] not in ("cjk", "paren"):
        return None
    return token


def _defaults(text: str, low: str, kind: str) -> list[str]:
    out: list[str] = []
    if not _hinted(low, _DEFAULT_HINTS):
        return out
    for phrase in _DEFAULT_PHRASES.finditer(text, low):
        before = text[max(0, phrase.start() - 12) : phrase.start()].lower()
        if "recommend" in before:
            continue
        value = _default_value(text, phrase.end(), kind)
        if value is not None:
            out.append(value)
    # every match holds "by" and "default" (no letter of them has a case twin outside ASCII)
    by_default = _BY_DEFAULT.finditer(text) if "by" in low and "default" in low else ()
    for match in by_default:
        value = match.group("v").strip("\"'“”")
        code_like = kind != "string" or _CODE_LIKE.search(value)
        if value and value.lower() not in _DEFAULT_STOP and _fits(value, kind) and code_like:
            out.append(value)
    return out


# ---------------------------------------------------------------------- ranges and lengths

_N = r"(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
# Each pattern with the words (lowercase) that every match of it contains; the English ones
# (case-insensitive: no literal prefix lets a search skip ahead) tried where their words start.
_RANGES = (
    _Anchored(
        re.compile(rf"\branges?\s+(?:is\s+)?from\s+{_N}\s+to\s+{_N}", re.IGNORECASE), "range"
    ),
    _Anchored(
        re.compile(rf"\bvalue\s+range\s+is\s+\[\s*{_N}\s*,\s*{_N}\s*\]", re.IGNORECASE),
        "value",
        needles=("range",),
    ),
    _Anchored(
        re.compile(
            rf"\bvalue\s+range\s*[:：]\s*\[?\s*{_N}\s*(?:-|~|to|,)\s*{_N}\s*\]?", re.IGNORECASE
        ),
        "value",
        needles=("range",),
    ),
    _Gated(
        re.compile(rf"\b(?:must\s+be|is)\s+between\s+{_N}\s+and\s+{_N}\b", re.IGNORECASE),
        "between",
    ),
    _Gated(
        re.compile(
            rf"取值范围(?:为|是)?\s*[:：]?\s*\[?\s*{_N}\s*(?:-|~|～|到|至|,|，)\s*{_N}\s*\]?"
        ),
        "取值范围",
    ),
)
# Any other "from N to M" in a numeric field's text: a second (conditional) range.
_OTHER_RANGES = (_Anchored(re.compile(rf"\bfrom\s+{_N}\s+to\s+{_N}\b", re.IGNORECASE), "from"),)
# "Minimum: N" / "Maximum: N": a length on strings, a bound on numbers.
_MIN_LABELS = (
    _Anchored(re.compile(rf"(?<![A-Za-z])minimum\s*[:：]\s*{_N}", re.IGNORECASE), "minimum"),
)
_MAX_LABELS = (
    _Anchored(re.compile(rf"(?<![A-Za-z])maximum\s*[:：]\s*{_N}", re.IGNORECASE), "maximum"),
)
_MINS = (
    _Anchored(
        re.compile(rf"\bthe\s+minimum\s+value\s+is\s+{_N}", re.IGNORECASE),
        "minimum",
        prefixes=("the",),
    ),
    _Gated(re.compile(rf"最小值(?:为|是)?\s*[:：]?\s*{_N}"), "最小值"),
)
_MAXS = (
    _Anchored(
        re.compile(rf"\bthe\s+maximum\s+value\s+is\s+{_N}", re.IGNORECASE),
        "maximum",
        prefixes=("the",),
    ),
    _Gated(re.compile(rf"最大值(?:为|是)?\s*[:：]?\s*{_N}"), "最大值"),
)
# A value the text names as meaningful ("set to -1", "The value 0 indicates").
_NAMED_VALUES = re.compile(
    rf"\b(?:is|are|be|to|value)\s+{_N}(?=[\s,.;)]|$)|(?:为|是)\s*{_N}(?![\d.])", re.IGNORECASE
)
_CHARS = r"(?:characters?|chars?|个字符|字符|位)"
_LENGTH_RANGES = (
    _Gated(re.compile(rf"\b{_N}\s*(?:to|-|~)\s*{_N}\s+characters?\b", re.IGNORECASE), "character"),
    _Gated(
        re.compile(rf"(?:长度|填写|输入|支持){_N}\s*(?:-|~|～|到|至)\s*{_N}\s*{_CHARS}?"),
        *("长度", "填写", "输入", "支持"),
    ),
    _Gated(re.compile(rf"{_N}\s*(?:-|~|～|到|至)\s*{_N}\s*个?字符"), "字符"),
    _Gated(re.compile(rf"长度(?:范围)?(?:为|是)?\s*[:：]?\s*\[\s*{_N}\s*,\s*{_N}\s*\]"), "长度"),
)
_LENGTH_MAXS = (
    _Gated(
        re.compile(
            rf"\b(?:a\s+maximum\s+of|at\s+most|up\s+to|no\s+more\s+than|cannot\s+exceed|"
            rf"not\s+exceed(?:ing)?|maximum\s+length\s+(?:is|of))\s+{_N}\s+characters?\b",
            re.IGNORECASE,
        ),
        "character",
    ),
    _Gated(
        re.compile(
            rf"(?:不超过|不能超过|不得超过|最多|最大长度(?:为)?|长度上限(?:为)?)\s*{_N}\s*{_CHARS}"
        ),
        *("超过", "最多", "长度"),
    ),
    _Gated(
        re.compile(rf"(?:字符长度|长度)(?:不超过|不能超过|不得超过|最大(?:为)?)\s*{_N}"), "长度"
    ),
)
_LENGTH_MINS = (
    _Gated(
        re.compile(rf"\b(?:a\s+minimum\s+of|at\s+least)\s+{_N}\s+characters?\b", re.IGNORECASE),
        "character",
    ),
    _Gated(re.compile(rf"(?:至少|最少)\s*{_N}\s*{_CHARS}"), "至少", "最少"),
)
_SENTENCE_START = re.compile(r"[.。;；!?！？]\s|[。；！？]")


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _advice(text: str, pos: int) -> bool:
    """True when the sentence holding ``pos`` is a recommendation, not a rule."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, pos)]
    sentence = text[starts[-1] if starts else 0 : pos].lower()
    return "recommend" in sentence or "建议" in sentence or "推荐" in sentence


def _collect_pairs(
    text: str, low: str, patterns: tuple[_Shortcut, ...]
) -> list[tuple[float, float]]:
    return [
        (_num(m.group(1)), _num(m.group(2)))
        for p in patterns
        for m in p.finditer(text, low)
        if not _advice(text, m.start())
    ]


def _collect_one(text: str, low: str, patterns: tuple[_Shortcut, ...]) -> list[float]:
    return [
        _num(m.group(1))
        for p in patterns
        for m in p.finditer(text, low)
        if not _advice(text, m.start())
    ]


def _agree(values: list[float], what: str, problems: list[str]) -> float | None:
    distinct = sorted(set(values))
    if len(distinct) > 1:
        shown = ", ".join(_fmt(v) for v in distinct)
        problems.append(f"the text states different {what}s ({shown}); none taken")
        return None
    return distinct[0] if distinct else None


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _numeric_bounds(
    text: str, folded: str, problems: list[str]
) -> tuple[float | None, float | None]:
    ranges = set(_collect_pairs(text, folded, _RANGES)) | set(
        _collect_pairs(text, folded, _OTHER_RANGES)
    )
    if len(ranges) > 1:
        shown = "; ".join(f"{_fmt(lo)} to {_fmt(hi)}" for lo, hi in sorted(ranges))
        problems.append(f"the text states more than one value range ({shown}); none taken")
        return None, None
    mins = _collect_one(text, folded, _MIN_LABELS + _MINS) + [lo for lo, _ in ranges]
    maxs = _collect_one(text, folded, _MAX_LABELS + _MAXS) + [hi for _, hi in ranges]
    minimum = _agree(mins, "minimum", problems)
    maximum = _agree(maxs, "maximum", problems)
    if minimum is None and maximum is None:
        return None, None
    low = minimum if minimum is not None else float("-inf")
    high = maximum if maximum is not None else float("inf")
    outside = sorted(
        {
            value
            for match in _NAMED_VALUES.finditer(text)
            for value in [_num(match.group(1) or match.group(2))]
            if not low <= value <= high
        }
    )
    if outside:
        shown = ", ".join(_fmt(v) for v in outside)
        problems.append(
            f"the text gives the value(s) {shown} a meaning outside the stated range; "
            "no range taken"
        )
        return None, None
    return minimum, maximum


def _length_bounds(text: str, folded: str, problems: list[str]) -> tuple[int | None, int | None]:
    length_ranges = set(_collect_pairs(text, folded, _LENGTH_RANGES))
    if len(length_ranges) > 1:
        shown = "; ".join(f"{_fmt(lo)} to {_fmt(hi)}" for lo, hi in sorted(length_ranges))
        problems.append(f"the text states more than one length range ({shown}); none taken")
        return None, None
    mins = _collect_one(text, folded, _LENGTH_MINS + _MIN_LABELS) + [lo for lo, _ in length_ranges]
    maxs = _collect_one(text, folded, _LENGTH_MAXS + _MAX_LABELS) + [hi for _, hi in length_ranges]
    low = _agree(mins, "minimum length", problems)
    high = _agree(maxs, "maximum length", problems)
    min_length = int(low) if low is not None and low >= 0 and low == int(low) else None
    max_length = int(high) if high is not None and high >= 0 and high == int(high) else None
    return min_length, max_length


def _bounds(
    text: str, low: str, kind: str, problems: list[str]
) -> tuple[float | None, float | None, int | None, int | None]:
    minimum = maximum = None
    min_length = max_length = None
    if not _DIGIT.search(text):
        return minimum, maximum, min_length, max_length
    if kind in ("integer", "number") and not _hinted(low, _NUMERIC_NEEDLES):
        return minimum, maximum, min_length, max_length  # no pattern below can match
    if kind == "string" and not _hinted(low, _LENGTH_NEEDLES):
        return minimum, maximum, min_length, max_length
    if kind in ("integer", "number"):
        minimum, maximum = _numeric_bounds(text, low, problems)
    elif kind == "string":
        min_length, max_length = _length_bounds(text, low, problems)
        stated = _collect_pairs(text, low, _RANGES) + [
            (v, v) for v in _collect_one(text, low, _MINS + _MAXS)
        ]
        if stated:
            problems.append(
                "a numeric value range or bound is stated for a field typed string; not used"
            )
    if minimum is not None and maximum is not None and minimum > maximum:
        problems.append(f"minimum {_fmt(minimum)} exceeds maximum {_fmt(maximum)}; none taken")
        minimum = maximum = None
    if min_length is not None and max_length is not None and min_length > max_length:
        problems.append(f"minimum length {min_length} exceeds maximum length {max_length}")
        min_length = max_length = None
    if kind == "integer":
        if minimum is not None and minimum != int(minimum):
            minimum = None
        if maximum is not None and maximum != int(maximum):
            maximum = None
    return minimum, maximum, min_length, max_length


def _needles(*groups: tuple[_Shortcut, ...]) -> tuple[str, ...]:
    """Every word some pattern of ``groups`` needs: when the text holds none, none matches."""
    return tuple(dict.fromkeys(n for group in groups for gated in group for n in gated.needles))


_NUMERIC_NEEDLES = _needles(_RANGES, _OTHER_RANGES, _MIN_LABELS, _MINS, _MAX_LABELS, _MAXS)
_LENGTH_NEEDLES = _needles(
    _LENGTH_RANGES, _LENGTH_MINS, _MIN_LABELS, _LENGTH_MAXS, _MAX_LABELS, _RANGES, _MINS, _MAXS
)

_DEPRECATED = _Gated(
    re.compile(
        r"\b(?:this\s+(?:parameter|field|api)\s+(?:is|has\s+been)\s+(?:deprecated|discarded|"
        r"abandoned|obsolete))|^\s*(?:deprecated|discarded)\b|(?:该(?:参数|字段)?)?已(?:废弃|弃用|下线)",
        re.IGNORECASE,
    ),
    *("deprecated", "discarded", "abandoned", "obsolete", "已废弃", "已弃用", "已下线"),
)


_NO_CONSTRAINTS = Constraints()
# Every reading below needs one of these in the text: a lead, default or deprecation word
# (lowered text), a ``value: meaning`` mark or a bullet, or a digit (ranges and lengths).
_TRIGGER_WORDS = _LEAD_HINTS + _DEFAULT_HINTS + _DEPRECATED.needles
_TRIGGER_MARKS = (":", "：", "表示", *_BULLET_CHARS)
# Lowering changes no mark nor digit: the lowered text holds one when the text does.
_TRIGGERS = _TRIGGER_WORDS + _TRIGGER_MARKS
# The same words as one search, for texts beyond ASCII: there each ``in`` test widens its
# ASCII word first, and one pattern (all literals: the search skips to their first letters)
# costs less than the twenty tests.
_TRIGGER = re.compile("|".join(map(re.escape, _TRIGGERS)))


def _triggered(low: str) -> bool:
    """True when the lowered text holds a trigger word or mark, or a digit."""
    if low.isascii():
        if _hinted(low, _TRIGGERS):
            return True
    elif _TRIGGER.search(low) is not None:
        return True
    return _DIGIT.search(low) is not None


def extract_constraints(description: str, type: TypeExpr) -> tuple[Constraints, tuple[str, ...]]:
    """Enum / default / min / max / lengths from a Description cell; problems as sentences.

    For an array of scalars (``Array of strings``) the enum, range and lengths describe the
    items, and no default is taken.
    """
    if not isinstance(description, str) or not description or description.isspace():
        return Constraints(), ()
    text = _clean(description)
    low = _lowered(text)
    if not _triggered(low):
        return _NO_CONSTRAINTS, ()  # most descriptions: nothing to read, skip every pattern
    return _read(text, low, type)


def _read(text: str, low: str, type: TypeExpr) -> tuple[Constraints, tuple[str, ...]]:
    """``extract_constraints`` past its first test: every pattern family in turn, each
    skipped when the words it needs are absent (``low``: ``_lowered(text)``)."""
    kind = _kind(type)
    on_items = False
    if kind == "array" and type.items is not None and type.items.kind in _SCALAR_KINDS:
        # "Options: - affinity - anti-affinity" on an Array of strings lists item values;
        # the builder puts enum, ranges and lengths on the items of such arrays.
        kind, on_items = type.items.kind, True
    problems: list[str] = []
    enum, marked_default, spans = _enum(text, low, kind, problems)

    masked = text
    for start, end in spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    stated = _defaults(masked, low if masked is text else _lowered(masked), kind)
    if marked_default is not None:
        stated.insert(0, marked_default)
    default: str | None = None
    if stated and kind not in ("object", "array", "map", "null") and not on_items:
        normalised = [v.lower() if kind == "boolean" else v for v in stated]
        distinct = list(dict.fromkeys(normalised))
        if kind in ("integer", "number"):
            distinct = list(dict.fromkeys(str(_num(v)) for v in distinct if _fits(v, kind)))
            distinct = [_fmt(float(v)) for v in distinct]
        if len(distinct) > 1:
            problems.append(
                f"the text states different defaults ({', '.join(distinct)}); none taken"
            )
        elif distinct:
            default = distinct[0]
        if default is not None and not _fits(default, kind):
            problems.append(f"default {default!r} does not fit the declared type {kind}; not used")
            default = None
        if default is not None and enum and default not in enum:
            problems.append(
                f"default {default!r} is not one of the listed values ({', '.join(enum)}); not used"
            )
            default = None
    minimum, maximum, min_length, max_length = _bounds(text, low, kind, problems)
    deprecated = _DEPRECATED.search(text, low) is not None
    if (
        not enum
        and default is None
        and minimum is None
        and maximum is None
        and min_length is None
        and max_length is None
        and not deprecated
    ):
        return _NO_CONSTRAINTS, tuple(problems)  # the common case: no new record needed
    constraints = Constraints(
        enum=enum,
        default=default,
        minimum=minimum,
        maximum=maximum,
        min_length=min_length,
        max_length=max_length,
        deprecated=deprecated,
    )
    return constraints, tuple(problems)


# "Mandatory: Yes" that the Description takes back: the field is needed only under a condition
# ("mandatory only when infer_type is real-time", "mandatory when keyname is used") or is one of
# alternatives ("After setting model_id, you do not need to set app_url or boot_file_url").
# Most descriptions hold none of the words every match holds (one per line of the pattern, 必
# for the two Chinese conditions), and the scan has no literal prefix to skip ahead with.
_CONDITIONAL_REQUIRED = _Gated(
    re.compile(
        r"(?:mandatory|required)\s+only\s+(?:when|if)\b"
        r"|\bonly\s+(?:mandatory|required)\s+(?:when|if)\b"
        r"|\b(?:is|are)\s+(?:mandatory|required)\s+(?:when|if)\b"
        r"|\byou\s+do\s+not\s+need\s+to\s+(?:set|specify|configure)\b"
        r"|\b(?:is|are)\s+not\s+(?:mandatory|required)\s+(?:when|if)\b"
        r"|仅当[^。；]{0,40}时[^。；]{0,6}(?:必选|必填|必须)"
        r"|当[^。；]{0,40}时[^。；]{0,6}(?:必选|必填)"
        r"|(?:无需|不需要|不用)(?:设置|填写|指定)",
        re.IGNORECASE,
    ),
    *("mandatory", "required", "need", "必", "无需", "不需要", "不用"),
)


def required_condition(description: str) -> str | None:
    """The sentence of a Description that makes a "Mandatory: Yes" field conditional, if any."""
    match = _CONDITIONAL_REQUIRED.search(description, _lowered(description))
    if match is None:
        return None
    start = max(description.rfind(". ", 0, match.start()) + 1, 0)
    start = max(start, description.rfind("。", 0, match.start()) + 1)
    stops = (description.find(". ", match.end()), description.find("。", match.end()))
    end = min((i for i in stops if i >= 0), default=len(description))
    return description[start:end].strip().rstrip(".。")


# A value the description places in a header ("Location ... which is returned in the request
# header" on an ECS response table, meaning the response header).
_IN_HEADER = re.compile(
    r"\b(?:returned|carried|included|contained|provided)\s+in\s+the\s+"
    r"(?:(?:request|response|http)\s+)?headers?\b|响应(?:消息)?头中",
    re.IGNORECASE,
)


def returned_in_header(description: str) -> bool:
    """True when a body row's Description says the value travels in a header."""
    return _IN_HEADER.search(description) is not None
