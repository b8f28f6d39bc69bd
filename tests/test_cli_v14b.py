"""Options a command cannot honour are refused before any work, not ignored or found out afterwards.

Before: `convert p.txt --report r.json` (one page, not an issue) exited 0 and wrote no report, and
`--keep-parts` with one page changed nothing, both silently; `normalize p.txt -o d` with `d` an
existing folder did all the work and then failed (exit 1, `d: cannot write: Is a directory`), as did
`-o DIR` of every other command, while `--edits DIR` was refused at once (exit 2). Now each is one
`layoutfix: error:` line and exit 2, with nothing written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import files_under, one_error_line, work_folder
from layoutfix.cli import app

TESTS = Path(__file__).parent
#: A flat page whose first article jumps to page 3 (`（下转第3版）`), so an issue has a jump to report.
JUMPING_PAGE = TESTS / "issues" / "daily-a" / "gsrb_p01.txt"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding a flat page `p.txt`, an issue folder `issue/` and an empty folder `d/`."""
    return work_folder(tmp_path, monkeypatch, JUMPING_PAGE, "d")


@pytest.mark.parametrize(("extra", "named"), [
    (["--report", "r.json"], ["--report"]),
    (["--report", "-"], ["--report"]),
    (["--keep-parts"], ["--keep-parts"]),
    (["--keep-parts", "--report", "r.json"], ["--keep-parts", "--report"]),
    (["--report", "r.json", "--edits", "e.jsonl", "--page-text", "t.txt"], ["--report"]),
])
def test_issue_options_with_one_page_are_refused(
    runner: CliRunner, work: Path, extra: list[str], named: list[str]
) -> None:
    """`convert p.txt --report r.json -o out.tei` exited 0 with the TEI and no report, saying nothing."""
    before = files_under(work)
    result = runner.invoke(app, ["convert", "p.txt", "-o", "out.tei", *extra])
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert all(option in line for option in named), line
    assert "issue" in line and "p.txt" in line
    assert result.stdout == ""
    assert files_under(work) == before


def test_issue_options_with_one_page_from_stdin_are_refused(runner: CliRunner, work: Path) -> None:
    result = runner.invoke(app, ["convert", "-", "--report", "r.json"],
                           input=JUMPING_PAGE.read_text(encoding="utf-8"))
    assert result.exit_code == 2, result.stderr
    assert "--report" in one_error_line(result.stderr)
    assert result.stdout == ""
    assert not (work / "r.json").exists()


def test_a_page_named_as_a_one_page_issue_still_gets_its_report(runner: CliRunner, work: Path) -> None:
    """The way the refusal points to: `FILE:N` converts one page as an issue, which has a report."""
    result = runner.invoke(app, ["convert", "p.txt:1", "--report", "r.json", "--keep-parts", "-o", "o.tei"])
    assert result.exit_code == 0, result.stderr
    report = json.loads((work / "r.json").read_text(encoding="utf-8"))
    assert [page["source"] for page in report["pages"]] == ["p.txt"]
    assert report["unresolved"], report  # its jump to page 3, not in this issue


def test_issue_options_with_an_issue_still_work(runner: CliRunner, work: Path) -> None:
    result = runner.invoke(app, ["convert", "issue/", "--keep-parts", "--report", "r.json", "-o", "o.tei"])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads((work / "r.json").read_text(encoding="utf-8"))["pages"]) == 3
    assert (work / "o.tei").read_text(encoding="utf-8").startswith("<?xml")


def _log(work: Path) -> None:
    """An edit log of p.txt (e.jsonl) and its normalised text (n.txt), for `edits apply|undo`."""
    result = CliRunner().invoke(app, ["normalize", "p.txt", "-o", "n.txt", "--edits", "e.jsonl"])
    assert result.exit_code == 0, result.stderr


#: Every command's `-o` given an existing folder, `d`, with what else the command writes.
OUTPUT_FOLDERS = [
    ["normalize", "p.txt", "-o", "d"],
    ["normalize", "p.txt", "--output", "d/", "--edits", "e2.jsonl"],
    ["convert", "p.txt", "-o", "d", "--edits", "e2.jsonl", "--page-text", "t.txt"],
    ["convert", "issue/", "-o", "./d", "--report", "r.json", "--edits", "e2.jsonl"],
    ["convert", "p.txt:1", "-o", "d", "--report", "r.json"],
    ["review", "p.txt", "-o", "d"],
    ["review", "issue/", "-o", "d"],
    ["suggest", "p.txt", "-o", "d"],
    ["suggest", "p.txt", "-f", "jsonl", "-o", "d"],
    ["rules", "learn", "REVIEWED", "-o", "d"],
    ["edits", "apply", "p.txt", "e.jsonl", "-o", "d"],
    ["edits", "undo", "n.txt", "e.jsonl", "-o", "d"],
]


@pytest.mark.parametrize("args", OUTPUT_FOLDERS, ids=lambda args: " ".join(args))
def test_an_output_that_is_a_folder_is_refused_before_any_work(
    runner: CliRunner, work: Path, args: list[str]
) -> None:
    """`normalize p.txt -o d` did the work, then failed: exit 1, `d: cannot write: Is a directory`."""
    _log(work)
    (work / "REVIEWED").write_text("", encoding="utf-8")  # no suggestion accepted
    before = files_under(work)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "'-o'" in line and "is a directory" in line, line
    assert result.stdout == ""
    assert files_under(work) == before


