"""What `--help` tells a user is what the option needs: text in square brackets is not eaten by rich."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from layoutfix.cli import app


def test_batch_help_names_the_dask_extra(runner: CliRunner) -> None:
    """`batch --help` says which extra `--dask` needs; rich read `[dask]` as a style tag and dropped
    it, leaving "needs layoutfix." (docs/cli.md: `pip install 'layoutfix[dask]'`)."""
    result = runner.invoke(app, ["batch", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "layoutfix[dask]" in result.stdout


def _command_paths(command: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and group of the CLI, as the words that name it (`()` is `layoutfix` itself).
    (Typer's commands are its own copy of Click's: a group is what has `commands`.)"""
    paths = [path]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        paths += _command_paths(sub, (*path, name))
    return paths


#: The width rich gives the help text at an 80-column terminal: one space of padding either side.
_TEXT_WIDTH = 78


def _broken_early(help_text: str) -> list[str]:
    """The lines of the help's prose (outside its boxes) that end although the next word of their
    paragraph would have fitted on them: a line break kept from the docstring, which rich's own
    wrapping then breaks again (`labelled (titles,` alone on a line at 80 columns)."""
    lines = [line.strip() for line in help_text.splitlines()]
    prose = [line if line and line[0] not in "│╭╰" else "" for line in lines]
    return [line for line, following in pairwise(prose)
            if line and following and len(line) + 1 + len(following.split()[0]) <= _TEXT_WIDTH]


@pytest.mark.parametrize("path", _command_paths(typer.main.get_command(app)), ids=" ".join)
def test_help_paragraphs_reflow_at_80_columns(runner: CliRunner, path: tuple[str, ...]) -> None:
    """`layoutfix convert --help` at 80 columns broke the docstring's lines mid-sentence: its own
    line breaks were kept, and rich wrapped each line again, leaving short lines between."""
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80  # (the width was honoured)
    assert _broken_early(result.stdout) == []
