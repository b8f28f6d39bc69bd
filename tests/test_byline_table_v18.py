"""One table of byline edge cases, both directions: what is a byline and what stays prose.

Bylines went back and forth over several rounds (each fix broke another case), so the cases the
earlier rounds settled (tests/test_byline*.py, test_bylines*.py, test_credit_label_bylines_v17.py,
test_glued_byline_columns_v17.py, test_spaced_bylines.py, test_verb_dateline_byline_block_v16q.py)
and the failures found since stand in one table, read on a flat txt page (a title, the line, a body
paragraph) and, for a few rows, on hOCR boxes:

- BYLINES: the line is the `<byline>`, its text byte for byte as printed, the lead its paragraph.
- NOT_BYLINES: the line is prose: no byline, its text in its paragraph (or, a short line alone,
  its block) with the gaps the paper printed; only a stray space inside a sentence may go.

Layouts: `alone` (the line is a block of its own between the title and the body), `lead` (the line
opens the lead paragraph after a space), `over` (the line stands over the lead in one block);
`lead+` and `over+` the same with a lead opening with no time word (`PLAIN_LEAD`); `under` (the
line a paragraph of its own directly under the title, with no blank line between).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from conftest_tei import article_parts as article
from test_coords_parity_v14 import MAKERS

TITLE = "兰州新区打造西部陆港枢纽"
LEAD = "近日，兰州新区召开会议。"
#: A lead opening with no time word nor dateline (layouts `lead+`, `over+`): only the fields say
#: where the byline ends.
PLAIN_LEAD = "兰州新区召开会议，部署今冬工作。"
BODY = "会议强调，要抓好冬季供暖工作。"


#: Rows the second v18 review found that are not mended yet (known limits, strict: a mend shows).
OPEN_ORG = pytest.mark.xfail(strict=True, reason="_CREDITED_ORG_END refuses 支队, 派出所, 站, 委, 集团")
OPEN_HEADING = pytest.mark.xfail(strict=True, reason="a refused credit line over its lead is no heading")
OPEN_PHRASE = pytest.mark.xfail(strict=True, reason="a heading phrase after 图文 reads as a credit")
OPEN_HOCR_TITLE = pytest.mark.xfail(strict=True, reason="hOCR: a body-type line takes the title")
#: The table rows each open mark applies to.
OPEN_ROWS = {
    **{(layout, f"{credit} {org}"): OPEN_ORG for layout, credit, org in [
        ("alone", "文/图", "消防救援支队"), ("over", "文/图", "消防救援支队"),
        ("alone", "文/图", "城关派出所"),
        ("alone", "图/文", "救助站"), ("alone", "文/图", "兰州军分区"), ("alone", "文/图", "发展改革委"),
        ("over", "文/图", "发展改革委"), ("alone", "图/文", "投资集团"), ("over", "图/文", "投资集团")]},
    ("over", "图文 美丽乡村"): OPEN_HEADING,
    ("over", "文/图 兰州市"): OPEN_HEADING,
}


def rows(table: list[Any]) -> list[Any]:
    """`table`'s rows as parameters, a row `OPEN_ROWS` names marked as it says."""
    return [pytest.param(*row, marks=OPEN_ROWS.get((row[0], row[1]), ())) for row in table]


def lead_of(layout: str) -> str:
    """The lead paragraph of `layout`: `PLAIN_LEAD` for `lead+` and `over+`, else `LEAD`."""
    return PLAIN_LEAD if layout.endswith("+") else LEAD


def page(layout: str, line: str) -> str:
    """A flat txt page holding the title, `line` laid out as `layout` says, and the body."""
    if layout in ("alone", "para"):
        return f"{TITLE}\n\n{line}\n\n{BODY}\n"
    if layout == "under":
        return f"{TITLE}\n{line}\n\n{BODY}\n"
    if layout.startswith("over"):
        return f"{TITLE}\n\n{line}\n{lead_of(layout)}\n\n{BODY}\n"
    return f"{TITLE}\n\n{line} {lead_of(layout)}\n\n{BODY}\n"


def paragraphs_after(layout: str) -> list[str]:
    """The paragraphs under a byline in `layout`."""
    return [BODY] if layout == "alone" else [lead_of(layout), BODY]


