"""Continuation markers of Republican-era and Hong Kong papers: the sheet 张, 续昨, 未完, and a 续
marker closing a paragraph (v20).

An archivist's walk-through found them misread: `（續第一張）` and `（續昨）` under a title became a
paragraph and split the article in two (the title alone, then an untitled article); `（轉第二張）` and
`（未完）` under the last paragraph became the article's `<signed>` signature; `…大廈。(續第四版)` closing
a paragraph, as Hong Kong papers print "continued on page 4", was cut off into an empty article of its
own that continued from page 4. Now each is the article's continuation marker, read as `（續第一版）`
and `（轉第二版）` are, but pointing to no page: a sheet holds several pages, so its number is no page
reference (review: sheet 2 holding pages 5 to 8, `（轉第二張）` linked to page 2), `續昨` ("continued
from yesterday") and `未完` ("not finished") point from and to no page of the issue, and a 续
marker on the line of a paragraph's last sentence points on. Words that only look so (`第二張照片`,
`未完成`, `（續昨日議程）`) stay text.
"""

from __future__ import annotations

import json

import pytest
from lxml import etree

import layoutfix
from block_pages import FORMATS, convert_json

TEI = "{http://www.tei-c.org/ns/1.0}"
HEAD = "中央日報\n\n一九四七年五月二十日 星期二 第2版\n\n"
TITLE = "京滬綫恢復通車"
LEAD = "本報訊 京滬綫鐵路已於昨日全綫恢復通車，首班車於上午八時開出。"
NEXT = "市商會開會討論物價\n\n本報訊 市商會昨日召開會議，討論物價問題。\n"
TITLE_S = "京沪线恢复通车"
LEAD_S = "本报讯 京沪线铁路已于昨日全线恢复通车，首班车于上午八时开出。"
NEXT_S = "市商会开会讨论物价\n\n本报讯 市商会昨日召开会议，讨论物价问题。\n"


def _page(marker: str, *, under_title: bool, simplified: bool) -> str:
    """A page of two articles, `marker` a block under the first one's title or its last paragraph."""
    title, lead, nxt = (TITLE_S, LEAD_S, NEXT_S) if simplified else (TITLE, LEAD, NEXT)
    first = [title, marker, lead] if under_title else [title, lead, marker]
    return HEAD + "\n\n".join(first) + "\n\n" + nxt


def _convert(page: str, fmt: str) -> str:
    return layoutfix.convert(page.encode(), fmt=fmt).output


#: (marker, under the title, simplified, from_page, to_page)
MARKERS = [
    # a sheet holds several pages: its number is no page of the issue (`test_sheet_pages_v20.py`)
    ("（續第一張）", True, False, None, None),
    ("（续第一张）", True, True, None, None),
    ("（續第三張）", True, False, None, None),
    ("（續昨）", True, False, None, None),
    ("（续昨）", True, True, None, None),
    ("（接昨日）", True, False, None, None),
    ("（轉第二張）", False, False, None, None),
    ("（转第二张）", False, True, None, None),
    ("（下轉第三張）", False, False, None, None),
    ("（未完）", False, False, None, None),
    ("（未完）", False, True, None, None),
]


@pytest.mark.parametrize(("marker", "under_title", "simplified", "frm", "to"), MARKERS)
def test_marker_is_the_articles_continuation(
    marker: str, under_title: bool, simplified: bool, frm: str | None, to: str | None
) -> None:
    data = json.loads(_convert(_page(marker, under_title=under_title, simplified=simplified), "json"))
    first, second = data["articles"]  # the first article is whole: not cut at the marker
    assert first["titles"] == [TITLE_S if simplified else TITLE]
    assert first["continuation"] == {"from_page": frm, "markers": [marker], "to_page": to}
    assert first["signature"] is None
    assert marker not in [p["text"] for p in first["paragraphs"]]
    assert len(first["paragraphs"]) == 1
    assert second["continuation"]["markers"] == []


@pytest.mark.parametrize(("marker", "under_title", "simplified", "frm", "to"), MARKERS)
def test_tei_notes_the_marker(
    marker: str, under_title: bool, simplified: bool, frm: str | None, to: str | None
) -> None:
    tei = etree.fromstring(_convert(_page(marker, under_title=under_title, simplified=simplified),
                                    "tei").encode())
    notes = [(n.get("subtype"), n.text) for n in tei.iter(f"{TEI}note") if n.get("type") == "continuation"]
    assert notes == [("from" if under_title else "to", marker)]
    assert list(tei.iter(f"{TEI}signed")) == []


#: A 续 marker on the line of a paragraph's last sentence: (title, paragraph, next title, its lead).
CLOSING = [
    ("全市召開會議", "近日，全市召開會議，部署工作。(續第四版)",
     "九龍巴士新增路綫", "本報訊 九龍巴士公司宣佈新增路綫。"),
    ("全市召开会议", "近日，全市召开会议，部署工作。（续第四版）",
     "九龙巴士新增路线", "本报讯 九龙巴士公司宣布新增路线。"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("title", "paragraph", "title2", "lead2"), CLOSING)
def test_closing_xu_marker_points_on(title: str, paragraph: str, title2: str, lead2: str, fmt: str) -> None:
    """Before: the marker was an empty article of its own continuing from page 4."""
    data = convert_json([[title], [paragraph], [title2], [lead2]], fmt)
    assert [a["titles"] for a in data["articles"]] == [[title], [title2]]
    first = data["articles"][0]
    assert (first["continuation"]["from_page"], first["continuation"]["to_page"]) == (None, "4")
    assert [p["text"] for p in first["paragraphs"]] == [paragraph[: paragraph.index("。") + 1]]


def test_closing_xu_marker_in_tei_points_on() -> None:
    page = f"{HEAD}{TITLE}\n\n近日，全市召開會議，部署工作。(續第四版)\n\n{NEXT}"
    tei = etree.fromstring(_convert(page, "tei").encode())
    div = next(d for d in tei.iter(f"{TEI}div") if d.get("type") == "article")
    assert (div.get("part"), div.get("next")) == ("I", "#p4")
    notes = [n.get("subtype") for n in div.iter(f"{TEI}note") if n.get("type") == "continuation"]
    assert notes == ["to"]


def test_xu_marker_heading_the_text_still_comes_from() -> None:
    """`（續第一版）` over its text, on a line of its own under another article's closed paragraph:
    where the text under it comes from, as before."""
    page = f"{HEAD}{TITLE}\n\n{LEAD}\n\n（續第一版）\n會議要求各地抓好落實。\n\n{NEXT}"
    data = json.loads(_convert(page, "json"))
    assert [a["continuation"]["from_page"] for a in data["articles"]] == [None, "1", None]


#: Paragraphs whose words only look like such markers: no marker, the text kept whole.
TEXT = [
    "記者翻出第二張照片（續第二張照片），廿年前的街景歷歷在目。",
    "记者翻出第二张照片（续第二张照片），廿年前的街景历历在目。",
    "工程未完成，（未完成部分）將於下月動工。",
    "工程未完成，（未完成部分）将于下月动工。",
    "市議會（續昨日議程）討論預算案。",
    "市议会（续昨日议程）讨论预算案。",
    "他買了兩張票（轉兩張給朋友）。",
]


@pytest.mark.parametrize("paragraph", TEXT)
def test_words_stay_text(paragraph: str) -> None:
    data = json.loads(_convert(f"{HEAD}{TITLE}\n\n{paragraph}\n", "json"))
    (article,) = data["articles"]
    assert article["continuation"] == {"from_page": None, "markers": [], "to_page": None}
    assert [p["text"] for p in article["paragraphs"]] == [paragraph]
