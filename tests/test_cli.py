"""The command line parses, lists its commands, and answers usage errors with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from docs2api.cli import COMMANDS, build_parser, main


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "COMMAND" in out
    for name, summary in COMMANDS.items():
        assert name in out
        assert summary.split()[0] in out


def test_unknown_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2
    assert "unknown command 'no-such-command'" in capsys.readouterr().err


def test_a_misspelt_command_gets_the_closest_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["spce", "docs/"])
    assert exc.value.code == 2
    assert "did you mean 'spec'?" in capsys.readouterr().err


def test_listing_the_commands_imports_none_of_them() -> None:
    # `docs2api --help`, no command or a typo: the list of commands and their summaries, not
    # a second of importing the generator, the linter and the reader to print it
    code = (
        "import sys\n"
        "from docs2api.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('docs2api.commands.', "
        "'scraper', 'generator', 'lxml', 'yaml'))))\n"
    )
    for argv in (["--help"], [], ["spce"]):
        done = subprocess.run(
            [sys.executable, "-c", code, *argv],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.stdout.strip().splitlines()[-1] == "[]", (argv, done.stdout, done.stderr)


def test_parser_builds() -> None:
    assert build_parser().prog == "docs2api"


def test_a_command_loads_only_its_own_module(tmp_path: Path) -> None:
    # `docs2api spec` must not pay for importing the client generator, the mock or the linter
    code = (
        "import sys\n"
        "from docs2api.cli import main\n"
        f"main(['spec', {str(tmp_path / 'none')!r}, '-o', {str(tmp_path / 'out.yaml')!r}])\n"
        "print(sorted(m for m in ('openapi_python_client', 'generator.client', "
        "'docs2api.lint', 'starlette') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr
    assert "input not found" in done.stderr  # the command ran


def test_a_command_is_parsed_with_its_own_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["spec", "--help"])
    assert exc.value.code == 0
    assert "--cache" in capsys.readouterr().out
