"""Name lists holding names jieba reads as words.

A line listing people (`获奖名单：王丽 李华 张强`) is the article's text, its spaces kept; but a name
that is also a dictionary word (`高洁`, `江山`) made the line no list: `获奖者：高洁 江山 王丽` became
the title of an empty article, and in a block under `一等奖：王丽 李华` the line `二等奖：高洁 江山` lost
its space (`高洁江山`). Now a two-hanzi word opening with a surname counts as a name beside names that
are only names (one after a label, two on a bare line) or, after a label, under another line of the
block that lists people. Words alone (`关键词：高洁 江山`, `富强 民主 文明 和谐`) and prose stay as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
from tei_parts import article_parts, json_articles, json_paragraphs, sectioned_head

ARTICLE_BREAK = "＊＊＊"
TITLE = "全省表彰先进个人"
LEAD = "近日，省委决定授予以下同志荣誉称号。"


def _articles(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, list[str]]]:
    """Each TEI article's heads (`type:text`, `sub:text` for a subsection's), bylines and paragraphs."""
    return article_parts(convert_page(runner, tmp_path, page), sectioned_head)


@pytest.mark.parametrize("names", [
    "获奖者：高洁 江山 王丽",
    "获奖名单：王丽 高洁 李华",
    "优秀教师：江山 李华",
    "先进个人：马力 王丽 高洁 张强",
    "王丽 高洁 江山 李华",  # no label: two names that are only names
])
def test_a_list_holding_names_that_are_words_is_text(runner: CliRunner, tmp_path: Path, names: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{names}\n"
    arts = _articles(runner, tmp_path, page)
    assert arts == [{"heads": [f"title:{TITLE}"], "bylines": [], "paragraphs": [LEAD, names]}]
    txt = convert_page(runner, tmp_path, page, "-f", "txt")
    assert ARTICLE_BREAK not in txt and names in txt.splitlines()


@pytest.mark.parametrize("block", [
    "一等奖：王丽 李华\n二等奖：高洁 江山",
    "一等奖：江山 高洁\n二等奖：张强 刘洋\n三等奖：王丽 李华",
])
def test_a_block_of_lists_keeps_every_line_s_spaces(runner: CliRunner, tmp_path: Path, block: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{block}\n"
    arts = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))
    assert len(arts) == 1 and arts[0]["titles"] == [TITLE]
    assert json_paragraphs(arts[0]) == [LEAD, block]
    assert block in normalize_page(runner, tmp_path, page)


# --- what stays as it was ------------------------------------------------------------------------


@pytest.mark.parametrize("subhead", [
    "寄语：高洁 江山",  # a label over words, no name that is only a name (`关键词：…` is the
    # article's keywords, a paragraph: tests/test_split_labels_v15.py)
    "富强 民主 文明 和谐",  # two-hanzi words opening with a surname's character
    "高洁 江山 王丽",  # one name only a name, no label: too little
    "品格高洁 江山如画",
])
def test_words_shaped_like_a_name_list_stay_a_subhead(
    runner: CliRunner, tmp_path: Path, subhead: str
) -> None:
    lead = "本报讯 近日，全市召开会议，部署相关工作。"
    page = f"全市召开会议\n\n{lead}\n\n{subhead}\n\n会议要求各地抓好落实。\n"
    heads = _articles(runner, tmp_path, page)[0]["heads"]
    # (the spacing step may glue words: its matter, not this test's)
    assert [h.replace(" ", "") for h in heads] == ["title:全市召开会议", "sub:" + subhead.replace(" ", "")]


@pytest.mark.parametrize("sentence, expected", [
    ("他有着高洁 的品格，令人敬佩。", "他有着高洁的品格，令人敬佩。"),
    ("高洁的品格 江山的壮美，令人难忘。", "高洁的品格江山的壮美，令人难忘。"),
])
def test_prose_with_such_words_is_unchanged(
    runner: CliRunner, tmp_path: Path, sentence: str, expected: str
) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{sentence}\n"
    arts = _articles(runner, tmp_path, page)
    assert arts[0]["paragraphs"] == [LEAD, expected]


def test_a_block_of_lists_of_names_only_is_unchanged(runner: CliRunner, tmp_path: Path) -> None:
    """The lines of a name list that hold real names keep being a list (the guard for the rule's
    reach): a block of two lists stays one paragraph, and the paragraph before it stays whole."""
    page = f"{TITLE}\n\n{LEAD}\n\n一等奖：王丽 李华\n二等奖：张强 刘洋\n"
    arts = _articles(runner, tmp_path, page)
    assert arts[0]["paragraphs"] == [LEAD, "一等奖：王丽 李华\n二等奖：张强 刘洋"]
