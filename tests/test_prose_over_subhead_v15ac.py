"""A paragraph that lost its full stop over a subhead (fifteenth session, helper AC).

Before: in an article, `各区县抢抓晴好天气，组织农机下田，请大家注意` (a paragraph whose full stop OCR
lost, read as a heading by its short parts) over the subhead `机收率再创新高` was glued to it: JSON gave
the subhead `各区县抢抓晴好天气，组织农机下田，请大家注意 机收率再创新高`, TEI a subsection head holding
the paragraph. A run of heading blocks is one subhead only when no block over another holds clauses
of prose: two clause commas or more, the clauses not all of one length. Now such a block is a
paragraph of the article (flagged incomplete: its sentence has no end), the heading under it the
subhead. Guards: a two-part headline with one comma, a slogan's parallel phrases, one block alone.
"""

from __future__ import annotations

import json
from typing import Any

import opencc
import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

_S2T = opencc.OpenCC("s2t")
TITLE = "全市秋粮收获过半"
LEAD = "全市秋粮收获进度过半。"
SUBHEAD = "机收率再创新高"
TEXT = "今年机收率达到九成。"
PROSE = [
    "各区县抢抓晴好天气，组织农机下田，请大家注意",
    "各地抢抓农时，加快收获进度，确保秋粮颗粒归仓",
    "天气转晴后，农机手们连夜作业，抢收玉米",
]


def _page(middle: str) -> str:
    return f"{TITLE}\n\n{LEAD}\n\n{middle}\n\n{SUBHEAD}\n\n{TEXT}\n"


def _article(page: str) -> dict[str, Any]:
    (art,) = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    result: dict[str, Any] = art
    return result


@pytest.mark.parametrize("prose", PROSE)
def test_prose_over_a_subhead_is_a_paragraph(prose: str) -> None:
    art = _article(_page(prose))
    assert art["titles"] == [TITLE]
    assert art["subheads"] == [SUBHEAD]
    paragraphs = [(p["subhead"], p["text"]) for p in art["paragraphs"]]
    assert paragraphs == [(None, LEAD), (None, prose), (SUBHEAD, TEXT)]


def test_traditional_script() -> None:
    art = _article(_S2T.convert(_page(PROSE[0])))
    assert art["subheads"] == [_S2T.convert(SUBHEAD)]


def test_tei_paragraph_before_the_subsection(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    root = assert_valid(tei_schema, convert_stdin(_page(PROSE[0]), "-f", "tei"))
    (article,) = root.iterfind(f".//{TEI}div[@type='article']")
    assert [p.text for p in article.findall(f"{TEI}p")] == [LEAD, PROSE[0]]
    (sub,) = article.findall(f"{TEI}div[@type='subsection']")
    assert sub.findtext(f"{TEI}head") == SUBHEAD


# --- guards -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["稳住基本盘，激发新活力", "抓党建，促发展，惠民生", "稳住基本盘"])
def test_headline_lines_over_a_subhead_stay_one_subhead(head: str) -> None:
    art = _article(_page(head))
    assert art["subheads"] == [head, SUBHEAD]  # one subsection's two heads, listed apart (JSON)
    assert art["paragraphs"][-1]["subheads"] == [head, SUBHEAD]


def test_a_clause_heavy_heading_alone_over_text_is_left_a_subhead() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{PROSE[0]}\n\n{TEXT}\n"
    assert _article(page)["subheads"] == [PROSE[0]]
