"""A column of numbered news items against a story's numbered sections (sixteenth session, F2).

Since a58c0f0, a short title over numbered headlines over date-led text was read as a column's
section label: `冬季供暖` / `一、全市提前启动冬季供暖` / `10月25日起，…` / `二、发放困难群众取暖补贴`
/ `10月26日起，…` lost its title (a section over two articles), and the section stayed open after
the column, so the next, unrelated story was filed under it. Now only items each over a byline or
a dateline (`本报讯 …`, `本报记者 王丽`) make a column: a date-led paragraph opens a story's
section as well as a news item, so the page keeps the older reading (one article, its numbered
subheads). And the column closes where its numbering ends.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cli_pages import convert_stdin

ITEMS = [
    ("全市提前启动冬季供暖", "全市提前启动冬季供暖，比往年提前十天。"),
    ("发放困难群众取暖补贴", "发放困难群众取暖补贴，惠及两万户家庭。"),
]
#: Date-led leads a story's sections open with as often as news items do.
DATE_LEADS = ["10月25日起，", "10月25日，", "近日，"]
#: News leads no story's section opens with: a dateline, a byline in a block of its own.
NEWS_LEADS = ["本报讯 10月25日，", "本报讯 记者 王丽 ", "本报记者 王丽\n\n10月25日，"]
NEXT_STORY = "全市秋粮收购进度加快\n\n本报讯 近日，全市秋粮收购进度加快，已收购新粮十万吨。\n"


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _page(title: str, numbers: tuple[str, str], lead: str) -> tuple[str, list[str]]:
    heads = [f"{n}{h}" for n, (h, _) in zip(numbers, ITEMS, strict=True)]
    body = "".join(f"\n\n{head}\n\n{lead}{text}" for head, (_, text) in zip(heads, ITEMS, strict=True))
    return f"{title}{body}\n", heads


@pytest.mark.parametrize("lead", DATE_LEADS)
@pytest.mark.parametrize("numbers", [("一、", "二、"), ("1.", "2."), ("（一）", "（二）")])
@pytest.mark.parametrize("title", ["冬季供暖", "聚焦两会"])
def test_numbered_headlines_over_date_led_text_stay_the_storys_sections(
    title: str, numbers: tuple[str, str], lead: str
) -> None:
    page, heads = _page(title, numbers, lead)
    (story,) = _articles(page)
    assert (story["section"], story["kicker"], story["titles"]) == (None, [], [title])
    assert story["subheads"] == heads
    assert [p["text"] for p in story["paragraphs"]] == [lead + t for _, t in ITEMS]


@pytest.mark.parametrize("lead", NEWS_LEADS)
def test_the_column_closes_where_its_numbering_ends(lead: str) -> None:
    page, heads = _page("聚焦两会", ("1.", "2."), lead)
    articles = _articles(page + "\n" + NEXT_STORY)
    assert [a["titles"] for a in articles] == [[h] for h in heads] + [["全市秋粮收购进度加快"]]
    assert [a["section"] for a in articles] == ["聚焦两会", "聚焦两会", None]


def test_a_third_item_stays_in_the_column_and_an_unnumbered_story_after_it_does_not() -> None:
    lead = NEWS_LEADS[0]
    page, _ = _page("县区传真", ("一、", "二、"), lead)
    third = f"三、城区新增三条公交线路\n\n{lead}城区新开通三条公交线路。\n"
    articles = _articles(f"{page}\n{third}\n{NEXT_STORY}")
    assert [a["section"] for a in articles] == ["县区传真"] * 3 + [None]
    assert articles[2]["titles"] == ["三、城区新增三条公交线路"]


def test_a_numbered_story_after_the_column_that_does_not_go_on_closes_it() -> None:
    lead = NEWS_LEADS[0]
    page, _ = _page("聚焦两会", ("1.", "2."), lead)
    other = f"一、全市秋粮收购进度加快\n\n{lead}全市秋粮收购进度加快。\n"
    articles = _articles(f"{page}\n{other}")
    assert [a["section"] for a in articles] == ["聚焦两会", "聚焦两会", None]


def test_a_section_label_with_a_section_word_is_not_closed_by_numbering() -> None:
    """A label that is a section by its own word (`要闻`) groups what follows as before."""
    page = (
        "要闻\n\n全市召开秋收工作会议\n\n本报讯 近日，全市召开秋收工作会议。\n\n"
        + NEXT_STORY
    )
    articles = _articles(page)
    assert [a["section"] for a in articles] == ["要闻", "要闻"]
