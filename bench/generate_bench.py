"""Benchmark: ``docs2api generate`` (typed client + server stubs) for the corpus specs.

Each corpus service's spec is built first (spec_from_inputs, not timed here), written as YAML,
then the client and the stubs are generated as ``docs2api generate`` does and timed apart.
Run by ``bench/run.py`` (``make bench``); the last stdout line is a JSON object with ``rows``.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from docs2api.specfile import read_spec  # noqa: E402
from generator import names  # noqa: E402
from generator.client import generate_client  # noqa: E402
from generator.model import service_name  # noqa: E402
from generator.server import generate_server  # noqa: E402
from scraper.pipeline import spec_from_inputs  # noqa: E402
from scraper.yamlio import dump_yaml  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
SERVICES = ("modelarts-api-ref", "ecs-api-ref")
TARGET_SECONDS = 30.0


def _cpu() -> float:
    """CPU seconds of this process and its finished children (ruff runs as a subprocess)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(folder: Path, work: Path) -> dict[str, object]:
    """Build one service's spec, then time client and stub generation."""
    result = spec_from_inputs([str(folder)], workers=1)
    spec_path = work / f"{folder.name}.yaml"
    spec_path.write_text(dump_yaml(result.spec), encoding="utf-8")
    operations = sum(
        1
        for item in result.spec.get("paths", {}).values()
        for method in item
        if method in {"get", "put", "post", "delete", "patch", "head", "options"}
    )
    out = work / folder.name
    start, cpu = time.perf_counter(), _cpu()
    spec = read_spec(spec_path)  # as `docs2api generate` reads it, once
    assert isinstance(spec, dict), spec
    base = names.package_name(service_name(spec))
    package = generate_client(spec_path, out / "client", package_name=f"{base}_client", spec=spec)
    client_s, client_cpu = time.perf_counter() - start, _cpu() - cpu
    start, cpu = time.perf_counter(), _cpu()
    files = generate_server(spec, out / "server", package_name=f"{base}_server")
    server_s, server_cpu = time.perf_counter() - start, _cpu() - cpu
    client_files = sum(1 for p in package.rglob("*.py"))
    total = client_s + server_s
    return {
        "service": folder.name,
        "operations": operations,
        "client_s": round(client_s, 2),
        "client_cpu_s": round(client_cpu, 2),
        "client_py_files": client_files,
        "stubs_s": round(server_s, 2),
        "stubs_cpu_s": round(server_cpu, 2),
        "stub_files": len(files),
        "total_s": round(total, 2),
        "under_30_s": "yes" if total < TARGET_SECONDS else "NO",
    }


def main() -> None:
    """Measure every corpus service present; print rows and the JSON figures."""
    folders = [CORPUS / name for name in SERVICES if (CORPUS / name).is_dir()]
    if not folders:
        print(json.dumps({"skipped": "../shared/corpus is absent"}))
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="generate-bench-") as tmp:
        for folder in folders:
            row = measure(folder, Path(tmp))
            rows.append(row)
            print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    print(
        json.dumps(
            {
                "rows": rows,
                "target": "client + stubs for the ModelArts corpus spec in under 30 s",
                "note": "wall seconds; cpu_s include child processes (ruff formatting)",
            }
        )
    )


if __name__ == "__main__":
    main()
