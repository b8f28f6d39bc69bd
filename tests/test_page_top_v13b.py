"""Page tops the first page-top audit (tests/test_page_top_v13.py) left: dates of the Minguo calendar
and in hanzi numerals (Taiwan, Hong Kong), mastheads ending in a bare 报 (`明報`, `聯合報`), and a page
header followed by the page's editors. Each is page furniture before the first article, its text
unchanged, and the page's date and number are read from it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from test_page_top_v13 import ARTICLE, TITLE, _convert, _front_and_first_article


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _head_edits(runner: CliRunner, tmp_path: Path, top: str) -> list[dict[str, object]]:
    """The edits the CLI logs inside the page top `top` (printed above `ARTICLE`)."""
    log = tmp_path / "edits.jsonl"
    _convert(runner, tmp_path, f"{top}\n\n{ARTICLE}", "--edits", str(log))
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return [e for e in edits if e["start"] < len(top)]


def _json(runner: CliRunner, tmp_path: Path, top: str) -> dict[str, object]:
    return json.loads(_convert(runner, tmp_path, f"{top}\n\n{ARTICLE}", "-f", "json"))


#: Page tops dating the issue in the Minguo calendar or in hanzi numerals, and the page they state.
WRITTEN_DATE_TOPS = {
    "minguo-with-section-page": ("中華民國112年10月12日 星期四\n\nA3 要聞", None),
    "minguo-short-with-page": ("民國112年10月12日 星期四 第3版", 3),
    "hanzi-under-masthead": ("星島日報\n\n二〇二三年十月十二日 星期四", None),
    "hanzi-zero-and-page": ("人民日报\n\n二零二三年十月十二日 星期四 第4版", 4),
    "hanzi-simplified-minguo-header": ("第2版 要闻 中华民国112年10月12日", 2),
}


@pytest.mark.parametrize("name", sorted(WRITTEN_DATE_TOPS))
def test_a_minguo_or_hanzi_date_top_is_furniture_and_gives_the_date(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    top, page = WRITTEN_DATE_TOPS[name]
    front, heads = _front_and_first_article(_convert(runner, tmp_path, f"{top}\n\n{ARTICLE}"))
    assert front == [("header", block) for block in top.split("\n\n")]
    assert heads == [(None, TITLE)]
    doc = _json(runner, tmp_path, top)
    assert (doc["date"], doc["page"]) == ("2023-10-12", page)
    assert doc["furniture"] == top.split("\n\n")
    assert _head_edits(runner, tmp_path, top) == []


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        ("二〇二三年十月二十一日", "2023-10-21"),
        ("二○二三年十二月三十一日", "2023-12-31"),
        ("二〇二四年一月一日", "2024-01-01"),
    ],
)
def test_every_hanzi_day_reads_as_its_date(runner: CliRunner, tmp_path: Path, date: str, iso: str) -> None:
    top = f"星島日報\n\n{date} 星期四"
    doc = _json(runner, tmp_path, top)
    assert (doc["date"], doc["articles"][0]["kicker"]) == (iso, [])


def test_a_year_of_three_digits_without_minguo_is_no_date(runner: CliRunner, tmp_path: Path) -> None:
    doc = _json(runner, tmp_path, "112年10月12日 星期四")
    assert doc["date"] is None


def test_a_minguo_headline_and_a_hanzi_year_sentence_stay_text(runner: CliRunner, tmp_path: Path) -> None:
    page = "2023年10月12日 星期四\n\n民国时期的报业\n\n二〇二三年是关键之年，全市召开安全生产工作会议。\n"
    doc = json.loads(_convert(runner, tmp_path, page, "-f", "json"))
    assert doc["furniture"] == ["2023年10月12日 星期四"]
    article = doc["articles"][0]
    assert article["titles"] == ["民国时期的报业"]
    assert [p["text"] for p in article["paragraphs"]] == ["二〇二三年是关键之年，全市召开安全生产工作会议。"]


#: Page tops whose masthead ends in a bare 报 (or 報), beside a line stating the date or the page.
BARE_MASTHEAD_TOPS = {
    "taiwan-minguo": "聯合報\n\n中華民國112年10月12日 星期四\n\nA3 要聞",
    "hong-kong-hanzi-date": "大公報\n\n二〇二三年十月十二日 星期四",
    "same-line": "明報 2023年10月12日 星期四",
    "one-block": "文匯報\n2023年10月12日 星期四",
    "over-page-header": "新京报\n\n第3版 要闻",
    "under-the-date-one-block": "2023年10月12日 星期四\n新京报",
    "kuaibao-paper": "都市快报\n\n2023年10月12日 星期四",
}


@pytest.mark.parametrize("name", sorted(BARE_MASTHEAD_TOPS))
def test_a_bare_bao_masthead_beside_the_date_is_furniture(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    top = BARE_MASTHEAD_TOPS[name]
    front, heads = _front_and_first_article(_convert(runner, tmp_path, f"{top}\n\n{ARTICLE}"))
    assert front == [("header", block) for block in top.split("\n\n")]
    assert heads == [(None, TITLE)]
    doc = _json(runner, tmp_path, top)
    assert (doc["articles"][0]["kicker"], doc["articles"][0]["titles"]) == ([], [TITLE])
    assert doc["date"] == ("2023-10-12" if "日" in top else None)
    assert _head_edits(runner, tmp_path, top) == []


@pytest.mark.parametrize(
    "top",
    [
        "明報",  # alone over the headline: no date or page beside it
        "明報\n\n星期四",  # beside a line stating neither
        "2023年10月12日 星期四\n\n捷报",
        "2023年10月12日 星期四\n\n快报",
        "2023年10月12日 星期四\n\n工作简报",
        # a block of its own under the date line is the first headline (review of 685346a)
        "2023年10月12日 星期四\n\n业绩快报",
        "2023年10月12日 星期四\n\n三季报",
        "第3版 要闻\n\n中报",
        "2023年10月12日 星期四\n\n新京报",
        "本报\n\n2023年10月12日 星期四",
    ],
)
def test_a_bare_bao_word_or_lone_name_is_no_masthead(runner: CliRunner, tmp_path: Path, top: str) -> None:
    doc = _json(runner, tmp_path, top)
    name = next(line for line in top.split("\n\n") if "报" in line or "報" in line)
    assert name not in doc["furniture"]


#: Page tops printing the page's editors after the page header, and the `fw` (type, text) they give.
CREDITED_TOPS = {
    "mark-and-spaced-label": (
        "A3 要闻 ● 责任编辑 王丽",
        [("header", "A3 要闻 ●"), ("credit", "责任编辑 王丽")],
    ),
    "colons": (
        "第3版 要闻 责任编辑：王丽 美编：李华",
        [("header", "第3版 要闻"), ("credit", "责任编辑：王丽 美编：李华")],
    ),
    "bare-number-alone": ("3 要闻 责任编辑 王丽", [("header", "3 要闻"), ("credit", "责任编辑 王丽")]),
    "name-first-alone": (
        "要闻 3 美编 李华 校对 张明", [("header", "要闻 3"), ("credit", "美编 李华 校对 张明")]
    ),
    "bare-number-under-the-date": (
        "人民日报\n\n2023年10月12日 星期四\n\n3 要闻 责任编辑 王丽 美编 李华",
        [
            ("header", "人民日报"),
            ("header", "2023年10月12日 星期四"),
            ("header", "3 要闻"),
            ("credit", "责任编辑 王丽 美编 李华"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CREDITED_TOPS))
def test_a_page_header_with_its_editors_is_header_and_credit(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    top, expected = CREDITED_TOPS[name]
    front, heads = _front_and_first_article(_convert(runner, tmp_path, f"{top}\n\n{ARTICLE}"))
    assert front == expected
    assert heads == [(None, TITLE)]
    doc = _json(runner, tmp_path, top)
    assert doc["furniture"] == [text for _, text in expected]
    assert (doc["articles"][0]["kicker"], doc["articles"][0]["titles"]) == ([], [TITLE])
    assert doc["page"] == (None if top.startswith("A3") else 3)
    assert _head_edits(runner, tmp_path, top) == []


def test_editors_after_a_word_that_is_no_page_header_stay_text(runner: CliRunner, tmp_path: Path) -> None:
    doc = _json(runner, tmp_path, "全市 责任编辑 王丽")
    assert doc["furniture"] == []


@pytest.mark.parametrize("top", ["二〇二三年二月三十日 星期四", "2023年2月30日 星期四", "2023年4月31日"])
def test_a_printed_date_the_calendar_has_not_fills_no_date(
    runner: CliRunner, tmp_path: Path, top: str
) -> None:
    """A date line read off the page is checked as `--date` is: 2023-02-30 is a misreading, not a date
    for the TEI header and JSON (this session's review: only 1-31 was checked)."""
    doc = _json(runner, tmp_path, top)
    assert top in doc["furniture"]
    assert doc["date"] is None
