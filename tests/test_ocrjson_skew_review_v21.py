"""OCR JSON skew straightening after review (v21, J2b): what the first version got wrong.

Before: a vertical page tilted 4 degrees clockwise was read as turned 270 and came out backwards; one
tilted caption polygon among boxes given as four numbers turned the whole page; a page photographed
upside down lost its warning as soon as it was skewed at all; a table of short cells whose right
corners were a pixel lower was "skewed +2.4°" and cut into a zone per cell; a 2° page measuring
1.99° was not said to be skewed.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import test_ocrjson_skew_v21 as v21
from layoutfix.readers import ocrjson

Quad = list[list[float]]

#: A vertical page: two paragraphs set in columns read right to left.
VERTICAL_PARAGRAPHS = ["眼下正值春耕备耕的关键时节，全市各地抢抓农时，组织农户开展春播生产，"
                       "田间地头处处是一派繁忙景象。",
                       "据市农业农村局介绍，今年全市计划播种粮食作物一百二十万亩，储备量均高于去年同期。"]
COLUMN_CHARS = 21


def turned(points: Quad, degrees: float, centre: tuple[float, float]) -> Quad:
    """`points` turned `degrees` clockwise on the page (y grows downwards) about `centre`."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    cx, cy = centre
    return [[round(cx + (x - cx) * c - (y - cy) * s, 1), round(cy + (x - cx) * s + (y - cy) * c, 1)]
            for x, y in points]


def vertical_page(degrees: float) -> list[Any]:
    """The vertical page photographed tilted `degrees` clockwise, corners in the detector's order."""
    items = []
    x = 2500.0
    for paragraph in VERTICAL_PARAGRAPHS:
        for k in range(0, len(paragraph), COLUMN_CHARS):
            text = paragraph[k:k + COLUMN_CHARS]
            box = v21.quad(x, 300, 42, 38 * len(text))
            items.append([v21.detector_order(turned(box, degrees, (1500, 900))), text, 0.97])
            x -= 60
    return items


convert = v21.convert  # what `convert` writes of the page (stdout) and says (stderr)


def squashed(txt: str) -> str:
    return "".join(txt.split())


@pytest.mark.parametrize("degrees", [3, 4, 5, 6, -4])
def test_a_tilted_vertical_page_is_not_read_as_turned(
    runner: CliRunner, tmp_path: Path, degrees: float
) -> None:
    """Before (4 degrees): `物一百二十万亩…据市农业农村局介绍…` first, the columns backwards, and a
    warning that the page was turned 270°. The detector orders a tall box's corners so that its first
    edge runs up its long side once the tilt exceeds atan(width / length)."""
    upright, _ = convert(runner, tmp_path, vertical_page(0), "-f", "txt")
    assert squashed(upright) == "".join(VERTICAL_PARAGRAPHS)
    got, said = convert(runner, tmp_path, vertical_page(degrees), "-f", "txt")
    assert "turned" not in said
    assert got == upright


def numbers_and_caption(caption_box: object) -> list[Any]:
    """Five body lines given as four corner numbers and a caption with `caption_box`."""
    body = ["眼下正值春耕备耕的关键时节，全市各地抢抓", "农时，组织农户开展春播生产，田间地头处处",
            "是一派繁忙景象。", "据市农业农村局介绍，今年全市计划播种粮食",
            "作物一百二十万亩，储备量均高于去年同期。"]
    items: list[Any] = [[[150, 600 + 60 * k, 150 + 38 * len(t), 642 + 60 * k], t, 0.97]
                        for k, t in enumerate(body)]
    items.append([caption_box, "图为农民在田间播种。", 0.9])
    return items


