"""A coordinate page given to `convert` as a `str` (v19): what a service holding the OCR engine's
output in memory passes (`Path("p1.alto.xml").read_text()`, `json.dumps(result)`, a response body).

Before, any `str` that was no file name was flat text: ALTO given so was one article of XML markup
and 1129 edits, silently. Now a `str` opening unmistakably as a coordinate format is read in it, as
its UTF-8 bytes would be, unless `input_format="txt"`; one that opens so but cannot be read is an
error naming the format and `input_format="txt"`. A flat page that merely holds `<` or `{` stays text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix import InputError, convert
from layoutfix.errors import NotAPageError

OCR = Path(__file__).resolve().parent / "fixtures" / "ocr"
FILES = ["p1.alto.xml", "p1.hocr", "p1.page.xml", "p1.rapidocr.json", "p2.alto.xml", "p3.page.xml"]


def _text(name: str) -> str:
    return (OCR / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FILES)
def test_a_coordinate_page_given_as_str_is_read_as_its_file(name: str) -> None:
    from_file = convert(OCR / name, fmt="json")
    given = convert(_text(name), fmt="json")
    assert given.document.text == from_file.document.text
    assert given.edits == from_file.edits
    assert len(given.document.articles) == len(from_file.document.articles) > 1
    assert given.document.pages[0].zones == from_file.document.pages[0].zones
    assert json.loads(given.output)["source"] == "<string>"


@pytest.mark.parametrize("dress", [
    lambda s: "\ufeff" + s,
    lambda s: "\n    " + s,  # a triple-quoted literal's first line break and indentation
    lambda s: s.replace('encoding="UTF-8"', 'encoding="GB2312"', 1),  # a str has no encoding
], ids=["bom", "leading-space", "declared-gb2312"])
def test_a_str_opening_with_space_or_declaring_an_encoding_is_read_alike(dress: object) -> None:
    text = _text("p1.alto.xml")
    dressed = dress(text)  # type: ignore[operator]
    assert dressed != text
    assert convert(dressed).document.text == convert(OCR / "p1.alto.xml").document.text


def test_input_format_txt_keeps_such_a_str_flat_text() -> None:
    text = _text("p1.alto.xml")
    document = convert(text, input_format="txt").document
    assert document.original == text
    assert len(document.articles) == 1


#: Flat pages that hold `<`, `{` or `[` at their start, as markdown and web exports give them.
FLAT_PAGES = {
    "markdown-table": "<table><tr><td>地区</td><td>产量</td></tr><tr><td>兰州</td><td>12</td></tr>"
                      "</table>\n\n全省粮食产量再创新高。\n",
    "centered-div": '<div align="center"><img src="a.png"/></div>\n\n图为兰州新区。\n',
    "paragraph-tag": "<p>全省会议召开</p>\n\n<p>近日，全省会议在兰州召开。</p>\n",
    "bracketed-paper": "<经济日报>评论员文章\n\n近日，全省会议在兰州召开。\n",
    "html-no-ocr": "<html><body><p>近日，全省会议在兰州召开。</p></body></html>\n",
    "json-line-in-prose": '{"name": "张三", "age": 30} 是一个JSON对象。\n\n近日，全省会议召开。\n',
    "bracketed-column": "[要闻]全省会议召开\n\n近日，全省会议在兰州召开。\n",
    "braced-note": "{编者按}近日，全省会议在兰州召开。\n",
    "list-of-numbers": "[1, 2, 3] 是一个列表。\n",
    "english-r": "Reuters reports that the meeting opened in Lanzhou.\n",
    "english-n": "news in brief\n\nThe meeting opened in Lanzhou.\n",
}


@pytest.mark.parametrize("text", FLAT_PAGES.values(), ids=FLAT_PAGES.keys())
def test_a_flat_page_holding_brackets_stays_text(text: str) -> None:
    document = convert(text, fmt="json").document
    assert document.original == text
    assert document.source == "-"
    assert document.pages[0].zones == []


def _half(name: str) -> str:
    text = _text(name)
    return text[: len(text) // 2]


BROKEN = {
    "alto": (_half("p1.alto.xml"), "ALTO XML", InputError),
    "hocr": (_half("p1.hocr"), "hOCR", InputError),
    "pagexml": (_half("p1.page.xml"), "PAGE-XML", InputError),
    "ocrjson": (_half("p1.rapidocr.json"), "OCR JSON", InputError),
    "rss": ('<?xml version="1.0"?><rss><channel><title>新闻</title></channel></rss>', "XML", NotAPageError),
}


@pytest.mark.parametrize("text, what, error", BROKEN.values(), ids=BROKEN.keys())
def test_a_str_opening_as_a_format_but_unreadable_is_an_error_naming_it(
    text: str, what: str, error: type[InputError]
) -> None:
    with pytest.raises(error) as caught:
        convert(text)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("<string>: ")
    assert f"opens as {what}," in message
    assert 'input_format="txt"' in message
    assert "--from" not in message
    assert convert(text, input_format="txt").document.original == text


def test_a_lone_surrogate_in_a_coordinate_str_is_an_input_error() -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        convert(_text("p1.alto.xml").replace("<Layout>", "<Layout>\ud800", 1))
