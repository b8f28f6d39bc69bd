"""A contact line ending an article is the article's text (helper F3, v23).

An OCR-quality walk-through found article text lost from `convert -f txt`: a service's phone line
printed under an article's last paragraph (`…开放至晚上10点。` / blank / `咨询电话：0931-8765432`) was
read as page furniture (`<fw type="contact">` in TEI, the article's `furniture` in JSON) and dropped
from the plain text. Only a phone line between two paragraphs was the article's text. Now a line of a
service the article announces (咨询电话, 报名电话, 联系电话, 举报电话, 服务热线, 购票电话, 联系人…) right
under its last paragraph is a last paragraph, in txt, TEI and JSON; the paper's own contact lines, and
any line at the page's top, under a page header or a signature, stay furniture.

Also: a phone line cutting a sentence (`…政务服务中心，` / `联系电话：…` / `实地查看…`) was glued to the
sentence's first half and cut off its second; now it is furniture there and the sentence is whole.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from block_pages import convert_json
from test_coords_parity_v14 import MAKERS

TITLE = "市图书馆推出夜间阅读服务"
LEAD = "即日起，市图书馆每周五、周六开放至晚上10点。"
ARTICLE = f"{TITLE}\n\n本报讯 {LEAD}\n\n"
NEXT_TITLE = "全省秋粮收获进度过半"
NEXT = f"\n\n{NEXT_TITLE}\n\n本报讯 截至目前，全省秋粮收获进度过半。\n"

#: Contact lines of a service an article announces, as printed and as the output shows them.
SERVICE_LINES = [
    ("咨询电话：0931-8765432", "咨询电话：0931-8765432"),
    ("咨询电话:0931-8765432", "咨询电话：0931-8765432"),
    ("报名电话：0931-8765432", "报名电话：0931-8765432"),
    ("联系电话：0931-8765432", "联系电话：0931-8765432"),
    ("举报电话：0931-8765432", "举报电话：0931-8765432"),
    ("服务热线：0931-8765432", "服务热线：0931-8765432"),
    ("购票电话：0931-8650000 12328", "购票电话：0931-8650000 12328"),
    ("预约电话：13912345678", "预约电话：13912345678"),
    ("活动咨询电话：0931-8765432", "活动咨询电话：0931-8765432"),
    ("咨询电话 0931-8765432", "咨询电话 0931-8765432"),
    ("联系人：王女士 电话：0931-8765432", "联系人：王女士 电话：0931-8765432"),
    ("咨询电话：0931-8765432 联系人：王女士", "咨询电话：0931-8765432 联系人：王女士"),
]

#: Contact lines of the paper, or of fields its imprint prints: furniture under an article too.
PAPER_LINES = [
    "新闻热线：0931-8123456",
    "本报热线：0931-8123456",
    "读者热线：0931-8123456",
    "广告热线：0931-8123456",
    "发行热线：0931-8123456",
    "读者服务热线：0931-8123456",
    "发行服务热线：0931-8123456",
    "订阅热线：0931-8123456",
    "订报咨询电话：0931-8123456",
    "广告联系电话：0931-8123456",
    "本报联系电话：0931-8123456",
    "新闻报料热线：0931-8123456",
    "晚报新闻热线：0931-8123456",
    "虚假新闻举报电话：0931-8123456",
    "甘肃日报服务热线：0931-8123456",
    "日报社咨询电话：0931-8123456",
    "本报编辑部 电话：0931-8123456",
    "电话：0931-8123456",
    "电话：0931-8123456 传真：0931-8123457",
    "新闻热线：0931-8123456 广告热线：0931-8123457",
    "咨询电话：0931-8765432 传真：0931-8765433",
    "地址：兰州市城关区1号 邮编：730030 电话：0931-8123456",
    "投稿邮箱：gsrb@163.com",
    "网址：www.gsrb.com",
]


def _convert(page: str, fmt: str) -> str:
    return layoutfix.convert(page.encode(), fmt=fmt).output


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(_convert(page, "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


@pytest.mark.parametrize(("line", "shown"), SERVICE_LINES)
def test_a_service_line_under_the_last_paragraph_is_the_articles_text(line: str, shown: str) -> None:
    """Before, the line was the article's furniture and gone from the plain text."""
    page = ARTICLE + line + "\n"
    assert _convert(page, "txt").rstrip().endswith(f"{LEAD}\n\n{shown}")
    tei = _convert(page, "tei")
    assert f"<p>{shown}</p>" in tei and "<fw" not in tei.split("<body>")[1]
    [article] = _articles(page)
    assert _paragraphs(article) == [LEAD, shown]
    assert article["furniture"] == []


def test_a_traditional_service_line_is_the_articles_text() -> None:
    page = "市圖書館推出夜間閱讀服務\n\n本報訊 即日起，市圖書館每週五開放。\n\n諮詢電話：0931-8765432\n"
    assert _convert(page, "txt").rstrip().endswith("開放。\n\n諮詢電話：0931-8765432")


