"""A poem set line by line, each line in a block of its own, under its title (fifteenth session,
helper Z).

Before: `秋思` / `远山含黛色 近水映秋光` / `寒风吹瘦竹 冷月照孤窗` / `春风拂大地 万物竞芳华` / `本报讯 …`
was one run of headings (each verse line alone has a headline's form) over a dateline lead: one
article whose kickers were the poem's title and lines, titled with the next story's headline; the
poem was gone from the text. Under a signature or an ornament line the poem's last line became the
title of an article holding only the signature. Now lines of verse of one size under a short title,
three at least, are the poem (its title, a paragraph a line); the last one is read after them as
any heading after a poem's verse is (tests/test_set_lines_titles_v15.py): over a byline, a dateline
lead or prose it heads what follows, else it is the poem's last line. Guards: a short heading over a
couplet of kicker and title over a lead stays a heading group; lines going on from a stanza and
lines ending the page read as before.
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
#: Poems (title, lines), each line of one size and no sentence's end (a headline's form alone);
#: the headline after each has that size too.
POEMS = {
    "five, spaced": ("秋思", ["远山含黛色 近水映秋光", "寒风吹瘦竹 冷月照孤窗"]),
    "five, commas": ("冬夜", ["孤灯人未寐，残雪夜初长", "明朝春又至，万物沐新阳", "白云随雁去，红叶伴霜黄"]),
    "seven, spaced": ("山行", ["远上寒山石径斜 白云深处有人家", "停车坐爱枫林晚 霜叶红于二月花"]),
}
HEADLINES = {"five, spaced": "春风拂大地 万物竞芳华", "five, commas": "春风拂大地 万物竞芳华",
             "seven, spaced": "千里江山春意浓 万家灯火庆丰年"}
LEAD = "近日，全市春耕生产全面展开，各地抢抓农时。"
#: What the headline stands over (blocks), the byline the article gets and its lead.
UNDER = {
    "dateline lead": ([f"本报讯 {LEAD}"], ["本报讯"]),
    "byline": (["本报记者 王丽", LEAD], ["本报记者 王丽"]),
    "dated lead": ([LEAD], []),
}
STORY = "重阳登高\n\n本报讯 重阳节当天，市民纷纷登山赏秋，气氛热烈。"


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return [{"kicker": a["kicker"], "titles": a["titles"], "subheads": a["subheads"], "byline": a["byline"],
             "paragraphs": [p["text"] for p in a["paragraphs"]], "signature": a["signature"]}
            for a in articles]


def _poem(title: str, lines: list[str], byline: list[str] | None = None) -> dict[str, Any]:
    return {"kicker": [], "titles": [title], "subheads": [], "byline": byline or [], "paragraphs": lines,
            "signature": None}


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("under", UNDER)
@pytest.mark.parametrize("poem", POEMS)
def test_a_poem_set_line_by_line_then_the_next_articles_headline(poem: str, under: str) -> None:
    title, lines = POEMS[poem]
    blocks, byline = UNDER[under]
    headline = HEADLINES[poem]
    got = _articles(_page(title, *lines, headline, *blocks))
    assert got == [
        _poem(title, lines),
        {"kicker": [], "titles": [headline], "subheads": [], "byline": byline, "paragraphs": [LEAD],
         "signature": None},
    ]


@pytest.mark.parametrize("poem", POEMS)
def test_after_a_story_the_poem_is_an_article_of_its_own(poem: str) -> None:
    title, lines = POEMS[poem]
    got = _articles(_page(STORY, title, *lines, HEADLINES[poem], f"本报讯 {LEAD}"))
    assert [(a["titles"], a["paragraphs"]) for a in got] == [
        (["重阳登高"], ["重阳节当天，市民纷纷登山赏秋，气氛热烈。"]), ([title], lines),
        ([HEADLINES[poem]], [LEAD])]


@pytest.mark.parametrize("end", ["（张明）", "＊＊＊"])
def test_a_poems_last_line_over_its_signature_or_an_ornament_stays_in_it(end: str) -> None:
    title, lines = POEMS["five, commas"]
    got = _articles(_page(title, *lines, end, "春耕", f"本报讯 {LEAD}"))
    assert got[0]["titles"] == [title] and got[0]["kicker"] == []
    assert got[0]["paragraphs"] == lines
    assert got[-1]["titles"] == ["春耕"]


def test_a_poem_under_its_title_and_poet() -> None:
    """The title and the poet's name in one block open the article; the lines under them are its
    text, the headline after them the next article's title."""
    title, lines = POEMS["five, spaced"]
    got = _articles(_page(f"{title}\n张明", *lines, HEADLINES["five, spaced"], f"本报讯 {LEAD}"))
    assert [(a["titles"], a["byline"], a["paragraphs"]) for a in got] == [
        ([title], ["张明"], lines), ([HEADLINES["five, spaced"]], ["本报讯"], [LEAD])]


