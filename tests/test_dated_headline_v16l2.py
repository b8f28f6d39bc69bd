"""A headline opening on a date at a flat page's top is no running head, and its date no issue date.

Flat text (`roles.running_head`, `roles._dated_printed_head`) read a top line printing a date beside
a few words of no running head's kind as the page's running head: the headline left the txt, the
TEI printed it as `fw type="header"`, and the TEI header and the JSON took its date for the issue's.
A running head prints a cue beside the date (the weekday, the paper's name, the publisher, the page,
the weather as a field, an editor's field, a known section); a headline does not.
"""

from __future__ import annotations

import json
import re

import pytest

import layoutfix
from test_dated_headline_coords_v16c3 import printed_iso, tei_header

BODY = [
    "这一天，毛泽东主席在天安门城楼上宣告中华人民共和国成立。",
    "三十万群众在广场上欢呼。",
]

#: Headlines opening on a date (or ending on one) whose words are no running head's: an event, a
#: place, a diary's title, a bare weather word, a report word (喜报), a title holding 编辑 or 出版, a
#: headline in traditional characters.
DATED_HEADLINES = [
    "1949年10月1日 开国大典",
    "1949年10月1日 開國大典",
    "2024年5月6日 我的日记",
    "2024年5月6日 兰州",
    "2024年5月6日 开幕",
    "2024年5月6日 揭牌",
    "2024年5月6日 纪念日",
    "2024年5月6日 小雨",
    "2024年5月6日 喜迎两会",
    "2024年5月6日 喜报",
    "喜报 2024年5月6日",
    "2024年5月6日 编辑部的故事",
    "2024年5月6日 人民出版社出版新书",
    "2024年5月6日 G20峰会",
    "2024年5月6日 周一 学习贯彻",
]

#: Running heads that print one cue beside the date, each kind once: the weekday, the paper's name
#: (a long one, a periodical's), the publisher, today's page count, the weather labelled or with its
#: temperature, a known section, a page's name.
CUED_HEADS = [
    "2024年5月6日 周一",
    "人民日报海外版 2024年5月6日",
    "新华每日电讯 2024年5月6日",
    "2024年5月6日 甘肃日报社出版",
    "2024年5月6日今日8版",
    "2024年5月6日 天气：多云转小雨",
    "2024年5月6日 晴转多云 8～19℃",
    "要闻 2024年5月6日",
    "2024年5月6日 时评",
    "2024年5月6日 国内新闻",
]


def _page(top: str) -> bytes:
    return ("\n\n".join([top, *BODY]) + "\n").encode()


def _convert(top: str, fmt: str) -> str:
    return layoutfix.convert(_page(top), fmt=fmt, input_format="txt").output


@pytest.mark.parametrize("top", DATED_HEADLINES)
def test_a_headlines_date_is_not_the_tei_headers_issue_date(top: str) -> None:
    """Before, the TEI header gained `<date when="1949-10-01">` and the title `- 1949-10-01` from
    the headline `1949年10月1日 开国大典`: a wrong issue date. Now the header names no date."""
    header = tei_header(_convert(top, "tei"))
    assert "<date" not in header
    assert printed_iso(top) not in header


@pytest.mark.parametrize("top", DATED_HEADLINES)
def test_a_headline_opening_on_a_date_stays_in_the_txt(top: str) -> None:
    """Before, the headline was gone from the txt (running heads are left out). Now the txt opens on
    it as printed."""
    assert _convert(top, "txt").split("\n\n")[0] == top


@pytest.mark.parametrize("top", DATED_HEADLINES)
def test_a_headline_opening_on_a_date_is_the_articles_and_no_fw(top: str) -> None:
    """Before, the TEI printed the headline as `fw type="header"` and the JSON as the page's
    furniture, with its date as the page's `date`. Now it is the article's title or kicker, and the
    JSON names no date."""
    tei = _convert(top, "tei")
    assert "<fw" not in tei
    doc = json.loads(_convert(top, "json"))
    first = doc["articles"][0]
    assert (doc["furniture"], doc["date"]) == ([], None)
    assert top in first["titles"] + first["kicker"]


@pytest.mark.parametrize("top", CUED_HEADS)
def test_a_running_head_with_a_cue_beside_the_date_gives_the_issue_date(top: str) -> None:
    """Guard: a head printing a weekday, the paper, the publisher, the page count, the weather as a
    field or a known section beside the date stays the running head (`fw type="header"`), and the
    TEI header and the JSON take its date, before and after (the spacing step may close a gap in
    the head, `2024年5月6日天气：多云转小雨`: compared without whitespace)."""
    tei = _convert(top, "tei")
    assert ["".join(fw.split()) for fw in re.findall(r'<fw type="header">([^<]*)</fw>', tei)] == [
        "".join(top.split())
    ]
    assert f'<date when="{printed_iso(top)}">' in tei_header(tei)
    assert json.loads(_convert(top, "json"))["date"] == printed_iso(top)