#: (layout, byline as printed).
BYLINES = [
    # spaced fields before the lead (test_spaced_bylines)
    ("lead", "本报讯 记者王丽"),
    ("lead", "本报记者 王丽 通讯员 张强"),
    ("lead", "□本报记者 王丽"),
    ("lead", "●本报记者 王丽 文/图"),
    ("lead", "本报记者 王丽、李华 摄"),
    ("lead", "新华社兰州10月9日电 记者 李华"),
    ("lead", "本报定西讯 特约记者 欧阳晓明月"),
    ("lead", "▲实习生 陈静"),
    ("lead", "本报记者王丽"),
    ("lead", "记者 于建部"),
    # a column before a reporter field; a paper's or agency's label (test_glued_byline_columns_v17)
    ("lead", "记者走基层 本报记者王丽"),
    ("lead", "本报记者田间行 记者王国庆"),
    ("lead", "記者走基層 本報記者王麗"),
    ("lead", "新华社记者王丽"),
    ("lead", "新华社记者 王丽"),
    ("lead", "人民日报记者李华"),
    ("lead", "兰州日报通讯员王国庆"),
    ("lead", "学习时报记者王丽"),
    ("lead", "每日经济新闻网记者王丽"),
    ("lead", "兰州日报实习生 王丽"),
    ("lead", "新华社记者 于秀场"),
    # fields alone in their block (test_byline_names, test_spaced_bylines, v16q, v17 credits)
    ("alone", "记者 王丽"),
    ("alone", "本报记者 王丽 李华"),
    ("alone", "本报记者 王丽 通讯员 张强"),
    ("alone", "记者王丽报道"),
    ("alone", "记者欧阳晓明"),
    ("alone", "记者 仝卫"),
    ("alone", "記者王麗"),
    ("alone", "记者高峰"),
    ("alone", "记者王丽、李华"),
    ("alone", "（记者 王丽）"),
    ("alone", "（本报记者 王丽 李华）"),
    ("alone", "本报来电 记者 王丽"),
    ("alone", "文/图 摄影记者 王丽"),
    ("alone", "文/图 新华社记者 王丽"),
    ("alone", "文/本报特约评论员 王丽"),
    ("alone", "图/文 人民日报记者 张强"),
    ("alone", "本报记者王丽"),
    ("over", "文/图 摄影记者 王丽"),
    ("over", "文/图 Li Wei"),
    ("over", "本报记者王丽"),
    # found since
    ("lead", "本报讯 新华社记者王丽"),  # the gap after the name went
    ("over", "记者 于建部"),  # a spaced name over its lead: no byline, its space gone
    ("alone", "文/图 编辑部"),  # an organisation credited: a title, its space gone
    ("over", "文/图 编辑部"),
    ("alone", "文/图 Li Wei"),  # its space went
    ("alone", "我报记者王丽"),  # a paper calling itself 我报, as 本报
    ("over", "我报记者王丽"),
    ("lead", "我报记者王丽"),
    ("lead", "我报记者 王丽"),
    # found in review (v18): an adverb or conjunction opening with a surname (何必, 曾经, 于是) as the
    # first name, a second field after it, or nothing after it on its line: the gaps were deleted
    ("lead+", "本报记者 何必 李华"),
    ("over+", "本报记者 何必 李华"),
    ("lead+", "本报记者 曾经 通讯员 张强"),
    ("over+", "本报记者 曾经 通讯员 张强"),
    ("over", "本报记者 曾经 通讯员 张强"),
    ("lead+", "本报记者 尤其 王丽"),
    ("lead+", "记者 毕竟 李华"),
    ("over+", "本报记者 常常 李华"),
    ("over+", "记者 单独"),
    ("over+", "记者 于是"),
    # an organisation credited keeps its byline (an organisation's ending, not a place's)
    ("alone", "文/图 新华社"),
    ("alone", "文/图 中国银行"),
    ("alone", "文/图 兰州大学"),
    ("alone", "图/文 兰州市博物馆"),
    ("alone", "文/图 CFP"),
    ("alone", "文/图 Getty Images"),
    # found in review (v18, second round): a clause's word for the first name, then fields to the
    # line's end or before the lead
    ("alone", "本报记者 何必 李华"),
    ("lead", "本报记者 何必 李华"),
    ("lead", "记者 于是 通讯员 张强"),
    ("lead+", "记者 于是 通讯员 张强"),
    ("over+", "记者 于是 通讯员 张强"),
    # an organisation credited after 文/图 or 图/文 (a slash), whatever its ending
    ("alone", "文/图 消防救援支队"),
    ("over", "文/图 消防救援支队"),
    ("alone", "文/图 城关派出所"),
    ("alone", "图/文 救助站"),
    ("alone", "文/图 兰州军分区"),
    ("alone", "文/图 发展改革委"),
    ("over", "文/图 发展改革委"),
    ("alone", "图/文 投资集团"),
    ("over", "图/文 投资集团"),
]


