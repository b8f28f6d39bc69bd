"""`drop_repeats` finds the items it drops through a grid of the kept boxes, and drops exactly what
comparing each item with every earlier kept item of its text drops.

Before: each item was compared with every kept item of the same text, so an OCR JSON table page of
2,000 cells reading `0` made two million box comparisons (2.9 s on an idle machine, more under load;
`python bench/bench_limits.py pathological --only "OCR JSON"`). Now each item is compared only with
the kept items of its text in the neighbouring cells of a grid scaled to its box. The tests hold the
answer (which items are dropped, and which earlier item each repeats, so the warning too) to the
plain comparison with every earlier kept item on random layouts: repeats a pixel or a share of a
line off, boxes of many sizes, boxes without area, boxes too wide or too small for exact floats.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from bench_cases import bench_limits
from layoutfix.model import BBox, Line
from layoutfix.readers.ocrjson import _GRID_FROM, _same_place, drop_repeats, read_ocrjson, repeats_warning


def _plain_drop_repeats(items: Sequence[Line]) -> tuple[list[Line], dict[int, int]]:
    """The definition: an item repeats the first earlier kept item of the same text in the same
    place (`_same_place`); compared with every one of them."""
    kept_of: dict[str, list[int]] = {}
    repeats: dict[int, int] = {}
    for k, item in enumerate(items):
        if not item.text.strip():
            continue
        earlier = kept_of.setdefault(item.text, [])
        first = next((j for j in earlier if _same_place(items[j].bbox, item.bbox)), None)
        if first is None:
            earlier.append(k)
        else:
            repeats[k] = first
    return [item for k, item in enumerate(items) if k not in repeats], repeats


#: Sides of boxes from a dot to a page, and the odd ones: none, a share of a pixel, too small for the
#: area to be a normal float, so wide that a box across it overflows.
SIDE = st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0, 12.0, 16.0, 30.0, 31.5, 33.0, 38.0, 64.0, 840.0, 1e-170,
                        1e300])
#: Corners near the grid's cell edges (multiples of powers of two) and far out.
CORNER = st.sampled_from([-1e308, -50.0, -0.0, 0.0, 1e-320, 7.0, 63.0, 64.5, 100.0, 127.0, 1024.0, 1e6,
                          1e308])
#: Shifts of a copy of an earlier box, in shares of its shorter side (0.15 is the edge tolerance) or
#: in pixels.
SHIFT = st.sampled_from([0.0, 0.05, 0.1, 0.14, 0.15, 0.16, 0.3, 0.5, -0.05, -0.1, -0.14, -0.15, -0.2])
PIXELS = st.sampled_from([0.0, 0.0, 1.0, 2.0, -1.0, -2.0, 0.001])
TEXT = st.sampled_from(["0", "0", "0", "政协", "记者 李华 摄", " ", ""])


@st.composite
def _layout(draw: st.DrawFn) -> list[Line]:
    """Items of a page: new boxes, and copies of earlier boxes moved a little (each edge on its own),
    so that repeats, near misses, chains of shifted copies (an item in the place of two kept ones)
    and copies across a cell's edge all occur."""
    items: list[Line] = []
    for _ in range(draw(st.integers(0, 60))):
        text = draw(TEXT)
        kind = draw(st.sampled_from(["new", "copy", "copy", "copy", "copy", "none"]))
        boxed = [ln.bbox for ln in items if ln.bbox is not None]
        if kind == "none":
            items.append(Line(text, None))
        elif kind == "copy" and boxed:
            base = draw(st.sampled_from(boxed))
            side = min(base.width, base.height)
            whole = draw(SHIFT) * side if draw(st.booleans()) else None  # the box moved whole
            x0, y0, x1, y1 = (v + (draw(SHIFT) * side + draw(PIXELS) if whole is None else whole)
                              for v in (base.x0, base.y0, base.x1, base.y1))
            items.append(Line(text, BBox(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))))
        else:
            x0, y0 = draw(CORNER), draw(CORNER)
            items.append(Line(text, BBox(x0, y0, x0 + draw(SIDE), y0 + draw(SIDE))))
    return items


@seed(20261127)
@settings(max_examples=400, deadline=None)
@given(_layout())
def test_drop_repeats_drops_what_the_plain_comparison_drops(items: list[Line]) -> None:
    kept, repeats = drop_repeats(items)
    plain_kept, plain_repeats = _plain_drop_repeats(items)
    assert repeats == plain_repeats
    assert [id(ln) for ln in kept] == [id(ln) for ln in plain_kept]
    if repeats:  # the warning is made of the same pairs
        assert repeats_warning("p.json", items, repeats) == repeats_warning("p.json", items, plain_repeats)


