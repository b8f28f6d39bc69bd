"""The review report and the edit log describe one run (an archivist's walk-through, session 20).

1. `review` had no `--edits`: the log came from a separate `convert` run, perhaps with other options
   (`convert --apply medium --edits` logged 4 medium typos, `review` with the defaults showed none),
   and "change 7 of 7" in the report was line 11 of that log. `review --edits FILE` now writes the log
   of the very run the report shows, and the report names each change's line in it.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from cli_pages import one_error_line
from layoutfix.cli import app

#: A page with typos the shipped rules correct at medium certainty (and one at high).
PAGE_TEXT = (
    "第3版\n\n县里调研基层服务\n\n"
    "本报讯(记者 王丽)近日,全县其本实现便民服务全覆盖。"
    "调研组要求打通服务群众的未端环节,防止改革方案最终天折。\n\n"
    "会议指出,要加强与企业恰谈合作,推动政协协商和其层协商有效衔接。\n"
)
ISSUE = Path(__file__).parent / "issues" / "daily-a"


def report_data(path: Path) -> dict:
    """The data block of a review report: the changes as the report numbers them."""
    root = lxml.html.document_fromstring(path.read_text(encoding="utf-8"))
    return json.loads(root.get_element_by_id("review-data").text)


def log_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "p3.txt"
    path.write_text(PAGE_TEXT, encoding="utf-8")
    return path


def test_review_edits_writes_the_log_of_the_run_it_shows(
    runner: CliRunner, page: Path, tmp_path: Path
) -> None:
    report, log = tmp_path / "r.html", tmp_path / "r.edits.jsonl"
    result = runner.invoke(app, ["review", str(page), "--apply", "medium", "--edits", str(log),
                                 "-o", str(report)])
    assert result.exit_code == 0, result.output
    converted = tmp_path / "c.edits.jsonl"
    same = runner.invoke(app, ["convert", str(page), "--apply", "medium", "--edits", str(converted),
                               "-o", str(tmp_path / "c.xml")])
    assert same.exit_code == 0, same.output
    assert log.read_bytes() == converted.read_bytes()  # the log `convert --edits` writes for those options
    lines, edits = log_lines(log), report_data(report)["edits"]
    assert any(line["cert"] == "medium" for line in lines)  # --apply medium reached both
    assert len(edits) == len(lines)
    for number, (edit, line) in enumerate(zip(edits, lines, strict=True), start=1):
        assert edit["line"] == number  # change N is line N of the log, and the detail says so
        assert {k: edit[k] for k in ("start", "end", "before", "after", "rule", "cert")} == {
            k: line[k] for k in ("start", "end", "before", "after", "rule", "cert")}


def test_review_of_an_issue_writes_the_issue_log_in_the_report_order(
    runner: CliRunner, tmp_path: Path
) -> None:
    report, log = tmp_path / "r.html", tmp_path / "r.edits.jsonl"
    result = runner.invoke(app, ["review", str(ISSUE), "--edits", str(log), "-o", str(report)])
    assert result.exit_code == 0, result.output
    converted = tmp_path / "c.edits.jsonl"
    same = runner.invoke(app, ["convert", str(ISSUE), "--edits", str(converted),
                               "-o", str(tmp_path / "c.xml")])
    assert same.exit_code == 0, same.output
    assert log.read_bytes() == converted.read_bytes()
    lines, edits = log_lines(log), report_data(report)["edits"]
    assert len({line["page"] for line in lines}) > 1  # several pages: the order is by page, then offset
    assert [(e["line"], e["before"], e["after"], e["rule"]) for e in edits] == [
        (n, line["before"], line["after"], line["rule"]) for n, line in enumerate(lines, start=1)]


def test_review_edits_and_report_on_stdout_are_refused(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(app, ["review", str(page), "--edits", "-"])
    assert result.exit_code == 2
    assert "-o - and --edits -" in one_error_line(result.stderr)
    assert result.stdout == ""


def test_review_edits_over_the_page_is_refused(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", str(page), "--edits", str(page), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert page.read_text(encoding="utf-8") == PAGE_TEXT
    assert not (tmp_path / "r.html").exists()
