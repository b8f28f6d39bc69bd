"""A column of numbered news items under a short label (sixteenth session, helpers F and F2).

Before: `聚焦两会` / `1.代表委员热议政府工作报告` / `本报讯 10月20日，…` / `2.代表委员建言乡村振兴` /
`本报讯 …` read as the first item's kicker over it (the label), the next item apart. A short bare
label (2-8 hanzi) over a numbered news headline over a byline or a dateline, with the next heading
on the page the next numbered headline over one, is the column's name: a section label, each item
an article of its own titled with its numbered headline.
Guards: a story's short numbered sections (`一、提前供暖`) under its title, a long title, items
over date-led text (a story's numbered sections open so as often: F2 keeps that reading,
tests/test_column_closes_v16f2.py) or text with no news lead, numbering that does not go on, and
a single numbered item under its kicker keep their readings.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

LABELS = ["聚焦两会", "今日关注", "县区传真"]
ITEMS = [
    ("全市召开秋收工作会议", "全市召开秋收工作会议，部署秋粮收购工作。"),
    ("全市冬小麦播种过半", "全市冬小麦播种过半，各地抢抓墒情。"),
    ("城区新增三条公交线路", "城区新开通三条公交线路，覆盖新建小区。"),
]
NUMBERINGS = [("1.", "2.", "3."), ("一、", "二、", "三、"), ("（一）", "（二）", "（三）"), ("①", "②", "③")]
#: What each item's text opens with: a dateline before a date or a time word, a byline in a block of
#: its own.
LEADS = [("10月20日，", "本报讯 "), ("近日，", "本报讯 "), ("10月20日，", "本报记者 王丽\n\n")]
#: Date-led text with no byline or dateline: a story's numbered sections open so too.
DATE_LEADS = [("10月20日，", ""), ("近日，", "")]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _column(
    label: str, numbers: tuple[str, ...], lead: tuple[str, str], count: int = 2
) -> tuple[str, list[str]]:
    opening, byline = lead
    heads = [f"{n}{h}" for n, (h, _) in zip(numbers, ITEMS[:count], strict=False)]
    texts = [text for _, text in ITEMS]
    body = "".join(f"\n\n{head}\n\n{byline}{opening}{text}" for head, text in zip(heads, texts, strict=False))
    return f"{label}{body}\n", heads


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("numbers", NUMBERINGS)
@pytest.mark.parametrize("label", LABELS)
def test_a_label_over_numbered_news_items_names_their_column(
    label: str, numbers: tuple[str, ...], lead: tuple[str, str]
) -> None:
    page, heads = _column(label, numbers, lead)
    articles = _articles(page)
    assert [a["titles"] for a in articles] == [[h] for h in heads]
    assert [a["section"] for a in articles] == [label] * len(heads)
    assert [a["kicker"] for a in articles] == [[]] * len(heads)
    assert [a["subheads"] for a in articles] == [[]] * len(heads)
    assert [a["paragraphs"][-1]["text"] for a in articles] == [lead[0] + t for _, t in ITEMS[: len(heads)]]


def test_three_items_in_tei_and_plain_text(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    page, heads = _column(LABELS[0], NUMBERINGS[0], LEADS[0], 3)
    root = assert_valid(tei_schema, convert_stdin(page, "-f", "tei"))
    (section,) = root.iterfind(f".//{TEI}div[@type='section']")
    assert section.findtext(f"{TEI}head") == LABELS[0]
    divs = list(section.iterfind(f"{TEI}div[@type='article']"))
    assert [d.findtext(f"{TEI}head") for d in divs] == heads
    assert root.findall(f".//{TEI}div[@type='subsection']") == []
    text = convert_stdin(page, "-f", "txt")
    assert text.count("＊＊＊") == 2
    assert all(h in text for h in [LABELS[0], *heads])


# --- guards: the readings that stay ------------------------------------------------------------------


def test_a_short_title_over_a_storys_short_numbered_sections_stays_the_title() -> None:
    page = "冬季供暖\n\n一、提前供暖\n\n10月25日起试供暖。\n\n二、保障民生\n\n10月26日起发放取暖补贴。\n"
    (story,) = _articles(page)
    assert story["titles"] == ["冬季供暖"]
    assert story["section"] is None
    assert story["subheads"] == ["一、提前供暖", "二、保障民生"]


def test_a_long_title_over_numbered_headlines_stays_the_title() -> None:
    title = "全市秋冬季重点工作扎实推进"  # 13 hanzi: no bare label
    page, heads = _column(title, NUMBERINGS[0], DATE_LEADS[0])
    (story,) = _articles(page)
    assert story["titles"] == [title]
    assert story["subheads"] == heads
    page, heads = _column(title, NUMBERINGS[0], LEADS[0])  # over datelines: no column's name either
    first, second = _articles(page)
    assert (first["kicker"], first["titles"], first["section"]) == ([title], heads[:1], None)
    assert (second["titles"], second["section"]) == (heads[1:], None)


@pytest.mark.parametrize("lead", DATE_LEADS)
def test_items_over_date_led_text_stay_subheads(lead: tuple[str, str]) -> None:
    page, heads = _column(LABELS[0], NUMBERINGS[0], lead)
    (story,) = _articles(page)
    assert (story["titles"], story["section"]) == ([LABELS[0]], None)
    assert story["subheads"] == heads


def test_items_over_text_with_no_news_lead_stay_subheads() -> None:
    page, heads = _column(LABELS[0], NUMBERINGS[0], ("", ""))
    (story,) = _articles(page)
    assert story["titles"] == [LABELS[0]]
    assert story["subheads"] == heads


def test_a_number_that_does_not_go_on_names_no_column() -> None:
    page, _ = _column(LABELS[0], ("1.", "3."), LEADS[2])
    first, second = _articles(page)
    assert (first["kicker"], first["section"]) == ([LABELS[0]], None)
    assert second["section"] is None


def test_a_single_numbered_item_stays_the_title_under_its_kicker() -> None:
    page, heads = _column(LABELS[0], NUMBERINGS[0], LEADS[0], 1)
    (item,) = _articles(page)
    assert (item["kicker"], item["titles"], item["section"]) == ([LABELS[0]], heads, None)
