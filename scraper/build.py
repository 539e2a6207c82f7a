"""Records -> one OpenAPI 3.0.3 document (plus diagnostics and the build report).

Operations sharing a method and path (placeholder names aside) are merged: pages that name a
body ``variant`` (the ECS ``/action`` family) become one operation whose request body is a
``oneOf`` of the variants; otherwise the sources are merged by the rule in ``scraper.merge``.
Schemas, reuse and orphans follow ``scraper.schemas``; names follow ``scraper.naming``.

Every operation that documents responses also gets a ``default`` response with the Huawei
error body (``{error_code, error_msg}``), marked ``x-assumed: true``: these services answer
any failure the page does not list (400 on a bad body, 401, 403, 500...) with that body.

So that standard tools (Redocly, Spectral, generators) read the spec as meant: every operation
has a summary (the page title, else the description's first sentence, else its operationId in
words); paths differing only in placeholder names are one path (``_unify_placeholders``); and
the last passes of ``scraper.tidy`` wrap ``$ref`` siblings in ``allOf`` and keep examples that
contradict their schema under ``x-invalid-examples``.
"""

from __future__ import annotations

import difflib
import functools
import http
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from scraper.diagnostics import Collector
from scraper.examples_attach import attach_examples, looks_like_error
from scraper.merge import Merger, rank
from scraper.naming import (
    is_api_name,
    name_from_path,
    name_from_title,
    pascal,
    tag_of_path,
)
from scraper.reconcile import reconcile_examples
from scraper.records import (
    Diagnostic,
    Example,
    Field,
    Operation,
    Page,
    Response,
    Source,
    Structure,
    TypeExpr,
)
from scraper.report import build_report
from scraper.schemas import Schemas
from scraper.semantics import returned_in_header
from scraper.snippet_infer import infer_body
from scraper.tidy import quarantine_invalid_examples, wrap_ref_nodes
from scraper.workflow import add_item_links, add_links, detect_pagination

METHOD_ORDER = ("get", "put", "post", "delete", "options", "head", "patch")
PARAM_LOCATIONS = ("path", "query", "header", "cookie")
# Headers that the security schemes or the media type already express.
IMPLICIT_HEADERS = {
    "x-auth-token": "covered by the token security scheme",
    "authorization": "covered by the AK/SK security scheme",
    "content-type": "expressed by the request body's media type",
    "accept": "expressed by the response media types",
}
ERROR_KEY = "docs2api#builtin/error"
NO_CONTENT = frozenset({"204", "205", "304"})  # statuses that never carry a body
_TEMPLATE = re.compile(r"\{([^{}]*)\}")
# A path normalize_path leaves as it is: non-empty segments of characters other than spaces,
# ?, # and braces, or well-formed placeholders.
_NORMAL_PATH = re.compile(r"/|(?:/(?:[^/\s?#{}]|\{[A-Za-z0-9_.\-]+\})+)+")
_NUMBER_SUFFIX = re.compile(r"_\d+$")
_STATUS = re.compile(r"[1-5]\d\d")
_STATUS_RANGE = re.compile(r"[1-5][xX]{2}")


@dataclass
class BuildResult:
    """What one build produced: the spec, the diagnostics, and the report."""

    spec: dict[str, Any]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)


@dataclass
class Built:
    """One final operation with everything the builder decided about it."""

    op: Operation
    sources: list[Operation]
    operation_id: str = ""
    variants: list[tuple[str | None, Operation]] = field(default_factory=list)
    variant_ids: dict[str | None, str] = field(default_factory=dict)


def normalize_path(path: str) -> str:
    """Leading slash, no query string or fragment, no trailing slash, no spaces, and only
    well-formed ``{name}`` placeholders (stray braces of a truncated page are dropped)."""
    if _NORMAL_PATH.fullmatch(path):
        return path  # (most are already: none of the rewrites below changes them)
    return rewrite_path(path)


def rewrite_path(path: str) -> str:
    """``normalize_path`` without its shortcut for paths that are normal already."""
    path = re.split(r"[?#]", path, maxsplit=1)[0].strip().replace(" ", "")
    parts = re.split(r"(\{[A-Za-z0-9_.\-]+\})", path)
    path = "".join(p if i % 2 else p.replace("{", "").replace("}", "") for i, p in enumerate(parts))
    path = re.sub(r"/{2,}", "/", path)
    if not path.startswith("/"):
        path = "/" + path
    if len(path) > 1:
        path = path.rstrip("/")
    return path


