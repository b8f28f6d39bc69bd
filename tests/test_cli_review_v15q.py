"""Command-line details a review of the fifteenth session found.

1. `batch --help` showed `OUT_DIR <str>` where it showed `<dir>`: OUT_DIR became a str argument
   (so that `./-` can be told from `-`), and the help named the Python type, not the folder.
2. `convert nosuch.txt:2 --page 3` said "drop --page" although the file does not exist: dropping
   --page then gave a second error. The missing file is said first, as without --page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import one_error_line
from layoutfix.cli import app

PAGE = Path(__file__).parent / "pages" / "subhead-title.txt"


def _argument_rows(help_text: str) -> dict[str, str]:
    """The arguments panel of a command's help: each argument's name and what follows it on its row
    (a type, when one is shown, else the opening of its help)."""
    rows = re.findall(r"│\s*\*?\s+([A-Z_]+)\s+(\S+)", help_text)
    return dict(rows)


def test_batch_help_shows_both_folders_by_name_without_a_type(runner: CliRunner) -> None:
    """Neither folder is shown as a Python type (`OUT_DIR <str>`); since the sixteenth session no
    argument row shows a type at all (tests/test_cli_help_usage.py), the name says it is a folder."""
    result = runner.invoke(app, ["batch", "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0, result.output
    rows = _argument_rows(result.stdout)
    assert set(rows) == {"IN_DIR", "OUT_DIR"}, result.stdout
    assert not any(shown.startswith("<") for shown in rows.values()), rows


@pytest.mark.parametrize("args", [["./-"], ["out", "-f", "txt"]])
def test_batch_still_takes_a_folder_spelt_as_given(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """A guard: OUT_DIR is still the path as given (`./-` names a folder called `-`)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.txt").write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["batch", "in", *args, "-j", "1"])
    assert result.exit_code == 0, result.output
    folder = tmp_path / args[0]
    assert sorted(p.name for p in folder.iterdir() if p.suffix in (".xml", ".txt")) != []


@pytest.mark.parametrize("args", [["batch", "in", "-"], ["batch", "in", "p.txt"]])
def test_batch_still_refuses_a_stream_or_a_file_as_out_dir(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "p.txt").write_text("x\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("command", ["convert", "review"])
@pytest.mark.parametrize("item", ["nosuch.txt:2", "nosuch.txt:A4", "sub/none.txt:3"])
def test_a_missing_page_file_is_said_before_a_page_given_twice(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, item: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [command, item, "--page", "3", "-o", "out.html"])
    assert result.exit_code == 3, result.stderr
    line = one_error_line(result.stderr)
    assert f"{item.rsplit(':', 1)[0]}: no such file" in line and "drop --page" not in line


@pytest.mark.parametrize("command", ["convert", "review"])
def test_an_existing_page_file_given_a_number_twice_is_still_refused(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """A guard: the file exists, so --page is the mistake."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.txt").write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, [command, "p.txt:2", "--page", "3", "-o", "out.html"])
    assert result.exit_code == 2, result.stderr
    assert "drop --page" in one_error_line(result.stderr)
