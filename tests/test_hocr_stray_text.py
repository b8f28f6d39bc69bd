"""hOCR text outside every line and word is read, never dropped (docs/readers.md, "Formats").

A hand-made or non-Tesseract hOCR holds text straight in an element: `<span class='ocr_pageno'>4</span>`,
`<p class='ocr_par'>正文</p>`, a character between two lines. Before, the reader read only lines and
words, so that text was silently missing from `Document.original` and every output. Now each such
piece is a line of its own in the block of the element it stands in, in document order; text outside
every `ocr_page` belongs to no page and the file is refused with a one-line error.

Every test here fails on e10d68c (the text is missing, or the file is read without an error).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.model import BBox
from layoutfix.pipeline import convert
from layoutfix.readers.hocr import read_hocr
from layoutfix.tracked import apply_edits, undo_edits

HTML_NS = "http://www.w3.org/1999/xhtml"
BODY = ("本报北京10月11日电 记者王丽报道：连日来，各地粮食部门组织收购网点延长营业时间，"
        "方便农民就近售粮。")


def page(inside: str, after: str = "") -> bytes:
    """An hOCR document with `inside` in its one page and `after` in the body after the page."""
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><head><title>第4版</title></head><body>"
            f"<div class='ocr_page' title='bbox 0 0 1000 1200'>{inside}</div>{after}</body></html>").encode()


def line(text: str, y: int) -> str:
    return f"<span class='ocr_line' title='bbox 60 {y} 940 {y + 30}'>{text}</span>"


def body_par(y: int = 180) -> str:
    par = f"<p class='ocr_par' title='bbox 60 {y} 940 {y + 30}'>{line(BODY, y)}</p>"
    return f"<div class='ocr_carea'>{par}</div>"


def round_trips(data: bytes) -> str:
    """The page text of `data` through `convert`, after checking that the edit log rebuilds both ways."""
    doc = convert(data, fmt="txt", input_format="hocr").document
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original
    return doc.original


def test_page_number_span_without_a_line_is_furniture_of_its_own() -> None:
    """`<span class='ocr_pageno'>4</span>`: a block of its own with the span's box, labelled furniture
    (kept in the TEI as fw, not joined into the text)."""
    data = page("<span class='ocr_pageno' title='bbox 900 30 940 62'>4</span>" + body_par())
    (read,) = read_hocr(data)
    assert [b.text for b in read.blocks] == ["4", BODY]
    (number,) = read.blocks[0].lines
    assert (number.bbox, number.label) == (BBox(900, 30, 940, 62), "page-number")
    assert "4" in round_trips(data)
    tei = convert(data, fmt="tei", input_format="hocr").output
    assert "<fw" in tei and ">4</fw>" in tei


def test_paragraph_holding_text_directly_is_read() -> None:
    """`<p class='ocr_par'>正文</p>` (no ocr_line, no word): the paragraph's text, with its box."""
    data = page(f"<p class='ocr_par' title='bbox 60 180 940 290'>\n  {BODY}\n</p>")
    (read,) = read_hocr(data)
    assert [(b.text, b.lines[0].bbox) for b in read.blocks] == [(BODY, BBox(60, 180, 940, 290))]
    assert BODY in round_trips(data)
    output = convert(data, fmt="txt", input_format="hocr").output
    assert "连日来，各地粮食部门组织收购网点延长营业时间" in output


def test_text_between_lines_stays_in_its_place() -> None:
    """Text standing in a paragraph between (and after) its lines is a line of that paragraph, in
    document order; with no box of its own it takes the paragraph's."""
    par = (f"<p class='ocr_par' title='bbox 60 180 940 290'>{line('第一行', 180)}中间"
           f"{line('第二行', 220)}末尾</p>")
    (read,) = read_hocr(page(par))
    assert [[ln.text for ln in b.lines] for b in read.blocks] == [["第一行", "中间", "第二行", "末尾"]]
    assert read.blocks[0].lines[1].bbox == BBox(60, 180, 940, 290)
    original = round_trips(page(par))
    assert [original.index(t) for t in ("第一行", "中间", "第二行", "末尾")] == sorted(
        original.index(t) for t in ("第一行", "中间", "第二行", "末尾"))


def test_text_in_an_area_and_straight_in_the_page_is_read() -> None:
    """Text in a content area outside its paragraphs is the area's block; text straight in the page
    is the page's block (no box: the page's own would make it a page-sized headline)."""
    data = page(f"<div class='ocr_carea' title='bbox 60 100 940 400'>要闻{body_par()}</div>散字")
    (read,) = read_hocr(data)
    assert [b.text for b in read.blocks] == ["要闻", BODY, "散字"]
    assert read.blocks[0].lines[0].bbox == BBox(60, 100, 940, 400)
    assert read.blocks[2].lines[0].bbox is None
    original = round_trips(data)
    assert "要闻" in original and "散字" in original


def test_text_between_words_outside_lines_is_read() -> None:
    """Punctuation written between words that stand outside any line is not dropped."""
    word = "<span class='ocrx_word' title='bbox {0} 180 {1} 210; x_wconf 90'>{2}</span>"
    words = f"{word.format(60, 90, '各地')}，{word.format(100, 130, '农民')}"
    par = f"<p class='ocr_par' title='bbox 60 180 940 210'>{words}</p>"
    (read,) = read_hocr(page(par))
    assert [ln.text for b in read.blocks for ln in b.lines] == ["各地", "，", "农民"]
    assert "，" in round_trips(page(par))