def dedupe_placeholders(path: str) -> str:
    """A placeholder used twice (``/{project_id}/os-quota-sets/{project_id}``) gets ``_2``."""
    names = _TEMPLATE.findall(path)
    if len(set(names)) == len(names):
        return path  # (each is its name's first: none renamed)
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        seen[name] = seen.get(name, 0) + 1
        return "{" + name + "}" if seen[name] == 1 else "{" + f"{name}_{seen[name]}" + "}"

    return _TEMPLATE.sub(rename, path)


@functools.lru_cache(maxsize=1024)  # (a few dozen statuses, on every response of every page)
def status_key(status: str) -> str | None:
    """An OpenAPI response key (``200``, ``4XX``, ``default``) from a status cell, or None."""
    text = status.strip()
    if _STATUS.fullmatch(text):
        return text
    if _STATUS_RANGE.fullmatch(text):
        return text.upper()
    if text.lower() == "default":
        return "default"
    return None


def _valid_responses(op: Operation, collector: Collector) -> list[Response]:
    out = []
    for r in op.responses:
        key = status_key(r.status)
        if key is None:
            collector.warning(
                "bad-status", r.source, f"status {r.status!r} is not an HTTP status; dropped"
            )
            continue
        out.append(r if key == r.status else replace(r, status=key))
    return out


def _path_key(path: str) -> str:
    return _TEMPLATE.sub("{}", path)


@functools.lru_cache(maxsize=256)
def _status_description(status: str) -> str:
    if status.isdigit():
        try:
            return http.HTTPStatus(int(status)).phrase
        except ValueError:
            return f"Status {status}"
    return {"default": "Default response", "4XX": "Client error", "5XX": "Server error"}.get(
        status.upper() if status != "default" else status, f"Status {status}"
    )


def is_error_status(status: str) -> bool:
    """4xx/5xx statuses (and their ``4XX`` ranges)."""
    return status[:1] in ("4", "5")


def is_success_status(status: str) -> bool:
    """2xx statuses."""
    return status[:1] == "2"


