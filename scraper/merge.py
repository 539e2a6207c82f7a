"""Merging several descriptions of one method+path into one operation, recording conflicts.

The rule (applied field by field, for parameters, body fields and responses):
1. Sources are ranked: HTML pages beat snippet dumps and other text inputs; among equals the
   input given first (then the page read first) wins. The winner is the *primary*.
2. The primary's value is kept for the summary, description, type, constraints and content
   type; another source fills a value only where the primary has none (no conflict then).
3. A parameter or field is required when any source says it is required; when both sources
   list allowed values (an enum), a value either allows is allowed.
4. Parameters, fields, responses and examples that only another source has are added.
5. Every disagreement (type differs, required differs, description differs, summary differs)
   becomes one conflict entry in the report, saying what was kept and what was not.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from scraper.naming import is_api_name
from scraper.records import Field, Operation, Structure, TypeExpr

Conflict = dict[str, Any]


def rank(op: Operation) -> int:
    """0 for HTML pages, 1 for everything else (snippet dumps, text)."""
    name = op.source.file.lower()
    return 0 if name.endswith((".html", ".htm")) else 1


def type_text(t: TypeExpr) -> str:
    """A type's shape as text, for comparing sources (object refs differ per source)."""
    out: str = t.kind
    if t.format:
        out += f"({t.format})"
    if t.items is not None:
        out += f"[{type_text(t.items)}]"
    if t.values is not None:
        out += f"{{{type_text(t.values)}}}"
    return out


class Merger:
    """Merges operations, creating merged body structures and listing conflicts."""

    def __init__(self, structures: dict[str, Structure]) -> None:
        self.structures = structures
        self.conflicts: list[Conflict] = []
        self.new_structures: dict[str, Structure] = {}
        self.consumed: set[str] = set()  # keys replaced by a merged structure

    def merge(self, ops: list[Operation]) -> Operation:
        """One operation from several (already ordered: primary first)."""
        merged = ops[0]
        for other in ops[1:]:
            merged = self._merge_two(merged, other)
        return merged

    def _conflict(
        self, op: Operation, what: str, where: str, kept: Any, dropped: Any, rule: str, **srcs: Any
    ) -> None:
        self.conflicts.append(
            {
                "method": op.method.upper(),
                "path": op.path,
                "what": what,
                "where": where,
                "kept": kept,
                "other": dropped,
                "rule": rule,
                **srcs,
            }
        )

    def _merge_two(self, a: Operation, b: Operation) -> Operation:
        if a.summary and b.summary and a.summary != b.summary:
            self._conflict(
                a,
                "summary",
                "operation",
                a.summary,
                b.summary,
                "primary source wins",
                kept_source=a.source.to_json(),
                other_source=b.source.to_json(),
            )
        if a.description and b.description and a.description != b.description:
            self._conflict(
                a,
                "description",
                "operation",
                a.description,
                b.description,
                "primary source wins",
                kept_source=a.source.to_json(),
                other_source=b.source.to_json(),
            )
        params = self._merge_fields(a, a.parameters, b.parameters, "parameter", by_location=True)
        request_body = self.merge_bodies(a, a.request_body, b.request_body, "request body")
        responses = list(a.responses)
        by_status = {r.status: i for i, r in enumerate(responses)}
        for resp in b.responses:
            if resp.status not in by_status:
                by_status[resp.status] = len(responses)
                responses.append(resp)
                continue
            i = by_status[resp.status]
            mine = responses[i]
            body = self.merge_bodies(a, mine.body, resp.body, f"response {resp.status}")
            responses[i] = replace(
                mine, body=body, description=mine.description or resp.description
            )
        seen = {(e.kind, e.status, e.text) for e in a.examples}
        examples = list(a.examples)
        for example in b.examples:
            if (example.kind, example.status, example.text) not in seen:
                seen.add((example.kind, example.status, example.text))
                examples.append(example)
        name = a.name
        if not _api_like(name) and _api_like(b.name):
            name = b.name
        return replace(
            a,
            name=name,
            summary=a.summary or b.summary,
            description=a.description or b.description,
            tags=a.tags or b.tags,
            parameters=tuple(params),
            request_body=request_body,
            responses=tuple(responses),
            examples=tuple(examples),
            evidence=(
                *a.evidence,
                f"merged with {b.source.label()}",
                *b.evidence,
            ),
            deprecated=a.deprecated or b.deprecated,
        )

    def merge_bodies(self, op: Operation, a: str | None, b: str | None, where: str) -> str | None:
        """Key of one body structure standing for ``a`` and ``b`` (fields merged by the rule)."""
        if a is None or a not in self.structures:
            return b if b in self.structures else a
        if b is None or b == a or b not in self.structures:
            return a
        first, second = self.structures[a], self.structures[b]
        fields = self._merge_fields(op, first.fields, second.fields, where, by_location=False)
        key = f"{a}+{b}"
        merged = replace(
            first,
            key=key,
            fields=tuple(fields),
            description=first.description or second.description,
            body_type=first.body_type or second.body_type,
        )
        self.new_structures[key] = merged
        self.consumed.update((a, b))
        self.structures[key] = merged
        return key

    def _merge_fields(
        self,
        op: Operation,
        first: tuple[Field, ...],
        second: tuple[Field, ...],
        where: str,
        *,
        by_location: bool,
    ) -> list[Field]:
        out = list(first)

        def ident(f: Field) -> tuple[str, str]:
            location = (f.location or "") if by_location else ""
            name = f.name.lower() if f.location == "header" else f.name
            return (location, name)

        index = {ident(f): i for i, f in enumerate(out)}
        for f in second:
            i = index.get(ident(f))
            if i is None:
                index[ident(f)] = len(out)
                out.append(f)
                continue
            mine = out[i]
            label = f"{where} {f.location + ' ' if by_location and f.location else ''}{f.name}"
            srcs = {"kept_source": mine.source.to_json(), "other_source": f.source.to_json()}
            if type_text(mine.type) != type_text(f.type):
                self._conflict(
                    op,
                    "type",
                    label,
                    mine.type.spelling or type_text(mine.type),
                    f.type.spelling or type_text(f.type),
                    "primary source wins",
                    **srcs,
                )
            required = mine.required
            if mine.required != f.required and f.required is not None:
                required = bool(mine.required) or bool(f.required)
                self._conflict(
                    op,
                    "required",
                    label,
                    mine.required,
                    f.required,
                    "required when any source requires it",
                    merged=required,
                    **srcs,
                )
            description = mine.description or f.description
            if mine.description and f.description and mine.description != f.description:
                self._conflict(
                    op,
                    "description",
                    label,
                    mine.description,
                    f.description,
                    "primary source wins",
                    **srcs,
                )
            constraints = mine.constraints if not mine.constraints.is_empty() else f.constraints
            if mine.constraints.enum and f.constraints.enum:
                extra = tuple(v for v in f.constraints.enum if v not in mine.constraints.enum)
                constraints = replace(constraints, enum=mine.constraints.enum + extra)
            out[i] = replace(
                mine, required=required, description=description, constraints=constraints
            )
        return out


def _api_like(name: str | None) -> bool:
    return is_api_name(name)
