"""The coordinate readers deliver exactly the text an engine wrote: no word lost, altered or reordered.

Hypothesis draws a page (blocks of lines of words with random text, boxes and confidences), writes
it the way each engine writes its format (Tesseract hOCR / ALTO, PAGE-XML as tools/make_ocr_fixtures.py
derives it, RapidOCR JSON; see tests/fixtures/ocr), reads it back and compares: the words, their order
within a line, the line texts (joined as docs/readers.md says), boxes and confidences are what was
written. The same bytes through `convert` keep every character of the words in the page text
(`Document.original`): each line as the engine gave it, less only the XML whitespace (space, tab,
CR, LF) at its two ends (docs/readers.md), in the engine's order within a block, and nothing else but
the layout's line breaks; the edit log rebuilds the output from it and the original from the output.

Word texts mix CJK, Latin, digits, full-width forms, punctuation, XML-special characters, whitespace
inside and around words (U+3000, NBSP, tab, newline), combining marks and astral-plane characters;
characters XML 1.0 cannot carry are not drawn, since no XML file can hold them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from layoutfix.model import BBox, Line, Page
from layoutfix.pipeline import convert
from layoutfix.readers.alto import read_alto
from layoutfix.readers.hocr import read_hocr
from layoutfix.readers.ocrjson import read_ocrjson
from layoutfix.readers.pagexml import read_pagexml
from layoutfix.tracked import apply_edits, undo_edits

#: What XML (and so hOCR) treats as whitespace around a word: U+3000, NBSP and other Unicode spaces
#: are text the engine delivered.
XML_SPACE = " \t\n\r"
HTML_NS = "http://www.w3.org/1999/xhtml"
ALTO_NS = "http://www.loc.gov/standards/alto/ns-v3#"
PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"

SPECIAL = [*"<&>\"'", "&amp;", "]]>", "\u3000", "\u00a0", "\u2028", "\x85", " ", "\t", "\n", "\r",
                            "\r\n", "\u0301", "\u20dd", "\U00020000", "\U0001f600", "Ａ", "１", "，", "。",
                            "“", "”", "（", "）", "—", "…", "·"]


def xml_char(ch: str) -> bool:
    """A character XML 1.0 can carry (`Char` production)."""
    cp = ord(ch)
    return cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or cp >= 0x10000


char = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(SPECIAL),
    st.sampled_from(list("aZ7-.,;:!?#%")),
    st.characters(exclude_categories=("Cs",)).filter(xml_char),
)
word_text = st.lists(char, min_size=0, max_size=4).map("".join)


@dataclass
class DrawnWord:
    """One word as the engine wrote it: text, integer box, confidence in 0..1 as a percentage."""

    text: str
    box: tuple[int, int, int, int]
    conf: int


@st.composite
def drawn_words(draw: st.DrawFn) -> DrawnWord:
    x0, y0 = draw(st.integers(0, 5000)), draw(st.integers(0, 5000))
    box = (x0, y0, x0 + draw(st.integers(0, 300)), y0 + draw(st.integers(0, 300)))
    return DrawnWord(draw(word_text), box, draw(st.integers(0, 100)))


pages = st.lists(st.lists(st.lists(drawn_words(), min_size=1, max_size=5), min_size=1, max_size=3),
                 min_size=1, max_size=4)


def union(words: list[DrawnWord]) -> tuple[int, int, int, int]:
    return (min(w.box[0] for w in words), min(w.box[1] for w in words),
            max(w.box[2] for w in words), max(w.box[3] for w in words))


def as_bbox(box: tuple[int, int, int, int]) -> BBox:
    return BBox(*(float(v) for v in box))


def read_lines(page: Page) -> list[Line]:
    return [ln for b in page.blocks for ln in b.lines]


def visible(text: str) -> Counter[str]:
    """The characters of `text` that are not whitespace (the page text may re-space a line)."""
    return Counter(ch for ch in text if not ch.isspace())


def delivered(text: str) -> str:
    """What of an engine's line the page text must hold: all of it but the XML whitespace at its ends."""
    return text.strip(XML_SPACE)


