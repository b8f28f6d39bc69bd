"""A headline shaped like a line of verse (`春风拂大地 万物竞芳华`) or like figures (`数说：2023`) right
after a poem's stanza or a draw's figures is the next article's title when it stands over a byline
or prose; only over more of the same verse or figures, or heading nothing, does it go on the text
above (`assemble._Builder.set_lines_among`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix

#: Texts ending with verse or figures, each as (title, paragraphs) of its article.
ABOVE = {
    "five-hanzi stanza": ("秋思", ["远山含黛色 近水映秋光\n寒风吹瘦竹 冷月照孤窗"]),
    "seven-hanzi stanza": ("山行", ["远上寒山石径斜，白云深处有人家。\n停车坐爱枫林晚，霜叶红于二月花。"]),
    "two stanzas": ("秋日登高", ["远山含黛色，近水映秋光\n白云随雁去，红叶伴霜黄",
                                 "孤灯人未寐，残雪夜初长\n明朝春又至，万物沐新阳"]),
    "draw's figures": ("双色球开奖", ["本期双色球开奖结果如下。", "红球：03 08 15 22 27 31\n蓝球：09"]),
}
#: Headlines shaped like a line of verse or like figures, of the kinds the texts above end with.
HEADLINES = ["春风拂大地 万物竞芳华", "青山绿水间 乡村振兴路", "千里江山春意浓 万家灯火庆丰年", "数说：2023"]
LEAD = "近日，全市春耕生产全面展开，各地抢抓农时。"
PLAIN = "全市春耕生产全面展开，各地抢抓农时。"
#: What a title stands over (blocks), the byline the article gets and its lead: a dateline lead, a
#: byline over a lead, a lead opening with its date, a paragraph of plain prose.
UNDER = {
    "dateline lead": ([f"本报讯 {LEAD}"], ["本报讯"], LEAD),
    "byline": (["本报记者 王丽", LEAD], ["本报记者 王丽"], LEAD),
    "dated lead": ([LEAD], [], LEAD),
}


def _articles(page: str) -> list[dict[str, Any]]:
    doc = json.loads(layoutfix.convert(page.encode(), fmt="json", input_format="txt").output)
    return [{"titles": a["titles"], "kicker": a["kicker"], "subheads": a["subheads"], "byline": a["byline"],
             "paragraphs": [p["text"] for p in a["paragraphs"]], "flags": a["flags"]}
            for a in doc["articles"]]


def _page(title: str, paragraphs: list[str], headline: str, under: list[str]) -> str:
    return "\n\n".join([title, *paragraphs, headline, *under]) + "\n"


@pytest.mark.parametrize("under", UNDER)
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("above", ABOVE)
def test_a_verse_shaped_headline_after_a_poem_titles_the_next_article(
    above: str, headline: str, under: str
) -> None:
    """Before, the headline was a paragraph of the poem (or the draw) and the next article was
    flagged `no-title`; now it is that article's title."""
    title, paragraphs = ABOVE[above]
    blocks, byline, lead = UNDER[under]
    got = _articles(_page(title, paragraphs, headline, blocks))
    none: list[str] = []
    assert got == [
        {"titles": [title], "kicker": none, "subheads": none, "byline": none, "paragraphs": paragraphs,
         "flags": none},
        {"titles": [headline], "kicker": none, "subheads": none, "byline": byline, "paragraphs": [lead],
         "flags": none},
    ]


@pytest.mark.parametrize("headline", HEADLINES[:3])
@pytest.mark.parametrize("above", [k for k in ABOVE if k != "draw's figures"])
def test_a_verse_shaped_headline_over_prose_after_a_poem_stays_a_heading(above: str, headline: str) -> None:
    """Over a paragraph of prose the verse-shaped line is a heading (a subhead or the next article's
    title, as the text under it says), no longer a line of the poem. A draw's figures go on over
    prose (`蓝球：09` / `下期奖池累计金额为八亿元。`, tests/test_set_lines_v15.py): left out."""
    title, paragraphs = ABOVE[above]
    got = _articles(_page(title, paragraphs, headline, [PLAIN]))
    assert got[0]["titles"] == [title] and got[0]["paragraphs"][: len(paragraphs)] == paragraphs
    assert [h for a in got for h in a["titles"] + a["subheads"]] == [title, headline]
    assert [p for a in got for p in a["paragraphs"]] == [*paragraphs, PLAIN]


@pytest.mark.parametrize("under", UNDER)
def test_a_couplet_kicker_and_title_after_a_poem_head_the_next_article(under: str) -> None:
    """Two verse-shaped lines over prose are a heading group (kicker and title), as over a lead
    anywhere else."""
    title, paragraphs = ABOVE["five-hanzi stanza"]
    blocks, byline, lead = UNDER[under]
    got = _articles(_page(title, paragraphs, "青春献祖国 奋斗正当时\n\n党建引领强 发展动力足", blocks))
    assert [(a["kicker"], a["titles"], a["byline"], a["paragraphs"]) for a in got] == [
        ([], [title], [], paragraphs), (["青春献祖国 奋斗正当时"], ["党建引领强 发展动力足"], byline, [lead])]


@pytest.mark.parametrize("line, below", [
    ("寒风吹瘦竹 冷月照孤窗", ["孤灯人未寐 残雪夜初长\n明朝春又至 万物沐新阳"]),
    ("寒风吹瘦竹 冷月照孤窗", []),  # the poem's last line at the page's end
])
def test_a_verse_line_going_on_from_a_stanza_stays_in_the_poem(line: str, below: list[str]) -> None:
    """Guard: a verse line between stanzas, or ending the page, is still the poem's."""
    stanza = "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"
    got = _articles("\n\n".join(["秋思", stanza, line, *below]) + "\n")
    assert [(a["titles"], a["paragraphs"]) for a in got] == [(["秋思"], [stanza, line, *below])]
