"""Spec -> a typed Python client package: openapi-python-client with our templates, then ruff.

openapi-python-client parses the spec and renders its templates with ours first on the search
path (``generator/templates/client``: overrides of its client, errors, types, endpoint module
and package templates, and additions: Huawei auth, retries, pagination, iterators). While it
runs, its identifier sanitizer is replaced by ``generator.names.sanitize`` so that every
identifier of the generated code is ASCII, whatever language the docs are in.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client import strings as opc_strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

from generator import model, names, render

TEMPLATES = Path(__file__).resolve().parent / "templates" / "client"
#: Our additional modules, rendered into the package next to openapi-python-client's output.
EXTRA_MODULES = ("huawei_auth.py", "retry.py", "pagination.py", "iterators.py")


class GenerationError(Exception):
    """The spec could not be turned into a client at all (``problems`` says why)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems) or "client generation failed")


@contextmanager
def _our_sanitizer() -> Iterator[None]:
    """openapi-python-client derives every identifier through ``strings.sanitize``: use ours."""
    original = opc_strings.sanitize
    opc_strings.sanitize = names.sanitize
    try:
        yield
    finally:
        opc_strings.sanitize = original


def load_spec(spec_path: Path) -> dict[str, Any]:
    """The OpenAPI document at ``spec_path`` (YAML or JSON)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster on big specs
    data = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict):
        raise GenerationError([f"{spec_path}: not an OpenAPI document"])
    return data


def _describe(error: GeneratorError) -> str:
    header = error.header or ""
    detail = (error.detail or "").strip().splitlines()
    return f"{error.level.value}: {header} {detail[0] if detail else ''}".strip()


def _config(spec_path: Path, project_dir: Path, package: str) -> Config:
    config_file = ConfigFile(
        package_name_override=package,
        project_name_override=package.replace("_", "-"),
        post_hooks=[],
        literal_enums=False,
    )
    return Config.from_sources(
        config_file,
        MetaType.UV,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=project_dir,
    )


def _parse(
    spec: dict[str, Any], spec_path: Path, work: Path, package: str, notes: list[str]
) -> tuple[GeneratorData, Config, model.ClientView]:
    """openapi-python-client's parse of ``spec`` and our view of it (inside our sanitizer)."""
    config = _config(spec_path, work, package)
    try:
        data = GeneratorData.from_dict(spec, config=config)
    except Exception as exc:  # its parser has crashed on odd specs (a component that is a
        # $ref to a missing schema: UnboundLocalError in 0.29); a refusal, not our traceback
        detail = f"{type(exc).__name__}: {exc}"
        raise GenerationError(
            [f"openapi-python-client could not read the spec ({detail})"]
        ) from exc
    if isinstance(data, GeneratorError):
        raise GenerationError([_describe(data)])
    moved = model.dedupe_model_modules(data)
    notes.extend(f"renamed clashing model module {name}" for name in moved)
    renamed = model.rename_model_members(data)
    notes.extend(f"renamed clashing field {name}" for name in renamed)
    params = model.rename_reserved_params(data)
    notes.extend(f"renamed parameter {name}" for name in params)
    model.fix_string_defaults(data)
    return data, config, model.build_view(spec, data, package=package)


def describe_client(spec_path: Path, *, package_name: str | None = None) -> model.ClientView:
    """The view model of the client ``generate_client`` would write (nothing is written)."""
    spec = model.prepare_spec(load_spec(spec_path))
    package = model.package_name(spec, package_name)
    with _our_sanitizer():
        return _parse(spec, spec_path, Path("unused"), package, [])[2]


def generate_client(
    spec_path: Path,
    out_dir: Path,
    *,
    package_name: str | None = None,
    diagnostics: list[str] | None = None,
    spec: Mapping[str, Any] | None = None,
) -> Path:
    """Generate the client project into ``out_dir`` (replaced); return the package directory.

    ``spec``: the document at ``spec_path`` when the caller has read it already (it is not
    changed); else it is read here.

    ``out_dir`` receives ``pyproject.toml``, ``README.md`` and the package folder. Warnings
    (operations openapi-python-client skipped, iterators not generated) are appended to
    ``diagnostics``. Raises GenerationError when the spec cannot be used at all.
    """
    notes = diagnostics if diagnostics is not None else []
    prepared = model.prepare_spec(load_spec(spec_path) if spec is None else spec)
    package = model.package_name(prepared, package_name)
    with tempfile.TemporaryDirectory(prefix="docs2api-client-") as scratch:
        work = Path(scratch) / "project"
        with _our_sanitizer():
            data, config, view = _parse(prepared, spec_path, work, package, notes)
            project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
            project.env.globals["d2a"] = view
            render.install_filters(project.env)
            with redirect_stdout(io.StringIO()):  # it prints progress; our stdout is data
                errors = list(project.build())
            for name in EXTRA_MODULES:
                template = project.env.get_template(f"{name}.jinja")
                render.write(project.package_dir / name, template.render())
        fatal = [error for error in errors if error.level == ErrorLevel.ERROR]
        notes.extend(_describe(error) for error in errors)
        notes.extend(view.notes)
        if fatal:
            raise GenerationError([_describe(error) for error in fatal])
        python_files = sorted(work.rglob("*.py"))
        render.format_python(python_files, config=work / "pyproject.toml")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(work, out_dir)
    return out_dir / package