@seed(20261127)
@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.sampled_from([(30.0, 36.0), (840.0, 38.0), (3.0, 2.0)]),
       st.sets(st.integers(0, 143), max_size=20), st.sampled_from([0.0, 1.0, 2.0, 3.0, 5.0]))
def test_a_table_of_one_text_keeps_its_cells_and_drops_its_reread_cells(
    rows: int, cols: int, size: tuple[float, float], again: set[int], off: float
) -> None:
    # a grid of cells all reading `0`, a line's height or more apart, some cells read a second time a
    # few pixels off (tiles of a photo overlapping)
    width, height = size
    cells = [Line("0", BBox(c * width * 1.5, r * height * 1.4, c * width * 1.5 + width,
                            r * height * 1.4 + height)) for r in range(rows) for c in range(cols)]
    reread = [Line("0", BBox(b.x0 + off, b.y0 + off, b.x1 + off, b.y1 + off))
              for k, b in enumerate(ln.bbox for ln in cells) if k in again and b is not None]
    items = cells + reread
    assert drop_repeats(items) == _plain_drop_repeats(items)


def test_the_benchmark_table_of_zeros_is_read_whole() -> None:
    # the bench case (`bench_limits.py pathological --only "OCR JSON"`): 2,000 cells reading `0`, each
    # its own cell of the table: every one is read, none dropped, nothing said
    pages = read_ocrjson(bench_limits.ocrjson_cells(bench_limits.OCRJSON_CELLS), "cells.json")
    assert sum(len(b.lines) for b in pages[0].blocks) == bench_limits.OCRJSON_CELLS
    assert pages[0].warnings == []


def _elsewhere(text: str) -> list[Line]:
    """Enough items of `text` far down the page for `drop_repeats` to look the next ones up in its
    grid (`_GRID_FROM`), not to compare them with each: each test's items come after these."""
    return [Line(text, BBox(100.0 * k, 1e5, 100.0 * k + 30.0, 1e5 + 36.0)) for k in range(_GRID_FROM)]


def _moved(box: BBox, by: float) -> BBox:
    return BBox(box.x0 + by, box.y0 + by, box.x1 + by, box.y1 + by)


def test_an_item_in_the_place_of_two_kept_items_repeats_the_first() -> None:
    # B lies 0.16 of the line's height off A (kept: a line of its own), C 0.08 off A and B: C is a
    # repeat of A, the first, and the warning says so
    a = BBox(63.0, 100.0, 903.0, 138.0)
    for before in ([], _elsewhere("0")):
        n = len(before)
        items = [*before, Line("0", a), Line("0", _moved(a, 0.16 * 38)), Line("0", _moved(a, 0.08 * 38))]
        kept, repeats = drop_repeats(items)
        assert repeats == {n + 2: n} == _plain_drop_repeats(items)[1]
        assert kept == items[:-1]
        assert f"item {n + 3} '0' (as item {n + 1})" in repeats_warning("p.json", items, repeats)


def test_a_repeat_across_a_cell_edge_and_across_the_tiny_area_bound_is_found() -> None:
    # a box 30 wide has cells 32 wide: 63 and 64.5 lie in two cells; a box of area just under
    # `_TINY_AREA` is compared with every kept item, one just over it is in the grid
    cell = BBox(63.0, 100.0, 93.0, 136.0)
    side = 2.0 ** -480
    under, over = BBox(0.0, 0.0, 0.99 * side, 0.99 * side), BBox(0.0, 0.0, 1.01 * side, 1.01 * side)
    before = _elsewhere("0")
    n = len(before)
    for first, second in [(cell, _moved(cell, 1.5)), (under, over), (over, under)]:
        items = [*before, Line("0", first), Line("0", second)]
        assert drop_repeats(items) == (items[:-1], {n + 1: n}) == _plain_drop_repeats(items)


def test_boxes_whose_overlap_is_a_subnormal_float_are_compared_as_before() -> None:
    # On boxes of sides near 2**-536 units the overlap test of `_same_place` is rounded so far that two
    # boxes more than twice as wide as each other are "the same place": what the comparison with
    # every item says, `drop_repeats` says too (such a box is not placed in the grid).
    u = 2.0 ** -536
    a = BBox(0.0, 0.0, 0.24133297705756496 * u, 1.0243285777652733 * u)
    b = BBox(0.0, 0.0, 0.5571147274285959 * u, 0.5282545616328083 * u)
    assert _same_place(a, b)  # the rounding this test is about
    before = _elsewhere("0")
    n = len(before)
    items = [*before, Line("0", a), Line("0", b)]
    assert drop_repeats(items) == (items[:-1], {n + 1: n}) == _plain_drop_repeats(items)
