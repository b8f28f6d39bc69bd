"""Page tops as real papers print them: the running head's forms beyond masthead / date / page.

An audit of ~30 page tops (mainland, Hong Kong, Taiwan) found forms the running head did not take,
so their lines became a kicker over the first headline, or a paragraph of an article of its own,
and lost the spaces between their fields: the paper's name and the date on one line
(`甘肃日报 2023年10月12日 星期四`), the lunar date beside or under the date line
(`2023年10月12日 星期四 农历八月廿八`), the page's editors after the date (`2023年10月12日 星期四
责任编辑：王丽 版式：李华`). Each is page furniture before the first article, its text unchanged, and
the page's date is read from it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_page

NS = {"t": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开安全生产会议"
ARTICLE = f"{TITLE}\n\n本报记者 王丽\n\n近日，全市召开安全生产工作会议，部署下一阶段工作。\n"

LUNAR = "2023年10月12日 星期四 农历八月廿八"
CYCLIC = "2023年10月12日 星期四 癸卯年八月廿八"

#: Page tops and the `fw` (type, text) the TEI gives for them before the first article.
DATED_TOPS = {
    "masthead-and-date": ("甘肃日报 2023年10月12日 星期四", [("header", "甘肃日报 2023年10月12日 星期四")]),
    "date-and-lunar": (LUNAR, [("header", LUNAR)]),
    "date-and-cyclic-year": (CYCLIC, [("header", CYCLIC)]),
    "lunar-under-date": (
        "人民日报\n\n2023年10月12日 星期四\n\n农历癸卯年八月廿八",
        [("header", "人民日报"), ("header", "2023年10月12日 星期四"), ("header", "农历癸卯年八月廿八")],
    ),
    "date-and-editors": (
        "2023年10月12日 星期四 责任编辑：王丽 版式：李华",
        [("header", "2023年10月12日 星期四"), ("credit", "责任编辑：王丽 版式：李华")],
    ),
    "date-and-editors-spaced": (
        "2023年10月12日 星期四 责任编辑 王丽 美编 李华",
        [("header", "2023年10月12日 星期四"), ("credit", "责任编辑 王丽 美编 李华")],
    ),
}

#: Page tops printing the date with dots, dashes or slashes, and the page number they state (None: a
#: section page, `A04`, which the JSON `page` does not hold).
NUMERIC_TOPS = {
    "dotted-after-header": ("第4版 国际新闻 2023.10.12", 4),
    "dashed-with-section-page": ("2023-10-12 星期四 A04", None),
    "slashed-after-masthead": ("人民日报 2023/10/12 星期四\n\n第3版 要闻", 3),
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _convert(runner: CliRunner, tmp_path: Path, page: str, *args: str) -> str:
    """The CLI's stdout for `page`, after checking it exits 0 with nothing on stderr."""
    return convert_page(runner, tmp_path, page, *args)


def _front_and_first_article(tei: str) -> tuple[list[tuple[str | None, str]], list[tuple[str | None, str]]]:
    """The TEI's `fw` (type, text) before the first article, and that article's heads (type, text)."""
    body = etree.fromstring(tei.encode("utf-8")).find(".//t:body", NS)
    front: list[tuple[str | None, str]] = []
    for child in body:
        if child.tag == f"{{{NS['t']}}}div":
            heads = [(h.get("type"), "".join(h.itertext())) for h in child.findall("t:head", NS)]
            return front, heads
        if child.tag == f"{{{NS['t']}}}fw":
            front.append((child.get("type"), child.text))
    return front, []


@pytest.mark.parametrize("name", sorted(DATED_TOPS))
def test_a_dated_page_top_is_furniture_before_the_title(runner: CliRunner, tmp_path: Path, name: str) -> None:
    top, expected = DATED_TOPS[name]
    front, heads = _front_and_first_article(_convert(runner, tmp_path, f"{top}\n\n{ARTICLE}"))
    assert front == expected
    assert heads == [(None, TITLE)]


@pytest.mark.parametrize("name", sorted(DATED_TOPS))
def test_no_text_of_a_dated_page_top_changes(runner: CliRunner, tmp_path: Path, name: str) -> None:
    top, _ = DATED_TOPS[name]
    log = tmp_path / "edits.jsonl"
    _convert(runner, tmp_path, f"{top}\n\n{ARTICLE}", "--edits", str(log))
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e for e in edits if e["start"] < len(top)] == []


