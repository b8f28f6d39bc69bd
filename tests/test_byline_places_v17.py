"""A reporter label before a preposition and a place or a body is a sentence, not a byline.

`记者从县委` / `获悉，全县…` (the text wrapped before the verb) was printed as `<byline>记者从县委</byline>`
over a paragraph opening `获悉，…`: 从 is a surname too, and 县委, 现场, 省城 were read as the given
name after it. A given name never opens with an administrative level (省, 市, 县, 区: `县委`,
`市场`, `县城`), never ends as a body's name does (局, 委, 厅, 部, 院, 所, 站, 队, 场, 校: `公安局`,
`宣传部`, `现场`), and is none of a few places a reporter goes to (`基层`, `一线`, `农村`), nor a
longer phrase ending with a localizer (`会议上`): such hanzi after a surname open a clause
(`lexicon.opens_a_clause`), so the line stays the paragraph's.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text
from layoutfix.lexicon import names_a_person, opens_a_clause

TITLE = "兰州新区打造西部陆港枢纽"
LEAD = "近日，全省冬小麦播种已过半，各地抢抓农时加快进度。"
REST = "获悉，全县已建成充电桩3000个，覆盖所有乡镇。"

#: A preposition that is also a surname, and the place or body the reporter learns from or goes to.
PLACES = [
    "从县委",
    "从县城",
    "从省城",
    "从市场",
    "从区里",
    "从现场",
    "从基层",
    "从一线",
    "从农村",
    "从外地",
    "从医院",
    "从学校",
    "从公安局",
    "从宣传部",
    "从派出所",
    "从会议上",
    "向县委",
    "于现场",
]


@pytest.mark.parametrize("clause", PLACES)
def test_a_preposition_and_a_place_open_a_clause(clause: str) -> None:
    assert opens_a_clause(clause)
    text = f"记者 {clause} {REST}"
    assert not names_a_person(text, 3, 3 + len(clause))


@pytest.mark.parametrize("label", ["记者", "本报记者", "通讯员"])
@pytest.mark.parametrize("clause", PLACES)
def test_a_wrapped_sentence_from_a_place_stays_in_its_paragraph(label: str, clause: str) -> None:
    heads, bylines, paragraphs = article(f"{TITLE}\n\n{label}{clause}\n{REST}\n\n{LEAD}\n")
    assert bylines == []
    assert heads == [TITLE]
    assert f"{label}{clause}{REST}" in [p.replace("\n", "") for p in paragraphs]


@pytest.mark.parametrize("clause", PLACES)
def test_a_spaced_place_after_a_label_opens_no_byline(clause: str) -> None:
    """`记者 从现场 获悉，…`: no byline `记者 从现场` cut off the sentence."""
    page = f"{TITLE}\n\n记者 {clause} {REST}\n"
    _heads, bylines, paragraphs = article(page)
    assert bylines == []
    assert [p.replace(" ", "") for p in paragraphs] == [f"记者{clause}{REST}"]


#: Names whose surname is a preposition (从, 于, 向) and whose given name is also a word: a place
#: (建国, 中原), a noun (建军, 海洋) or a time word (国庆); they stay bylines.
NAMES = ["从建国", "于海洋", "向中原", "于建军", "从文", "于国庆", "向阳", "于红旗", "从飞"]


@pytest.mark.parametrize("name", NAMES)
def test_a_preposition_surname_and_a_given_name_stay_a_byline(name: str) -> None:
    page = f"{TITLE}\n\n本报记者 {name} {LEAD}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [f"本报记者 {name}"], [LEAD])
    assert article(f"{TITLE}\n\n记者{name}\n\n{LEAD}\n") == ([TITLE], [f"记者{name}"], [LEAD])
