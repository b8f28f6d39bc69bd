"""Options that cannot work are refused before any work: exit 2 and one `layoutfix: error:` line.

Before: `convert p.txt -o nodir/x.txt` (the folder `nodir` missing) converted the page and then
failed with exit 1 (`nodir/x.txt: cannot write: No such file or directory`), and so did every other
output file option (`--edits`, `--report`, `--page-text`, `-o` of normalize, review, suggest...).
Now each is refused while the command line is read, naming the missing folder, with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import files_under, one_error_line, work_folder
from layoutfix.cli import app

TESTS = Path(__file__).parent
PAGE = TESTS / "issues" / "daily-a" / "gsrb_p01.txt"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding a flat page `p.txt` and an issue folder `issue/`."""
    return work_folder(tmp_path, monkeypatch, PAGE)


@pytest.mark.parametrize("args", [
    ["convert", "p.txt", "-o", "nodir/x.txt"],
    ["convert", "p.txt", "-o", "out.xml", "--edits", "nodir/e.jsonl"],
    ["convert", "p.txt", "-o", "out.xml", "--page-text", "nodir/p.txt"],
    ["convert", "issue/", "-o", "out.xml", "--report", "nodir/r.json"],
    ["convert", "issue/", "-o", "out.xml", "--edits", "nodir/sub/e.jsonl"],
    ["normalize", "p.txt", "-o", "nodir/x.txt"],
    ["normalize", "p.txt", "-o", "x.txt", "--edits", "nodir/e.jsonl"],
    ["review", "p.txt", "-o", "nodir/r.html"],
    ["suggest", "p.txt", "-o", "nodir/s.txt"],
    ["batch", "issue", "out", "--report", "nodir/r.json"],
])
def test_an_output_in_a_missing_folder_is_refused_before_any_work(
    runner: CliRunner, work: Path, args: list[str]
) -> None:
    before = files_under(work)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "nodir" in line and "no folder" in line, line
    assert result.stdout == ""
    assert files_under(work) == before
    assert sorted(p.name for p in work.iterdir()) == ["issue", "p.txt"]  # no folder made either


def test_an_output_under_a_file_is_refused_before_any_work(runner: CliRunner, work: Path) -> None:
    """`-o p.txt/x.xml`: the folder named is a file."""
    before = files_under(work)
    result = runner.invoke(app, ["convert", "p.txt", "-o", "p.txt/x.xml"])
    assert result.exit_code == 2, result.stderr
    assert "'p.txt' is not a folder" in one_error_line(result.stderr)
    assert files_under(work) == before


def test_an_output_in_an_existing_folder_is_written(runner: CliRunner, work: Path) -> None:
    """The check refuses only a missing folder: an existing one, given in any spelling, is written."""
    (work / "d").mkdir()
    result = runner.invoke(app, ["convert", "p.txt", "-o", "d/../d/x.xml", "--edits", "./d/e.jsonl"])
    assert result.exit_code == 0, result.stderr
    assert (work / "d" / "x.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert (work / "d" / "e.jsonl").exists()