def assert_converts_faithfully(data: bytes, fmt: str, lines: list[str], page: Page | None = None) -> None:
    """Through `convert`: every character of the lines (`delivered`) is in the page text, and
    nothing else is but line breaks; each block of `page` (the reader's) stands there with its lines
    in order, one line break (two where the page is cut into paragraphs) between them; the edit log
    rebuilds the output from it and back."""
    doc = convert(data, fmt="txt", input_format=fmt).document
    kept = [delivered(ln) for ln in lines if not ln.isspace()]  # (a line of whitespace carries no text)
    assert Counter(doc.original.replace("\n", "")) == Counter("".join(kept).replace("\n", ""))
    for block in page.blocks if page is not None else []:
        texts = [re.escape(delivered(ln.text)) for ln in block.lines if ln.text.strip()]
        assert re.search("\n\n?".join(texts), doc.original), (texts, doc.original)
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original


# --- hOCR, as Tesseract writes it -------------------------------------------------------------

def to_hocr(page: list[list[list[DrawnWord]]], split: list[bool]) -> bytes:
    """Tesseract's hOCR: page > carea > par > line > word spans; a word's text split by markup
    (`<strong>`) when `split` says so."""
    h = f"{{{HTML_NS}}}"
    root = etree.Element(h + "html", nsmap={None: HTML_NS})
    body = etree.SubElement(etree.SubElement(root, h + "body"), h + "div", {"class": "ocr_page",
                                                                          "title": "bbox 0 0 6000 6000"})
    k = 0
    spans: list[tuple[etree._Element, str, bool]] = []
    for b, block in enumerate(page):
        area = etree.SubElement(body, h + "div", {"class": "ocr_carea", "id": f"block_{b}"})
        par = etree.SubElement(area, h + "p", {"class": "ocr_par", "id": f"par_{b}"})
        for line in block:
            x0, y0, x1, y1 = union(line)
            title = f"bbox {x0} {y0} {x1} {y1}"
            ln = etree.SubElement(par, h + "span", {"class": "ocr_line", "title": title})
            for w in line:
                x0, y0, x1, y1 = w.box
                title = f"bbox {x0} {y0} {x1} {y1}; x_wconf {w.conf}"
                span = etree.SubElement(ln, h + "span", {"class": "ocrx_word", "title": title})
                spans.append((span, w.text, split[k % len(split)]))
                k += 1
    etree.indent(root)  # (before the words get text: it would re-indent a tail of U+3000 or NBSP)
    for span, text, markup in spans:
        if markup and len(text) > 1:
            etree.SubElement(span, h + "strong").text = text[:1]
            span[0].tail = text[1:]
        else:
            span.text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@settings(max_examples=150, deadline=None)
@given(pages, st.lists(st.booleans(), min_size=1, max_size=5))
def test_hocr_words_read_back_exactly(page: list[list[list[DrawnWord]]], split: list[bool]) -> None:
    data = to_hocr(page, split)
    (read,) = read_hocr(data, "drawn.hocr")
    # a word is its text without the XML whitespace around it; a word of nothing else is no word
    expected = [[w for w in line if w.text.strip(XML_SPACE)] for block in page for line in block]
    expected = [line for line in expected if line]
    got = read_lines(read)
    assert [[w.text for w in ln.words] for ln in got] == [[w.text.strip(XML_SPACE) for w in line]
                                                          for line in expected]
    assert [ln.text for ln in got] == [" ".join(w.text.strip(XML_SPACE) for w in line) for line in expected]
    assert [[(w.bbox, w.conf) for w in ln.words] for ln in got] == [
        [(as_bbox(w.box), w.conf / 100) for w in line] for line in expected]
    assert_converts_faithfully(data, "hocr", [ln.text for ln in got], read)


# --- ALTO, as Tesseract writes it ---------------------------------------------------------------

