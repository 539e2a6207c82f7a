"""Schemathesis (every check, positive and negative data, all phases) finds nothing to report,
and every response the mock can send validates against the spec."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from starlette.testclient import TestClient

from docs2api.mock import create_app
from docs2api.mock.data import Generator
from docs2api.mock.routes import Operation, deref, operations
from docs2api.mock.schema import SchemaSet
from tests.mock.st_run import run_schemathesis

TOKEN = "tok"


@pytest.mark.parametrize("stateful", [False, True], ids=["stateless", "stateful"])
def test_schemathesis_finds_no_failure(datasets_spec: dict[str, Any], stateful: bool) -> None:
    app = create_app(datasets_spec, tokens={TOKEN}, stateful=stateful)
    outcome = run_schemathesis(app, headers={"X-Auth-Token": TOKEN}, max_examples=8)
    assert outcome.errors == []
    assert outcome.failures == []
    assert outcome.checks > 1000  # it really ran


def valid_request(spec: dict[str, Any], op: Operation, seed: int = 0) -> dict[str, Any]:
    """Keyword arguments for TestClient.request that the operation accepts (drawn from its
    parameter and body schemas); the mock validates them anyway."""
    schemas = SchemaSet(spec, "request")
    generator = Generator(schemas)
    url = op.path
    params: dict[str, str] = {}
    headers: dict[str, str] = {"X-Auth-Token": TOKEN}
    for param in op.parameters:
        schema = schemas.convert(param.get("schema", {}))
        if not param.get("required") and param.get("in") != "path":
            continue
        _ok, value = generator.valid(
            schema, schemas.validator(schema), seed, op.path, param["name"]
        )
        text = _wire(value)
        if param.get("in") == "path":
            url = url.replace("{" + str(param["name"]) + "}", quote(text, safe=""))
        elif param.get("in") == "query":
            params[str(param["name"])] = text
        elif param.get("in") == "header" and str(param["name"]).lower() not in (
            "content-type",
            "authorization",
            "accept",
        ):
            headers[str(param["name"])] = text
    body = deref(spec, op.definition.get("requestBody"))
    content = body.get("content", {}) if isinstance(body, dict) else {}
    json_body: Any = None
    if "application/json" in content:
        schema = schemas.convert(content["application/json"].get("schema", {}))
        _ok, json_body = generator.valid(schema, schemas.validator(schema), seed, op.path, "body")
    return {"url": url, "params": params, "headers": headers, "json": json_body}


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_wire(v) for v in value)
    return str(value)


def body_on_no_content(spec: dict[str, Any], op: Operation, status: str) -> bool:
    """A 204/205/304 documented with a body: a spec defect no HTTP server can honour."""
    response = deref(spec, op.definition["responses"][status])
    return status in ("204", "205", "304") and bool(response.get("content"))


def assert_every_documented_response_validates(
    spec: dict[str, Any], **options: Any
) -> tuple[int, int]:
    """Ask for every documented status of every operation (Prefer: code=...), statically and
    dynamically, and have schemathesis validate each response (204s documented with a body are
    left out: see body_on_no_content).

    Returns (responses checked, responses whose drawn request the mock refused).
    """
    schema = schemathesis.openapi.from_dict(spec)
    client = TestClient(create_app(spec, tokens={TOKEN}, **options))
    checked = refused = 0
    for op in operations(spec):
        st_op = schema[op.path][op.method.upper()]
        request = valid_request(spec, op)
        for status in op.statuses:
            if not status.isdigit() or body_on_no_content(spec, op, status):
                continue
            for dynamic in ("false", "true"):
                headers = {**request["headers"], "Prefer": f"code={status}, dynamic={dynamic}"}
                response = client.request(op.method.upper(), **{**request, "headers": headers})
                st_op.validate_response(response)  # whatever came back must validate
                checked += 1
                if response.status_code != int(status):
                    refused += 1
    return checked, refused


def test_every_documented_response_validates(datasets_spec: dict[str, Any]) -> None:
    checked, refused = assert_every_documented_response_validates(datasets_spec)
    assert checked >= 30
    assert refused == 0
