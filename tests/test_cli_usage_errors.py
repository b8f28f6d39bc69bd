"""A bad command line is one `layoutfix: error:` line on stderr and exit 2, never usage plus a rich box.

Archivists run layoutfix from scripts and cron and grep stderr for `layoutfix:`; Click's own report
(usage line, hint, an error panel) is five lines that such a grep cuts into pieces.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import disk_full_at
from layoutfix import cli
from layoutfix.cli import app

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed-page.txt"


def one_error_line(stderr: str) -> str:
    """The only line of `stderr`, which must be a layoutfix error line."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: "), stderr
    return lines[0]


# (command line, words Click's message holds, the command whose help the line points to)
USAGE_ERRORS = [
    (["convert", "--bogus", "x"], "No such option: --bogus", "layoutfix convert"),
    (["convert"], "Missing argument 'PAGE...'", "layoutfix convert"),
    (["convert", str(SEED), "-f", "pdf"], "'pdf' is not one of", "layoutfix convert"),
    (["convert", str(SEED), "--page", "abc"], "Invalid value for '--page'", "layoutfix convert"),
    (["convert", str(SEED), "--min-conf", "2"], "Invalid value for '--min-conf'", "layoutfix convert"),
    (["normalize", str(SEED), "--rules", "no/dir"], "'no/dir' does not exist", "layoutfix normalize"),
    (["rules", "learn", "no/such.jsonl"], "'no/such.jsonl' does not exist", "layoutfix rules learn"),
    (["suggest", str(SEED), "--gazetteer", str(SEED.parent)], "is a directory", "layoutfix suggest"),
    (["batch", str(SEED), "out"], "Invalid value for 'IN_DIR'", "layoutfix batch"),
    (["edits", "apply", "a", "b", "c"], "unexpected extra argument", "layoutfix edits apply"),
    (["golden", "add", str(SEED)], "Missing option '--name'", "layoutfix golden add"),
    (["convrt"], "No such command 'convrt'", "layoutfix"),
    (["edits", "redo"], "No such command 'redo'", "layoutfix edits"),
    (["--bogus"], "No such option: --bogus", "layoutfix"),
]


@pytest.mark.parametrize(("args", "message", "command"), USAGE_ERRORS,
                         ids=[" ".join(Path(a).name for a in case[0]) for case in USAGE_ERRORS])
def test_usage_error_is_one_line(runner: CliRunner, args: list[str], message: str, command: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    line = one_error_line(result.stderr)
    assert message in line
    assert line.endswith(f"(see '{command} --help')")
    subcommand = command.removeprefix("layoutfix").strip()
    if subcommand:
        assert line.startswith(f"layoutfix: error: {subcommand}: ")


def test_option_without_its_value_is_one_line(runner: CliRunner) -> None:
    # Click raises this one without a context: no command or help hint, still one line
    result = runner.invoke(app, ["convert", str(SEED), "-o"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Option '-o' requires an argument" in one_error_line(result.stderr)


@pytest.mark.parametrize("args", [["normalize", "scan\nnext.txt"], ["convert", str(SEED), "-f", "tei\ntxt"]])
def test_a_newline_in_a_value_does_not_split_the_error_line(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code in (2, 3)
    assert result.stdout == ""
    assert "\\n" in one_error_line(result.stderr)


def test_a_group_without_a_command_still_shows_its_help(runner: CliRunner) -> None:
    result = runner.invoke(app, ["edits"])
    assert result.exit_code == 2
    assert "apply" in result.stdout and "undo" in result.stdout
    assert result.stderr == ""


def test_help_still_renders(runner: CliRunner) -> None:
    result = runner.invoke(app, ["convert", "--help"])
    assert result.exit_code == 0
    assert "--format" in result.stdout and "Exit codes" in result.stdout


def test_ctrl_c_exits_130_without_a_traceback(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "normalize_pages", interrupted)
    result = runner.invoke(app, ["normalize", str(SEED)])
    assert result.exit_code == 130
    assert "Traceback" not in result.stderr


# Bad files a user gives: one error line, and nothing written.

@pytest.mark.parametrize("name", ["page1", "scans"])
def test_review_of_a_mistyped_name_or_a_folder_is_refused(runner: CliRunner, tmp_path: Path,
                                                           name: str) -> None:
    # a name without a suffix, or a folder, used to be reviewed as a one-line page of its own name
    (tmp_path / "scans").mkdir()
    report = tmp_path / "page1.review.html"
    result = runner.invoke(app, ["review", str(tmp_path / name), "-o", str(report)])
    assert result.exit_code == 3
    assert name in one_error_line(result.stderr)
    assert result.stdout == ""
    assert not report.exists()


# A full disk, not a missing folder, makes these outputs fail: a missing folder is refused before any
# work (exit 2; test_cli_v15_usage.py).
def test_convert_page_text_that_cannot_be_written_leaves_no_output(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_full_at(monkeypatch, "seed.page.txt")
    out = tmp_path / "seed.tei.xml"
    result = runner.invoke(app, ["convert", str(SEED), "-o", str(out), "--page-text",
                                 str(tmp_path / "seed.page.txt")])
    assert result.exit_code == 1
    assert "seed.page.txt" in one_error_line(result.stderr)
    assert list(tmp_path.iterdir()) == []


def test_convert_output_that_cannot_be_written_leaves_no_page_text(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_full_at(monkeypatch, "seed.tei.xml")
    page_text = tmp_path / "seed.page.txt"
    result = runner.invoke(app, ["convert", str(SEED), "-o", str(tmp_path / "seed.tei.xml"),
                                 "--page-text", str(page_text)])
    assert result.exit_code == 1
    assert "seed.tei.xml" in one_error_line(result.stderr)
    assert list(tmp_path.iterdir()) == []


def test_issue_output_that_cannot_be_written_leaves_no_page_texts(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_full_at(monkeypatch, "issue.tei.xml")
    issue = Path(__file__).parent / "issues" / "weekly-b"
    result = runner.invoke(app, ["convert", str(issue), "-o", str(tmp_path / "issue.tei.xml"),
                                 "--page-text", str(tmp_path / "pages")])
    assert result.exit_code == 1
    assert "issue.tei.xml" in one_error_line(result.stderr)
    assert list(tmp_path.iterdir()) == []
