"""Properties of the whole `convert` pipeline that hold on EVERY input, flat text or a page of boxes.

Hypothesis generates pages of mixed CJK/Latin/punctuation text with OCR noise (control characters,
U+FFFF, zero-width and odd spaces, rare ideographs) and page structures (blocks of lines with
horizontal or vertical boxes, word confidences, overlapping and degenerate boxes). For each:
nothing crashes; the TEI is well-formed and valid against tei_all; the edit log rebuilds the
original exactly (and the output from the original); every CJK ideograph of the input is in the
output or accounted for by an edit; normalising the output again changes nothing.
"""

from __future__ import annotations

from collections import Counter

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest_tei import assert_every_hanzi_accounted_for, load_schema
from layoutfix.model import BBox, Document, Line, Page, Word
from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.pipeline import SeveralPagesError, build_document, render
from layoutfix.readers.boxes import make_block, number_blocks
from layoutfix.readers.text import split_pages
from layoutfix.tracked import apply_edits, undo_edits

WORDS = ["基层", "其层", "协商", "政协", "出合", "委员", "本报酒泉讯", "通讯员", "（接一版）", "(下转第3版)",
         "2024年", "10月10日", "第4版", "联系电话：0931-8926232", "（张莉芳）", "**标题**", "e-mail"]
NOISE = ["\x01", "\x0b", "\x0c", "\x1b", "\uffff", "\u200b", "\ufeff", "\u3000", "\u00a0", "\t", "\r\n",
         "\U00020000", "\u2f08", "\uf900", "Ａ", "ｚ"]
PUNCT = list(",.;:!?()\"'“”‘’，。；：！？（）【】、《》—…·-*#>/%")

token = st.one_of(
    st.sampled_from(WORDS),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(PUNCT),
    st.sampled_from(NOISE),
    st.sampled_from([" ", "a", "Z", "7"]),
)
line_text = st.lists(token, min_size=1, max_size=10).map("".join)
block_text = st.lists(line_text, min_size=1, max_size=3).map("\n".join)
flat_page = st.lists(block_text, min_size=0, max_size=5).flatmap(
    lambda blocks: st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n \n"]), min_size=len(blocks),
                            max_size=len(blocks)).map(lambda gaps: "".join(b + g for b, g in zip(blocks, gaps,
                                                                                                   strict=True))))

OPTIONS = [NormalizeOptions(), NormalizeOptions(variants="t2s", apply="low")]


@st.composite
def box_pages(draw: st.DrawFn) -> Page:
    """A page of blocks, each of lines with boxes (horizontal or vertical) and word confidences."""
    blocks = []
    for b in range(draw(st.integers(0, 5))):
        vertical = draw(st.booleans())
        x0 = draw(st.integers(0, 900))
        y0 = draw(st.integers(0, 1300))
        size = draw(st.integers(1, 60))
        lines = []
        for k in range(draw(st.integers(1, 3))):
            text = draw(line_text.filter(lambda s: "\n" not in s and "\r" not in s))
            n = max(len(text), 1)
            if vertical:
                box = BBox(x0 - k * size * 1.2, y0, x0 - k * size * 1.2 + size, y0 + n * size)
            else:
                box = BBox(x0, y0 + k * size * 1.2, x0 + n * size, y0 + k * size * 1.2 + size)
            conf = draw(st.one_of(st.none(), st.floats(0, 1)))
            words = [Word(text, box, conf)] if draw(st.booleans()) else []
            bbox = draw(st.sampled_from([box, box, None]))
            lines.append(Line(text=text, bbox=bbox, conf=conf, words=words))
        blocks.append(make_block(f"p1b{b + 1}", lines, 1))
    return Page(blocks=number_blocks(blocks), source="generated", number=1, width=1000, height=1400)


def check(doc: Document, original_input: str | None, options: NormalizeOptions) -> None:
    # the edit log rebuilds both texts exactly
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original
    if original_input is not None:
        assert doc.original == original_input
    # TEI: well-formed (fromstring raises otherwise) and schema-valid
    root = etree.fromstring(render(doc, "tei").encode("utf-8"))
    schema = load_schema()
    assert schema.validate(root), schema.error_log
    # every CJK ideograph of the input is in the output, or an edit says where it went
    assert_every_hanzi_accounted_for(doc.original, doc.edits, root)
    # the other formats render too
    render(doc, "txt")
    render(doc, "json")
    # normalising twice equals normalising once
    once = normalize_text(doc.original, options)
    twice = normalize_text(once.text, options)
    assert twice.text == once.text, twice.edits


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=flat_page, which=st.sampled_from(range(len(OPTIONS))))
@example(text="基层.7 基层", which=0)  # `基层.7基层` on the first run, `基层。7基层` on the second
@example(text="胜率.522 （联盟第一）", which=0)  # `胜率.522（…` on the first run, `胜率。522（…` next
@example(text="打击率.300 ；上垒率.400 。", which=0)  # `上垒率.400。`, then `上垒率。400。`
@example(text="基层 基层\n基层本报酒泉讯(下转第3版)一一 一\n\n", which=0)  # seed 408: kept, then glued
@example(text="戊邊防冶", which=1)  # `戍边防冶` on the first run (防冶 inside 边防), `戍边防治` next
def test_any_flat_page_converts_losslessly_to_valid_tei(text: str, which: int) -> None:
    options = OPTIONS[which]
    pages = split_pages(text)
    if len(pages) > 1:  # form feeds set pages apart: an issue, never one page glued together
        with pytest.raises(SeveralPagesError):
            build_document(text, options=options)
        for page in pages:
            check(build_document(page, options=options), page, options)
        return
    doc = build_document(text, options=options)
    check(doc, text, options)


def one_line_page(text: str) -> Page:
    """A page of one block holding one line of `text`, with a box."""
    line = Line(text=text, bbox=BBox(0, 0, len(text), 1), conf=None, words=[])
    return Page(blocks=number_blocks([make_block("p1b1", [line], 1)]), source="generated", number=1,
                width=1000, height=1400)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=box_pages(), which=st.sampled_from(range(len(OPTIONS))), min_conf=st.floats(0, 1))
@example(page=one_line_page("基层.7 基层"), which=0, min_conf=0.0)  # a fraction's gap went, then its point
@example(page=one_line_page("胜率.522 （联盟第一）"), which=0, min_conf=0.0)  # the gap before a bracket went,
@example(page=one_line_page("打击率.300 ；上垒率.400 。"), which=0, min_conf=0.0)  # then the point
def test_any_page_of_boxes_converts_losslessly_to_valid_tei(page: Page, which: int, min_conf: float) -> None:
    options = OPTIONS[which]
    lines = [ln.text for b in page.blocks for ln in b.lines]
    doc = build_document(page, options=options, min_conf=min_conf)
    check(doc, None, options)
    # the page text the edit log refers to holds every line the engine delivered, unchanged
    for text in lines:
        assert text.strip() in doc.original  # laid out without its edge spaces, otherwise as read
    # reading order may move blocks, but no character is dropped or added by the layout
    assert Counter(regex.sub(r"\s", "", "".join(lines))) == Counter(regex.sub(r"\s", "", doc.original))
