"""A PaddleOCR 2.x item whose `[text, score]` is not a pair is one error line naming the item, exit 3.

Before: `[box, ["text"]]`, `[box, []]` or `[box, [text, score, 0]]` after a good item made `convert`
print a long traceback ending in `ValueError: too many values to unpack`, exit 1, and `batch` record
the ValueError; a file of that one item alone was refused as `not OCR JSON: … found 150` (its box's
first number). Now each is one `InputError` line naming the item by its place and showing the pair,
exit 3, as `[box, "abc"]` already was.
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
#: Second items that are no `[text, score]` pair.
BAD_PAIRS: list[Any] = [["农时，组织农户开展春播生产"], [], ["农时，组织农户开展春播生产", 0.9, 1]]


def _page(tmp_path: Path, items: list[Any], pages: bool) -> Path:
    path = tmp_path / "p1.json"
    path.write_text(json.dumps([items] if pages else items, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("pages", [False, True])
@pytest.mark.parametrize("alone", [False, True])
@pytest.mark.parametrize("pair", BAD_PAIRS)
def test_convert_names_the_item_in_one_line(
    tmp_path: Path, pair: list[Any], alone: bool, pages: bool
) -> None:
    items = [[_BOX, pair]] if alone else [_GOOD, [_BOX, pair]]
    path = _page(tmp_path, items, pages)
    result = CliRunner().invoke(app, ["convert", str(path), "-f", "txt"])
    assert result.exit_code == 3, result.stderr
    lines = result.stderr.splitlines()
    where = f"{path}: " + ("page 1: " if pages else "") + f"item {1 if alone else 2}: "
    message = f"[text, score] of an OCR JSON item is not a pair: {pair!r:.60}"
    assert lines == [f"layoutfix: error: {where}{message}"]


@pytest.mark.parametrize("pair", BAD_PAIRS)
def test_the_api_raises_an_input_error(tmp_path: Path, pair: list[Any]) -> None:
    path = _page(tmp_path, [_GOOD, [_BOX, pair]], pages=True)
    with pytest.raises(InputError, match=r"page 1: item 2: \[text, score\] of an OCR JSON item is not"):
        convert(path, fmt="txt")


def test_batch_records_the_input_error(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    _page(source, [_GOOD, [_BOX, BAD_PAIRS[0]]], pages=True)
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["batch", str(source), str(out), "-f", "txt", "--report", str(report)])
    assert result.exit_code != 0
    failures = json.loads(report.read_text(encoding="utf-8"))["failures"]
    assert len(failures) == 1, failures
    assert failures[0]["error"].startswith("InputError: ")
    assert "item 2: [text, score]" in failures[0]["message"]
    assert "ValueError" not in result.stderr
