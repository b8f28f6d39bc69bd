"""Numbered subheads in a news story over a date-led paragraph (fifteenth session, helper Z; the cue
rule, helper RA).

Before: in a story, a heading opening with an item number (`一、提前供暖`) over a paragraph opening
with a date (`10月25日起试供暖。`) read as the next article's title over its news lead: JSON titled a
second article `一、提前供暖`, with the story's later sections its subheads, TEI opened a new
`div type="article"` and the plain text put `＊＊＊` between them. Only a notice kept such a section
(commit 14de25e). Helper Z kept it in any open article; the reviewer found that this merged a column
of numbered news items (`1.全市秋粮收购工作启动` / `10月20日，…`) into the finished story above. Now
an open article whose text has not ended keeps a run of numbered headings over date-led text as its
subheads when it cues them: its text so far ends with a colon (`…具体安排如下：`), or its own earlier
subheads are numbered and the heading goes on their numbering (`二、` after `一、`), or it is a
notice or a letter (tests/test_numbered_notices_v15.py). Helper Z's story cases, a finished lead
(`…部署冬季供暖工作。`) then `一、提前供暖` over `10月25日起试供暖。` with no such cue, are the
reviewer's shape exactly: they now announce their sections with a colon, and the shape without a cue
is asserted apart (tests/test_numbered_news_items_v15ra.py). Guards: a byline or a dateline under a
numbered heading (a column of numbered items), a heading after a signature or an ornament line, and
an unnumbered heading over a date-led lead still start articles.
"""

from __future__ import annotations

import json
from typing import Any

import opencc
import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

_S2T = opencc.OpenCC("s2t")
TITLE = "市政府部署冬季供暖工作"
LEAD = "昨日，市政府召开会议部署冬季供暖工作。"
#: A lead announcing the story's sections: the cue that keeps them in the story.
ANNOUNCING = "昨日，市政府召开会议部署冬季供暖工作，具体安排如下："
#: A story's numbered sections, each heading over text opening with a date or a time word.
SECTIONS = [
    ("一、提前供暖", "10月25日起试供暖。"),
    ("二、保障民生", "近日，困难群众取暖补贴已按时发放。"),
    ("三、加强巡查", "2023年冬季供暖期间，热力公司每日巡查管网。"),
]
#: The same headings numbered otherwise.
NUMBERINGS = [
    ("（一）提前供暖", "（二）保障民生", "（三）加强巡查"),
    ("1. 提前供暖", "2. 保障民生", "3. 加强巡查"),
    ("①提前供暖", "②保障民生", "③加强巡查"),
]
#: How the story opens under its title: a dateline lead, a byline over a lead, plain text.
OPENINGS = [f"本报讯 {ANNOUNCING}", f"本报记者 王丽\n\n{ANNOUNCING}", ANNOUNCING]
NEXT_TITLE = "秋收进展顺利"
NEXT_TEXT = "全市秋收过半。"


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


def _story(sections: list[tuple[str, str]], opening: str = OPENINGS[0]) -> str:
    body = "".join(f"\n\n{head}\n\n{text}" for head, text in sections)
    return f"{TITLE}\n\n{opening}{body}"


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("count", [1, 2, 3])
def test_numbered_subheads_over_date_led_text_stay_in_the_story(opening: str, count: int) -> None:
    sections = SECTIONS[:count]
    (story,) = _articles(_story(sections, opening) + "\n")
    assert story["titles"] == [TITLE]
    assert story["subheads"] == [h for h, _ in sections]
    assert _paragraphs(story) == [ANNOUNCING, *(t for _, t in sections)]


@pytest.mark.parametrize("heads", NUMBERINGS)
def test_other_numberings_are_subheads_too(heads: tuple[str, str, str]) -> None:
    sections = [(h, t) for h, (_, t) in zip(heads, SECTIONS, strict=True)]
    (story,) = _articles(_story(sections) + "\n")
    assert story["titles"] == [TITLE]
    assert story["subheads"] == list(heads)


