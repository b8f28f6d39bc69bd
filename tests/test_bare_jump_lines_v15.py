"""A jump line printed without brackets or arrow on a line of its own (`下转第3版` under a paragraph,
`上接第1版` over one), as mainland papers print it, is a continuation marker, in flat text and on a
coordinate page alike; the same words inside a line, or a title without 版, stay what they were.

The coordinate pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14`.
"""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree

import layoutfix
from block_pages import FORMATS, LEAD, TITLE
from block_pages import convert_json as _doc
from block_pages import page_bytes as _page
from block_pages import squeezed as _squeezed
from layoutfix.layout import continuation

TEI = "{http://www.tei-c.org/ns/1.0}"

#: Jump lines pointing on ("to") to a page, each with the page.
TO_LINES = {"下转第3版": "3", "转第4版": "4", "转A4版": "A4", "下轉第3版": "3", "下转 第 3 版": "3",
            "下转第三版": "3", "下转4版": "4"}
#: Jump lines heading a continuation ("from"), each with the page it comes from.
FROM_LINES = {"上接第1版": "1", "接第2版": "2", "续第二版": "2", "接A1版": "A1"}


def _summary(doc: dict[str, Any]) -> list[tuple[list[str], list[str], str | None, str | None]]:
    """Each article's titles, paragraphs and the pages its continuation names."""
    return [(a["titles"], [p["text"] for p in a["paragraphs"]], a["continuation"]["to_page"],
             a["continuation"]["from_page"]) for a in doc["articles"]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("own_block", [True, False], ids=["own block", "last line of the paragraph"])
@pytest.mark.parametrize("line", TO_LINES)
def test_a_jump_line_under_a_paragraph_is_a_marker(line: str, own_block: bool, fmt: str) -> None:
    """Before, `下转第3版` on its own line was the title of a new article (a block of its own), or
    the last words of the paragraph (`…工作。下转第3版` on a coordinate page). Now it is the article's
    marker: continuation to page 3, TEI `note type="continuation"`, kept in the txt output."""
    blocks = [TITLE, LEAD, [line]] if own_block else [TITLE, [*LEAD, line]]
    got = _doc(blocks, fmt)
    assert _summary(got) == [(TITLE, LEAD, TO_LINES[line], None)]
    assert [_squeezed(m) for m in got["articles"][0]["continuation"]["markers"]] == [_squeezed(line)]
    tei = etree.fromstring(layoutfix.convert(_page(blocks, fmt), fmt="tei", input_format=fmt).output.encode())
    notes = [(n.get("type"), n.get("subtype")) for n in tei.iter(f"{TEI}note")]
    assert notes == [("continuation", "to")]
    txt = layoutfix.convert(_page(blocks, fmt), fmt="txt", input_format=fmt).output
    assert _squeezed(line) in _squeezed(txt)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("own_block", [True, False], ids=["own block", "first line of the paragraph"])
@pytest.mark.parametrize("line", FROM_LINES)
def test_a_jump_line_over_a_paragraph_is_a_marker(line: str, own_block: bool, fmt: str) -> None:
    """`上接第1版` heading the continued text: the article continues from page 1 (it was a title)."""
    blocks = [[line], LEAD] if own_block else [[line, *LEAD]]
    got = _doc(blocks, fmt)
    assert _summary(got) == [([], LEAD, None, FROM_LINES[line])]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["转型第一年", "接力第3棒", "续写新篇章", "转战第3版面"])
def test_a_title_opening_with_a_direction_word_stays_a_title(title: str, fmt: str) -> None:
    """Without 版 right after the page, or with more words, the line is a title, not a marker."""
    got = _doc([[title], LEAD], fmt)
    assert _summary(got) == [([title], LEAD, None, None)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence", ["详见下转第3版的报道。", "本报将于明日下转第3版刊发全文。"])
def test_jump_words_inside_a_sentence_stay_text(sentence: str, fmt: str) -> None:
    got = _doc([TITLE, LEAD, [sentence]], fmt)
    assert _summary(got) == [(TITLE, [*LEAD, sentence], None, None)]


@pytest.mark.parametrize(
    ("line", "jump"),
    [("下转第3版", True), ("  上接第1版 ", True), ("转A4版", True), ("下转第3版。", False),
     ("下转第3版 要闻", False), ("转型第一年", False), ("第3版", False), ("下转第3页", False)],
)
def test_is_jump_line(line: str, jump: bool) -> None:
    assert continuation.is_jump_line(line) is jump
