"""A top line is a running head only when every part of it is a head's piece; a source note is no
page furniture.

Before (v17, c484b4a): a weekday or a page beside the date made a running head whatever else the
line held, so a headline printing a date and a weekday vanished from the txt and its date became the
issue date (`开国大典 1949年10月1日 星期六` gave `<date when="1949-10-01">`). A reprint note at a
coordinate page's foot (`（原载《人民日报》2024年5月6日 第5版）`) was the page's footer, gone from the
txt, its date the issue date; at a page's top it was the running head on every reader.
`城事 · 2024年5月6日 · 星期一` kept one gap of its two (`城事· 2024年5月6日 · 星期一`).
"""

from __future__ import annotations

import json

import pytest

import layoutfix
from block_pages import page_bytes, squeezed
from test_dated_headline_coords_v16c3 import COORDS, convert_top, tei_header
from test_running_head_edges_v17c import FORMATS, _assert_head, _header_fws

LEAD = "本报讯 近日，全市召开会议，部署今冬明春各项重点工作。"
TITLE = "全市冬小麦播种过半"

#: Headlines printing a date with a weekday, a page or the weather beside it, and words no running
#: head prints: a person's, a body's or a place's name before the date, an event, a festival, a
#: notice, a clause after the cue, a title between a title's marks.
HEADLINES = [
    "习近平 2024年5月6日 星期一 抵达巴黎开始国事访问",
    "国务院常务会议 2024年5月6日 星期一 召开",
    "全市 2024年5月6日 星期一 起实行限行",
    "交通事故 2024年5月6日 周一 3人受伤",
    "3 人受伤 2024年5月6日 周一",
    "开国大典 1949年10月1日 星期六",
    "周总理逝世 1976年1月8日 星期四",
    "雷锋日记 1961年10月20日 星期五 晴",
    "春节 2024年2月10日 星期六",
    "停水通知 2024年5月6日 星期一",
    "峰会 2024年5月6日 A5",
    "杭州 2016年9月4日 B20",
    "《1976年1月8日 星期四》",
    "“1949年10月1日 星期六”",
    "全市 2023年10月12日 星期四",
    "2024年5月6日 星期一 全市召开会议",
    "2024年5月6日 周一 学习贯彻",
    "国庆 2024年10月1日 星期二",
    "香港回归 1997年7月1日 星期二",
    "元旦 2024年1月1日 星期一",
    "高考 2024年6月7日 星期五 开考",
    "兰州 2024年5月6日 星期一 小雨",
    "世博会 2010年5月1日 星期六 开幕",
    "唐山地震 1976年7月28日 星期三",
    "抗战胜利 1945年8月15日 星期三",
    "喜报 2024年5月6日 星期一",
    "停电 2024年5月6日 A3",
    "2024年5月6日 周一 全市降温",
    "（2024年5月6日 星期一）",
]


@pytest.mark.parametrize("body", [[LEAD], [TITLE, LEAD]], ids=["over the lead", "over a title"])
@pytest.mark.parametrize("fmt", ["txt", "alto"])
@pytest.mark.parametrize("top", HEADLINES)
def test_a_headline_printing_a_date_and_a_weekday_or_page_stays_a_title(
    top: str, fmt: str, body: list[str]
) -> None:
    """Before, each line was the page's running head: gone from the txt, the TEI header and the JSON
    dated by the headline's day. Now it heads the first article, kept in the txt, and the page has
    no issue date."""
    txt = convert_top(top, fmt, "txt", body)
    assert squeezed(top) in squeezed(txt)
    tei = convert_top(top, fmt, "tei", body)
    assert "<fw" not in tei
    assert "<date" not in tei_header(tei)
    doc = json.loads(convert_top(top, fmt, "json", body))
    assert (doc["date"], doc["furniture"]) == (None, [])
    first = doc["articles"][0]
    assert squeezed(top) in squeezed("".join(first["kicker"] + first["titles"]))


