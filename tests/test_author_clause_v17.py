"""A line opening with 作者 (the writer) and a clause about them, where the text wrapped before its
comma, is the paragraph's, as one opening with 记者 is.

`作者在现场` / `看到工人们正在检修设备。` (and `作者 在现场`, spaced) was printed as a second `<head>`
over a paragraph opening `看到…`: the line was taken for a subhead, since only a reporter's label
(记者, 通讯员) before a preposition, an adverb or a time word said that a sentence went on
(`roles._opens_a_sentence`). 作者 and 笔者 say so too now; `作者简介`, `作者手记` stay headings.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article

TITLE = "兰州新区打造西部陆港枢纽"
BODY = "会议强调，要抓好冬季供暖工作，确保群众温暖过冬。"

CLAUSES = [
    ("在现场", "看到工人们正在检修设备。"),
    ("在采访中", "发现不少群众前来咨询。"),
    ("曾在现场", "看到工人们正在检修设备。"),
    ("从市里", "获悉全市已建成充电桩3000个。"),
    ("近日", "走访了多家企业。"),
]


@pytest.mark.parametrize("label", ["作者", "笔者"])
@pytest.mark.parametrize("gap", ["", " "])
@pytest.mark.parametrize(("clause", "rest"), CLAUSES)
def test_a_wrapped_sentence_about_the_writer_stays_in_its_paragraph(
    label: str, gap: str, clause: str, rest: str
) -> None:
    heads, bylines, paragraphs = article(f"{TITLE}\n\n{label}{gap}{clause}\n{rest}\n\n{BODY}\n")
    assert (heads, bylines) == ([TITLE], [])
    assert [p.replace(" ", "").replace("\n", "") for p in paragraphs] == [f"{label}{clause}{rest}", BODY]


@pytest.mark.parametrize("heading", ["作者简介", "作者手记", "笔者手记"])
def test_a_heading_opening_with_the_writer_stays_a_heading(heading: str) -> None:
    heads, _bylines, _paragraphs = article(f"{TITLE}\n\n{heading}\n{BODY}\n")
    assert heading in heads