@pytest.mark.parametrize(("layout", "byline"), rows(BYLINES))
def test_a_byline_is_the_byline_as_printed(layout: str, byline: str) -> None:
    assert article(page(layout, byline)) == ([TITLE], [byline], paragraphs_after(layout))


#: (layout, line as printed, the paragraph a reader sees, lines under it in its block included; None:
#: a heading of its own, its text and gaps as printed). Layout `para`: the line is a whole paragraph
#: of its own, lead included.
NOT_BYLINES: list[tuple[str, str, str | None]] = [
    # running text opening with a label (test_spaced_bylines)
    ("para", "记者近日从市政协获悉，全市政协系统召开会议。", "记者近日从市政协获悉，全市政协系统召开会议。"),
    ("para", "记者从兰州新区了解到，今年开行班列200列。", "记者从兰州新区了解到，今年开行班列200列。"),
    ("para", "通讯员队伍建设不断加强，已有通讯员300名。", "通讯员队伍建设不断加强，已有通讯员300名。"),
    ("para", "记者 近日从市政协获悉，全市政协系统召开会议。", "记者近日从市政协获悉，全市政协系统召开会议。"),
    ("para", "本报记者 获悉，全市政协系统召开会议。", "本报记者获悉，全市政协系统召开会议。"),
    # a spaced agency label before prose; clauses around a label (test_glued_byline_columns_v17)
    ("para", "新华社记者 从中 了解到，全市召开会议。", "新华社记者从中了解到，全市召开会议。"),
    ("para", "新华社记者 王丽 表示，全市召开会议。", "新华社记者王丽表示，全市召开会议。"),
    ("para", "记者走基层 记者节到来 近日，全市召开会议。", "记者走基层 记者节到来 近日，全市召开会议。"),
    ("para", "记者关注 本报记者王丽 近日，全市召开会议。", "记者关注 本报记者王丽 近日，全市召开会议。"),
    ("para", "记者走基层 近日，全市召开会议。", "记者走基层 近日，全市召开会议。"),
    ("para", "新华社记者了解到 近日，全市召开会议。", "新华社记者了解到 近日，全市召开会议。"),
    ("para", "据新华社记者王丽 近日，全市召开会议。", "据新华社记者王丽 近日，全市召开会议。"),
    ("para", "他告诉新华社记者 王丽 近日，全市召开会议。", "他告诉新华社记者 王丽 近日，全市召开会议。"),
    ("para", "新华社记者王丽说 近日，全市召开会议。", "新华社记者王丽说 近日，全市召开会议。"),
    ("para", "记者王丽李华张强 近日，全市召开会议。", "记者王丽李华张强 近日，全市召开会议。"),
    # a label glued to a word, a label before a phrase (test_byline_names, v17 credits, v16q)
    ("alone", "通讯员培训班", None),
    ("alone", "记者节到来", None),
    ("alone", "记者站成立", None),
    ("alone", "本报来电 记者了解到", None),
    ("alone", "文/图 摄影记者 发布会", None),
    # found since
    ("para", "记者 从中 了解到，今年开行班列200列。", "记者从中了解到，今年开行班列200列。"),
    ("over", "记者 从中 了解到，今年开行班列200列。", f"记者从中了解到，今年开行班列200列。\n{LEAD}"),
    ("para", "记者江南行 近日，全市召开会议。", "记者江南行 近日，全市召开会议。"),
    ("over", "记者江南行", None),
    ("alone", "记者江南行", None),
    ("alone", "记者会上", None),
    ("alone", "记者方面表示", None),
    ("para", "记者会上，他表示要加强治理。", "记者会上，他表示要加强治理。"),
    ("para", "记者方面表示，将加强治理。", "记者方面表示，将加强治理。"),
    # found in review (v18): a bare word after the clause's word is no second field
    ("para", "记者 从中 了解 情况，今年开行班列200列。", "记者从中了解情况，今年开行班列200列。"),
    # found in review (v18): a column heading after a credit word names a place, no organisation
    ("alone", "图文 美丽乡村", None),
    ("alone", "图文 走进乡村", None),
    ("alone", "图文 聚焦兰州新区", None),
    ("alone", "图文 魅力城关区", None),
    ("alone", "文图 幸福新农村", None),
    ("alone", "文/图 兰州市", None),
    ("over", "图文 美丽乡村", None),
    ("over", "文/图 兰州市", None),
    ("alone", "图文 走进博物馆", None),
    # found in review (v18, second round): a clause's word, then a bare word that is no name (an
    # adverb, a verb, a place): a sentence with stray spaces, never a byline and its fragment
    ("para", "记者 于是 马上 联系了他。", "记者于是马上联系了他。"),
    ("para", "记者 曾经 黄山 采访，结识了他。", "记者曾经黄山采访，结识了他。"),
    ("para", "记者 从中 周到 地安排了一切。", "记者从中周到地安排了一切。"),
    ("para", "记者 于是 高原 反应 严重。", "记者于是高原反应严重。"),
    ("para", "记者 于是 通讯员 张强 一起 来到 现场。", "记者于是通讯员张强一起来到现场。"),
    ("under", "记者 于是 马上 联系了他。", "记者于是马上联系了他。"),
    ("under", "记者 于是 通讯员 张强 一起 来到 现场。", "记者于是通讯员张强一起来到现场。"),
]


