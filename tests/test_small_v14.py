"""Small user-facing fixes of v14: each test states what a user saw before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import normalize_logged
from layoutfix.cli import app
from layoutfix.readers.text import read_page

PAGE_2 = "第二版 会议\n\n本报讯 会议强调.\n"


def test_a_file_normalised_whole_names_the_blocks_of_the_whole_file(tmp_path: Path) -> None:
    """A page holding only a control character makes normalize clean the file whole (its page
    breaks would not hold); the log numbered the blocks page by page all the same: the last line's
    edit named b3 of a text whose cleaned form has two blocks, and the removed page break none."""
    text = "\x07\n\f" + PAGE_2
    cleaned, records = normalize_logged(tmp_path, text)
    assert "\f" not in cleaned  # (normalised whole: the page break is a removed control character)
    assert len(read_page(cleaned).blocks) == 2
    by_before = {r["before"]: r["block"] for r in records}
    assert by_before["."] == "b2"
    assert by_before["\f"] == "b1"


def test_a_file_normalised_page_by_page_still_numbers_blocks_on(tmp_path: Path) -> None:
    """A guard (passes before too): pages that hold keep their blocks numbered through the file."""
    text = "全省会议召开\n\n近日，全省会议在兰州召开.\n\f" + PAGE_2
    cleaned, records = normalize_logged(tmp_path, text)
    assert cleaned.count("\f") == 1
    periods = [r["block"] for r in records if r["before"] == "."]
    assert periods == ["b2", "b4"]


# `./-` names a file called `-`; only a bare `-` is standard output.

FLAT = "全省会议召开\n\n近日，全省 会议在兰州召开.\n"


@pytest.fixture
def flat(tmp_path: Path) -> Path:
    path = tmp_path / "p.txt"
    path.write_text(FLAT, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["convert", "normalize"])
def test_edits_dot_slash_dash_writes_a_file_named_dash(
    runner: CliRunner, flat: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """`--edits ./-` printed the log on standard output (typer made the path `-`) and wrote no file."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [command, str(flat), "-o", "out", "--edits", "./-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    records = [json.loads(line) for line in (tmp_path / "-").read_text(encoding="utf-8").splitlines()]
    assert "punct.period" in {r["rule"] for r in records}
    assert (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["convert", "normalize"])
