"""Options that cannot work are refused before any work: exit 2 and one `layoutfix: error:` line.

Before: `convert p.txt -o nodir/x.txt` (the folder `nodir` missing) converted the page and then
failed with exit 1 (`nodir/x.txt: cannot write: No such file or directory`), and so did every other
output file option (`--edits`, `--report`, `--page-text`, `-o` of normalize, review, suggest...).
Now each is refused while the command line is read, naming the missing folder, with nothing written."""

from __future__ import annotations

import json
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


# `--page N` numbers one page: with an issue (a folder, several pages, a file of several pages) it
# cannot work. Before it was exit 3 (input cannot be read), found when the issue was read.
@pytest.fixture
def two_pages(work: Path) -> Path:
    """A flat file of two pages set apart by a form feed, as pdftotext writes them."""
    path = work / "two.txt"
    path.write_text("第一版的正文。\n\f第二版的正文。\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("args", "said"), [
    (["convert", "issue/", "--page", "3"], "issue/ is an issue"),
    (["convert", "issue/", "--page", "3", "--edits", "e.jsonl", "--report", "r.json"], "issue/ is an issue"),
    (["convert", "p.txt", "issue/page-1.txt", "--page", "3"], "is an issue"),
    (["convert", "two.txt", "--page", "2"], "two.txt holds 2 pages"),
    (["convert", "p.txt:2", "--page", "3"], "p.txt:2 gives the page's number"),
    (["review", "issue", "--page", "2"], "issue is an issue"),
    (["review", "two.txt", "--page", "2"], "two.txt holds 2 pages"),
])
def test_page_number_with_an_issue_is_a_usage_error(
    runner: CliRunner, work: Path, two_pages: Path, args: list[str], said: str
) -> None:
    before = files_under(work)
    result = runner.invoke(app, [*args, "-o", "out.xml"])
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "--page" in line and said in line, line
    assert files_under(work) == before


@pytest.mark.parametrize("issue", ["issue", "two.txt"])
def test_one_image_for_an_issue_is_a_usage_error(
    runner: CliRunner, work: Path, two_pages: Path, issue: str
) -> None:
    image = work / "p.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    result = runner.invoke(app, ["review", issue, "--image", "p.png", "-o", "r.html"])
    assert result.exit_code == 2, result.stderr
    assert "--image p.png" in one_error_line(result.stderr)
    assert not (work / "r.html").exists()


# A bare `-` reads as standard output, which holds no folder: `batch IN -` and `golden add --dir -`
# made a folder named `-` (exit 0). `./-` still names that folder.
@pytest.mark.parametrize("args", [
    ["batch", "issue", "-", "-j", "1"],
    ["golden", "add", "p.txt", "--name", "case", "--dir", "-"],
])
def test_a_folder_option_given_dash_is_refused(runner: CliRunner, work: Path, args: list[str]) -> None:
    before = files_under(work)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "standard output" in line and "./-" in line, line
    assert not (work / "-").exists()
    assert files_under(work) == before


@pytest.mark.parametrize(("args", "written"), [
    (["batch", "issue", "./-", "-j", "1"], "-/page-1.tei.xml"),
    (["golden", "add", "p.txt", "--name", "case", "--dir", "./-"], "-/case/expected.tei.xml"),
])
def test_a_folder_named_dash_is_written_when_named_so(
    runner: CliRunner, work: Path, args: list[str], written: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert (work / written).read_text(encoding="utf-8").startswith("<?xml")


@pytest.mark.parametrize("args", [
    ["batch", "issue", "p.txt"],
    ["golden", "add", "issue/page-1.txt", "--name", "case", "--dir", "p.txt"],
])
def test_a_folder_option_naming_a_file_is_refused(runner: CliRunner, work: Path, args: list[str]) -> None:
    before = files_under(work)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    assert "'p.txt' is a file" in one_error_line(result.stderr)
    assert files_under(work) == before


@pytest.mark.parametrize("text", ["第一版的正文。\n\f\f第三版的正文。\n",
                                  "第一版的正文。\n\f\n\f第三版的正文。\n\f"])
def test_a_blank_page_between_form_feeds_keeps_its_number_and_is_named(
    runner: CliRunner, work: Path, text: str
) -> None:
    """A flat file whose second page is blank: pages 1 and 3 keep their numbers, page 2 keeps its
    place (a page break, no article), and a warning says so. Before it passed without a word."""
    (work / "blank.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["convert", "blank.txt", "-f", "json", "-o", "out.json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        "layoutfix: warning: blank.txt: page 2 is blank (no text): kept in its place, with no article"]
    articles = json.loads((work / "out.json").read_text(encoding="utf-8"))["articles"]
    assert [(a["id"], [p["text"] for p in a["paragraphs"]]) for a in articles] == [
        ("p1-a1", ["第一版的正文。"]), ("p3-a1", ["第三版的正文。"])]
    tei = runner.invoke(app, ["convert", "blank.txt"])
    assert [n for n in ("1", "2", "3") if f'<pb n="{n}"' in tei.stdout] == ["1", "2", "3"]
    normalized = runner.invoke(app, ["normalize", "blank.txt"])
    assert normalized.exit_code == 0 and normalized.stderr == ""
    assert normalized.stdout.count("\f") == text.count("\f")  # its page breaks stay
