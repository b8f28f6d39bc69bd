"""Republican-era and Hong Kong page heads: dates with 廿/卅, pages in hanzi, the sheet 张 (v20).

An archivist's walk-through of traditional-script papers found page heads read as no head: a day or
a Minguo year written with 廿 (twenty) or 卅 (thirty) (`中華民國三十六年五月廿日 星期二`,
`民國廿六年七月八日`) was no date, so the masthead and the date line became the first article's
kickers and the JSON `date` and the TEI header's `<date>` were lost; the sheet (`第二張`, `第2張`)
Republican papers print in the head was no page mark; a page in hanzi numerals (`第一版`) gave
`page: null` though the date on its line was read. Now each is read, on either script (the sheet as
part of the head, its page unknown: a sheet holds several pages); a body line or
a title mentioning such words (`第二張照片`, `廿年前`) stays text.
"""

from __future__ import annotations

import json

import pytest

import layoutfix

TITLE = "市商會開會討論物價"
LEAD = "本報訊 市商會昨日召開會議，討論物價問題。"
TITLE_S = "市商会开会讨论物价"
LEAD_S = "本报讯 市商会昨日召开会议，讨论物价问题。"

#: (masthead, date line, ISO date, page): traditional heads and their simplified twins.
HEADS = [
    ("中央日報", "中華民國三十六年五月廿日 星期二", "1947-05-20", None),
    ("中央日报", "中华民国三十六年五月廿日 星期二", "1947-05-20", None),
    ("中央日報", "中華民國三十六年五月卅日 星期五", "1947-05-30", None),
    ("中央日报", "中华民国三十六年五月卅日 星期五", "1947-05-30", None),
    ("中央日報", "中華民國三十六年十二月廿一日", "1947-12-21", None),
    ("中央日報", "中華民國三十六年十二月卅一日", "1947-12-31", None),
    ("中央日報", "民國廿六年七月八日 星期四", "1937-07-08", None),
    ("中央日报", "民国廿六年七月八日 星期四", "1937-07-08", None),
    ("中央日報", "民國卅六年五月廿日 星期二", "1947-05-20", None),
    ("華僑日報", "一九六五年三月廿日 星期六", "1965-03-20", None),
    # the page: in hanzi numerals; the sheet (張) alone names none (a sheet holds several pages),
    # a page (版) printed beside it is the page
    ("中央日報", "中華民國三十六年五月二十日 星期二 第二張", "1947-05-20", None),
    ("中央日报", "中华民国三十六年五月二十日 星期二 第二张", "1947-05-20", None),
    ("中央日報", "中華民國三十六年五月二十日 星期二 第2張", "1947-05-20", None),
    ("中央日报", "中华民国三十六年五月二十日 星期二 第2张", "1947-05-20", None),
    ("中央日報", "中華民國三十六年五月二十日 星期二 第一張 第二版", "1947-05-20", 2),
    ("中央日报", "中华民国三十六年五月二十日 星期二 第一张 第二版", "1947-05-20", 2),
    ("華僑日報", "一九六五年三月十二日 星期五 第一版", "1965-03-12", 1),
    ("华侨日报", "一九六五年三月十二日 星期五 第一版", "1965-03-12", 1),
    ("華僑日報", "一九六五年三月十二日 星期五 第十二版", "1965-03-12", 12),
    ("中央日報", "中華民國三十六年五月廿日 第二張", "1947-05-20", None),
]


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _page(masthead: str, line: str) -> str:
    """A page: the masthead, the date line, one article in the script of the date line."""
    simplified = "华" in line or "国" in line or "张" in line or masthead.endswith("日报")
    title, lead = (TITLE_S, LEAD_S) if simplified else (TITLE, LEAD)
    return f"{masthead}\n\n{line}\n\n{title}\n\n{lead}\n"


@pytest.mark.parametrize(("masthead", "line", "date", "page"), HEADS)
def test_head_date_and_page_read(masthead: str, line: str, date: str, page: int | None) -> None:
    data = _json(_page(masthead, line))
    assert (data["date"], data["page"]) == (date, page)
    assert data["furniture"] == [masthead, line]
    article = data["articles"][0]
    assert article["kicker"] == []
    assert article["titles"] in ([TITLE], [TITLE_S])


@pytest.mark.parametrize(("masthead", "line", "date", "page"), HEADS[:2] + HEADS[10:12] + HEADS[16:17])
def test_tei_header_carries_them(masthead: str, line: str, date: str, page: int | None) -> None:
    tei = layoutfix.convert(_page(masthead, line).encode(), fmt="tei").output
    assert f'<date when="{date}">' in tei
    if page is not None:
        assert f'<biblScope unit="page" n="{page}">' in tei
    else:
        assert '<biblScope unit="page"' not in tei
    assert "<fw" in tei and line in tei


#: Pages whose lines mention such words as text: no date and no page is read from them, and the
#: text stays in the article (a title, a paragraph).
TEXT_PAGES = [
    ("廿年前的今天", "本報訊 記者翻出第二張照片，廿年前的街景歷歷在目。"),
    ("廿年前的今天", "本报讯 记者翻出第二张照片，廿年前的街景历历在目。"),
    ("第二張選票", "本報訊 市民昨日投下第二張選票，工程未完成。"),
    ("第二张选票", "本报讯 市民昨日投下第二张选票，工程未完成。"),
    ("卅年來第一版", "本報訊 這是卅年來的第一版字典。"),
]


@pytest.mark.parametrize(("title", "lead"), TEXT_PAGES)
def test_text_mentioning_them_stays_text(title: str, lead: str) -> None:
    data = _json(f"{title}\n\n{lead}\n")
    assert (data["date"], data["page"], data["furniture"]) == (None, None, [])
    article = data["articles"][0]
    assert article["titles"] == [title]
    assert "".join(p["text"] for p in article["paragraphs"]) in lead


@pytest.mark.parametrize(
    ("line", "title"),
    [("中華民國三十六年五月廿日 星期二", "第二張選票"), ("中华民国三十六年五月廿日 星期二", "第二张选票"),
     ("一九六五年三月十二日 星期五", "第一版字典")],
)
def test_title_under_the_head_names_no_page(line: str, title: str) -> None:
    data = _json(f"中央日報\n\n{line}\n\n{title}\n\n{LEAD}\n")
    assert (data["page"], data["furniture"]) == (None, ["中央日報", line])
    assert data["articles"][0]["titles"] == [title]
