"""OCR JSON of a skewed or turned phone photo reads as the upright page (v21).

Before, a page whose 4-point polygons were tilted by a few degrees was read from their axis-aligned
outlines, which grow taller the longer a line is: from 2-3 degrees a paragraph's short last line
(`帮助农户解决难题。`) looked like smaller type and went to the end of the page, and the sentences
either side of it were spliced. Polygons ordered from the text's top-left corner (hand labels, ICDAR
style) of a page turned 180 or 270 degrees read last line first. Now the reader measures the skew
from the polygons' first edges and turns every point back before the layout reads the boxes.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

Point = list[float]
Quad = list[Point]

#: One article: a headline over two columns; column 1's first paragraph ends in a short line.
HEADLINE = "全市春耕生产全面展开"
COLUMN_1 = ["眼下正值春耕备耕的关键时节，全市各地抢抓", "农时，组织农户开展春播生产，田间地头处处",
            "是一派繁忙景象。农技人员在地头现场指导，", "帮助农户解决难题。",
            "据市农业农村局介绍，今年全市计划播种粮食", "作物一百二十万亩，储备量均高于去年同期。"]
COLUMN_2 = ["与此同时，各县区组织农技人员深入田间地头", "，开展科技下乡和技术培训活动，推广良种良",
            "法，引导农户科学种田。", "截至目前，全市已完成春播面积四十八万亩，",
            "占计划的百分之四十。"]
CENTRE = (1000.0, 900.0)


def quad(x: float, y: float, w: float, h: float) -> Quad:
    """An upright box's corners, clockwise from its top-left."""
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


def upright_items() -> list[tuple[Quad, str]]:
    """The page's lines as they stand upright: (corners, text)."""
    items = [(quad(300, 400, 880, 110), HEADLINE)]
    for x, column in ((150, COLUMN_1), (1080, COLUMN_2)):
        for k, text in enumerate(column):
            indent = 76 if k == 0 or column[k - 1].endswith("。") else 0
            items.append((quad(x + indent, 600 + 60 * k, 38 * len(text), 42), text))
    return items