def to_alto(page: list[list[list[DrawnWord]]], spaces: list[bool]) -> bytes:
    """Tesseract's ALTO v3: TextBlock > TextLine > String@CONTENT with an SP between strings where
    `spaces` says so (Tesseract writes one between every two)."""
    a = f"{{{ALTO_NS}}}"
    root = etree.Element(a + "alto", nsmap={None: ALTO_NS})
    pg = etree.SubElement(etree.SubElement(root, a + "Layout"), a + "Page", WIDTH="6000", HEIGHT="6000")
    space = etree.SubElement(pg, a + "PrintSpace")
    k = 0
    for b, block in enumerate(page):
        tb = etree.SubElement(space, a + "TextBlock", ID=f"block_{b}")
        for line in block:
            x0, y0, x1, y1 = union(line)
            tl = etree.SubElement(tb, a + "TextLine", HPOS=str(x0), VPOS=str(y0), WIDTH=str(x1 - x0),
                                  HEIGHT=str(y1 - y0))
            for n, w in enumerate(line):
                if n and spaces[k % len(spaces)]:
                    etree.SubElement(tl, a + "SP")
                x0, y0, x1, y1 = w.box
                etree.SubElement(tl, a + "String", HPOS=str(x0), VPOS=str(y0), WIDTH=str(x1 - x0),
                                 HEIGHT=str(y1 - y0), WC=f"{w.conf / 100:.2f}", CONTENT=w.text)
                k += 1
    etree.indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def alto_line_text(line: list[DrawnWord], spaced: list[bool]) -> str:
    """Strings joined by one space where an SP stood between them, directly otherwise; empty
    strings are nothing (an SP before one still counts)."""
    out = ""
    pending = False
    for w, sp in zip(line, spaced, strict=True):
        pending = pending or sp
        if w.text:
            out += (" " if out and pending else "") + w.text
            pending = False
    return out


@settings(max_examples=150, deadline=None)
@given(pages, st.lists(st.booleans(), min_size=1, max_size=5))
def test_alto_strings_read_back_exactly(page: list[list[list[DrawnWord]]], spaces: list[bool]) -> None:
    data = to_alto(page, spaces)
    (read,) = read_alto(data, "drawn.alto.xml")
    expected_lines: list[str] = []
    expected_words: list[list[DrawnWord]] = []
    k = 0
    for block in page:
        for line in block:
            spaced = [n > 0 and spaces[(k + n) % len(spaces)] for n in range(len(line))]
            k += len(line)
            text = alto_line_text(line, spaced)
            if text:
                expected_lines.append(text)
                expected_words.append([w for w in line if w.text])
    got = read_lines(read)
    assert [ln.text for ln in got] == expected_lines
    assert [[(w.text, w.bbox, w.conf) for w in ln.words] for ln in got] == [
        [(w.text, as_bbox(w.box), float(f"{w.conf / 100:.2f}")) for w in line] for line in expected_words]
    assert_converts_faithfully(data, "alto", expected_lines, read)


# --- PAGE-XML ----------------------------------------------------------------------------------

def _text_equiv(parent: etree._Element, text: str, conf: int | None = None) -> None:
    p = f"{{{PAGE_NS}}}"
    te = etree.SubElement(parent, p + "TextEquiv", {} if conf is None else {"conf": f"{conf / 100:.2f}"})
    etree.SubElement(te, p + "Unicode").text = text


