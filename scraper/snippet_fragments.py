"""One snippet (one flattened section of a page) -> a Fragment: tables as Structures, parameters,
responses per status, examples. Fragments are joined into operations by ``scraper.stitch``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from scraper import vocab
from scraper.diagnostics import Collector
from scraper.examples import parse_example_text
from scraper.records import (
    Constraints,
    Example,
    Field,
    Location,
    Source,
    Structure,
    TypeExpr,
    new_field,
    new_source,
    new_structure,
)
from scraper.semantics import extract_constraints, required_condition
from scraper.snippet_examples import METHODS, RawExample, read_examples
from scraper.snippet_rows import RawTable, SectionTables, object_name, read_tables
from scraper.typegrammar import link_type

FragmentRole = Literal["uri", "request", "response", "request_example", "response_example"]
ROLES: frozenset[str] = frozenset(
    {"uri", "request", "response", "request_example", "response_example"}
)
_URI_LINE = re.compile(rf"^\s*(?:({'|'.join(METHODS)})\s+)?(/\S*|https?://\S+)")
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")
_IDENT_CAPTION = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\Z")
_ANY = TypeExpr(kind="any", known=False)
_SCALAR_KINDS = frozenset({"string", "integer", "number", "boolean", "null"})


@dataclass(slots=True)
class Fragment:
    """What one snippet says, before stitching."""

    index: int  # 1-based snippet number in the dump
    role: FragmentRole
    source: Source
    structures: list[Structure] = field(default_factory=list)
    # URI snippets
    method: str | None = None
    path: str | None = None
    query_in_path: tuple[str, ...] = ()
    parameters: list[Field] = field(default_factory=list)
    # request-parameter snippets: the body table
    body: str | None = None
    # response-parameter snippets: status -> (description, body structure key or None)
    responses: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # example snippets
    examples: list[Example] = field(default_factory=list)
    # tables or text of the snippet that no record holds, with why
    notes: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """``snippet 3 (line 5)``: how evidence and reasons name this fragment."""
        return f"snippet {self.index} (line {self.source.line})"

    def success_status(self) -> str | None:
        """The first 2xx status the fragment documents (tables or examples)."""
        statuses = list(self.responses) or [e.status or "" for e in self.examples]
        ok = sorted(s for s in statuses if s.startswith("2"))
        return ok[0] if ok else None


def _open_object(expr: TypeExpr) -> bool:
    """True for types a caption named after the field may describe (Object, bare Array...)."""
    if expr.kind in ("object", "any"):
        return True
    inner = expr.items if expr.kind == "array" else expr.values if expr.kind == "map" else None
    return inner is not None and inner.kind in ("object", "any") and not inner.name


_CONSTRAINTS: dict[tuple[str, str, str | None, str | None], tuple[Constraints, tuple[str, ...]]]
_CONSTRAINTS = {}
_CACHE_LIMIT = 50_000


def _constraints(description: str, expr: TypeExpr) -> tuple[Constraints, tuple[str, ...]]:
    """``extract_constraints``, memoised on the description and the type's shape (dumps repeat
    descriptions a lot; what a description says depends on the kind of value, not on names)."""
    key = (description, expr.kind, expr.format, expr.items.kind if expr.items else None)
    found = _CONSTRAINTS.get(key)
    if found is None:
        found = extract_constraints(description, expr)
        if len(_CONSTRAINTS) >= _CACHE_LIMIT:
            # Start afresh rather than stop caching: the descriptions that repeat all through a
            # large dump are cached again at once, and memory stays bounded.
            _CONSTRAINTS.clear()
        _CONSTRAINTS[key] = found
    return found


class _Builder:
    """Turns the parsed pieces of one snippet into a Fragment."""

    def __init__(self, fragment: Fragment, file: str, collector: Collector) -> None:
        self.fragment = fragment
        self.file = file
        self.collector = collector

    def key(self, table: RawTable) -> str:
        return f"{self.file}#{self.fragment.index}/{table.label.replace(' ', '')}"

    def fields(
        self, table: RawTable, keys: dict[str, str], location: Location | None
    ) -> list[Field]:
        """Fields of one table, object types linked to the snippet's sub-tables."""
        folded = {caption.lower(): key for caption, key in keys.items()}
        out: list[Field] = []
        table_label = f"{table.label} {table.caption}".strip()
        own_key = self.key(table)
        file, section, line = self.file, self.fragment.source.section, self.fragment.source.line
        for number, row in enumerate(table.rows, 1):
            source = new_source(file, table_label, number, section, line)
            expr = row.type if row.type is not None else _ANY
            link = None
            if expr.kind in _SCALAR_KINDS and expr.name is None:
                pass  # most rows: a plain scalar names no object and is no open object
            elif (name := object_name(expr)) is not None:
                link = keys.get(name) or folded.get(name.lower())
                if link is None:
                    self.collector.warning(
                        "unresolved-object",
                        source,
                        f"type {expr.spelling!r} names {name!r} but no table of this snippet "
                        "is captioned so; the object stays free-form",
                    )
            elif _open_object(expr) and row.type is not None:
                link = keys.get(row.name)
            if link is not None and link != own_key:
                # the row's type came from match_type: link it, no need to parse it again
                expr = link_type(expr, link)
            description = row.description
            items = expr.items
            found = _CONSTRAINTS.get(
                (description, expr.kind, expr.format, items.kind if items is not None else None)
            )  # _constraints, its cache looked up here first: most rows hit it
            constraints, problems = found if found is not None else _constraints(description, expr)
            for problem in problems:
                self.collector.warning("description-constraints", source, problem)
            required = row.required
            if required and (condition := required_condition(row.description)):
                self.collector.info(
                    "conditional-required",
                    source,
                    f"marked mandatory but the description makes it conditional ({condition!r});"
                    " read as optional",
                )
                required = False
            out.append(
                new_field(row.name, expr, row.description, required, location, constraints, source)
            )
        return out

    def structure(self, table: RawTable, keys: dict[str, str], name: str) -> Structure:
        label = f"{table.label} {table.caption}".strip()
        source = new_source(
            self.file, label, None, self.fragment.source.section, self.fragment.source.line
        )
        return new_structure(self.key(table), name, tuple(self.fields(table, keys, None)), source)

    def table_notes(self, section: SectionTables) -> None:
        for problem in section.problems:
            self.collector.warning("snippet-table", self.fragment.source, problem)
        for table in section.tables:
            if table.leftover:
                self.collector.warning(
                    "snippet-row",
                    self.fragment.source,
                    f"text before the first row of {table.label} is not a row: "
                    f"{table.leftover[:80]!r}",
                )


