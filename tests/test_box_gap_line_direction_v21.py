"""Box gaps are measured along the line the words stand in, whatever the page's orientation (v21).

A Hong Kong archive's vertical ALTO page (columns read top to bottom, right to left) has its running
head `B3 副刊 1985年6月1日 星期六` set horizontally across the top, one character between its pieces.
The box gaps were measured in the vertical page's frame, down the page: the head's words side by
side overlapped there, and its three spaces went as `space.box-gap` edits at high certainty
(`<fw>B3副刊1985年6月1日星期六</fw>`), where the same line on a horizontal page keeps them. The
converse: a headline column set vertically on a horizontal page, its phrases one character apart,
lost its gaps the same way. Now each line's gaps are measured along it. The engine's spaces between
words whose boxes touch still go, down a column and across a line alike. Every reader with word
boxes (ALTO, hOCR, PAGE-XML) gives the same text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert
from layoutfix.tracked import apply_edits, undo_edits

EM = 40
PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"

Box = tuple[int, int, int, int]


@dataclass
class Words:
    """One OCR line: its words and their boxes (x0, y0, x1, y1)."""

    words: list[tuple[str, Box]]

    @property
    def box(self) -> Box:
        boxes = [b for _t, b in self.words]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


def across(pieces: list[str], x: int, y: int, gap: int) -> Words:
    """A horizontal line: `pieces` left to right from (x, y), `gap` pixels apart."""
    words = []
    for piece in pieces:
        width = EM * len(piece) // (2 if piece.isascii() else 1)
        words.append((piece, (x, y, x + width, y + EM)))
        x += width + gap
    return Words(words)


def down(pieces: list[str], x: int, y: int, gap: int) -> Words:
    """A vertical column: `pieces` top to bottom from (x, y), `gap` pixels apart."""
    words = []
    for piece in pieces:
        words.append((piece, (x, y, x + EM, y + EM * len(piece))))
        y += EM * len(piece) + gap
    return Words(words)


def _alto(blocks: list[list[Words]]) -> bytes:
    root = etree.Element(f"{{{ALTO_NS}}}alto", nsmap={None: ALTO_NS})
    layout = etree.SubElement(root, f"{{{ALTO_NS}}}Layout")
    page = etree.SubElement(layout, f"{{{ALTO_NS}}}Page", ID="p1", WIDTH="1000", HEIGHT="1400")
    space = etree.SubElement(page, f"{{{ALTO_NS}}}PrintSpace")

    def place(el: etree._Element, box: Box) -> None:
        el.set("HPOS", str(box[0]))
        el.set("VPOS", str(box[1]))
        el.set("WIDTH", str(box[2] - box[0]))
        el.set("HEIGHT", str(box[3] - box[1]))

    for b, lines in enumerate(blocks):
        block = etree.SubElement(space, f"{{{ALTO_NS}}}TextBlock", ID=f"b{b}")
        place(block, _union([ln.box for ln in lines]))
        for k, line in enumerate(lines):
            line_el = etree.SubElement(block, f"{{{ALTO_NS}}}TextLine", ID=f"b{b}l{k}")
            place(line_el, line.box)
            for w, (text, box) in enumerate(line.words):
                if w:
                    etree.SubElement(line_el, f"{{{ALTO_NS}}}SP")
                string = etree.SubElement(line_el, f"{{{ALTO_NS}}}String", CONTENT=text, WC="0.95")
                place(string, box)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _hocr(blocks: list[list[Words]]) -> bytes:
    def bbox(box: Box) -> str:
        return "bbox " + " ".join(map(str, box))

    parts = ["<html xmlns='http://www.w3.org/1999/xhtml'><head><title>p</title></head><body>",
             "<div class='ocr_page' title='bbox 0 0 1000 1400'>"]
    for lines in blocks:
        parts.append(f"<div class='ocr_carea' title='{bbox(_union([ln.box for ln in lines]))}'>"
                     f"<p class='ocr_par' title='{bbox(_union([ln.box for ln in lines]))}'>")
        for line in lines:
            words = " ".join(f"<span class='ocrx_word' title='{bbox(box)}; x_wconf 95'>{text}</span>"
                             for text, box in line.words)
            parts.append(f"<span class='ocr_line' title='{bbox(line.box)}'>{words}</span>")
        parts.append("</p></div>")
    parts.append("</div></body></html>")
    return "".join(parts).encode()


def _pagexml(blocks: list[list[Words]]) -> bytes:
    root = etree.Element(f"{{{PAGE_NS}}}PcGts", nsmap={None: PAGE_NS})
    page = etree.SubElement(root, f"{{{PAGE_NS}}}Page", imageFilename="p.png",
                            imageWidth="1000", imageHeight="1400")

    def coords(parent: etree._Element, box: Box) -> None:
        x0, y0, x1, y1 = box
        etree.SubElement(parent, f"{{{PAGE_NS}}}Coords", points=f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}")

    def text(parent: etree._Element, value: str) -> None:
        equiv = etree.SubElement(parent, f"{{{PAGE_NS}}}TextEquiv")
        etree.SubElement(equiv, f"{{{PAGE_NS}}}Unicode").text = value

    for b, lines in enumerate(blocks):
        region = etree.SubElement(page, f"{{{PAGE_NS}}}TextRegion", id=f"r{b}")
        coords(region, _union([ln.box for ln in lines]))
        for k, line in enumerate(lines):
            line_el = etree.SubElement(region, f"{{{PAGE_NS}}}TextLine", id=f"r{b}l{k}")
            coords(line_el, line.box)
            for w, (value, box) in enumerate(line.words):
                word = etree.SubElement(line_el, f"{{{PAGE_NS}}}Word", id=f"r{b}l{k}w{w}")
                coords(word, box)
                text(word, value)
            text(line_el, " ".join(value for value, _b in line.words))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


WRITERS = {"alto": _alto, "hocr": _hocr, "pagexml": _pagexml}

#: Running heads, as printed: pieces one character apart.
HEADS = [
    ["B3", "副刊", "1985年6月1日", "星期六"],
    ["A12", "港聞", "2003年7月1日", "星期二"],
    ["第8版", "副刊", "2019年3月5日", "星期二"],
]
#: The body columns of the vertical page: each column's words touch (engine spaces).
BODY = [["灣仔一間", "開業四十年", "的茶餐廳，"], ["老闆何伯", "話佢哋", "做咗幾十年，"],
        ["每日", "早上開門。"]]


def vertical_page(head: list[str]) -> list[list[Words]]:
    """A vertical page: the horizontal running head over a title column, a byline column and the
    body columns, right to left."""
    blocks = [[across(head, 50, 20, EM)], [down(["茶餐廳的故事"], 920, 100, 0)],
              [down(["本報記者", "陳大文"], 850, 100, EM)]]
    blocks.append([down(col, 790 - 50 * k, 100, 0) for k, col in enumerate(BODY)])
    return blocks


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("head", HEADS, ids=lambda h: h[0])
def test_a_horizontal_running_head_on_a_vertical_page_keeps_its_gaps(fmt: str, head: list[str]) -> None:
    result = convert(WRITERS[fmt](vertical_page(head)), fmt="tei", input_format=fmt)
    root = etree.fromstring(result.output.encode())
    fw = [el.text for el in root.iter("{http://www.tei-c.org/ns/1.0}fw")]
    assert fw == [" ".join(head)]
    doc = result.document
    head_end = doc.original.index(head[-1]) + len(head[-1])
    assert [e for e in result.edits if e.start < head_end and e.rule == "space.box-gap"] == []
    # the columns' engine spaces (touching boxes, down the column) still go
    txt = convert(WRITERS[fmt](vertical_page(head)), fmt="txt", input_format=fmt).output
    assert "".join("".join(col) for col in BODY) in txt.replace("\n", "")
    assert sum(e.rule == "space.box-gap" for e in result.edits) >= sum(len(col) - 1 for col in BODY)
    assert undo_edits(apply_edits(doc.original, result.edits), result.edits) == doc.original


def test_the_head_reads_as_on_a_horizontal_page() -> None:
    """The same head line on a horizontal page: the TEI `<fw>` is the same."""
    head = HEADS[0]
    upright = [[across(head, 50, 20, EM)], [across(["茶餐廳的故事"], 50, 100, 0)],
               [across(["本報記者", "陳大文"], 50, 160, EM)],
               [across(col, 50, 220 + 50 * k, 0) for k, col in enumerate(BODY)]]
    fws = []
    for blocks in (upright, vertical_page(head)):
        root = etree.fromstring(convert(_alto(blocks), fmt="tei", input_format="alto").output.encode())
        fws.append([el.text for el in root.iter("{http://www.tei-c.org/ns/1.0}fw")])
    assert fws[0] == fws[1] == [" ".join(head)]


#: Headline columns printed with a one-character gap between their pieces.
SPACED_COLUMNS = [["中美", "經貿"], ["一", "带", "一", "路"], ["港人", "盼", "回流"], ["强基层", "补短板"]]
BODY_LINES = ["記者走進田間地頭，了解", "秋糧收穫進度，農民表示", "今年收成比去年好。"]


def _titled(title: Words) -> list[list[Words]]:
    """A horizontal page: the headline `title` and an article's body lines beside or under it, each
    line two words whose boxes touch (an engine's space between them)."""
    return [[title], [across([ln[:4], ln[4:]], 100, 200 + 50 * k, 0) for k, ln in enumerate(BODY_LINES)]]


def _titles(output: str) -> list[str]:
    """Every article's titles, in the JSON output (where the column reads first or last is the
    reading order's, not the spacing's)."""
    return [t for a in json.loads(output)["articles"] for t in a["titles"]]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("title", SPACED_COLUMNS, ids="".join)
def test_a_vertical_headline_column_on_a_horizontal_page_keeps_its_gaps(fmt: str, title: list[str]) -> None:
    """A headline column standing at the right of a horizontal page's article, its pieces one
    character apart: measured across the page, its words one above the other overlapped and every
    gap went as `space.box-gap`. Now its gaps are the spacing step's, as the same headline's set
    across the page: a phrase gap stays (`中美 經貿`), single hanzi padded apart are run together."""
    result = convert(WRITERS[fmt](_titled(down(title, 900, 100, EM))), fmt="json", input_format=fmt)
    flat = convert(WRITERS[fmt](_titled(across(title, 100, 100, EM))), fmt="json", input_format=fmt)
    assert _titles(result.output) == _titles(flat.output)
    original = result.document.original
    start = original.index(title[0])
    end = original.index(title[-1], start) + len(title[-1])
    assert original[start:end] == " ".join(title)
    assert [e.rule for e in result.edits if start <= e.start < end and e.rule == "space.box-gap"] == []
    # the body lines' engine spaces (touching boxes, across the line) still go
    assert sum(e.rule == "space.box-gap" for e in result.edits) == len(BODY_LINES)


def test_a_vertical_phrase_gap_on_a_horizontal_page_is_printed() -> None:
    title = ["中美", "經貿"]
    result = convert(_alto(_titled(down(title, 900, 100, EM))), fmt="json", input_format="alto")
    assert _titles(result.output) == [" ".join(title)]


def test_cli_log_of_the_archive_page_has_no_box_gap_edit_in_the_head(tmp_path: Path) -> None:
    """`layoutfix convert page.alto.xml --edits log.jsonl`: the head's gaps are not in the log."""
    head = HEADS[0]
    page, log = tmp_path / "b3.alto.xml", tmp_path / "b3.jsonl"
    page.write_bytes(_alto(vertical_page(head)))
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "tei", "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert f'<fw type="header" facs="#z1">{" ".join(head)}</fw>' in result.stdout
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert not any(r["rule"] == "space.box-gap" and r["block"] == "b0" for r in records)
    assert any(r["rule"] == "space.box-gap" for r in records)