def _coords(parent: etree._Element, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = box
    etree.SubElement(parent, f"{{{PAGE_NS}}}Coords", points=f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}")


def to_pagexml(page: list[list[list[DrawnWord]]], line_text: list[bool]) -> bytes:
    """PAGE 2019: TextRegion > TextLine > Word, each with Coords and TextEquiv/Unicode; the line's
    own TextEquiv (its words joined by spaces) where `line_text` says so, else words only."""
    p = f"{{{PAGE_NS}}}"
    root = etree.Element(p + "PcGts", nsmap={None: PAGE_NS})
    pg = etree.SubElement(root, p + "Page", imageFilename="x.png", imageWidth="6000", imageHeight="6000")
    k = 0
    for b, block in enumerate(page):
        region = etree.SubElement(pg, p + "TextRegion", id=f"r{b}")
        _coords(region, union([w for line in block for w in line]))
        for n, line in enumerate(block):
            tl = etree.SubElement(region, p + "TextLine", id=f"r{b}l{n}")
            _coords(tl, union(line))
            for w in line:
                word = etree.SubElement(tl, p + "Word")
                _coords(word, w.box)
                _text_equiv(word, w.text, w.conf)
            if line_text[k % len(line_text)]:
                _text_equiv(tl, " ".join(w.text for w in line))
            k += 1
    etree.indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@settings(max_examples=150, deadline=None)
@given(pages, st.lists(st.booleans(), min_size=1, max_size=5))
# a line reading of spaces and U+3000 over one word U+3000 is text, not an empty placeholder (found by CI)
@example([[[DrawnWord("", (0, 0, 0, 0), 0), DrawnWord("", (0, 0, 0, 0), 0),
            DrawnWord("\u3000", (0, 0, 0, 0), 0)]]], [True])
# a line reading of five spaces over words of which one is a space is the line's text, not a placeholder
@example([[[DrawnWord("", (0, 0, 0, 0), 0)], [DrawnWord("", (0, 0, 0, 0), 0)] * 4
           + [DrawnWord(" ", (0, 0, 0, 0), 0)]]], [True])
def test_pagexml_words_and_lines_read_back_exactly(page: list[list[list[DrawnWord]]],
                                                   line_text: list[bool]) -> None:
    data = to_pagexml(page, line_text)
    (read,) = read_pagexml(data, "drawn.page.xml")
    # a line's text is its own TextEquiv, else its words joined by spaces; a word with an empty
    # TextEquiv is no word (a line's TextEquiv keeps the space the writer put for it)
    expected_lines: list[str] = []
    expected_words: list[list[DrawnWord]] = []
    lines = [line for block in page for line in block]
    for k, line in enumerate(lines):
        words = [w for w in line if w.text]
        text = " ".join(w.text for w in (line if line_text[k % len(line_text)] else words))
        if text:
            expected_lines.append(text)
            expected_words.append(words)
    got = read_lines(read)
    assert [ln.text for ln in got] == expected_lines
    assert [[(w.text, w.bbox, w.conf) for w in ln.words] for ln in got] == [
        [(w.text, as_bbox(w.box), float(f"{w.conf / 100:.2f}")) for w in line] for line in expected_words]
    assert_converts_faithfully(data, "pagexml", expected_lines, read)


# --- RapidOCR JSON -----------------------------------------------------------------------------

def to_rapidocr(page: list[list[list[DrawnWord]]]) -> bytes:
    """RapidOCR's `[[polygon, text, score], ...]`: one item per line (its words' texts joined as
    the engine joins them, directly), the polygon of the line's box corners."""
    items = []
    for block in page:
        for line in block:
            x0, y0, x1, y1 = union(line)
            items.append([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], "".join(w.text for w in line),
                          line[0].conf / 100])
    return json.dumps(items, ensure_ascii=False).encode()


