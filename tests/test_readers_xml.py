"""The hardened XML parser: hostile and broken XML gives a clear InputError, never a silent read."""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.errors import InputError
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
