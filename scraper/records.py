"""The one intermediate representation shared by every reader (HTML, snippets) and the builder.

Readers turn documentation into these frozen records; the builder turns records into an
OpenAPI document. Nothing else crosses that boundary. This module imports nothing else of the
project.

Conventions:
- Text fields hold the documentation's words, whitespace-normalised, never interpreted.
- A structure (one parameter table, one nested-object table) is addressed by a *key* that is
  unique across all inputs of one build: ``"<file>#<table id>"`` for HTML pages,
  ``"<dump>#<snippet index>/<table label>"`` for snippet dumps. Links between tables
  (type-cell links, "see Table N", captions named after a field) are resolved by the reader
  into keys; the builder only follows keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Literal

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]

Location = Literal["path", "query", "header", "cookie", "body"]
Method = Literal["get", "put", "post", "delete", "patch", "head", "options"]


class Level(StrEnum):
    """How bad a diagnostic is."""

    ERROR = "error"  # input we could not use at all (a page, a table, an example)
    WARNING = "warning"  # input used with a guess, or partly dropped
    INFO = "info"  # noteworthy but harmless (a repair that is certain, a skipped TOC page)


@dataclass(frozen=True, slots=True)
class Source:
    """Where something came from: a file, and within it a table / row / section."""

    file: str
    table: str | None = None  # table id, or caption when there is no id
    row: int | None = None  # 1-based data row within the table
    section: str | None = None  # section heading, e.g. "Request Parameters"
    line: int | None = None  # 1-based line in text inputs (snippet dumps)

    def label(self) -> str:
        """Human-readable location, e.g. ``CreateDataset.html table 'Table 2' row 3``."""
        parts = [self.file]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.section:
            parts.append(f"section {self.section!r}")
        if self.table:
            parts.append(f"table {self.table!r}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        return " ".join(parts)

    def to_json(self) -> dict[str, str | int]:
        """The ``x-source`` value: only the fields that are set."""
        out: dict[str, str | int] = {"file": self.file}
        # (attribute by attribute: this runs for every field of every schema)
        if self.table is not None:
            out["table"] = self.table
        if self.row is not None:
            out["row"] = self.row
        if self.section is not None:
            out["section"] = self.section
        if self.line is not None:
            out["line"] = self.line
        return out

    @classmethod
    def from_json(cls, value: object) -> Source:
        """The ``Source`` an ``x-source`` value was written from (``?`` when it is not one)."""
        if not isinstance(value, dict):
            return cls(file="?")
        table, row = value.get("table"), value.get("row")
        section, line = value.get("section"), value.get("line")
        return cls(
            file=str(value.get("file", "?")),
            table=table if isinstance(table, str) else None,
            row=row if isinstance(row, int) and not isinstance(row, bool) else None,
            section=section if isinstance(section, str) else None,
            line=line if isinstance(line, int) and not isinstance(line, bool) else None,
        )


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem in the input, as a value: collected, reported, never raised."""

    level: Level
    code: str  # stable kebab-case identifier, e.g. "unknown-type", "broken-json"
    source: Source
    message: str  # says what was found and what was expected

    def format(self) -> str:
        """One line for stderr: ``error[unknown-type] file table row: message``."""
        return f"{self.level.value}[{self.code}] {self.source.label()}: {self.message}"


TypeKind = Literal[
    "string", "integer", "number", "boolean", "object", "array", "map", "any", "null"
]


@dataclass(frozen=True, slots=True)
class TypeExpr:
    """A parsed type spelling such as ``Array of DataSource objects`` or ``Map<String,String>``.

    ``kind`` is the JSON-schema-ish kind; ``format`` refines it (int32, int64, float, double).
    ``items`` is set for arrays, ``values`` for maps. For objects, ``name`` is the object name
    the docs spelled (``DataSource``) and ``ref`` the key of the structure holding its fields,
    when the reader could resolve it. ``spelling`` keeps the original text for diagnostics.
    """

    kind: TypeKind
    spelling: str = ""
    format: str | None = None
    items: TypeExpr | None = None
    values: TypeExpr | None = None
    name: str | None = None
    ref: str | None = None
    known: bool = True  # False when the spelling was not understood and kind is a fallback


