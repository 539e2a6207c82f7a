"""Golden record: the committed client for the seed spec equals a fresh generation byte for byte."""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.client import generate_client
from tests.generator.client_helpers import tree_bytes

REPO = Path(__file__).resolve().parent.parent.parent
SPEC = REPO / "spec" / "modelarts.yaml"
GOLDEN = REPO / "generated" / "modelarts" / "client"
REGENERATE = (
    'regenerate with: .venv/bin/python -c "from pathlib import Path; '
    "from generator.client import generate_client; generate_client(Path('spec/modelarts.yaml'), "
    "Path('generated/modelarts/client'), package_name='modelarts_client')\" "
    "(or make generate)"
)


def test_golden_client_matches_a_fresh_generation(tmp_path: Path) -> None:
    generate_client(SPEC, tmp_path / "client", package_name="modelarts_client")
    fresh, golden = tree_bytes(tmp_path / "client"), tree_bytes(GOLDEN)
    missing = sorted(fresh.keys() - golden.keys())
    extra = sorted(golden.keys() - fresh.keys())
    assert not missing and not extra, (
        f"files differ: missing {missing}, extra {extra}; {REGENERATE}"
    )
    changed = [name for name in sorted(fresh) if fresh[name] != golden[name]]
    if changed:
        first = changed[0]
        diff = difflib.unified_diff(
            golden[first].decode("utf-8", "replace").splitlines(),
            fresh[first].decode("utf-8", "replace").splitlines(),
            f"golden/{first}",
            f"fresh/{first}",
            lineterm="",
            n=1,
        )
        detail = "\n".join(list(diff)[:40])
        raise AssertionError(f"{len(changed)} generated files differ; {REGENERATE}\n{detail}")