def _service_slug(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return words[0] if words else "api"


def build_spec(
    pages: Sequence[Page],
    *,
    title: str | None = None,
    service: str | None = None,
    widen: bool = True,
) -> BuildResult:
    """Turn the pages of one build into an OpenAPI 3.0.3 dict, diagnostics and a report.

    With ``widen`` (the default), a schema that the page's own example contradicts is widened
    to admit it, the contradiction recorded (``scraper.reconcile``); without, the schemas say
    exactly what the tables say.
    """
    collector = Collector()
    for page in pages:
        collector.extend(page.diagnostics)
    structures: dict[str, Structure] = {}
    for page in pages:
        for structure in page.structures:
            if structure.key in structures:
                collector.warning(
                    "duplicate-structure-key",
                    structure.source,
                    f"structure key {structure.key!r} defined twice; the first is kept",
                )
                continue
            structures[structure.key] = structure

    entries: list[tuple[int, int, int, Operation]] = []
    for page_index, page in enumerate(pages):
        for op_index, op in enumerate(page.operations):
            path = normalize_path(op.path)
            if dedupe_placeholders(path) != path:
                collector.warning(
                    "repeated-path-placeholder",
                    op.source,
                    f"{path} uses a placeholder twice; the second is renamed "
                    f"({dedupe_placeholders(path)})",
                )
                path = dedupe_placeholders(path)
            method = op.method.lower()
            responses = _header_rows(_valid_responses(op, collector), structures, collector)
            examples = tuple(
                e if e.status is None or status_key(e.status) else replace(e, status=None)
                for e in op.examples
            )
            fixed = op  # (records are frozen: one that needs no fix is used as it is, no copy)
            if (
                method != op.method
                or path != op.path
                or responses != op.responses
                or examples != op.examples
            ):
                fixed = replace(
                    op,
                    method=method,  # type: ignore[arg-type]
                    path=path,
                    responses=responses,
                    examples=examples,
                )
            entries.append((rank(fixed), page_index, op_index, fixed))
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    groups: dict[tuple[str, str], list[Operation]] = {}
    for _, _, _, op in entries:
        groups.setdefault((op.method, _path_key(op.path)), []).append(op)

    merger = Merger(structures)
    built: list[Built] = []
    for members in groups.values():
        by_variant: dict[str | None, list[Operation]] = {}
        for op in members:
            by_variant.setdefault(op.variant, []).append(op)
        variants = [(v, merger.merge(ops)) for v, ops in by_variant.items()]
        if len(variants) == 1 and variants[0][0] is None:
            built.append(Built(op=variants[0][1], sources=members))
        else:
            variants.sort(key=lambda v: (v[0] is None, v[0] or ""))
            built.append(Built(op=_family(variants, merger), sources=members, variants=variants))
    _unify_placeholders(built, collector)
    built.sort(key=lambda b: (b.op.path, METHOD_ORDER.index(b.op.method)))
    _name_operations(built)

    schemas = Schemas(structures, collector)
    roots: list[tuple[str, str]] = []
    needs_error = False
    for b in built:
        if b.variants:
            for variant, vop in b.variants:
                if vop.request_body:
                    roots.append((vop.request_body, b.variant_ids[variant] + "Request"))
        elif b.op.request_body:
            roots.append((b.op.request_body, b.operation_id + "Request"))
        success_bodies = [r for r in b.op.responses if is_success_status(r.status) and r.body]
        for r in b.op.responses:
            if r.status in NO_CONTENT:
                continue
            if r.body and r.body in structures:
                if is_error_status(r.status):
                    roots.append((r.body, "Error"))
                else:
                    suffix = "" if success_bodies and r is success_bodies[0] else r.status
                    roots.append((r.body, f"{b.operation_id}Response{suffix}"))
            elif is_error_status(r.status):
                needs_error = True
        needs_error = (
            needs_error
            or bool(b.op.responses)
            or any(
                e.kind == "response" and not e.status and looks_like_error(e.value)
                for e in b.op.examples
            )
        )
    schemas.plan(roots)
    if needs_error:
        for structure in _error_structures(built):
            structures[structure.key] = structure
        schemas.plan([(ERROR_KEY, "Error")])
    as_parameters = _parameter_tables(structures, [e[3] for e in entries])
    header_keys = {r.headers for b in built for r in b.op.responses if r.headers}
    schemas.plan_orphans(skip=merger.consumed | as_parameters | header_keys)

    paths: dict[str, dict[str, Any]] = {}
    unused_build: list[dict[str, Any]] = []
    for b in built:
        operation = _operation(b, schemas, collector, unused_build)
        paths.setdefault(b.op.path, {})[b.op.method] = operation
    components_schemas = schemas.render()
    spec_title = title or "API"
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {
            "title": spec_title,
            "version": "1.0.0",
            "description": "Built by docs2api from API reference documentation.",
        },
        "servers": [
            {
                "url": "https://{endpoint}",
                "variables": {
                    "endpoint": {
                        "default": f"{service or _service_slug(spec_title)}.example.com",
                        "description": "Service endpoint (host), given by client configuration",
                    }
                },
            }
        ],
        "security": [{"token": []}, {"aksk": []}],
        "tags": _tag_objects(built, pages),
        "paths": {p: _ordered_methods(paths[p]) for p in sorted(paths)},
        "components": {
            "schemas": components_schemas,
            "securitySchemes": _security_schemes(),
        },
    }
    error_ref = schemas.ref(ERROR_KEY) if ERROR_KEY in schemas.names else None
    attach_examples(spec, built, schemas, collector, error_ref)
    for b in built:
        detect_pagination(spec, b.op.path, b.op.method)
    add_links(spec)
    add_item_links(spec)
    for items, source, spelling in schemas.pending_items:
        if not items or set(items) == {"x-items-seen"}:
            collector.warning(
                "array-items-unknown",
                source,
                f"{spelling or 'Array'!r} does not say what the items are and no example "
                "shows them; items accept any value",
            )
    # Each $ref with siblings as allOf (the spec shares no container: every node is built
    # fresh, example values copied). The examples are then checked against the schemas as
    # they are published.
    wrap_ref_nodes(schemas.ref_nodes)
    suspects = reconcile_examples(spec, collector) if widen else None
    quarantine_invalid_examples(spec, collector, suspects=suspects)
    report = build_report(
        pages=pages,
        built=[(b.operation_id, b.op, b.sources, [v for v, _ in b.variants]) for b in built],
        diagnostics=collector.diagnostics,
        orphans=schemas.orphans,
        conflicts=merger.conflicts,
        unused_build=unused_build,
        components=sorted(components_schemas),
        shared=schemas.shared,
        structures_total=sum(len(p.structures) for p in pages),
        as_parameters=as_parameters,
    )
    return BuildResult(spec=spec, diagnostics=list(collector.diagnostics), report=report)


