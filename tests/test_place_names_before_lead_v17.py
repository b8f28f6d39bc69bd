"""A spaced name after a reporter label, then the gap and a lead, is the byline, whatever it spells.

9179642 reads hanzi after 从, 于, 向 or 和 that open with 省, 市, 县 or 区, end with a body's ending
(部, 院, 场, 站, 校, 委) or are a place word (当地) as a clause about the reporter: `记者从县委` /
`获悉，…`. It did so in a byline laid out as one too, so `本报记者 于秀场 今天，全市…` (a reporter named
于秀场) lost its byline and normalize removed both spaces (`本报记者于秀场今天，…`), and `记者 于建部`
in a block of its own under the title became the title, the title a kicker. When the label, a space,
the name, the gap and a lead opening as one (a time word or a date and its comma) line up, or the name
ends a block of fields alone, the name is the reporter's.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text

TITLE = "兰州新区打造西部陆港枢纽"
LEAD = "今天，全市召开冬季供暖工作会议。"
BODY = "会议强调，要抓好冬季供暖工作，确保群众温暖过冬。"
REST = "获悉，全县已建成充电桩3000个，覆盖所有乡镇。"

#: Names whose surname is a preposition and whose given name ends or opens as a body's or place's.
NAMES = ["于秀场", "于世校", "于晓站", "向东部", "向东院", "从玉场", "向区委", "向当地", "于建部"]


@pytest.mark.parametrize("label", ["本报记者", "通讯员"])
@pytest.mark.parametrize("name", NAMES)
def test_a_spaced_name_before_the_gap_and_the_lead_is_the_byline(label: str, name: str) -> None:
    page = f"{TITLE}\n\n{label} {name} {LEAD}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [f"{label} {name}"], [LEAD])


@pytest.mark.parametrize("name", NAMES)
def test_a_label_and_such_a_name_alone_under_the_title_are_the_byline(name: str) -> None:
    page = f"{TITLE}\n\n记者 {name}\n\n{BODY}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [f"记者 {name}"], [BODY])


@pytest.mark.parametrize("clause", ["从县委", "从现场", "向宣传部", "于现场"])
def test_a_place_before_the_rest_of_the_sentence_stays_a_clause(clause: str) -> None:
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n记者 {clause} {REST}\n")
    assert bylines == []
    assert [p.replace(" ", "") for p in paragraphs] == [f"记者{clause}{REST}"]
