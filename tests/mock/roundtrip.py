"""A stateful round trip over one inferred collection: create, get, list, update, delete, get."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from docs2api.mock.routes import Operation
from docs2api.mock.stateful import Collection
from tests.mock.test_contract import valid_request


def _find(body: Any, key: str) -> Any:
    """The first value of `key` anywhere in a JSON body (or the first of a list of ids)."""
    if isinstance(body, dict):
        if key in body and isinstance(body[key], str | int):
            return body[key]
        for value in body.values():
            found = _find(value, key)
            if found is not None:
                return found
    if isinstance(body, list):
        for value in body:
            found = _find(value, key)
            if found is not None:
                return found
    return None


def created_id(body: Any, id_param: str) -> str | None:
    """The id a create response carries for `id_param` (where the mock would put it)."""
    head, _, tail = id_param.rpartition("_")
    for key in (id_param, "id"):
        found = _find(body, key)
        if found is not None:
            return str(found)
    if isinstance(body, dict) and isinstance(body.get(head), dict) and tail in body[head]:
        return str(body[head][tail])  # "keypair_name" -> {"keypair": {"name": ...}}
    for key, value in body.items() if isinstance(body, dict) else []:
        if key.endswith("_" + id_param) and isinstance(value, str | int):
            return str(value)  # "version_id" -> "task_version_id"
        if key.endswith("_id") and id_param.endswith("_" + key) and isinstance(value, str):
            return value  # "workforce_task_id" -> "task_id"
    if isinstance(body, dict):  # {"serverIds": ["..."]} style
        for value in body.values():
            if isinstance(value, list) and value and isinstance(value[0], str):
                return value[0]
    return None


def _url(spec: dict[str, Any], op: Operation, values: dict[str, str]) -> dict[str, Any]:
    request = valid_request(spec, op)
    url = op.path
    for name, value in values.items():
        url = url.replace("{" + name + "}", value)
    # parameters not given above keep the drawn values
    drawn = request["url"].split("/")
    parts = url.split("/")
    request["url"] = "/".join(
        d if p.startswith("{") else p for p, d in zip(parts, drawn, strict=True)
    )
    return request


def round_trip(client: TestClient, spec: dict[str, Any], collection: Collection) -> list[str]:
    """Problems found walking the collection (empty when the trip works)."""
    problems: list[str] = []
    create = collection.create or collection.create_by_put
    assert create is not None
    parents = {name: "parent1" for name in create.names if name != collection.id_param}
    values = {**parents}
    if collection.create is None:
        values[collection.id_param] = "item1"
    request = _url(spec, create, values)
    created = client.request(create.method.upper(), **request)
    if created.status_code >= 300:
        return [f"create {created.status_code}: {created.text[:200]}"]
    key = values.get(collection.id_param) or created_id(
        created.json() if created.content else None, collection.id_param
    )
    if key is None:
        return [f"no id in the create response: {created.text[:200]}"]
    item = {**parents, collection.id_param: key}
    if collection.get is not None:
        shown = client.request("GET", **_url(spec, collection.get, item))
        if shown.status_code != 200 or key not in shown.text:
            problems.append(f"get {shown.status_code}: {shown.text[:200]}")
    if collection.list_op is not None:
        listed = client.request("GET", **_url(spec, collection.list_op, parents))
        if listed.status_code != 200 or key not in listed.text:
            problems.append(f"list {listed.status_code}: {listed.text[:200]}")
    for update in collection.update:
        if update is create:
            continue
        changed = client.request(update.method.upper(), **_url(spec, update, item))
        if changed.status_code >= 300:
            problems.append(f"update {changed.status_code}: {changed.text[:200]}")
    if collection.delete is not None:
        deleted = client.request("DELETE", **_url(spec, collection.delete, item))
        if deleted.status_code >= 300:
            problems.append(f"delete {deleted.status_code}: {deleted.text[:200]}")
        if collection.get is not None:
            gone = client.request("GET", **_url(spec, collection.get, item))
            if gone.status_code != 404:
                problems.append(f"get after delete {gone.status_code}: {gone.text[:200]}")
    return problems
