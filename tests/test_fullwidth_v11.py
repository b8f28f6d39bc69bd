"""v11 audit fixes: full-width marks between ASCII letters and digits, text that only looks like an
HTML tag, and `FILE:0` as a page number."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "全市召开会议\n\n近日，全市召开会议。\n"


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


@pytest.mark.parametrize("command", ["convert", "review"])
@pytest.mark.parametrize("spec", ["0", "00"])
def test_file_colon_zero_is_refused_as_page_zero(
    runner: CliRunner, tmp_path: Path, command: str, spec: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, [command, f"{page}:{spec}"])
    assert result.exit_code == 2, result.stdout
    line = one_error_line(result.stderr)
    assert "start at 1" in line
    assert "biblScope" not in result.stdout


def test_page_zero_option_and_file_colon_zero_exit_alike(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    option = runner.invoke(app, ["convert", str(page), "--page", "0"])
    spec = runner.invoke(app, ["convert", f"{page}:0"])
    assert option.exit_code == spec.exit_code == 2


def test_file_colon_one_is_still_page_one(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["convert", f"{page}:1"])
    assert result.exit_code == 0, result.stderr
    assert 'n="1"' in result.stdout