def _parameter_tables(structures: dict[str, Structure], ops: list[Operation]) -> set[str]:
    """Keys of the structures whose rows became parameters (URI, query, header tables)."""
    used = {(f.source.file, f.source.table) for op in ops for f in op.parameters}
    out: set[str] = set()
    for key, s in structures.items():
        # (a loop, not all() over a generator: most tables fail at their first row)
        for f in s.fields:
            if (f.source.file, f.source.table) not in used:
                break
        else:
            if s.fields:
                out.add(key)
    return out


def _header_rows(
    responses: Sequence[Response], structures: dict[str, Structure], collector: Collector
) -> tuple[Response, ...]:
    """Body rows that the text says come back in a header move to the response's headers."""
    out: list[Response] = []
    for r in responses:
        body = structures.get(r.body) if r.body and not r.headers else None
        moved = [f for f in body.fields if _in_header(f.description)] if body else []
        if body is None or not moved or len(moved) == len(body.fields):
            out.append(r)
            continue
        key = f"{body.key}#headers"
        if key not in structures:
            for f in moved:
                collector.info(
                    "header-row-in-body",
                    f.source,
                    f"{f.name!r}: the description says it is returned in a header; declared as a "
                    "response header, not a body field",
                )
            rest = tuple(f for f in body.fields if f not in moved)
            structures[body.key] = replace(body, fields=rest)
            structures[key] = replace(
                body, key=key, name=body.name + "Headers", fields=tuple(moved)
            )
        out.append(replace(r, headers=key))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 14)  # (tables repeat their descriptions: "Error code"...)
def _in_header(description: str) -> bool:
    """``returned_in_header``, asked only of the descriptions that say "header" in some case or
    头中, as every one it finds does (no other characters match those letters ignoring case)."""
    return ("header" in description.lower() or "头中" in description) and returned_in_header(
        description
    )


def _header(f: Field, schemas: Schemas) -> dict[str, Any]:
    """A response header object: a header parameter without ``name`` and ``in``."""
    parameter = _parameter(f, "header", bool(f.required), schemas)
    return {
        key: value
        for key, value in parameter.items()
        if key not in ("name", "in") and (key != "required" or value)
    }


def _error_structures(built: list[Built]) -> list[Structure]:
    """``Error`` and its nested objects: Huawei's body plus what the error examples show.

    Pages rarely describe the error body in a table but show it in "Failed sample response" /
    "Or" examples, and services differ (``error_message`` and ``is_success`` in ModelArts v1,
    ``{"error": {"code", "message"}}`` in ECS): fields those examples show are inferred from
    them and declared after Huawei's two, with the first such example as their source.
    """
    source = Source(file="docs2api", section="Huawei error body")
    base = (
        Field("error_code", TypeExpr("string", "String"), "Error code", source=source),
        Field("error_msg", TypeExpr("string", "String"), "Error message", source=source),
    )
    examples = [e for e in _error_examples(built) if e.parsed and isinstance(e.value, dict)]
    if not examples:
        return [Structure(ERROR_KEY, "Error", base, source, "Huawei Cloud error body")]
    _, inferred, _ = infer_body([e.value for e in examples], ERROR_KEY, "Error", source)

    def shown_by(top: str) -> Source:
        """The first example showing the top-level field ``top``."""
        return next(
            (e.source for e in examples if isinstance(e.value, dict) and top in e.value),
            examples[0].source,
        )

    out: list[Structure] = []
    for structure in inferred:
        if structure.key == ERROR_KEY:
            names = {f.name for f in base}
            fields = base + tuple(
                replace(f, description=_SEEN_IN_ERRORS, source=shown_by(f.name))
                for f in structure.fields
                if f.name not in names
            )
            out.append(replace(structure, fields=fields, description="Huawei Cloud error body"))
            continue
        # nested structures are keyed "<ERROR_KEY>:<path>", the path starting at a top field
        top = structure.key.split(":", 1)[1].split(".", 1)[0].split("[", 1)[0]
        shown = shown_by(top)
        fields = tuple(
            replace(f, description=_SEEN_IN_ERRORS, source=shown) for f in structure.fields
        )
        out.append(replace(structure, fields=fields, source=shown, description=_SEEN_IN_ERRORS))
    return out


_SEEN_IN_ERRORS = "Shown in the documentation's error response examples (no table describes it)"


def _error_examples(built: list[Built]) -> list[Example]:
    """Response examples that land on a response described by ``Error``."""
    out: list[Example] = []
    for b in built:
        with_body = {r.status for r in b.op.responses if r.body}
        for e in b.op.examples:
            if e.kind != "response":
                continue
            if e.status is None:
                if looks_like_error(e.value):
                    out.append(e)
            elif (e.status == "default" or is_error_status(e.status)) and e.status not in with_body:
                out.append(e)
    return out


