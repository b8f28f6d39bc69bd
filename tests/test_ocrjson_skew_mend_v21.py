"""OCR JSON skew straightening, third review (v21, J2c): what the second version got wrong.

Before: a short page (fewer than 5 measured polygons) tilted 3 degrees or more was read as its boxes
lie, its lines out of order, and nothing said; five long headlines tilted on their own turned the
upright body under them (the median was weighted by side length); a hand-labelled vertical page
turned 180 degrees was read last column first, since a column's first edge is its short side.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import test_ocrjson_skew_review_v21 as review
import test_ocrjson_skew_v21 as v21
from layoutfix.readers import skew

#: One paragraph set in full-width lines of `WIDE_CHARS` characters.
PARAGRAPH = ("眼下正值春耕备耕的关键时节，全市各地抢抓农时，组织农户开展春播生产，田间地头处处是一派繁忙"
             "景象。农技人员在地头现场指导，帮助农户解决难题。据市农业农村局介绍，今年全市计划播种粮食作物一百二十万亩，"
             "种子、化肥、农药等农资储备充足，储备量均高于去年同期。")
WIDE_CHARS = 40


def short_page(degrees: float, lines: int, labels: bool = False) -> list[Any]:
    """`lines` full-width lines of `PARAGRAPH` (the last one short when the text runs out), and with
    `labels` a 2-character label above and a 1-character sign-off below, photographed tilted
    `degrees` clockwise, corners in the detector's order."""
    texts = [PARAGRAPH[k:k + WIDE_CHARS] for k in range(0, WIDE_CHARS * lines, WIDE_CHARS)]
    boxes = [(v21.quad(150, 400 + 60 * k, 38 * len(t), 42), t) for k, t in enumerate(texts) if t]
    if labels:
        boxes = [(v21.quad(150, 300, 76, 42), "简讯"), *boxes,
                 (v21.quad(150, 420 + 60 * len(texts), 38, 42), "完")]
    return [[v21.detector_order(review.turned(box, degrees, (950, 500))), text, 0.97]
            for box, text in boxes]


@pytest.mark.parametrize(("degrees", "lines", "labels"),
                         [(3, 4, False), (-3, 4, False), (3, 4, True), (5, 3, False), (8, 4, False)])
def test_a_short_tilted_page_reads_as_the_upright_page(
    runner: CliRunner, tmp_path: Path, degrees: float, lines: int, labels: bool
) -> None:
    """Before (4 lines of 40 characters at 3 degrees): `…田间地头处处年全市计划播种…是一派繁忙景象…`,
    the second and third lines swapped, and nothing said."""
    upright, _ = review.convert(runner, tmp_path, short_page(0, lines, labels), "-f", "txt")
    assert PARAGRAPH[:WIDE_CHARS * lines] in review.squashed(upright)
    got, said = review.convert(runner, tmp_path, short_page(degrees, lines, labels), "-f", "txt")
    assert got == upright
    assert f"skewed {degrees:+.1f}°" in said


def test_a_short_page_whose_lines_disagree_is_read_as_it_lies() -> None:
    """Three long polygons tilted 0, 2 and 4 degrees show no one skew: the page is left as read."""
    polys = [review.turned(v21.quad(150, 400 + 60 * k, 1520, 42), 2 * k, (950, 460 + 60 * k))
             for k in range(3)]
    assert skew.page_angle([[(x, y) for x, y in p] for p in polys]) is None
    agreeing = [review.turned(v21.quad(150, 400 + 60 * k, 1520, 42), 2, (950, 460)) for k in range(3)]
    assert skew.page_angle([[(x, y) for x, y in p] for p in agreeing]) == pytest.approx(2, abs=0.05)


#: Five long headlines, each photographed tilted on its own, over an upright body.
HEADLINES = ["全市春耕生产全面展开 农资供应充足", "百万亩良田播下希望 种粮大户信心足",
             "农技人员深入田间 服务指导到地头", "气温回升利于出苗 春播进度快于往年",
             "农资打假专项行动 保障农民权益不受损"]


def body_items() -> list[Any]:
    """The v21 page's two columns of body text, upright, below where the headlines stand."""
    return [[[[x, y + 700] for x, y in box], text, 0.97] for box, text in v21.upright_items()[1:]]


