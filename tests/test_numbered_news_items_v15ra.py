"""A column of numbered news items after a finished story (fifteenth session, reviewer's findings,
helper RA).

Before (since f837495): a bylined story, then `1.全市秋粮收购工作启动` over `10月20日，…`, `2.…` over
`10月21日起，…` read the numbered items as subheads of the story: one article, its paragraphs the
items' text. Now a numbered heading over date-led text is a section of the open article only when
the article cues it: a notice or a letter, text so far ending with a colon (`…具体安排如下：`), or
earlier subheads of its own whose numbering the heading goes on (`二、` after `一、`, `（一）` under
`一、`). Right after a finished story with no such cue, each item is an article of its own, as before
f837495.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

TITLE = "市委召开常委会议"
LEAD = "10月19日，市委召开常委会议，研究部署近期重点工作。会议强调，要抓好各项任务落实。"
OPENINGS = [f"本报讯（记者王丽）{LEAD}", f"本报记者 王丽\n\n{LEAD}", LEAD]
ITEMS = [
    ("全市秋粮收购工作启动", "10月20日，全市秋粮收购工作正式启动，各收购点有序开秤。"),
    ("城区新增三条公交线路", "10月21日起，城区新开通三条公交线路，覆盖新建小区。"),
    ("市图书馆延长开放时间", "近日，市图书馆延长开放时间，每天开放至晚上9时。"),
]
NUMBERINGS = [("1.", "2.", "3."), ("一、", "二、", "三、"), ("（一）", "（二）", "（三）"), ("①", "②", "③")]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


def _column(numbers: tuple[str, ...], opening: str, count: int = 3) -> tuple[str, list[str]]:
    heads = [f"{n}{h}" for n, (h, _) in zip(numbers, ITEMS[:count], strict=False)]
    body = "".join(f"\n\n{head}\n\n{text}" for head, (_, text) in zip(heads, ITEMS, strict=False))
    return f"本周要闻回顾\n\n{TITLE}\n\n{opening}{body}\n", heads


@pytest.mark.parametrize("numbers", NUMBERINGS)
@pytest.mark.parametrize("opening", OPENINGS)
def test_numbered_items_after_a_finished_story_are_articles_of_their_own(
    numbers: tuple[str, ...], opening: str
) -> None:
    page, heads = _column(numbers, opening)
    story, *items = _articles(page)
    assert story["titles"] == [TITLE]
    assert story["subheads"] == []
    assert _paragraphs(story) == [LEAD]
    assert [a["titles"] for a in items] == [[h] for h in heads]
    assert [_paragraphs(a) for a in items] == [[t] for _, t in ITEMS]


@pytest.mark.parametrize("count", [1, 2])
def test_one_or_two_items_too(count: int) -> None:
    page, heads = _column(NUMBERINGS[0], OPENINGS[0], count)
    story, *items = _articles(page)
    assert story["subheads"] == []
    assert [a["titles"] for a in items] == [[h] for h in heads]


def test_the_reported_page_in_tei_and_txt(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    page, heads = _column(NUMBERINGS[0], OPENINGS[0])
    root = assert_valid(tei_schema, convert_stdin(page, "-f", "tei"))
    divs = list(root.iterfind(f".//{TEI}div[@type='article']"))
    assert [d.findtext(f"{TEI}head") for d in divs] == [TITLE, *heads]
    assert root.findall(f".//{TEI}div[@type='subsection']") == []
    assert convert_stdin(page, "-f", "txt").count("＊＊＊") == 3


# --- guards: the cues that keep numbered headings over date-led text in the story ----------------------


def test_a_lead_ending_with_a_colon_keeps_the_numbered_sections() -> None:
    lead = "10月19日，市委召开常委会议，对近期工作作出部署："
    page, heads = _column(NUMBERINGS[0], f"本报讯 {lead}")
    (story,) = _articles(page)
    assert story["subheads"] == heads
    assert _paragraphs(story) == [lead, *(t for _, t in ITEMS)]


@pytest.mark.parametrize("numbers", NUMBERINGS)
def test_a_heading_going_on_the_storys_numbering_stays_a_subhead(numbers: tuple[str, ...]) -> None:
    """The first section's text opens with no date, so it is the story's subhead by any rule; the
    next sections' text opens with a date, and their numbers go on the first's. (Two paragraphs
    above: after one, `①收购工作启动` reads as a short news item's headline, `opens_news_item`.)"""
    page = (f"{TITLE}\n\n本报讯 {LEAD}\n\n会议听取了有关工作汇报。\n\n"
            f"{numbers[0]}收购工作启动\n\n全市秋粮收购工作正式启动。\n\n"
            f"{numbers[1]}新增公交线路\n\n{ITEMS[1][1]}\n\n{numbers[2]}延长开放时间\n\n{ITEMS[2][1]}\n")
    (story,) = _articles(page)
    assert story["subheads"] == [f"{numbers[0]}收购工作启动", f"{numbers[1]}新增公交线路",
                                 f"{numbers[2]}延长开放时间"]


def test_a_first_subsection_under_a_numbered_subhead_stays_in_the_story() -> None:
    page = (f"{TITLE}\n\n本报讯 {LEAD}\n\n一、民生实事\n\n会议听取了民生实事进展情况汇报。\n\n"
            f"（一）秋粮收购\n\n{ITEMS[0][1]}\n")
    (story,) = _articles(page)
    assert story["subheads"] == ["一、民生实事", "（一）秋粮收购"]


def test_a_number_going_on_no_numbering_of_the_story_starts_an_article() -> None:
    """`2.` under `一、` neither follows it nor opens a subsection (that is `1.`/`（一）`)."""
    page = (f"{TITLE}\n\n本报讯 {LEAD}\n\n一、民生实事\n\n会议听取了民生实事进展情况汇报。\n\n"
            f"2.秋粮收购启动\n\n{ITEMS[0][1]}\n")
    story, item = _articles(page)
    assert story["subheads"] == ["一、民生实事"]
    assert item["titles"] == ["2.秋粮收购启动"]
