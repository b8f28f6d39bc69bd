"""A text page opening with a list or an object it quotes (`[[1, 2], [3, 4]] 是一个二维列表。`) is text.

Detection took every input opening as JSON does (`[[`, `["`, `{"`) for JSON, so such a page was refused
with `malformed JSON: Extra data` (exit 3). Valid JSON holds non-ASCII characters only in its strings:
a hanzi outside every string says the file is no JSON. Broken OCR JSON (truncated, hanzi only in its
strings) is still refused as JSON, with the reader's message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.readers.detect import detect_format

FIX = Path(__file__).parent / "fixtures" / "ocr"

#: Text pages opening with a bracketed list or object they quote, and the words each must keep.
QUOTED = {
    "[[1, 2], [3, 4]] 是一个二维列表。\n": "是一个二维列表。",
    '["要闻", "经济"] 是两个版面的名称。\n': "是两个版面的名称。",
    '{"a": 1} 是一个对象。\n': "是一个对象。",
    "[[1, 2], [3, 4]]，这是一个列表。\n": "这是一个列表。",
    "[[1, 2], [3, 4]]\n这个列表有两行。\n": "这个列表有两行。",
    '[["全市", 0.9]]是识别结果的样子。\n': "是识别结果的样子。",
}


@pytest.mark.parametrize("page", QUOTED)
def test_a_text_page_quoting_a_list_converts_as_text(tmp_path: Path, page: str) -> None:
    """Before: exit 3, `malformed JSON: Extra data`. Now the page converts as flat text (exit 0)
    and its words are in the output."""
    path = tmp_path / "p.txt"
    path.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(path), "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert QUOTED[page] in result.stdout
    assert detect_format(page.encode()) == "text"


@pytest.mark.parametrize("page", list(QUOTED)[:2])
def test_the_quoting_page_from_stdin_is_text(page: str) -> None:
    """The same through standard input, whose name says nothing."""
    result = CliRunner().invoke(app, ["convert", "-", "-f", "json"], input=page.encode())
    assert result.exit_code == 0, result.output
    texts = [p["text"] for a in json.loads(result.stdout)["articles"] for p in a["paragraphs"]]
    assert any(QUOTED[page] in t for t in texts)


def _rapidocr() -> bytes:
    return (FIX / "p2.rapidocr.json").read_bytes()


def _cut(text: str, where: str) -> int:
    """Where to cut the file's text: inside a string of hanzi, inside a number, after an item."""
    if where == "in a string":
        return text.index('"', len(text) // 2) + 3
    if where == "in a number":
        return int(len(text) * 0.3)
    return text.index("]]", len(text) // 2) + 2


@pytest.mark.parametrize("where", ["in a string", "in a number", "after an item"])
def test_a_truncated_ocr_json_file_is_still_refused_as_json(tmp_path: Path, where: str) -> None:
    """Guard: OCR JSON cut off anywhere (inside a string of hanzi, a number, between items, on a
    character's boundary) is still taken for JSON and refused with the reader's message, exit 3."""
    text = _rapidocr().decode("utf-8")
    assert any("\u4e00" <= c <= "\u9fff" for c in text[_cut(text, where) - 3 : _cut(text, where)]) == (
        where == "in a string")  # the cut as this test means it
    path = tmp_path / "p.json"
    path.write_bytes(text[: _cut(text, where)].encode("utf-8"))
    assert detect_format(path.read_bytes(), "p.json") == "ocrjson"
    result = CliRunner().invoke(app, ["convert", str(path)])
    assert result.exit_code == 3
    assert "malformed JSON" in result.output


@pytest.mark.parametrize("data", [_rapidocr(), json.dumps(json.loads(_rapidocr()), indent=2).encode(),
                                  json.dumps(json.loads(_rapidocr()), ensure_ascii=False).encode()])
def test_ocr_json_with_hanzi_in_its_strings_is_json(data: bytes) -> None:
    """Guard: hanzi inside strings, escaped or not, indented or not, leave OCR JSON JSON."""
    assert detect_format(data, "p.json") == "ocrjson"


@pytest.mark.parametrize("data", [b"[[1, 2], [3, 4]] abc\n", b'[["a", 1]] x', b"[[1, 2], [3, 4]] \xe9t\xe9"])
def test_broken_json_without_hanzi_outside_strings_stays_json(data: bytes) -> None:
    """Guard: other words after the list (Latin, a stray Latin-1 byte) say nothing of a Chinese
    page: still JSON, refused by its reader."""
    assert detect_format(data, "p.json") == "ocrjson"
