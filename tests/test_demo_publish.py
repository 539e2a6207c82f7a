"""The demo's summary names the published HTML reference only when it was written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docs2api import demo


def test_summary_says_when_no_reference_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "OUT", tmp_path)
    monkeypatch.setenv("DOCS2API_NODE_TOOLS", str(tmp_path / "no-node-tools"))
    summary: dict[str, Any] = {}
    spec = demo.build_spec(summary)  # the seed's spec and report, under tmp_path
    demo.publish(spec, summary)
    assert not (tmp_path / "published" / "reference.html").exists()
    assert summary["published"].startswith((tmp_path / "published").resolve().as_uri())
    assert "no HTML reference" in summary["published"]
    assert summary["publish exit code"] == 1
    assert (tmp_path / "published" / "modelarts.yaml").is_file()
