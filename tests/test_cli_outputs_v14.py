"""Every option that writes a file takes a bare `-` alike: standard output (`./-` is a file named `-`).
Two outputs on standard output, or two path options naming one file however spelt (`./-` and `-`
relative names, `a/../x` and `x`, a symbolic link), are refused before any work: exit 2, one line,
nothing written.

Before: `convert DIR/ --report -` wrote a file named `-` (`batch --report -` printed the report);
`--report ./- -o ./-` wrote the report, then the TEI over it (exit 0); `--page-text ./-` printed the
page text; and a path option given as `./-` was never compared with the others, so `rules learn ./-
-o ./-` replaced its own input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import disk_full_at, files_under, one_error_line, work_folder
from layoutfix.cli import app

TESTS = Path(__file__).parent
PAGE = TESTS / "pages" / "signature.txt"
NAMES = "甘肃\n".encode()
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding an issue folder `issue/` and a flat page `p.txt`."""
    return work_folder(tmp_path, monkeypatch, PAGE)


def test_convert_report_dash_is_standard_output(runner: CliRunner, work: Path) -> None:
    """`convert DIR/ --report -` wrote a file named `-`; `batch --report -` printed the report."""
    result = runner.invoke(app, ["convert", "issue/", "--report", "-", "-o", "out.tei"])
    assert result.exit_code == 0, result.stderr
    assert not (work / "-").exists()
    report = json.loads(result.stdout)
    assert [page["n"] for page in report["pages"]] == [1, 2, 3]
    assert (work / "out.tei").read_text(encoding="utf-8").startswith("<?xml")


