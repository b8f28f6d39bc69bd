"""Labelled note regions are TEI notes and a labelled page number is `fw type="pageNum"` (docs/tei.md).

A region the input labels a marginal note, footnote or endnote (PAGE `marginalia`, `footnote`,
`endnote`) is a `<note>` where it stands (in the body before the first article, in the article, or
inside a paragraph running on across it), with `@place` (`margin`, `foot`, `end`) when its label says
where it is printed; never a title, never joined into a paragraph; the plain text keeps it as a
paragraph of its own and the JSON lists it under `notes`. On 863e6a5 such a region was `fw` furniture,
missing from the plain text and listed as JSON furniture; a labelled page number was `fw type="header"`.
Every test here fails there.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import assert_valid, tei_schema  # noqa: F401  (registers the fixture)
from layoutfix.cli import app
from layoutfix.export.html import to_html
from layoutfix.export.jsonl import to_json
from layoutfix.export.tei import to_tei
from layoutfix.export.text import to_txt
from layoutfix.pipeline import build_document, convert
from layoutfix.readers.pagexml import read_pagexml
from layoutfix.tracked import apply_edits, undo_edits

FIXTURES = Path(__file__).parent / "fixtures"
NOTES = FIXTURES / "tei_profile" / "notes.page.xml"
HOCR = FIXTURES / "labels" / "labelled.hocr"
TEI = "{http://www.tei-c.org/ns/1.0}"
MARGIN, FOOT, END = "本版编辑说明", "注：数据来自国家粮食和物资储备局。", "本文数据截至10月11日。"
PARAGRAPH = ("今年全国秋粮播种面积稳中有增，丰收已成定局，各地粮食部门提前做好收购资金和仓容准备工作，"
             "确保农民顺利售粮。各地还将加强市场监测，及时发布价格信息，引导农民合理安排售粮时间。")


def _body(xml: str) -> etree._Element:
    body = etree.fromstring(xml.encode("utf-8")).find(f".//{TEI}body")
    assert body is not None
    return body


def _own_text(el: etree._Element) -> str:
    """The element's text without that of the notes and fw inside it (their tails are its text)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag not in (f"{TEI}note", f"{TEI}fw"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def test_note_regions_are_notes_where_they_stand(tei_schema) -> None:  # noqa: F811
    """Marginalia before the article: a note in the body; a footnote between two halves of a
    paragraph: a note inside the paragraph, which runs on across it; an endnote after it: a note in
    the article. None is a head, none joined into the paragraph, and the TEI is valid."""
    result = convert(NOTES, fmt="tei")
    body = _body(result.output)
    assert_valid(tei_schema, result.output)
    assert [(n.getparent().tag.replace(TEI, ""), n.text) for n in body.iter(f"{TEI}note")] == [
        ("body", MARGIN), ("p", FOOT), ("div", END)]
    assert [h.text for h in body.iter(f"{TEI}head")] == ["秋粮收购工作有序推进"]
    (p,) = body.iter(f"{TEI}p")
    assert _own_text(p) == PARAGRAPH
    assert list(body.iter(f"{TEI}fw")) == []
    doc = result.document
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original


def test_notes_are_paragraphs_of_the_plain_text() -> None:
    """Each note is a paragraph of its own: the one before the article opens the text, a footnote
    follows the paragraph it interrupts (whose sentence stays whole)."""
    txt = convert(NOTES, fmt="txt").output
    assert txt.split("\n\n") == [MARGIN, "秋粮收购工作有序推进", PARAGRAPH, FOOT, END + "\n"]


def test_notes_are_listed_in_the_json_not_as_furniture() -> None:
    """`notes` on the page (before the first article) and on the article, text and place (the PAGE
    type: marginalia, footnote, endnote); no note is furniture or paragraph text."""
    page = json.loads(convert(NOTES, fmt="json").output)
    assert page["notes"] == [{"text": MARGIN, "place": "margin"}]
    assert page["furniture"] == []
    (art,) = page["articles"]
    assert art["notes"] == [{"text": FOOT, "place": "foot"}, {"text": END, "place": "end"}]
    assert art["furniture"] == []
    assert [p["text"] for p in art["paragraphs"]] == [PARAGRAPH]


def test_a_note_label_that_says_where_gives_the_place(tei_schema) -> None:  # noqa: F811
    """PAGE `marginalia`, `footnote` and `endnote` regions (`roles.NOTE_PLACES`): TEI `note/@place`
    margin, foot and end, the same places in the JSON."""
    (page,) = read_pagexml(NOTES.read_bytes(), NOTES.name)
    doc = build_document(page)
    xml = to_tei(doc)
    assert_valid(tei_schema, xml)
    assert [(n.get("place"), n.text) for n in _body(xml).iter(f"{TEI}note")] == [
        ("margin", MARGIN), ("foot", FOOT), ("end", END)]
    out = json.loads(to_json(doc))
    assert [n["place"] for n in [*out["notes"], *out["articles"][0]["notes"]]] == ["margin", "foot", "end"]
    assert FOOT in to_txt(doc)


def test_labelled_page_number_is_fw_page_num(tei_schema) -> None:  # noqa: F811
    """hOCR `ocr_pageno` (around a line, or holding its text directly): `fw type="pageNum"`; the
    running head beside it stays `header`."""
    result = convert(HOCR, fmt="tei")
    assert_valid(tei_schema, result.output)
    assert [(fw.get("type"), fw.text) for fw in _body(result.output).iter(f"{TEI}fw")] == [
        ("header", "农村经济"), ("pageNum", "4")]
    bare = HOCR.read_bytes().replace(
        b"""<span class='ocr_line' id='line_1_2' title="bbox 900 30 940 62; baseline 0 -4; x_size 32">
     <span class='ocrx_word' id='word_1_5' title='bbox 900 30 940 62; x_wconf 91'>4</span>
    </span>""", b"4")
    assert bare != HOCR.read_bytes()
    xml = convert(bare, fmt="tei", input_format="hocr").output
    assert ("pageNum", "4") in [(fw.get("type"), fw.text) for fw in _body(xml).iter(f"{TEI}fw")]


def test_cli_keeps_the_notes_in_the_plain_text(tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    result = CliRunner().invoke(app, ["convert", str(NOTES), "-f", "txt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert all(note in text for note in (MARGIN, FOOT, END))


def test_the_review_shows_notes_as_notes_not_furniture() -> None:
    """The review's articles pane marks each note as a note where it stands (the one before the
    article under `notes`, not `page furniture`), as the TEI writes `<note>`, not `<fw>`."""
    doc = convert(NOTES).document
    pane = lxml.html.fromstring(to_html(doc))
    notes = ["".join(el.itertext()) for el in pane.find_class("note-region")]
    assert len(notes) == 3 and all(any(t in n for n in notes) for t in (MARGIN, FOOT, END))
    fronts = ["".join(el.itertext()) for el in pane.find_class("front")]
    assert not any(MARGIN in f for f in fronts if f.startswith("page furniture"))
    assert not any(FOOT in "".join(el.itertext()) for el in pane.find_class("fw"))
