"""A subhead over one line shaped like verse (fifteenth session, reviewer's findings, helper RA).

Before: inside a story, a short heading over a single line of regular verse (a couplet or a slogan:
`产业兴旺` / `不忘初心跟党走，牢记使命再出发。`) read as a poem's title (commit 49725d1): over prose the
heading became a paragraph (TEI `<p>产业兴旺</p>`, JSON no subhead, 17f1497's quoted poem), and at
the article's end (`记者手记` / the slogan) it split off a second article. Now a heading inside an open
article titles a poem only over two or more verse lines; over one it stays a subhead. Guards: a poem
of two lines or more (in one block, or a line a block) after a finished article is still an article
of its own, and one quoted before prose still keeps its title as a paragraph.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

TITLE = "全市召开乡村振兴推进会"
LEAD = "本报讯（记者王丽）近日，全市召开乡村振兴推进会，部署下一阶段重点工作。"
AFTER = "会议指出，产业兴旺是乡村振兴的重点，要因地制宜发展特色产业。"
#: One line shaped like verse: seven or five hanzi a half.
ONE_LINES = [
    "不忘初心跟党走，牢记使命再出发。",
    "春风吹麦浪，机器满田忙。",
    "山青水更绿，民富村更美。",
    "撸起袖子加油干，同心共筑中国梦。",
]
#: Halves set apart by a space and unpunctuated: alone over prose such a line is a heading itself
#: (`roles.set_line_kind`), so only at the page's end is it the text under the subhead.
SPACED = "青春献祖国 奋斗正当时"
HEADS = ["产业兴旺", "田间地头", "记者手记"]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("line", ONE_LINES)
def test_a_subhead_over_one_verse_line_then_prose_stays_a_subhead(head: str, line: str) -> None:
    (story,) = _articles(f"{TITLE}\n\n{LEAD}\n\n{head}\n\n{line}\n\n{AFTER}\n")
    assert story["titles"] == [TITLE]
    assert story["subheads"] == [head]
    assert head not in _paragraphs(story)
    assert _paragraphs(story)[-2:] == [line, AFTER]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("line", [*ONE_LINES, SPACED])
def test_a_subhead_over_one_verse_line_ending_the_page_stays_in_the_story(head: str, line: str) -> None:
    (story,) = _articles(f"{TITLE}\n\n{LEAD}{AFTER}\n\n{head}\n\n{line}\n")
    assert story["titles"] == [TITLE]
    assert story["subheads"] == [head]
    assert _paragraphs(story)[-1] == line


def test_the_reported_page_in_tei_and_txt(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    page = f"{TITLE}\n\n{LEAD}\n\n产业兴旺\n\n{ONE_LINES[0]}\n\n{AFTER}\n"
    root = assert_valid(tei_schema, convert_stdin(page, "-f", "tei"))
    (article,) = root.iterfind(f".//{TEI}div[@type='article']")
    (sub,) = article.findall(f"{TEI}div[@type='subsection']")
    assert sub.findtext(f"{TEI}head") == "产业兴旺"
    assert [p.text for p in sub.findall(f"{TEI}p")] == [ONE_LINES[0], AFTER]
    assert "＊＊＊" not in convert_stdin(f"{TITLE}\n\n{LEAD}\n\n记者手记\n\n{ONE_LINES[1]}\n", "-f", "txt")


def test_two_subheads_each_over_one_line_and_prose() -> None:
    page = (f"{TITLE}\n\n{LEAD}\n\n田间地头\n\n{ONE_LINES[1]}\n\n在城关镇，农民们正忙着整地施肥。\n\n"
            "技术服务\n\n农技人员深入一线，开展技术指导服务。\n")
    (story,) = _articles(page)
    assert story["subheads"] == ["田间地头", "技术服务"]


# --- guards: two verse lines or more under a short heading still make a poem ------------------------

NIGHT = ["床前明月光，疑是地上霜。", "举头望明月，低头思故乡。"]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_poem_of_two_lines_after_a_finished_story_is_still_its_own_article(between: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n静夜思\n\n{between.join(NIGHT)}\n"
    story, poem = _articles(page)
    assert story["subheads"] == []
    assert poem["titles"] == ["静夜思"]
    assert "".join(_paragraphs(poem)).replace("\n", "") == "".join(NIGHT)


def test_a_quoted_poem_of_two_lines_keeps_its_title_as_a_line() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n静夜思\n\n{NIGHT[0]}\n{NIGHT[1]}\n\n诗中表达了诗人对故乡的思念。\n"
    (story,) = _articles(page)
    assert story["subheads"] == []
    assert "静夜思" in _paragraphs(story)