@pytest.mark.parametrize("name", sorted(DATED_TOPS))
def test_the_json_takes_the_date_from_the_page_top(runner: CliRunner, tmp_path: Path, name: str) -> None:
    top, _ = DATED_TOPS[name]
    doc = json.loads(_convert(runner, tmp_path, f"{top}\n\n{ARTICLE}", "-f", "json"))
    assert doc["date"] == "2023-10-12"
    assert doc["articles"][0]["titles"] == [TITLE]
    assert doc["articles"][0]["kicker"] == []


def test_a_headline_opening_with_a_place_and_a_date_is_no_page_top(runner: CliRunner, tmp_path: Path) -> None:
    """A word before the date that names no paper nor page (`全市`) makes a headline of the line, with
    the weekday after the date or not (c484b4a read `全市 2023年10月12日 星期四` as a head; reverted
    in v17c3: a weekday beside the date licenses no other words)."""
    for top in ("全市 2023年10月12日", "全市 2023年10月12日 星期四"):
        page = f"{top}\n\n{ARTICLE}"
        front, _ = _front_and_first_article(_convert(runner, tmp_path, page))
        assert front == []


def test_a_first_paragraph_opening_with_the_date_stays_text(runner: CliRunner, tmp_path: Path) -> None:
    page = f"{TITLE}\n\n2023年10月12日 星期四 农历八月廿八，全市召开安全生产工作会议。\n"
    doc = json.loads(_convert(runner, tmp_path, page, "-f", "json"))
    assert doc["furniture"] == []
    assert doc["articles"][0]["titles"] == [TITLE]


@pytest.mark.parametrize("name", sorted(NUMERIC_TOPS))
def test_a_numeric_date_page_top_is_furniture_and_gives_the_date(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    top, page = NUMERIC_TOPS[name]
    doc = json.loads(_convert(runner, tmp_path, f"{top}\n\n{ARTICLE}", "-f", "json"))
    assert doc["furniture"] == [line for line in top.split("\n") if line]
    assert (doc["date"], doc["page"]) == ("2023-10-12", page)
    assert (doc["articles"][0]["kicker"], doc["articles"][0]["titles"]) == ([], [TITLE])


def test_a_phone_number_in_a_footer_gives_no_date(runner: CliRunner, tmp_path: Path) -> None:
    """Only a year, month and day with one kind of separator is a date (`0931-8123456` is a phone)."""
    page = f"{ARTICLE}\n电话：0931-8123456 邮编 730000\n"
    doc = json.loads(_convert(runner, tmp_path, page, "-f", "json"))
    assert doc["date"] is None


#: Page tops setting their fields apart with marks, or naming a section page's section with no section
#: word; each of their blocks is one header `fw`.
MARKED_TOPS = {
    "pipes": "新民晚报 | 2023年10月12日 | 星期四 | A5 | 国内新闻",
    "slash-bare-number": "人民日报\n\n2023年10月12日 星期四\n\n要闻 / 3",
    "section-page-hong-kong": "星島日報\n\n2023年10月12日 星期四\n\nA10 港聞",
    "section-page-taiwan": "自由時報 2023年10月12日 星期四 A5 政治新聞",
}


@pytest.mark.parametrize("name", sorted(MARKED_TOPS))
def test_a_marked_or_lettered_page_top_is_furniture(runner: CliRunner, tmp_path: Path, name: str) -> None:
    top = MARKED_TOPS[name]
    page = f"{top}\n\n{ARTICLE}"
    log = tmp_path / "edits.jsonl"
    front, heads = _front_and_first_article(_convert(runner, tmp_path, page, "--edits", str(log)))
    assert front == [("header", block) for block in top.split("\n\n")]
    assert heads == [(None, TITLE)]
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e for e in edits if e["start"] < len(top)] == []
    doc = json.loads(_convert(runner, tmp_path, page, "-f", "json"))
    assert (doc["date"], doc["articles"][0]["kicker"]) == ("2023-10-12", [])


@pytest.mark.parametrize("headline", ["G20 峰会开幕", "C919 大飞机首飞", "F1 赛车开赛"])
def test_a_headline_opening_with_a_letter_and_number_stays_the_title(
    runner: CliRunner, tmp_path: Path, headline: str
) -> None:
    page = f"2023年10月12日 星期四\n\n{headline}\n\n本报记者 王丽\n\n近日，全市召开安全生产工作会议。\n"
    front, heads = _front_and_first_article(_convert(runner, tmp_path, page))
    assert front == [("header", "2023年10月12日 星期四")]
    assert heads == [(None, headline)]
