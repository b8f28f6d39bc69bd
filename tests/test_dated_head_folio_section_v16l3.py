"""A running head printing the date beside a bare page number, a page's name, the lunar year or the
weather forecast is the page's running head again, on flat text and on coordinate pages.

Since 072c8ef/906a533 (`roles._prints_head_cue`) a top line printing a date needs a running head's
cue beside it, or it heads the first article. The cues knew the page only as `第3版`, `3版`, `A4`,
counted a bare digit as a title's word, and knew none of the common pages' names (`国际`, `体育`),
the lunar year (`甲辰年`) or the weather turning without its label (`晴转多云`): `2024年5月6日 03`
over an article became its kicker, and the TEI header and the JSON lost the issue date. Headlines
opening on a date (`1949年10月1日 开国大典`, `2024年5月6日 兰州`) stay headlines.
"""

from __future__ import annotations

import json
import re

import pytest

from block_pages import squeezed
from test_dated_headline_coords_v16c3 import COORDS, convert_top, tei_header

TITLE = "全市冬小麦播种过半"
LEAD = "本报讯 近日，全市召开会议，部署今冬明春各项重点工作。"

#: Running heads printing the date beside the page alone (a bare number, between marks, with its
#: word, of a page count, in hanzi numerals), a page's name, the lunar year or the forecast.
HEADS = [
    "2024年5月6日 03",
    "3 2024年5月6日",
    "2024年5月6日 3",
    "2024年5月6日 第三版",
    "二〇二四年五月六日 第三版",
    "2024年5月6日 - 3 -",
    "2024年5月6日 ·3·",
    "2024年5月6日 Page 3",
    "2024年5月6日 4/16",
    "2024年5月6日 国际",
    "2024年5月6日 体育",
    "2024年5月6日 经济",
    "2024年5月6日 文化",
    "2024年5月6日 社会",
    "2024年5月6日 财经",
    "2024年5月6日 城市",
    "2024年5月6日 农村",
    "体育 2024年5月6日",
    "2024年5月6日 晴转多云",
    "2024年5月6日 甲辰年",
    "2024年5月6日 甲辰龙年",
]

#: Headlines opening on a date beside words of no running head's kind (072c8ef, 906a533), a number
#: inside a title's words, a page's name inside a longer title word, a bare weather word.
HEADLINES = [
    "1949年10月1日 开国大典",
    "2024年5月6日 兰州",
    "2024年5月6日 开幕",
    "2024年5月6日 我的日记",
    "2024年5月6日 喜迎两会",
    "2024年5月6日 小雨",
    "2024年5月6日 3人受伤",
    "2024年5月6日 文化强省",
    "2024年5月6日 字典第三版",
    # a review's finds: 农历 heads only before a lunar month or year; a page's name only alone
    "2024年2月10日 农历新年",
    "2024年5月6日 文化 强省",
    "2024年5月6日 体育 强国",
]

FORMATS = ["txt", *COORDS]

_HANZI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DATE = re.compile(
    r"(\d{4}|[〇一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日"
)


def _convert(top: str, fmt: str, out: str) -> str:
    return convert_top(top, fmt, out, [TITLE, LEAD])


def _iso(top: str) -> str:
    """The ISO date the line prints, in Arabic or hanzi digits (`二〇二四年五月六日` -> `2024-05-06`)."""
    m = _DATE.search(top)
    assert m is not None
    year = m[1] if m[1].isascii() else "".join(str(_HANZI_DIGITS[c]) for c in m[1])
    return f"{year}-{_number(m[2]):02d}-{_number(m[3]):02d}"


def _number(text: str) -> int:
    """A month or day in Arabic digits or in hanzi numerals up to 31 (`十二` -> 12)."""
    if text.isascii():
        return int(text)
    tens, _, ones = text.rpartition("十")
    value = _HANZI_DIGITS.get(ones, 0) if ones else 0
    return value + (10 * (_HANZI_DIGITS[tens] if tens else 1) if "十" in text else 0)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", HEADS)
def test_a_dated_head_with_a_folio_or_a_pages_name_is_the_running_head(top: str, fmt: str) -> None:
    """Before (since 072c8ef/906a533), `2024年5月6日 03` was the first article's kicker
    (`head type="kicker"`) and the TEI header had no date. Now the TEI prints it as the page's one
    `fw type="header"` (compared without whitespace, as the spacing step may close a gap beside a
    mark), the TEI header and the JSON take its date, and the article's title is the title."""
    tei = _convert(top, fmt, "tei")
    assert [squeezed(fw) for fw in re.findall(r'<fw type="header"[^>]*>([^<]*)</fw>', tei)] == [squeezed(top)]
    assert f'<date when="{_iso(top)}">' in tei_header(tei)
    doc = json.loads(_convert(top, fmt, "json"))
    assert doc["date"] == _iso(top)
    assert (doc["articles"][0]["kicker"], doc["articles"][0]["titles"]) == ([], [TITLE])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", HEADLINES)
def test_a_headline_opening_on_a_date_stays_the_articles(top: str, fmt: str) -> None:
    """Guard (072c8ef, 906a533): a date beside words no running head prints heads the article, and
    its date is no issue date: no `fw`, no date in the TEI header or the JSON."""
    tei = _convert(top, fmt, "tei")
    assert "<fw" not in tei
    assert "<date" not in tei_header(tei)
    doc = json.loads(_convert(top, fmt, "json"))
    assert (doc["furniture"], doc["date"]) == ([], None)
    first = doc["articles"][0]
    assert squeezed(top) in squeezed("".join(first["kicker"] + first["titles"]))