def test_text_outside_every_page_is_refused_with_one_line(tmp_path: Path) -> None:
    """Body text outside every ocr_page belongs to no page: a one-line error naming the file, exit 3;
    the head's title is metadata and no reason to refuse."""
    runner = CliRunner()
    stray = tmp_path / "stray.hocr"
    stray.write_bytes(page(body_par(), after="\n 农村经济 第4版\n"))
    result = runner.invoke(app, ["convert", str(stray)])
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("layoutfix: error: ")
    assert "stray.hocr" in lines[0] and "outside every ocr_page" in lines[0] and "农村经济 第4版" in lines[0]
    assert result.stdout == ""
    fine = tmp_path / "fine.hocr"
    fine.write_bytes(page(body_par()))
    assert runner.invoke(app, ["convert", str(fine)]).exit_code == 0


# --- any text anywhere in a page is in the page text ------------------------------------------------

KINDS = ["ocr_carea", "ocr_par", "ocr_line", "ocr_pageno", "ocr_caption", "ocr_title", "", "ocrx_word"]
texts = st.sampled_from(["", "", "\n  ", "甲", "乙丙", "，", "4", "\u3000丁", "x y"])


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> tuple[str, str, list]:  # type: ignore[type-arg]
    """(class, text, children with their tails): an element of some hOCR class."""
    kind = draw(st.sampled_from(KINDS))
    children = [] if depth >= 3 else draw(
        st.lists(st.tuples(trees(depth + 1), texts), max_size=3))
    return kind, draw(texts), children


def build(parent: etree._Element, tree: tuple[str, str, list], n: list[int]) -> etree._Element:  # type: ignore[type-arg]
    kind, text, children = tree
    n[0] += 1
    el = etree.SubElement(parent, f"{{{HTML_NS}}}span", {"class": kind,
                                                         "title": f"bbox 0 {n[0] * 40} 900 {n[0] * 40 + 30}"})
    el.text = text
    for child, tail in children:
        build(el, child, n).tail = tail
    return el


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(trees(), texts), min_size=1, max_size=4), texts)
def test_every_character_of_a_page_is_in_the_page_text(elements: list, first: str) -> None:  # type: ignore[type-arg]
    """Whatever the nesting of lines, words, paragraphs, labelled elements and plain spans, every
    visible character written in the page is in `Document.original` (as often as written), and the
    edit log rebuilds the output from it and back."""
    root = etree.Element(f"{{{HTML_NS}}}html", nsmap={None: HTML_NS})
    pg = etree.SubElement(etree.SubElement(root, f"{{{HTML_NS}}}body"), f"{{{HTML_NS}}}div",
                          {"class": "ocr_page", "title": "bbox 0 0 1000 9000"})
    pg.text = first
    n = [0]
    for tree, tail in elements:
        build(pg, tree, n).tail = tail
    written = Counter(ch for ch in "".join(pg.itertext()) if not ch.isspace())
    original = round_trips(etree.tostring(root, encoding="UTF-8"))
    assert Counter(ch for ch in original if not ch.isspace()) == written


def test_word_nested_in_a_loose_word_is_read_once() -> None:
    """A word span inside a word span outside any line: its text is the outer word's, read once
    (before, `甲乙` came out as `甲乙 乙`, the inner word a second time)."""
    inner = "<span class='ocrx_word' title='bbox 5 0 9 9; x_wconf 90'>乙</span>"
    outer = f"<span class='ocrx_word' title='bbox 0 0 9 9; x_wconf 90'>甲{inner}</span>"
    (read,) = read_hocr(page(f"<p class='ocr_par'>{outer}</p>"))
    assert [ln.text for b in read.blocks for ln in b.lines] == ["甲乙"]
    assert Counter(round_trips(page(f"<p class='ocr_par'>{outer}</p>"))) == Counter("甲乙")


def test_word_nested_in_a_word_of_a_line_is_read_once() -> None:
    """A line holding text besides a word that holds another word: the line is its whole text once
    (before, the inner word counted twice, its length hid the line's own text `甲`, and the line read
    `乙 乙` in place of `甲乙`)."""
    inner = "<span class='ocrx_word' title='bbox 5 0 9 9; x_wconf 90'>乙</span>"
    outer = f"<span class='ocrx_word' title='bbox 0 0 9 9; x_wconf 90'>{inner}</span>"
    (read,) = read_hocr(page(f"<p class='ocr_par'>{line('甲' + outer, 0)}</p>"))
    (only,) = [ln for b in read.blocks for ln in b.lines]
    assert (only.text, [w.text for w in only.words]) == ("甲乙", ["乙"])


def test_line_nested_in_a_word_of_a_line_is_read_once() -> None:
    """A line inside a word of another line (found by the property test above): the inner line is a
    line of its own, and the outer line keeps its own text (before, the word's text counted the inner
    line's, which came out twice while the outer line's `甲` was lost)."""
    inner = line("，", 40)
    word = f"<span class='ocrx_word' title='bbox 0 0 9 9; x_wconf 90'>{inner}</span>甲"
    (read,) = read_hocr(page(f"<p class='ocr_par'>{line(word, 0)}</p>"))
    assert sorted(ln.text for b in read.blocks for ln in b.lines) == sorted(["甲", "，"])