def test_an_output_folder_is_refused_as_edits_folder_is(runner: CliRunner, work: Path) -> None:
    """`-o DIR` and `--edits DIR` are refused alike: the same check, the same words."""
    output = runner.invoke(app, ["normalize", "p.txt", "-o", "d"])
    edits = runner.invoke(app, ["normalize", "p.txt", "--edits", "d"])
    assert (output.exit_code, edits.exit_code) == (2, 2)
    assert one_error_line(output.stderr).replace("'-o' / '--output'", "'--edits'") == \
        one_error_line(edits.stderr)


@pytest.mark.parametrize("output", ["-", "./-", "out.txt", "new/../out.txt"])
def test_an_output_that_is_no_folder_is_written(runner: CliRunner, work: Path, output: str) -> None:
    """The check refuses folders only: standard output, a file named `-` and a new file still work."""
    result = runner.invoke(app, ["normalize", "p.txt", "-o", output])
    assert result.exit_code == 0, result.stderr
    path = work / os.path.normpath(output)  # (`new/..` with no folder `new`: Path cannot open it)
    written = result.stdout if output == "-" else path.read_text(encoding="utf-8")
    assert written.strip()


def test_a_folder_named_dash_is_refused_only_when_named_so(runner: CliRunner, work: Path) -> None:
    """A folder `-` in the working folder: `-o -` is still standard output, `-o ./-` that folder."""
    (work / "-").mkdir()
    assert runner.invoke(app, ["normalize", "p.txt", "-o", "-"]).exit_code == 0
    refused = runner.invoke(app, ["normalize", "p.txt", "-o", "./-"])
    assert refused.exit_code == 2, refused.stderr
    assert "is a directory" in one_error_line(refused.stderr)


#: An issue with a look-alike suggestion on its second page (`杨帆`) and none on the others.
SUGGESTING_ISSUE = TESTS / "issues" / "daily-a"


def _suggestion_lines(stderr: str) -> list[str]:
    """The suggestion lines of `--suggest` (tab-separated), without `layoutfix:` lines."""
    return [line for line in stderr.splitlines() if "\t" in line]


@pytest.mark.parametrize("extra", [[], ["--apply-suggestions", "low"]])
def test_suggest_lists_each_page_of_an_issue(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str]
) -> None:
    """`convert DIR/ --suggest` listed nothing, not even its count line: the option was ignored for an
    issue. Each page's suggestions are now listed as `convert PAGE --suggest` lists them for that page
    alone (offsets into the page's own text), under a line naming the page, with one count line."""
    monkeypatch.chdir(tmp_path)
    alone: dict[str, list[str]] = {}
    counts: list[str] = []
    for page in sorted(SUGGESTING_ISSUE.iterdir()):
        single = runner.invoke(app, ["convert", str(page), "--suggest", "-o", "/dev/null", *extra])
        assert single.exit_code == 0, single.stderr
        alone[page.name] = _suggestion_lines(single.stderr)
        counts += [line for line in single.stderr.splitlines() if "suggestions listed" in line]
    result = runner.invoke(app, ["convert", f"{SUGGESTING_ISSUE}/", "--suggest", "-o", "o.tei", *extra])
    assert result.exit_code == 0, result.stderr
    assert _suggestion_lines(result.stderr) == [line for name in sorted(alone) for line in alone[name]]
    lines = result.stderr.splitlines()
    for name, listed in alone.items():
        if listed:
            header = lines[lines.index(listed[0]) - 1]
            assert header.startswith("layoutfix: ") and name in header, header
    listed_total = sum(int(line.split()[1]) for line in counts)
    applied_total = sum(int(line.split()[4]) for line in counts)
    assert listed_total + applied_total > 0  # (the issue has a suggestion to list or apply)
    assert f"layoutfix: {listed_total} suggestions listed, {applied_total} applied" in lines
    assert sum("suggestions listed" in line for line in lines) == 1
    assert (tmp_path / "o.tei").read_text(encoding="utf-8").startswith("<?xml")


#: Output options given a path that names a folder by its form, the folder `new` not existing yet.
FOLDER_SPELLINGS = [
    (["normalize", "p.txt", "-o", "new/"], "'-o'"),
    (["normalize", "p.txt", "-o", "new/."], "'-o'"),
    (["normalize", "p.txt", "-o", ""], "'-o'"),
    (["normalize", "p.txt", "-o", "n.txt", "--edits", "new/"], "'--edits'"),
    (["convert", "p.txt", "-o", "new/"], "'-o'"),
    (["convert", "p.txt", "-o", "o.tei", "--page-text", "new/"], "--page-text"),
    (["convert", "issue/", "-o", "o.tei", "--report", "new/"], "'--report'"),
    (["review", "p.txt", "-o", "new/"], "'-o'"),
    (["edits", "apply", "p.txt", "e.jsonl", "-o", "new/"], "'-o'"),
    (["batch", "issue", "out", "-j", "1", "--report", "new/"], "'--report'"),
]


@pytest.mark.parametrize(("args", "option"), FOLDER_SPELLINGS, ids=[" ".join(a) for a, _ in FOLDER_SPELLINGS])
def test_an_output_spelt_as_a_folder_is_refused(
    runner: CliRunner, work: Path, args: list[str], option: str
) -> None:
    """`normalize p.txt -o new/` exited 0 having written a file named `new` (the slash dropped), as did
    `--edits new/`, `--report new/` and one page's `--page-text new/`."""
    _log(work)
    before = files_under(work)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    assert option in one_error_line(result.stderr)
    assert result.stdout == ""
    assert not (work / "new").exists()
    assert files_under(work) == before