def test_one_tilted_polygon_among_number_boxes_turns_nothing(runner: CliRunner, tmp_path: Path) -> None:
    """Before: the caption's polygon alone, at -8 degrees, set the page's angle: the body's lines were
    turned and interleaved (`…全市各地抢抓据市农业农村局介绍…`) and the page said to be skewed."""
    polygon = turned(v21.quad(150, 920, 380, 40), -8, (340, 940))
    xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
    outline = [min(xs), min(ys), max(xs), max(ys)]
    as_read, _ = convert(runner, tmp_path, numbers_and_caption(outline), "-f", "txt")
    got, said = convert(runner, tmp_path, numbers_and_caption(polygon), "-f", "txt")
    assert "skewed" not in said
    assert got == as_read
    assert "全市各地抢抓农时" in squashed(got)


@pytest.mark.parametrize("degrees", [180.5, 183, 177])
def test_a_skewed_page_photographed_upside_down_is_said(
    runner: CliRunner, tmp_path: Path, degrees: float
) -> None:
    """Before: the upside-down warning came only for a page whose polygons were exactly level (0.5
    degrees: nothing said; 3: only `skewed`)."""
    _, said = convert(runner, tmp_path, v21.photo(degrees), "-f", "txt")
    assert "upside down" in said and "use_doc_orientation_classify" in said
    if abs(degrees - 180) >= 2:
        assert f"skewed {degrees - 180:+.1f}°" in said


def table(right_drop: float) -> list[Any]:
    """A level table of 1-2 character cells under a title; each cell's right corners `right_drop` px
    lower than its left ones (a detector's rounding)."""
    items: list[Any] = [[v21.quad(200, 200, 1200, 100), "二〇二四年各县区春播进度统计表", 0.99]]
    for r in range(25):
        for c in range(10):
            text = str((r * 7 + c * 3) % 9 + 1) if c else f"{r + 1}区"
            x, y, w = 150 + c * 280, 400 + r * 56, 24 * len(text)
            corners = [[x, y], [x + w, y + right_drop], [x + w, y + 40 + right_drop], [x, y + 40]]
            items.append([corners, text, 0.95])
    return items


_ZONE = re.compile(r'<zone xml:id="[^"]+" type="(?:line|block)"')


def test_short_cells_a_pixel_off_level_do_not_skew_a_table(runner: CliRunner, tmp_path: Path) -> None:
    """Before: right corners 1 px lower on 24 px cells measured `skewed +2.4°`; the turned cells no
    longer lined up in rows, and the TEI went from 11 block zones to 182. Edges under 100 px are not
    measured, and a page with fewer than 5 long ones is read as it lies."""
    level_txt, _ = convert(runner, tmp_path, table(0), "-f", "txt")
    level_tei, _ = convert(runner, tmp_path, table(0), "-f", "tei")
    got_txt, said = convert(runner, tmp_path, table(1), "-f", "txt")
    got_tei, _ = convert(runner, tmp_path, table(1), "-f", "tei")
    assert "skewed" not in said
    assert got_txt == level_txt
    assert len(_ZONE.findall(got_tei)) == len(_ZONE.findall(level_tei))


def test_a_two_degree_page_is_said_to_be_skewed(runner: CliRunner, tmp_path: Path) -> None:
    """Before: a page measured at 1.97° was said nothing of, yet its skew reads `+2.0°`: the warning's
    bound is the skew as said, to one decimal."""
    _, said = convert(runner, tmp_path, v21.photo(1.97), "-f", "txt")
    assert said.count("skewed +2.0°") == 1
    _, less = convert(runner, tmp_path, v21.photo(1.9), "-f", "txt")
    assert "skewed" not in less


def test_each_item_is_taken_apart_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the reader took each list item apart twice (its line, then its raw box): 1.2-1.4 times
    the time to read a page."""
    calls = []
    fields = ocrjson._fields

    def counted(item: Any, name: str) -> tuple[Any, Any, Any]:
        calls.append(item)
        return fields(item, name)

    monkeypatch.setattr(ocrjson, "_fields", counted)
    data = v21.photo(3)
    pages = ocrjson.read_ocrjson(json.dumps(data, ensure_ascii=False).encode(), "page.json")
    assert len(calls) == len(data)  # type: ignore[arg-type]
    assert sum(len(b.lines) for b in pages[0].blocks) >= len(data) - 2  # type: ignore[arg-type]