@dataclass(frozen=True, slots=True)
class Constraints:
    """What a Description cell says beyond prose: enum, default, range, length, pattern."""

    enum: tuple[str, ...] = ()
    default: str | None = None  # raw text; the builder coerces it to the field's type
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    pattern: str | None = None
    format: str | None = None  # e.g. "date-time", "uri", "email"
    deprecated: bool = False

    def is_empty(self) -> bool:
        """True when the description said nothing machine-usable."""
        # Field by field, stopping at the first one set: the same as ``self == Constraints()``
        # (a test holds them equal) without building two tuples per call.
        return (
            not self.enum
            and self.default is None
            and self.minimum is None
            and self.maximum is None
            and self.min_length is None
            and self.max_length is None
            and self.min_items is None
            and self.max_items is None
            and self.pattern is None
            and self.format is None
            and not self.deprecated
        )


@dataclass(frozen=True, slots=True)
class Field:
    """One row of a parameter table: a parameter, or a property of a body/object."""

    name: str
    type: TypeExpr
    description: str = ""
    required: bool | None = None  # None: the table has no Mandatory column
    location: Location | None = None  # for parameters; None inside object tables
    constraints: Constraints = field(default_factory=Constraints)
    source: Source = field(default_factory=lambda: Source(file="?"))


@dataclass(frozen=True, slots=True)
class Structure:
    """A table of fields: a request body, a response body, or a nested object."""

    key: str
    name: str  # suggested schema name: caption CamelCase name, field name, or table role
    fields: tuple[Field, ...]
    source: Source
    description: str = ""
    # When the whole body is not an object (e.g. a bare array of Items), the body's type.
    # None means "an object with ``fields``".
    body_type: TypeExpr | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """A request or response example block."""

    kind: Literal["request", "response"]
    text: str  # the block as written (after whitespace normalisation of the line)
    source: Source
    status: str | None = None  # for responses: "200", "default", ...
    value: JsonValue = None  # the parsed JSON body, when there is one
    parsed: bool = False  # True when ``value`` holds the body
    repaired: bool = False  # True when parsing needed a certain repair (comments, commas)
    method: str | None = None  # for requests: the request line's method, when written
    url: str | None = None  # for requests: the request line's URL/path, when written
    title: str = ""  # caption or lead-in sentence


@dataclass(frozen=True, slots=True)
class Response:
    """One documented response status."""

    status: str  # "200", "201", "4XX", "default"
    description: str = ""
    body: str | None = None  # key of the Structure describing the body, if any
    source: Source = field(default_factory=lambda: Source(file="?"))
    headers: str | None = None  # key of the Structure listing the response headers, if any


@dataclass(frozen=True, slots=True)
class Operation:
    """One method + path, as one documentation page (or stitched fragments) describes it."""

    method: Method
    path: str  # templated path, no host, no query string, e.g. /v2/{project_id}/datasets
    source: Source
    name: str | None = None  # API name from the file name, e.g. "CreateDataset"
    summary: str = ""  # page title (h1)
    description: str = ""  # Function section
    tags: tuple[str, ...] = ()
    parameters: tuple[Field, ...] = ()  # path / query / header / cookie
    request_body: str | None = None  # key of the request body Structure
    request_content_type: str = "application/json"
    responses: tuple[Response, ...] = ()
    examples: tuple[Example, ...] = ()
    # How this operation was put together (stitching joins, merge decisions): x-source.
    evidence: tuple[str, ...] = ()
    # For operations that share method+path with others (ECS /action): the body's
    # discriminating top-level key, e.g. "os-start".
    variant: str | None = None
    deprecated: bool = False


# "input": not a page but an input that yielded none (an empty or missing folder, a reader
# that is not installed, a crawl that stopped early); it carries the diagnostic saying so.
PageKind = Literal["operation", "schema", "other", "input"]


UnusedWhat = Literal["page", "section", "table", "row", "example", "snippet", "text"]


@dataclass(frozen=True, slots=True)
class Unused:
    """Something the docs said that did not make it into any operation or schema, and why."""

    what: UnusedWhat
    source: Source
    reason: str


