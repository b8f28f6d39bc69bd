"""What `--page` takes on `convert`, `review` and `edits apply|undo`, alike on the three: a page number in
decimal digits (any script's: `３` and `٣` are 3, as `Ａ４` and `A٣` are the label A4 and A3), blanks
around the value ignored (`" 3"`, as `" A4"` was), or a section label. A sign is refused in one line,
exit 2 (`+3` was refused as no section label, `edits --page` of 4,301 digits was a traceback). An issue
whose pages are labelled by their heads only: `edits --page B2` is one line naming the log's pages,
never another page's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "全市召开会议\n\n近日 ，全市召开会议。\n"
EAST = ("A4 港聞 2015年3月12日 星期四\n\n旺角清場後街坊鬆一口氣\n\n"
        "佔領旺角的示威者昨日被清場，彌敦道恢復通車 。\n")
WEST = "B2 國際 2015年3月12日 星期四\n\n美國總統訪問日本\n\n美國總統昨日抵達東京 ，展開為期三天的訪問。\n"

SAME_AS_3 = ["٣", "３", " 3", "3 ", "\t3", "03"]
SIGNED = ["+3", "-1", "＋3", "+A4"]


def _one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ") and "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("value", SAME_AS_3)
def test_convert_reads_a_page_number_as_its_digits_say(runner: CliRunner, tmp_path: Path, value: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "--page", value, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["page"], data.get("label")) == (3, None)


@pytest.mark.parametrize("value", SAME_AS_3)
def test_review_reads_a_page_number_as_convert_does(runner: CliRunner, tmp_path: Path, value: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["review", str(page), "--page", value, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "page 3" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["convert", "review"])
@pytest.mark.parametrize("value", SIGNED)
def test_a_signed_page_is_one_usage_line(runner: CliRunner, tmp_path: Path, command: str, value: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, [command, str(page), "--page", value, "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "without a sign" in _one_error_line(result.stderr)
    assert not (tmp_path / "out").exists()


def _issue(runner: CliRunner, tmp_path: Path) -> tuple[Path, Path, Path]:
    """An issue of two pages labelled by their heads only (A4, B2), its edit log, and page B2's file."""
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "east.txt").write_text(EAST, encoding="utf-8")
    west = folder / "west.txt"
    west.write_text(WEST, encoding="utf-8")
    log = tmp_path / "issue.jsonl"
    made = runner.invoke(app, ["convert", str(folder), "--edits", str(log), "-o", str(tmp_path / "i.xml")])
    assert made.exit_code == 0, made.stderr
    return folder, log, west


@pytest.mark.parametrize("value", ["٣", "３", " 2", "2 "])
def test_edits_read_a_page_number_as_convert_does(runner: CliRunner, tmp_path: Path, value: str) -> None:
    _folder, log, west = _issue(runner, tmp_path)
    number = str(int(value.strip()))
    expected = runner.invoke(app, ["edits", "apply", str(west), str(log), "--page", number])
    # west.txt is recorded as page 2: page 3 is an error (v23; it was the text back unchanged, exit 0).
    assert expected.exit_code == (0 if number == "2" else 5), expected.stderr
    result = runner.invoke(app, ["edits", "apply", str(west), str(log), "--page", value])
    assert (result.exit_code, result.stdout, result.stderr) == (expected.exit_code, expected.stdout,
                                                                 expected.stderr)


@pytest.mark.parametrize("command", ["apply", "undo"])
@pytest.mark.parametrize("value", [*SIGNED, "0", "1" * 4301])
def test_edits_refuse_what_names_no_page_in_one_line(
    runner: CliRunner, tmp_path: Path, command: str, value: str
) -> None:
    _folder, log, west = _issue(runner, tmp_path)
    result = runner.invoke(app, ["edits", command, str(west), str(log), "--page", value])
    assert result.exit_code == 2
    _one_error_line(result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["apply", "undo"])
def test_edits_label_of_a_page_labelled_by_its_head_is_one_clear_line(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    _folder, log, west = _issue(runner, tmp_path)
    result = runner.invoke(app, ["edits", command, str(west), str(log), "--page", "B2"])
    assert result.exit_code == 5
    line = _one_error_line(result.stderr)
    assert "not the label its head prints" in line and "west.txt is recorded as page 2" in line
    assert result.stdout == ""
    by_number = runner.invoke(app, ["edits", "apply", str(west), str(log), "--page", "2"])
    assert by_number.exit_code == 0 and "東京，展開" in by_number.stdout


def _ordinary_issue(runner: CliRunner, tmp_path: Path) -> tuple[Path, Path]:
    """An issue of two pages numbered by their files, no head printing a section label, its edit log."""
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "p01.txt").write_text(PAGE, encoding="utf-8")
    second = folder / "p02.txt"
    second.write_text(PAGE.replace("全市", "全省"), encoding="utf-8")
    log = tmp_path / "plain.jsonl"
    made = runner.invoke(app, ["convert", str(folder), "--edits", str(log), "-o", str(tmp_path / "p.xml")])
    assert made.exit_code == 0, made.stderr
    return second, log


@pytest.mark.parametrize("command", ["apply", "undo"])
def test_edits_label_in_an_issue_printing_no_labels_lists_the_pages_only(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    second, log = _ordinary_issue(runner, tmp_path)
    result = runner.invoke(app, ["edits", command, str(second), str(log), "--page", "A4"])
    assert result.exit_code == 5
    line = _one_error_line(result.stderr)
    assert "p01.txt" in line and "p02.txt" in line and line.endswith("name the page with --page N")
    assert "head prints" not in line and result.stdout == ""


#: Values refused alike by the three commands, and what the line says after `Invalid value for '--page'`.
REFUSED_ALIKE = [("0", "page numbers start at 1"), ("00", "page numbers start at 1"),
                 ("1000000", "no paper has so many pages"), ("+3", "without a sign")]


@pytest.mark.parametrize("value, why", REFUSED_ALIKE)
def test_the_three_commands_refuse_a_page_in_the_same_words(
    runner: CliRunner, tmp_path: Path, value: str, why: str
) -> None:
    second, log = _ordinary_issue(runner, tmp_path)
    said = []
    for args in (["convert", str(second)], ["review", str(second), "-o", str(tmp_path / "r.html")],
                 ["edits", "apply", str(second), str(log)], ["edits", "undo", str(second), str(log)]):
        result = runner.invoke(app, [*args, "--page", value])
        assert result.exit_code == 2
        line = _one_error_line(result.stderr)
        assert why in line
        said.append(line.split("Invalid value for '--page': ", 1)[1].split(" (see ")[0])
    assert len(set(said)) == 1, said


def test_the_largest_page_number_is_six_digits(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "--page", "999999", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["page"] == 999999
