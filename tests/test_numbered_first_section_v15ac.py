"""A numbered heading right under a new article's title (fifteenth session, helper AC).

Before: `市政府部署冬季供暖工作` / `一、提前供暖` / `今年将提前供暖。` / `二、保障民生` / … read as a
heading group: JSON titled the article `一、提前供暖` with `市政府部署冬季供暖工作` its kicker, the TEI put
the numbered heading in the article's `head` and opened no subsection for it. A heading opening with a
section's number is a part of the text under a title, never a title under a kicker: now the first
heading is the title and the numbered one the first subhead. Guards: a numbered heading alone, a
numbered heading over a byline (a column of numbered items) and an unnumbered kicker over a title.
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
SECTIONS = [("一、提前供暖", "今年将提前供暖。"), ("二、保障民生", "困难群众取暖补贴按时发放。")]
#: The first section's heading numbered otherwise, and a text under it opening with a date.
FIRST_HEADS = ["一、提前供暖", "（一）提前供暖", "1. 提前供暖", "①提前供暖", "第一部分 提前供暖"]
FIRST_TEXTS = ["今年将提前供暖。", "10月25日起试供暖。"]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _page(sections: list[tuple[str, str]], top: str = TITLE) -> str:
    return top + "".join(f"\n\n{head}\n\n{text}" for head, text in sections) + "\n"


@pytest.mark.parametrize("text", FIRST_TEXTS)
@pytest.mark.parametrize("head", FIRST_HEADS)
def test_a_numbered_heading_under_the_title_is_its_first_subhead(head: str, text: str) -> None:
    (story,) = _articles(_page([(head, text), SECTIONS[1]]))
    assert story["titles"] == [TITLE]
    assert story["kicker"] == []
    assert story["subheads"] == [head, SECTIONS[1][0]]
    assert [(p["subhead"], p["text"]) for p in story["paragraphs"]] == [(head, text), SECTIONS[1]]


def test_a_kicker_over_the_title_stays_with_the_numbered_subhead_under_them() -> None:
    (story,) = _articles(_page(SECTIONS, f"聚焦民生实事\n\n{TITLE}"))
    assert story["kicker"] == ["聚焦民生实事"]
    assert story["titles"] == [TITLE]
    assert story["subheads"] == [h for h, _ in SECTIONS]


def test_after_another_article_the_numbered_heading_is_the_new_ones_subhead() -> None:
    # With `二、` following (helper FB, v15): a single numbered heading under a heading, with no
    # numbered section after it, is a numbered title under its kicker (`聚焦两会` / `1.…`).
    sections = [("一、提前供暖", "10月25日起试供暖。"), SECTIONS[1]]
    page = "秋收进展顺利\n\n本报讯 全市秋收过半。\n\n" + _page(sections)
    before, story = _articles(page)
    assert before["titles"] == ["秋收进展顺利"]
    assert story["titles"] == [TITLE]
    assert story["subheads"] == ["一、提前供暖", SECTIONS[1][0]]


def test_traditional_script() -> None:
    (story,) = _articles(_S2T.convert(_page(SECTIONS)))
    assert story["titles"] == [_S2T.convert(TITLE)]
    assert story["subheads"] == [_S2T.convert(h) for h, _ in SECTIONS]


def test_tei_and_plain_text(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    page = _page(SECTIONS)
    root = assert_valid(tei_schema, convert_stdin(page, "-f", "tei"))
    (article,) = root.iterfind(f".//{TEI}div[@type='article']")
    assert article.findtext(f"{TEI}head") == TITLE
    assert article.find(f"{TEI}head[@type='kicker']") is None
    subs = article.findall(f"{TEI}div[@type='subsection']")
    assert [d.findtext(f"{TEI}head") for d in subs] == [h for h, _ in SECTIONS]
    assert convert_stdin(page, "-f", "txt").strip() == page.strip()


# --- guards -----------------------------------------------------------------------------------------


def test_a_numbered_heading_alone_over_text_is_still_a_title() -> None:
    (story,) = _articles(_page([SECTIONS[0]], "").lstrip())
    assert story["titles"] == [SECTIONS[0][0]]
    assert story["subheads"] == []


def test_a_numbered_heading_over_a_byline_is_left_a_title() -> None:
    (story,) = _articles("一周要闻回顾\n\n一、全市召开会议\n\n本报记者 王丽\n\n昨日，全市召开会议。\n")
    assert story["titles"] == ["一、全市召开会议"]


def test_a_kicker_over_an_unnumbered_title_is_unchanged() -> None:
    (story,) = _articles(f"聚焦民生实事\n\n{TITLE}\n\n今年将提前供暖。\n")
    assert story["kicker"] == ["聚焦民生实事"]
    assert story["titles"] == [TITLE]
    assert story["subheads"] == []
