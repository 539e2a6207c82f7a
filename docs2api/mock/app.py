"""The mock server: a Starlette app that answers every operation of a spec from the spec alone."""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from docs2api.mock import auth
from docs2api.mock.data import Generator
from docs2api.mock.errors import (
    error_body,
    pick_auth_status,
    pick_error_status,
    service_prefix,
    with_error_responses,
)
from docs2api.mock.prefer import Preference, parse_prefer
from docs2api.mock.respond import Reply, ResponsePlan
from docs2api.mock.routes import Operation, Router, operations
from docs2api.mock.schema import JSON, SchemaSet
from docs2api.mock.stateful import (
    COUNT_NAMES,
    Store,
    declared,
    flatten,
    id_location,
    infer_collections,
    list_items_location,
    overlay,
    paginate,
    put_at,
    resource_node,
)
from docs2api.mock.stateful import Collection as ResourceCollection
from docs2api.mock.validate import Problem, RequestValidator, ValidatedRequest

log = logging.getLogger("docs2api.mock")

Handler = Callable[[ValidatedRequest], Awaitable["tuple[int, JSON] | None"]]
"""A real implementation of one operation: (status, JSON body), or None to let the mock answer."""


class _TooLarge(Exception):
    pass


class MockApi:
    """Everything precompiled at start-up: routes, validators, response plans, collections."""

    def __init__(
        self,
        spec: dict[str, Any],
        *,
        seed: int = 0,
        stateful: bool = False,
        max_body_bytes: int = 1_048_576,
        verify_keys: dict[str, str] | None = None,
        tokens: Collection[str] | None = None,
        dynamic: bool = False,
        handlers: Mapping[str, Handler] | None = None,
        document_errors: bool = True,
    ) -> None:
        if document_errors:
            spec = with_error_responses(spec)
        self.spec = spec
        self.seed = seed
        self.stateful = stateful
        self.dynamic = dynamic
        self.max_body_bytes = max_body_bytes
        self.credentials = auth.Credentials(tokens=tokens, keys=verify_keys)
        self.handlers = dict(handlers or {})
        self.prefix = service_prefix(spec)
        self.spec_bytes = json.dumps(spec, ensure_ascii=False).encode()
        request_schemas = SchemaSet(spec, "request")
        response_schemas = SchemaSet(spec, "response")
        self.response_schemas = response_schemas
        self.generator = Generator(response_schemas)
        self.ops = operations(spec)
        self.router = Router(self.ops)
        self.schemes = auth.schemes(spec)
        self.validators = {id(op): RequestValidator(spec, op, request_schemas) for op in self.ops}
        self.plans = {
            id(op): ResponsePlan(spec, op, response_schemas, self.generator) for op in self.ops
        }
        self.security = {id(op): auth.requirements(spec, op.definition) for op in self.ops}
        self._counter = itertools.count(1)
        self.collections: dict[int, tuple[ResourceCollection, str]] = {}
        self.store = Store(response_schemas, self.generator, seed)
        # Stateless mode still remembers deletions, so a deleted item reads as 404 until
        # it is created again (what clients and schemathesis' use-after-free check expect).
        self.tombstones: set[tuple[str, tuple[tuple[str, str], ...], str]] = set()
        self._index_collections()

    def _index_collections(self) -> None:
        found = infer_collections(self.ops)
        for collection in found:
            if self.stateful:
                log.info("stateful collection: %s", collection.describe())
            roles: list[tuple[Operation | None, str]] = [
                (collection.create, "create"),
                (collection.create_by_put, "create_by_put"),
                (collection.list_op, "list"),
                (collection.get, "get"),
                (collection.delete, "delete"),
            ]
            roles += [
                (op, "update") for op in collection.update if op is not collection.create_by_put
            ]
            for op, role in roles:
                if op is not None and id(op) not in self.collections:
                    self.collections[id(op)] = (collection, role)
        if self.stateful:
            log.info("stateful mode: %d collection(s) inferred", len(found))

    # ----------------------------------------------------------------- dispatch

    async def handle(self, request: Request) -> Response:
        """Answer one request; any unexpected failure becomes a documented client error."""
        op: Operation | None = None
        try:
            if request.url.path == "/openapi.json" and request.method == "GET":
                return Response(self.spec_bytes, media_type="application/json")
            match = self.router.match(
                request.scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0]
                or request.url.path,
                request.method,
            )
            if match is None:
                return self._plain_error(404, f"no operation at {request.url.path}")
            if match.operation is None:
                allowed = ", ".join(match.allowed)
                if request.method == "OPTIONS":
                    # Templates that differ only in parameter names (invalid in OpenAPI, but
                    # scraped specs have them) each declare their own methods: no one Allow
                    # value is right for all of them, so none is sent.
                    headers = {} if match.ambiguous else {"Allow": allowed}
                    return Response(status_code=204, headers=headers)
                return self._plain_error(
                    405,
                    f"method {request.method} is not allowed here; allowed: {allowed}",
                    {"Allow": allowed},
                )
            op = match.operation
            return await self._operation(request, op, match.path_params)
        except Exception:  # the mock never answers 500: log and send a documented error
            log.exception("mock failure on %s %s", request.method, request.url.path)
            if op is None:
                return self._plain_error(400, "the request could not be handled")
            return self._send(self._error(op, 400, "the request could not be handled"))

    async def _operation(
        self, request: Request, op: Operation, path_params: dict[str, str]
    ) -> Response:
        try:
            body = await self._read_body(request)
        except _TooLarge:
            return self._send(
                self._error(op, 413, f"request body exceeds {self.max_body_bytes} bytes")
            )
        except ClientDisconnect:
            return self._send(self._error(op, 400, "the client disconnected"))
        headers = {k.lower(): v for k, v in request.headers.items()}
        raw_query = request.scope.get("query_string", b"").decode("latin-1")
        alternatives = self.security[id(op)]
        if alternatives is not None:
            signed = auth.SignedRequest(
                method=request.method,
                raw_path=request.scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0]
                or request.url.path,
                query=parse_qsl(raw_query, keep_blank_values=True),
                headers=headers,
                body=body,
                cookies=dict(request.cookies),
            )
            if not auth.authorized(alternatives, self.schemes, signed, self.credentials):
                return self._send(
                    self._error(
                        op,
                        pick_auth_status(self.plans[id(op)].statuses()),
                        "authentication required: send X-Auth-Token or a valid "
                        "'Authorization: SDK-HMAC-SHA256 ...' signature",
                    )
                )
        result = self.validators[id(op)].validate(
            path_params, raw_query, headers, headers.get("content-type"), body
        )
        if isinstance(result, Problem):
            return self._send(self._error(op, result.status, result.message))
        preference = parse_prefer(request.headers.getlist("prefer"))
        handler = self.handlers.get(op.operation_id)
        if handler is not None:
            answered = await handler(result)
            if answered is not None:
                return self._send(self._handled(op, *answered))
        return self._send(self._mock(op, result, preference))

    async def _read_body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise _TooLarge
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    # ----------------------------------------------------------------- replies

    def _mock(self, op: Operation, request: ValidatedRequest, preference: Preference) -> Reply:
        plan = self.plans[id(op)]
        dynamic = self.dynamic if preference.dynamic is None else preference.dynamic
        counter = next(self._counter) if dynamic else 0
        warnings: list[str] = []
        status = plan.success_status()
        if preference.code is not None:
            if plan.documents(preference.code):
                status = preference.code
            else:
                warnings.append(f"status {preference.code} is not documented; ignored")
        if preference.example is not None and preference.example not in plan.example_names(status):
            warnings.append(f"no example named '{preference.example}' for {status}; ignored")
        role = self.collections.get(id(op))
        reply: Reply | None = None
        if role is not None and preference.code is None:
            if self.stateful:
                reply = self._stateful(op, role[0], role[1], request, status)
            else:
                reply = self._tombstone(op, role[0], role[1], request)
        if reply is None:
            reply = plan.reply(
                status, seed=self.seed, example=preference.example, dynamic=dynamic, counter=counter
            )
        if reply is None:
            reply = self._fallback(op, status)
        if warnings:
            reply.headers["X-Mock-Warning"] = "; ".join(warnings)
        return reply

    def _fallback(self, op: Operation, failed: int) -> Reply:
        """Another documented status when no valid body exists for the wanted one."""
        plan = self.plans[id(op)]
        for key in plan.statuses():
            if key.isdigit() and int(key) != failed and int(key) < 500:
                reply = plan.reply(int(key), seed=self.seed)
                if reply is not None:
                    return reply
        return Reply(failed)

    def _error(self, op: Operation, wanted: int, message: str) -> Reply:
        plan = self.plans[id(op)]
        status = wanted if wanted in (401, 403) else pick_error_status(wanted, plan.statuses())
        body = error_body(self.prefix, status, message)
        if not plan.documents(status):
            return Reply(status, body, True, "application/json")
        reply = plan.reply(status, seed=self.seed, body=body, use_body=True)
        if reply is None:
            return Reply(status, body, True, "application/json")
        return reply

    def _handled(self, op: Operation, status: int, body: JSON) -> Reply:
        plan = self.plans[id(op)]
        described = plan.body_schema(status)
        if described is not None and not described[1].is_valid(body):
            log.warning("%s: handler reply for %s does not match the spec", op.operation_id, status)
        if body is None:
            return Reply(status)
        return Reply(status, body, True, "application/json")

    def _plain_error(
        self, status: int, message: str, headers: dict[str, str] | None = None
    ) -> Response:
        return Response(
            json.dumps(error_body(self.prefix, status, message)).encode(),
            status_code=status,
            headers=headers,
            media_type="application/json",
        )

    @staticmethod
    def _send(reply: Reply) -> Response:
        content = reply.encoded()
        if reply.status in (204, 304) or (reply.status < 200):
            return Response(status_code=reply.status, headers=reply.headers)
        if not reply.has_body:
            return Response(status_code=reply.status, headers=reply.headers)
        return Response(
            content, status_code=reply.status, headers=reply.headers, media_type=reply.media_type
        )

    # ----------------------------------------------------------------- stateful

    def _stateful(
        self,
        op: Operation,
        collection: ResourceCollection,
        role: str,
        request: ValidatedRequest,
        status: int,
    ) -> Reply | None:
        bucket = self.store.bucket(collection, request.path)
        resource_id = request.path.get(collection.id_param)
        key = str(resource_id) if resource_id is not None else None
        if role == "create" or (role == "create_by_put" and key not in bucket):
            return self._create(op, collection, request, status, key)
        if role == "list":
            return self._list(op, collection, request, status, bucket)
        if key is None or key not in bucket:
            return self._error(op, 404, f"{collection.id_param} '{key}' does not exist")
        if role == "delete":
            del bucket[key]
            return None  # the documented delete reply
        if role in ("update", "create_by_put"):
            bucket[key].update(flatten(request.body))
            bucket[key][collection.id_param] = key
        return self._resource_reply(op, status, bucket[key], collection, key)

    def _tombstone(
        self, op: Operation, collection: ResourceCollection, role: str, request: ValidatedRequest
    ) -> Reply | None:
        parents = tuple(
            sorted((k, str(v)) for k, v in request.path.items() if k != collection.id_param)
        )
        key = request.path.get(collection.id_param)
        if role == "create":
            self.tombstones = {t for t in self.tombstones if t[:2] != (collection.path, parents)}
            return None
        if key is None:
            return None
        tomb = (collection.path, parents, str(key))
        if role == "create_by_put":
            self.tombstones.discard(tomb)
            return None
        if tomb in self.tombstones:
            return self._error(op, 404, f"{collection.id_param} '{key}' was deleted")
        if role == "delete":
            self.tombstones.add(tomb)
        return None

    def _create(
        self,
        op: Operation,
        collection: ResourceCollection,
        request: ValidatedRequest,
        status: int,
        key: str | None,
    ) -> Reply | None:
        id_schema = self._id_schema(collection)
        fields = flatten(request.body)
        new_key = key or _client_chosen_id(request.body, collection.id_param)
        if new_key is None or new_key in self.store.bucket(collection, request.path):
            new_key = self.store.new_id(collection, id_schema)
        fields[collection.id_param] = new_key
        carrier = _client_id_field(request.body, collection.id_param)
        if carrier is not None:
            fields[carrier] = new_key  # the id kept, not an unusable or taken one the client sent
        reply = self._resource_reply(op, status, fields, collection, new_key)
        # Store the full representation GET will show, so reads and lists agree.
        shown_by = collection.get or op
        shown_status = self.plans[id(shown_by)].success_status() if collection.get else status
        shown = self._resource_reply(shown_by, shown_status, fields, collection, new_key)
        if shown is not None and isinstance(shown.body, dict):
            schema = self._schema_of(shown_by, shown_status)
            node = resource_node(self.response_schemas, schema, fields)
            stored = dict(_node(shown.body, node))
            stored.update(fields)
            fields = stored
        bucket = self.store.bucket(collection, request.path)
        bucket[new_key] = fields
        return reply

    def _id_schema(self, collection: ResourceCollection) -> JSON:
        for op in (collection.get, collection.delete, *collection.update):
            if op is None:
                continue
            for param in op.parameters:
                if param.get("in") == "path" and param.get("name") == collection.id_param:
                    return self.response_schemas.convert(param.get("schema", {}))
        return {"type": "string"}

    def _schema_of(self, op: Operation, status: int) -> JSON:
        described = self.plans[id(op)].body_schema(status)
        return described[0] if described else {}

    def _resource_reply(
        self,
        op: Operation,
        status: int,
        fields: dict[str, JSON],
        collection: ResourceCollection,
        key: str,
    ) -> Reply | None:
        plan = self.plans[id(op)]
        base = plan.reply(status, seed=self.seed)
        described = plan.body_schema(status)
        if base is None or described is None or not isinstance(base.body, dict):
            return base
        schema, validator = described
        body = json.loads(json.dumps(base.body))
        where = id_location(self.response_schemas, schema, collection.id_param)
        if where is not None:
            candidate = json.loads(json.dumps(body))
            put_at(candidate, where, key)
            if validator.is_valid(candidate):
                body = candidate
        node = resource_node(self.response_schemas, schema, fields)
        names = declared(self.response_schemas, schema, node)
        body = overlay(body, {k: v for k, v in fields.items() if k in names}, validator, node)
        return plan.reply(status, seed=self.seed, body=body, use_body=True)

    def _list(
        self,
        op: Operation,
        collection: ResourceCollection,
        request: ValidatedRequest,
        status: int,
        bucket: dict[str, dict[str, JSON]],
    ) -> Reply | None:
        plan = self.plans[id(op)]
        base = plan.reply(status, seed=self.seed)
        described = plan.body_schema(status)
        if base is None or described is None or not isinstance(base.body, dict):
            return base
        schema, validator = described
        pagination = op.definition.get("x-pagination")
        pagination = pagination if isinstance(pagination, Mapping) else None
        hint = pagination.get("items") if pagination else None
        located = list_items_location(self.response_schemas, schema, str(hint) if hint else None)
        if located is None:
            return base
        items_name, item_schema = located
        item_validator = self.store.validator_for(item_schema)
        page, next_marker = paginate(list(bucket.items()), request.query, pagination)
        items: list[JSON] = []
        for index, (key, fields) in enumerate(page):
            ok, item = self.generator.valid(
                item_schema, item_validator, self.seed, op.operation_id, "item", index
            )
            if not ok or not isinstance(item, dict):
                continue
            where = id_location(self.response_schemas, item_schema, collection.id_param)
            if where is not None:
                candidate = json.loads(json.dumps(item))
                put_at(candidate, where, key)
                if item_validator.is_valid(candidate):
                    item = candidate
            node = resource_node(self.response_schemas, item_schema, fields)
            names = declared(self.response_schemas, item_schema, node)
            kept = {k: v for k, v in fields.items() if k in names}
            items.append(overlay(item, kept, item_validator, node))
        body = json.loads(json.dumps(base.body))
        body[items_name] = items
        for name in COUNT_NAMES:
            if name in body and isinstance(body[name], int):
                body[name] = len(bucket)
        next_name = pagination.get("next") if pagination else None
        if isinstance(next_name, str) and next_name in body:
            body[next_name] = next_marker if next_marker is not None else body[next_name]
        if not validator.is_valid(body):
            body = overlay(json.loads(json.dumps(base.body)), {items_name: items}, validator)
        return plan.reply(status, seed=self.seed, body=body, use_body=True)


