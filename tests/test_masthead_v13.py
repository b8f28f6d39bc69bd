"""The page's running head (masthead, date line, page number with its section) is page furniture.

Two cases the v12 masthead work left: the masthead and the date line printed in ONE block
(`甘肃日报` / `2023年10月12日 星期四` with no blank line) became a kicker over the first headline, and a
bare page number beside the page's section name (`3 要闻`, `要闻 3`) under the masthead or the date
line became a kicker too, with its space removed (`3要闻`: text altered). Both are the running head
papers print above every page: `fw type="header"`, the header's fields set apart as printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from cli_pages import convert_page
from layoutfix.layout import roles

NS = {"t": "http://www.tei-c.org/ns/1.0"}
DATE = "2023年10月12日 星期四"
DAY = "2023年10月12日"
LEAD = "全省会议召开\n\n近日，全省会议在兰州召开。\n"

#: Pages opening with a running head, and the header `fw` the TEI gives for it, in order.
HEAD_PAGES = {
    "masthead-and-date-one-block": (f"甘肃日报\n{DATE}\n\n{LEAD}", [f"甘肃日报\n{DATE}"]),
    "brief-page": (f"甘肃日报\n{DATE}\n\n3 要闻\n\n{LEAD}", [f"甘肃日报\n{DATE}", "3 要闻"]),
    "under-masthead": (f"甘肃日报\n\n3 要闻\n\n{LEAD}", ["甘肃日报", "3 要闻"]),
    "under-date": (f"{DATE}\n\n3 要闻\n\n{LEAD}", [DATE, "3 要闻"]),
    "name-first": (f"甘肃日报\n\n要闻 3\n\n{LEAD}", ["甘肃日报", "要闻 3"]),
    "with-date-after": (f"甘肃日报\n\n3 要闻 {DAY}\n\n{LEAD}", ["甘肃日报", f"3 要闻 {DAY}"]),
    "one-block-of-three": (f"甘肃日报\n{DATE}\n第3版 要闻\n\n{LEAD}", [f"甘肃日报\n{DATE}\n第3版 要闻"]),
    "lettered-in-block": (f"甘肃日报\n{DATE}\nA3 要闻\n\n{LEAD}", [f"甘肃日报\n{DATE}\nA3 要闻"]),
    "first-line": (f"3 要闻\n\n{LEAD}", ["3 要闻"]),
}


def _convert(runner: CliRunner, tmp_path: Path, page: str, fmt: str, *extra: str) -> str:
    """The CLI's output of `page` in `fmt`, after checking it exits 0 with nothing on stderr."""
    return convert_page(runner, tmp_path, page, "-f", fmt, *extra)


def _front_and_heads(tei: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    """The TEI's `fw` (type, text) before the first article and every article's heads."""
    body = etree.fromstring(tei.encode("utf-8")).find(".//t:body", NS)
    front = []
    for child in body:
        if child.tag == f"{{{NS['t']}}}div":
            break
        if child.tag == f"{{{NS['t']}}}fw":
            front.append((child.get("type"), child.text))
    return front, [h.xpath("string()") for h in body.iterfind(".//t:div/t:head", NS)]


@pytest.mark.parametrize("name", HEAD_PAGES)
def test_the_running_head_is_tei_header_furniture(runner: CliRunner, tmp_path: Path, name: str) -> None:
    page, header = HEAD_PAGES[name]
    front, heads = _front_and_heads(_convert(runner, tmp_path, page, "tei"))
    assert front == [("header", text) for text in header]
    assert heads == ["全省会议召开"]


@pytest.mark.parametrize("name", ["brief-page", "under-date", "name-first", "with-date-after"])
def test_the_json_lists_the_running_head_and_its_page(runner: CliRunner, tmp_path: Path, name: str) -> None:
    page, header = HEAD_PAGES[name]
    data = json.loads(_convert(runner, tmp_path, page, "json"))
    assert data["furniture"] == header
    assert [a["titles"] for a in data["articles"]] == [["全省会议召开"]]
    assert [a["kicker"] for a in data["articles"]] == [[]]
    assert data["page"] == 3  # the header states the page, as `第3版` does


def test_the_plain_text_opens_with_the_title(runner: CliRunner, tmp_path: Path) -> None:
    page, _ = HEAD_PAGES["brief-page"]
    assert _convert(runner, tmp_path, page, "txt").startswith("全省会议召开\n")


@pytest.mark.parametrize("name", ["brief-page", "name-first", "first-line", "one-block-of-three"])
def test_no_space_of_the_running_head_is_removed(runner: CliRunner, tmp_path: Path, name: str) -> None:
    page, _ = HEAD_PAGES[name]
    log = tmp_path / "e.jsonl"
    _convert(runner, tmp_path, page, "tei", "--edits", str(log))
    assert log.read_text(encoding="utf-8") == ""


def test_the_api_gives_the_same_front() -> None:
    page, header = HEAD_PAGES["brief-page"]
    result = layoutfix.convert(page.encode("utf-8"), fmt="json")
    assert [b.text for b in result.document.front] == header
    assert not list(result.edits)  # no space removed
    assert result.document.page == 3


#: Lines under a running head that stay what they were: a headline opening with a number, a kicker
#: with a month, a section label with no page number (the assembly's section), a space in running
#: text after the first article.
def test_a_number_opening_a_headline_is_no_page_header(runner: CliRunner, tmp_path: Path) -> None:
    page = f"{DATE}\n\n3 月新政\n\n全省出台新规\n\n近日，全省出台新规。\n"
    data = json.loads(_convert(runner, tmp_path, page, "json"))
    assert data["furniture"] == [DATE]
    assert data["articles"][0]["kicker"] == ["3月新政"]
    page = f"甘肃日报\n\n{DATE}\n\n3 人受伤\n\n近日，一辆车侧翻。\n"
    data = json.loads(_convert(runner, tmp_path, page, "json"))
    assert data["furniture"] == ["甘肃日报", DATE]
    assert data["articles"][0]["titles"] == ["3人受伤"]


def test_a_section_label_under_the_running_head_stays_a_section(runner: CliRunner, tmp_path: Path) -> None:
    page = f"甘肃日报\n\n{DATE}\n\n要闻\n\n{LEAD}\n全市召开会议\n\n近日，全市召开会议。\n"
    data = json.loads(_convert(runner, tmp_path, page, "json"))
    assert data["furniture"] == ["甘肃日报", DATE]
    assert [a["section"] for a in data["articles"]] == ["要闻", "要闻"]


def test_a_page_header_line_below_an_article_is_text(runner: CliRunner, tmp_path: Path) -> None:
    page = f"{LEAD}\n3 要闻\n\n近日，全市召开会议。\n"
    data = json.loads(_convert(runner, tmp_path, page, "json"))
    assert data["furniture"] == []


def test_a_masthead_alone_over_the_title_stays_its_kicker(runner: CliRunner, tmp_path: Path) -> None:
    data = json.loads(_convert(runner, tmp_path, f"甘肃日报\n\n{LEAD}", "json"))
    assert data["furniture"] == []
    assert data["articles"][0]["kicker"] == ["甘肃日报"]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([f"甘肃日报\n{DATE}", "3 要闻", "全省会议召开"], 2),
        (["甘肃日报", "要闻 3", "全省会议召开"], 2),
        (["甘肃日报", "全省会议召开"], 0),
        (["甘肃日报", "3 人受伤"], 0),
        (["全省会议召开", DATE], 0),
    ],
)
def test_running_head(blocks: list[str], expected: int) -> None:
    assert roles.running_head(blocks) == expected
