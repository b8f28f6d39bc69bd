"""Running heads at a page's top: the lunar year and the page in hanzi numerals are head's pieces,
page zero is no page, a date alone is no title, the marks between a head's parts keep their gaps,
and flat text and coordinate pages (ALTO, hOCR, OCR-JSON) label one top line alike.

Before: `2024年5月6日 第三版 国际` and `2024年5月6日 农历甲辰年` headed the first article as its kicker
(`_holds_title_words` counted `第三版`, `农历甲辰年` as a title's words), `全市 2024年5月6日` was cut
into the kicker `全市` and the title `2024年5月6日` (the txt printed them on two lines),
`2024年5月6日 ·3·` and `新民晚报 · 2023年10月12日` lost the space before `·`, and a coordinate page
read `参考消息 2024年5月6日` as its running head where flat text read a headline, and
`”2024年5月6日”` as its running head where flat text read a title.

Page zero (`2024年5月6日 第0页`) is a head's page, as before v17 (OCR reads 6, 8, 9 as 0), and the
page or the weekday beside the date makes a head of a line naming a paper or a page
(`参考消息 2024年5月6日 星期一`): test_running_head_cues_v17c2.py; a place's name is no head's
(`全市 2023年10月12日 星期四` heads the article): test_running_head_titles_v17c3.py.
"""

from __future__ import annotations

import json
import re

import pytest

from test_dated_headline_coords_v16c3 import COORDS, convert_top, tei_header

TITLE = "全市冬小麦播种过半"
LEAD = "本报讯 近日，全市召开会议，部署今冬明春各项重点工作。"
PARAGRAPH = "这一天，毛泽东主席在天安门城楼上宣告中华人民共和国成立。"
FORMATS = ["txt", *COORDS]

_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def _convert(top: str, fmt: str, out: str, body: list[str] | None = None) -> str:
    return convert_top(top, fmt, out, [TITLE, LEAD] if body is None else body)


def _iso(top: str) -> str:
    m = _DATE.search(top)
    assert m is not None
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"


def _header_fws(tei: str) -> list[str]:
    return re.findall(r'<fw type="header"[^>]*>([^<]*)</fw>', tei)


def _assert_head(top: str, fmt: str) -> None:
    """`top` is the page's one header `fw`, as printed (its gaps kept), the TEI header and the JSON
    take its date, and the article's title is the title."""
    tei = _convert(top, fmt, "tei")
    assert _header_fws(tei) == [top]
    assert f'<date when="{_iso(top)}">' in tei_header(tei)
    doc = json.loads(_convert(top, fmt, "json"))
    assert (doc["date"], doc["furniture"]) == (_iso(top), [top])
    assert (doc["articles"][0]["kicker"], doc["articles"][0]["titles"]) == ([], [TITLE])


def _assert_heading(top: str, fmt: str) -> None:
    """`top` heads the first article as one line, as printed: no `fw`, no issue date."""
    tei = _convert(top, fmt, "tei")
    assert "<fw" not in tei
    assert "<date" not in tei_header(tei)
    doc = json.loads(_convert(top, fmt, "json"))
    assert (doc["date"], doc["furniture"]) == (None, [])
    first = doc["articles"][0]
    assert top in first["kicker"] + first["titles"]


