"""`convert FILE --page-text p.txt` on a file holding several pages says it wrote a folder.

A file of several pages is an issue, whose page texts go into a folder (docs/cli.md, docs/issues.md):
`--page-text p.txt` silently made a folder named `p.txt`, where the user asked for a file. Now one note
on stderr names the folder and the files in it; the exit code and the files written are unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from test_multipage_files import PAGE_TEXTS, _hocr

PAGE_ONE = "2024年10月12日 星期六 第1版\n\n全市召开会议\n\n近日，全市召开会议。\n"
PAGE_TWO = "2024年10月12日 星期六 第2版\n\n城区新增公交线路\n\n城区新增三条公交线路。\n"


@pytest.fixture
def two_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A flat text file whose form feed sets two pages apart, in the working folder."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "two.txt"
    path.write_text(PAGE_ONE + "\f" + PAGE_TWO, encoding="utf-8")
    return path


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "--page-text" in line or "holds" in line]


def test_a_file_name_for_several_pages_gets_a_note_naming_the_folder(
    runner: CliRunner, two_pages: Path
) -> None:
    result = runner.invoke(app, ["convert", "two.txt", "--page-text", "p.txt", "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == [
        "layoutfix: note: two.txt holds 2 pages: wrote their texts into the folder p.txt/ "
        "(two.txt.p1.txt, two.txt.p2.txt)"]
    folder = two_pages.parent / "p.txt"
    assert sorted(p.name for p in folder.iterdir()) == ["two.txt.p1.txt", "two.txt.p2.txt"]
    assert (folder / "two.txt.p2.txt").read_text(encoding="utf-8") == PAGE_TWO


def test_many_pages_are_named_first_and_last(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pages = [*PAGE_TEXTS, *([f"2024年10月12日 星期六 第{n}版", "城区新增三条公交线路。"] for n in (4, 5))]
    (tmp_path / "scan.hocr").write_text(_hocr(pages), encoding="utf-8")
    result = runner.invoke(app, ["convert", "scan.hocr", "--page-text", "scan.txt", "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == [
        "layoutfix: note: scan.hocr holds 5 pages: wrote their texts into the folder scan.txt/ "
        "(scan.hocr.p1.txt … scan.hocr.p5.txt)"]
    assert len(list((tmp_path / "scan.txt").iterdir())) == 5


@pytest.mark.parametrize("given", ["texts/", "existing"])
def test_a_folder_asked_for_gets_no_note(runner: CliRunner, two_pages: Path, given: str) -> None:
    (two_pages.parent / "existing").mkdir()
    result = runner.invoke(app, ["convert", "two.txt", "--page-text", given, "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == []
    assert len(list((two_pages.parent / given).iterdir())) == 2


def test_one_page_writes_the_file_without_a_note(runner: CliRunner, two_pages: Path) -> None:
    (two_pages.parent / "one.txt").write_text(PAGE_ONE, encoding="utf-8")
    result = runner.invoke(app, ["convert", "one.txt", "--page-text", "p.txt", "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    assert _notes(result.stderr) == []
    assert (two_pages.parent / "p.txt").read_text(encoding="utf-8") == PAGE_ONE