def test_over_prose_the_last_line_heads_it() -> None:
    """As after a stanza in one block (tests/test_set_lines_titles_v15.py), a verse-shaped line over
    prose heads it; the lines above are the poem's."""
    title, lines = POEMS["five, spaced"]
    prose = "全市春耕生产全面展开，各地抢抓农时。"
    got = _articles(_page(title, *lines, HEADLINES["five, spaced"], prose))
    assert got[0]["titles"] == [title] and got[0]["kicker"] == []
    assert got[0]["paragraphs"][: len(lines)] == lines
    assert [h for a in got for h in a["titles"] + a["subheads"]] == [title, HEADLINES["five, spaced"]]
    assert [p for a in got for p in a["paragraphs"]] == [*lines, prose]


def test_traditional_script() -> None:
    title, lines = POEMS["seven, spaced"]
    page = _S2T.convert(_page(title, *lines, HEADLINES["seven, spaced"], f"本报讯 {LEAD}"))
    got = _articles(page)
    assert [(a["titles"], a["paragraphs"]) for a in got] == [
        ([_S2T.convert(title)], [_S2T.convert(x) for x in lines]),
        ([_S2T.convert(HEADLINES["seven, spaced"])], [_S2T.convert(LEAD)])]


def test_the_poem_in_tei_and_plain_text(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    title, lines = POEMS["five, spaced"]
    page = _page(title, *lines, HEADLINES["five, spaced"], f"本报讯 {LEAD}")
    root = assert_valid(tei_schema, convert_stdin(page, "-f", "tei"))
    poem, story = root.iterfind(f".//{TEI}div[@type='article']")
    assert [h.text for h in poem.iterfind(f"{TEI}head")] == [title]
    assert ["".join(p.itertext()) for p in poem.iterfind(f"{TEI}p")] == lines
    assert story.findtext(f"{TEI}head") == HEADLINES["five, spaced"]
    txt = convert_stdin(page, "-f", "txt")
    assert "\n\n".join(lines) in txt
    assert txt.index(lines[-1]) < txt.index("＊＊＊") < txt.index(HEADLINES["five, spaced"])


# --- guards: what reads as before -----------------------------------------------------------------


@pytest.mark.parametrize("under", UNDER)
def test_a_short_kicker_over_a_couplet_of_kicker_and_title_stays_a_heading_group(under: str) -> None:
    blocks, byline = UNDER[under]
    got = _articles(_page("喜迎二十大", "青春献祖国 奋斗正当时", "党建引领强 发展动力足", *blocks))
    assert [(a["kicker"], a["titles"], a["byline"]) for a in got] == [
        (["喜迎二十大", "青春献祖国 奋斗正当时"], ["党建引领强 发展动力足"], byline)]


def test_lines_ending_sentences_were_text_already() -> None:
    """Lines with their full stops are no headings: the poem read so before."""
    lines = ["孤灯人未寐，残雪夜初长。", "明朝春又至，万物沐新阳。", "白云随雁去，红叶伴霜黄。"]
    got = _articles(_page("冬夜", *lines, "春风拂大地 万物竞芳华", f"本报讯 {LEAD}"))
    assert [(a["titles"], a["paragraphs"]) for a in got] == [
        (["冬夜"], lines), (["春风拂大地 万物竞芳华"], [LEAD])]


def test_lines_over_a_stanza_and_lines_ending_the_page_stay_the_poems() -> None:
    title, lines = POEMS["five, spaced"]
    stanza = "白云随雁去 红叶伴霜黄\n孤灯人未寐 残雪夜初长"
    assert _articles(_page(title, *lines, stanza)) == [_poem(title, [*lines, stanza])]
    assert _articles(_page(title, *lines, "春风拂大地 万物竞芳华")) == [
        _poem(title, [*lines, "春风拂大地 万物竞芳华"])]
