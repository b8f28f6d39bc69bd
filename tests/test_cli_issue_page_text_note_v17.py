"""`convert a.txt b.txt --page-text q.txt` says it wrote a folder, as a file of several pages does.

An issue's page texts go into a folder. A file holding several pages, given `--page-text p.txt`, says
so in one note on stderr (tests/test_page_text_folder_note_v16.py); several page files or an issue
folder, given the same file-like name, made the folder `q.txt/` without a word, where the user had
asked for a file. Now they get the same note; a name spelt as a folder (`texts/`) or an existing
folder gets none, and the files written and the exit code are unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE_ONE = "2024年10月12日 星期六 第1版\n\n全市召开会议\n\n近日，全市召开会议。\n"
PAGE_TWO = "2024年10月12日 星期六 第2版\n\n城区新增公交线路\n\n城区新增三条公交线路。\n"


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two flat pages of one issue, in the folder `issue/` of the working folder."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "p1.txt").write_text(PAGE_ONE, encoding="utf-8")
    (folder / "p2.txt").write_text(PAGE_TWO, encoding="utf-8")
    return folder


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("layoutfix: note:")]


def test_several_pages_and_a_file_name_get_a_note_naming_the_folder(
    runner: CliRunner, pages: Path
) -> None:
    result = runner.invoke(app, ["convert", "issue/p1.txt", "issue/p2.txt", "--page-text", "q.txt",
                                 "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == [
        "layoutfix: note: the issue holds 2 pages: wrote their texts into the folder q.txt/ "
        "(p1.txt.txt, p2.txt.txt)"]
    folder = pages.parent / "q.txt"
    assert sorted(p.name for p in folder.iterdir()) == ["p1.txt.txt", "p2.txt.txt"]
    assert (folder / "p2.txt.txt").read_text(encoding="utf-8") == PAGE_TWO


def test_an_issue_folder_and_a_file_name_get_the_note(runner: CliRunner, pages: Path) -> None:
    result = runner.invoke(app, ["convert", "issue/", "--page-text", "texts.txt", "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == [
        "layoutfix: note: issue/ holds 2 pages: wrote their texts into the folder texts.txt/ "
        "(p1.txt.txt, p2.txt.txt)"]


def test_one_page_as_an_issue_is_said_in_the_singular(runner: CliRunner, pages: Path) -> None:
    result = runner.invoke(app, ["convert", "issue/p1.txt:1", "--page-text", "q.txt", "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == [
        "layoutfix: note: the issue holds 1 page: wrote its text into the folder q.txt/ (p1.txt.txt)"]


@pytest.mark.parametrize("given", ["texts/", "existing"])
def test_a_folder_asked_for_gets_no_note(runner: CliRunner, pages: Path, given: str) -> None:
    (pages.parent / "existing").mkdir()
    result = runner.invoke(app, ["convert", "issue/p1.txt", "issue/p2.txt", "--page-text", given,
                                 "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == []
    assert len(list((pages.parent / given).iterdir())) == 2


def test_a_failed_issue_makes_no_folder_and_no_note(runner: CliRunner, pages: Path) -> None:
    (pages / "p2.txt").write_bytes(b"\x00\x01 not text")
    result = runner.invoke(app, ["convert", "issue/p1.txt", "issue/p2.txt", "--page-text", "q.txt",
                                 "-o", "out.xml"])
    assert result.exit_code == 3
    assert _notes(result.stderr) == []
    assert not (pages.parent / "q.txt").exists()
