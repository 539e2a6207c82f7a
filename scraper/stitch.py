"""Stitch snippet fragments back into operations, recording the evidence of every join.

Joins, each found through a hash index (never by comparing every pair of fragments):
- URI snippets open operations (method + path template); a path trie indexes the templates.
- Request examples join by their URL: literal segments must match the template, a concrete
  segment (``fa4ac58e-...``) may fill a ``{param}``. An example whose URL matches no template
  opens an operation itself; concrete ID segments become path parameters and a missing method
  is inferred (body -> POST, else GET) unless a template with the same shape says otherwise.
- A request table joins the request example whose keys are all fields of the table.
- A response table and a response example pair up when every key of the 2xx example is a
  documented field (the best-scoring candidate, found through an index of field names).
- A response (table and/or example) joins an operation when
  (a) its example carries the concrete ID that a request example puts in that operation's URL,
  (b) it holds an array named after the collection a GET path ends with (``clusters``,
      ``auth-apis`` -> ``apis``), or items of an object type named so (``Node`` -> ``nodes``),
  (c) (example only, weakest) its items carry ``<collection>_id`` (``workflows`` ->
      ``workflow_id``).
  The strongest claim wins; equal claims on different operations leave the fragment an orphan.
Fragments nothing claims stay orphans: their structures are still emitted and the reason is
returned, so every snippet is accounted for.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from scraper.diagnostics import Collector
from scraper.examples import url_to_path
from scraper.naming import name_from_path
from scraper.records import (
    Example,
    Field,
    JsonValue,
    Method,
    Operation,
    Response,
    Source,
    Structure,
    TypeExpr,
    new_structure,
)
from scraper.snippet_fragments import Fragment
from scraper.snippet_infer import infer_body

_ID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
    r"|(?=[0-9a-fA-F]*[0-9])(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{16,}\Z|\d{6,}\Z"
)
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")
_STRING = TypeExpr(kind="string", spelling="String")
_POSTING_CAP = 64  # field names shared by more tables than this are not evidence

# ``dataclasses.replace`` takes a slow generic path and runs for every operation: the records
# are rebuilt field by field below instead (this check keeps those in step with records.py).
if tuple(f.name for f in fields(Structure)) != (
    "key", "name", "fields", "source", "description", "body_type"
) or tuple(f.name for f in fields(Response)) != (
    "status", "description", "body", "source", "headers"
):  # fmt: skip
    raise RuntimeError("Structure/Response fields changed: update stitch._renamed and friends")


def _renamed(structure: Structure, name: str) -> Structure:
    """``replace(structure, name=name)``."""
    s = structure
    return new_structure(s.key, name, s.fields, s.source, s.description, s.body_type)


def _response(response: Response, description: str, body: str | None) -> Response:
    """``replace(response, description=description, body=body)``."""
    return Response(response.status, description, body, response.source, response.headers)


_METHODS: dict[str, Method] = {
    "get": "get",
    "put": "put",
    "post": "post",
    "delete": "delete",
    "patch": "patch",
    "head": "head",
    "options": "options",
}


def looks_like_id(segment: str) -> bool:
    """True for concrete identifiers in URLs: UUIDs, long hex strings, long numbers."""
    return bool(_ID.match(segment))


def singular(word: str) -> str:
    """``workflows`` -> ``workflow``, ``policies`` -> ``policy`` (plain English plurals)."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """``node`` -> ``nodes``, ``policy`` -> ``policies``."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _norm(word: str) -> str:
    return word.lower().replace("-", "_")


def _segments(path: str) -> list[str]:
    return [seg for seg in path.split("/") if seg]


@dataclass
class _Op:
    """An operation under construction."""

    method: Method
    path: str
    source: Source
    parameters: dict[tuple[str, str], Field] = field(default_factory=dict)
    request_body: str | None = None
    responses: dict[str, Response] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    snippets: list[int] = field(default_factory=list)
    # (concrete id in a request URL, snippet label, that request example's body)
    ids: list[tuple[str, str, JsonValue]] = field(default_factory=list)

    def take(self, fragment: Fragment) -> None:
        if fragment.index not in self.snippets:
            self.snippets.append(fragment.index)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


class _Node:
    __slots__ = ("literal", "ops", "param", "path")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.ops: dict[str, _Op] = {}
        self.path: str | None = None


