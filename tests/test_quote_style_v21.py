"""The quote style of a run (`--quotes`, `NormalizeOptions.quotes`) and of an issue (session 21).

A Hong Kong archivist converted an issue whose page A4 had lost every corner quote to OCR: its
straight quotes became “” while A6, which printed 「」, got 「」, so one article read
`街坊“終於可以做生意”` on A4 and `街坊「終於可以做生意」` on its continuation. Now an issue decides
its style once (`auto`), and `--quotes corner|curly` writes one style on every page. Printed
quotation marks are never changed: only straight quotes are written in a style.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix import InputError, NormalizeOptions, convert, convert_issue, normalize_text
from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"

#: A page whose OCR read every quotation mark as a straight quote (a Hong Kong paper's A4).
LOST = (
    "旺角清場後 街坊\"終於可以做生意\"\n\n"
    "佔領旺角的示威者昨日被清場,彌敦道恢復通車。陳伯話:\"呢排啲客返嚟咗,之前真係冇人嚟㗎。\"\n"
)
#: The same paper's A6, where OCR kept one pair of corner quotes.
KEPT = (
    "旺角清場後 街坊\"終於可以做生意\"\n\n"
    "梁振英又指,政府已撥出5億元。他說:\"我們會盡快落實。\"他們「關心香港前途」。\n"
)
#: A page of a paper that quotes with “”.
CURLY_PAGE = "市長表示:\"本市將加強建設。\"市民說“很好”。\n"
#: A simplified page with straight quotes only, and one with a printed “” beside them.
PLAIN = "他说:\"我们要以'三个代表'为指导。\"\n"
PRINTED_CURLY = "他说:\"我们会尽快落实。\"市民说“很好”。\n"


def _issue(tmp_path: Path, pages: dict[str, str]) -> Path:
    folder = tmp_path / "issue"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_an_issue_quotes_every_page_as_the_pages_that_print_quotes(tmp_path: Path) -> None:
    folder = _issue(tmp_path, {"A04.txt": LOST, "A06.txt": KEPT})
    out = _cli("convert", str(folder), "-f", "txt")
    assert "“" not in out and "”" not in out
    assert out.count("街坊「終於可以做生意」") == 2
    assert "陳伯話：「呢排啲客返嚟咗，之前真係冇人嚟㗎。」" in out
    assert "他們「關心香港前途」" in out


def test_an_issue_of_pages_that_disagree_keeps_each_page_s_own_style(tmp_path: Path) -> None:
    folder = _issue(tmp_path, {"A04.txt": KEPT, "A06.txt": CURLY_PAGE})
    out = _cli("convert", str(folder), "-f", "txt")
    assert "他說：「我們會盡快落實。」" in out  # its own page prints 「」
    assert "市長表示：“本市將加強建設。”" in out  # its own page prints “”


def test_an_issue_given_in_memory_decides_alike() -> None:
    result = convert_issue([("A04.txt", LOST), ("A06.txt", KEPT)], fmt="txt")
    assert "陳伯話：「呢排啲客返嚟咗" in result.output and "“" not in result.output


def test_batch_issues_decide_each_issue_and_record_the_setting(tmp_path: Path) -> None:
    src = tmp_path / "in"
    hk, mainland = src / "hk", src / "mainland"
    hk.mkdir(parents=True)
    mainland.mkdir()
    (hk / "A04.txt").write_text(LOST, encoding="utf-8")
    (hk / "A06.txt").write_text(KEPT, encoding="utf-8")
    (mainland / "p1.txt").write_text(LOST, encoding="utf-8")  # the same text, in an issue without 「」
    (mainland / "p2.txt").write_text(CURLY_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    _cli("batch", str(src), str(out), "--issues", "--format", "txt", "-j", "1")
    assert "陳伯話：「呢排啲客返嚟咗" in (out / "hk.txt").read_text(encoding="utf-8")
    assert "陳伯話：“呢排啲客返嚟咗" in (out / "mainland.txt").read_text(encoding="utf-8")
    record = json.loads((out / ".layoutfix-batch.json").read_text(encoding="utf-8"))["settings"]
    assert record["quotes"] == "auto"


@pytest.mark.parametrize(
    ("quotes", "page", "expected"),
    [
        ("corner", PLAIN, "他说：「我们要以『三个代表』为指导。」"),
        ("corner", PRINTED_CURLY, "他说：「我们会尽快落实。」市民说“很好”。"),  # printed “” stay
        ("curly", KEPT, "他說：“我們會盡快落實。”他們「關心香港前途」。"),  # printed 「」 stay
        ("curly", "他說:「我們要以\"三民主義\"爲目標。」\n", "他說：「我們要以‘三民主義’爲目標。」"),
        ("auto", PLAIN, "他说：“我们要以‘三个代表’为指导。”"),
        ("auto", KEPT, "他說：「我們會盡快落實。」他們「關心香港前途」。"),
    ],
)
def test_normalize_writes_straight_quotes_in_the_style_asked(
    tmp_path: Path, quotes: str, page: str, expected: str
) -> None:
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    once = _cli("normalize", str(source), "--quotes", quotes)
    assert expected in once
    again = tmp_path / "again.txt"
    again.write_text(once, encoding="utf-8")
    assert _cli("normalize", str(again), "--quotes", quotes) == once  # twice equals once


def test_convert_quotes_asked_win_over_the_issue_and_the_page(tmp_path: Path) -> None:
    folder = _issue(tmp_path, {"A04.txt": LOST, "A06.txt": KEPT})
    out = _cli("convert", str(folder), "-f", "txt", "--quotes", "curly")
    assert out.count("街坊“終於可以做生意”") == 2 and "他們「關心香港前途」" in out
    page = tmp_path / "page.txt"
    page.write_text(CURLY_PAGE, encoding="utf-8")
    assert "市長表示：「本市將加強建設。」市民說“很好”" in _cli("convert", str(page), "-f", "txt",
                                                             "--quotes", "corner")


def test_an_unknown_style_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PLAIN, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "--quotes", "square"])
    assert result.exit_code == 2
    assert "Invalid value for '--quotes'" in result.stderr and "'auto', 'corner', 'curly'" in result.stderr


def _settings(tei: str) -> dict[str, str | None]:
    root = etree.fromstring(tei.encode("utf-8"))
    return {d.get("type"): d.get("n") for d in root.iter(f"{TEI}desc")}


def test_the_tei_header_records_a_style_asked(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PLAIN, encoding="utf-8")
    assert _settings(_cli("convert", str(page), "--quotes", "corner"))["quotes"] == "corner"
    assert "quotes" not in _settings(_cli("convert", str(page)))  # auto: as every run before --quotes


def test_the_api_takes_the_style_in_the_options() -> None:
    out = convert(PLAIN, fmt="txt", options=NormalizeOptions(quotes="corner")).output
    assert "他说：「我们要以『三个代表』为指导。」" in out
    assert normalize_text(PLAIN, NormalizeOptions(quotes="corner")).text.startswith("他说：「")
    with pytest.raises(InputError, match="quotes='square'"):
        NormalizeOptions(quotes="square")


def test_batch_resume_converts_again_when_the_style_changes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "p1.txt").write_text(PLAIN, encoding="utf-8")
    out = tmp_path / "out"
    _cli("batch", str(src), str(out), "--format", "txt", "-j", "1", "--resume")
    result = CliRunner().invoke(app, ["batch", str(src), str(out), "--format", "txt", "-j", "1", "--resume",
                                      "--quotes", "corner"])
    assert result.exit_code == 0, result.output
    assert "settings changed since the last run: quotes; converting every page again" in result.stderr
    assert "「我们要以『三个代表』为指导。」" in (out / "p1.txt").read_text(encoding="utf-8")


def test_review_and_golden_keep_the_style(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PLAIN, encoding="utf-8")
    report = _cli("review", str(page), "--quotes", "corner")
    assert 'data-run="setting-quotes">corner:' in report and "「我们要以『三个代表』为指导。」" in report
    _cli("golden", "add", str(page), "--name", "corner", "--dir", str(tmp_path / "cases"),
         "--quotes", "corner")
    case = tmp_path / "cases" / "corner"
    assert 'quotes = "corner"' in (case / "options.toml").read_text(encoding="utf-8")
    assert "「我们要以『三个代表』为指导。」" in (case / "expected.txt").read_text(encoding="utf-8")
    _cli("golden", "check", "--dir", str(tmp_path / "cases"))


def test_an_issue_reads_vertical_corner_quotes_as_printed_corner_quotes() -> None:
    vertical = "他們﹁關心香港前途﹂。\n"  # OCR of a vertical page: the unicode step makes them 「」
    result = convert_issue([("A04.txt", LOST), ("A06.txt", vertical)], fmt="txt")
    assert "陳伯話：「呢排啲客返嚟咗" in result.output and "他們「關心香港前途」" in result.output


def test_a_quotation_jumping_across_pages_of_a_corner_issue_closes_in_corner_style(tmp_path: Path) -> None:
    """A quotation opened on one page and closed on the page its jump goes to: the jump pairs the
    quotes again (`layout.jump-quote`). It looked at “” only, so in an issue decided `corner` the
    closing mark stayed an opening one (`稳中有升，「他要求…`: review RC3)."""
    root = Path(__file__).resolve().parent / "issues" / "daily-a"
    issue = tmp_path / "issue"
    issue.mkdir()
    for page in root.iterdir():
        (issue / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    p04 = issue / "gsrb_p04.txt"
    p04.write_text(p04.read_text(encoding="utf-8") + "\n本报讯 市民称赞新公园是「城市绿肺」,周末游人如织。\n",
                   encoding="utf-8")
    out = CliRunner().invoke(app, ["convert", str(issue), "-f", "txt"])
    assert out.exit_code == 0, out.stderr
    assert "播种面积稳中有升，」他要求" in out.stdout
    assert "，「他要求" not in out.stdout