def _client_chosen_id(body: JSON, id_param: str) -> str | None:
    """An id the client picked in the create body: `keypair_name` as {"keypair": {"name": ..}}
    or a top-level `config_name`; None when the server is to generate one."""
    if not isinstance(body, dict):
        return None
    value = body.get(id_param)
    head, _, tail = id_param.rpartition("_")
    wrapper = body.get(head) if head else None
    if value is None and isinstance(wrapper, dict):
        value = wrapper.get(tail)
    # "." and ".." are dot segments: URL normalisation drops them, so they cannot name an item
    if not isinstance(value, str) or value in ("", ".", "..") or "/" in value:
        return None
    return value


def _client_id_field(body: JSON, id_param: str) -> str | None:
    """The resource field (as :func:`flatten` names it) that carries a client-chosen id."""
    if not isinstance(body, dict):
        return None
    fields = flatten(body)
    if id_param in fields:
        return id_param
    head, _, tail = id_param.rpartition("_")
    wrapper = body.get(head) if head else None
    return tail if isinstance(wrapper, dict) and tail in wrapper and tail in fields else None


def _node(body: dict[str, JSON], where: list[str]) -> dict[str, JSON]:
    node: JSON = body
    for key in where:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


class _Dispatch:
    """ASGI endpoint for every path and method (Starlette routes only by path here)."""

    def __init__(self, api: MockApi) -> None:
        self.api = api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.api.handle(request)
        await response(scope, receive, send)