def test_edits_dot_slash_dash_with_the_output_on_standard_output(
    runner: CliRunner, flat: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """`-o - --edits ./-` was refused as two streams on standard output; the log is a file."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [command, str(flat), "--edits", "./-"])
    assert result.exit_code == 0, result.stderr
    assert "召开。" in result.stdout and '"rule"' not in result.stdout
    assert (tmp_path / "-").read_text(encoding="utf-8").count("\n") >= 2


@pytest.mark.parametrize("command", ["convert", "normalize"])
def test_output_and_edits_both_dot_slash_dash_are_one_file(
    runner: CliRunner, flat: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """Two options naming the one file `-` are refused, as for any other file name (exit 2)."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [command, str(flat), "-o", "./-", "--edits", "./-"])
    assert result.exit_code == 2
    assert "--edits" in result.stderr and "-o" in result.stderr
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", ["convert", "normalize"])
def test_a_bare_dash_still_prints_the_log_and_a_folder_is_still_refused(
    runner: CliRunner, flat: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """A guard (passes before too): `--edits -` is standard output; `--edits DIR` a usage error."""
    monkeypatch.chdir(tmp_path)
    printed = runner.invoke(app, [command, str(flat), "-o", "out", "--edits", "-"])
    assert printed.exit_code == 0, printed.stderr
    assert '"rule": "punct.period"' in printed.stdout and not (tmp_path / "-").exists()
    (tmp_path / "logs").mkdir()
    refused = runner.invoke(app, [command, str(flat), "-o", "out2", "--edits", "logs"])
    assert refused.exit_code == 2
    assert "'--edits'" in refused.stderr and "is a directory" in refused.stderr
    assert not (tmp_path / "out2").exists()


def test_batch_report_dot_slash_dash_writes_a_file_named_dash(
    runner: CliRunner, flat: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`batch --report ./-` printed the report on standard output and wrote no file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    flat.rename(tmp_path / "in" / "p.txt")
    result = runner.invoke(app, ["batch", "in", "out", "--report", "./-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads((tmp_path / "-").read_text(encoding="utf-8"))["out_dir"] == "out"


def test_suggest_gazetteer_dot_slash_dash_reads_the_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`suggest --gazetteer ./-` (a names file called `-`) read standard input instead of the file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text("甘肃省台水县\n", encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("他来自甘肃省合水县。\n", encoding="utf-8")
    result = runner.invoke(app, ["suggest", str(page), "--gazetteer", "./-"], input="")
    assert result.exit_code == 0, result.stderr
    assert "gazetteer name 甘肃省台水县" in result.stdout


# A zero-width non-joiner or joiner between two letters of a paper name (Persian, Indic) is the
# name's own spelling; elsewhere it is an invisible character, refused as before.

TEXT = "全市召开会议\n\n近日，全市召开会议。\n"
#: هم‌میهن (Ham-Mihan, a Tehran daily: a ZWNJ between its two words) and Devanagari क्‍ष (a ZWJ
#: after the virama, for the half form).
JOINED_NAMES = ["هم\u200cمیهن", "दैनिक क्\u200dषितिज"]
#: A joiner at an end, alone, doubled, or between letters of a script it does nothing in.
UNJOINED_NAMES = ["\u200cهممیهن", "هممیهن\u200c", "\u200c", "\u200d", "هم\u200c\u200cمیهن",
                  "甘肃\u200c日报", "Die\u200cZeit", "हम \u200dदैनिक"]


@pytest.mark.parametrize("paper", JOINED_NAMES)
def test_a_joiner_between_letters_of_a_paper_name_is_accepted(
    runner: CliRunner, tmp_path: Path, paper: str
) -> None:
    """The API, the CLI and BatchConfig refused these names as holding an invisible format character."""
    from layoutfix import convert
    from layoutfix.batch import BatchConfig

    assert paper in convert(TEXT, paper=paper, fmt="tei").output
    result = runner.invoke(app, ["convert", "-", "--paper", paper, "-f", "json"], input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["paper"] == paper
    assert BatchConfig(paper=paper).paper == paper


@pytest.mark.parametrize("paper", UNJOINED_NAMES)
def test_a_joiner_elsewhere_in_a_paper_name_is_still_refused(runner: CliRunner, paper: str) -> None:
    """A guard (passes before too): the API and the CLI refuse it with one message."""
    from layoutfix import convert
    from layoutfix.errors import InputError

    with pytest.raises(InputError, match="invisible format character") as caught:
        convert(TEXT, paper=paper)
    result = runner.invoke(app, ["convert", "-", "--paper", paper], input=TEXT)
    assert result.exit_code == 2
    assert result.stderr == f"layoutfix: error: --{caught.value}\n"


# The review report of an issue shows each unresolved jump's marker, as stderr does.

ISSUES = Path(__file__).parent / "issues"


def _report_markers(runner: CliRunner, issue: Path, tmp_path: Path) -> list[str]:
    """The markers of the unresolved jumps `convert DIR/ --report` lists, in its order."""
    report = tmp_path / "jumps.json"
    result = runner.invoke(app, ["convert", f"{issue}/", "-o", str(tmp_path / "i.xml"),
                                 "--report", str(report)])
    assert result.exit_code == 0, result.stderr
    return [j["marker"] for j in json.loads(report.read_text(encoding="utf-8"))["unresolved"]]


def _listed_markers(html: str) -> list[str]:
    """The marker shown with each jump of the report's unresolved-jumps list ('' for none)."""
    import lxml.html

    items = lxml.html.document_fromstring(html).xpath("//div[@id='unresolved-jumps']//li")
    return ["".join(li.xpath("span[@class='jump-marker']/text()")) for li in items]


@pytest.mark.parametrize("issue", ["weekly-b", "evening-c"])
def test_the_review_of_an_issue_shows_each_unresolved_jump_s_marker(
    runner: CliRunner, tmp_path: Path, issue: str
) -> None:
    """The report named the jump (`p1-a1: page 6 is not in this issue`) but not the marker
    (`（下转第6版）`) that stderr printed after it and the archivist searches the page for."""
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["review", f"{ISSUES / issue}/", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    markers = _report_markers(runner, ISSUES / issue, tmp_path)
    assert markers and all(m.startswith("（") for m in markers)
    assert sorted(_listed_markers(out.read_text(encoding="utf-8"))) == sorted(markers)
    printed = [line for line in result.stderr.splitlines() if "unresolved jump:" in line]
    assert all(line.endswith(marker) for line, marker in zip(printed, markers, strict=True))


def test_batch_issues_review_shows_the_markers_too(runner: CliRunner, tmp_path: Path) -> None:
    import shutil

    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(ISSUES / "weekly-b", src / "weekly-b")
    result = runner.invoke(app, ["batch", str(src), str(out), "--issues", "--review", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    html = (out / "weekly-b.review.html").read_text(encoding="utf-8")
    markers = _report_markers(runner, ISSUES / "weekly-b", tmp_path)
    assert markers and sorted(_listed_markers(html)) == sorted(markers)
