"""A file of one malformed OCR JSON item names the item, as the same item after a good one does.

Before: a file holding only `[box]`, `[box, [text, score], 0]`, `[box, {"text": ...}]`,
`[box, [[text, score]]]` or `[box, text, score, 0]` (alone, or as the one page of a list of pages) was
refused as `not OCR JSON: expected lines ([box, text, score] or objects with a text and a box), found
150`, the first number of its box, which points nowhere; after a good item the same item is named
(`page 1: item 2: unrecognised OCR JSON item: ...`). Now the one item is named so too (`item 1: ...`),
one error line, exit 3.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix import InputError, convert
from layoutfix.cli import app

_BOX = [[150, 630], [986, 630], [986, 672], [150, 672]]
_GOOD = [[[150, 560], [986, 560], [986, 602], [150, 602]], ["眼下正值春耕备耕的关键时节，全市各地抢抓", 0.97]]
_TEXT = "农时，组织农户开展春播生产"
#: Items of no shape the reader takes, each opening with a box.
BAD_ITEMS: list[Any] = [
    [_BOX],
    [_BOX, [_TEXT, 0.9], 1],
    [_BOX, {"text": _TEXT}],
    [_BOX, [[_TEXT, 0.9]]],
    [_BOX, _TEXT, 0.9, 1],
]


def _write(path: Path, items: list[Any], pages: bool) -> Path:
    path.write_text(json.dumps([items] if pages else items, ensure_ascii=False), encoding="utf-8")
    return path


def _error(path: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["convert", str(path), "-f", "txt"])
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize("pages", [False, True])
@pytest.mark.parametrize("item", BAD_ITEMS)
def test_one_bad_item_is_named_as_after_a_good_one(tmp_path: Path, item: list[Any], pages: bool) -> None:
    alone = _write(tmp_path / "alone.json", [item], pages)
    after = _write(tmp_path / "after.json", [_GOOD, item], pages)
    code, lines = _error(alone)
    assert code == 3, lines
    assert len(lines) == 1, lines
    assert "not OCR JSON" not in lines[0]
    where = "page 1: " if pages else ""
    prefix = f"layoutfix: error: {alone}: {where}item 1: "
    assert lines[0].startswith(prefix), lines
    code_after, lines_after = _error(after)
    assert code_after == 3
    assert lines_after == [f"layoutfix: error: {after}: {where}item 2: " + lines[0].removeprefix(prefix)]


@pytest.mark.parametrize("item", BAD_ITEMS)
def test_the_api_raises_an_input_error_naming_the_item(tmp_path: Path, item: list[Any]) -> None:
    path = _write(tmp_path / "p1.json", [item], pages=True)
    with pytest.raises(InputError, match=r"p1\.json: page 1: item 1: ") as caught:
        convert(path, fmt="txt")
    assert "not OCR JSON" not in str(caught.value)


def test_a_list_of_numbers_is_still_no_ocr_json(tmp_path: Path) -> None:
    path = tmp_path / "p1.json"
    path.write_text("[[1, 2, 3, 4, 5]]", encoding="utf-8")
    code, lines = _error(path)
    assert code == 3
    assert lines == [f"layoutfix: error: {path}: not OCR JSON: expected lines ([box, text, score] or objects "
                     "with a text and a box), found 1"]