def create_app(
    spec: dict[str, Any],
    *,
    seed: int = 0,
    stateful: bool = False,
    max_body_bytes: int = 1_048_576,
    verify_keys: dict[str, str] | None = None,
    tokens: Collection[str] | None = None,
    dynamic: bool = False,
    handlers: Mapping[str, Handler] | None = None,
    document_errors: bool = True,
) -> Starlette:
    """The mock as an ASGI app; serves `spec` itself at /openapi.json.

    verify_keys {AK: SK} makes AK/SK signatures checked (otherwise any well-formed one passes);
    tokens restricts accepted X-Auth-Token values; handlers (by operationId) answer operations
    for real, falling back to the mock when absent or when they return None;
    document_errors (on by default) adds a `default` Huawei error response, marked
    `x-docs2api-added`, to operations that have none, and serves the spec with it: scraped
    pages often list only success statuses, yet the mock (like the real service) refuses bad
    requests, and every response it sends must be documented. Off: the spec is served as is.
    """
    api = MockApi(
        spec,
        seed=seed,
        stateful=stateful,
        max_body_bytes=max_body_bytes,
        verify_keys=verify_keys,
        tokens=tokens,
        dynamic=dynamic,
        handlers=handlers,
        document_errors=document_errors,
    )
    app = Starlette()
    # Every path and method goes to the dispatcher (as the router's default, so that no path,
    # not even one with a decoded newline, falls through to Starlette's plain-text 404).
    app.router.default = _Dispatch(api)
    app.state.mock = api
    return app
