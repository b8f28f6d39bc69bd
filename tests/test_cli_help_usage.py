"""What every `--help` shows does not depend on the typer release installed (CI takes the newest).

typer 0.29 printed `<bool>` beside every flag (`--version  <bool>  Print the version and exit.`,
even `--help`), and doubled the ellipsis of an argument that takes several values in the usage line
(`layoutfix convert [OPTIONS] {PAGE...}...`); typer 0.28 wrote `{PAGE...}` and 0.26 `PAGE...`.
Each release also showed a type beside an argument, a different one in each: 0.29 the Python type
(`PAGE...  <list[str]>`, `PAGE.txt  <str>`, `[DIR]...  <list[Path]>`), 0.28 `<str>`, 0.26 `TEXT`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from layoutfix.cli import app


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """Every command and group of the CLI with the words that name it (`()` is `layoutfix` itself).
    (Typer's commands are its own copy of Click's: a group is what has `commands`.)"""
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found += _commands(sub, (*path, name))
    return found


_COMMANDS = _commands(typer.main.get_command(app))
_IDS = [" ".join(path) or "layoutfix" for path, _ in _COMMANDS]


def _help(runner: CliRunner, path: tuple[str, ...]) -> str:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.stdout


def _usage_line(help_text: str) -> str:
    """The usage line of a help page, without its `Usage:` label and the padding around it."""
    lines = [line.strip() for line in help_text.splitlines() if line.strip().startswith("Usage:")]
    assert len(lines) == 1, help_text
    return lines[0].removeprefix("Usage:").strip()


def _arguments(command: Any) -> list[str]:
    """The names the command's positional arguments are declared with (their metavars)."""
    return [param.metavar for param in command.params if param.param_type_name == "argument"]


@pytest.mark.parametrize(("path", "command"), _COMMANDS, ids=_IDS)
def test_help_shows_no_type_beside_a_flag(runner: CliRunner, path: tuple[str, ...], command: Any) -> None:
    """A flag takes no value: its row is the flag and its help, with no `<bool>` between them."""
    help_text = _help(runner, path)
    assert "<bool>" not in help_text
    assert re.search(r"--help\s+Show this message and exit\.", help_text), help_text


@pytest.mark.parametrize(("path", "command"), _COMMANDS, ids=_IDS)
def test_usage_names_each_argument_once_as_declared(
    runner: CliRunner, path: tuple[str, ...], command: Any
) -> None:
    """The usage line is the command, `[OPTIONS]` and the arguments as their help names them
    (`PAGE...`, `[DIR]...`): no second ellipsis, no braces a typer release adds around them."""
    usage = _usage_line(_help(runner, path))
    words = ["layoutfix", *path, "[OPTIONS]", *_arguments(command)]
    if hasattr(command, "commands"):
        words += ["COMMAND", "[ARGS]..."]
    assert usage == " ".join(words)
    assert "}..." not in usage and "...." not in usage


def test_convert_usage_takes_pages(runner: CliRunner) -> None:
    """The case a user reported: convert takes one or more pages."""
    assert _usage_line(_help(runner, ("convert",))) == "layoutfix convert [OPTIONS] PAGE..."


def _argument_rows(command: Any) -> list[tuple[str, str]]:
    """(metavar, the opening words of its help) for each argument of the command that has help."""
    return [(param.metavar, " ".join(param.help.split()[:3])) for param in command.params
            if param.param_type_name == "argument" and param.help]


_WITH_ARGUMENTS = [(path, command) for path, command in _COMMANDS if _argument_rows(command)]


@pytest.mark.parametrize(("path", "command"), _WITH_ARGUMENTS,
                         ids=[" ".join(path) for path, _ in _WITH_ARGUMENTS])
def test_help_shows_an_argument_by_its_name_and_help_only(
    runner: CliRunner, path: tuple[str, ...], command: Any
) -> None:
    """An argument's row is its name and its help, with no type between them: typer 0.29 showed the
    Python type (`PAGE...  <list[str]>`, `PAGE.txt  <str>`, `[DIR]...  <list[Path]>`), 0.28 `<str>`,
    `<directory>`, 0.26 `TEXT`, `DIRECTORY`."""
    help_text = _help(runner, path)
    for metavar, opening in _argument_rows(command):
        row = re.compile(rf"(?:^|[\s│*]){re.escape(metavar)}\s+{re.escape(opening)}", re.MULTILINE)
        assert row.search(help_text), (metavar, help_text)
    assert not re.search(r"<(?:list\[|str>|path>|directory>|file>)", help_text, re.IGNORECASE), help_text


def test_an_argument_still_converts_its_value_after_help(runner: CliRunner, tmp_path: Any) -> None:
    """The type hidden from the help row is the argument's own again once the help is printed: the
    folder given to `rules test` is still read as a folder (with a stand-in type left, the value
    could not be converted at all)."""
    _help(runner, ("rules", "test"))
    (tmp_path / "lexicon").mkdir()  # (a folder holding nothing to read is an error)
    (tmp_path / "lexicon" / "w.txt").write_text("驻甘 5\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "test", str(tmp_path)])
    assert result.exit_code == 0, result.output


@pytest.mark.skipif(not hasattr(typer, "TyperException"),
                    reason="typer 0.26 has no typer.TyperException, which the usage error path catches")
def test_an_argument_still_checks_its_value_after_help(runner: CliRunner, tmp_path: Any) -> None:
    """A folder that does not exist is still refused after the help was printed, exit 2."""
    _help(runner, ("rules", "test"))
    missing = runner.invoke(app, ["rules", "test", str(tmp_path / "none")])
    assert missing.exit_code == 2, missing.output
    assert "does not exist" in missing.stderr


def test_plain_help_shows_an_argument_by_its_name_and_help_only() -> None:
    """Without rich (`TYPER_USE_RICH=0`, read when typer is imported, hence a new process) typer
    0.29 wrote `PAGE... <list[str]>` too."""
    env = {**os.environ, "TYPER_USE_RICH": "0", "COLUMNS": "200"}
    result = subprocess.run([sys.executable, "-m", "layoutfix.cli", "convert", "--help"], env=env,
                            capture_output=True, text=True, check=True)
    assert re.search(r"^\s+PAGE\.\.\.\s+One OCR page", result.stdout, re.MULTILINE), result.stdout
    assert "<list[str]>" not in result.stdout
