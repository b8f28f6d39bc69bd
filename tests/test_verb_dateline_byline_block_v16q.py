"""A block of byline fields alone whose dateline is the verb 来电 or 致电 is the byline.

3dff435 read `本报来电` as no dateline (来电 is a verb: `roles.wire_in_word`), rightly before the lead
(`本报来电 记者 王丽 近日，…` is prose). But the block `本报来电 记者 王丽` alone between the title and
the lead then read as a second title, and the reporter's name was no byline any more. With no lead
under it in its block, no sentence goes on: the block is the byline, its text as printed.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text

TITLE = "全市冬小麦播种过半"
LEAD = "近日，全市召开会议。"


@pytest.mark.parametrize("verb", ["来电", "致电"])
@pytest.mark.parametrize("fields", ["记者 王丽", "记者 王丽 李华", "记者 王丽 通讯员 张强", "记者 扎西"])
def test_a_verb_dated_byline_block_alone_is_the_byline(verb: str, fields: str) -> None:
    line = f"本报{verb} {fields}"
    page = f"{TITLE}\n\n{line}\n\n{LEAD}\n"
    assert article(page) == ([TITLE], [line], [LEAD])
    assert normalize_text(page).text == page


@pytest.mark.parametrize("after", [" ", "\n"])
def test_before_its_lead_in_the_same_block_it_stays_prose(after: str) -> None:
    """3dff435's reading is kept: over the lead, on its line or the next, the verb opens prose."""
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n本报来电 记者 王丽{after}{LEAD}\n")
    assert bylines == []
    assert [p.replace(" ", "") for p in paragraphs] == [f"本报来电记者王丽{LEAD}"]


@pytest.mark.parametrize("line", ["本报来电 记者了解到", "本报来电 通讯员 培训班"])
def test_a_verb_dated_block_naming_no_one_is_no_byline(line: str) -> None:
    heads, bylines, _paragraphs = article(f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    assert bylines == []
    assert line in heads
