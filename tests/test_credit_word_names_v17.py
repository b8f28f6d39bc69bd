"""A credit word (`文/图`, `图/文`, `撰文/`) opens a byline only when a name follows it.

`文/图 新闻 发布会 现场` between the title and the text, `文/图 发布会现场` over the lead, `撰文/会议现场`
were printed as `<byline>`s: after a reporter's label the first name must name a person
(`lexicon.names_a_person`), but after a credit word anything of two to four hanzi, or any short
block, passed. The first name after a credit word (and the reporter's label after it, if any) is
now asked as a reporter's is, so the phrase stays text; `文/图 王丽`, `文/图 江山`, `图/文 扎西`,
`文/本报记者 王丽` are bylines as before.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article

TITLE = "兰州新区打造西部陆港枢纽"
BODY = "会议强调，要抓好冬季供暖工作，确保群众温暖过冬。"
LEAD = "近日，全市召开冬季供暖工作会议。"

#: A credit word and a phrase naming a scene or a thing, no person.
PHRASES = [
    "文/图 新闻 发布会 现场",
    "文/图 发布会现场",
    "图/文 活动现场",
    "文/图 新闻 发布会",
    "撰文/发布会现场",
    "文/会议现场",
    "文/本报记者 发布会",
    "图文/活动现场",
]


def all_text(parts: tuple[list[str], list[str], list[str]]) -> str:
    """Every heading, byline and paragraph of the article body, without spaces and line breaks."""
    return "".join("".join(texts) for texts in parts).replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_credit_word_before_a_phrase_is_no_byline_block(phrase: str) -> None:
    parts = article(f"{TITLE}\n\n{phrase}\n\n{BODY}\n")
    assert parts[1] == []
    assert all_text(parts) == f"{TITLE}{phrase}{BODY}".replace(" ", "")


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_credit_word_before_a_phrase_over_the_lead_is_no_byline(phrase: str) -> None:
    parts = article(f"{TITLE}\n\n{phrase}\n{LEAD}\n")
    assert parts[1] == []
    assert all_text(parts) == f"{TITLE}{phrase}{LEAD}".replace(" ", "")


@pytest.mark.parametrize("phrase", ["文/图 新闻 发布会", "图/文 活动 现场"])
def test_a_credit_word_before_spaced_words_opens_no_byline_before_the_lead(phrase: str) -> None:
    parts = article(f"{TITLE}\n\n{phrase} {LEAD}\n")
    assert parts[1] == []


BYLINES = [
    "文/图 王丽",
    "图/文 王丽",
    "文/图 江山",
    "文/图 高峰",
    "图/文 扎西",
    "文/图 其其格",
    "文/图 于海涛",
    "文/本报记者 王丽",
    "文/图 王丽 李华",
    "文·图/王丽",
    "图文/王丽",
    "撰文/王丽",
    "文/王丽",
    "文/图 本报记者 王丽",
]


@pytest.mark.parametrize("byline", BYLINES)
def test_a_credit_word_before_a_name_stays_a_byline(byline: str) -> None:
    assert article(f"{TITLE}\n\n{byline}\n\n{BODY}\n") == ([TITLE], [byline], [BODY])
    assert article(f"{TITLE}\n\n{byline}\n{LEAD}\n") == ([TITLE], [byline], [LEAD])
