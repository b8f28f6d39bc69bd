"""A paper's masthead at the top of a page, beside its date or page line, is page furniture.

`甘肃日报` over `2023年10月12日 星期四` and `第4版` was read as the title of an article holding only the
two header lines; a reader of the TEI or JSON got a first article that is no article. The name is the
page's running head (`fw type="header"`, in the page's front), as the date and page lines are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.layout import roles

NS = {"t": "http://www.tei-c.org/ns/1.0"}
LEAD = "全市召开会议\n\n近日，全市召开会议。\n"
DATE = "2023年10月12日 星期四"

#: Pages whose masthead stands beside a date or page line, with the furniture the page opens with.
MASTHEAD_PAGES = {
    "over-date-and-page": (f"甘肃日报\n\n{DATE}\n\n第4版\n\n{LEAD}", ["甘肃日报", DATE, "第4版"]),
    "under-date": (f"{DATE}\n\n北京晚报\n\n{LEAD}", [DATE, "北京晚报"]),
    "under-page": (f"第4版\n\n中国青年报\n\n{LEAD}", ["第4版", "中国青年报"]),
    "over-page-header": (f"甘肃日报\n\nA04 要闻\n\n{LEAD}", ["甘肃日报", "A04 要闻"]),
    "traditional": (f"甘肅日報\n\n{DATE}\n\n{LEAD}", ["甘肅日報", DATE]),
}


def _convert(runner: CliRunner, tmp_path: Path, page: str, fmt: str, *extra: str) -> str:
    """The CLI's output of `page` in `fmt`, after checking it exits 0 with nothing on stderr."""
    return convert_page(runner, tmp_path, page, "-f", fmt, *extra)


def _front_and_heads(runner: CliRunner, tmp_path: Path, page: str) -> tuple[list[str], list[str]]:
    """The TEI's `fw` before the first article and every article's heads."""
    root = etree.fromstring(_convert(runner, tmp_path, page, "tei").encode("utf-8"))
    body = root.find(".//t:body", NS)
    front = []
    for child in body:
        if child.tag == f"{{{NS['t']}}}div":
            break
        if child.tag == f"{{{NS['t']}}}fw":
            assert child.get("type") == "header"
            front.append(child.text)
    return front, [h.xpath("string()") for h in body.iterfind(".//t:div/t:head", NS)]


@pytest.mark.parametrize("name", MASTHEAD_PAGES)
def test_a_masthead_beside_a_date_or_page_line_is_a_tei_header(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    page, furniture = MASTHEAD_PAGES[name]
    front, heads = _front_and_heads(runner, tmp_path, page)
    assert front == furniture
    assert heads == ["全市召开会议"]


@pytest.mark.parametrize("name", MASTHEAD_PAGES)
def test_a_masthead_is_the_json_pages_furniture_not_an_article(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    page, furniture = MASTHEAD_PAGES[name]
    data = json.loads(_convert(runner, tmp_path, page, "json"))
    assert data["furniture"] == furniture
    assert [a["titles"] for a in data["articles"]] == [["全市召开会议"]]
    assert data["paper"] is None  # the masthead is not taken for --paper (a guess is no metadata)


def test_the_plain_text_opens_with_the_first_real_title(runner: CliRunner, tmp_path: Path) -> None:
    page, _ = MASTHEAD_PAGES["over-date-and-page"]
    assert _convert(runner, tmp_path, page, "txt").startswith("全市召开会议\n")


def test_no_text_changes_for_the_masthead(runner: CliRunner, tmp_path: Path) -> None:
    page, _ = MASTHEAD_PAGES["over-date-and-page"]
    log = tmp_path / "e.jsonl"
    _convert(runner, tmp_path, page, "tei", "--edits", str(log))
    assert log.read_text(encoding="utf-8") == ""


#: Lines naming a paper that stay headings: longer titles, no date or page line beside the name, a
#: name the page has below its first article, a headline ending in 报 that names no paper.
HEADLINE_PAGES = {
    "anniversary": (f"甘肃日报创刊70周年\n\n{DATE}\n\n近日，全市召开会议。\n", "甘肃日报创刊70周年"),
    "letter": (f"{DATE}\n\n读者致甘肃日报的一封信\n\n近日，全市召开会议。\n", "读者致甘肃日报的一封信"),
    "no-date-beside": ("甘肃日报\n\n近日，全市召开会议。\n", "甘肃日报"),
    "good-news": (f"{DATE} 第1版\n\n一份特殊的喜报\n\n近日，全市召开会议。\n", "一份特殊的喜报"),
    "below-an-article": (f"{LEAD}\n甘肃日报\n\n{DATE}\n", "甘肃日报"),
}


@pytest.mark.parametrize("name", HEADLINE_PAGES)
def test_a_headline_naming_a_paper_stays_a_heading(runner: CliRunner, tmp_path: Path, name: str) -> None:
    page, heading = HEADLINE_PAGES[name]
    front, heads = _front_and_heads(runner, tmp_path, page)
    assert heading in heads
    assert heading not in front


def test_a_paper_over_a_headline_with_no_date_stays_its_kicker(runner: CliRunner, tmp_path: Path) -> None:
    data = json.loads(_convert(runner, tmp_path, f"甘肃日报\n\n{LEAD}", "json"))
    assert data["furniture"] == []
    assert [(a["kicker"], a["titles"]) for a in data["articles"]] == [(["甘肃日报"], ["全市召开会议"])]


@pytest.mark.parametrize(
    ("line", "paper", "expected"),
    [
        ("甘肃日报", None, True),
        ("法制日报", None, True),
        ("环球时报", None, True),
        ("参考消息", None, False),
        ("参考消息", "参考消息", True),
        ("甘肃日报", "甘肅日報", True),  # a traditional --paper names the simplified view's line
        ("本报", None, False),
        ("喜报", None, False),
        ("甘肃日报创刊70周年", "甘肃日报", False),
    ],
)
def test_is_masthead(line: str, paper: str | None, expected: bool) -> None:
    assert roles.is_masthead(line, paper=paper) is expected


def test_the_paper_given_with_paper_names_its_masthead(runner: CliRunner, tmp_path: Path) -> None:
    """`--paper 参考消息` (a name ending in no paper type) makes that line over the date the masthead."""
    page = "参考消息\n\n2023年10月12日 星期四\n\n全市召开会议\n\n近日，全市召开会议。\n"
    root = etree.fromstring(_convert(runner, tmp_path, page, "tei", "--paper", "参考消息").encode("utf-8"))
    assert [h.xpath("string()") for h in root.iterfind(".//t:body//t:head", NS)] == ["全市召开会议"]
