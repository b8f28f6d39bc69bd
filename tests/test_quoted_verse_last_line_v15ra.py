"""A quoted poem's last line in a block of its own (fifteenth session, reviewer's findings, helper RA).

Before (since f520504): an article announcing a poem with a colon (`…即兴赋诗一首：`), its stanza,
then the poem's last line alone in a block (`春风拂大地 万物竞芳华`) over the article's prose
(`大家纷纷鼓掌叫好。…`): the last line became a subhead heading the prose (TEI `div type=subsection`,
JSON `subheads`). Now, under verse of the same size that a colon introduced (a quotation), a
verse-shaped line over prose goes on the verse: a paragraph of the article. Guards: over a byline or
a dateline lead such a line is still the next article's title, and after a poem no colon introduced
(an article of its own) a line over prose is still read as f520504 reads it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

TITLE = "老教师的诗"
PROSE = "大家纷纷鼓掌叫好。张明说，自己每年都会来这里。"
#: (the colon's paragraph, the stanza's lines, the last line in a block of its own)
QUOTES = [
    ("本报讯（记者王丽）重阳节当天，退休教师张明登上城北山顶，即兴赋诗一首：",
     ["远山含黛色 近水映秋光", "寒风吹瘦竹 冷月照孤窗"], "春风拂大地 万物竞芳华"),
    ("本报讯（记者王丽）重阳节当天，退休教师张明登上城北山顶，即兴赋诗一首：",
     ["远山含黛色，近水映秋光。", "寒风吹瘦竹，冷月照孤窗。"], "春风拂大地 万物竞芳华"),
    ("本报讯 联欢会上，老人们登台朗诵，张明吟道：",
     ["春风又绿江南岸 万紫千红映日开", "乡村振兴谱新篇 金秋硕果满山川"], "幸福生活比蜜甜 共圆美梦在今朝"),
]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


#: The stanza in one block, or each line in a block of its own: only punctuated lines, as unpunctuated
#: ones alone in their blocks are all headings, a run the colon's paragraph does not reach (left alone).
CASES = [(*q, "\n") for q in QUOTES] + [(*QUOTES[1], "\n\n")]


@pytest.mark.parametrize(("lead", "stanza", "last", "split"), CASES)
def test_a_quoted_poems_last_line_over_prose_is_a_paragraph(
    lead: str, stanza: list[str], last: str, split: str
) -> None:
    page = f"{TITLE}\n\n{lead}\n\n{split.join(stanza)}\n\n{last}\n\n{PROSE}\n"
    (story,) = _articles(page)
    assert story["titles"] == [TITLE]
    assert story["subheads"] == []
    paragraphs = _paragraphs(story)
    assert paragraphs[-2:] == [last, PROSE]
    assert "".join(paragraphs).replace("\n", "").count(last) == 1


def test_the_reported_page_has_no_subsection_in_tei(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    lead, stanza, last = QUOTES[0]
    page = f"{TITLE}\n\n{lead}\n\n" + "\n".join(stanza) + f"\n\n{last}\n\n{PROSE}\n"
    root = assert_valid(tei_schema, convert_stdin(page, "-f", "tei"))
    (article,) = root.iterfind(f".//{TEI}div[@type='article']")
    assert article.findall(f"{TEI}div") == []
    assert [p.text for p in article.findall(f"{TEI}p")][-2:] == [last, PROSE]


# --- guards ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("under", ["本报讯 近日，全市召开会议。", "本报记者 王丽\n\n近日，全市召开会议。"])
def test_over_a_byline_or_a_dateline_the_line_is_still_the_next_title(under: str) -> None:
    lead, stanza, last = QUOTES[0]
    page = f"{TITLE}\n\n{lead}\n\n" + "\n".join(stanza) + f"\n\n{last}\n\n{under}\n"
    story, after = _articles(page)
    assert story["titles"] == [TITLE]
    assert after["titles"] == [last]


def test_a_poem_no_colon_introduced_is_read_as_before() -> None:
    """f520504's reading: after a poem printed as its own article (title over verse), a line of its
    size over prose titles what follows."""
    stanza = QUOTES[0][1]
    page = "秋思\n\n" + "\n".join(stanza) + f"\n\n春风拂大地 万物竞芳华\n\n{PROSE}\n"
    articles = _articles(page)
    assert not any("春风拂大地 万物竞芳华" in p for a in articles for p in _paragraphs(a))