def without_repeats(items: list[tuple[str, BBox, float]]) -> list[tuple[str, BBox, float]]:
    """`items` less each repeating an earlier kept one: the same text, boxes equal, overlapping by
    90% of their union, or each edge within 15% of the line's height (docs/readers.md: the
    reader drops such a repeat, and says so)."""
    def one_place(a: BBox, b: BBox) -> bool:
        inter = max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0)) * max(0.0, min(a.y1, b.y1) - max(a.y0, b.y0))
        area = (a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter
        side = min(a.x1 - a.x0, a.y1 - a.y0, b.x1 - b.x0, b.y1 - b.y0)
        reach = 0.15 * side
        near = side > 0 and all(abs(p - q) <= reach for p, q in zip(
            (a.x0, a.y0, a.x1, a.y1), (b.x0, b.y0, b.x1, b.y1), strict=True))
        return a == b or (area > 0 and (inter >= 0.9 * area or near))

    kept: list[tuple[str, BBox, float]] = []
    for item in items:
        if not any(text == item[0] and one_place(box, item[1]) for text, box, _c in kept):
            kept.append(item)
    return kept


def across_the_row(line: Line, others: list[BBox]) -> bool:
    """Whether one of `others` lies above or below `line` (its middle outside the line's height)
    and overlaps it across: the column line that lets the reader join a printed row's items."""
    box = line.bbox
    assert box is not None
    return any(not box.y0 <= (o.y0 + o.y1) / 2 <= box.y1 and o.x0 < box.x1 and o.x1 > box.x0 for o in others)


@settings(max_examples=150, deadline=None)
@given(pages)
@example([[[DrawnWord("一", (0, 0, 823, 711), 50)], [DrawnWord("一", (0, 0, 674, 548), 50)],
           [DrawnWord("一", (577, 0, 1746, 550), 50)]]])  # three items over each other: read `一 一`
@example([[[DrawnWord("一", (0, 0, 0, 0), 0)], [DrawnWord("一", (0, 0, 0, 0), 0)]]])  # a repeat: dropped
def test_rapidocr_lines_read_back_exactly(page: list[list[list[DrawnWord]]]) -> None:
    """Each item is a line as written, or a word of a line where the reader joined the items of one
    printed row (docs/readers.md: two row items with a line of their size above or below across the
    gap, a byline the engine cut at its field gaps). Random boxes may draw such a row, so the property
    allows the join, but only with a line above or below it: a third item lying in the row itself
    (the example) shows no column."""
    data = to_rapidocr(page)
    (read,) = read_ocrjson(data, "drawn.json")
    # a line of whitespace only carries no text and is left out; blocks are regrouped from the boxes,
    # so the lines are compared as a collection
    written = [("".join(w.text for w in line), as_bbox(union(line)), line[0].conf / 100)
               for block in page for line in block]
    expected = without_repeats([item for item in written if item[0].strip()])
    dropped = len([item for item in written if item[0].strip()]) - len(expected)
    said = [f"dropped {dropped} OCR JSON item{'s' if dropped > 1 else ''} repeating "
            f"{'an earlier one' if dropped == 1 else 'earlier ones'} (the same text, boxes overlapping "
            "by 90% or more or each edge within 15% of the line's height)"] if dropped else []
    assert [w.split(": ")[1] for w in read.warnings if "OCR JSON item" in w] == said
    got: list[tuple[str, BBox | None, float | None]] = []
    for ln in read_lines(read):
        if not ln.words:
            got.append((ln.text, ln.bbox, ln.conf))
            continue
        boxes = [w.bbox for w in ln.words if w.bbox is not None]
        others = [box for _t, box, _c in expected]
        for box in boxes:
            others.remove(box)
        assert len(boxes) == len(ln.words) >= 2 and across_the_row(ln, others)
        assert ln.text == " ".join(w.text for w in ln.words)
        assert ln.bbox == BBox(min(b.x0 for b in boxes), min(b.y0 for b in boxes),
                               max(b.x1 for b in boxes), max(b.y1 for b in boxes))
        got.extend((w.text, w.bbox, w.conf) for w in ln.words)
    assert sorted(got, key=repr) == sorted(expected, key=repr)
    assert_converts_faithfully(data, "ocrjson", [ln.text for ln in read_lines(read)], read)


# --- the cases of docs/readers.md one by one ----------------------------------------------------

def hocr_page(par_body: str) -> bytes:
    """An hOCR page holding one paragraph with `par_body` inside."""
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page' title='bbox 0 0 900 900'>"
            f"<div class='ocr_carea'><p class='ocr_par'>{par_body}</p></div></div></body></html>").encode()


def test_hocr_line_without_words_keeps_full_width_and_no_break_spaces() -> None:
    """A line without word spans is its text with the markup's whitespace runs collapsed; a
    full-width space (a phrase gap) and a no-break space are characters of the text."""
    line = "<span class='ocr_line' title='bbox 0 0 90 9'>\n  中\u3000国  x\u00a0y\n</span>"
    (page,) = read_hocr(hocr_page(line))
    assert page.blocks[0].text == "中\u3000国 x\u00a0y"


