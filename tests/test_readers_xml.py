"""The hardened XML parser: hostile and broken XML gives a clear InputError, never a silent read."""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.errors import InputError
from layoutfix.model import BBox
from layoutfix.readers.alto import read_alto
from layoutfix.readers.detect import read_any
from layoutfix.readers.hocr import read_hocr
from layoutfix.readers.pagexml import read_pagexml
from layoutfix.readers.xmlsafe import parse_xml

FIX = Path(__file__).parent / "fixtures" / "ocr"


def test_external_entity_is_refused_and_file_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    doc = (f'<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "file://{secret}">]>'
           '<alto><Layout><Page><PrintSpace><TextBlock><TextLine>'
           '<String CONTENT="&x;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>').encode()
    with pytest.raises(InputError) as info:
        read_alto(doc, "evil.xml")
    assert "evil.xml" in str(info.value)
    assert "TOP-SECRET" not in str(info.value)


def test_billion_laughs_is_refused() -> None:
    ents = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    doc = f'<?xml version="1.0"?><!DOCTYPE r [{ents}]><r>&j;</r>'.encode()
    # refused either by our entity check or by libxml2's amplification limit, quickly, never expanded
    with pytest.raises(InputError, match=r"^lol\.xml: "):
        parse_xml(doc, "lol.xml")


def test_external_dtd_is_not_fetched_and_xhtml_doctype_is_fine() -> None:
    doc = (b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
           b'"http://nonexistent.invalid/xhtml1.dtd"><html><body/></html>')
    assert parse_xml(doc, "x.html").tag == "html"


def test_undeclared_entity_names_file_and_line() -> None:
    with pytest.raises(InputError, match=r"x\.hocr: line 2: .*nbsp"):
        parse_xml(b"<html>\n<p>&nbsp;</p></html>", "x.hocr")


@pytest.mark.parametrize(("fixture", "reader"), [
    ("p1.hocr", read_hocr), ("p1.alto.xml", read_alto), ("p1.page.xml", read_pagexml)])
