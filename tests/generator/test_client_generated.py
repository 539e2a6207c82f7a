"""Generated client packages: ruff and mypy --strict clean, deterministic, hostile names safe."""

from __future__ import annotations

import importlib
import sys
import tokenize
from pathlib import Path

import pytest

from docs2api.cli import main
from generator import names
from generator.client import generate_client
from tests.generator.client_helpers import (
    SPECS,
    code_tokens,
    generate_and_import,
    import_all,
    load,
    run_tool,
    tree_bytes,
)

# Fragments of the hostile spec's doc text that must never appear outside strings/comments.
HOSTILE_FRAGMENTS = (
    "数据",
    "特性",
    "@modelarts",
    "os:scheduler",
    "{{",
    "{%",
    "%}",
    '"""',
    "\\",
    "pwned",
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile fixture spec generated and imported; the project folder."""
    out = tmp_path_factory.mktemp("hostile")
    generate_and_import(SPECS / "hostile.yaml", out, "hostile_pkg")
    return out


@pytest.fixture(scope="module")
def paging(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The paging fixture spec generated; the project folder."""
    out = tmp_path_factory.mktemp("paging")
    generate_client(SPECS / "paging.yaml", out, package_name="paging_pkg")
    return out


def test_hostile_package_imports_every_module(hostile: Path) -> None:
    modules = import_all(hostile, "hostile_pkg")
    assert "hostile_pkg.iterators" in modules
    assert any(name.startswith("hostile_pkg.api.") and name.count(".") == 3 for name in modules)


def test_hostile_names_become_sanitized_identifiers(hostile: Path) -> None:
    tokens = code_tokens(hostile / "hostile_pkg")
    assert tokens
    for path, token in tokens:
        if token.type == tokenize.NAME:
            assert names.is_identifier(token.string), (path, token)
        for fragment in HOSTILE_FRAGMENTS:
            assert fragment not in token.string, (path, token)


def test_hostile_identifiers_are_the_sanitizer_s(hostile: Path) -> None:
    source = (hostile / "hostile_pkg" / "models" / "feature_spec_v10.py").read_text("utf-8")
    for expected in (
        "class_:",
        "from_:",
        "field_1st:",
        "os_scheduler_hints:",
        "metering_image_id:",
    ):
        assert expected in source
    assert "modelarts_feature:" in source
    assert "u6570_u636e_u96c6_u540d_u79f0:" in source  # 数据集名称
    # the wire names are kept, as string literals
    assert '"@modelarts:feature"' in source and '"os:scheduler_hints"' in source


def test_hostile_operations_are_all_generated(hostile: Path) -> None:
    api = hostile / "hostile_pkg" / "api"
    modules = sorted(p.name for p in api.rglob("*.py") if p.name != "__init__.py")
    assert len(modules) == 3  # the {@feature:id} path placeholder was renamed, not dropped
    assert "import_.py" in modules


@pytest.mark.parametrize("package", ["hostile_pkg", "paging_pkg"])
def test_ruff_clean(package: str, hostile: Path, paging: Path) -> None:
    root = hostile if package == "hostile_pkg" else paging
    check = run_tool(["ruff", "check", "--no-cache", package], root)
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = run_tool(["ruff", "format", "--check", "--no-cache", package], root)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


@pytest.mark.parametrize("package", ["hostile_pkg", "paging_pkg"])
def test_mypy_strict(package: str, hostile: Path, paging: Path) -> None:
    root = hostile if package == "hostile_pkg" else paging
    result = run_tool(
        ["mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", "-p", package], root
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate_client(SPECS / "hostile.yaml", tmp_path / "one", package_name="det_pkg")
    generate_client(SPECS / "hostile.yaml", tmp_path / "two", package_name="det_pkg")
    one, two = tree_bytes(tmp_path / "one"), tree_bytes(tmp_path / "two")
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


def test_generated_files_do_not_mention_the_machine(paging: Path) -> None:
    for name, content in tree_bytes(paging).items():
        assert b"/tmp" not in content, name
        assert str(SPECS).encode() not in content, name


def test_readme_example_names_real_code(paging: Path) -> None:
    readme = (paging / "README.md").read_text("utf-8")
    assert "from paging_pkg import AkSkAuth, Client, RetryPolicy" in readme
    assert "from paging_pkg.iterators import iter_" in readme


def test_cli_generate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["generate", str(SPECS / "paging.yaml"), "-o", str(tmp_path), "--client-only"])
    assert code == 0
    assert (tmp_path / "client" / "demo_client" / "iterators.py").is_file()
    assert capsys.readouterr().out.strip().splitlines()[0] == str(
        tmp_path / "client" / "demo_client"
    )


def test_cli_generate_bad_spec(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("just a string\n", encoding="utf-8")
    assert main(["generate", str(bad), "-o", str(tmp_path / "out"), "--client-only"]) == 2
    refused = tmp_path / "refused.yaml"  # a mapping openapi-python-client will not take
    refused.write_text("openapi: 3.0.3\npaths: 5\n", encoding="utf-8")
    assert main(["generate", str(refused), "-o", str(tmp_path / "out"), "--client-only"]) == 1
    assert main(["generate", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "o")]) == 2


def test_corpus_quirks_generate_clean_code(tmp_path: Path) -> None:
    """Nullable components with inline children, fields named like a model member or like the
    model's own module, list[Any], two classes whose module names collide (FloatingIp /
    FloatingIP), enum values differing only in case, schemas widened to what examples show."""
    notes: list[str] = []
    generate_client(SPECS / "quirks.yaml", tmp_path, package_name="quirks_pkg", diagnostics=notes)
    assert not [note for note in notes if note.startswith(("warning", "error"))], notes
    assert any("field_additional_properties" in note for note in notes)
    models = {p.name for p in (tmp_path / "quirks_pkg" / "models").glob("*.py")}
    assert {"failed_reasons_detail.py", "failed_reasons_steps.py"} <= models
    assert {"floating_ip.py", "floating_ip_2.py"} <= models
    result = run_tool(["mypy", "--strict", "--no-incremental", "-p", "quirks_pkg"], tmp_path)
    assert result.returncode == 0, result.stdout
    sys.path.insert(0, str(tmp_path))
    thing_module = importlib.import_module("quirks_pkg.models.thing")
    thing = thing_module.Thing.from_dict(
        {
            "additional_properties": {"a": "b"},
            "failed_reasons": None,
            "extra": 1,
            "hosts": [1],
            "floating_ip": {"ip": "1.2.3.4"},
            "floating_ip_v2": {"address": "5.6.7.8"},
            "d": "dee",
            "src_dict": 3,
            "thing": {"nested": "n"},
        }
    )
    assert (thing.field_d, thing.field_src_dict) == ("dee", 3)
    # a field named like the model's module (the local from_dict builds the instance in)
    assert thing.field_thing.nested == "n" and thing.to_dict()["thing"] == {"nested": "n"}
    assert thing.to_dict()["d"] == "dee"
    assert thing.floating_ip.ip == "1.2.3.4" and thing.floating_ip_v2.address == "5.6.7.8"
    assert thing.field_additional_properties.additional_properties == {"a": "b"}
    assert thing.additional_properties == {"extra": 1}
    assert thing.to_dict()["additional_properties"] == {"a": "b"}
    method = importlib.import_module("quirks_pkg.models.thing_method").ThingMethod
    assert sorted(m.value for m in method) == ["GET", "POST", "post"]
    widened = thing_module.Thing.from_dict(
        {"method": "post", "weight": "70", "image": "", "versions": [{"ip": "a"}]}
    )
    assert (widened.method, widened.weight, widened.image) == (method("post"), "70", "")
    assert widened.versions[0].ip == "a"
    assert thing_module.Thing.from_dict({"weight": 70, "versions": {"ip": "b"}}).weight == 70
    assert widened.to_dict()["versions"] == [{"ip": "a"}]


def test_hostile_default_keeps_its_exact_value(hostile: Path) -> None:
    module = load("hostile_pkg.models.feature_spec_v10")
    assert module.FeatureSpecV10(class_="x").metering_image_id == 'a"b\\c{{x}}'
    enum = load("hostile_pkg.models.feature_spec_v10_modelarts_feature")
    values = sorted(member.value for member in enum.FeatureSpecV10ModelartsFeature)
    assert values == sorted(["GPU", 'npu"""', "{{ x }}", "数据", "a b"])


def test_parameters_named_like_function_locals_are_renamed(hostile: Path) -> None:
    module = load("hostile_pkg.api.u7279_u6027_u7ba1_u7406.u67e5_u8be2_u7279_u6027_op")
    kwargs = module._get_kwargs("p", "f", params_param="x", body_param="y", headers_param="z")
    assert kwargs["params"]["params"] == "x" and kwargs["params"]["body"] == "y"
    assert kwargs["headers"]["headers"] == "z"