def _security_schemes() -> dict[str, Any]:
    return {
        "aksk": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": (
                "SDK-HMAC-SHA256 AK/SK signature: Authorization: SDK-HMAC-SHA256 Access=AK, "
                "SignedHeaders=..., Signature=..., with X-Sdk-Date"
            ),
        },
        "token": {
            "type": "apiKey",
            "in": "header",
            "name": "X-Auth-Token",
            "description": "IAM token (X-Subject-Token of POST /v3/auth/tokens)",
        },
    }


def _ordered_methods(methods: dict[str, Any]) -> dict[str, Any]:
    return {m: methods[m] for m in METHOD_ORDER if m in methods}


def _tags(op: Operation) -> list[str]:
    tags = [t for t in op.tags if t.strip()]
    return tags or [tag_of_path(op.path)]


def _tag_objects(built: list[Built], pages: Sequence[Page]) -> list[dict[str, Any]]:
    """Top-level tags, each described by where it comes from and how many operations it has."""
    chapter_pages: dict[str, str] = {}
    for page in pages:
        if page.title.strip():
            chapter_pages.setdefault(page.title.strip(), page.file)
    counts: dict[str, int] = {}
    documented: set[str] = set()
    for b in built:
        for tag in _tags(b.op):
            counts[tag] = counts.get(tag, 0) + 1
        documented.update(t for t in b.op.tags if t.strip())
    out = []
    for tag in sorted(counts):
        n = counts[tag]
        ops = f"{n} operation{'s' if n != 1 else ''}"
        if tag in documented:
            where = f" ({chapter_pages[tag]})" if tag in chapter_pages else ""
            text = f'{ops} of the chapter "{tag}"{where} of the API reference.'
        else:
            text = f'{ops} under the path segment "{tag}" (the documentation names no chapter).'
        out.append({"name": tag, "description": text})
    return out


def _family(variants: list[tuple[str | None, Operation]], merger: Merger) -> Operation:
    """The operation standing for a family of body variants (ECS ``/action``)."""
    first = variants[0][1]
    lines = [f"- {v or '(no key)'}: {op.summary or op.name or ''}".rstrip() for v, op in variants]
    responses: dict[str, Response] = {}
    for _, op in variants:
        for r in op.responses:
            if r.status not in responses:
                responses[r.status] = r
                continue
            mine = responses[r.status]
            body = merger.merge_bodies(first, mine.body, r.body, f"response {r.status}")
            responses[r.status] = replace(mine, body=body, headers=mine.headers or r.headers)
    for status, r in responses.items():
        # A field that only some actions return cannot be required of the family's response.
        mentioned = [[x for x in op.responses if x.status == status][:1] for _, op in variants]
        body = _shared_only(r.body, [m[0].body if m else None for m in mentioned], merger)
        headers = _shared_only(r.headers, [m[0].headers if m else None for m in mentioned], merger)
        responses[status] = replace(r, body=body, headers=headers)
    examples = tuple(e for _, op in variants for e in op.examples)
    return replace(
        first,
        name=None,
        summary=f"{len(variants)} actions on {first.path}",
        description="One of these bodies, told apart by their top-level key:\n" + "\n".join(lines),
        tags=next((op.tags for _, op in variants if op.tags), ()),
        request_body=None,
        responses=tuple(responses.values()),
        examples=examples,
        variant=None,
        evidence=tuple(f"variant {v}: {op.source.label()}" for v, op in variants),
    )


def _shared_only(key: str | None, parts: list[str | None], merger: Merger) -> str | None:
    """``key``'s structure with ``required`` kept only on fields every part declares."""
    structure = merger.structures.get(key) if key else None
    if structure is None:
        return key
    names: set[str] | None = None
    for part in parts:
        fields = merger.structures[part].fields if part in merger.structures else ()
        mine = {f.name for f in fields}
        names = mine if names is None else names & mine
    loose = [f for f in structure.fields if f.required and f.name not in (names or set())]
    if not loose:
        return key
    family_key = f"{structure.key}#family"
    if family_key not in merger.structures:
        fields = tuple(replace(f, required=False) if f in loose else f for f in structure.fields)
        merger.structures[family_key] = replace(structure, key=family_key, fields=fields)
        merger.new_structures[family_key] = merger.structures[family_key]
        merger.consumed.add(structure.key)
    return family_key


