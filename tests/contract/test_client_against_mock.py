"""The client generated from the committed seed spec, exercised against the in-process mock:
every operation called once (AK/SK-signed, through httpx's ASGI transport), each answer a
documented 2xx status whose body parses into the operation's model."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from docs2api.mock import create_app
from docs2api.mock.data import Generator
from docs2api.mock.schema import SchemaSet
from generator.client import describe_client, generate_client
from generator.model import OperationView, resolve
from generator.render import plain
from tests.generator.client_helpers import typed

PACKAGE = "contract_seed_client"
KEYS = {"AKCONTRACT0000001": "contract-secret-key-000000000001"}


@pytest.fixture(scope="module")
def seed_spec(repo_dir: Path) -> Path:
    """The committed golden seed spec."""
    path = repo_dir / "spec" / "modelarts.yaml"
    if not path.is_file():
        pytest.skip("spec/modelarts.yaml is not committed")
    return path


@pytest.fixture(scope="module")
def package(seed_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The seed client generated into a temporary folder, imported as ``contract_seed_client``."""
    folder = tmp_path_factory.mktemp("seed_client")
    generate_client(seed_spec, folder, package_name=PACKAGE)
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(folder))


class Arguments:
    """Schema-valid values for an operation's required arguments, drawn like the mock does."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas = SchemaSet(spec, "request")
        self.generator = Generator(self.schemas)

    def draw(self, schema: Any, *seed: object) -> Any:
        converted = self.schemas.convert(schema)
        ok, value = self.generator.valid(converted, self.schemas.validator(converted), *seed)
        assert ok, f"no valid value for {seed}"
        return value

    def parameters(self, op: OperationView) -> dict[tuple[str, str], Any]:
        item = self.spec["paths"][op.path]
        found: dict[tuple[str, str], Any] = {}
        for raw in [*(item.get("parameters") or []), *(item[op.method].get("parameters") or [])]:
            param = resolve(self.spec, raw)
            found[(param["in"], param["name"])] = param
        return found

    def body(self, op: OperationView) -> Any:
        body = resolve(self.spec, self.spec["paths"][op.path][op.method].get("requestBody") or {})
        for media, content in sorted((body.get("content") or {}).items()):
            if "json" in media:
                return content.get("schema") or {}
        return None

    def call(self, op: OperationView, function: Any) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments for every required parameter of ``function``."""
        endpoint = op.endpoint
        wire: dict[str, tuple[str, str]] = {
            str(p.python_name): (location, plain(p.name))
            for location, group in (
                ("path", endpoint.path_parameters),
                ("query", endpoint.query_parameters),
                ("header", endpoint.header_parameters),
                ("cookie", endpoint.cookie_parameters),
            )
            for p in group
        }
        spec_params = self.parameters(op)
        positional: list[Any] = []
        keywords: dict[str, Any] = {}
        for name, parameter in inspect.signature(function).parameters.items():
            if name == "client" or parameter.default is not inspect.Parameter.empty:
                continue
            if name == "body":
                schema = self.body(op)
                value = self.draw(schema, op.module, "body") if schema is not None else None
                keywords["body"] = typed(value, parameter.annotation)
                continue
            location, wire_name = wire[name]
            schema = spec_params[(location, wire_name)].get("schema") or {}
            value = typed(self.draw(schema, op.module, name), parameter.annotation)
            if location == "path":
                value = str(value) or "x"
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                positional.append(value)
            else:
                keywords[name] = value
        return positional, keywords


def _client(package: Any, app: Any, secret: str) -> Any:
    ((access_key, _),) = KEYS.items()
    return package.Client(
        endpoint="https://modelarts.example.com",
        project_id="0b4c9d2e5f6a4b7c8d9e0f1a2b3c4d5e",
        auth=package.AkSkAuth(access_key, secret),
        retry=package.RetryPolicy.disabled(),
        async_transport=httpx.ASGITransport(app=app),
        timeout=30,
    )


def test_the_seed_client_performs_every_operation_against_the_mock(
    seed_spec: Path, package: Any
) -> None:
    spec = yaml.safe_load(seed_spec.read_text(encoding="utf-8"))
    view = describe_client(seed_spec, package_name=PACKAGE)
    documented = {
        (path, method): {str(status) for status in operation.get("responses", {})}
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "responses" in operation
    }
    app = create_app(spec, verify_keys=KEYS)
    client = _client(package, app, next(iter(KEYS.values())))
    args = Arguments(spec)

    async def every_operation() -> list[str]:
        problems: list[str] = []
        for key in sorted(view.operations):
            op = view.operations[key]
            function = importlib.import_module(f"{PACKAGE}.{op.module}").asyncio_detailed
            positional, keywords = args.call(op, function)
            label = f"{op.method.upper()} {op.path}"
            try:
                response = await function(*positional, client=client, **keywords)
            except package.ApiError as error:
                problems.append(f"{label}: {error}")
                continue
            statuses = documented[(op.path, op.method)]
            if str(response.status_code) not in statuses and "default" not in statuses:
                problems.append(f"{label}: status {response.status_code} is not documented")
            # Only a documented status has a model to parse into; the builder's "Response not
            # documented" default (undocumented answers in the docs) comes back as Unparsed.
            explicit = str(response.status_code) in statuses
            if explicit and isinstance(response.parsed, package.types.Unparsed):
                problems.append(f"{label}: body did not parse: {response.parsed.error}")
        return problems

    problems = asyncio.run(every_operation())
    assert problems == [], "\n".join(problems[:20])
    assert len(view.operations) == len(documented) > 0


def test_the_mock_refuses_the_seed_client_with_a_wrong_signature(
    seed_spec: Path, package: Any
) -> None:
    spec = yaml.safe_load(seed_spec.read_text(encoding="utf-8"))
    view = describe_client(seed_spec, package_name=PACKAGE)
    app = create_app(spec, verify_keys=KEYS)
    client = _client(package, app, "not-the-secret")
    op = view.operations[sorted(view.operations)[0]]
    function = importlib.import_module(f"{PACKAGE}.{op.module}").asyncio_detailed
    positional, keywords = Arguments(spec).call(op, function)
    with pytest.raises(package.ApiError) as caught:
        asyncio.run(function(*positional, client=client, **keywords))
    assert caught.value.status_code == 401
