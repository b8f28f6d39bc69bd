"""An OCR JSON item repeating an earlier one (the same text, the same place) is read once, and said.

Before: engines run on overlapping tiles of a phone photo emit a line twice, same text, same box (or a
pixel or two off); the page's text held it twice: appended at the end, or right after the next line
with its box two pixels off, it became an extra article (`＊＊＊` and the line again).
Now the repeat is dropped and a warning names how many items, and each by its place and text, and the
item it repeats (convert's stderr, `Document.warnings`, the batch report). An item merely holding an
overlapping item's text, or the same text elsewhere on the page, is kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix import convert
from layoutfix.cli import app

LINES = ["眼下正值春耕备耕的关键时节，全市各地抢抓", "农时，组织农户开展春播生产，田间地头处处",
         "是一派繁忙景象。农技人员在地头现场指导，", "帮助农户解决生产中遇到的难题。"]


def _quad(x: float, y: float, w: float, h: float) -> list[list[float]]:
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


def _items() -> list[Any]:
    """A headline over one paragraph of four lines, PaddleOCR 2.x items."""
    items: list[Any] = [[_quad(300, 400, 880, 110), ["全市春耕生产全面展开", 0.99]]]
    for k, text in enumerate(LINES):
        indent = 76 if k == 0 else 0
        items.append([_quad(150 + indent, 600 + 60 * k, 38 * len(text), 42), [text, 0.97]])
    return items


def _write(path: Path, items: list[Any]) -> Path:
    path.write_text(json.dumps([items], ensure_ascii=False), encoding="utf-8")
    return path


def _txt(path: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["convert", str(path), "-f", "txt"])
    return result.exit_code, result.stdout, result.stderr


def _appended(items: list[Any]) -> list[Any]:
    """Line 2 again, the same box, at the end (a second tile's pass)."""
    return [*items, items[2]]


def _beside(items: list[Any]) -> list[Any]:
    """Line 2 again right after line 3, its box two pixels off."""
    box = [[x + 2, y + 1] for x, y in items[2][0]]
    return [*items[:4], [box, list(items[2][1])], *items[4:]]


@pytest.mark.parametrize("repeat", [_appended, _beside])
def test_a_repeated_item_is_read_once_and_said(tmp_path: Path, repeat: Any) -> None:
    clean = _txt(_write(tmp_path / "clean.json", _items()))
    path = _write(tmp_path / "p1.json", repeat(_items()))
    code, out, err = _txt(path)
    assert code == 0, err
    assert out == clean[1]
    assert out.count("农时，组织农户开展春播生产") == 1
    dropped = 6 if repeat is _appended else 5
    assert err.splitlines()[0] == (
        f"layoutfix: warning: {path}: dropped 1 OCR JSON item repeating an earlier one (the same text, "
        f"boxes overlapping by 90% or more or each edge within 15% of the line's height): "
        f"item {dropped} '{LINES[1]}' (as item 3)")


def test_the_api_gives_the_warning(tmp_path: Path) -> None:
    path = _write(tmp_path / "p1.json", _appended(_appended(_items())))
    result = convert(path, fmt="txt")
    assert result.document.text.count("农时，组织农户开展春播生产") == 1
    assert [w for w in result.document.warnings if "dropped" in w] == [
        f"{path}: dropped 2 OCR JSON items repeating earlier ones (the same text, boxes overlapping by "
        f"90% or more or each edge within 15% of the line's height): item 6 '{LINES[1]}' (as item 3), "
        f"item 7 '{LINES[1]}' (as item 3)"]


def test_a_batch_reports_the_repeat(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    _write(source / "p1.json", _appended(_items()))
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["batch", str(source), str(out), "-f", "txt", "--report", str(report)])
    assert result.exit_code == 0, result.stderr
    warnings = json.loads(report.read_text(encoding="utf-8"))["warnings"]
    assert [w["warning"] for w in warnings if "dropped 1 OCR JSON item" in w["warning"]] != []
    assert (out / "p1.txt").read_text(encoding="utf-8").count("农时，组织农户开展春播生产") == 1


def test_the_same_text_elsewhere_or_a_contained_text_is_kept(tmp_path: Path) -> None:
    items = _items()
    # the same short line in a second column, and an item over line 4's start holding part of its text
    items.append([_quad(1200, 600, 38 * len(LINES[3]), 42), [LINES[3], 0.97]])
    items.append([_quad(150, 780, 38 * 6, 42), [LINES[3][:6], 0.9]])
    code, out, err = _txt(_write(tmp_path / "p1.json", items))
    assert code == 0, err
    assert "dropped" not in err
    assert out.count(LINES[3]) == 2 and out.count(LINES[3][:6]) == 3
