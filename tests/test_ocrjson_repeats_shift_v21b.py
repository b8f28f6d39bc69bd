"""An OCR JSON item repeating an earlier one a few pixels off is read once, and said; real lines stay.

Before: `drop_repeats` took an item for a repeat only when the boxes overlapped by 90% of their union.
A 840x38 body line read again 2px right and 2px down overlaps by 89.6%, a 3px shift down alone on a
38px line by 85%, and a photo credit `记者 李华 摄` read again 2px off by less: each was kept, the line
read twice (a body line again as an extra article after `＊＊＊`, the credit printed twice).
Now boxes whose edges each lie within 15% of the line's height of the earlier item's are
the same place too, and the warning says so. The same text one table row lower, in another column,
on page 2 or one line lower is still kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix import convert
from layoutfix.cli import app

LEFT = ["本报讯 眼下正值春耕备耕的关键时节，全市各地抢抓农时，",
        "组织农户开展春播生产，田间地头处处是一派繁忙景象。",
        "据市农业农村局介绍，今年全市计划播种粮食作物一百", "二十万亩，其中玉米六十万亩、马铃薯三十五万亩。"]
RIGHT = ["本报讯（记者 李华）为方便市民出行，市公交集团近日",
         "新开通三条公交线路，分别连接城区与新区、高铁站和",
         "大学城。新线路开通后，沿线居民乘车时间平均缩短二",
         "十分钟。市公交集团负责人表示，将根据客流变化及时", "调整发车间隔，进一步提升公交服务水平。"]
CREDIT = "记者 李华 摄"
#: A line's height, and the distance from one line's top to the next one's.
HEIGHT, PITCH = 38, 60


def _quad(x: float, y: float, w: float, h: float) -> list[list[float]]:
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


def _item(x: float, y: float, text: str, width: float | None = None, height: float = HEIGHT) -> list[Any]:
    """A PaddleOCR 2.x item, its box as wide as its text at 36px a character unless `width` is given."""
    return [_quad(x, y, 36 * len(text) if width is None else width, height), [text, 0.98]]


def _page() -> list[Any]:
    """Two headlines over two columns of body text, a photo credit under the right column."""
    items = [_item(300, 120, "全市春耕生产全面展开", height=80),
             _item(1300, 120, "城区新增三条公交线路", height=80)]
    items += [_item(150, 250 + PITCH * k, text) for k, text in enumerate(LEFT)]
    items += [_item(1150, 250 + PITCH * k, text) for k, text in enumerate(RIGHT)]
    items.append(_item(1150, 900, CREDIT))
    return items


def _shifted(item: list[Any], dx: float, dy: float) -> list[Any]:
    return [[[x + dx, y + dy] for x, y in item[0]], list(item[1])]


def _write(path: Path, pages: list[list[Any]]) -> Path:
    path.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    return path


def _txt(path: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["convert", str(path), "-f", "txt"])
    return result.exit_code, result.stdout, result.stderr


#: (which item of `_page` is read again, its shift right, its shift down): a long body line 2px
#: right and down (IoU 0.896), the same line 3px down (IoU 0.85), the credit 2px off, the credit
#: 5px down (15% of its 38px height is 5.7px), a headline 10px right (15% of 80px is 12px).
SHIFTS = [(4, 2, 2), (4, 0, 3), (11, 2, 2), (11, 0, 5), (0, 10, 0)]


@pytest.mark.parametrize(("index", "dx", "dy"), SHIFTS)
def test_a_repeat_a_few_pixels_off_is_read_once_and_said(
    tmp_path: Path, index: int, dx: int, dy: int
) -> None:
    page = _page()
    clean = _txt(_write(tmp_path / "clean.json", [page]))
    text = page[index][1][0]
    path = _write(tmp_path / "p1.json", [[*page, _shifted(page[index], dx, dy)]])
    code, out, err = _txt(path)
    assert code == 0, err
    assert out == clean[1]
    assert out.count(text) == 1
    assert err.splitlines() == [
        f"layoutfix: warning: {path}: dropped 1 OCR JSON item repeating an earlier one (the same text, "
        f"boxes overlapping by 90% or more or each edge within 15% of the line's height): "
        f"item {len(page) + 1} '{text}' (as item {index + 1})"]


def test_the_api_gives_the_warning_for_a_shifted_repeat(tmp_path: Path) -> None:
    page = _page()
    path = _write(tmp_path / "p1.json", [[*page, _shifted(page[4], 2, 2)]])
    document = convert(path, fmt="txt").document
    assert document.text.count(LEFT[2]) == 1
    assert [w for w in document.warnings if "dropped" in w] == [
        f"{path}: dropped 1 OCR JSON item repeating an earlier one (the same text, boxes overlapping by 90% "
        f"or more or each edge within 15% of the line's height): item 13 '{LEFT[2]}' (as item 5)"]


def _table_rows() -> list[Any]:
    """`0` in one cell and again in the cell below it, one row lower, the rows touching."""
    return [_item(1150, 900, "0", width=20), _item(1150, 900 + HEIGHT, "0", width=20),
            _item(1300, 900, "1", width=20), _item(1300, 900 + HEIGHT, "2", width=20)]


def _two_columns() -> list[Any]:
    """The same small heading over both columns."""
    return [_item(150, 850, "相关新闻"), _item(1150, 850, "相关新闻")]


def _one_line_lower() -> list[Any]:
    """The same short line twice in a column, one line under the other (a list's repeated entry)."""
    return [_item(150, 850, "同上"), _item(150, 850 + PITCH, "同上")]


@pytest.mark.parametrize("extra", [_table_rows, _two_columns, _one_line_lower])
def test_the_same_text_at_another_place_is_kept(tmp_path: Path, extra: Any) -> None:
    items = extra()
    code, out, err = _txt(_write(tmp_path / "p1.json", [[*_page(), *items]]))
    assert code == 0, err
    assert "dropped" not in err
    text = items[0][1][0]
    assert out.count(text) == sum(it[1][0] == text for it in items)


def test_the_same_line_on_page_two_is_kept(tmp_path: Path) -> None:
    page = _page()
    code, out, err = _txt(_write(tmp_path / "p1.json", [page, [_shifted(page[4], 2, 2)]]))
    assert code == 0, err
    assert "dropped" not in err
    assert out.count(LEFT[2]) == 2


def test_boxes_in_inches_keep_lines_a_few_units_apart(tmp_path: Path) -> None:
    """A few units apart is a few pixels on a photo but a whole table row in inches or 0-1 page units:
    the tolerance is a share of the line's height, so such a page keeps every line (review RJ1b: a
    floor of 3 units dropped a second photo credit and a table's next row and column)."""
    items = [
        {"text": "本报讯 今年全市计划播种粮食作物一百二十万亩。", "box": [0.75, 1.0, 5.2, 1.19]},
        {"text": "记者 李华 摄", "box": [0.75, 1.4, 1.6, 1.55]},
        {"text": "记者 李华 摄", "box": [3.0, 1.4, 3.85, 1.55]},
        {"text": "0", "box": [0.75, 2.0, 0.85, 2.15]},
        {"text": "0", "box": [0.75, 2.3, 0.85, 2.45]},
        {"text": "0", "box": [1.75, 2.0, 1.85, 2.15]},
    ]
    page = tmp_path / "inches.json"
    page.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert "dropped" not in result.stderr
    assert result.stdout.count("记者 李华 摄") + result.stdout.count("记者李华摄") == 2