class PathIndex:
    """A trie of path templates; a concrete URL path finds its template in O(segments)."""

    def __init__(self) -> None:
        self.root = _Node()

    def add(self, op: _Op) -> None:
        node = self.root
        for seg in _segments(op.path):
            if _PLACEHOLDER.fullmatch(seg):
                node.param = node.param or _Node()
                node = node.param
            else:
                node = node.literal.setdefault(seg, _Node())
        node.path = op.path
        node.ops.setdefault(op.method, op)

    def match(self, path: str) -> _Node | None:
        """The template node for a concrete or templated path; literal segments preferred."""
        segs = _segments(path)

        def walk(node: _Node, i: int) -> _Node | None:
            if i == len(segs):
                return node if node.path is not None else None
            seg = segs[i]
            child = node.literal.get(seg)
            if child is not None:
                found = walk(child, i + 1)
                if found is not None:
                    return found
            if node.param is not None:
                return walk(node.param, i + 1)
            return None

        return walk(self.root, 0)


@dataclass
class _Unit:
    """A response: a table fragment, an example fragment, or both (paired by keys)."""

    table: Fragment | None
    example: Fragment | None
    pairing: str = ""

    @property
    def fragments(self) -> list[Fragment]:
        return [f for f in (self.table, self.example) if f is not None]

    @property
    def label(self) -> str:
        return " + ".join(f.label for f in self.fragments)


@dataclass(frozen=True)
class Claim:
    """One piece of evidence that a fragment belongs to an operation."""

    strength: int
    evidence: str


@dataclass
class Stitched:
    """Operations, every structure (used, orphan, inferred) and what each snippet became."""

    operations: list[Operation]
    structures: list[Structure]
    fates: dict[int, str]  # snippet index -> "METHOD /path" it joined, or "orphan: reason"
    orphans: dict[int, str]  # snippet index -> reason


def _success_value(fragment: Fragment) -> JsonValue:
    status = fragment.success_status()
    for example in fragment.examples:
        if example.parsed and example.status == status:
            return example.value
    return None


def _keys(value: JsonValue) -> list[str]:
    return [str(k) for k in value] if isinstance(value, dict) else []


