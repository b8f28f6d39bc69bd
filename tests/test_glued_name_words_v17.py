"""A column's name or a clause glued to a reporter label before a gap and a lead is no byline.

4e1ac42 reads a name glued to its label before a gap and a lead (`本报记者王丽 近日，…`) as the
byline. It asked only whether the hanzi after the label open with a surname, so a column's name or a
verb that opens with one (`记者关注`, `记者时评`, `记者万里行`: 关, 时, 万 are surnames) became a
`<byline>` and the line's gap was kept. A glued name must now name a person and open with no verb,
preposition, conjunction or numeral (nor be an adverb, nor a listed column: see
test_glued_name_nouns_v17.py); a listed given name (`记者扎西`) still names one.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text

TITLE = "全市冬小麦播种过半"
LEADS = ["近日，全省冬小麦播种已过半。", "今年，全省冬小麦播种已过半。"]

#: Column names and words that open with a surname, glued to a reporter label.
NOT_NAMES = [
    "记者关注",
    "记者时评",
    "记者连线",
    "记者万里行",
    "记者田间行",
    "本报记者查看",
    "记者曾经",
    "记者全程",
    "通讯员项目",
    "记者于是",
    "记者向来",
    "记者从中",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("opening", NOT_NAMES)
def test_a_column_or_a_word_glued_to_a_label_is_the_paragraph(opening: str, lead: str) -> None:
    heads, bylines, paragraphs = article(f"{TITLE}\n\n{opening} {lead}\n")
    assert bylines == []
    assert heads == [TITLE]
    assert [p.replace(" ", "") for p in paragraphs] == [f"{opening}{lead}"]


@pytest.mark.parametrize(
    "byline", ["记者欧阳晓明", "记者王丽华", "本报记者扎西", "记者高峰", "本报记者王丽李华", "通讯员杨帆"]
)
def test_a_name_glued_to_a_label_before_the_lead_stays_the_byline(byline: str) -> None:
    lead = LEADS[0]
    page = f"{TITLE}\n\n{byline} {lead}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [byline], [lead])
