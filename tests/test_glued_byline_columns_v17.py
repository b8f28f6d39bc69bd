"""A column glued to a label before a reporter field, an agency's label, a long glued run.

598649d refused a listed column glued to a reporter label (`记者走基层 近日，…`), and with it the
whole line when a real reporter field followed the column (`记者走基层 本报记者王丽 近日，…`): the
byline c7fad62 printed (`记者走基层 本报记者王丽`) became the paragraph's first words. The column ends
at its gap; the fields after it name the reporter, so the line is the byline again.

A name glued to an agency's or a paper's label (`新华社记者王丽 近日，…`), or spaced after one, ran
into the lead, the gap removed (`新华社记者王丽近日，…`): it is the byline now. More than four hanzi
glued to a label (`记者王丽李华张强 近日，…`) lost the gap too: it now stays, no byline made.

An earlier build read a spaced agency label opening prose as a byline (`新华社记者 从中 了解到，…`),
a name and a verb of saying (`新华社记者王丽说 今天，…`) too, and refused media whose name holds a
verb or a pronoun (`学习时报`, `每日经济新闻网`) or an intern's label (`兰州日报实习生王丽`).
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


@pytest.mark.parametrize(
    "byline",
    [
        "新华社记者王丽",
        "新华社记者 王丽",
        "人民日报记者李华",
        "中国青年报记者 张强",
        "兰州日报通讯员王国庆",
        "新華社記者王麗",
        "人民日報記者 李華",
    ],
)
@pytest.mark.parametrize("lead", LEADS)
def test_a_name_after_an_agency_or_paper_label_before_the_lead_is_the_byline(byline: str, lead: str) -> None:
    page = f"{TITLE}\n\n{byline} {lead}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [byline], [lead])


@pytest.mark.parametrize(
    "opening", ["新华社记者了解到", "人民日报记者关注", "据新华社记者王丽", "他告诉新华社记者王丽"]
)
def test_an_agency_label_after_a_clause_or_before_no_name_is_no_byline_keeps_gap(opening: str) -> None:
    page = f"{TITLE}\n\n{opening} {LEADS[0]}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [], [f"{opening} {LEADS[0]}"])


@pytest.mark.parametrize(
    "opening", ["记者王丽李华张强", "记者王国庆李华", "本报记者欧阳晓明李华", "新华社记者王丽李华张强"]
)
@pytest.mark.parametrize("lead", LEADS)
def test_more_than_four_hanzi_glued_to_a_label_keep_the_gap_before_the_lead(opening: str, lead: str) -> None:
    page = f"{TITLE}\n\n{opening} {lead}\n"
    assert normalize_text(page).text == page
    _heads, bylines, paragraphs = article(page)
    assert "".join(bylines + paragraphs).replace(" ", "") == f"{opening}{lead}"


@pytest.mark.parametrize(
    "line",
    ["记者王丽李华张强 表示，全市召开会议。", "新华社记者王丽 表示，全市召开会议。"]
)
def test_a_long_glued_run_and_no_lead_after_the_gap_loses_the_gap(line: str) -> None:
    """No lead's opening after the gap: a stray space inside the sentence, which goes as before."""
    page = f"{TITLE}\n\n{line}\n"
    assert normalize_text(page).text == f"{TITLE}\n\n{line.replace(' ', '')}\n"


# A spaced agency label opens prose as often as a byline: a stray space inside the sentence is no gap
# before a lead, and the hanzi after the label must name a person.
@pytest.mark.parametrize(
    "line",
    [
        "新华社记者 从中 了解到，全市召开冬季供暖工作会议。",
        "新华社记者 向他 询问，全市召开冬季供暖工作会议。",
        "新华社记者 从多方 获悉，全市召开冬季供暖工作会议。",
        "人民日报记者 走访多地 发现，全市召开冬季供暖工作会议。",
        "新华社记者 王丽 表示，全市召开冬季供暖工作会议。",
        "新华社记者 李华 报道：全市召开冬季供暖工作会议。",
    ],
)
def test_a_spaced_agency_label_before_no_lead_is_no_byline(line: str) -> None:
    page = f"{TITLE}\n\n{line}\n"
    joined = line.replace(" ", "")
    assert normalize_text(page).text == f"{TITLE}\n\n{joined}\n"
    assert article(page) == ([TITLE], [], [joined])


@pytest.mark.parametrize(
    "opening",
    [
        "新华社记者 走访了",  # a verb, no name, before the lead
        "据新华社记者 王丽",  # a clause before the agency
        "新华社记者王丽说",  # a name and a verb of saying
        "新华社记者王丽表示",
        "人民日报记者李华介绍",
        "记者王丽认为",
    ],
)
@pytest.mark.parametrize("lead", LEADS)
def test_no_person_after_an_agency_label_is_no_byline_keeps_its_gaps(opening: str, lead: str) -> None:
    page = f"{TITLE}\n\n{opening} {lead}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [], [f"{opening} {lead}"])


@pytest.mark.parametrize(
    "byline",
    [
        "广播电视台记者王丽",
        "甘肃省广播电视台记者王丽",
        "甘肃省广播电视台记者 王丽",
        "学习时报记者王丽",
        "求是杂志社记者 李华",
        "每日经济新闻网记者王丽",
        "兰州日报实习生王丽",
        "兰州日报实习生 王丽",
        "新华社记者 于秀场",
    ],
)
@pytest.mark.parametrize("lead", LEADS)
def test_a_medium_whose_name_holds_a_verb_or_an_intern_is_the_byline(byline: str, lead: str) -> None:
    page = f"{TITLE}\n\n{byline} {lead}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [byline], [lead])


@pytest.mark.parametrize("opening", ["这家报社记者王丽", "他告诉新华社记者 王丽", "和人民日报记者 李华"])
def test_a_pronoun_or_conjunction_before_the_medium_is_prose_keeps_its_gaps(opening: str) -> None:
    page = f"{TITLE}\n\n{opening} {LEADS[0]}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [], [f"{opening} {LEADS[0]}"])
