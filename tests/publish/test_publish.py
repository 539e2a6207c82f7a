"""Publishing: spec files, the inlined Redoc reference, the HTML report; doc text escaped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from docs2api.cli import main
from docs2api.publish import publish, render_reference, script_json
from docs2api.report_html import render_report

HOSTILE = '</script><script>alert("x")</script><!-- {{ 7*7 }} & "quotes"'


def hostile_spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Hostile </title> API", "version": "1.0", "description": HOSTILE},
        "paths": {
            "/v1/{project_id}/things": {
                "get": {
                    "operationId": "ListThings",
                    "summary": HOSTILE,
                    "x-source": {"file": "List<b>Things</b>.html", "table": 'x" onclick="y'},
                    "parameters": [
                        {
                            "name": "project_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": {"description": HOSTILE}},
                }
            }
        },
        "components": {"schemas": {"Lost": {"type": "object", "x-orphan": True}}},
    }


def test_script_json_cannot_close_the_script_element() -> None:
    text = script_json({"a": HOSTILE, "b": "\u2028"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": HOSTILE, "b": "\u2028"}


def test_reference_inlines_redoc_and_spec_without_breaking_out() -> None:
    page = render_reference(hostile_spec(), "window.Redoc = {init: function () {}};")
    # the three script elements of the template close, and nothing else does
    assert page.count("</script>") == 3
    assert "alert(" in page  # the text is there, as data inside JSON
    assert '<script>alert("x")' not in page
    assert "<title>Hostile &lt;/title&gt; API</title>" in page
    assert "https://" not in page  # nothing is loaded from the network at view time


def test_report_escapes_doc_text_and_links_sources() -> None:
    report = {
        "pages": [
            {"file": "corpus/List<b>Things</b>.html", "kind": "operation", "reason": HOSTILE}
        ],
        "unused": [{"what": "table", "source": {"file": "a.html", "table": "t1"}, "reason": "r"}],
        "diagnostics": [
            {"level": "warning", "code": "c", "source": {"file": "a.html"}, "message": HOSTILE}
        ],
    }
    lint = {
        "examples_valid_percent": 97.5,
        "keys_declared_percent": 99.0,
        "inconsistencies": [
            {"operation": "ListThings", "example": "200", "message": HOSTILE, "source": None}
        ],
    }
    page = render_report(hostile_spec(), report, lint, spec_name="hostile")
    assert "<script" not in page
    assert "<b>Things</b>" not in page
    assert 'onclick="y' not in page
    assert "97.5%" in page and "99.0%" in page
    assert '<a href="a.html#t1">a.html table t1</a>' in page
    assert "<code>Lost</code>" in page  # the orphan is listed
    assert "ListThings" in page


def test_publish_writes_spec_files_reference_and_report(tmp_path: Path, node_bin: Any) -> None:
    node_bin("redocly")  # makes sure the pinned npm tools (with Redoc) are installed
    spec_path = tmp_path / "hostile.yaml"
    spec_path.write_text(yaml.safe_dump(hostile_spec(), allow_unicode=True), encoding="utf-8")
    result = publish(spec_path, tmp_path / "out")
    assert result.problems == []
    names = sorted(p.name for p in result.written)
    assert names == ["hostile.json", "hostile.yaml", "reference.html", "report.html"]
    out = tmp_path / "out"
    assert json.loads((out / "hostile.json").read_text()) == hostile_spec()
    assert yaml.safe_load((out / "hostile.yaml").read_text()) == hostile_spec()
    assert "Redoc.init" in (out / "reference.html").read_text()


def test_publish_command(tmp_path: Path, node_bin: Any) -> None:
    node_bin("redocly")
    spec_path = tmp_path / "api.yaml"
    spec_path.write_text(yaml.safe_dump(hostile_spec()), encoding="utf-8")
    assert main(["publish", str(spec_path), "-o", str(tmp_path / "pub")]) == 0
    assert (tmp_path / "pub" / "reference.html").exists()
    assert main(["publish", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "x")]) == 2


def test_publish_refuses_a_file_that_is_no_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (it ended in a YAML traceback: the linter and the writer each read the file unchecked)
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\npaths: [1, 2\n", encoding="utf-8")
    assert main(["publish", str(broken), "-o", str(tmp_path / "x")]) == 2
    assert f"docs2api publish: {broken} is not valid YAML/JSON" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