def _unify_placeholders(built: list[Built], collector: Collector) -> None:
    """Paths that differ only in placeholder names (``/x/{id}``, ``/x/{server_id}``) become one.

    The spelling used by the most operations wins (ties: the longer, more descriptive
    placeholder names, then the first in sort order); the other operations have their
    placeholders and path parameters renamed, each with a diagnostic.
    """
    by_key: dict[str, dict[str, list[Built]]] = {}
    for b in built:
        by_key.setdefault(_path_key(b.op.path), {}).setdefault(b.op.path, []).append(b)
    for spellings in by_key.values():
        if len(spellings) < 2:
            continue
        winner = min(
            spellings, key=lambda p: (-len(spellings[p]), -len("".join(_TEMPLATE.findall(p))), p)
        )
        names = _TEMPLATE.findall(winner)
        for path, members in sorted(spellings.items()):
            if path == winner:
                continue
            renames = {
                old: new
                for old, new in zip(_TEMPLATE.findall(path), names, strict=True)
                if old != new
            }
            listed = ", ".join(f"{{{old}}} -> {{{new}}}" for old, new in renames.items())
            for b in members:
                collector.warning(
                    "path-parameter-renamed",
                    b.op.source,
                    f"{b.op.method.upper()} {path} differs from {winner} only in placeholder "
                    f"names; renamed ({listed}) so both share one path",
                )
                b.op = _rename_placeholders(b.op, winner, renames)
                b.variants = [(v, _rename_placeholders(o, winner, renames)) for v, o in b.variants]


def _rename_placeholders(op: Operation, path: str, renames: dict[str, str]) -> Operation:
    parameters = tuple(
        replace(f, name=renames[f.name])
        if (f.location or "query") == "path" and f.name in renames
        else f
        for f in op.parameters
    )
    return replace(op, path=path, parameters=parameters)


def op_summary(op: Operation, operation_id: str) -> str:
    """The page's title; else the description's first sentence; else the operationId in words."""
    if op.summary and op.summary.strip():
        return op.summary.strip()
    first = re.split(r"(?<=[.!?])\s|(?<=[。！？])", (op.description or "").strip(), maxsplit=1)[0]
    first = " ".join(first.split())
    if 0 < len(first) <= 120:
        return first
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", operation_id) or [operation_id]
    return " ".join(
        [words[0]] + [w if w.isupper() and len(w) > 1 else w.lower() for w in words[1:]]
    )


def _base_name(op: Operation) -> str:
    if is_api_name(op.name):
        return pascal(op.name or "")
    from_title = name_from_title(op.summary) if op.summary else None
    return from_title or name_from_path(op.method, op.path)


def _name_operations(built: list[Built]) -> None:
    """Unique operationIds; collisions: the shortest path keeps the name, others get suffixes."""
    bases: dict[str, list[Built]] = {}
    for b in built:
        base = name_from_path(b.op.method, b.op.path) if b.variants else _base_name(b.op)
        bases.setdefault(base, []).append(b)
    taken: set[str] = set()
    pending: list[tuple[str, Built, Built]] = []
    for base in sorted(bases):
        members = sorted(
            bases[base], key=lambda b: (len(b.op.path), b.op.path, METHOD_ORDER.index(b.op.method))
        )
        if base not in taken:
            members[0].operation_id = base
            taken.add(base)
            rest = members[1:]
        else:
            rest = members
        pending.extend((base, b, members[0]) for b in rest)
    for base, b, holder in pending:
        suffix = _path_difference(holder.op.path, b.op.path)
        if not suffix or b.op.method != holder.op.method:
            suffix = pascal(b.op.method) + suffix
        name = base + suffix
        n = 2
        candidate = name
        while candidate in taken:
            candidate = f"{name}{n}"
            n += 1
        b.operation_id = candidate
        taken.add(candidate)
    for b in built:
        used: set[str] = set()
        for variant, vop in b.variants:
            if is_api_name(vop.name):
                vname = pascal(vop.name or "")
            else:
                from_title = name_from_title(vop.summary) if vop.summary else None
                vname = from_title or (
                    b.operation_id + "_" + (pascal(variant or "", fallback="") or "Default")
                )
            candidate = vname
            n = 2
            while candidate in used:
                candidate = f"{vname}{n}"
                n += 1
            used.add(candidate)
            b.variant_ids[variant] = candidate