def test_a_service_line_between_two_articles_ends_the_first() -> None:
    first, second = _articles(ARTICLE + "咨询电话：0931-8765432" + NEXT)
    assert _paragraphs(first) == [LEAD, "咨询电话：0931-8765432"]
    assert second["titles"] == [NEXT_TITLE]
    assert "咨询电话" not in json.dumps(second, ensure_ascii=False)


def test_service_lines_over_the_papers_furniture_are_text_and_the_furniture_stays() -> None:
    page = (ARTICLE + "咨询电话：0931-8765432\n\n报名电话：13912345678\n\n"
            "新闻热线：0931-8123456\n\n责任编辑：王丽\n")
    [article] = _articles(page)
    assert _paragraphs(article) == [LEAD, "咨询电话：0931-8765432", "报名电话：13912345678"]
    assert article["furniture"] == ["新闻热线：0931-8123456", "责任编辑：王丽"]
    assert "新闻热线" not in _convert(page, "txt")


def test_the_probe_page_keeps_both_phone_lines() -> None:
    """The walk-through's page: the line with words after its number was kept, the bare one lost."""
    page = (f"{TITLE}\n\n本报讯（记者 王丽）{LEAD}\n\n活动咨询电话：0931-8123456，欢迎市民来电。\n\n"
            "咨询电话：0931-8765432\n")
    out = _convert(page, "txt")
    assert out.rstrip().endswith("活动咨询电话：0931-8123456，欢迎市民来电。\n\n咨询电话：0931-8765432")


@pytest.mark.parametrize("line", PAPER_LINES)
def test_the_papers_contact_line_under_the_last_paragraph_stays_furniture(line: str) -> None:
    page = ARTICLE + line + "\n"
    [article] = _articles(page)
    assert _paragraphs(article) == [LEAD]
    assert article["furniture"] == [line]


@pytest.mark.parametrize(
    "page",
    [
        "咨询电话：0931-8765432\n\n" + ARTICLE,  # the page's top
        "第3版 要闻\n\n咨询电话：0931-8765432\n\n" + ARTICLE,  # under a page header
        ARTICLE + "（记者 王丽）\n\n咨询电话：0931-8765432\n",  # under the signature
        ARTICLE + "第4版\n\n咨询电话：0931-8765432\n",  # under a folio
        ARTICLE + "新闻热线：0931-8123456\n\n咨询电话：0931-8765432\n",  # under the paper's line
    ],
)
def test_a_service_line_not_under_a_paragraph_stays_furniture(page: str) -> None:
    assert "0931-8765432" not in _convert(page, "txt")


def test_a_phone_line_under_a_paragraph_without_its_stop_stays_furniture() -> None:
    """Known limit: under a paragraph that runs on the line may cut a sentence, so it stays furniture
    (today's reading), also when the paragraph's full stop was only lost by the OCR."""
    page = f"{TITLE}\n\n本报讯 即日起，市图书馆开放至晚上10点\n\n咨询电话：0931-8765432\n"
    [article] = _articles(page)
    assert article["furniture"] == ["咨询电话：0931-8765432"]


def test_a_phone_line_cutting_a_sentence_is_furniture_and_the_sentence_whole() -> None:
    """Before: `委员们深入…政务服务中心，联系电话：0943-8221234` / `实地查看推进情况。`."""
    page = ("委员视察营商环境\n\n本报讯 委员们深入企业、园区和政务服务中心，\n\n联系电话：0943-8221234\n\n"
            "实地查看推进情况。\n")
    [article] = _articles(page)
    assert _paragraphs(article) == ["委员们深入企业、园区和政务服务中心，实地查看推进情况。"]
    assert article["furniture"] == ["联系电话：0943-8221234"]


def test_a_phone_line_between_rows_and_a_paragraph_is_still_text() -> None:
    """Guard: the booking line under a timetable (rows end where their last line does) stays text."""
    rows = "兰州—天水 07:30 09:00 14:00\n兰州—定西 08:00 10:30 15:30"
    page = (f"春运班车时刻表\n\n兰州汽车东站发往各地班车时刻如下。\n\n{rows}\n\n"
            "购票电话：0931-8650000 12328\n\n旅客可通过网络提前购票。\n")
    assert f"{rows}\n\n购票电话：0931-8650000 12328\n\n旅客可通过网络" in _convert(page, "txt")


BLOCKS = [[TITLE], [f"本报讯 {LEAD}"]]
NEXT_BLOCKS = [[NEXT_TITLE], ["本报讯 截至目前，全省秋粮收获进度过半。"]]


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_service_line_between_two_articles_of_a_coordinate_page_ends_the_first(fmt: str) -> None:
    doc = convert_json([*BLOCKS, ["咨询电话：0931-8765432"], *NEXT_BLOCKS], fmt)
    assert _paragraphs(doc["articles"][0]) == [LEAD, "咨询电话：0931-8765432"]


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_service_line_below_all_text_of_a_coordinate_page_is_its_footer(fmt: str) -> None:
    """Guard: below every other box the geometry reads the line as the page's footer (a margin line),
    which stays furniture; flat text has no such cue."""
    doc = convert_json([*BLOCKS, ["咨询电话：0931-8765432"]], fmt)
    assert doc["articles"][0]["furniture"] == ["咨询电话：0931-8765432"]
