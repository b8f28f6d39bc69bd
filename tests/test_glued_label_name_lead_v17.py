"""A reporter label glued to the name, then the gap before the lead: a byline and its lead.

`本报记者王丽 近日，全市召开会议。` printed no byline, and normalize removed the gap before the lead
(`本报记者王丽近日，…`): a name glued to its label was read only after a dateline. It is now read
when the lead opens as a lead does after the gap (a time word or a date and its comma, or a
dateline), as `本报记者 王丽 近日，…` is; a clause (`本报记者了解到 近日，…`), a word (`通讯员培训班
近日，…`, `记者节到来 近日，…`) or text going on after the gap (`记者王丽 表示，…`) is no byline.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text

TITLE = "全市冬小麦播种过半"
LEADS = ["近日，全省冬小麦播种已过半。", "10月9日，全省冬小麦播种已过半。", "昨天，全省冬小麦播种已过半。"]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize(
    "byline",
    ["本报记者王丽", "记者王丽", "通讯员张强", "记者王丽华", "本报记者欧阳晓明", "记者于海涛",
     "本报记者王丽、李华"],
)
def test_a_glued_label_and_name_before_the_lead_is_the_byline(byline: str, lead: str) -> None:
    page = f"{TITLE}\n\n{byline} {lead}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [byline], [lead])


@pytest.mark.parametrize(
    "line",
    [
        "本报记者了解到 近日，全省冬小麦播种已过半。",
        "通讯员培训班 近日，全省冬小麦播种已过半。",
        "记者节到来 近日，全省冬小麦播种已过半。",
        "记者王丽 表示，全省冬小麦播种已过半。",
        "记者从县委 获悉，全省冬小麦播种已过半。",
        "本报记者实探 近日，全省冬小麦播种已过半。",
    ],
)
def test_a_glued_label_before_no_name_or_no_lead_is_no_byline(line: str) -> None:
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n{line}\n")
    assert bylines == []
    assert "".join(paragraphs).replace(" ", "") == line.replace(" ", "")