def test_the_story_from_the_report_and_the_next_article() -> None:
    """The page as reported: the next story (a title over `本报讯 …`) is still an article of its own."""
    page = (f"{TITLE}\n\n本报讯 {ANNOUNCING}\n\n一、提前供暖\n\n10月25日起试供暖。\n\n二、保障民生\n\n"
            f"困难群众取暖补贴按时发放。\n\n2023年10月12日\n\n{NEXT_TITLE}\n\n本报讯 {NEXT_TEXT}\n")
    story, after = _articles(page)
    assert story["titles"] == [TITLE]
    assert story["subheads"] == ["一、提前供暖", "二、保障民生"]
    assert _paragraphs(story) == [ANNOUNCING, "10月25日起试供暖。", "困难群众取暖补贴按时发放。"]
    assert after["titles"] == [NEXT_TITLE]
    assert after["subheads"] == []
    assert _paragraphs(after) == [NEXT_TEXT]


def test_traditional_script() -> None:
    page = _S2T.convert(_story(SECTIONS) + "\n")
    (story,) = _articles(page)
    assert story["titles"] == [_S2T.convert(TITLE)]
    assert story["subheads"] == [_S2T.convert(h) for h, _ in SECTIONS]


def test_one_article_div_with_subsections_in_tei_and_no_ornament_in_the_text(
    tei_schema: etree.RelaxNG,  # noqa: F811
) -> None:
    page = _story(SECTIONS) + "\n"
    root = assert_valid(tei_schema, convert_stdin(page, "-f", "tei"))
    (article,) = root.iterfind(f".//{TEI}div[@type='article']")
    assert article.findtext(f"{TEI}head") == TITLE
    subs = article.findall(f"{TEI}div[@type='subsection']")
    assert [d.findtext(f"{TEI}head") for d in subs] == [h for h, _ in SECTIONS]
    txt = convert_stdin(page, "-f", "txt")
    assert "＊＊＊" not in txt
    assert f"{SECTIONS[0][0]}\n\n{SECTIONS[0][1]}" in txt


# --- guards: where a numbered heading still starts an article ----------------------------------------


#: A numbered item's first text: a dateline lead or a byline's.
ITEM_OPENINGS = ["本报讯 昨日，全市秋粮收购进展顺利。", "新华社北京10月12日电 全国秋粮收购进展顺利。",
                 "本报兰州10月12日讯 全市秋粮收购进展顺利。"]


@pytest.mark.parametrize("under", ITEM_OPENINGS)
def test_a_column_of_numbered_items_under_bylines_or_datelines_stays_apart(under: str) -> None:
    page = (f"一、全市召开会议\n\n本报讯 昨日，全市召开会议。\n\n二、秋粮收购顺利\n\n{under}\n\n"
            "三、新区开通公交\n\n本报讯 新区开通公交。\n")
    titles = [a["titles"] for a in _articles(page)]
    assert titles == [["一、全市召开会议"], ["二、秋粮收购顺利"], ["三、新区开通公交"]]


@pytest.mark.parametrize("end", ["（记者 王丽）", "\n\n（记者 王丽）", "\n\n＊＊＊", "特此通知。"])
def test_a_numbered_heading_after_the_storys_end_starts_an_article(end: str) -> None:
    page = f"{TITLE}\n\n本报讯 {LEAD}{end}\n\n一、提前供暖\n\n10月25日起试供暖。\n"
    story, after = _articles(page)
    assert story["titles"] == [TITLE]
    assert after["titles"] == ["一、提前供暖"]
    assert _paragraphs(after) == ["10月25日起试供暖。"]


def test_an_unnumbered_heading_over_a_date_led_lead_starts_an_article() -> None:
    page = f"{TITLE}\n\n本报讯 {LEAD}\n\n{NEXT_TITLE}\n\n10月12日，{NEXT_TEXT}\n"
    story, after = _articles(page)
    assert story["subheads"] == []
    assert after["titles"] == [NEXT_TITLE]
