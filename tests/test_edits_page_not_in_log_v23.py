"""`edits apply|undo --page/--source` with an issue's edit log never give the text back unchanged, exit 0,
for a page the log says is another one: a page file renamed since `convert` (so the log's recorded
`source` no longer matches) named by the label its new name states, a page number or a `--source`
that contradicts the page the file is recorded as. A page the log has no lines for because it had no
edits still comes back unchanged, exit 0, with a note saying the log has no lines for it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from edit_results import error_line
from layoutfix.cli import app

SECTIONS = Path(__file__).resolve().parent / "issues" / "sections-d"
#: A page that needs no edit: its head names it page B5, its text is clean.
CLEAN_PAGE = "2023年10月12日 星期四 第B5版\n\n春风\n\n今天天气很好。\n"


def _invoke(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=stdin)


def _log_pages(log: Path) -> dict[int, str]:
    """The pages an issue's log has lines for, with their recorded page files."""
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["page"]: r["source"] for r in records}


@pytest.fixture(scope="module")
def head_issue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An issue whose pages are labelled by their heads only (`scan_00N.txt`), its last page clean,
    converted with its edit log `issue.jsonl`."""
    root = tmp_path_factory.mktemp("heads")
    folder = root / "issue"
    folder.mkdir()
    shutil.copy(SECTIONS / "gsrb_A01.txt", folder / "scan_001.txt")
    shutil.copy(SECTIONS / "gsrb_B03.txt", folder / "scan_002.txt")
    (folder / "scan_003.txt").write_text(CLEAN_PAGE, encoding="utf-8")
    log = root / "issue.jsonl"
    made = _invoke("convert", str(folder), "-o", str(root / "issue.xml"), "--edits", str(log))
    assert made.exit_code == 0, made.output
    assert sorted(_log_pages(log)) == [1, 2]  # page 3 needed no edit
    return root


@pytest.mark.parametrize("command", ["apply", "undo"])
def test_a_renamed_page_named_by_its_new_label_is_an_error(head_issue: Path, command: str) -> None:
    # Page 2 (printed head B3) renamed B03.txt: its label is not in the log, which records scan_002.txt.
    renamed = head_issue / "renamed" / "B03.txt"
    renamed.parent.mkdir(exist_ok=True)
    source = head_issue / "issue" / "scan_002.txt"
    if command == "apply":
        shutil.copy(source, renamed)
    else:  # undo takes the normalised page
        applied = _invoke("edits", "apply", str(source), str(head_issue / "issue.jsonl"))
        assert applied.exit_code == 0, applied.output
        renamed.write_text(applied.stdout, encoding="utf-8")
    log = str(head_issue / "issue.jsonl")
    line = error_line(_invoke("edits", command, str(renamed), log, "--page", "B3"))
    assert "page B3" in line and "page 1 (" in line and "page 2 (" in line and "--page N" in line
    fixed = _invoke("edits", command, str(renamed), log, "--page", "2")
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout != renamed.read_text(encoding="utf-8")  # page 2's edits made (or undone)


def test_a_page_number_the_file_is_not_recorded_as_is_an_error(head_issue: Path) -> None:
    page2, log = head_issue / "issue" / "scan_002.txt", str(head_issue / "issue.jsonl")
    line = error_line(_invoke("edits", "apply", str(page2), log, "--page", "3"))
    assert "page 3" in line and "is recorded as page 2" in line
    line = error_line(_invoke("edits", "apply", str(page2), log, "--page", "9"))
    assert "page 9" in line and "is recorded as page 2" in line


@pytest.mark.parametrize("command", ["apply", "undo"])
def test_a_source_recorded_as_another_page_is_an_error(head_issue: Path, command: str) -> None:
    page2, log = head_issue / "issue" / "scan_002.txt", str(head_issue / "issue.jsonl")
    line = error_line(_invoke("edits", command, "-", log, "--page", "1", "--source", str(page2),
                               stdin=page2.read_text(encoding="utf-8")))
    assert "is recorded as page 2, not page 1" in line and "page 1 (" in line


@pytest.mark.parametrize("command", ["apply", "undo"])
def test_a_page_without_edits_comes_back_unchanged_with_a_note(head_issue: Path, command: str) -> None:
    clean, log = head_issue / "issue" / "scan_003.txt", str(head_issue / "issue.jsonl")
    for options in (["--page", "3"], ["--source", str(clean)]):
        result = _invoke("edits", command, str(clean), log, *options)
        assert result.exit_code == 0, result.output
        assert result.stdout == CLEAN_PAGE
        assert result.stderr.startswith("layoutfix: note: ") and result.stderr.count("\n") == 1
        assert "no lines for" in result.stderr and "page 1 (" in result.stderr
    # Read from stdin, nothing tells page 7 from a page without edits: the note says it was not checked.
    result = _invoke("edits", command, "-", log, "--page", "7", stdin=CLEAN_PAGE)
    assert result.exit_code == 0 and result.stdout == CLEAN_PAGE
    assert "no lines for page 7" in result.stderr


def test_a_label_with_no_page_free_for_it_is_an_error(tmp_path: Path) -> None:
    # Pages A01.txt (1) and B02.txt (2) both have lines: a page B1 would come between them, so a file
    # named B01.txt is not a page of this issue that had no edits (here: B02.txt renamed).
    folder = tmp_path / "issue"
    folder.mkdir()
    shutil.copy(SECTIONS / "gsrb_A01.txt", folder / "A01.txt")
    shutil.copy(SECTIONS / "gsrb_B03.txt", folder / "B02.txt")
    log = tmp_path / "issue.jsonl"
    made = _invoke("convert", str(folder), "-o", str(tmp_path / "issue.xml"), "--edits", str(log))
    assert made.exit_code == 0, made.output
    assert sorted(_log_pages(log)) == [1, 2]
    renamed = tmp_path / "B01.txt"
    shutil.copy(folder / "B02.txt", renamed)
    line = error_line(_invoke("edits", "apply", str(renamed), str(log), "--page", "B1"))
    assert "page B1" in line and "page 2 (" in line
    # B3 would come after every page with lines: a last page without edits is possible.
    after = tmp_path / "B03.txt"
    after.write_text(CLEAN_PAGE, encoding="utf-8")
    result = _invoke("edits", "apply", str(after), str(log), "--page", "B3")
    assert result.exit_code == 0 and result.stdout == CLEAN_PAGE and "no lines for page B3" in result.stderr


def test_a_one_page_log_gives_no_note(tmp_path: Path) -> None:
    page, log = tmp_path / "p.txt", tmp_path / "p.jsonl"
    page.write_text(CLEAN_PAGE, encoding="utf-8")
    made = _invoke("normalize", str(page), "-o", str(tmp_path / "out.txt"), "--edits", str(log))
    assert made.exit_code == 0, made.output
    result = _invoke("edits", "apply", str(page), str(log))
    assert result.exit_code == 0 and result.stdout == CLEAN_PAGE and result.stderr == ""
