"""Section labels read from the page header when the file names give none (scan_001.txt...), and the
message for a lettered jump in an issue without labels."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.issue import convert_issue

SECTIONS = Path(__file__).parent / "issues" / "sections-d"
#: The sections-d pages under names that state neither a number nor a label, out of section order.
SCANS = {"scan_001.txt": "gsrb_B03.txt", "scan_002.txt": "gsrb_A01.txt",
         "scan_003.txt": "gsrb_B01.txt", "scan_004.txt": "gsrb_A03.txt"}
BODY = "本报讯(记者 王晓明)10月11日,全省秋冬季农业生产工作会议在兰州召开。\n"


def _scans(tmp_path: Path) -> Path:
    folder = tmp_path / "scans"
    folder.mkdir()
    for name, original in SCANS.items():
        shutil.copy(SECTIONS / original, folder / name)
    return folder


def _page(folder: Path, name: str, header: str, body: str = BODY) -> Path:
    path = folder / name
    path.write_text(f"{header}\n\n全省农业生产工作会议召开\n\n{body}", encoding="utf-8")
    return path


def test_scanned_pages_are_labelled_by_their_headers_as_named_pages_are(tmp_path: Path) -> None:
    """`第A1版` in each page's header labels it: the issue is the one its named twin (gsrb_A01.txt...)
    gives, pages in section order, lettered jumps resolved; only the file names differ."""
    named = convert_issue([SECTIONS], fmt="json")
    scanned = convert_issue([_scans(tmp_path)], fmt="json")
    assert [(p["label"], Path(p["source"]).name) for p in scanned.report["pages"]] == [
        ("A1", "scan_002.txt"), ("A3", "scan_004.txt"), ("B1", "scan_003.txt"), ("B3", "scan_001.txt")]
    assert scanned.report["jumps"] == named.report["jumps"]
    assert json.loads(scanned.output)["articles"] == json.loads(named.output)["articles"]


@pytest.mark.parametrize("header", [
    "2023年10月12日 星期四 第A4版", "A4版", "第A04版", "Ａ４版", "A04 要闻", "2023年10月12日 星期四 A04 要闻",
    "A4 要闻 ● 责任编辑 王丽",  # the page's editors after a field mark (a header fw `A4 要闻 ●` and a credit)
])
def test_each_printed_header_form_labels_the_page(tmp_path: Path, header: str) -> None:
    _page(tmp_path, "scan_a.txt", header)
    _page(tmp_path, "scan_b.txt", "第B1版")
    result = convert_issue([tmp_path / "scan_b.txt", tmp_path / "scan_a.txt"], fmt="json")
    assert [(p["label"], Path(p["source"]).name) for p in result.report["pages"]] == [
        ("A4", "scan_a.txt"), ("B1", "scan_b.txt")]


def test_a_page_named_in_running_text_labels_nothing(tmp_path: Path) -> None:
    """`详见A4版` in a paragraph, or `A04 要闻` below the page's first article, is not the page's header:
    beside a page whose header is labelled, the page is unlabelled, a one-line error (exit 3)."""
    _page(tmp_path, "scan_a.txt", "第B1版")
    _page(tmp_path, "scan_b.txt", "2023年10月12日", "本报讯 全省会议召开,详见A4版。\n\nA04 要闻\n")
    res = CliRunner().invoke(app, ["convert", str(tmp_path / "scan_a.txt"), str(tmp_path / "scan_b.txt")])
    assert res.exit_code == 3
    assert "cannot tell the section label of" in res.stderr and "scan_b.txt" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_a_label_two_headers_print_is_refused(tmp_path: Path) -> None:
    _page(tmp_path, "scan_a.txt", "第A4版")
    _page(tmp_path, "scan_b.txt", "A04 要闻")
    res = CliRunner().invoke(app, ["convert", str(tmp_path / "scan_a.txt"), str(tmp_path / "scan_b.txt")])
    assert res.exit_code == 3
    assert "page A4 given twice" in res.stderr


def test_a_header_label_beside_a_named_label_is_a_section_issue(tmp_path: Path) -> None:
    """A named page (A01.txt) and a page labelled only by its header make one sectioned issue."""
    _page(tmp_path, "A01.txt", "2023年10月12日")
    _page(tmp_path, "scan.txt", "第A2版")
    result = convert_issue([tmp_path / "scan.txt", tmp_path / "A01.txt"], fmt="json")
    assert [p["label"] for p in result.report["pages"]] == ["A1", "A2"]


def test_a_page_given_a_number_is_not_labelled_by_its_header(tmp_path: Path) -> None:
    """`FILE:N` wins over the header, as over the name: the issue stays numbered."""
    _page(tmp_path, "scan_a.txt", "第A4版")
    _page(tmp_path, "scan_b.txt", "第B1版")
    result = convert_issue([tmp_path / "scan_a.txt", tmp_path / "scan_b.txt"], fmt="json", pages=[2, 1])
    assert [(p["n"], "label" in p) for p in result.report["pages"]] == [(1, False), (2, False)]


def test_a_lettered_jump_without_labels_says_how_to_get_it_matched(tmp_path: Path) -> None:
    """In an issue of numbered pages `(下转B2版)` is not matched; the message tells the user how to
    label the pages so that it is."""
    (tmp_path / "p1.txt").write_text(
        "兰州新区打造西部陆港枢纽\n\n本报讯(记者 李娜)10月10日,兰州新区国际陆港首趟中欧班列从中川北站发车,"
        "标志着新区向西开放通道建设迈出\n\n(下转B2版)\n", encoding="utf-8")
    _page(tmp_path, "p2.txt", "第2版")
    res = CliRunner().invoke(app, ["convert", str(tmp_path / "p1.txt"), str(tmp_path / "p2.txt")])
    assert res.exit_code == 0
    line = next(ln for ln in res.stderr.splitlines() if "B2" in ln)
    assert "B2.txt" in line and "FILE:B2" in line


@pytest.mark.parametrize("headline", ["G20峰会开幕", "G20 峰会开幕", "C919交付使用"])
def test_a_headline_opening_a_page_labels_nothing(tmp_path: Path, headline: str) -> None:
    """A page opening with a headline that starts with a letter and digits (`G20峰会开幕`) is not a
    section page G20: the issue of two such unnamed pages is numbered in input order, unlabelled."""
    for name in ("scan_a.txt", "scan_b.txt"):
        (tmp_path / name).write_text(f"{headline}\n\n{BODY}", encoding="utf-8")
    result = convert_issue([tmp_path / "scan_a.txt", tmp_path / "scan_b.txt"], fmt="json")
    assert [p.get("label") for p in result.report["pages"]] == [None, None]


@pytest.mark.parametrize("header", ["甘肃日报 2023年10月12日 星期四 第{label}版", "甘肃日报 第{label}版",
                                    "2023年10月12日 甘肃日报 {label}版"])
def test_a_header_naming_the_paper_and_no_section_labels_the_page(tmp_path: Path, header: str) -> None:
    """A header line with the paper's name and the page but no section name (`甘肃日报 2023年10月12日
    星期四 第A1版`) was a kicker over the first article: the page got no label and a lettered jump
    stayed unresolved ('... have no section labels')."""
    _page(tmp_path, "scan_001.txt", header.format(label="A1"),
                  "本报讯 10月11日，全省秋冬季农业生产工作会议在兰州召开，会议要求各地(下转B2版)")
    _page(tmp_path, "scan_002.txt", header.format(label="B2"), "(上接A1版)抓好冬小麦播种。\n")
    result = convert_issue([tmp_path], fmt="tei", report=tmp_path / "report.json")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [(p["n"], p["label"]) for p in report["pages"]] == [(1, "A1"), (2, "B2")]
    assert [j.status for j in result.jumps] == ["resolved"]
    assert f'<fw type="header">{header.format(label="A1")}</fw>' in result.output
    assert "kicker" not in result.output


def test_a_single_page_header_naming_the_paper_gives_the_page_number() -> None:
    from layoutfix.pipeline import convert

    result = convert("甘肃日报 第4版\n\n全省农业生产工作会议召开\n\n" + BODY, fmt="json")
    page = json.loads(result.output)
    assert page["page"] == 4
    assert page["articles"][0]["kicker"] == []


#: Sentence fragments citing a page of this or another paper.
PAGE_CITATIONS = ["本报第4版刊登", "详见本报第4版", "请详见本报第4版", "见今日本报第4版", "转自人民日报第4版",
                  "据光明日报第3版报道", "光明日报第3版报道"]


@pytest.mark.parametrize("line", PAGE_CITATIONS)
def test_a_line_citing_a_papers_page_is_no_page_header(line: str) -> None:
    """A sentence fragment that cites a page of this or another paper (`本报第4版刊登`, `详见本报第4版`)
    at the top of a page is text: it was the page header, and gave the page that number."""
    from layoutfix.pipeline import convert

    page = json.loads(convert(f"{line}\n\n全省农业生产工作会议召开\n\n{BODY}", fmt="json").output)
    assert page["page"] is None
    tei = convert(f"{line}\n\n全省农业生产工作会议召开\n\n{BODY}", fmt="tei").output
    assert f'<fw type="header">{line}</fw>' not in tei
    assert line in tei