def page_xml(region_body: str) -> bytes:
    """A PAGE 2019 page holding one text region with `region_body` inside."""
    return (f"<PcGts xmlns='{PAGE_NS}'><Page imageWidth='900' imageHeight='900'>"
            f"<TextRegion id='r'>{region_body}</TextRegion></Page></PcGts>").encode()


def te(text: str) -> str:
    return f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv>"


def test_pagexml_empty_line_reading_gives_way_to_its_words() -> None:
    """An empty line-level TextEquiv (a placeholder) does not discard the words' text."""
    words = "".join(f"<Word><Coords points='{x},0 {x + 9},9'/>{te(t)}</Word>"
                    for x, t in ((0, "基层"), (20, "治理")))
    for line_reading in (te(""), "<TextEquiv><Unicode/></TextEquiv>", te(" ")):
        line = f"<TextLine><Coords points='0,0 29,9'/>{words}{line_reading}</TextLine>"
        (page,) = read_pagexml(page_xml(line))
        assert [ln.text for ln in read_lines(page)] == ["基层 治理"]
        assert [w.text for w in page.blocks[0].lines[0].words] == ["基层", "治理"]


def test_pagexml_parent_region_text_is_not_read_twice() -> None:
    """A region whose text is that of the regions nested in it gives each line once; a region with
    only region-level text keeps it."""
    nested = (te("标题\n正文") + f"<TextRegion id='r1'><TextLine>{te('标题')}</TextLine></TextRegion>"
              f"<TextRegion id='r2'>{te('正文')}</TextRegion>")
    (page,) = read_pagexml(page_xml(nested))
    assert [b.text for b in page.blocks] == ["标题", "正文"]
    (page,) = read_pagexml(page_xml(te("标题\n正文") + "<TextRegion id='r1'/>"))
    assert [b.text for b in page.blocks] == ["标题\n正文"]


def test_hocr_lines_outside_paragraphs_are_read() -> None:
    """Lines in a content area without paragraphs, beside areas with them, are a block of their own;
    a paragraph nested in another gives its lines once."""
    word = "<span class='ocrx_word' title='bbox 0 0 9 9; x_wconf 90'>{}</span>"
    line = "<span class='ocr_line' title='bbox 0 0 9 9'>" + word + "</span>"
    data = ("<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page' title='bbox 0 0 900 900'>"
            f"<div class='ocr_carea'><p class='ocr_par'>{line.format('甲')}</p>{line.format('乙')}</div>"
            f"<div class='ocr_carea'>{line.format('丙')}</div>"
            "<div class='ocr_carea'><div class='ocr_par'>"
            f"<p class='ocr_par'>{line.format('丁')}</p></div></div>"
            "</div></body></html>").encode()
    (page,) = read_hocr(data)
    assert [b.text for b in page.blocks] == ["甲", "乙", "丙", "丁"]


def test_hocr_text_outside_word_spans_is_kept() -> None:
    """Characters a line holds between its word spans are its text too (the words keep their boxes)."""
    word = "<span class='ocrx_word' title='bbox 0 0 9 9; x_wconf 90'>{}</span>"
    (page,) = read_hocr(hocr_page(f"<span class='ocr_line' title='bbox 0 0 90 9'>{word.format('中')}"
                                  f"国\n {word.format('人')}</span>"))
    (line,) = read_lines(page)
    assert line.text == "中国 人"
    assert [w.text for w in line.words] == ["中", "人"]
    doc = convert(hocr_page(f"<span class='ocr_line' title='bbox 0 0 90 9'>{word.format('中')}国"
                            f"{word.format('人')}</span>"), fmt="txt", input_format="hocr").document
    assert visible(doc.original) == visible("中国人")


# --- the page text of a coordinate page (layout/geometry.page_text) ---------------------------------

