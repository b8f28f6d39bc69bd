"""Formats told by the root element and its namespace, not by a substring of the page (v20).

Before: a page opening with markup that merely mentioned a format (`<b>loc.gov/standards/alto …</b>`,
the PAGE-XML namespace in a `<p>`, an `<html>` page whose prose names `ocr_page`) was taken for that
format and refused as broken ALTO, PAGE-XML or hOCR (`root element is <b>, not <alto>`), given as a
`str`, as bytes or as a file; a METS file declaring the ALTO namespace was refused as broken ALTO
instead of being passed over as no page. Now such a page is read as what it is: flat text (or, for
the METS, XML of no page format).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix import InputError, convert
from layoutfix.errors import NotAPageError
from layoutfix.readers.detect import detect_format

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"
PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"

#: Pages opening with markup whose prose mentions a format's namespace or marks: (page, a word of it).
PROSE = {
    "alto-host-in-bold": ("<b>loc.gov/standards/alto 是美国国会图书馆的版面标准。</b>", "国会图书馆"),
    "alto-namespace-in-p": (f"<p>ALTO 第四版的命名空间是 {ALTO_NS}，用于描述版面。</p>\n", "命名空间"),
    "page-namespace-in-p": (f"<p>PAGE-XML 的命名空间是 {PAGE_NS}，由研究机构维护。</p>\n", "研究机构"),
    "ocr-page-in-html-prose": ("<html><body><p>hOCR 用 ocr_page 类标记一页，这是规范。</p></body></html>",
                               "规范"),
    "ocr-capabilities-in-html-prose": (
        "<html><body><p>hOCR 文件用 ocr-capabilities 声明能力，见规范。</p></body></html>", "声明能力"),
}


@pytest.mark.parametrize(("page", "word"), PROSE.values(), ids=PROSE.keys())
def test_markup_mentioning_a_format_is_read_as_text(page: str, word: str) -> None:
    for given in (page, page.encode("utf-8")):
        result = convert(given, fmt="txt")
        assert result.document.original == page
        assert word in result.output


@pytest.mark.parametrize(("page", "word"), PROSE.values(), ids=PROSE.keys())
def test_such_a_file_is_read_as_text_too(page: str, word: str, tmp_path: Path) -> None:
    path = tmp_path / "note.xml"  # (a name with `page` or `alto` in it tips the balance: readers.md)
    path.write_text(page, encoding="utf-8")
    assert word in convert(path, fmt="txt").output


#: Roots of a page format by their namespace or name: still read (and refused) as that format.
ROOTS = {
    "alto-namespace-other-root": (f'<x:Layout xmlns:x="{ALTO_NS}"><x:Page/></x:Layout>', "ALTO XML",
                                  "root element is <Layout>, not <alto>"),
    "alto-prefixed-root": (f'<a:alto xmlns:a="{ALTO_NS}"><a:Description/></a:alto>', "ALTO XML",
                           "no <Page>"),
    "page-namespace-other-root": (f'<Page xmlns="{PAGE_NS}"/>', "PAGE-XML",
                                  "root element is <Page>, not <PcGts>"),
    "hocr-without-pages": ("<html><head><meta name='ocr-capabilities' content='ocr_line'/></head>"
                           "<body><p>正文。</p></body></html>", "hOCR", "no ocr_page element"),
}


@pytest.mark.parametrize(("page", "what", "wrong"), ROOTS.values(), ids=ROOTS.keys())
def test_a_root_of_a_page_format_is_still_read_as_it(page: str, what: str, wrong: str) -> None:
    with pytest.raises(InputError) as caught:
        convert(page)
    assert wrong in str(caught.value) and f"opens as {what}" in str(caught.value), str(caught.value)


def test_a_mets_file_declaring_the_alto_namespace_is_no_page(tmp_path: Path) -> None:
    path = tmp_path / "mets.xml"
    path.write_text('<?xml version="1.0"?>\n<mets:mets xmlns:mets="http://www.loc.gov/METS/" '
                    f'xmlns:alto="{ALTO_NS}"><mets:fileSec/></mets:mets>\n', encoding="utf-8")
    with pytest.raises(NotAPageError) as caught:
        convert(path)
    assert "XML with root element <mets:mets>" in str(caught.value)


OCR = Path(__file__).resolve().parent / "fixtures" / "ocr"


@pytest.mark.parametrize("name", ["p1.alto.xml", "p1.page.xml", "p1.hocr"])
def test_the_root_is_found_after_comments_holding_markup(name: str) -> None:
    """A comment before the root may quote markup (`<!-- from <b>scanner</b> -->`): the root is the
    first element after the prolog, not the first `<` followed by a name."""
    text = (OCR / name).read_text(encoding="utf-8")
    root = {"p1.alto.xml": "<alto", "p1.page.xml": "<PcGts", "p1.hocr": "<html"}[name]
    commented = text.replace(root, f"<!-- exported from <b>scanner 3</b> -->\n{root}", 1)
    assert commented != text
    expected = convert(OCR / name).document.text
    assert convert(commented).document.text == expected
    assert convert(commented.encode("utf-8")).document.text == expected


def _hocr_with(before_meta: str, after_meta: str) -> str:
    """p1.hocr with `before_meta` put before its capabilities `<meta>` and `after_meta` after it."""
    text = (OCR / "p1.hocr").read_text(encoding="utf-8")
    meta = text.index("<meta name='ocr-capabilities'")
    end = text.index(">", meta) + 1
    return text[:meta] + before_meta + text[meta:end] + after_meta + text[end:]


def test_hocr_with_a_long_head_is_read_as_hocr(tmp_path: Path) -> None:
    """An export embedding CSS in its `<head>` (review of v20): the capabilities `<meta>` past the first
    4 KiB and the first `ocr_page` past 16 KiB. It was read as hOCR before the root-based detection and
    refused after it (`XML with root element <html> is not a page format`)."""
    style = "<style>" + "p.x { margin: 0 }\n" * 500 + "</style>\n"  # (about 9 KiB each)
    page = _hocr_with(style, style + style)
    assert page.index("ocr-capabilities") > 4096 and page.index("class='ocr_page'") > 16384
    expected = convert(OCR / "p1.hocr").document.text
    path = tmp_path / "deep.xml"
    path.write_text(page, encoding="utf-8")
    for given in (page, page.encode("utf-8"), path):
        assert convert(given).document.text == expected


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>", "<!doctype html>", "<!Doctype html>"])
def test_an_html5_doctype_in_any_case_is_prolog(doctype: str) -> None:
    """HTML5 writes its DOCTYPE in lower case as often as not; a comment quoting markup after it is no
    root element (review of v20: the page was converted as flat text, markup and all). The hOCR
    reader reads XHTML, so such a page is refused in one line, as it is without the comment."""
    text = (OCR / "p1.hocr").read_text(encoding="utf-8")
    html = text[text.index("<html"):]
    page = f"{doctype}\n<!-- exported from <b>scanner 3</b> -->\n{html}"
    assert detect_format(page.encode("utf-8")) == "hocr"
    if doctype == "<!DOCTYPE html>":
        assert convert(page).document.text == convert(OCR / "p1.hocr").document.text
    else:
        with pytest.raises(InputError, match="malformed XML"):
            convert(page)


def test_an_upper_case_class_attribute_marks_an_hocr_page() -> None:
    """HTML attribute names are case-insensitive: a page whose only hOCR mark is `<div CLASS="ocr_page">`
    is hOCR, refused in one line as before v20 (the XHTML reader reads `class`), not converted as flat
    text with its markup (review of v20)."""
    text = (OCR / "p1.hocr").read_text(encoding="utf-8")
    html = text[text.index("<html"):].replace("<meta name='ocr-capabilities'", "<meta name='generator'")
    page = "<!DOCTYPE html>\n" + html.replace("class='ocr_page'", "CLASS='ocr_page'")
    assert detect_format(page.encode("utf-8")) == "hocr"
    with pytest.raises(InputError, match="no ocr_page element"):
        convert(page)