@pytest.mark.parametrize(("layout", "line", "paragraph"), rows(NOT_BYLINES))
def test_prose_opening_like_a_byline_stays_prose(layout: str, line: str, paragraph: str | None) -> None:
    heads, bylines, paragraphs = article(page(layout, line))
    assert bylines == []
    if layout == "under":  # (a flat page tells no title from a paragraph directly under it)
        assert (heads, [p.replace("\n", "") for p in paragraphs]) == ([], [TITLE + str(paragraph), BODY])
    elif paragraph is not None:
        assert (heads, paragraphs) == ([TITLE], [paragraph, BODY])
    else:  # a heading of its own, its text and gaps as printed
        assert (heads, paragraphs) == ([TITLE, line], paragraphs_after(layout))


#: Short leads and long: a refused line over either stays a line of its own.
SHORT_LEAD = "村里的新路修好了。"
WRAPPED_LEAD = "今年全市开行班列200列。"


def page_over(line: str, lead: str) -> str:
    """A flat txt page: the title, `line` over `lead` in one block, the body."""
    return f"{TITLE}\n\n{line}\n{lead}\n\n{BODY}\n"


#: A heading after a credit word (a column's name, no one credited) over its lead: a heading of
#: its own, its gap kept, never joined to the lead's first line.
CREDIT_HEADINGS = ["图文 美丽乡村", "文图 幸福新农村", "图文 魅力城关区", "文/图 兰州市"]


@OPEN_HEADING
@pytest.mark.parametrize("lead", [LEAD, SHORT_LEAD, PLAIN_LEAD])
@pytest.mark.parametrize("line", CREDIT_HEADINGS)
def test_a_credit_heading_over_its_lead_is_a_heading_with_its_gap(line: str, lead: str) -> None:
    assert article(page_over(line, lead)) == ([TITLE, line], [], [lead, BODY])


