"""What the path structure and parameters tell about workflows: x-pagination and links.

``x-pagination`` (on list operations): ``{style: offset|marker|continue|page, items, next,
params}`` where ``items`` names the response property holding the page's items and ``next``
the (dotted) response property holding the next marker/continue token, when it can be told.

Links: a POST on a collection path whose success response carries an id-like property feeds
that id to the get/update/delete operations of ``<collection>/{id}``; and on an item path,
a successful get/update links to the other operations on the same item (the same path
parameters), so a create -> get -> update -> delete workflow can be walked.
"""

from __future__ import annotations

import re
from typing import Any

from scraper.naming import pascal
from scraper.schemas import COMPONENT_PREFIX

_STYLES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("continue", ("continue",), ("limit",)),
    ("marker", ("marker",), ("limit",)),
    ("page", ("page", "page_no", "pageno", "page_num"), ("page_size", "pagesize", "limit")),
    ("offset", ("offset", "start"), ("limit",)),
)
_TEMPLATE = re.compile(r"\{([^{}]*)\}")


def resolve(schema: Any, components: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """Follow ``$ref`` (and single-item ``allOf``) to the schema it names."""
    while isinstance(schema, dict) and depth < 50:
        if "$ref" in schema:
            schema = components.get(str(schema["$ref"]).removeprefix(COMPONENT_PREFIX), {})
        elif "allOf" in schema and len(schema["allOf"]) == 1 and "properties" not in schema:
            schema = schema["allOf"][0]
        else:
            return schema
        depth += 1
    return schema if isinstance(schema, dict) else {}


def _success_schema(operation: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    for status, response in sorted(operation.get("responses", {}).items()):
        if not status.startswith("2"):
            continue
        for media in response.get("content", {}).values():
            if "schema" in media:
                return resolve(media["schema"], components)
    return {}


def _find_property(
    schema: dict[str, Any], names: tuple[str, ...], components: dict[str, Any]
) -> str | None:
    properties = schema.get("properties", {})
    for name in names:
        if name in properties:
            return name
    for outer, sub in properties.items():
        inner = resolve(sub, components).get("properties", {})
        for name in names:
            if name in inner:
                return f"{outer}.{name}"
    return None


def _items_property(schema: dict[str, Any], path: str, components: dict[str, Any]) -> str | None:
    arrays: list[str] = [
        str(name)
        for name, sub in schema.get("properties", {}).items()
        if resolve(sub, components).get("type") == "array"
    ]
    if len(arrays) == 1:
        return arrays[0]
    last = next((s for s in reversed(path.split("/")) if s and not s.startswith("{")), "")
    for name in arrays:
        if name == last or name.rstrip("s") == last.rstrip("s"):
            return name
    for preferred in ("items", "data", "results"):
        if preferred in arrays:
            return preferred
    return None


def detect_pagination(spec: dict[str, Any], path: str, method: str) -> None:
    """Set ``x-pagination`` on a GET operation whose query parameters page through a list."""
    if method != "get":
        return
    operation = spec["paths"][path][method]
    query = {
        p["name"].lower(): p["name"] for p in operation.get("parameters", []) if p["in"] == "query"
    }
    for style, cursors, limits in _STYLES:
        cursor = next((query[c] for c in cursors if c in query), None)
        limit = next((query[x] for x in limits if x in query), None)
        if cursor is None or limit is None:
            continue
        components = spec["components"]["schemas"]
        body = _success_schema(operation, components)
        info: dict[str, Any] = {"style": style}
        items = _items_property(body, path, components)
        if items is not None:
            info["items"] = items
        if style in ("marker", "continue"):
            names = ("continue",) if style == "continue" else ("next_marker", "marker", "next")
            found = _find_property(body, names, components)
            if found is not None:
                info["next"] = found
        key = "offset" if style == "offset" else style
        info["params"] = {key: cursor, "limit": limit}
        operation["x-pagination"] = info
        return


def _id_property(
    schema: dict[str, Any], param: str, collection: str, components: dict[str, Any]
) -> str | None:
    singular = collection[:-1] if collection.endswith("s") else collection
    tail = param.rsplit("_", 1)[-1]  # keypair_name -> name, security_group_id -> id
    names = (param, "id", f"{singular}_id", f"{collection}_id", tail)
    properties = schema.get("properties", {})
    for name in names:
        sub = properties.get(name)
        if sub is not None and resolve(sub, components).get("type") in ("string", "integer"):
            return "/" + name.replace("~", "~0").replace("/", "~1")
    # {"server": {"id": ...}}: the created object wrapped in one key
    objects = sorted(
        k for k, v in properties.items() if resolve(v, components).get("type") == "object"
    )
    wrappers = [singular, collection, "data", "result", *objects]
    for outer in wrappers:
        if outer in properties and "/" not in outer and "~" not in outer:
            inner = resolve(properties[outer], components).get("properties", {})
            for name in names:
                sub = inner.get(name)
                if sub is not None and resolve(sub, components).get("type") in (
                    "string",
                    "integer",
                ):
                    return f"/{outer}/{name}"
    return None


def add_links(spec: dict[str, Any]) -> None:
    """OpenAPI links from create (POST on a collection) to the item's get/update/delete."""
    components = spec["components"]["schemas"]
    paths: dict[str, Any] = spec["paths"]
    items_of: dict[str, list[str]] = {}  # collection path -> its item paths (no O(paths^2))
    for item_path in paths:
        if item_path.endswith("}") and "/{" in item_path:
            items_of.setdefault(item_path.rsplit("/{", 1)[0], []).append(item_path)
    for path, methods in paths.items():
        create = methods.get("post")
        if create is None or path.endswith("}"):
            continue
        collection = path.rsplit("/", 1)[-1]
        for item_path in items_of.get(path, []):
            item_methods = paths[item_path]
            if not item_path.startswith(path + "/{") or item_path.count("/") != path.count("/") + 1:
                continue
            if not item_path.endswith("}"):
                continue
            param = item_path.rsplit("/{", 1)[1][:-1]
            for status, response in create.get("responses", {}).items():
                if not status.startswith("2"):
                    continue
                schema = next(
                    (m["schema"] for m in response.get("content", {}).values() if "schema" in m),
                    None,
                )
                if schema is None:
                    continue
                pointer = _id_property(resolve(schema, components), param, collection, components)
                if pointer is None:
                    continue
                links = response.setdefault("links", {})
                for method in ("get", "put", "patch", "delete"):
                    target = item_methods.get(method)
                    if target is None:
                        continue
                    parameters: dict[str, str] = {}
                    for name in _TEMPLATE.findall(item_path):
                        if name == param:
                            parameters[name] = f"$response.body#{pointer}"
                        elif f"{{{name}}}" in path:
                            parameters[name] = f"$request.path.{name}"
                    links[pascal(target["operationId"])] = {
                        "operationId": target["operationId"],
                        "parameters": parameters,
                        "description": f"The {param} returned by {create['operationId']}",
                    }
                if not links:
                    del response["links"]


_ITEM_FOLLOWERS = {
    "get": ("put", "patch", "delete"),
    "put": ("get", "delete"),
    "patch": ("get", "delete"),
}


def add_item_links(spec: dict[str, Any]) -> None:
    """Links between the operations of one item path (``GET /c/{id}`` -> ``DELETE /c/{id}``)."""
    for path, methods in spec["paths"].items():
        if not path.endswith("}"):
            continue
        names = _TEMPLATE.findall(path)
        for method, followers in _ITEM_FOLLOWERS.items():
            source = methods.get(method)
            if source is None:
                continue
            targets = [(m, methods[m]) for m in followers if m in methods]
            if not targets:
                continue
            for status, response in source.get("responses", {}).items():
                if not status.startswith("2"):
                    continue
                links = response.setdefault("links", {})
                for _, target in targets:
                    links.setdefault(
                        pascal(target["operationId"]),
                        {
                            "operationId": target["operationId"],
                            "parameters": {n: f"$request.path.{n}" for n in names},
                            "description": "The same item",
                        },
                    )
