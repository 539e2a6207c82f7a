"""A small hand-written spec and a correct Starlette app for it, to test the schemathesis runner.

The app honours the spec: it checks credentials (a fixed token, or an AK/SK signature verified
with docs2api.signing), validates path, query and body, and keeps items in memory so that the
stateful phase can walk create -> get -> delete through the spec's links. ``bug`` switches on
one deliberate defect so tests can prove the runner reports it.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import jsonschema
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from docs2api.signing import verify

TOKEN = "valid-token-for-tests"
KEYS = {"TESTAK0000000001": "test-secret-key-0000000000000001"}

_ERROR = {"$ref": "#/components/schemas/Error"}


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR}}}


def _project() -> dict[str, Any]:
    return {
        "name": "project_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^[a-z0-9]{1,32}$"},
    }


def _item_id() -> dict[str, Any]:
    return {
        "name": "item_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^item-[0-9]+$"},
    }


ITEMS_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Items", "version": "1.0"},
    "servers": [
        {"url": "https://{endpoint}", "variables": {"endpoint": {"default": "items.example.com"}}}
    ],
    "security": [{"token": []}, {"aksk": []}],
    "paths": {
        "/v1/{project_id}/items": {
            "post": {
                "operationId": "CreateItem",
                "parameters": [_project()],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CreateItemRequest"}
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Created",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                        "links": {
                            "GetItem": {
                                "operationId": "ShowItem",
                                "parameters": {
                                    "project_id": "$request.path.project_id",
                                    "item_id": "$response.body#/id",
                                },
                            },
                            "DeleteItem": {
                                "operationId": "DeleteItem",
                                "parameters": {
                                    "project_id": "$request.path.project_id",
                                    "item_id": "$response.body#/id",
                                },
                            },
                        },
                    },
                    "400": _error_response("Bad request"),
                    "401": _error_response("Unauthorized"),
                },
            },
            "get": {
                "operationId": "ListItems",
                "parameters": [
                    _project(),
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["items", "count"],
                                    "properties": {
                                        "items": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Item"},
                                        },
                                        "count": {"type": "integer", "minimum": 0},
                                    },
                                }
                            }
                        },
                    },
                    "400": _error_response("Bad request"),
                    "401": _error_response("Unauthorized"),
                },
            },
        },
        "/v1/{project_id}/items/{item_id}": {
            "get": {
                "operationId": "ShowItem",
                "parameters": [_project(), _item_id()],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                        "links": {
                            "DeleteItem": {
                                "operationId": "DeleteItem",
                                "parameters": {
                                    "project_id": "$request.path.project_id",
                                    "item_id": "$response.body#/id",
                                },
                            },
                        },
                    },
                    "400": _error_response("Bad request"),
                    "401": _error_response("Unauthorized"),
                    "404": _error_response("Not found"),
                },
            },
            "delete": {
                "operationId": "DeleteItem",
                "parameters": [_project(), _item_id()],
                "responses": {
                    "204": {"description": "Deleted"},
                    "400": _error_response("Bad request"),
                    "401": _error_response("Unauthorized"),
                    "404": _error_response("Not found"),
                },
            },
        },
    },
    "components": {
        "securitySchemes": {
            "token": {"type": "apiKey", "in": "header", "name": "X-Auth-Token"},
            "aksk": {
                "type": "apiKey",
                "in": "header",
                "name": "Authorization",
                "description": "SDK-HMAC-SHA256 signature",
            },
        },
        "schemas": {
            "CreateItemRequest": {
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 64},
                    "size": {"type": "integer", "minimum": 0, "maximum": 100},
                },
            },
            "Item": {
                "type": "object",
                "required": ["id", "name", "size"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "size": {"type": "integer"},
                },
            },
            "Error": {
                "type": "object",
                "required": ["error_code", "error_msg"],
                "properties": {"error_code": {"type": "string"}, "error_msg": {"type": "string"}},
            },
        },
    },
}

# the spec's own patterns, with the same (search) semantics the test generator uses
_PROJECT = re.compile(_project()["schema"]["pattern"])
_ITEM = re.compile(_item_id()["schema"]["pattern"])
_CREATE_SCHEMA = ITEMS_SPEC["components"]["schemas"]["CreateItemRequest"]


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error_code": code, "error_msg": message}, status_code=status)


def create_items_app(*, bug: str | None = None) -> Starlette:
    """The Items API; ``bug="schema"`` makes ShowItem return ``size`` as a string,
    ``bug="noauth"`` lets every request through without credentials."""
    items: dict[tuple[str, str], dict[str, Any]] = {}
    counter = itertools.count(1)
    projects: set[str] = set()  # every project_id a request named, for tests to inspect
    methods: set[str] = set()  # every method a request used

    async def authorized(request: Request) -> bool:
        projects.add(str(request.path_params.get("project_id", "")))
        methods.add(request.method)
        if bug == "noauth":
            return True
        headers = dict(request.headers)
        if "authorization" in headers:
            body = await request.body()
            reason = verify(
                request.method,
                request.scope.get("raw_path", b"").decode("latin-1") or request.url.path,
                request.url.query,
                headers,
                body,
                KEYS,
            )
            return reason is None
        return headers.get("x-auth-token") == TOKEN

    def project_ok(request: Request) -> bool:
        return _PROJECT.search(str(request.path_params.get("project_id", ""))) is not None

    def item_ok(request: Request) -> bool:
        return _ITEM.search(str(request.path_params.get("item_id", ""))) is not None

    async def collection(request: Request) -> Response:
        if not await authorized(request):
            return _error(401, "APIGW.0301", "Incorrect IAM authentication information")
        if not project_ok(request):
            return _error(400, "Items.0001", "invalid project_id")
        project = str(request.path_params["project_id"])
        if request.method == "POST":
            if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
                return _error(400, "Items.0002", "expected application/json")
            try:
                body = json.loads(await request.body())
                jsonschema.validate(body, _CREATE_SCHEMA)
            except (ValueError, jsonschema.ValidationError) as exc:
                return _error(400, "Items.0003", f"invalid body: {str(exc)[:80]}")
            item_id = f"item-{next(counter)}"
            item = {"id": item_id, "name": body["name"], "size": body.get("size", 0)}
            items[(project, item_id)] = item
            return JSONResponse(item, status_code=201)
        limit_text = request.query_params.get("limit")
        limit = 100
        if limit_text is not None:
            if (
                not limit_text.isascii()
                or not limit_text.isdigit()
                or not 1 <= int(limit_text) <= 100
            ):
                return _error(400, "Items.0004", "limit must be an integer from 1 to 100")
            limit = int(limit_text)
        found = [item for (p, _), item in sorted(items.items()) if p == project][:limit]
        return JSONResponse({"items": found, "count": len(found)})

    async def member(request: Request) -> Response:
        if not await authorized(request):
            return _error(401, "APIGW.0301", "Incorrect IAM authentication information")
        if not project_ok(request) or not item_ok(request):
            return _error(400, "Items.0001", "invalid project_id or item_id")
        key = (str(request.path_params["project_id"]), str(request.path_params["item_id"]))
        if key not in items:
            return _error(404, "Items.0404", "item not found")
        if request.method == "DELETE":
            del items[key]
            return Response(status_code=204)
        item = dict(items[key])
        if bug == "schema":
            item["size"] = str(item["size"])
        return JSONResponse(item)

    app = Starlette(
        routes=[
            Route("/v1/{project_id}/items", collection, methods=["GET", "POST"]),
            Route("/v1/{project_id}/items/{item_id}", member, methods=["GET", "DELETE"]),
        ]
    )
    app.state.projects = projects
    app.state.methods = methods
    return app