def turned(points: Quad, degrees: float) -> Quad:
    """`points` turned `degrees` clockwise on the page (y grows downwards) about `CENTRE`."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    cx, cy = CENTRE
    return [[round(cx + (x - cx) * c - (y - cy) * s, 1), round(cy + (x - cx) * s + (y - cy) * c, 1)]
            for x, y in points]


def detector_order(points: Quad) -> Quad:
    """The corners as PaddleOCR's and RapidOCR's detectors order them (`get_mini_boxes`): the two
    leftmost first, the upper of them first, then the two rightmost, the upper first."""
    by_x = sorted(points, key=lambda p: p[0])
    left = sorted(by_x[:2], key=lambda p: p[1])
    right = sorted(by_x[2:], key=lambda p: p[1])
    return [left[0], right[0], right[1], left[1]]


def photo(degrees: float, shape: str = "rapid", text_order: bool = False) -> object:
    """The page photographed turned `degrees` clockwise, as the engine's JSON `shape` writes it; the
    corners in the detector's order, or from the text's top-left corner (`text_order`)."""
    items = []
    for box, text in upright_items():
        points = turned(box, degrees)
        items.append((points if text_order else detector_order(points), text))
    if shape == "paddle2":
        return [[[box, [text, 0.97]] for box, text in items]]
    if shape == "paddle3":
        return {"res": {"rec_texts": [t for _b, t in items], "rec_scores": [0.97] * len(items),
                        "rec_polys": [b for b, _t in items]}}
    return [[box, text, 0.97] for box, text in items]


def convert(runner: CliRunner, tmp_path: Path, data: object, *args: str) -> tuple[str, str]:
    """What `convert` writes of the page (stdout) and says (stderr)."""
    path = tmp_path / "page.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(path), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


def paragraphs(txt: str) -> list[str]:
    return [p for p in txt.strip().split("\n\n") if p]


@pytest.mark.parametrize("degrees", [1, -1, 2, -2, 3, 5, 8, -8])
def test_a_skewed_photo_reads_as_the_upright_page(runner: CliRunner, tmp_path: Path, degrees: float) -> None:
    """Before (3 degrees): `…现场指导，据市农业农村局介绍…` spliced and `帮助农户解决难题。` last."""
    upright, _ = convert(runner, tmp_path, photo(0), "-f", "txt")
    assert "农技人员在地头现场指导，帮助农户解决难题。" in paragraphs(upright)[1]
    skewed, _ = convert(runner, tmp_path, photo(degrees), "-f", "txt")
    assert skewed == upright


@pytest.mark.parametrize("shape", ["paddle2", "paddle3"])
def test_a_skewed_photo_reads_right_in_paddleocrs_shapes(
    runner: CliRunner, tmp_path: Path, shape: str
) -> None:
    upright, _ = convert(runner, tmp_path, photo(0, shape), "-f", "txt")
    skewed, _ = convert(runner, tmp_path, photo(3, shape), "-f", "txt")
    assert skewed == upright


@pytest.mark.parametrize("degrees", [180, 270, 183, 268])
def test_polygons_ordered_from_the_texts_corner_show_a_turned_page(
    runner: CliRunner, tmp_path: Path, degrees: float
) -> None:
    """Before: 180 read `作物一百二十万亩…` first and the headline last. Now the first edges, which run
    left (180) or up (270), turn the page upright, and a warning names the turn."""
    upright, _ = convert(runner, tmp_path, photo(0), "-f", "txt")
    got, said = convert(runner, tmp_path, photo(degrees, text_order=True), "-f", "txt")
    assert got == upright
    assert f"turned {round(degrees / 90) * 90}°" in said


def test_a_skew_of_a_few_degrees_is_said_once(runner: CliRunner, tmp_path: Path) -> None:
    _, said = convert(runner, tmp_path, photo(3), "-f", "txt")
    assert said.count("skewed +3.0°") == 1
    _, small = convert(runner, tmp_path, photo(1), "-f", "txt")
    assert "skewed" not in small


_ZONE = re.compile(r'<zone xml:id="[^"]+" type="line" '
                   r'ulx="([\d.]+)" uly="([\d.]+)" lrx="([\d.]+)" lry="([\d.]+)"/>')


def test_the_zones_of_a_straightened_page_stay_on_the_photo(runner: CliRunner, tmp_path: Path) -> None:
    """The TEI zones give where the text lies on the photo the polygons refer to, not in the frame
    the reader turned it into: each line zone is the outline of that line's polygon."""
    data = photo(5)
    tei, _ = convert(runner, tmp_path, data, "-f", "tei", "--line-zones")
    outlines = set()
    for box, _text, _score in data:  # type: ignore[attr-defined]
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        outlines.add((min(xs), min(ys), max(xs), max(ys)))
    zones = {tuple(float(v) for v in z) for z in _ZONE.findall(tei)}
    assert len(outlines & zones) >= len(outlines) - 1  # (a row the reader joins is one zone)
    assert len(outlines & zones) > 10


def test_a_page_skewed_more_than_ten_degrees_is_read_as_its_boxes_lie(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The skew measure stops at 10 degrees (a polygon's first edge is ambiguous near 45): nothing
    is said and the boxes are read as they lie."""
    _, said = convert(runner, tmp_path, photo(20), "-f", "txt")
    assert "skewed" not in said and "turned" not in said


@pytest.mark.parametrize("degrees", [180, 270])
def test_a_page_turned_so_that_its_boxes_cannot_show_it_is_said(
    runner: CliRunner, tmp_path: Path, degrees: float
) -> None:
    """PaddleOCR's and RapidOCR's corner order is the page's, not the text's: a photo turned 180 or
    270 degrees cannot be told from its polygons. Before, it read last line first with nothing said;
    now its paragraphs' short last lines, flush with the far end of their column, give one warning."""
    _, said = convert(runner, tmp_path, photo(degrees), "-f", "txt")
    assert said.count("layoutfix: warning:") == 1
    assert "upside down" in said and "use_doc_orientation_classify" in said


@pytest.mark.parametrize("degrees", [0, 3, 90])
def test_an_upright_page_or_one_that_reads_right_is_not_said_to_be_turned(
    runner: CliRunner, tmp_path: Path, degrees: float
) -> None:
    _, said = convert(runner, tmp_path, photo(degrees), "-f", "txt")
    assert "upside down" not in said
