"""Record constructors shared by the builder tests (records in, spec out); holds no tests."""

from __future__ import annotations

from typing import Any

from scraper.records import (
    Constraints,
    Example,
    Field,
    JsonValue,
    Location,
    Method,
    Operation,
    Page,
    Response,
    Source,
    Structure,
    TypeExpr,
)

STRING = TypeExpr("string", "String")
INTEGER = TypeExpr("integer", "Integer", format="int32")
LONG = TypeExpr("integer", "Long", format="int64")
BOOLEAN = TypeExpr("boolean", "Boolean")


def obj(ref: str | None = None, name: str | None = None) -> TypeExpr:
    """``X object`` pointing at structure ``ref``."""
    return TypeExpr("object", f"{name or 'Object'} object", name=name, ref=ref)


def array_of(items: TypeExpr | None, spelling: str = "Array") -> TypeExpr:
    """An array type."""
    return TypeExpr("array", spelling, items=items)


def field(
    name: str,
    type_: TypeExpr = STRING,
    *,
    required: bool | None = None,
    location: Location | None = None,
    description: str = "",
    file: str = "Page.html",
    table: str = "Table 1",
    row: int = 1,
    constraints: Constraints | None = None,
) -> Field:
    """One table row."""
    return Field(
        name=name,
        type=type_,
        description=description,
        required=required,
        location=location,
        constraints=constraints or Constraints(),
        source=Source(file=file, table=table, row=row),
    )


def structure(key: str, name: str, *fields: Field, file: str | None = None) -> Structure:
    """A table of fields addressed by ``key``."""
    return Structure(
        key=key,
        name=name,
        fields=fields,
        source=Source(file=file or key.split("#")[0], table=key.split("#")[-1]),
    )


def example(
    kind: str, value: JsonValue, *, status: str | None = None, file: str = "Page.html", **kw: Any
) -> Example:
    """A parsed JSON example."""
    return Example(
        kind=kind,  # type: ignore[arg-type]
        text=str(value),
        source=Source(file=file, section="Examples"),
        status=status,
        value=value,
        parsed=True,
        **kw,
    )


def operation(
    method: Method,
    path: str,
    *,
    file: str = "Page.html",
    name: str | None = None,
    summary: str = "",
    parameters: tuple[Field, ...] = (),
    request_body: str | None = None,
    responses: tuple[Response, ...] = (),
    examples: tuple[Example, ...] = (),
    variant: str | None = None,
    tags: tuple[str, ...] = (),
) -> Operation:
    """One operation as a page describes it."""
    return Operation(
        method=method,
        path=path,
        source=Source(file=file, section="URI"),
        name=name,
        summary=summary,
        tags=tags,
        parameters=parameters,
        request_body=request_body,
        responses=responses,
        examples=examples,
        variant=variant,
    )


def page(file: str, *operations: Operation, structures: tuple[Structure, ...] = ()) -> Page:
    """A page holding operations and structures."""
    return Page(
        file=file,
        kind="operation" if operations else "schema",
        operations=operations,
        structures=structures,
    )


def response(status: str, body: str | None = None, description: str = "") -> Response:
    """A documented status."""
    return Response(status=status, description=description, body=body)


def project_param(file: str = "Page.html") -> Field:
    """The ubiquitous ``project_id`` path parameter."""
    return field("project_id", STRING, required=True, location="path", file=file)