#: A line opening with a reporter label and words over the next line of its block (what the labels
#: refuse as a byline), and how its paragraph's first line reads: a hard-wrapped sentence's first
#: line, whose spaces are stray ones inside the sentence and go (as before b17a673), the line break
#: kept.
WRAPPED_FIRST_LINES = [
    ("记者 会上 获悉", "记者会上获悉", WRAPPED_LEAD),
    ("记者 会上 获悉", "记者会上获悉", SHORT_LEAD),
    ("记者 来到 兰州新区", "记者来到兰州新区", WRAPPED_LEAD),
    ("记者 走进 兰州新区", "记者走进兰州新区", WRAPPED_LEAD),
    ("记者 节日 坚守", "记者节日坚守", WRAPPED_LEAD),
    ("記者 會上 獲悉", "記者會上獲悉", WRAPPED_LEAD),
    ("记者\u3000会上\u3000获悉", "记者会上获悉", WRAPPED_LEAD),
    ("□ 记者 会上", "□ 记者会上", WRAPPED_LEAD),
    pytest.param("记者 从中", "记者从中", "了解到，今年全市开行班列200列。", marks=pytest.mark.xfail(
        strict=True, reason="a lone clause word over a line opening with a verb is read as a byline")),
    ("本报记者 从县委", "本报记者从县委", PLAIN_LEAD),
]


@pytest.mark.parametrize(("line", "first_line", "lead"), WRAPPED_FIRST_LINES)
def test_a_refused_label_line_over_its_lead_is_a_wrapped_sentence(
    line: str, first_line: str, lead: str
) -> None:
    assert article(page_over(line, lead)) == ([TITLE], [], [f"{first_line}\n{lead}", BODY])


#: A reporter column's heading over its lead: a heading, glued as the column's name is (`记者手记`).
COLUMN_HEADINGS = [("记者 手记", "记者手记"), ("记者 调查", "记者调查"), ("记者 观察", "记者观察"),
                   ("通讯员 培训班", "通讯员培训班"), ("记者 会上", "记者会上")]


@pytest.mark.parametrize("lead", [LEAD, PLAIN_LEAD])
@pytest.mark.parametrize(("line", "heading"), COLUMN_HEADINGS)
def test_a_reporter_column_over_its_lead_is_a_glued_heading(line: str, heading: str, lead: str) -> None:
    assert article(page_over(line, lead)) == ([TITLE, heading], [], [lead, BODY])


#: A heading phrase after 图文 (no slash): a possessive, a place or a kind of place, no organisation.
CREDIT_WORD_PHRASES = [
    "图文 家门口的银行", "图文 记忆中的老邮局", "图文 我的大学", "图文 乡村学校", "图文 老茶馆", "图文 合作社"
]


@pytest.mark.parametrize("layout", ["alone", "over"])
@pytest.mark.parametrize("line", [pytest.param(line, marks=OPEN_PHRASE) for line in CREDIT_WORD_PHRASES])
def test_a_heading_phrase_after_a_credit_word_is_a_heading(layout: str, line: str) -> None:
    assert article(page(layout, line)) == ([TITLE, line], [], paragraphs_after(layout))


# --- the same rows read from hOCR boxes ------------------------------------------------------


def hocr_article(blocks: list[list[str]]) -> dict[str, Any]:
    """The one article `convert` reads from hOCR boxes of `blocks` (the title in headline type)."""
    data = MAKERS["hocr"](blocks, {TITLE})
    (art,) = json.loads(layoutfix.convert(data, fmt="json", input_format="hocr").output)["articles"]
    return art


def boxed(layout: str, line: str) -> list[list[str]]:
    """The blocks of `page(layout, line)` as boxes."""
    if layout in ("alone", "para"):
        return [[TITLE], [line], [BODY]]
    if layout.startswith("over"):
        return [[TITLE], [line, lead_of(layout)], [BODY]]
    return [[TITLE], [f"{line} {lead_of(layout)}"], [BODY]]


#: BYLINES rows read from hOCR boxes too.
HOCR_BYLINES = [
    ("lead", "本报记者 王丽 通讯员 张强"),
    ("over", "记者 于建部"),
    ("lead", "我报记者王丽"),
    ("alone", "我报记者王丽"),
    ("lead", "本报讯 新华社记者王丽"),
    ("alone", "文/图 编辑部"),
    ("over", "文/图 编辑部"),
    ("alone", "文/图 Li Wei"),
    ("over", "文/图 Li Wei"),
    ("lead+", "本报记者 何必 李华"),
    ("lead+", "本报记者 曾经 通讯员 张强"),
    ("over+", "本报记者 曾经 通讯员 张强"),
    ("alone", "文/图 新华社"),
]


