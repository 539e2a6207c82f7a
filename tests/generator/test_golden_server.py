"""Golden record: generated/modelarts/server is exactly what generate_server makes of
spec/modelarts.yaml today (regenerate with `make generate` after a deliberate change)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from starlette.testclient import TestClient

from generator import names
from generator.model import service_name
from generator.server import generate_server

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "modelarts.yaml"
GOLDEN = REPO / "generated" / "modelarts" / "server"
BIN = Path(sys.executable).parent


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
    }


def _package() -> str:
    spec = yaml.safe_load(SPEC.read_text("utf-8"))
    return f"{names.package_name(service_name(spec))}_server"


def test_golden_server_matches_a_fresh_generation(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text("utf-8"))
    generate_server(spec, tmp_path, package_name=_package())
    fresh, golden = _files(tmp_path), _files(GOLDEN)
    assert sorted(fresh) == sorted(golden)
    changed = [name for name in fresh if fresh[name] != golden[name]]
    assert changed == [], f"regenerate generated/modelarts/server: {changed}"


def test_golden_server_is_lint_and_type_clean() -> None:
    package = _package()
    env = {**os.environ, "MYPYPATH": str(REPO)}
    for command in (
        [str(BIN / "ruff"), "check", "--no-cache", package],
        [str(BIN / "ruff"), "format", "--check", "--no-cache", package],
        [str(BIN / "mypy"), "--no-incremental", "--cache-dir", os.devnull, package],
    ):
        result = subprocess.run(command, cwd=GOLDEN, capture_output=True, text=True, env=env)
        assert result.returncode == 0, (command, result.stdout, result.stderr)


def test_golden_server_serves_the_seed_spec() -> None:
    sys.path.insert(0, str(GOLDEN))
    try:
        import importlib

        module = importlib.import_module(_package())
        spec = yaml.safe_load(SPEC.read_text("utf-8"))
        client = TestClient(module.create_app(tokens={"t"}, document_errors=False))
        assert client.get("/openapi.json").json() == spec
        assert len(module.OPERATIONS) == sum(
            1
            for item in spec["paths"].values()
            for key in item
            if key in ("get", "post", "put", "delete", "patch")
        )
    finally:
        sys.path.remove(str(GOLDEN))