def rapidocr(*lines: tuple[str, int]) -> bytes:
    """A RapidOCR page: each (text, top) a 400 x 30 line box at the left edge."""
    return json.dumps([[[[0, y], [400, y], [400, y + 30], [0, y + 30]], text, 0.9] for text, y in lines],
                      ensure_ascii=False).encode()


def test_line_indent_and_inner_line_break_are_in_the_original() -> None:
    """A RapidOCR line opening with the paragraph indent and holding a CR/LF keeps both in the
    original; the break is a recorded join, so the line's two halves run on in the output."""
    data = rapidocr(("\u3000\u3000正文第一段\r\n下一行", 0), ("继续的内容在这里。", 40))
    doc = convert(data, fmt="txt", input_format="ocrjson").document
    assert doc.original == "\u3000\u3000正文第一段\r\n下一行\n继续的内容在这里。"
    assert "正文第一段下一行继续的内容在这里。" in doc.text
    (inner,) = [e for e in doc.edits if e.before == "\r\n"]
    assert (inner.rules, inner.after) == (("join.line",), "")
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original


def test_full_width_spaces_at_line_ends_are_edits_not_silent() -> None:
    """A full-width space ending a line is in the original; what the output drops of it is logged."""
    doc = convert(rapidocr(("国家统计局发布数据。\u3000", 0)), fmt="txt", input_format="ocrjson").document
    assert doc.original == "国家统计局发布数据。\u3000"
    assert doc.text.rstrip() == "国家统计局发布数据。"
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert "".join(e.before for e in doc.edits) == "\u3000"


def test_text_indent_starts_a_paragraph() -> None:
    """A line opening with full-width spaces starts a paragraph, though its box is not indented."""
    data = rapidocr(("第一段的内容写在这里，一直写到了行末。", 0), ("这一段就在此处结束。", 40),
                    ("\u3000\u3000第二段的内容从这里开始写。", 80), ("第二段到此也就结束了。", 120))
    out = convert(data, fmt="txt", input_format="ocrjson")
    paragraphs = [p for p in out.output.split("\n\n") if p.strip()]
    assert [p.strip() for p in paragraphs] == ["第一段的内容写在这里，一直写到了行末。这一段就在此处结束。",
                                               "第二段的内容从这里开始写。第二段到此也就结束了。"]


# --- hOCR words and lines outside Tesseract's nesting -------------------------------------------

def hocr_word(text: str, x: int) -> str:
    return f"<span class='ocrx_word' title='bbox {x} 0 {x + 9} 9; x_wconf 90'>{text}</span>"


def hocr_line(body: str, x: int = 0) -> str:
    return f"<span class='ocr_line' title='bbox {x} 0 {x + 90} 9'>{body}</span>"


def test_hocr_words_outside_lines_are_a_line_of_their_own() -> None:
    """Words written straight into a paragraph, an area or the page (no ocr_line) are read, with
    their boxes: each run of them in one unit is one line of that unit's block, in document order."""
    par = (f"{hocr_line(hocr_word('甲', 0))}{hocr_word('乙', 10)} {hocr_word('丙', 20)}"
           f"{hocr_line(hocr_word('丁', 30))}")
    data = ("<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page' title='bbox 0 0 900 900'>"
            f"<div class='ocr_carea'><p class='ocr_par'>{par}</p></div>"
            f"<div class='ocr_carea'>{hocr_word('戊', 40)}</div>{hocr_word('己', 50)}"
            "</div></body></html>").encode()
    (page,) = read_hocr(data)
    assert [[ln.text for ln in b.lines] for b in page.blocks] == [["甲", "乙 丙", "丁"], ["戊"], ["己"]]
    loose = page.blocks[0].lines[1]
    assert [(w.text, w.bbox, w.conf) for w in loose.words] == [
        ("乙", BBox(10.0, 0.0, 19.0, 9.0), 0.9), ("丙", BBox(20.0, 0.0, 29.0, 9.0), 0.9)]
    assert loose.bbox == BBox(10.0, 0.0, 29.0, 9.0)
    doc = convert(data, fmt="txt", input_format="hocr").document
    assert visible(doc.original) == visible("甲乙丙丁戊己")


