"""docs2api check: a small project in a tmp dir (a hand-written page -> committed spec), then
break it in the ways CI must catch."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
import yaml

from docs2api.check import ConfigError, find_config, load_config, render_text, run_check
from docs2api.cli import main


def _cells(tag: str, values: tuple[str, ...]) -> str:
    return "<tr>" + "".join(f"<{tag}><p>{value}</p></{tag}>" for value in values) + "</tr>"


def _table(table_id: str, caption: str, head: tuple[str, ...], rows: list[str]) -> str:
    caption_html = ""
    if caption:  # "Table 2 Request body parameters" -> <b>Table 2 </b>Request body parameters
        word, number, text = caption.split(" ", 2)
        caption_html = f"<caption><b>{word} {number} </b>{text}</caption>"
    return (
        f'<div class="tablenoborder"><table id="{table_id}">{caption_html}'
        f"<thead>{_cells('th', head)}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _section(title: str, *body: str) -> str:
    inner = "\n".join(body)
    return f'<div class="section"><h4 class="sectiontitle">{title}</h4>{inner}</div>'


FOUR = ("Parameter", "Mandatory", "Type", "Description")
REQUEST_ROWS = {
    "name": ("name", "Yes", "String", "Widget name."),
    "size": ("size", "No", "Integer", "Widget size."),
    "color": ("color", "No", "String", "Widget color."),
    "shape": ("shape", "No", "String", "Widget shape."),
}


def page(*rows: str) -> str:
    """A hand-written gen-template page for POST /v1/{project_id}/widgets with these body rows."""
    path_rows = [_cells("td", ("project_id", "Yes", "String", "Project ID."))]
    body_rows = [_cells("td", REQUEST_ROWS[name]) for name in rows]
    response_rows = [_cells("td", ("widget_id", "String", "Widget ID."))]
    sections = [
        _section("Function", "<p>This API is used to create a widget.</p>"),
        _section(
            "URI",
            "<p>POST /v1/{project_id}/widgets</p>",
            _table("CreateWidget__path", "Table 1 Path Parameters", FOUR, path_rows),
        ),
        _section(
            "Request Parameters",
            _table("CreateWidget__request", "Table 2 Request body parameters", FOUR, body_rows),
        ),
        _section(
            "Response Parameters",
            "<p>Status code: 201</p>",
            _table(
                "CreateWidget__response",
                "Table 3 Response body parameters",
                ("Parameter", "Type", "Description"),
                response_rows,
            ),
        ),
        _section(
            "Status Codes",
            _table("", "", ("Status Code", "Description"), [_cells("td", ("201", "Created"))]),
        ),
    ]
    return (
        '<a name="CreateWidget"></a>\n<h1 class="topictitle1">Creating a Widget</h1>\n<div>'
        + "\n".join(sections)
        + "</div>\n"
    )


CONFIG = """
[[specs]]
spec = "spec/widgets.yaml"
inputs = ["docs"]
"""


def git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A committed project: one page, docs2api.toml, and the spec `docs2api spec` built."""
    pytest.importorskip("scraper.html")
    root = tmp_path / "proj"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "CreateWidget.html").write_text(page("name", "size", "color"), "utf-8")
    (root / "docs2api.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["spec", "docs", "-o", "spec/widgets.yaml"]) == 0
    spec = yaml.safe_load((root / "spec" / "widgets.yaml").read_text(encoding="utf-8"))
    body = spec["components"]["schemas"]["CreateWidgetRequest"]["properties"]
    assert set(body) == {"name", "size", "color"}  # the page reads as the test expects
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "widgets")
    return root


def test_clean_project_passes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "ok   spec: spec/widgets.yaml is what its inputs build" in out
    assert "ok   lint: valid OpenAPI" in out
    assert "ok   breaking: no ERR change against HEAD" in out
    assert out.rstrip().endswith("result: passed")


