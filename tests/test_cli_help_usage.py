"""What every `--help` shows does not depend on the typer release installed (CI takes the newest).

typer 0.29 printed `<bool>` beside every flag (`--version  <bool>  Print the version and exit.`,
even `--help`), and doubled the ellipsis of an argument that takes several values in the usage line
(`layoutfix convert [OPTIONS] {PAGE...}...`); typer 0.28 wrote `{PAGE...}` and 0.26 `PAGE...`.
"""

from __future__ import annotations

import re
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