#: Running heads whose every part is a head's piece or a name heads print: guards (the issue's
#: number was a head's through the weekday before; a piece of its own now).
HEADS = [
    "2024年5月6日 星期一",
    "健康 2024年5月6日 第5版",
    "南方周末 2024年5月6日 星期一",
    "观点 2024年5月6日 星期一",
    "甘肃日报 2024年5月6日 星期一 第3版",
    "2024年5月6日 星期一 第三版 国际",
    "2024年5月6日 星期一 天气 晴转多云",
    "新华每日电讯 2024年5月6日 星期一",
    "2024年5月6日 星期一 第25678号",
    "2024年5月6日 星期一 总第12345期",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", HEADS)
def test_a_line_of_head_pieces_only_is_still_the_running_head(top: str, fmt: str) -> None:
    """Guard: a line printing only the date, the weekday, the page, the weather and a paper's or a
    section's name is the running head, its date the issue date."""
    _assert_head(top, fmt)


#: Notes saying where an article was printed first, with that paper's date and page.
SOURCE_NOTES = [
    "（原载《人民日报》2024年5月6日 第5版）",
    "据《甘肃日报》2024年5月6日 第3版",
    "原载 2024年5月6日 第5版",
    "（摘自《光明日报》2024年5月6日 第5版）",
    "（来源：人民日报 2024年5月6日 第5版）",
    "转载自《甘肃日报》2024年5月6日 第3版",
]


def _page(blocks: list[list[str]], fmt: str) -> bytes:
    return page_bytes(blocks, fmt) if fmt == "txt" else COORDS[fmt](blocks)


@pytest.mark.parametrize("fmt", ["txt", *COORDS])
@pytest.mark.parametrize("note", SOURCE_NOTES)
def test_a_source_note_at_a_pages_foot_is_the_articles_text(note: str, fmt: str) -> None:
    """Before, an ALTO/hOCR/OCR-JSON page read the note under the last paragraph as its footer: the
    txt lost it and the TEI header and the JSON took the source's date for the issue date. Now it is
    the article's, in the txt, and the page has no issue date, as flat text reads it."""
    data = _page([[TITLE], [LEAD], [note]], fmt)
    txt = layoutfix.convert(data, fmt="txt", input_format=fmt).output
    assert squeezed(note) in squeezed(txt)
    tei = layoutfix.convert(data, fmt="tei", input_format=fmt).output
    assert "<fw" not in tei
    assert "<date" not in tei_header(tei)
    assert json.loads(layoutfix.convert(data, fmt="json", input_format=fmt).output)["date"] is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", SOURCE_NOTES)
def test_a_source_note_at_a_pages_top_is_no_running_head(note: str, fmt: str) -> None:
    """Before, the note as a page's first line was its running head on every reader (gone from the
    txt, a false issue date). Now it is text of the page, and the page has no issue date."""
    txt = convert_top(note, fmt, "txt", [TITLE, LEAD])
    assert squeezed(note) in squeezed(txt)
    tei = convert_top(note, fmt, "tei", [TITLE, LEAD])
    assert "<fw" not in tei
    assert "<date" not in tei_header(tei)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_names_mark_keeps_both_its_gaps(fmt: str) -> None:
    """Before, `城事 · 2024年5月6日 · 星期一` lost the space before its first `·` (`城事· …`): the
    page's name was no word heads print for the spacing step. Now the head is printed as it stands."""
    top = "城事 · 2024年5月6日 · 星期一"
    assert _header_fws(convert_top(top, fmt, "tei", [TITLE, LEAD])) == [top]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_head_whose_weather_the_spacing_step_glues_to_its_label_is_still_the_head(fmt: str) -> None:
    """Guard, found with this change: the spacing step closes `天气 晴` to `天气晴`, which flat text then
    read as a word no head prints (a heading, with no issue date) once a weekday no longer made a head
    of any line. The glued weather is a head's piece: the head and its date on every reader."""
    doc = json.loads(convert_top("2024年5月6日 星期一 天气 晴", fmt, "json", [TITLE, LEAD]))
    assert doc["date"] == "2024-05-06"
    assert [squeezed(f) for f in doc["furniture"]] == ["2024年5月6日星期一天气晴"]