def test_convert_report_dot_slash_dash_is_a_file_named_dash(runner: CliRunner, work: Path) -> None:
    result = runner.invoke(app, ["convert", "issue/", "--report", "./-", "-o", "out.tei"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "pages" in json.loads((work / "-").read_text(encoding="utf-8"))


def _case_id(value: object) -> str:
    return " ".join(value) if isinstance(value, list) else ""


# Each case: the arguments, and the options the one error line names (each given as `-`).
_TWO_ON_STDOUT = [
    (["convert", "issue/", "--report", "-"], ("--report", "-o")),
    (["convert", "issue/", "--report", "-", "--edits", "-", "-o", "out.tei"], ("--report", "--edits")),
    (["convert", "p.txt", "--page-text", "-"], ("--page-text", "-o")),
    (["convert", "p.txt", "--page-text", "-", "--edits", "-", "-o", "out.tei"], ("--page-text", "--edits")),
    (["convert", "issue/", "--report", "-", "--edits", "-"], ("--report", "--edits", "-o")),
]


@pytest.mark.parametrize(("args", "options"), _TWO_ON_STDOUT, ids=_case_id)
def test_two_outputs_on_standard_output_are_refused(
    runner: CliRunner, work: Path, args: list[str], options: tuple[str, ...]
) -> None:
    before = files_under(work)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "standard output" in line
    for option in options:
        assert f"{option} -" in line
    assert result.stdout == ""
    assert files_under(work) == before


# Each case: files to make first (name -> bytes), the arguments, the two options the error names.
_CLASHES = [
    ({}, ["convert", "issue/", "--report", "./-", "-o", "./-"], ("-o", "--report")),
    ({}, ["convert", "issue/", "--report", "./-", "--edits", "-", "-o", "./-"], ("-o", "--report")),
    ({}, ["convert", "issue/", "--report", "./-", "--edits", "./-", "-o", "o"], ("--edits", "--report")),
    ({}, ["convert", "issue/", "--report", "issue/../r.json", "-o", "r.json"], ("-o", "--report")),
    ({}, ["convert", "p.txt", "--page-text", "./-", "-o", "./-"], ("-o", "--page-text")),
    ({}, ["convert", "p.txt", "--page-text", "./-", "--edits", "./-", "-o", "o"], ("--edits", "--page-text")),
    ({"-": b""}, ["rules", "learn", "./-", "-o", "./-"], ("EDITS_REVIEWED.jsonl", "-o")),
    ({"-": b""}, ["rules", "learn", "-", "-o", "./-"], ("EDITS_REVIEWED.jsonl", "-o")),
    ({"-": b""}, ["edits", "apply", "p.txt", "./-", "-o", "./-"], ("EDITS", "-o")),
    ({"-": b""}, ["edits", "undo", "p.txt", "-", "-o", "./-"], ("EDITS", "-o")),
    ({"-": NAMES}, ["suggest", "p.txt", "--gazetteer", "./-", "-o", "./-"], ("--gazetteer", "-o")),
    ({"-": PNG}, ["review", "p.txt", "--image", "./-", "-o", "./-"], ("--image", "-o")),
]


@pytest.mark.parametrize(("made", "args", "options"), _CLASHES, ids=_case_id)
def test_two_options_naming_one_file_are_refused_however_spelt(
    runner: CliRunner, work: Path, made: dict[str, bytes], args: list[str], options: tuple[str, str]
) -> None:
    """A path option given as `./-` (or `-` where it names a file) was never compared with the others:
    the later output replaced the earlier one, or the command's own input, with exit 0."""
    for name, data in made.items():
        (work / name).write_bytes(data)
    before = files_under(work)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "same file" in line
    for option in options:
        assert option in line
    assert result.stdout == ""
    assert files_under(work) == before


def test_a_link_to_the_output_is_the_output(runner: CliRunner, work: Path) -> None:
    (work / "link.json").symlink_to("out.tei")
    result = runner.invoke(app, ["convert", "issue/", "--report", "link.json", "-o", "out.tei"])
    assert result.exit_code == 2, result.stderr
    assert "same file" in one_error_line(result.stderr)
    assert not (work / "out.tei").exists()


def test_page_text_dash_is_standard_output_and_dot_slash_dash_a_file(runner: CliRunner, work: Path) -> None:
    """`--page-text ./-` printed the page text instead of writing a file named `-`."""
    text = (work / "p.txt").read_text(encoding="utf-8")
    printed = runner.invoke(app, ["convert", "p.txt", "--page-text", "-", "-o", "out.tei"])
    assert printed.exit_code == 0, printed.stderr
    assert printed.stdout == text
    assert not (work / "-").exists()
    filed = runner.invoke(app, ["convert", "p.txt", "--page-text", "./-", "-o", "out.tei"])
    assert filed.exit_code == 0, filed.stderr
    assert filed.stdout == ""
    assert (work / "-").read_text(encoding="utf-8") == text


def test_an_issue_page_text_dash_is_refused(runner: CliRunner, work: Path) -> None:
    """An issue's page texts are a folder, which standard output is not: `--page-text -` made a folder
    named `-`, which `./-` names."""
    before = files_under(work)
    result = runner.invoke(app, ["convert", "issue/", "--page-text", "-", "-o", "out.tei"])
    assert result.exit_code == 2, result.stderr
    assert "--page-text -" in one_error_line(result.stderr)
    assert not (work / "-").exists()
    assert files_under(work) == before
    folder = runner.invoke(app, ["convert", "issue/", "--page-text", "./-", "-o", "out.tei"])
    assert folder.exit_code == 0, folder.stderr
    assert sorted(os.listdir(work / "-")) == ["page-1.txt.txt", "page-2.txt.txt", "page-3.txt.txt"]


def test_the_report_is_written_with_the_output_or_not_at_all(
    runner: CliRunner, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue report was written before the output and left behind when the output could not be
    (here a full disk: a missing folder is now refused before any work)."""
    disk_full_at(monkeypatch, "out.tei")
    result = runner.invoke(app, ["convert", "issue/", "--report", "r.json", "-o", "out.tei"])
    assert result.exit_code == 1, result.stderr
    assert "out.tei: cannot write: No space left on device" in one_error_line(result.stderr)
    assert not (work / "r.json").exists()


def test_batch_and_convert_report_dash_alike(runner: CliRunner, work: Path) -> None:
    """`batch --report -` prints its report as `convert DIR/ --report -` now does, and makes no file."""
    result = runner.invoke(app, ["batch", "issue", "out", "--report", "-", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["out_dir"] == "out"
    assert not (work / "-").exists()
