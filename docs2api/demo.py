"""``make demo``: seed docs -> spec -> client + stubs -> mock -> short schemathesis run -> summary.

Every step uses the same library functions as the command line; the output lands in
build/demo/ and a summary is printed at the end.
"""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "examples" / "modelarts-snippets-zh.txt"
COMMITTED_SPEC = REPO / "spec" / "modelarts.yaml"
OUT = REPO / "build" / "demo"


def _step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port; yield its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the mock server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def build_spec(summary: dict[str, Any]) -> Path:
    """Seed dump -> spec + report; compare with the committed spec."""
    from scraper.pipeline import spec_from_inputs
    from scraper.yamlio import dump_yaml

    _step(f"spec: {SEED.relative_to(REPO)} -> build/demo/modelarts.yaml")
    result = spec_from_inputs([str(SEED)])
    spec_path = OUT / "modelarts.yaml"
    text = dump_yaml(result.spec)
    spec_path.write_text(text, encoding="utf-8")
    (OUT / "report.json").write_text(
        json.dumps(result.report, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    counts = result.report.get("counts", {})
    operations = [
        f"{method.upper()} {path}"
        for path, item in result.spec.get("paths", {}).items()
        for method in item
        if method in {"get", "put", "post", "delete", "patch"}
    ]
    for line in operations:
        print(f"  {line}")
    levels = counts.get("diagnostics_by_level", {})
    print(
        f"  {len(operations)} operations, "
        f"{len(result.spec.get('components', {}).get('schemas', {}))} schemas; diagnostics: "
        + ", ".join(f"{n} {level}" for level, n in levels.items())
    )
    committed = COMMITTED_SPEC.exists() and COMMITTED_SPEC.read_text(encoding="utf-8") == text
    print(
        "  identical to the committed spec/modelarts.yaml"
        if committed
        else "  differs from the committed spec/modelarts.yaml (run `make spec` to update it)"
    )
    summary["operations"] = len(operations)
    summary["spec matches committed"] = committed
    return spec_path


def lint(spec_path: Path, summary: dict[str, Any]) -> None:
    """Validate the spec and check the docs' examples against the docs' tables."""
    from docs2api.lint import lint_file

    _step("lint: spec validity, examples against schemas")
    result = lint_file(spec_path)
    print(f"  spec valid: {result.valid}")
    print(
        f"  examples valid: {result.valid_percent:.1f}% "
        f"({result.examples_valid}/{result.examples_checked}), "
        f"{result.tables_valid_percent:.1f}% against the tables alone; "
        f"example keys declared: {result.declared_percent:.1f}%"
    )
    for item in result.inconsistencies[:5]:
        print(f"  doc inconsistency: {item.format()}")
    summary["spec valid"] = result.valid
    summary["doc inconsistencies"] = len(result.inconsistencies)


def generate(spec_path: Path, summary: dict[str, Any]) -> None:
    """Client and server stubs from the spec."""
    from docs2api.cli import main

    _step("generate: typed client + server stubs -> build/demo/generated")
    code = main(["generate", str(spec_path), "-o", str(OUT / "generated")])
    files = sorted((OUT / "generated").rglob("*.py"))
    print(f"  {len(files)} Python files written (exit code {code})")
    summary["generated files"] = len(files)
    summary["generate exit code"] = code


def property_test(spec_path: Path, summary: dict[str, Any]) -> None:
    """Start the mock on loopback and run a short schemathesis run against it."""
    from docs2api.specfile import parse_document
    from docs2api.testing import RunOptions, format_summary, mock_app, run_schemathesis

    spec = parse_document(spec_path.read_text(encoding="utf-8"))
    app, auth = mock_app(spec, seed=0)
    _step("mock + schemathesis: a short run against the mock on 127.0.0.1")
    with serve(app) as base_url:
        print(f"  mock listening on {base_url} (spec at {base_url}/openapi.json)")
        result = run_schemathesis(
            spec,
            base_url=base_url,
            auth=auth,
            options=RunOptions(max_examples=5, seed=0),
        )
    print("  " + format_summary(result).replace("\n", "\n  "))
    summary["schemathesis cases"] = result.cases
    summary["schemathesis failures"] = len(result.failures)


def publish(spec_path: Path, summary: dict[str, Any]) -> None:
    """The published folder: spec files, HTML reference, HTML report."""
    from docs2api.cli import main

    _step("publish: YAML + JSON + HTML reference + HTML report -> build/demo/published")
    code = main(
        [
            "publish",
            str(spec_path),
            "-o",
            str(OUT / "published"),
            "--report",
            str(OUT / "report.json"),
        ]
    )
    reference = (OUT / "published" / "reference.html").resolve()
    if reference.is_file():
        summary["published"] = reference.as_uri()
    else:  # (publish printed why: the Redoc bundle is missing without `make node-tools`)
        folder = reference.parent.as_uri()
        summary["published"] = f"{folder} (no HTML reference: see the publish step's warning)"
    summary["publish exit code"] = code


def main() -> int:
    """Run the whole demo; exit 1 when a step failed."""
    OUT.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    spec_path = build_spec(summary)
    lint(spec_path, summary)
    generate(spec_path, summary)
    property_test(spec_path, summary)
    publish(spec_path, summary)
    _step("summary")
    width = max(len(key) for key in summary)
    for key, value in summary.items():
        print(f"  {key.ljust(width)}  {value}")
    failed = (
        not summary.get("spec valid")
        or summary.get("generate exit code") != 0
        or summary.get("schemathesis failures", 1) != 0
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