def _path_difference(holder: str, path: str) -> str:
    """``/v2/{p}/servers/detail`` vs ``/v2.1/{p}/servers/{id}`` -> ``V21ById``."""
    mine = [s for s in path.split("/") if s]
    theirs = [s for s in holder.split("/") if s]
    differing = _positional_difference(theirs, mine)
    if differing is None:
        matcher = difflib.SequenceMatcher(a=theirs, b=mine, autojunk=False)
        differing = [
            seg
            for tag, _, _, j1, j2 in matcher.get_opcodes()
            if tag != "equal"
            for seg in mine[j1:j2]
        ]
    out = []
    for seg in differing:
        if seg.startswith("{"):
            out.append("By" + pascal(seg, fallback=""))
        else:
            out.append(pascal(seg.replace(".", ""), fallback=""))
    return "".join(out)


def _positional_difference(theirs: list[str], mine: list[str]) -> list[str] | None:
    """What ``difflib`` finds ``mine`` adds to ``theirs``, where it can be read off position by
    position (None elsewhere): paths of as many segments, ``theirs`` repeating none and the
    differing segments of ``mine`` not among them (``/v1/...`` and ``/v2/...``). Then a
    segment matches only at its own position, and difflib's blocks are the runs of equal ones.
    """
    if len(mine) != len(theirs):
        return None
    known = set(theirs)
    if len(known) != len(theirs):
        return None
    differing = [seg for seg, other in zip(mine, theirs, strict=True) if seg != other]
    if any(seg in known for seg in differing):
        return None
    return differing


def _operation(
    b: Built, schemas: Schemas, collector: Collector, unused: list[dict[str, Any]]
) -> dict[str, Any]:
    op = b.op
    out: dict[str, Any] = {"operationId": b.operation_id}
    out["summary"] = op_summary(op, b.operation_id)
    if op.description:
        out["description"] = op.description
    out["tags"] = _tags(op)
    parameters = _parameters(op, schemas, collector, unused)
    if parameters:
        out["parameters"] = parameters
    body = _request_body(b, schemas, collector)
    if body is not None:
        out["requestBody"] = body
    out["responses"] = _responses(op, schemas, collector)
    if op.deprecated:
        out["deprecated"] = True
    out["x-source"] = op.source.to_json()
    if len(b.sources) > 1:
        out["x-merged-from"] = [s.source.to_json() for s in b.sources]
    if op.evidence:
        out["x-evidence"] = list(op.evidence)
    if b.variants:
        out["x-variants"] = [
            {
                "key": variant,
                "name": b.variant_ids[variant],
                "summary": vop.summary,
                "x-source": vop.source.to_json(),
            }
            for variant, vop in b.variants
        ]
    return out


