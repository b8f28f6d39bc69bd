"""The XY-cut's fast paths give what the general cut gives, on varied regions.

`_cut_pair` answers a region of two blocks without the band and column machinery; it must append
the same groups as `_xy_cut_general` (or decline, leaving `out` untouched) for any two boxes:
touching, coincident, nested, inverted, headings or not, any body size and flow limit, and on a
vertical page's rotated frame (`tiers`: its columns first) as on a horizontal page.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.layout import reading_order as ro
from layoutfix.model import BBox, Block

# a coarse lattice makes shared edges and touching boxes common; negative sizes give inverted boxes
COORD = st.integers(0, 12).map(lambda v: v * 10.0)
SIZE = st.sampled_from([-10.0, 0.0, 5.0, 10.0, 20.0, 30.0, 60.0])
ITEM = st.tuples(COORD, COORD, SIZE, SIZE, st.sampled_from([5.0, 10.0, 13.0, 30.0]))


def _item(idx: int, spec: tuple[float, float, float, float, float]) -> ro._Item:
    x, y, w, h, bottom = spec
    box = BBox(x, y, x + w, y + h)
    return ro._Item(Block(id=f"b{idx}", text="政协", bbox=box), box, bottom, idx)


def _ids(groups: list[list[ro._Item]]) -> list[list[int]]:
    return [[it.idx for it in group] for group in groups]


@settings(max_examples=3000, deadline=None)
@given(ITEM, ITEM, st.sampled_from([5.0, 10.0, 20.0]), st.sampled_from([0.0, 4.0, 8.0, 25.0]), st.booleans())
def test_cut_pair_gives_the_general_cut(a: tuple, b: tuple, body: float, flow: float, tiers: bool) -> None:
    items = [_item(0, a), _item(1, b)]
    fast: list[list[ro._Item]] = []
    general: list[list[ro._Item]] = []
    ro._xy_cut_general(items, body, flow, general, tiers)
    if ro._cut_pair(items[0], items[1], fast, tiers):
        assert _ids(fast) == _ids(general)
    else:
        assert fast == []
        boxes = [it.box for it in items]
        assert any(bx.x0 > bx.x1 or bx.y0 > bx.y1 for bx in boxes)


def test_cut_pair_covers_the_usual_layouts() -> None:
    heading = (0.0, 0.0, 60.0, 30.0, 30.0)
    cases = {
        "stacked": (heading, (0.0, 40.0, 60.0, 60.0, 10.0), [[0], [1]]),
        "stacked, given bottom first": ((0.0, 40.0, 60.0, 60.0, 10.0), heading, [[1], [0]]),
        "columns": ((70.0, 0.0, 60.0, 60.0, 10.0), (0.0, 0.0, 60.0, 60.0, 10.0), [[1], [0]]),
        "overlapping": ((0.0, 10.0, 60.0, 60.0, 10.0), (10.0, 0.0, 60.0, 60.0, 10.0), [[1, 0]]),
    }
    for name, (a, b, expected) in cases.items():
        out: list[list[ro._Item]] = []
        assert ro._cut_pair(_item(0, a), _item(1, b), out), name
        assert _ids(out) == expected, name
    # apart both ways, the upper one on the right: read first on a horizontal page; in a vertical
    # page's rotated frame (`tiers`) the left one is the upper tier and goes first
    upper, lower = (70.0, 0.0, 60.0, 30.0, 10.0), (0.0, 40.0, 60.0, 30.0, 10.0)
    for tiers, expected in ((False, [[0], [1]]), (True, [[1], [0]])):
        out = []
        assert ro._cut_pair(_item(0, upper), _item(1, lower), out, tiers)
        assert _ids(out) == expected


# items sharing a column more often than not: left edges up to 60, right edges from 50
STACK_ITEM = st.tuples(
    st.integers(0, 6).map(lambda v: v * 10.0), st.integers(0, 30).map(lambda v: v * 10.0),
    st.sampled_from([-10.0, 10.0, 50.0, 80.0, 120.0]), st.sampled_from([-10.0, 0.0, 10.0, 20.0, 40.0]),
    st.sampled_from([5.0, 10.0, 13.0, 30.0]),
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(STACK_ITEM, min_size=2, max_size=8), st.sampled_from([5.0, 10.0, 20.0]),
       st.sampled_from([0.0, 4.0, 8.0, 25.0]))
def test_a_stack_is_cut_band_by_band(specs: list[tuple], body: float, flow: float) -> None:
    items = [_item(i, spec) for i, spec in enumerate(specs)]
    bands, gaps = ro._components(items, "y")
    if not gaps or not ro._stacked(items, bands):
        return
    general: list[list[ro._Item]] = []
    ro._cut_bands(ro._Bands(bands, gaps, body, flow), 0, len(bands) - 1, body, flow, general)
    assert _ids(general) == _ids(bands)
