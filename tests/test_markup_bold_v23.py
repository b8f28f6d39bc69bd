"""Markdown bold the markup step used to leave in the output: bold running over a line or block
break (a quotation box of a 1966-78 page, `**我们的教育方针，…` / blank / `…劳动者。**`), and bold padded
with blanks inside (`** 要斗私，批修。 **`). The markers go as `markup.bold` edits, as one-line bold's
do; a `*` that is text stays."""

from __future__ import annotations

import json

import pytest

import layoutfix
from layoutfix import TrackedText, normalize_text
from layoutfix.normalize.markup import strip_markup

QUOTE_FIRST = "我们的教育方针,应该使受教育者在德育、智育、体育几方面都得到发展,"
QUOTE_LAST = "成为有社会主义觉悟的有文化的劳动者。"
NEWS = "大庆式企业层出不穷\n\n本报讯 在毛主席\"工业学大庆\"的伟大号召下,各地涌现出一大批大庆式企业。\n"
#: The quotation whole, as the paragraph prints it after the punctuation step.
QUOTE_TEXT = (QUOTE_FIRST + QUOTE_LAST).replace(",", "，")


def _bold_edits(edits: list[layoutfix.Edit]) -> list[str]:
    return [e.before for e in edits if e.rule == "markup.bold"]


def test_bold_over_a_block_break_goes_and_the_quotation_is_one_paragraph() -> None:
    page = f"**最 高 指 示**\n\n**{QUOTE_FIRST}\n\n{QUOTE_LAST}**\n\n{NEWS}"
    result = layoutfix.convert(page.encode("utf-8"), fmt="tei")
    assert "*" not in result.output
    assert f"<p>{QUOTE_TEXT}</p>" in result.output  # one paragraph, complete (no part="I")
    assert '<p part="I">' not in result.output
    assert "kicker" not in result.output  # its second half titles no next article
    assert _bold_edits(result.edits) == ["**"] * 4


def test_bold_over_a_wrapped_line_ending_a_sentence_is_no_unfinished_paragraph() -> None:
    page = f"**最 高 指 示**\n\n**{QUOTE_FIRST[:28]}\n{QUOTE_FIRST[28:]}{QUOTE_LAST}**\n\n{NEWS}"
    result = layoutfix.convert(page.encode("utf-8"), fmt="json")
    paragraphs = [p for art in json.loads(result.output)["articles"] for p in art["paragraphs"]]
    assert paragraphs[0]["text"] == QUOTE_TEXT
    assert not any(p["incomplete"] for p in paragraphs)  # it ends with `。`: no paragraph left open
    assert "*" not in result.output
    assert _bold_edits(result.edits) == ["**"] * 4


def test_normalize_removes_bold_over_lines_and_keeps_the_lines() -> None:
    text = f"**{QUOTE_FIRST}\n\n{QUOTE_LAST}**\n"
    out = normalize_text(text)
    assert "*" not in out.text
    assert out.text.count("\n") == text.count("\n")
    assert [(e.start, e.before) for e in out.edits if e.rule == "markup.bold"] == [
        (0, "**"), (len(text) - 3, "**"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("** 要斗私,批修。 **", "要斗私,批修。"),
        ("**要斗私,批修。 **", "要斗私,批修。"),
        ("*** 抓革命,促生产 ***", "抓革命,促生产"),
    ],
)
def test_padded_bold_goes_with_its_padding(text: str, expected: str) -> None:
    t = strip_markup(TrackedText(text))
    assert t.text == expected
    assert {e.rule for e in t.edits} == {"markup.bold"}
    assert all(e.before.strip() in ("**", "***") for e in t.edits)


def test_padded_bold_line_in_a_page_loses_its_markers() -> None:
    page = f"** 要斗私,批修。 **\n\n{NEWS}"
    result = layoutfix.convert(page.encode("utf-8"), fmt="txt")
    assert "要斗私，批修。" in result.output
    assert "*" not in result.output.replace("＊＊＊", "")


@pytest.mark.parametrize(
    "text",
    [
        "5**2等于25\n3**2等于9",  # powers, one per line
        "**注\n",  # a lone opener: no partner, left as written
        "数据来源**\n",  # a lone closer
        "*注：本表数据截至年底\n全年增长**",  # a footnote's `*` before the closer
        "＊＊＊\n\n※ 编者按\n",  # separators and a reference mark
        "a ** b ** c",  # padded, no Chinese inside
        "正文** 重要讲话 **正文",  # padded inside a line: as often text (`0.42** 和0.31**`)
        "**甲\n乙**丙",  # the closer does not end its line
    ],
)
def test_text_asterisks_stay(text: str) -> None:
    t = strip_markup(TrackedText(text))
    assert t.text == text
    assert t.edits == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"**{QUOTE_FIRST}\n\n{QUOTE_LAST}**\n\n** 要斗私,批修。 **\n",
         f"{QUOTE_FIRST}\n\n{QUOTE_LAST}\n\n要斗私,批修。\n"),
        ("**甲\n**乙**\n丙**\n", "甲\n乙\n丙\n"),  # the outer pair goes on the next pass
        ("**甲\n\n**乙\n丙**\n", "**甲\n\n乙\n丙\n"),  # the first opener is left alone
    ],
)
def test_markup_step_twice_is_once(text: str, expected: str) -> None:
    once = strip_markup(TrackedText(text))
    assert once.text == expected
    twice = strip_markup(once)
    assert (twice.text, twice.edits) == (once.text, once.edits)
