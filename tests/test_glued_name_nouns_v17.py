"""A name glued to a reporter label that a noun or a place opens is the byline; a column is not.

860a385 refused a name glued to its label before the gap and the lead when any dictionary word but
a person's name opened it, so `本报记者王国庆 近日，…` (王国, a place), `记者黄河清`, `记者高原`,
`记者王者荣` (王者, a noun), `记者马上飞` printed no byline, and normalize removed the gap: the name
ran into the lead (`本报记者王国庆近日，…`) for good. Now only a verb, a preposition, a conjunction or
a numeral opening the hanzi (or an adverb that is all of them) says a clause, and the shipped list
`rules/names/reporter-columns.txt` says a column's name (`记者走基层`, `记者时评`). Whenever such a
line is refused, its gap before the lead stays.
"""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text

TITLE = "兰州新区打造西部陆港枢纽"
LEADS = ["近日，全市召开冬季供暖工作会议。", "10月9日，全市召开冬季供暖工作会议。"]
LABELS = ["本报记者", "记者"]
COLUMNS = Path(__file__).resolve().parents[1] / "rules" / "names" / "reporter-columns.txt"

#: Common surnames, several of them also words or the first hanzi of words (高, 黄, 马, 方, 常, 金).
SURNAMES = ["王", "李", "张", "刘", "黄", "高", "马", "方", "常", "金", "江", "罗"]
#: Common given names; after some surnames they spell a place, a noun or an adverb's first word
#: (王国, 黄河, 高原, 马上, 常年, 方向, 黄金, 江河, 罗马, 金星).
GIVEN = ["国庆", "国平", "国华", "河清", "原", "山", "河", "马", "星", "力", "金华", "向东", "上飞", "年青"]
#: Names the review found lost, spelled whole: a noun or a place before the given name's last hanzi.
FOUND = ["王国庆", "黄河清", "王者荣", "黄金华", "方向东", "马上飞", "常年青", "高原", "江河", "金星"]
NAMES = sorted({s + g for s, g in product(SURNAMES, GIVEN)} | set(FOUND))


def columns() -> list[str]:
    """The column names of the shipped list file, as `lexicon.reporter_columns` reads them."""
    lines = COLUMNS.read_text(encoding="utf-8").splitlines()
    return [name for line in lines for name in line.split("#", 1)[0].split()]


@pytest.mark.parametrize("name", NAMES)
def test_a_surname_and_given_name_glued_to_a_label_is_the_byline(name: str) -> None:
    label = LABELS[len(name) % 2]
    lead = LEADS[ord(name[-1]) % 2]
    page = f"{TITLE}\n\n{label}{name} {lead}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [f"{label}{name}"], [lead])


@pytest.mark.parametrize(
    "byline", ["本报记者王国庆 通讯员李华", "记者黄河清 通讯员高原", "记者马上飞 本报记者王者荣"]
)
def test_two_glued_fields_before_the_lead_are_the_byline(byline: str) -> None:
    page = f"{TITLE}\n\n{byline} {LEADS[0]}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [byline], [LEADS[0]])


def test_the_column_list_holds_the_columns_that_open_with_a_surname_or_no_word() -> None:
    assert {"走基层", "时评", "田间行", "连线"} <= set(columns())


@pytest.mark.parametrize(("label", "column"), list(product(LABELS, columns())))
def test_a_listed_column_glued_to_a_label_is_the_paragraph_and_keeps_its_gap(label: str, column: str) -> None:
    page = f"{TITLE}\n\n{label}{column} {LEADS[0]}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [], [f"{label}{column} {LEADS[0]}"])


@pytest.mark.parametrize(
    "opening",
    ["记者关注", "本报记者查看", "记者曾经", "记者于是", "记者从中", "记者万里行", "本报记者了解到",
     "通讯员培训班", "记者节到来"],
)
def test_a_refused_glued_label_before_the_lead_keeps_its_gap(opening: str) -> None:
    page = f"{TITLE}\n\n{opening} {LEADS[1]}\n"
    assert normalize_text(page).text == page
    heads, bylines, paragraphs = article(page)
    assert (heads, bylines, paragraphs) == ([TITLE], [], [f"{opening} {LEADS[1]}"])


@pytest.mark.parametrize("line", ["记者王国庆 表示，全市召开会议。", "记者关注 到了，全市召开会议。"])
def test_a_glued_label_and_no_lead_after_the_gap_loses_the_gap(line: str) -> None:
    """No lead's opening after the gap: a stray space inside the sentence, which goes as before."""
    page = f"{TITLE}\n\n{line}\n"
    assert normalize_text(page).text == f"{TITLE}\n\n{line.replace(' ', '')}\n"