class Stitcher:
    """Joins the fragments of one dump into operations."""

    def __init__(self, fragments: list[Fragment], collector: Collector) -> None:
        self.fragments = fragments
        self.collector = collector
        self.ops: dict[tuple[str, str], _Op] = {}
        self.trie = PathIndex()
        self.claimed: dict[int, _Op] = {}
        self.reasons: dict[int, str] = {}
        self.structures: dict[str, Structure] = {}
        for fragment in fragments:
            for structure in fragment.structures:
                self.structures[structure.key] = structure
        self.request_examples: list[tuple[Example, _Op, Fragment]] = []
        # Each fragment's success status and body, asked for again and again by the passes.
        self.status_of = {fragment.index: fragment.success_status() for fragment in fragments}
        self._values: dict[int, JsonValue] = {}

    def _value(self, fragment: Fragment) -> JsonValue:
        """``_success_value(fragment)``, worked out once per fragment."""
        if fragment.index not in self._values:
            self._values[fragment.index] = _success_value(fragment)
        return self._values[fragment.index]

    # -- operations from URI snippets and request examples -------------------------------
    def _op(self, method: Method, path: str, source: Source) -> _Op:
        key = (method, path)
        if key not in self.ops:
            self.ops[key] = _Op(method, path, source)
            self.trie.add(self.ops[key])
        return self.ops[key]

    def uris(self) -> None:
        for fragment in self.fragments:
            if fragment.role != "uri":
                continue
            if fragment.path is None or fragment.method not in _METHODS:
                self.reasons[fragment.index] = "URI section without a method and path"
                continue
            op = self._op(_METHODS[fragment.method], fragment.path, fragment.source)
            op.take(fragment)
            self.claimed[fragment.index] = op
            op.evidence.append(f"{fragment.label}: URI section {op.label}")
            for param in fragment.parameters:
                op.parameters.setdefault((param.location or "query", param.name), param)
            for name in fragment.query_in_path:
                if ("query", name) not in op.parameters:
                    op.parameters[("query", name)] = Field(
                        name, _STRING, location="query", source=fragment.source
                    )

    def _template_for(self, url_path: str) -> tuple[str, list[tuple[str, str]], bool]:
        """Template path for a concrete path, the (param, concrete value) pairs, and matched."""
        node = self.trie.match(url_path)
        concrete = _segments(url_path)
        if node is not None and node.path is not None:
            template = _segments(node.path)
            bound = [
                (_PLACEHOLDER.fullmatch(t).group(1), c)  # type: ignore[union-attr]
                for t, c in zip(template, concrete, strict=True)
                if _PLACEHOLDER.fullmatch(t) and not _PLACEHOLDER.fullmatch(c)
            ]
            return node.path, bound, True
        out: list[str] = []
        bound = []
        taken = set(_PLACEHOLDER.findall(url_path))
        for i, seg in enumerate(concrete):
            if looks_like_id(seg):
                previous = _norm(concrete[i - 1]) if i else ""
                base = f"{singular(previous)}_id" if previous and "{" not in previous else "id"
                name = base
                n = 2
                while name in taken:
                    name = f"{base}{n}"
                    n += 1
                taken.add(name)
                out.append("{" + name + "}")
                bound.append((name, seg))
            else:
                out.append(seg)
        return "/" + "/".join(out), bound, False

    def request_examples_pass(self) -> None:
        for fragment in self.fragments:
            if fragment.role != "request_example":
                continue
            first_op: _Op | None = None
            waiting: list[Example] = []
            for example in fragment.examples:
                if not example.url:
                    waiting.append(example)
                    continue
                op = self._request_example_op(example, fragment)
                first_op = first_op or op
                op.examples.append(example)
                self.request_examples.append((example, op, fragment))
            if first_op is None:
                if fragment.examples:
                    self.reasons[fragment.index] = (
                        "request example without a URL: nothing ties it to an operation"
                    )
                else:
                    self.reasons[fragment.index] = "request example section without an example"
                continue
            for example in waiting:
                first_op.examples.append(example)
                self.request_examples.append((example, first_op, fragment))
            self.claimed[fragment.index] = first_op

    def _request_example_op(self, example: Example, fragment: Fragment) -> _Op:
        url_path, query = url_to_path(example.url or "")
        template, bound, matched = self._template_for(url_path)
        node = self.trie.match(template) if matched else None
        method = example.method
        note = ""
        if method is None:
            after_url = example.text.split(example.url or "", 1)[-1].strip()
            method, note = _infer_method(
                example.value is not None or bool(after_url),
                sorted(node.ops) if node is not None else [],
            )
            self.collector.info(
                "method-inferred", example.source, f"request example {example.url}{note[1:]}"
            )
        op = self._op(_METHODS.get(method, "get"), template, fragment.source)
        op.take(fragment)
        if matched:
            how = f"matches the URI template {template}"
        else:
            how = f"gives the path {template} (no URI section of the dump has it)"
        if bound:
            how += "; " + ", ".join(f"{{{name}}} = {value}" for name, value in bound)
        line = f"{fragment.label}: request example {example.url} {how}{note}"
        if line not in op.evidence:
            op.evidence.append(line)
        op.ids += [(value, fragment.label, example.value) for _, value in bound]
        for name in query:
            op.parameters.setdefault(
                ("query", name),
                Field(
                    name,
                    _STRING,
                    location="query",
                    source=fragment.source,
                    description="from the query string of a request example",
                ),
            )
        return op

    # -- request tables -------------------------------------------------------------------
    def request_tables(self) -> None:
        index: dict[str, list[int]] = defaultdict(list)
        for n, (example, _, _) in enumerate(self.request_examples):
            for key in _keys(example.value):
                index[key].append(n)
        for fragment in self.fragments:
            if fragment.role != "request":
                continue
            body = self.structures.get(fragment.body or "")
            if body is None:
                self.reasons[fragment.index] = "request parameters without a body table"
                continue
            names = {f.name for f in body.fields}
            scores: dict[int, int] = {}
            for name in names:
                postings = index.get(name, [])
                if len(postings) > _POSTING_CAP:
                    continue
                for n in postings:
                    keys = _keys(self.request_examples[n][0].value)
                    if keys and set(keys) <= names:
                        scores[n] = len(keys)
            best = max(scores.values(), default=0)
            winners = {id(self.request_examples[n][1]): n for n, s in scores.items() if s == best}
            if best == 0:
                self.reasons[fragment.index] = (
                    "request body table whose page URI and request example are not in the dump "
                    "(no request example has only keys of this table)"
                )
                continue
            if len(winners) > 1:
                self.reasons[fragment.index] = (
                    "request body table matching the examples of several operations equally"
                )
                continue
            example, op, other = self.request_examples[next(iter(winners.values()))]
            if op.request_body is not None:
                self.reasons[fragment.index] = f"{op.label} already has a request body table"
                continue
            op.request_body = body.key
            op.take(fragment)
            self.claimed[fragment.index] = op
            op.evidence.append(
                f"{fragment.label}: request body table has every key of the request example of "
                f"{other.label} ({', '.join(_keys(example.value))})"
            )
            for param in fragment.parameters:
                op.parameters.setdefault((param.location or "header", param.name), param)

    # -- responses ------------------------------------------------------------------------
    def _pair(self) -> list[_Unit]:
        tables = [f for f in self.fragments if f.role == "response"]
        examples = [f for f in self.fragments if f.role == "response_example"]
        fields: list[set[str]] = []
        index: dict[str, list[int]] = defaultdict(list)
        statuses = [self.status_of[table.index] for table in tables]
        for n, table in enumerate(tables):
            status = statuses[n]
            body = self.structures.get(table.responses.get(status or "", ("", None))[1] or "")
            names = {f.name for f in body.fields} if body is not None else set()
            fields.append(names)
            for name in names:
                index[name].append(n)
        best_for_table: dict[int, tuple[int, int]] = {}  # table -> (score, example)
        tied: set[int] = set()
        for m, example in enumerate(examples):
            keys = _keys(self._value(example))
            status = self.status_of[example.index]
            if not keys:
                continue
            scores: dict[int, int] = {}
            for key in keys:
                postings = index.get(key, [])
                if len(postings) > _POSTING_CAP:
                    continue
                for n in postings:
                    if n in scores or statuses[n] != status:
                        continue
                    if set(keys) <= fields[n]:
                        scores[n] = self._pair_score(tables[n], self._value(example))
            if not scores:
                continue
            best = max(scores.values())
            top = [n for n, s in scores.items() if s == best]
            if len(top) > 1:
                continue
            n = top[0]
            if n in best_for_table and best_for_table[n][0] == best:
                tied.add(n)
            if n not in best_for_table or best_for_table[n][0] < best:
                best_for_table[n] = (best, m)
                tied.discard(n)
        units: list[_Unit] = []
        paired_examples: set[int] = set()
        for n, table in enumerate(tables):
            if n in best_for_table and n not in tied:
                _, m = best_for_table[n]
                paired_examples.add(m)
                keys = _keys(self._value(examples[m]))
                units.append(
                    _Unit(
                        table,
                        examples[m],
                        f"{examples[m].label}: response example joined to the response table of "
                        f"{table.label}: every key ({', '.join(keys)}) is a documented field",
                    )
                )
            else:
                units.append(_Unit(table, None))
        units += [_Unit(None, e) for m, e in enumerate(examples) if m not in paired_examples]
        return units

    def _pair_score(self, table: Fragment, value: JsonValue) -> int:
        """Keys of the example found in the table, one level into linked sub-tables too."""
        status = self.status_of[table.index] or ""
        body = self.structures.get(table.responses.get(status, ("", None))[1] or "")
        if body is None or not isinstance(value, dict):
            return 0
        score = len(value)
        by_name = {f.name: f for f in body.fields}
        for key, inner in value.items():
            f = by_name.get(str(key))
            sample = inner[0] if isinstance(inner, list) and inner else inner
            ref = _ref_of(f.type) if f is not None else None
            sub = self.structures.get(ref or "")
            if sub is None or not isinstance(sample, dict):
                continue
            names = {g.name for g in sub.fields}
            score += sum(1 if str(k) in names else -1 for k in sample)
        return score

    def _collection_index(
        self,
    ) -> tuple[dict[str, list[_Op]], dict[str, list[_Op]], dict[str, list[_Op]]]:
        exact: dict[str, list[_Op]] = defaultdict(list)
        token: dict[str, list[_Op]] = defaultdict(list)
        id_key: dict[str, list[_Op]] = defaultdict(list)
        for op in self.ops.values():
            segs = _segments(op.path)
            if op.method != "get" or not segs or _PLACEHOLDER.fullmatch(segs[-1]):
                continue
            last = _norm(segs[-1])
            exact[last].append(op)
            tail = last.rsplit("_", 1)[-1]
            if tail != last:
                token[tail].append(op)
            id_key[f"{singular(last)}_id"].append(op)
        return exact, token, id_key

    def _claims(self, units: list[_Unit]) -> dict[int, list[tuple[Claim, _Op]]]:
        claims: dict[int, list[tuple[Claim, _Op]]] = defaultdict(list)
        # (a) a concrete ID of a request URL appears in a response example
        id_index: dict[str, list[int]] = defaultdict(list)
        for u, unit in enumerate(units):
            value = self._value(unit.example) if unit.example is not None else None
            if isinstance(value, dict):
                for inner in value.values():
                    if isinstance(inner, str) and looks_like_id(inner):
                        holders = id_index[inner]
                        if len(holders) < 2 and u not in holders:
                            holders.append(u)  # two holders already make it ambiguous
        for op in self.ops.values():
            for value, where, body in op.ids:
                found = id_index.get(value, [])
                if len(found) != 1:
                    continue
                u = found[0]
                ex = units[u].example
                assert ex is not None
                response = self._value(ex)
                shared = [
                    k
                    for k, v in (body.items() if isinstance(body, dict) else ())
                    if isinstance(response, dict) and response.get(k) == v
                ]
                evidence = (
                    f"{ex.label}: response example carries {value}, the ID the request example "
                    f"of {where} puts in the URL of {op.label}"
                )
                if shared:
                    evidence += f", and echoes its body ({', '.join(shared)})"
                claims[u].append((Claim(4 if shared else 3, evidence), op))
        exact, token, id_key = self._collection_index()
        for u, unit in enumerate(units):
            for name, what, item_name in self._arrays(unit):
                for op in _few(exact.get(_norm(name), [])):
                    claims[u].append(
                        (
                            Claim(
                                3, f"{unit.label}: {what} {name!r} names the collection {op.path}"
                            ),
                            op,
                        )
                    )
                for op in _few(token.get(_norm(name), [])):
                    claims[u].append(
                        (
                            Claim(
                                2,
                                f"{unit.label}: {what} {name!r} is the last word "
                                f"of the collection {op.path}",
                            ),
                            op,
                        )
                    )
                if item_name:
                    for op in _few(exact.get(_norm(plural(item_name)), [])):
                        claims[u].append(
                            (
                                Claim(
                                    2,
                                    f"{unit.label}: items of {what} {name!r} are "
                                    f"{item_name} objects, the collection "
                                    f"{op.path}",
                                ),
                                op,
                            )
                        )
                if unit.table is None and unit.example is not None:
                    for key in self._item_keys(unit.example, name):
                        for op in _few(id_key.get(_norm(key), [])):
                            claims[u].append(
                                (
                                    Claim(
                                        1,
                                        f"{unit.label}: items of {name!r} carry "
                                        f"{key!r}, the ID of the collection "
                                        f"{op.path}",
                                    ),
                                    op,
                                )
                            )
        return claims

    def _arrays(self, unit: _Unit) -> Iterable[tuple[str, str, str | None]]:
        """(name, what, item object name) of the top-level arrays of a response."""
        if unit.table is not None:
            status = self.status_of[unit.table.index] or ""
            body = self.structures.get(unit.table.responses.get(status, ("", None))[1] or "")
            for f in body.fields if body is not None else ():
                if f.type.kind == "array":
                    item = f.type.items.name if f.type.items is not None else None
                    yield f.name, "array field", item
            return
        if unit.example is not None:
            value = self._value(unit.example)
            if isinstance(value, dict):
                for key, inner in value.items():
                    if isinstance(inner, list):
                        yield str(key), "example array", None

    def _item_keys(self, example: Fragment, name: str) -> list[str]:
        value = self._value(example)
        items = value.get(name) if isinstance(value, dict) else None
        first = items[0] if isinstance(items, list) and items else None
        return [k for k in _keys(first) if k.endswith("_id")]

    def responses(self) -> list[_Unit]:
        units = self._pair()
        claims = self._claims(units)
        chosen: dict[int, tuple[Claim, _Op]] = {}
        for u, unit in enumerate(units):
            found = claims.get(u, [])
            if not found:
                if unit.table is not None and unit.example is not None:
                    reason = (
                        f"response table and example paired by keys ({unit.label}), but their "
                        "page URI is not in the dump: no URI, request example or collection path "
                        "matches them"
                    )
                    for f in unit.fragments:
                        self.reasons[f.index] = reason
                continue
            best = max(claim.strength for claim, _ in found)
            ops = {id(op): (claim, op) for claim, op in found if claim.strength == best}
            if len(ops) > 1:
                names = ", ".join(sorted(op.label for _, op in ops.values()))
                for f in unit.fragments:
                    self.reasons[f.index] = f"response evidence points equally to {names}"
                continue
            chosen[u] = next(iter(ops.values()))
        by_target: dict[tuple[int, str], list[int]] = defaultdict(list)
        for u, (_, op) in chosen.items():
            status = next((self.status_of[f.index] for f in units[u].fragments), None) or "200"
            by_target[(id(op), status)].append(u)
        for contenders in by_target.values():
            best = max(chosen[u][0].strength for u in contenders)
            top = [u for u in contenders if chosen[u][0].strength == best]
            for u in contenders:
                claim, op = chosen[u]
                if len(top) > 1 or u not in top:
                    rivals = ", ".join(units[v].label for v in contenders if v != u)
                    for f in units[u].fragments:
                        self.reasons[f.index] = (
                            f"competes with {rivals} for the response of {op.label}"
                        )
                    continue
                self._attach(units[u], op, claim)
        return units

    def _attach(self, unit: _Unit, op: _Op, claim: Claim) -> None:
        op.evidence.append(claim.evidence)
        if unit.pairing:
            op.evidence.append(unit.pairing)
        for fragment in unit.fragments:
            op.take(fragment)
            self.claimed[fragment.index] = op
        if unit.table is not None:
            for status, (description, body) in unit.table.responses.items():
                op.responses.setdefault(
                    status, Response(status, description, body, unit.table.source)
                )
        if unit.example is not None:
            for example in unit.example.examples:
                op.examples.append(example)
                status = example.status or "200"
                known = op.responses.get(status)
                if known is not None and not known.description and example.title:
                    op.responses[status] = _response(known, example.title, known.body)
                if status not in op.responses:
                    op.responses[status] = Response(
                        status, example.title, None, unit.example.source
                    )

    # -- assembly -------------------------------------------------------------------------
    def _infer(self, op: _Op, kind: str, status: str | None, api: str) -> str | None:
        examples = [
            e
            for e in op.examples
            if e.kind == kind
            and e.parsed
            and isinstance(e.value, dict | list)
            and (kind == "request" or (e.status or "200") == status)
        ]
        if not examples:
            return None
        suffix = "RequestBody" if kind == "request" else f"Response{status}"
        where = "request" if status is None else f"response{status}"
        key = f"{op.source.file}#{op.method.upper()} {op.path}/{where}"
        expr, structures, problems = infer_body(
            [e.value for e in examples], key, api + suffix, examples[0].source
        )
        for problem in problems:
            self.collector.warning("example-type-conflict", examples[0].source, problem)
        for structure in structures:
            self.structures[structure.key] = structure
        if expr.ref is None:
            self.structures[key] = Structure(
                key, api + suffix, (), examples[0].source, "inferred from examples", expr
            )
        op.evidence.append(
            f"{kind} body schema{'' if status is None else ' of ' + status} inferred from "
            f"{len(examples)} example(s): no table of the dump describes it"
        )
        return key if expr.ref is None else expr.ref

    def operation(self, op: _Op) -> Operation:
        api = name_from_path(op.method, op.path)
        if op.request_body is None:
            op.request_body = self._infer(op, "request", None, api)
        elif op.request_body in self.structures:
            self._rename(op.request_body, api + "RequestBody")
        responses: list[Response] = []
        for status in sorted(op.responses):
            response = op.responses[status]
            if response.body is None:
                body = self._infer(op, "response", status, api)
                response = _response(response, response.description, body)
            elif response.body in self.structures:
                error = not status.startswith(("1", "2", "3"))
                self._rename(response.body, "Error" if error else api + "ResponseBody")
            responses.append(response)
        for name in _PLACEHOLDER.findall(op.path):
            if ("path", name) not in op.parameters:
                op.parameters[("path", name)] = Field(
                    name,
                    _STRING,
                    required=True,
                    location="path",
                    source=op.source,
                    description="path placeholder (not in a parameter table of the dump)",
                )
        return Operation(
            method=op.method,
            path=op.path,
            source=op.source,
            parameters=tuple(op.parameters.values()),
            request_body=op.request_body,
            responses=tuple(responses),
            examples=tuple(op.examples),
            evidence=tuple(op.evidence),
        )

    def _name_orphans(self, claimed: set[int]) -> None:
        """Names for the body tables of orphan fragments, from what they hold."""
        for fragment in self.fragments:
            if fragment.index in claimed:
                continue
            bodies = [body for _, body in fragment.responses.values() if body is not None]
            bodies += [fragment.body] if fragment.body is not None else []
            for key in bodies:
                structure = self.structures.get(key)
                if structure is None:
                    continue
                names = {f.name for f in structure.fields}
                items = [
                    f.type.items.name
                    for f in structure.fields
                    if f.type.kind == "array" and f.type.items is not None and f.type.items.name
                ]
                if names and names <= {"error_code", "error_msg"}:
                    self._rename(key, "Error")
                elif len(items) == 1:
                    self._rename(key, f"{items[0]}ListResponse")
                else:
                    self._rename(key, f"Snippet{fragment.index}{structure.name}")

    def _rename(self, key: str, name: str) -> None:
        self.structures[key] = _renamed(self.structures[key], name)

    def run(self) -> Stitched:
        """All passes, in order."""
        self.uris()
        self.request_examples_pass()
        self.request_tables()
        self.responses()
        operations = [self.operation(op) for op in self.ops.values()]
        self._name_orphans(set(self.claimed))
        fates: dict[int, str] = {}
        orphans: dict[int, str] = {}
        for fragment in self.fragments:
            op = self.claimed.get(fragment.index)
            if op is not None:
                fates[fragment.index] = op.label
                continue
            reason = self.reasons.get(fragment.index) or _orphan_reason(fragment)
            orphans[fragment.index] = reason
            fates[fragment.index] = f"orphan: {reason}"
        return Stitched(operations, list(self.structures.values()), fates, orphans)