def _line_naming(out: str, *words: str) -> str:
    lines = [line for line in out.splitlines() if all(word in line for word in words)]
    assert lines, f"no line names {words} in:\n{out}"
    return lines[0]


def test_removed_row_fails_naming_page_operation_and_property(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    (project / "docs" / "CreateWidget.html").write_text(page("name", "size"), "utf-8")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL spec: spec/widgets.yaml is not what its inputs build" in out
    assert "docs2api spec docs -o spec/widgets.yaml" in out  # how to fix it
    line = _line_naming(out, "property-removed", "CreateWidget.html", "(CreateWidget)", ".color")
    assert line.lstrip().startswith("ERR")
    assert "-        color:" in out  # the unified diff excerpt
    assert "result: FAILED" in out


def test_rebuilt_breaking_spec_fails_against_the_previous_commit(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "docs" / "CreateWidget.html").write_text(page("name", "size"), "utf-8")
    assert main(["spec", "docs", "-o", "spec/widgets.yaml"]) == 0
    capsys.readouterr()
    assert main(["check"]) == 1  # the spec matches its inputs, but breaks clients of HEAD's
    out = capsys.readouterr().out
    assert "ok   spec:" in out
    assert "FAIL breaking: 1 change(s) at or above ERR against HEAD" in out
    _line_naming(out, "property-removed", "CreateWidget.html", "(CreateWidget)", ".color")

    git(project, "commit", "-q", "-am", "drop color")
    assert main(["check"]) == 0  # against the new HEAD nothing changed
    capsys.readouterr()
    assert main(["check", "--base", "HEAD~1", "--report", "report.md"]) == 1
    report = (project / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# docs2api check: FAILED")
    assert "property-removed" in report and "CreateWidget.html" in report


def test_added_optional_row_is_not_breaking(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = page("name", "size", "color", "shape")
    (project / "docs" / "CreateWidget.html").write_text(text, "utf-8")
    assert main(["spec", "docs", "-o", "spec/widgets.yaml"]) == 0
    capsys.readouterr()
    assert main(["check"]) == 0
    assert "ok   breaking: no ERR change against HEAD (0 ERR, 0 WARN, 1 INFO)" in (
        capsys.readouterr().out
    )


def test_invalid_spec_fails_lint(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_path = project / "spec" / "widgets.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    del spec["paths"]["/v1/{project_id}/widgets"]["post"]["responses"]
    spec["info"]["version"] = 1
    spec_path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "--skip", "spec", "--skip", "breaking"]) == 1
    out = capsys.readouterr().out
    assert "FAIL lint: invalid OpenAPI" in out
    assert "spec:" not in out and "breaking:" not in out


def test_missing_spec_and_inputs(tmp_path: Path) -> None:
    (tmp_path / "docs2api.toml").write_text(
        '[[specs]]\nspec = "spec/none.yaml"\ninputs = ["absent"]\n', encoding="utf-8"
    )
    report = run_check(load_config(tmp_path / "docs2api.toml"))
    assert not report.ok
    steps = {step.step: step for step in report.specs[0].steps}
    assert steps["spec"].status == "FAIL" and "absent" in steps["spec"].summary
    assert steps["spec-file"].status == "FAIL" and "missing" in steps["spec-file"].summary


def test_config_discovery_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.docs2api]\nbase = "main"\nfail_on = "warn"\n'
        '[[tool.docs2api.specs]]\nspec = "a.yaml"\ninputs = ["docs", "more"]\n'
        'generated = "gen/a"\ntitle = "A API"\n',
        encoding="utf-8",
    )
    nested = tmp_path / "sub" / "dir"
    nested.mkdir(parents=True)
    found = find_config(nested)
    assert found == (tmp_path / "pyproject.toml").resolve()
    config = load_config(found)
    assert config.base == "main" and config.fail_on.name == "WARN"
    assert config.specs[0].inputs == ("docs", "more")
    assert config.specs[0].generated == "gen/a" and config.specs[0].title == "A API"
    assert find_config(tmp_path.parent) is None or find_config(tmp_path.parent) != found

    bad = tmp_path / "docs2api.toml"
    for text, problem in (
        ("", "no [[specs]]"),
        ('[[specs]]\nspec = "a.yaml"\n', "inputs"),
        ('[[specs]]\nspec = "a.yaml"\ninputs = ["d"]\noutput = "x"\n', "unknown key(s) output"),
        ('fail_on = "fatal"\n[[specs]]\nspec = "a.yaml"\ninputs = ["d"]\n', "fail_on"),
        ("[[specs", "docs2api.toml"),
    ):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError, match=re.escape(problem)):
            load_config(bad)
    assert main(["check", "--config", str(bad)]) == 2
    assert "docs2api check:" in capsys.readouterr().err


