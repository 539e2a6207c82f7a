"""Clients for the specs built from the ModelArts and ECS corpora: generate, import, type-check,
and call every operation once, AK/SK-signed, against the mock served over local HTTP (which
validates each request against the spec and checks the signature)."""

from __future__ import annotations

import contextlib
import enum
import inspect
import os
import random
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from docs2api.mock import create_app
from docs2api.mock.data import Generator
from docs2api.mock.schema import SchemaSet
from docs2api.specfile import parse_document
from generator.client import describe_client, generate_client
from generator.model import OperationView, prepare_spec, resolve
from generator.render import plain
from tests.generator.client_helpers import PYTHON_BIN, import_all, load, run_tool, serve, typed

CORPORA = ("modelarts", "ecs")


@pytest.fixture(scope="module")
def generated(spec_builds: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Both corpus specs, each generated as ``<name>_corpus`` into its own folder."""
    out: dict[str, Path] = {}
    for name in CORPORA:
        folder = tmp_path_factory.mktemp(f"corpus_{name}")
        generate_client(spec_builds.path(name), folder, package_name=f"{name}_corpus")
        sys.path.insert(0, str(folder))
        out[name] = folder
    return out


@pytest.fixture
def local_server() -> Iterator[Any]:
    """Start ASGI apps on local ports for the test's duration; yields a starter."""
    with contextlib.ExitStack() as stack:
        yield lambda app: stack.enter_context(serve(app))


@pytest.mark.slow
def test_corpus_clients_import_and_type_check(generated: dict[str, Path]) -> None:
    for name, folder in generated.items():
        modules = import_all(folder, f"{name}_corpus")
        assert len(modules) > 100
        lint = run_tool(["ruff", "check", "--no-cache", f"{name}_corpus"], folder)
        assert lint.returncode == 0, lint.stdout[-3000:]
    # one mypy process for both packages (they share httpx/attrs analysis)
    packages = [arg for name in generated for arg in ("-p", f"{name}_corpus")]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(f) for f in generated.values())}
    result = subprocess.run(
        [str(PYTHON_BIN / "mypy"), "--strict", "--no-incremental", *packages],
        cwd=next(iter(generated.values())),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


class Arguments:
    """Values for an operation's required arguments: drawn from the spec, typed for the client."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.schemas = SchemaSet(spec, "request")
        self.generator = Generator(self.schemas)

    def draw(self, schema: Any, *seed: object) -> Any:
        converted = self.schemas.convert(schema)
        return self.generator.valid(converted, self.schemas.validator(converted), *seed)[1]

    def spec_parameters(self, op: OperationView) -> dict[tuple[str, str], Mapping[str, Any]]:
        item = self.spec["paths"][op.path]
        found: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(item[op.method].get("parameters") or [])]:
            param = resolve(self.spec, raw)
            found[(param["in"], param["name"])] = param
        return found

    def body_schema(self, op: OperationView) -> Any:
        body = resolve(self.spec, self.spec["paths"][op.path][op.method].get("requestBody") or {})
        for media, content in sorted((body.get("content") or {}).items()):
            if "json" in media:
                return content.get("schema") or {}
        return None


@pytest.mark.slow
@pytest.mark.parametrize("name", CORPORA)
def test_corpus_client_performs_every_operation(
    name: str, spec_builds: Any, generated: dict[str, Path], local_server: Any
) -> None:
    spec_path = spec_builds.path(name)
    raw_spec = parse_document(spec_path.read_text(encoding="utf-8"))
    spec = prepare_spec(raw_spec)
    view = describe_client(spec_path, package_name=f"{name}_corpus")
    package = load(f"{name}_corpus")
    base_url = local_server(create_app(raw_spec, verify_keys={"AKTEST": "SKTEST"}))
    client = package.Client(
        endpoint=base_url,
        project_id="0b4c9d2e5f6a4b7c8d9e0f1a2b3c4d5e",
        auth=package.AkSkAuth("AKTEST", "SKTEST"),
        retry=package.RetryPolicy.disabled(),
        timeout=60,
    )
    args = Arguments(spec)
    failures: list[str] = []
    called = 0
    for key in sorted(view.operations):
        op = view.operations[key]
        module = load(f"{name}_corpus.{op.module}")
        signature = inspect.signature(module.sync_detailed)
        params = args.spec_parameters(op)
        wire = {p.python_name: (loc, plain(p.name)) for loc, group in _groups(op) for p in group}
        positional, keywords = [], {}
        for pname, parameter in signature.parameters.items():
            if pname == "client" or parameter.default is not inspect.Parameter.empty:
                continue
            if pname == "body":
                schema = args.body_schema(op)
                value = args.draw(schema, op.module, "body") if schema is not None else None
                keywords["body"] = typed(value, parameter.annotation)
                continue
            location, wire_name = wire[pname]
            schema = params[(location, wire_name)].get("schema") or {}
            value = typed(args.draw(schema, op.module, pname), parameter.annotation)
            if location == "path":
                value = str(value) or "x"
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                positional.append(value)
            else:
                keywords[pname] = value
        try:
            module.sync_detailed(*positional, client=client, **keywords)
        except package.ApiError as error:
            failures.append(f"{op.method.upper()} {op.path}: {error}")
        called += 1
    assert called == len(view.operations) > 20
    assert failures == [], "\n".join(failures[:20])
    # negative control: the server does check signatures
    wrong = package.Client(
        endpoint=base_url, project_id="p", auth=package.AkSkAuth("AKTEST", "WRONG")
    )
    first = view.operations[sorted(view.operations)[0]]
    module = load(f"{name}_corpus.{first.module}")
    with pytest.raises(package.ApiError) as caught:
        module.sync_detailed(*positional_for(first, module), client=wrong)
    assert caught.value.status_code == 401


def positional_for(op: OperationView, module: Any) -> list[str]:
    """Placeholder values for an operation's positional (path) parameters."""
    signature = inspect.signature(module.sync_detailed)
    return [
        "x"
        for parameter in signature.parameters.values()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]


def _groups(op: OperationView) -> list[tuple[str, list[Any]]]:
    endpoint = op.endpoint
    return [
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    ]


def test_typed_conversion() -> None:
    class Colour(enum.Enum):
        RED = "red"

    assert typed("red", Colour) == Colour.RED
    assert typed(["red"], list[Colour]) == [Colour.RED]
    assert typed(3, int | None) == 3
    assert typed(random.Random(0).random(), float) < 1
