"""The CI gate: committed specs and generated code are exactly what their inputs build, the
specs lint clean, and nothing breaks against the previous committed spec.

Configuration lives in ``docs2api.toml`` or under ``[tool.docs2api]`` in ``pyproject.toml``;
paths are relative to the file that holds it::

    base = "HEAD"        # git revision the breaking-change diff compares against
    fail_on = "ERR"      # severity of a change (ERR, WARN, INFO) that fails the gate
    cache = ".docs2api-cache"  # optional: keep read pages here (``docs2api spec --cache``)

    [[specs]]
    spec = "spec/modelarts.yaml"                     # the committed spec
    inputs = ["examples/modelarts-snippets-zh.txt"]  # what `docs2api spec` builds it from
    generated = "generated/modelarts"                # optional: `docs2api generate` output
    title = "ModelArts API"                          # optional: --title given to `docs2api spec`

Inputs are read with the configuration's folder as working directory, as ``docs2api spec``
was run there, so that the ``x-source`` file names come out the same.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import subprocess
import tempfile
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from docs2api.diff import Change, Severity, diff_specs
from docs2api.specfile import parse_document

CONFIG_FILE = "docs2api.toml"
STEPS = ("spec", "generated", "lint", "breaking")
_EXCERPT_LINES = 60
_CHANGE_LINES = 50


class ConfigError(ValueError):
    """The configuration is missing or malformed (a usage error, exit code 2)."""


@dataclass(frozen=True, slots=True)
class SpecEntry:
    """One committed spec, the inputs it is built from, and its generated code."""

    spec: str
    inputs: tuple[str, ...]
    generated: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """Where the configuration was found and what it lists."""

    root: Path
    source: Path
    specs: tuple[SpecEntry, ...]
    base: str = "HEAD"
    fail_on: Severity = Severity.ERR
    cache: Path | None = None  # the page cache folder, when configured


def find_config(start: Path) -> Path | None:
    """``docs2api.toml``, or a ``pyproject.toml`` with ``[tool.docs2api]``, here or above."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                data = {}
            if "docs2api" in data.get("tool", {}):
                return pyproject
        if (folder / ".git").exists():
            break
    return None