#: Running heads printing the page in hanzi numerals or the lunar year beside the date and a page's
#: name: more than `_HEAD_WORDS_MAX` hanzi, none of them a title's.
HANZI_PIECE_HEADS = [
    "2024年5月6日 第三版 国际",
    "2024年5月6日 第十二版 体育",
    "2024年5月6日 农历甲辰年",
    "农历甲辰年 2024年5月6日",
    "2024年5月6日 甲辰龙年 国际",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", HANZI_PIECE_HEADS)
def test_a_head_printing_a_hanzi_page_or_the_lunar_year_is_the_running_head(top: str, fmt: str) -> None:
    """Before, `2024年5月6日 第三版 国际` was the article's kicker and the page had no date. Now it is
    the page's running head, its gaps kept."""
    _assert_head(top, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lunar_year_inside_a_title_is_no_heads_cue(fmt: str) -> None:
    """Guard: a lunar year glued into a title's words heads the article, and its date is no issue
    date."""
    _assert_heading("2024年5月6日 甲辰年春晚", fmt)


#: Running heads printing page zero: OCR reads a 6, 8 or 9 as 0, and no headline prints a date and
#: a page.
PAGE_ZERO_HEADS = [
    "2024年5月6日 第0页", "2024年5月6日 第〇版", "2024年5月6日 第〇版 国际", "第0版 2024年5月6日 星期一",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", PAGE_ZERO_HEADS)
def test_a_date_beside_page_zero_is_the_running_head(top: str, fmt: str) -> None:
    """Page zero is a misread page: the line is the running head, as before v17 (v17 read
    `2024年5月6日 第0页` as the article's kicker and dropped the issue date; reverted)."""
    _assert_head(top, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_date_beside_a_real_page_is_still_the_running_head(fmt: str) -> None:
    """Guard: page five is a page."""
    _assert_head("2024年5月6日 第5页", fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_page_header_is_the_pages_first_line_only(fmt: str) -> None:
    """Guard, a page's shape deciding `第3版 开国大典`: as the page's first line it is its page header
    (page 3, its theme after it), a `fw`, not the first article's kicker; in the text, between two
    paragraphs, it is the article's own (a subhead), no furniture."""
    assert _header_fws(_convert("第3版 开国大典", fmt, "tei")) == ["第3版 开国大典"]
    body = [TITLE, LEAD, "第3版 开国大典", PARAGRAPH]
    doc = json.loads(_convert(body[0], fmt, "json", body[1:]))
    assert doc["furniture"] == []
    assert doc["articles"][0]["subheads"] == ["第3版 开国大典"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [[TITLE, LEAD], [PARAGRAPH]], ids=["over a title", "over a paragraph"])
def test_a_place_before_a_date_is_one_heading(fmt: str, body: list[str]) -> None:
    """Before, `全市 2024年5月6日` was cut at its space into the kicker `全市` and a heading
    `2024年5月6日` (the txt printed two lines). A date alone is no title: the line is one heading,
    as printed, in the JSON and the txt."""
    top = "全市 2024年5月6日"
    doc = json.loads(_convert(top, fmt, "json", body))
    first = doc["articles"][0]
    assert top in first["kicker"] + first["titles"]
    assert "2024年5月6日" not in first["kicker"] + first["titles"]
    assert _convert(top, fmt, "txt", body).split("\n")[0] == top


#: Running heads whose parts a mark sets apart, with spaces around it.
MARKED_HEADS = [
    "2024年5月6日 ·3·",
    "2024年5月6日 星期一 ·3·",
    "新民晚报 · 2023年10月12日",
    "新民晚报 · 2023年10月12日 · A5 · 国内新闻",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", MARKED_HEADS)
def test_a_heads_marks_keep_their_gaps(top: str, fmt: str) -> None:
    """Before, the spacing step took the space before `·` for one beside Chinese punctuation:
    `2024年5月6日·3·`, `新民晚报· 2023年10月12日`. Now the head is printed as it stands."""
    tei = _convert(top, fmt, "tei")
    assert _header_fws(tei) == [top]
    assert json.loads(_convert(top, fmt, "json"))["furniture"] == [top]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_mark_before_a_pages_theme_still_goes_both_sides(fmt: str) -> None:
    """Guard: a mark between the weekday and a page's theme (no word heads print) is decided as in
    any line, both its gaps alike (`星期一·学习贯彻二十大`), not one of them. The line heads the
    article since v17c3 (words no head prints make a heading; it was the running head)."""
    top = "2024年5月6日 星期一 · 学习贯彻二十大"
    doc = json.loads(_convert(top, fmt, "json"))
    assert doc["furniture"] == []
    assert doc["articles"][0]["kicker"] == ["2024年5月6日 星期一·学习贯彻二十大"]


#: Top lines flat text and coordinate pages read alike: a place or an unknown paper's name before the
#: date heads the article (a place even with the weekday after it, since v17c3: no head prints a
#: place's name; a periodical papers print with its page or weekday is a head's); a date alone
#: between marks the engine garbled is the head.
AGREED_HEADINGS = ["全市 2023年10月12日", "参考消息 2024年5月6日", "全市 2023年10月12日 星期四"]
AGREED_HEADS = ["”2024年5月6日”", "参考消息 2024年5月6日 星期一"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", AGREED_HEADINGS)
def test_words_before_the_date_head_the_article_on_every_reader(top: str, fmt: str) -> None:
    """Before, a coordinate page read `参考消息 2024年5月6日` as its running head (the TEI header
    took its date) where flat text read the article's heading. Now every reader reads a heading, as
    flat text did: words before the date that name neither the paper (unless `--paper` names
    `参考消息`) nor a section open a headline when no page or weekday follows the date, and a place
    (`全市`) opens one with the weekday after the date too (a head since c484b4a; reverted in v17c3)."""
    _assert_heading(top, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", AGREED_HEADS)
def test_a_garbled_date_or_a_weekday_head_is_the_running_head_on_every_reader(top: str, fmt: str) -> None:
    """Before, flat text read `”2024年5月6日”` (marks of no pair, garbled) and
    `参考消息 2024年5月6日 星期一` as the first article's kicker where a coordinate page read its
    running head. Now every reader reads the running head. A date between a title's marks is a
    title (test_running_head_cues_v17c2.py); a place before the date is no head's name even with
    the weekday (test_running_head_titles_v17c3.py)."""
    _assert_head(top, fmt)