def _infer_method(has_body: bool, candidates: list[str]) -> tuple[str, str]:
    """Method of a request example that writes none, and the evidence (``; ...``).

    With a body: the one write method the URI template has, else POST. Without: GET when the
    template has it or nothing is known, else the template's only method.
    """
    writes = [m for m in candidates if m in ("post", "put", "patch")]
    if has_body:
        if len(writes) == 1:
            return writes[0], f"; method {writes[0].upper()}: the example has a body and the URI "
            "template's only write method is that"
        if writes:
            method = "post" if "post" in writes else writes[0]
            return method, f"; method {method.upper()} chosen among {', '.join(writes)} (body)"
        return "post", "; method inferred: the example has a body -> POST"
    if not candidates or "get" in candidates:
        return "get", "; method inferred: no body -> GET"
    if len(candidates) == 1:
        return candidates[0], f"; method {candidates[0].upper()} from the URI template"
    method = "delete" if "delete" in candidates else candidates[0]
    return method, f"; method {method.upper()} chosen among {', '.join(candidates)} (no body)"


def _few(ops: list[_Op]) -> list[_Op]:
    """The operations of one index entry, or none when so many share it that it is no evidence
    (they would tie anyway); keeps every lookup O(1)."""
    return ops if len(ops) <= _POSTING_CAP else []


def _ref_of(expr: TypeExpr) -> str | None:
    node: TypeExpr | None = expr
    while node is not None:
        if node.ref:
            return node.ref
        node = node.items if node.items is not None else node.values
    return None


def _orphan_reason(fragment: Fragment) -> str:
    if fragment.role == "response":
        statuses = ", ".join(fragment.responses) or "no status"
        if fragment.success_status() is None:
            return (
                f"response tables for {statuses} only (no success body): nothing ties them to a "
                "URI or example in the dump"
            )
        return (
            f"response table ({statuses}) whose page URI is not in the dump: no URI, request "
            "example or collection path matches its fields"
        )
    if fragment.role == "response_example":
        return (
            "response example whose page URI is not in the dump: no response table, URI or "
            "request example matches its keys"
        )
    return f"{fragment.role} snippet that no operation claims"


def stitch(fragments: list[Fragment], collector: Collector) -> Stitched:
    """Join the fragments of one dump into operations; see the module docstring."""
    return Stitcher(fragments, collector).run()