@pytest.mark.parametrize(("layout", "byline"), HOCR_BYLINES)
def test_hocr_a_byline_is_the_byline_as_printed(layout: str, byline: str) -> None:
    art = hocr_article(boxed(layout, byline))
    assert art["byline"] == [byline]
    assert [p["text"] for p in art["paragraphs"]] == paragraphs_after(layout)


#: NOT_BYLINES rows read from hOCR boxes too, and the refused lines of the second v18 review.
HOCR_NOT_BYLINES = [
    pytest.param(layout, line, paragraph, marks=OPEN_HOCR_TITLE if paragraph is None else ())
    for layout, line, paragraph in NOT_BYLINES
    if line.startswith(
        ("记者 从中", "记者江南行", "记者会上", "记者方面", "记者走基层 近日", "记者 于是", "记者 曾经")
    )
    and layout != "under"
] + [pytest.param(layout, "图文 美丽乡村", None, marks=OPEN_HOCR_TITLE) for layout in ("alone", "over")]


@pytest.mark.parametrize(("layout", "line", "paragraph"), HOCR_NOT_BYLINES)
def test_hocr_prose_opening_like_a_byline_stays_prose(layout: str, line: str, paragraph: str | None) -> None:
    """The title in headline type stays the title (a line in body type under it never takes its
    place, making it a kicker); the line is the paragraph's, or a heading of its own as printed."""
    art = hocr_article(boxed(layout, line))
    assert (art["byline"], art["titles"], art["kicker"]) == ([], [TITLE], [])
    paragraphs = [p["text"] for p in art["paragraphs"]]
    if paragraph is not None:  # (the lines of a box join with no line break)
        assert paragraphs == [paragraph.replace("\n", ""), BODY]
    else:
        assert art["subtitle"] + art["subheads"] + paragraphs == [line, *paragraphs_after(layout)]


@pytest.mark.xfail(strict=True, reason="label_block's dateline cut, then _join_split_paragraphs")
def test_a_refused_label_after_a_dateline_alone_is_not_joined_to_the_next_paragraph() -> None:
    """`本报讯 各报社记者王丽` alone in its block (各报社 names no paper): what the labels refuse after
    the dateline keeps its own block, never glued to the next paragraph's first words."""
    for parts in (article(page("alone", "本报讯 各报社记者王丽"))[1:],):
        bylines, paragraphs = parts
        assert paragraphs[-1] == BODY
        assert "".join(bylines + paragraphs[:-1]).replace(" ", "") == "本报讯各报社记者王丽"
    art = hocr_article(boxed("alone", "本报讯 各报社记者王丽"))
    paragraphs = [p["text"] for p in art["paragraphs"]]
    assert paragraphs[-1] == BODY
    assert "".join(art["byline"] + paragraphs[:-1]).replace(" ", "") == "本报讯各报社记者王丽"


@pytest.mark.parametrize("line", ["记者 于是 马上 联系了他。", "记者 于是 通讯员 张强 一起 来到 现场。"])
def test_hocr_prose_directly_under_the_title_stays_prose(line: str) -> None:
    art = hocr_article([[TITLE, line], [BODY]])
    assert (art["byline"], art["titles"]) == ([], [TITLE])
    assert [p["text"] for p in art["paragraphs"]] == [line.replace(" ", ""), BODY]


def test_a_glued_byline_alone_does_not_load_the_tagger() -> None:
    """`记者王丽` alone in its block is answered from the plain dictionary: converting such a page
    does not import jieba's part-of-speech tagger (about 0.7 s per process)."""
    import subprocess
    import sys

    text = page("alone", "记者王丽").replace(BODY, LEAD)
    code = f"import sys, layoutfix\nlayoutfix.convert({text!r}, fmt='json')\n"
    code += "print('jieba.posseg' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