def test_truncated_engine_output_names_file_and_line(fixture: str, reader, tmp_path: Path) -> None:
    data = (FIX / fixture).read_bytes()
    cut = data[: len(data) // 2]
    with pytest.raises(InputError) as info:
        reader(cut, f"cut-{fixture}")
    msg = str(info.value)
    assert msg.startswith(f"cut-{fixture}: line ")
    line_no = int(msg.split("line ")[1].split(":")[0])
    assert line_no >= cut.count(b"\n")  # the error points at where the file stops, not line 1
    # through the file entry point too, with the path in the message
    path = tmp_path / fixture
    path.write_bytes(cut)
    with pytest.raises(InputError, match=str(path).replace(".", r"\.") + ": line"):
        read_any(path)


def test_malformed_attribute_values_are_reported() -> None:
    with pytest.raises(InputError, match=r"a\.xml: line 1: TextLine@HPOS"):
        read_alto(b'<alto><Layout><Page><TextBlock><TextLine HPOS="x" VPOS="1" WIDTH="2" HEIGHT="3">'
                  b'<String CONTENT="a"/></TextLine></TextBlock></Page></Layout></alto>', "a.xml")
    with pytest.raises(InputError, match="bad Coords"):
        read_pagexml(b'<PcGts><Page><TextRegion id="r"><Coords points="1,2 3"/><TextLine>'
                     b'<TextEquiv><Unicode>a</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>',
                     "p.xml")


def test_empty_and_wrong_root() -> None:
    with pytest.raises(InputError, match="empty"):
        parse_xml(b"  \n", "e.xml")
    with pytest.raises(InputError, match="not <alto>"):
        read_alto(b"<PcGts/>", "w.xml")
    with pytest.raises(InputError, match="no ocr_page"):
        read_hocr(b"<html><body><p>x</p></body></html>", "h.html")


def _alto_string(attrs: str) -> bytes:
    return (f'<alto><Layout><Page><TextBlock><TextLine><String CONTENT="a" {attrs}/>'
            '</TextLine></TextBlock></Page></Layout></alto>').encode()


@pytest.mark.parametrize(("attrs", "message"), [
    ('WC="x" HPOS="q" VPOS="1" WIDTH="1" HEIGHT="1"', r"String@WC is not a number: 'x'"),  # WC first
    ('WC="nan" HPOS="1" VPOS="1" WIDTH="1" HEIGHT="1"', r"String@WC is not a finite number: 'nan'"),
    ('WC="1e400" HPOS="1" VPOS="1" WIDTH="1" HEIGHT="1"', r"String@WC is not a finite number"),
    ('WC="0.5" HPOS="1" VPOS="inf" WIDTH="1" HEIGHT="1"', r"String@VPOS is not a finite number: 'inf'"),
    ('WC="0.5" HPOS="1" VPOS="1" WIDTH="1" HEIGHT="1e308x"', r"String@HEIGHT is not a number"),
])
def test_alto_string_numbers_off_the_fast_path_are_reported(attrs: str, message: str) -> None:
    # the reader parses the usual four box numbers and WC inline; anything else takes the checked
    # path, which names the attribute (WC before the box, as the reader always did)
    with pytest.raises(InputError, match=r"s\.xml: line 1: " + message):
        read_alto(_alto_string(attrs), "s.xml")


def test_alto_string_box_and_confidence_on_the_fast_path() -> None:
    (page,) = read_alto(_alto_string('WC=" 0.25 " HPOS="1.5" VPOS="2" WIDTH="3" HEIGHT="4"'))
    (word,) = page.blocks[0].lines[0].words
    assert (word.text, word.conf) == ("a", 0.25)
    assert word.bbox == BBox(1.5, 2, 4.5, 6)
    assert page.blocks[0].lines[0].conf == 0.25
    # a missing box attribute leaves the word without a box, a missing WC without a confidence
    (page,) = read_alto(_alto_string('HPOS="1" VPOS="2" WIDTH="3"'))
    (word,) = page.blocks[0].lines[0].words
    assert word.bbox is None and word.conf is None and page.blocks[0].lines[0].conf is None


def _hocr(word_title: str, word_body: str = "字") -> bytes:
    return ("<html><body><div class='ocr_page' title='bbox 0 0 100 100'><p class='ocr_par'>"
            "<span class='ocr_line' title='bbox 0 0 50 10'>"
            f"<span class='ocrx_word' title='{word_title}'>{word_body}</span></span></p></div></body></html>"
            ).encode()


@pytest.mark.parametrize("title", [
    "bbox 1 2 3 4; x_wconf 95",  # Tesseract's own form: read by the fast path
    "x_wconf 95; bbox 1 2 3 4",  # any other form: through parse_title, the same values
    "bbox  1 2 3 4 ;x_wconf 95.0",
])
def test_hocr_word_titles_in_any_form_read_alike(title: str) -> None:
    (page,) = read_hocr(_hocr(title))
    (word,) = page.blocks[0].lines[0].words
    assert word.text == "字" and word.conf == 0.95
    assert word.bbox == BBox(1, 2, 3, 4)


def test_hocr_word_with_markup_inside_and_bad_titles() -> None:
    (page,) = read_hocr(_hocr("bbox 1 2 3 4; x_wconf 95", "<strong>字</strong>词 "))
    assert page.blocks[0].lines[0].words[0].text == "字词"
    with pytest.raises(InputError, match="bad hOCR bbox '1 2 3'"):
        read_hocr(_hocr("bbox 1 2 3; x_wconf 95"), "h.hocr")
    with pytest.raises(InputError, match="x_wconf is not a number"):
        read_hocr(_hocr("bbox 1 2 3 4; x_wconf q"), "h.hocr")


def test_pagexml_coords_fast_path_and_fallbacks() -> None:
    def region(points: str) -> bytes:
        return (f'<PcGts><Page><TextRegion id="r"><Coords points="{points}"/><TextLine>'
                '<TextEquiv><Unicode>a</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>').encode()

    (page,) = read_pagexml(region("5,6 1,2 3,9"))
    assert page.blocks[0].bbox == BBox(1, 2, 5, 9)
    (page,) = read_pagexml(region("1e308,1 1e308,2"))  # finite points whose sum overflows
    assert page.blocks[0].bbox is not None and page.blocks[0].bbox.x1 == 1e308
    (page,) = read_pagexml(region("   "))
    assert page.blocks[0].bbox is None
    with pytest.raises(InputError, match=r"bad Coords points 'nan,1 2,2' is not a finite number: 'nan'"):
        read_pagexml(region("nan,1 2,2"), "p.xml")
    with pytest.raises(InputError, match=r"a point is not an \(x, y\) pair"):
        read_pagexml(region("1,2,3 4,5"), "p.xml")