def test_no_config_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    assert "no docs2api.toml" in capsys.readouterr().err


def test_repository_config_lists_the_seed_spec(repo_dir: Path) -> None:
    config = load_config(repo_dir / "docs2api.toml")
    entry = config.specs[0]
    assert entry.spec == "spec/modelarts.yaml"
    assert entry.inputs == ("examples/modelarts-snippets-zh.txt",)
    assert entry.generated == "generated/modelarts"
    assert (repo_dir / entry.inputs[0]).is_file()


def test_generated_code_drift_is_caught(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("generator.client")
    config = project / "docs2api.toml"
    config.write_text(CONFIG + 'generated = "generated/widgets"\n', encoding="utf-8")
    assert main(["generate", "spec/widgets.yaml", "-o", "generated/widgets"]) == 0
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "generated")
    capsys.readouterr()
    assert main(["check"]) == 0
    assert "ok   generated: generated/widgets is what spec/widgets.yaml generates" in (
        capsys.readouterr().out
    )

    edited = sorted((project / "generated" / "widgets").rglob("create_widget_request.py"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (project / "generated" / "widgets" / "stray.py").write_text("", encoding="utf-8")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL generated: generated/widgets is not what spec/widgets.yaml generates" in out
    assert "(1 changed, 0 missing, 1 extra)" in out
    assert "changed: generated/widgets/" in out and "create_widget_request.py" in out
    assert "extra: generated/widgets/stray.py" in out
    assert "-# hand edit" in out
    assert "docs2api generate spec/widgets.yaml -o generated/widgets" in out


def test_long_change_lists_are_capped() -> None:
    from docs2api.check import _change_lines
    from docs2api.diff import Change, Severity

    changes = [
        Change(Severity.INFO, "property-added", "GET /x", f"$.p{i}", "added") for i in range(60)
    ]
    lines = _change_lines(changes)
    assert len(lines) == 51 and lines[-1] == "... and 10 more change(s)"
    assert _change_lines(changes[:3]) == [c.format() for c in changes[:3]]


def test_repository_passes_its_own_gate(repo_dir: Path) -> None:
    """`make test` (what CI runs) includes the gate: the committed seed spec and generated code
    are what examples/ builds, the spec lints, nothing breaks against HEAD."""
    pytest.importorskip("scraper.snippets")
    report = run_check(load_config(repo_dir / "docs2api.toml"))
    assert report.ok, render_text(report)


def test_configured_page_cache_is_used_and_changes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = project / "docs2api.toml"
    config.write_text('cache = ".docs2api-cache"\n' + CONFIG, encoding="utf-8")
    assert load_config(config).cache == project / ".docs2api-cache"
    assert main(["check"]) == 0
    store = sqlite3.connect(project / ".docs2api-cache" / "pages.sqlite3")
    assert store.execute("SELECT count(*) FROM pages").fetchone() == (1,)  # CreateWidget.html
    store.close()
    assert main(["check"]) == 0  # the second run reads the page from the store
    assert capsys.readouterr().out.count("result: passed") == 2
    config.write_text("cache = 3\n" + CONFIG, encoding="utf-8")
    with pytest.raises(ConfigError, match="cache must be a folder path"):
        load_config(config)
