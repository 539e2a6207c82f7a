"""Stateful round trips through the generated client (openapi-python-client + our templates)
against the stateful mock, for one resource of each corpus spec: create, get, list, update,
delete, get -> 404 (ApiError carrying the Huawei error body)."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from docs2api.mock import create_app
from docs2api.mock.routes import Operation, operations
from docs2api.mock.stateful import Collection, infer_collections
from generator import names
from tests.conftest import SpecBuilds
from tests.mock.roundtrip import created_id
from tests.mock.test_contract import valid_request

RESOURCES = {"modelarts": "/v2/{project_id}/datasets", "ecs": "/v2/{project_id}/os-server-groups"}


@pytest.fixture
def generated_client(
    request: pytest.FixtureRequest, spec_builds: SpecBuilds, tmp_path: Path
) -> Iterator[tuple[dict[str, Any], ModuleType, Path]]:
    from generator.client import generate_client

    name: str = request.param
    spec_path = spec_builds.path(name)
    package = f"{name}_rt_client"
    generate_client(spec_path, tmp_path, package_name=package)
    sys.path.insert(0, str(tmp_path))
    try:
        yield (
            yaml.safe_load(spec_path.read_text("utf-8")),
            importlib.import_module(package),
            tmp_path,
        )
    finally:
        sys.path.remove(str(tmp_path))
        for module in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[module]


def _function(package: ModuleType, op: Operation) -> Any:
    """The generated module of an operation (named after its operationId), asyncio_detailed."""
    root = Path(package.__file__ or "").parent / "api"
    wanted = names.snake(op.operation_id) + ".py"
    found = sorted(root.rglob(wanted))
    assert found, f"no generated module for {op.operation_id}"
    relative = found[0].relative_to(root.parent).with_suffix("")
    module = importlib.import_module(package.__name__ + "." + ".".join(relative.parts))
    return module.asyncio_detailed


async def _call(
    function: Any, client: Any, spec: dict[str, Any], op: Operation, path: dict[str, str]
) -> Any:
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {"client": client}
    for parameter in inspect.signature(function).parameters:
        if parameter in ("client", "body"):
            continue
        for wire, value in path.items():
            if names.snake(wire) == parameter:
                kwargs[parameter] = value
    if "body" in hints:
        body = valid_request(spec, op)["json"]
        model = next(
            t for t in (hints["body"], *typing.get_args(hints["body"])) if hasattr(t, "from_dict")
        )
        kwargs["body"] = model.from_dict(body)
    return await function(**kwargs)


@pytest.mark.slow
@pytest.mark.parametrize("generated_client", ["modelarts", "ecs"], indirect=True)
def test_round_trip_through_the_generated_client(
    generated_client: tuple[dict[str, Any], ModuleType, Path],
) -> None:
    spec, package, _ = generated_client
    name = package.__name__.split("_rt_")[0]
    collection: Collection = next(
        c for c in infer_collections(operations(spec)) if c.path == RESOURCES[name]
    )
    assert collection.create and collection.get and collection.list_op and collection.delete
    app = create_app(spec, stateful=True, tokens={"tok"}, document_errors=True)
    huawei_auth = importlib.import_module(package.__name__ + ".huawei_auth")
    errors = importlib.import_module(package.__name__ + ".errors")
    client = package.Client(
        endpoint="http://testserver",
        project_id="p1",
        auth=huawei_auth.TokenAuth("tok"),
        async_transport=httpx.ASGITransport(app=app),
    )
    parents = {"project_id": "p1"}

    async def trip() -> None:
        created = await _call(
            _function(package, collection.create), client, spec, collection.create, parents
        )
        assert 200 <= created.status_code < 300
        key = created_id(json.loads(created.content), collection.id_param)
        assert key
        item = {**parents, collection.id_param: key}
        shown = await _call(_function(package, collection.get), client, spec, collection.get, item)
        assert shown.status_code == 200 and key in shown.content.decode()
        listed = await _call(
            _function(package, collection.list_op), client, spec, collection.list_op, parents
        )
        assert key in listed.content.decode()
        for update in collection.update:
            changed = await _call(_function(package, update), client, spec, update, item)
            assert 200 <= changed.status_code < 300
        deleted = await _call(
            _function(package, collection.delete), client, spec, collection.delete, item
        )
        assert 200 <= deleted.status_code < 300
        with pytest.raises(errors.ApiError) as gone:
            await _call(_function(package, collection.get), client, spec, collection.get, item)
        assert gone.value.status_code == 404
        assert gone.value.error_code is not None and gone.value.error_code.endswith(".0404")

    asyncio.run(trip())
