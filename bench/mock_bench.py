"""Load benchmark of the mock: N concurrent httpx clients on loopback against uvicorn.

    python bench/mock_bench.py [--spec SPEC] [--clients 16] [--requests 4000]

Starts ``docs2api mock SPEC`` in a subprocess, sends a fixed number of valid requests (drawn
from the spec, cycling over its operations), fails on any error or unexpected status, and
prints requests per second; the same against Prism (``prism mock``) when it is on PATH.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from docs2api.mock.data import Generator  # noqa: E402
from docs2api.mock.routes import Operation, deref, operations  # noqa: E402
from docs2api.mock.schema import SchemaSet  # noqa: E402

TOKEN = "bench-token"
DEFAULT_SPECS = (REPO / "spec" / "modelarts.yaml", REPO / "tests/mock/fixtures/datasets.yaml")


@dataclass
class Call:
    """One prepared request and the status it must get."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    expected: int


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_wire(v) for v in value)
    return str(value)


def prepare(spec: dict[str, Any]) -> list[Call]:
    """A valid request for every operation but deletes (parameters and bodies drawn from their
    schemas)."""
    import json

    schemas = SchemaSet(spec, "request")
    generator = Generator(schemas)
    calls: list[Call] = []
    for op in operations(spec):
        if op.method != "delete":  # a deleted item reads as 404 afterwards: keep statuses fixed
            calls.append(_call(spec, op, schemas, generator, json.dumps))
    return calls


def _call(
    spec: dict[str, Any], op: Operation, schemas: SchemaSet, generator: Generator, dumps: Any
) -> Call:
    url = op.path
    query: list[str] = []
    headers = {"X-Auth-Token": TOKEN}
    for param in op.parameters:
        if not param.get("required") and param.get("in") != "path":
            continue
        schema = schemas.convert(param.get("schema", {}))
        _ok, value = generator.valid(schema, schemas.validator(schema), "bench", op.path, 1)
        text = _wire(value)
        where = param.get("in")
        if where == "path":
            url = url.replace("{" + str(param["name"]) + "}", quote(text, safe=""))
        elif where == "query":
            query.append(f"{quote(str(param['name']))}={quote(text)}")
        elif where == "header" and str(param["name"]).lower() not in ("content-type", "accept"):
            headers[str(param["name"])] = text
    body: bytes | None = None
    request_body = deref(spec, op.definition.get("requestBody"))
    content = request_body.get("content", {}) if isinstance(request_body, dict) else {}
    if "application/json" in content:
        schema = schemas.convert(content["application/json"].get("schema", {}))
        _ok, value = generator.valid(schema, schemas.validator(schema), "bench", op.path, "body")
        body = dumps(value).encode()
        headers["Content-Type"] = "application/json"
    codes = sorted(int(s) for s in op.statuses if s.isdigit() and 200 <= int(s) < 300)
    url = url + ("?" + "&".join(query) if query else "")
    return Call(op.method.upper(), url, headers, body, codes[0] if codes else 200)


async def hammer(base: str, calls: list[Call], clients: int, total: int) -> tuple[float, list[str]]:
    """Send `total` requests with `clients` concurrent clients; (seconds, errors)."""
    errors: list[str] = []
    counter = iter(range(total))

    async def worker() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            for index in counter:
                call = calls[index % len(calls)]
                try:
                    response = await client.request(
                        call.method, call.url, headers=call.headers, content=call.body
                    )
                except httpx.HTTPError as exc:
                    errors.append(f"{call.method} {call.url}: {exc!r}")
                    continue
                if response.status_code != call.expected:
                    errors.append(f"{call.method} {call.url}: {response.status_code}")

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return time.perf_counter() - start, errors


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for(base: str, seconds: float = 30) -> None:
    """Block until the server answers /openapi.json."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/openapi.json", timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{base} did not start")


def run_server(command: list[str], base: str, calls: list[Call], args: argparse.Namespace) -> float:
    """Start a server, warm it up, measure, stop it; returns requests per second."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(base)
        asyncio.run(hammer(base, calls, args.clients, min(200, args.requests)))
        seconds, errors = asyncio.run(hammer(base, calls, args.clients, args.requests))
    finally:
        process.terminate()
        process.wait(timeout=10)
    if errors:
        print(f"{len(errors)} error(s), first: {errors[:3]}", file=sys.stderr)
        raise SystemExit(1)
    return float(args.requests) / float(seconds)


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=None)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=4000)
    args = parser.parse_args()
    spec_path = args.spec or next(p for p in DEFAULT_SPECS if p.exists())
    spec: dict[str, Any] = yaml.safe_load(spec_path.read_text("utf-8"))
    calls = prepare(spec)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    mock = [sys.executable, "-m", "docs2api", "mock", str(spec_path), "--port", str(port)]
    mock += ["--token", TOKEN]
    rate = run_server(mock, base, calls, args)
    print(
        f"docs2api mock: {args.requests} requests, {args.clients} clients, "
        f"{len(calls)} operations of {spec_path.name}, 0 errors: {rate:.0f} requests/s"
    )
    prism = shutil.which("prism")
    if prism is None:
        print("prism: not installed (npm install -g @stoplight/prism-cli to compare)")
        return 0
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [prism, "mock", str(spec_path), "--port", str(port), "--host", "127.0.0.1"]
    prism_rate = run_server(command, base.replace("/openapi.json", ""), calls, args)
    print(f"prism mock: {prism_rate:.0f} requests/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