def _role_of(table: RawTable, section_role: FragmentRole) -> str:
    role = vocab.caption_role(table.caption)
    if role is not None:
        return role
    if _IDENT_CAPTION.match(table.caption):
        return "object"
    return {"uri": "uri", "request": "body", "response": "response"}.get(section_role, "object")


def _param_location(role: str, name: str, path: str | None) -> Location | None:
    if role in ("path", "query", "header"):
        location: Location = role  # type: ignore[assignment]
        return location
    if role == "uri":
        placeholders = set(_PLACEHOLDER.findall(path or ""))
        return "path" if name in placeholders else "query"
    return None


def _tables(fragment: Fragment, text: str, builder: _Builder) -> None:
    section = read_tables(text)
    builder.table_notes(section)
    keys = {
        table.caption: builder.key(table)
        for table in section.tables
        if _role_of(table, fragment.role) == "object"
    }
    for table in section.tables:
        role = _role_of(table, fragment.role)
        if role == "object":
            fragment.structures.append(builder.structure(table, keys, table.caption))
            continue
        if fragment.role == "response":
            if role == "header":
                fragment.notes.append(f"{table.label} {table.caption}: response headers")
                continue
            status = table.status or "200"
            description = next(
                (mark.text for mark in section.statuses if mark.status == status), ""
            )
            if status in fragment.responses and fragment.responses[status][1] is not None:
                fragment.notes.append(f"{table.label}: a second body table for status {status}")
                continue
            body = builder.structure(table, keys, "ResponseBody")
            fragment.structures.append(body)
            fragment.responses[status] = (description, body.key)
            continue
        location = _param_location(role, "", fragment.path)
        if role in ("body", "response"):
            if fragment.body is not None:
                fragment.notes.append(f"{table.label}: a second request body table")
                continue
            body = builder.structure(table, keys, "RequestBody")
            fragment.structures.append(body)
            fragment.body = body.key
            continue
        for f in builder.fields(table, keys, location):
            where = _param_location(role, f.name, fragment.path)
            if where != f.location:
                f = new_field(
                    f.name, f.type, f.description, f.required, where, f.constraints, f.source
                )
            fragment.parameters.append(f)
    for mark in section.statuses:
        if mark.status not in fragment.responses:
            fragment.responses[mark.status] = (mark.text, None)
    if section.preamble:
        fragment.notes.append(f"text outside tables: {section.preamble[:80]!r}")


