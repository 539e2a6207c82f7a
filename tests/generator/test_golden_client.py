"""Golden record: the committed client for the seed spec equals a fresh generation byte for byte."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml

from docs2api.mock import create_app
from generator.client import generate_client
from tests.generator.client_helpers import serve, tree_bytes

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


def test_readme_example_runs_against_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's usage example, pointed at the mock (which checks the AK/SK signature)."""
    readme = (GOLDEN / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    assert len([line for line in code.splitlines() if line.strip()]) <= 16
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    monkeypatch.syspath_prepend(str(GOLDEN))
    monkeypatch.setenv("HUAWEICLOUD_PROJECT_ID", "0b4c9d2e5f6a4b7c8d9e0f1a2b3c4d5e")
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "AKREADME")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", "SKREADME")
    with serve(create_app(spec, verify_keys={"AKREADME": "SKREADME"})) as base_url:
        runnable = code.replace('region="cn-north-4",', f"endpoint={base_url!r},")
        assert runnable != code
        namespace: dict[str, object] = {}
        exec(compile(runnable, "README.md", "exec"), namespace)
    assert "page" in namespace