def load_config(path: Path) -> CheckConfig:
    """Parse a configuration file; raises ConfigError with what is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("docs2api", {})
    raw_specs = data.get("specs")
    if not isinstance(raw_specs, list) or not raw_specs:
        raise ConfigError(f"{path}: no [[specs]] entries (each needs spec = and inputs = [...])")
    specs: list[SpecEntry] = []
    for index, raw in enumerate(raw_specs, 1):
        where = f"{path}: specs entry {index}"
        if not isinstance(raw, dict):
            raise ConfigError(f"{where} is not a table")
        unknown = sorted(set(raw) - {"spec", "inputs", "generated", "title"})
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
        spec, inputs = raw.get("spec"), raw.get("inputs")
        if not isinstance(spec, str) or not spec:
            raise ConfigError(f'{where}: spec = "path/to/spec.yaml" is required')
        if (
            not isinstance(inputs, list)
            or not inputs
            or not all(isinstance(item, str) and item for item in inputs)
        ):
            raise ConfigError(f'{where}: inputs = ["..."] (a non-empty list) is required')
        generated, title = raw.get("generated"), raw.get("title")
        if generated is not None and not isinstance(generated, str):
            raise ConfigError(f"{where}: generated must be a path")
        if title is not None and not isinstance(title, str):
            raise ConfigError(f"{where}: title must be a string")
        specs.append(SpecEntry(spec, tuple(inputs), generated, title))
    base = data.get("base", "HEAD")
    if not isinstance(base, str) or not base:
        raise ConfigError(f"{path}: base must be a git revision")
    try:
        fail_on = Severity.parse(str(data.get("fail_on", "ERR")))
    except ValueError as exc:
        raise ConfigError(f"{path}: fail_on: {exc}") from None
    cache = data.get("cache")
    if cache is not None and (not isinstance(cache, str) or not cache):
        raise ConfigError(f"{path}: cache must be a folder path")
    root = path.parent.resolve()
    return CheckConfig(
        root, path.resolve(), tuple(specs), base, fail_on, root / cache if cache else None
    )


@dataclass(slots=True)
class StepResult:
    """The outcome of one step for one spec: passed, failed (with details), or skipped."""

    step: str
    status: str  # "ok", "FAIL", "skip"
    summary: str
    details: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


@dataclass(slots=True)
class SpecReport:
    """Every step's result for one spec entry."""

    entry: SpecEntry
    steps: list[StepResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No failed step."""
        return all(step.status != "FAIL" for step in self.steps)


@dataclass(slots=True)
class CheckReport:
    """The whole gate's outcome."""

    config: CheckConfig
    specs: list[SpecReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No failed step in any spec."""
        return all(spec.ok for spec in self.specs)

    @property
    def failures(self) -> int:
        """Failed steps, over all specs."""
        return sum(1 for spec in self.specs for step in spec.steps if step.status == "FAIL")


@contextlib.contextmanager
def _working_directory(folder: Path) -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


def _excerpt(old: str, new: str, old_name: str, new_name: str) -> list[str]:
    lines = list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), old_name, new_name, n=2, lineterm=""
        )
    )
    if len(lines) > _EXCERPT_LINES:
        rest = len(lines) - _EXCERPT_LINES
        lines = [*lines[:_EXCERPT_LINES], f"... ({rest} more diff lines)"]
    return lines


def _load_yaml_text(text: str) -> dict[str, Any] | None:
    try:
        data = parse_document(text)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def run_check(
    config: CheckConfig, *, base: str | None = None, steps: Sequence[str] = STEPS
) -> CheckReport:
    """Run the chosen steps for every spec entry of ``config``."""
    report = CheckReport(config)
    for entry in config.specs:
        spec_report = SpecReport(entry)
        report.specs.append(spec_report)
        spec_path = config.root / entry.spec
        committed = spec_path.read_text(encoding="utf-8") if spec_path.is_file() else None
        committed_spec = _load_yaml_text(committed) if committed is not None else None
        if "spec" in steps:
            spec_report.steps.append(_check_spec(config, entry, committed, committed_spec))
        if committed_spec is None:
            problem = "missing" if committed is None else "not a YAML mapping"
            spec_report.steps.append(StepResult("spec-file", "FAIL", f"{entry.spec} is {problem}"))
            continue
        if "generated" in steps:
            spec_report.steps.append(_check_generated(config, entry))
        if "lint" in steps:
            spec_report.steps.append(_check_lint(committed_spec))
        if "breaking" in steps:
            spec_report.steps.append(
                _check_breaking(config, entry, committed_spec, base or config.base)
            )
    return report


def _rebuild_command(entry: SpecEntry) -> str:
    title = f" --title {entry.title!r}" if entry.title else ""
    return f"docs2api spec {' '.join(entry.inputs)} -o {entry.spec}{title}"


def _check_spec(
    config: CheckConfig,
    entry: SpecEntry,
    committed: str | None,
    committed_spec: dict[str, Any] | None,
) -> StepResult:
    """Rebuild the spec from its inputs and compare with the committed file."""
    from scraper.pagecache import PageCache
    from scraper.pipeline import spec_from_inputs
    from scraper.yamlio import dump_yaml

    missing = [
        item for item in entry.inputs if "://" not in item and not (config.root / item).exists()
    ]
    if missing:
        return StepResult("spec", "FAIL", f"input(s) not found: {', '.join(missing)}")
    with (
        _working_directory(config.root),
        PageCache(config.cache) if config.cache else contextlib.nullcontext() as cache,
    ):
        result = spec_from_inputs(list(entry.inputs), title=entry.title, cache=cache)
    rebuilt = dump_yaml(result.spec)
    errors = [d for d in result.diagnostics if d.level.value == "error"]
    note = f" ({len(errors)} input error(s) reported by the build)" if errors else ""
    if committed == rebuilt:
        return StepResult("spec", "ok", f"{entry.spec} is what its inputs build{note}")
    step = StepResult(
        "spec",
        "FAIL",
        f"{entry.spec} is not what its inputs build; rebuild it with: {_rebuild_command(entry)}",
    )
    if committed_spec is not None:
        # committed -> rebuilt: what the docs changed, named by page, operation and property
        step.changes = diff_specs(committed_spec, result.spec)
        step.details.extend(_change_lines(step.changes))
    step.details.extend(
        _excerpt(
            committed or "",
            rebuilt,
            f"{entry.spec} (committed)",
            f"{entry.spec} (rebuilt from inputs)",
        )
    )
    return step


def _regenerate(spec_path: Path, out_dir: Path) -> str | None:
    """Run ``docs2api generate SPEC -o OUT`` in-process (the command itself, so the layout is
    exactly what users commit); None on success, else what went wrong."""
    import argparse
    import importlib
    import io

    try:
        generate = importlib.import_module("docs2api.commands.generate")
    except ModuleNotFoundError as exc:
        if exc.name != "docs2api.commands.generate":
            raise
        return "the generate command is not installed"
    parser = argparse.ArgumentParser(prog="docs2api generate")
    generate.add_arguments(parser)
    args = parser.parse_args([str(spec_path), "-o", str(out_dir)])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = generate.run(args)
    if code != 0:
        return f"docs2api generate exited {code}: {err.getvalue().strip()[:2000]}"
    return None


def _tree(folder: Path) -> dict[str, bytes]:
    skip = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not skip.intersection(path.relative_to(folder).parts):
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def _check_generated(config: CheckConfig, entry: SpecEntry) -> StepResult:
    """Regenerate code from the committed spec and compare with the committed folder."""
    if not entry.generated:
        return StepResult("generated", "skip", "no generated folder configured")
    committed_dir = config.root / entry.generated
    with tempfile.TemporaryDirectory(prefix="docs2api-check-") as scratch:
        fresh_dir = Path(scratch) / Path(entry.generated).name
        with _working_directory(config.root):
            problem = _regenerate(Path(entry.spec), fresh_dir)
        if problem is not None:
            return StepResult(
                "generated", "FAIL", f"cannot regenerate {entry.generated}: {problem}"
            )
        fresh = _tree(fresh_dir)
    committed = _tree(committed_dir) if committed_dir.is_dir() else {}
    added = sorted(fresh.keys() - committed.keys())
    removed = sorted(committed.keys() - fresh.keys())
    changed = sorted(k for k in fresh.keys() & committed.keys() if fresh[k] != committed[k])
    if not (added or removed or changed):
        return StepResult(
            "generated",
            "ok",
            f"{entry.generated} is what {entry.spec} generates ({len(fresh)} files)",
        )
    step = StepResult(
        "generated",
        "FAIL",
        f"{entry.generated} is not what {entry.spec} generates "
        f"({len(changed)} changed, {len(added)} missing, {len(removed)} extra); regenerate with: "
        f"docs2api generate {entry.spec} -o {entry.generated}",
    )
    step.details.extend(f"missing: {entry.generated}/{name}" for name in added[:20])
    step.details.extend(f"extra: {entry.generated}/{name}" for name in removed[:20])
    budget = _EXCERPT_LINES
    for name in changed:
        step.details.append(f"changed: {entry.generated}/{name}")
        if budget > 0:
            old = committed[name].decode("utf-8", errors="replace")
            new = fresh[name].decode("utf-8", errors="replace")
            lines = _excerpt(old, new, f"{name} (committed)", f"{name} (regenerated)")
            step.details.extend(lines[:budget])
            budget -= len(lines)
    return step


def _check_lint(spec: dict[str, Any]) -> StepResult:
    """``docs2api lint``: the spec must be valid OpenAPI; example inconsistencies are notes."""
    from docs2api.lint import lint_spec

    result = lint_spec(spec)
    figures = (
        f"{len(result.inconsistencies)} example/schema inconsistencies in the docs, "
        f"examples valid {result.valid_percent:.1f}%"
    )
    if result.valid:
        return StepResult("lint", "ok", f"valid OpenAPI; {figures}")
    return StepResult("lint", "FAIL", f"invalid OpenAPI; {figures}", details=list(result.errors))


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
    )


def previous_spec(root: Path, spec: str, base: str) -> tuple[dict[str, Any] | None, str]:
    """The spec as committed at ``base`` (None when there is none) and a note saying why."""
    top = _git(root, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        return None, "not a git checkout; no previous spec to compare with"
    relative = (root / spec).resolve().relative_to(Path(top.stdout.strip()).resolve())
    shown = _git(root, "show", f"{base}:{relative.as_posix()}")
    if shown.returncode != 0:
        return None, f"{spec} does not exist at {base}; nothing to compare with"
    data = _load_yaml_text(shown.stdout)
    if data is None:
        return None, f"{spec} at {base} is not a YAML mapping; nothing to compare with"
    return data, ""


def _check_breaking(
    config: CheckConfig, entry: SpecEntry, spec: dict[str, Any], base: str
) -> StepResult:
    """Diff the previous committed spec (git ``base``) against the current one."""
    previous, why = previous_spec(config.root, entry.spec, base)
    if previous is None:
        return StepResult("breaking", "skip", why)
    changes = diff_specs(previous, spec)
    failing = [c for c in changes if c.severity >= config.fail_on]
    counts = ", ".join(
        f"{sum(1 for c in changes if c.severity == s)} {s.name}"
        for s in sorted(Severity, reverse=True)
    )
    if not failing:
        return StepResult(
            "breaking", "ok", f"no {config.fail_on.name} change against {base} ({counts})"
        )
    step = StepResult(
        "breaking",
        "FAIL",
        f"{len(failing)} change(s) at or above {config.fail_on.name} against {base} ({counts})",
        changes=failing,
    )
    step.details.extend(_change_lines(failing))
    return step


def _change_lines(changes: Sequence[Change]) -> list[str]:
    """One line per change, most severe first, at most _CHANGE_LINES of them."""
    lines = [change.format() for change in changes[:_CHANGE_LINES]]
    if len(changes) > _CHANGE_LINES:
        lines.append(f"... and {len(changes) - _CHANGE_LINES} more change(s)")
    return lines


def render_text(report: CheckReport) -> str:
    """The report as indented text for the terminal and CI logs."""
    lines = [f"docs2api check ({report.config.source.name}): {len(report.specs)} spec(s)"]
    for spec in report.specs:
        lines.append(spec.entry.spec)
        for step in spec.steps:
            lines.append(f"  {step.status:<4} {step.step}: {step.summary}")
            lines.extend(f"       {line}" for line in step.details)
    verdict = "passed" if report.ok else f"FAILED ({report.failures} failed step(s))"
    lines.append(f"result: {verdict}")
    return "\n".join(lines) + "\n"


def render_markdown(report: CheckReport) -> str:
    """The report as Markdown (CI job summary / artifact)."""
    lines = [f"# docs2api check: {'passed' if report.ok else 'FAILED'}", ""]
    for spec in report.specs:
        lines.append(f"## `{spec.entry.spec}`")
        lines.append("")
        for step in spec.steps:
            mark = {"ok": "✅", "FAIL": "❌"}.get(step.status, "⏭️")
            lines.append(f"- {mark} **{step.step}**: {step.summary}")
            if step.details:
                lines.append("")
                lines.append("  ```")
                lines.extend(f"  {line}" for line in step.details)
                lines.append("  ```")
        lines.append("")
    return "\n".join(lines)
