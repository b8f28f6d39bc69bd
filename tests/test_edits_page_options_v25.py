"""`edits apply|undo` with an issue's edit log and `--page`/`--source` that contradict the log: never a
message that contradicts itself, never the text back unchanged as if it were the result, and a file
recorded as another page is named as such before any edit is tried.

The issue is `tests/issues/daily-a`, converted as `convert daily-a/ --edits out/log.jsonl --page-text
out/pages`, so its log records `../daily-a/gsrb_p0N.txt` (from the log's folder) as pages 1-4, each
with edits."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from edit_results import error_line
from layoutfix.cli import app

DAILY = Path(__file__).resolve().parent / "issues" / "daily-a"
LOG = "out/log.jsonl"
PAGE1 = "daily-a/gsrb_p01.txt"


def _invoke(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The daily-a issue converted once with its log and page texts (the log's sources are relative
    to its folder, so a copy of the whole folder works as the original)."""
    root = tmp_path_factory.mktemp("daily")
    shutil.copytree(DAILY, root / "daily-a")
    (root / "out").mkdir()
    made = _invoke("convert", str(root / "daily-a"), "-o", str(root / "out/issue.xml"),
                   "--edits", str(root / LOG), "--page-text", str(root / "out/pages"))
    assert made.exit_code == 0, made.output
    log = (root / LOG).read_text("utf-8")
    assert {json.loads(line)["page"] for line in log.splitlines() if line.strip()} == {1, 2, 3, 4}
    return root  # (every page has lines: none is a page without edits)


@pytest.fixture()
def issue(converted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the converted issue, the current folder its top."""
    shutil.copytree(converted, tmp_path / "w")
    monkeypatch.chdir(tmp_path / "w")
    return tmp_path / "w"


@pytest.mark.parametrize("command", ["apply", "undo"])
def test_a_page_file_given_another_page_number_is_named_before_any_edit_is_tried(
    issue: Path, command: str
) -> None:
    res = _invoke("edits", command, PAGE1, LOG, "--page", "3", "-o", "out.txt")
    line = error_line(res)
    assert f"{PAGE1} is recorded as page 1, not page 3" in line
    assert "drop --page 3" in line and "own text (daily-a/gsrb_p03.txt)" in line  # (from here)
    assert "expects" not in line  # not the edit-position mismatch of page 3's first line
    assert not (issue / "out.txt").exists()


def test_a_page_file_given_another_pages_source_is_named_too(issue: Path) -> None:
    line = error_line(_invoke("edits", "apply", PAGE1, LOG, "--source", "daily-a/gsrb_p03.txt"))
    assert f"{PAGE1} is recorded as page 1, not page 3" in line and "drop --source" in line


def test_the_page_file_with_its_own_number_is_applied_and_undone(issue: Path) -> None:
    applied = _invoke("edits", "apply", PAGE1, LOG, "--page", "1", "-o", "p1.norm.txt")
    assert applied.exit_code == 0, applied.output
    normalised = Path("p1.norm.txt").read_text("utf-8")
    assert normalised != Path(PAGE1).read_text("utf-8")  # page 1 had edits
    for options in (["--page", "1"], ["--page", "1", "--source", PAGE1], ["--source", PAGE1]):
        undone = _invoke("edits", "undo", "p1.norm.txt", LOG, *options)
        assert undone.exit_code == 0, (options, undone.output)
        assert undone.stdout == Path(PAGE1).read_text("utf-8")
        assert "note" not in undone.stderr


@pytest.mark.parametrize("given", ["out/pages/gsrb_p01.txt.txt", "p1.norm.txt"])
def test_a_page_number_with_a_source_the_log_does_not_record_for_it_is_an_error(
    issue: Path, given: str
) -> None:
    """`undo OUT LOG --page 1 --source X`, X not page 1's recorded file (its `--page-text` copy, or the
    normalised text itself): was a note `no lines for page 1 ... (the log has lines for page 1 ...)`
    and the text back unchanged, exit 0."""
    assert _invoke("edits", "apply", PAGE1, LOG, "-o", "p1.norm.txt").exit_code == 0
    res = _invoke("edits", "undo", "p1.norm.txt", LOG, "--page", "1", "--source", given, "-o", "back.txt")
    line = error_line(res)
    assert f"page 1 is recorded as ../daily-a/gsrb_p01.txt, not {given}" in line
    assert "drop --source" in line and "no lines" not in line
    assert not Path("back.txt").exists()
    # What the line says to do gives the original back.
    res = _invoke("edits", "undo", "p1.norm.txt", LOG, "--page", "1", "-o", "back.txt")
    assert res.exit_code == 0, res.output
    assert Path("back.txt").read_text("utf-8") == Path(PAGE1).read_text("utf-8")


def test_a_page_the_log_has_no_lines_for_still_comes_back_with_the_note(issue: Path) -> None:
    """A page without edits (page 5, a file the log does not record) is given back unchanged, exit 0,
    with the note, as documented: nothing contradicts it."""
    Path("p05.txt").write_text("春风\n\n今天天气很好。\n", encoding="utf-8")
    res = _invoke("edits", "apply", "p05.txt", LOG, "--page", "5", "--source", "p05.txt")
    assert res.exit_code == 0, res.output
    assert res.stdout == "春风\n\n今天天气很好。\n"
    assert "no lines for page 5" in res.stderr and "has lines for page 1" in res.stderr
