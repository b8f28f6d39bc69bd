"""A two-hanzi name padded to three after a credit word (and a label) is the byline's name.

874698a asks the first hanzi after a credit word to name a person, and read one hanzi there as no
name: `文/图 记者 张 强` under the title lost its byline's spaces (`文/图记者张强`; 59a4589 kept
`文/图 记者 张强`), and `文/图 张 强`, `文/图 程 程` were no byline blocks (`roles.is_byline_block`).
Such a line is the byline now: its spaces stay and the padding goes, as after a reporter's label.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text
from layoutfix.layout.roles import is_byline_block

TITLE = "兰州新区打造西部陆港枢纽"
BODY = "会议强调，要抓好冬季供暖工作，确保群众温暖过冬。"
LEAD = "近日，全市召开冬季供暖工作会议。"

#: A padded credit line and the byline it is without its padding.
PADDED = [
    ("文/图 记者 张 强", "文/图 记者 张强"),
    ("文/本报记者 张 强", "文/本报记者 张强"),
    ("文/图 摄影记者 王 丽", "文/图 摄影记者 王丽"),
    ("文/图 张 强", "文/图 张强"),
    ("文/图 程 程", "文/图 程程"),
    ("图/文 李 华", "图/文 李华"),
    ("撰文/王 丽", "撰文/王丽"),
]


@pytest.mark.parametrize(("line", "byline"), PADDED)
def test_a_padded_name_after_a_credit_word_is_the_byline_under_the_title(line: str, byline: str) -> None:
    page = f"{TITLE}\n\n{line}\n\n{BODY}\n"
    fixed = normalize_text(page).text
    assert fixed == f"{TITLE}\n\n{byline}\n\n{BODY}\n"
    assert article(fixed) == ([TITLE], [byline], [BODY])


@pytest.mark.parametrize(("line", "byline"), PADDED)
def test_a_padded_name_after_a_credit_word_over_the_lead_is_the_byline(line: str, byline: str) -> None:
    page = f"{TITLE}\n\n{line}\n{LEAD}\n"
    fixed = normalize_text(page).text
    assert fixed == f"{TITLE}\n\n{byline}\n{LEAD}\n"
    assert article(fixed) == ([TITLE], [byline], [LEAD])


@pytest.mark.parametrize(("line", "_byline"), PADDED)
def test_a_padded_credit_line_is_a_byline_block(line: str, _byline: str) -> None:
    assert is_byline_block(line)


@pytest.mark.parametrize("line", ["文/图 你 好", "文/图 记者 的 确"])
def test_a_credit_word_before_two_hanzi_opening_with_no_surname_is_no_byline_block(line: str) -> None:
    assert not is_byline_block(line)