def test_hocr_line_nested_in_a_line_is_read_once() -> None:
    """A line inside another (lines wrapped in an ocr_caption span) gives its words once; the outer
    line keeps only its own text."""
    caption = ("<span class='ocr_caption' title='bbox 0 0 90 20'>"
               f"{hocr_line(hocr_word('图为', 0))}{hocr_line(hocr_word('会场', 10))}</span>")
    (page,) = read_hocr(hocr_page(caption))
    assert [ln.text for ln in read_lines(page)] == ["图为", "会场"]
    outer = hocr_line(f"外{hocr_line(hocr_word('内', 10))}{hocr_word('尾', 20)}")
    (page,) = read_hocr(hocr_page(outer))
    assert [ln.text for ln in read_lines(page)] == ["外尾", "内"]
    assert [[w.text for w in ln.words] for ln in read_lines(page)] == [["尾"], ["内"]]
    doc = convert(hocr_page(caption + outer), fmt="txt", input_format="hocr").document
    assert visible(doc.original) == visible("图为会场外尾内")


def to_loose_hocr(page: list[list[list[DrawnWord]]], kinds: list[str]) -> bytes:
    """hOCR where each line is, as `kinds` says in turn, an `ocr_line` ("line"), an `ocr_line`
    wrapped in an `ocr_caption` span ("wrapped"), or its words straight in the paragraph ("bare")."""
    h = f"{{{HTML_NS}}}"
    root = etree.Element(h + "html", nsmap={None: HTML_NS})
    body = etree.SubElement(etree.SubElement(root, h + "body"), h + "div", {"class": "ocr_page",
                                                                          "title": "bbox 0 0 6000 6000"})
    k = 0
    for block in page:
        par = etree.SubElement(etree.SubElement(body, h + "div", {"class": "ocr_carea"}), h + "p",
                               {"class": "ocr_par"})
        for line in block:
            kind = kinds[k % len(kinds)]
            k += 1
            x0, y0, x1, y1 = union(line)
            parent = par
            if kind == "wrapped":
                parent = etree.SubElement(par, h + "span", {"class": "ocr_caption"})
            if kind != "bare":
                parent = etree.SubElement(parent, h + "span", {"class": "ocr_line",
                                                               "title": f"bbox {x0} {y0} {x1} {y1}"})
            for w in line:
                x0, y0, x1, y1 = w.box
                etree.SubElement(parent, h + "span", {"class": "ocrx_word",
                                                      "title": f"bbox {x0} {y0} {x1} {y1}; x_wconf {w.conf}"})
    etree.indent(root)
    spans = [el for el in root.iter() if el.get("class") == "ocrx_word"]
    for span, w in zip(spans, [w for block in page for line in block for w in line], strict=True):
        span.text = w.text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@settings(max_examples=100, deadline=None)
@given(pages, st.lists(st.sampled_from(["line", "wrapped", "bare"]), min_size=1, max_size=5))
def test_hocr_words_outside_or_in_nested_lines_read_once(page: list[list[list[DrawnWord]]],
                                                         kinds: list[str]) -> None:
    """Every word is read once, in order: a line wrapped in another element is one line, and the
    words of consecutive bare lines in one paragraph make one line."""
    data = to_loose_hocr(page, kinds)
    (read,) = read_hocr(data, "drawn.hocr")
    expected: list[list[str]] = []
    k = 0
    for block in page:
        bare_run = False
        for line in block:
            kind = kinds[k % len(kinds)]
            k += 1
            words = [w.text.strip(XML_SPACE) for w in line if w.text.strip(XML_SPACE)]
            if kind == "bare" and bare_run:
                expected[-1] += words
            else:
                expected.append(words)
            bare_run = kind == "bare"
    expected = [words for words in expected if words]
    got = read_lines(read)
    assert [[w.text for w in ln.words] for ln in got] == expected
    assert [ln.text for ln in got] == [" ".join(words) for words in expected]
    assert_converts_faithfully(data, "hocr", [ln.text for ln in got], read)