@dataclass(frozen=True, slots=True)
class Page:
    """Everything one input document (an HTML page, or one snippet dump) yielded."""

    file: str
    kind: PageKind
    title: str = ""
    operations: tuple[Operation, ...] = ()
    structures: tuple[Structure, ...] = ()
    unused: tuple[Unused, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    reason: str = ""  # why the page has this kind (for the report)


@dataclass(frozen=True, slots=True)
class Service:
    """Table-of-contents facts about a folder of pages (CLASS.TXT.json), used for tags."""

    name: str
    tags_by_file: dict[str, tuple[str, ...]] = field(default_factory=dict)


# --------------------------------------------------------------------------- fast constructors
# Large dumps make types, fields, sources and structures by the hundred thousand. A frozen
# dataclass __init__ sets each slot through object.__setattr__; setting the slots through their
# descriptors directly gives an equal record at half the cost. The field lists are checked here,
# at import, so a new field cannot be missed.


def _slot_setters(
    cls: type, names: tuple[str, ...]
) -> tuple[Callable[[object, object], None], ...]:
    """The slot setters of a frozen slots record, in field order (checked against ``names``)."""
    if tuple(f.name for f in fields(cls)) != names or hasattr(cls, "__post_init__"):
        raise RuntimeError(f"{cls.__name__} fields changed: update records.new_*")
    return tuple(getattr(cls, name).__set__ for name in names)


_new = object.__new__
_TX_KIND, _TX_SPELLING, _TX_FORMAT, _TX_ITEMS, _TX_VALUES, _TX_NAME, _TX_REF, _TX_KNOWN = (
    _slot_setters(
        TypeExpr, ("kind", "spelling", "format", "items", "values", "name", "ref", "known")
    )
)
_F_NAME, _F_TYPE, _F_DESCRIPTION, _F_REQUIRED, _F_LOCATION, _F_CONSTRAINTS, _F_SOURCE = (
    _slot_setters(
        Field, ("name", "type", "description", "required", "location", "constraints", "source")
    )
)
_S_FILE, _S_TABLE, _S_ROW, _S_SECTION, _S_LINE = _slot_setters(
    Source, ("file", "table", "row", "section", "line")
)
_T_KEY, _T_NAME, _T_FIELDS, _T_SOURCE, _T_DESCRIPTION, _T_BODY_TYPE = _slot_setters(
    Structure, ("key", "name", "fields", "source", "description", "body_type")
)


def new_type(
    kind: TypeKind,
    spelling: str = "",
    format: str | None = None,
    items: TypeExpr | None = None,
    values: TypeExpr | None = None,
    name: str | None = None,
    ref: str | None = None,
    known: bool = True,
) -> TypeExpr:
    """``TypeExpr(kind, spelling, format, items, values, name, ref, known)``, faster."""
    made: TypeExpr = _new(TypeExpr)
    _TX_KIND(made, kind)
    _TX_SPELLING(made, spelling)
    _TX_FORMAT(made, format)
    _TX_ITEMS(made, items)
    _TX_VALUES(made, values)
    _TX_NAME(made, name)
    _TX_REF(made, ref)
    _TX_KNOWN(made, known)
    return made


def new_structure(
    key: str,
    name: str,
    fields: tuple[Field, ...],
    source: Source,
    description: str = "",
    body_type: TypeExpr | None = None,
) -> Structure:
    """``Structure(key, name, fields, source, description, body_type)``, faster."""
    made: Structure = _new(Structure)
    _T_KEY(made, key)
    _T_NAME(made, name)
    _T_FIELDS(made, fields)
    _T_SOURCE(made, source)
    _T_DESCRIPTION(made, description)
    _T_BODY_TYPE(made, body_type)
    return made


def new_field(
    name: str,
    type: TypeExpr,
    description: str,
    required: bool | None,
    location: Location | None,
    constraints: Constraints,
    source: Source,
) -> Field:
    """``Field(name, type, description, required, location, constraints, source)``, faster."""
    made: Field = _new(Field)
    _F_NAME(made, name)
    _F_TYPE(made, type)
    _F_DESCRIPTION(made, description)
    _F_REQUIRED(made, required)
    _F_LOCATION(made, location)
    _F_CONSTRAINTS(made, constraints)
    _F_SOURCE(made, source)
    return made


def new_source(
    file: str, table: str | None, row: int | None, section: str | None, line: int | None
) -> Source:
    """``Source(file, table, row, section, line)``, faster."""
    made: Source = _new(Source)
    _S_FILE(made, file)
    _S_TABLE(made, table)
    _S_ROW(made, row)
    _S_SECTION(made, section)
    _S_LINE(made, line)
    return made
