"""A column glued to a label before a reporter field opens the byline.

598649d refused a listed column glued to a reporter label (`记者走基层 近日，…`), and with it the
whole line when a real reporter field followed the column (`记者走基层 本报记者王丽 近日，…`): the
byline c7fad62 printed (`记者走基层 本报记者王丽`) became the paragraph's first words. The column ends
at its gap; the fields after it name the reporter, so the line is the byline again.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text

TITLE = "兰州新区打造西部陆港枢纽"
LEADS = ["近日，全市召开冬季供暖工作会议。", "10月9日，全市召开冬季供暖工作会议。"]


@pytest.mark.parametrize(
    "byline",
    [
        "记者走基层 本报记者王丽",
        "记者走基层 通讯员李华",
        "记者走基层 本报记者 王丽",
        "本报记者田间行 记者王国庆",
        "记者时评 本报记者 李华 通讯员 张强",
        "記者走基層 本報記者王麗",
        "記者看兩會 本報記者王麗",
        "記者週記 本報記者 王麗",
    ],
)
@pytest.mark.parametrize("lead", LEADS)
def test_a_listed_column_before_a_reporter_field_is_part_of_the_byline(byline: str, lead: str) -> None:
    page = f"{TITLE}\n\n{byline} {lead}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [byline], [lead])


@pytest.mark.parametrize(
    "line",
    [
        "记者走基层 记者节到来 近日，全市召开冬季供暖工作会议。",  # no name after the second label
        "记者关注 本报记者王丽 近日，全市召开冬季供暖工作会议。",  # a verb, no listed column
        "记者走基层 王丽 近日，全市召开冬季供暖工作会议。",  # no label before the name
    ],
)
def test_no_reporter_field_after_the_column_leaves_the_line_the_paragraphs(line: str) -> None:
    page = f"{TITLE}\n\n{line}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [], [line])
