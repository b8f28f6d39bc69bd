"""A credit word before any reporter's, commentator's or photographer's label and a name is a byline.

After 874698a the first hanzi after a credit word must name a person, but only the labels of
`_REPORTER_LABEL` were read as labels: `文/图 摄影记者 王丽` took 摄影记者 for the name, which names
no one, so the byline became the title (`文/图摄影记者 王丽`, its space gone) and the title a kicker.
A Latin name (`文/图 Li Wei`) was read as the credit word `文/` before the name `图`. Any label ending
as a reporter's, a commentator's, an editor's or a photographer's does (记者, 评论员, 通讯员, 编辑,
摄影) may stand before the name now, and a Latin name after a credit word names someone.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text

TITLE = "兰州新区打造西部陆港枢纽"
BODY = "会议强调，要抓好冬季供暖工作，确保群众温暖过冬。"
LEAD = "近日，全市召开冬季供暖工作会议。"

#: A credit word, a label `_REPORTER_LABEL` does not list, and a name.
LABELLED = [
    "文/图 摄影记者 王丽",
    "文/图 央视记者 王丽",
    "文/图 新华社记者 王丽",
    "文/本报特约评论员 王丽",
    "文/图 本报摄影记者 李华",
    "图/文 人民日报记者 张强",
    "文/图 责任编辑 于海涛",
    "文/图 摄影记者 王丽 李华",
]


@pytest.mark.parametrize("byline", LABELLED)
def test_a_credit_word_a_label_and_a_name_are_the_byline_under_the_title(byline: str) -> None:
    page = f"{TITLE}\n\n{byline}\n\n{BODY}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [byline], [BODY])


@pytest.mark.parametrize("byline", LABELLED)
def test_a_credit_word_a_label_and_a_name_over_the_lead_are_the_byline(byline: str) -> None:
    page = f"{TITLE}\n\n{byline}\n{LEAD}\n"
    assert article(page) == ([TITLE], [byline], [LEAD])


@pytest.mark.parametrize("byline", ["文/图 Li Wei", "撰文/Wang Fang", "文/本报记者 Li Wei"])
def test_a_credit_word_before_a_latin_name_is_the_byline(byline: str) -> None:
    heads, bylines, paragraphs = article(f"{TITLE}\n\n{byline}\n\n{BODY}\n")
    assert heads == [TITLE]
    assert [b.replace(" ", "") for b in bylines] == [byline.replace(" ", "")]
    assert paragraphs == [BODY]


@pytest.mark.parametrize(
    "phrase", ["文/图 摄影记者 发布会", "文/新华社记者 活动现场", "文/图 摄影记者 新闻 发布会"]
)
def test_a_label_before_a_phrase_opens_no_byline(phrase: str) -> None:
    heads, bylines, _paragraphs = article(f"{TITLE}\n\n{phrase}\n\n{BODY}\n")
    assert bylines == []
    assert TITLE in heads
