"""A bare jump line (`下转第3版`) alone on a line inside a block of running text (text lines above
and below it, no blank line) is the article's continuation marker, through `convert`: cut out of the
paragraph as a jump line closing the block is, so the text above ends the page's piece of the
paragraph and the text below reads as the next one.

The coordinate pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14` (their line
joins already keep a jump line apart: they guard that flat text now reads as they do).
"""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree

import layoutfix
from block_pages import FORMATS, TITLE
from block_pages import convert_json as _doc
from block_pages import page_bytes as _page
from block_pages import squeezed as _squeezed

TEI = "{http://www.tei-c.org/ns/1.0}"


#: (lines above, jump line, lines below, paragraphs read, pages the marker names: to, from)
INNER_JUMPS = [
    (["近日，全市召开会议，部署今冬明春各项"], "下转第3版", ["重点工作。"],
     ["近日，全市召开会议，部署今冬明春各项", "重点工作。"], ("3", None)),
    (["近日，全市召开会议，部署今冬明春各项重点工作。"], "转A4版", ["会议要求，各地要抓好落实。"],
     ["近日，全市召开会议，部署今冬明春各项重点工作。", "会议要求，各地要抓好落实。"], ("A4", None)),
    (["会议指出，要坚持问题导向，", "扎实推进各项"], "下轉第四版", ["改革举措落地见效。"],
     ["会议指出，要坚持问题导向，扎实推进各项", "改革举措落地见效。"], ("4", None)),
]


def _summary(doc: dict[str, Any]) -> list[tuple[list[str], list[str], str | None, str | None]]:
    return [(a["titles"], [p["text"] for p in a["paragraphs"]], a["continuation"]["to_page"],
             a["continuation"]["from_page"]) for a in doc["articles"]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("above", "line", "below", "paragraphs", "pages"), INNER_JUMPS)
def test_a_jump_line_inside_a_block_is_cut_out_as_the_marker(
    above: list[str], line: str, below: list[str], paragraphs: list[str],
    pages: tuple[str | None, str | None], fmt: str,
) -> None:
    """Before, `下转第3版` between two lines of one block stayed in the paragraph (run into it:
    `…各项下转第3版`), and the article named no continuation. Now the block reads as it does with the
    jump line closing it: the marker is the article's, the text above ends the page's piece
    (incomplete when it stops mid-sentence) and the text below is the next paragraph."""
    inner = _doc([TITLE, [*above, line, *below]], fmt)
    closing = _doc([TITLE, [*above, line], below], fmt)
    assert _summary(inner) == [(TITLE, paragraphs, *pages)]
    assert _summary(inner) == _summary(closing)
    assert [p["incomplete"] for p in inner["articles"][0]["paragraphs"]] == [
        p["incomplete"] for p in closing["articles"][0]["paragraphs"]]
    assert [_squeezed(m) for m in inner["articles"][0]["continuation"]["markers"]] == [_squeezed(line)]
    tei = etree.fromstring(layoutfix.convert(_page([TITLE, [*above, line, *below]], fmt), fmt="tei",
                                             input_format=fmt).output.encode())
    assert [(n.get("type"), n.get("subtype")) for n in tei.iter(f"{TEI}note")] == [("continuation", "to")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_incomplete_paragraph_above_an_inner_jump_line(fmt: str) -> None:
    """The text above a `下转` line stopping mid-sentence is flagged incomplete, its words unchanged."""
    got = _doc([TITLE, ["近日，全市召开会议，部署今冬明春各项", "下转第3版", "重点工作。"]], fmt)
    first = got["articles"][0]["paragraphs"][0]
    assert (first["text"], first["incomplete"]) == ("近日，全市召开会议，部署今冬明春各项", True)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", ["上接第1版", "接第2版", "续第二版"])
def test_a_from_jump_line_inside_a_block_heads_the_continuation(line: str, fmt: str) -> None:
    """`上接第1版` between a closed paragraph and the text continued from page 1, in one block: the
    text under it is the continuation from that page, as with a blank line before the jump line."""
    above, below = ["近日，全市召开会议。"], ["各地要抓好落实。"]
    inner = _doc([TITLE, [*above, line, *below]], fmt)
    apart = _doc([TITLE, above, [line, *below]], fmt)
    assert _summary(inner) == _summary(apart)
    assert [a["continuation"]["from_page"] for a in inner["articles"]][-1] is not None


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_txt_output_keeps_the_inner_jump_line_on_its_own_line(fmt: str) -> None:
    """No text is lost nor glued: the jump line stays a line of its own in the txt output."""
    blocks = [TITLE, ["近日，全市召开会议，部署今冬明春各项", "下转第3版", "重点工作。"]]
    txt = layoutfix.convert(_page(blocks, fmt), fmt="txt", input_format=fmt).output
    lines = txt.split("\n")
    assert "下转第3版" in lines
    assert lines.index("下转第3版") > lines.index("近日，全市召开会议，部署今冬明春各项")
    assert lines.index("下转第3版") < lines.index("重点工作。")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence", ["详见下转第3版的报道。", "下转第3版 要闻"])
def test_jump_words_inside_a_block_that_are_no_jump_line_stay_text(sentence: str, fmt: str) -> None:
    """Words naming a page on a line of the block that holds more than the jump stay in it."""
    blocks = [TITLE, ["近日，全市召开会议。", sentence, "会议要求，各地要抓好落实。"]]
    got = _doc(blocks, fmt)
    assert [a["continuation"]["to_page"] for a in got["articles"]] == [None]
    txt = layoutfix.convert(_page(blocks, fmt), fmt="txt", input_format=fmt).output
    assert _squeezed(sentence) in _squeezed(txt)
