"""A page given to `convert` as a `str`, after review (v19).

Before: `convert("null\\n", name="p1.txt")` and markdown opening with `<div xmlns=XHTML>` named
`bucket/p1.md` raised `SeveralPagesError: holds 0 pages` (the format was found again from the name);
`relative_to` with `name=` raised a bare `ValueError`; a `str` opening like JSON but no OCR JSON
(`[ ] TODO list`, `["a", "b"]`, `{"a": 1}` then prose) was refused, markdown opening with an XHTML
`<div>` too; `convert("[]")` gave a blank page whose warning did not say how to read it as text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix import InputError, convert

OCR = Path(__file__).resolve().parent / "fixtures" / "ocr"
XHTML_DIV = ('<div xmlns="http://www.w3.org/1999/xhtml"><p>本报讯 记者李四报道。</p>\n\n'
             "<p>近日，全省会议召开。</p></div>\n")
TEXT_ADVICE = 'input_format="txt"'


@pytest.mark.parametrize("name", ["p1.txt", "bucket/p1.md", "p1.json", "key"])
def test_json_null_given_with_a_name_is_a_blank_page_warned_of(name: str) -> None:
    result = convert("null\n", name=name, fmt="json")
    assert result.document.articles == []
    assert any(w.startswith(f"{name}: ") and TEXT_ADVICE in w for w in result.document.warnings)
    assert json.loads(result.output)["source"] == name


@pytest.mark.parametrize("name", [None, "bucket/p1.md", "p1.txt"])
def test_markdown_opening_with_an_xhtml_element_is_text(name: str | None) -> None:
    result = convert(XHTML_DIV, name=name, fmt="txt")
    assert result.document.original == XHTML_DIV
    assert "近日" in result.output and "李四" in result.output
    as_md_file = convert(XHTML_DIV.encode(), name="p1.md", fmt="txt")
    assert result.output == as_md_file.output


def test_relative_to_with_a_named_page_in_memory_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        convert("本报讯 正文。\n", name="a", relative_to="/tmp")
    assert "relative_to '/tmp'" in str(caught.value) and "name='a'" in str(caught.value)


NOT_JSON = {
    "checkbox": "[ ] TODO list\n",
    "string-list": '["a", "b"]\n',
    "object-then-prose": '{"a": 1}\nThe quick brown fox.\n',
    "object-of-no-ocr-shape": '{"user": "张三", "items": [1, 2]}',
    "list-of-no-ocr-shape": '["苹果", "香蕉"]',
}


@pytest.mark.parametrize("text", NOT_JSON.values(), ids=NOT_JSON.keys())
def test_a_str_that_is_no_ocr_json_is_text(text: str) -> None:
    result = convert(text, fmt="txt")
    assert result.document.original == text
    assert result.document.articles  # its words are an article, not a blank page
    assert result.document.warnings == []


@pytest.mark.parametrize("text", ["[]", "[null]", "null", "\n[]\n", "[[]]"])
def test_a_str_of_json_holding_no_text_is_a_blank_page_saying_how_to_read_it_as_text(text: str) -> None:
    result = convert(text, fmt="txt")
    assert result.document.articles == []
    assert any(w.startswith("<string>: ") and TEXT_ADVICE in w for w in result.document.warnings)
    as_text = convert(text, input_format="txt", fmt="txt")
    assert as_text.document.original == text


def test_a_truncated_ocr_json_str_is_still_refused() -> None:
    whole = (OCR / "p1.rapidocr.json").read_text(encoding="utf-8")
    with pytest.raises(InputError, match=r"malformed JSON.*opens as OCR JSON"):
        convert(whole[: len(whole) // 2])
    assert convert(whole, fmt="json").document.articles  # whole, it is read as OCR JSON