def test_long_tilted_headlines_do_not_turn_an_upright_body(runner: CliRunner, tmp_path: Path) -> None:
    """Before: 5 headlines of 2400px tilted 3 degrees outweighed 11 body lines of 380-800px; the body
    was turned -3 degrees (`…现场指导，据市农业农村局介绍…` spliced, `帮助农户解决难题。` last) and
    said `skewed +3.0°`. Each polygon now counts once, so the body decides."""
    heads = [[review.turned(v21.quad(300, 150 + 130 * k, 2400, 110), 3, (1500, 205 + 130 * k)), t, 0.97]
             for k, t in enumerate(HEADLINES)]
    alone, _ = review.convert(runner, tmp_path, body_items(), "-f", "txt")
    got, said = review.convert(runner, tmp_path, heads + body_items(), "-f", "txt")
    assert "skewed" not in said
    for paragraph in v21.paragraphs(alone):
        assert review.squashed(paragraph) in review.squashed(got)


def vertical_text_order(degrees: float) -> list[Any]:
    """The review's vertical page photographed turned `degrees` clockwise, each column's corners
    hand-labelled: from its text's top-left corner, clockwise."""
    columns = [text for _box, text, _score in review.vertical_page(0)]
    boxes = [v21.quad(2500 - 60 * k, 300, 42, 38 * len(text)) for k, text in enumerate(columns)]
    return [[review.turned(box, degrees, (1500, 900)), text, 0.97]
            for box, text in zip(boxes, columns, strict=True)]


@pytest.mark.parametrize("degrees", [180, 183, 177])
def test_a_hand_labelled_vertical_page_turned_upside_down_reads_upright(
    runner: CliRunner, tmp_path: Path, degrees: float
) -> None:
    """Before: its columns came out last first (`物一百二十万亩…据市农业…`), with a warning that it
    looked photographed upside down. A column's hand-labelled first edge runs across its top: left on
    a page turned 180 degrees, from a corner no detector starts at."""
    upright, _ = review.convert(runner, tmp_path, vertical_text_order(0), "-f", "txt")
    assert review.squashed(upright) == "".join(review.VERTICAL_PARAGRAPHS)
    got, said = review.convert(runner, tmp_path, vertical_text_order(degrees), "-f", "txt")
    assert got == upright
    assert "turned 180°" in said and "upside down" not in said


def test_a_detector_ordered_vertical_page_is_not_turned_by_its_columns_tops() -> None:
    """A column's short first edge counts only from a corner no detector starts at: the same page
    turned 180 degrees with the detector's corner order shows no turn (its boxes cannot show it)."""
    polys = [[(x, y) for x, y in v21.detector_order(box)] for box, _t, _s in vertical_text_order(180)]
    assert skew.page_angle(polys) is None
    hand = [[(x, y) for x, y in box] for box, _t, _s in vertical_text_order(180)]
    assert skew.page_angle(hand) in (180, -180)


def test_an_upright_vertical_page_labelled_anticlockwise_is_not_turned(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Columns labelled anticlockwise from their top-right corner (no order kept by the labelling
    tool) start with a short edge running left, as a column's top on a page turned 180 degrees does,
    but at the top: the page was turned and read last column first, `turned 180°` said (review RJ2c)."""
    upright, _ = review.convert(runner, tmp_path, vertical_text_order(0), "-f", "txt")
    anticlockwise = [[[box[1], box[0], box[3], box[2]], text, score]
                     for box, text, score in vertical_text_order(0)]
    got, said = review.convert(runner, tmp_path, anticlockwise, "-f", "txt")
    assert got == upright
    assert "turned" not in said


def scaled(data: Any, factor: float) -> list[Any]:
    """A page of `[corners, text, score]` items photographed at `factor` the resolution."""
    return [[[[round(x * factor, 1), round(y * factor, 1)] for x, y in box], text, score]
            for box, text, score in data]


@pytest.mark.parametrize("degrees", [2, 4, -4])
def test_a_low_resolution_tilted_page_reads_as_the_upright_page(
    runner: CliRunner, tmp_path: Path, degrees: float
) -> None:
    """Before: on a photo at a tenth of the resolution (lines 34-88px long, 4-11px high) no polygon
    reached 100px, so nothing was measured and the 4 degree page read `帮助农户解决难题。` last. A side 8
    times its height is measured however short (a table's cells are not so thin)."""
    upright, _ = review.convert(runner, tmp_path, scaled(v21.photo(0), 0.1), "-f", "txt")
    assert "农技人员在地头现场指导，帮助农户解决难题。" in v21.paragraphs(upright)[1]
    got, said = review.convert(runner, tmp_path, scaled(v21.photo(degrees), 0.1), "-f", "txt")
    assert got == upright
    assert f"skewed {degrees:+.1f}°" in said