def _uri(fragment: Fragment, text: str, builder: _Builder) -> None:
    match = _URI_LINE.match(text)
    if match is None:
        builder.collector.warning(
            "snippet-uri", fragment.source, "URI section without a request line (METHOD /path)"
        )
        _tables(fragment, text, builder)
        return
    path = match.group(2)
    if "://" in path:
        path = "/" + path.split("://", 1)[1].partition("/")[2]
    path, _, query = path.partition("?")
    fragment.method = match.group(1).lower() if match.group(1) else None
    fragment.path = path.rstrip("/") or "/"
    fragment.query_in_path = tuple(
        part.split("=", 1)[0].strip("{}") for part in query.split("&") if part
    )
    _tables(fragment, text[match.end() :], builder)


def _example(raw: RawExample, fragment: Fragment, builder: _Builder) -> Example:
    parsed = parse_example_text(raw.body, decoded=raw.value) if raw.body else None
    source = fragment.source
    if raw.truncated:
        builder.collector.warning(
            "truncated-example", source, "a JSON body runs to the end of the snippet unclosed"
        )
    if parsed is not None and parsed.problem:
        builder.collector.warning(
            "broken-json", source, f"example {raw.title[:40]!r}: {parsed.problem}"
        )
    head = " ".join(part for part in (raw.method, raw.url) if part)
    text = " ".join(part for part in (head, raw.body) if part)
    ok = parsed is not None and parsed.parsed
    return Example(  # by position: a keyword call costs more, once per example
        raw.kind,  # kind
        text,
        source,
        raw.status,
        parsed.value if ok and parsed is not None else None,  # value
        ok,  # parsed
        bool(parsed is not None and parsed.repaired),  # repaired
        raw.method.lower() if raw.method else None,  # method
        raw.url,
        raw.title,
    )


def _examples(fragment: Fragment, text: str, builder: _Builder) -> None:
    kind: Literal["request", "response"] = (
        "request" if fragment.role == "request_example" else "response"
    )
    raws, leftover = read_examples(text, kind)
    for raw in raws:
        fragment.examples.append(_example(raw, fragment, builder))
    if leftover:
        fragment.notes.append(f"text outside examples: {leftover[:80]!r}")


def read_fragment(
    index: int, role: FragmentRole, text: str, source: Source, collector: Collector
) -> Fragment:
    """Parse the text of one snippet (after its section word) into a Fragment."""
    fragment = Fragment(index, role, source)
    builder = _Builder(fragment, source.file, collector)
    if role == "uri":
        _uri(fragment, text, builder)
    elif role in ("request", "response"):
        _tables(fragment, text, builder)
    else:
        _examples(fragment, text, builder)
    return fragment