def _parameters(
    op: Operation, schemas: Schemas, collector: Collector, unused: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    template = _TEMPLATE.findall(op.path)
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    declared_path: list[Field] = []
    for f in op.parameters:
        location = f.location or "query"
        if location == "body" or location not in PARAM_LOCATIONS:
            _skip(unused, "row", f.source, f"{f.name!r} is a body field listed among parameters")
            continue
        if not f.name.strip():
            continue
        if location == "header" and f.name.lower() in IMPLICIT_HEADERS:
            _skip(unused, "row", f.source, f"header {f.name}: {IMPLICIT_HEADERS[f.name.lower()]}")
            continue
        if location == "path":
            declared_path.append(f)
            continue
        ident = (location, f.name.lower() if location == "header" else f.name)
        if ident in seen:
            collector.warning(
                "duplicate-parameter", f.source, f"{location} parameter {f.name!r} listed twice"
            )
            continue
        seen.add(ident)
        out.append(_parameter(f, location, bool(f.required), schemas))
    by_name = {f.name: f for f in declared_path}
    missing = [name for name in template if name not in by_name]
    extra = [f for f in declared_path if f.name not in template]
    path_params: list[dict[str, Any]] = []
    for name in template:
        found = by_name.get(name)
        if found is None and missing and extra:
            close = difflib.get_close_matches(name, [e.name for e in extra], n=1, cutoff=0.75)
            if close:
                extra = [e for e in extra if e.name != close[0]]
                collector.warning(
                    "path-placeholder-typo",
                    op.source,
                    f"path placeholder {{{name}}} has no parameter; {close[0]!r} from the "
                    "table is taken for it",
                )
                found = replace(by_name[close[0]], name=name)
        if found is None:
            base = _NUMBER_SUFFIX.sub("", name)
            if base != name and base in by_name:
                found = replace(by_name[base], name=name)
        if found is None:
            collector.warning(
                "undeclared-path-parameter",
                op.source,
                f"path placeholder {{{name}}} of {op.path} is not described; typed as string",
            )
            found = Field(name=name, type=TypeExpr("string", "String"), source=op.source)
        path_params.append(_parameter(found, "path", True, schemas))
    for f in extra:
        _skip(
            unused,
            "row",
            f.source,
            f"path parameter {f.name!r} does not appear in {op.path}",
        )
        collector.warning(
            "path-parameter-not-in-path",
            f.source,
            f"path parameter {f.name!r} does not appear in {op.path}; dropped",
        )
    return path_params + out


def _parameter(f: Field, location: str, required: bool, schemas: Schemas) -> dict[str, Any]:
    schema = schemas.field_schema(f)
    description = schema.pop("description", f.description)
    source = schema.pop("x-source", None)
    if source is None:  # (not the pop's default: that would be built for every parameter)
        source = f.source.to_json()
    if not schema or (schema == {"type": "object"} and location == "path"):
        schema = {"type": "string", **{k: v for k, v in schema.items() if k != "type"}}
    param: dict[str, Any] = {"name": f.name, "in": location, "required": required}
    if description:
        param["description"] = description
    param["schema"] = schema
    if source.get("file") != "?":  # "?" is the records' default: no source known
        param["x-source"] = source
    return param


def _skip(unused: list[dict[str, Any]], what: str, source: Source, reason: str) -> None:
    unused.append({"what": what, "source": source.to_json(), "reason": reason})


def _request_body(b: Built, schemas: Schemas, collector: Collector) -> dict[str, Any] | None:
    op = b.op
    if b.variants:
        options: list[dict[str, Any]] = []
        for variant, vop in b.variants:
            if not vop.request_body or vop.request_body not in schemas.names:
                continue
            ref = schemas.ref(vop.request_body)
            fields = {f.name for f in schemas.structures[vop.request_body].fields}
            if variant and variant not in fields:
                # the table describes the object inside the discriminating key
                options.append(
                    {"type": "object", "properties": {variant: ref}, "required": [variant]}
                )
            elif variant:
                options.append({"allOf": [ref], "required": [variant]})
            else:
                options.append(ref)
        if not options:
            return None
        content_type = b.variants[0][1].request_content_type or "application/json"
        schema: dict[str, Any] = options[0] if len(options) == 1 else {"oneOf": options}
        return {"required": True, "content": {content_type: {"schema": schema}}}
    if not op.request_body:
        return None
    if op.request_body not in schemas.names:
        collector.warning(
            "unknown-ref",
            op.source,
            f"request body refers to {op.request_body!r}, which no page defines",
        )
        return None
    structure = schemas.structures[op.request_body]
    required = any(f.required for f in structure.fields) or structure.body_type is not None
    return {
        "required": required,
        "content": {
            op.request_content_type or "application/json": {"schema": schemas.ref(op.request_body)}
        },
    }


def _responses(op: Operation, schemas: Schemas, collector: Collector) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for r in op.responses:
        status = r.status.strip() or "default"
        if status in out:
            continue
        response: dict[str, Any] = {"description": r.description or _status_description(status)}
        if status in NO_CONTENT:
            if r.body:
                collector.warning(
                    "body-on-no-content",
                    r.source,
                    f"a body is documented for status {status}, which has none; not declared",
                )
        elif r.body and r.body in schemas.names:
            response["content"] = {"application/json": {"schema": schemas.ref(r.body)}}
        elif r.body:
            collector.warning(
                "unknown-ref", r.source, f"response {status} body refers to unknown {r.body!r}"
            )
        elif is_error_status(status) and ERROR_KEY in schemas.names:
            response["content"] = {"application/json": {"schema": schemas.ref(ERROR_KEY)}}
        headers = schemas.structures.get(r.headers) if r.headers else None
        if headers is not None and headers.fields:
            response["headers"] = {
                f.name: _header(f, schemas) for f in headers.fields if f.name.strip()
            }
        if r.source.file != "?":  # "?" is the records' default: no source known
            response["x-source"] = r.source.to_json()
        out[status] = response
    if out and "default" not in out and ERROR_KEY in schemas.names:
        # Huawei services answer any undocumented failure with their error body.
        out["default"] = {
            "description": "Error (any status the page does not list), Huawei error body",
            "content": {"application/json": {"schema": schemas.ref(ERROR_KEY)}},
            "x-assumed": True,
        }
    return dict(sorted(out.items()))
