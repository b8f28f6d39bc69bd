"""The XY-cut reading order at scale: the same order as the plain recursive cut, in near-linear work.

`reference_groups` is the straightforward recursive XY-cut the module used before (every region
re-scans all its blocks for gaps and re-pairs every block below a gap with every block above it:
about cubic on a grid of blocks). The fast cut must give exactly its groups on any layout, and its
work must grow about linearly with the number of blocks.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layoutfix.layout import reading_order as ro
from layoutfix.model import BBox, Block, Line, Page

# --- the plain recursive XY-cut (the module's former implementation), used as the oracle ---------


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    gaps: list[tuple[float, float]] = []
    reach = None
    for lo, hi in sorted(spans):
        if reach is not None and lo > reach:
            gaps.append((reach, lo))
        reach = hi if reach is None else max(reach, hi)
    return gaps


def _weak(gap: tuple[float, float], items: list, body: float, flow: float) -> bool:
    above = [it for it in items if it.box.y1 <= gap[0]]
    below = [it for it in items if it.box.y0 >= gap[1]]
    for b in below:
        over = [a for a in above if min(a.box.x1, b.box.x1) - max(a.box.x0, b.box.x0) > 0]
        if not over:
            continue
        a = max(over, key=lambda it: it.box.y1)
        distance = b.box.y0 - a.box.y1
        if distance < flow:
            return True
        if a.bottom_size >= ro.HEADING_RATIO * body and distance < ro.HEADING_REACH * body:
            return True
    return False


def _split(items: list, cuts: list[tuple[float, float]], axis: str) -> list[list]:
    parts: list[list] = [[] for _ in range(len(cuts) + 1)]
    for it in items:
        start = it.box.y0 if axis == "y" else it.box.x0
        parts[sum(1 for lo, _hi in cuts if start >= lo)].append(it)
    return [p for p in parts if p]


def _reference_cut(items: list, body: float, flow: float) -> list[list]:
    if len(items) <= 1:
        return [items]
    h_gaps = _gaps([(it.box.y0, it.box.y1) for it in items])
    strong = [g for g in h_gaps if not _weak(g, items, body, flow)]
    if strong:
        parts = _split(items, strong, "y")
    else:
        v_gaps = _gaps([(it.box.x0, it.box.x1) for it in items])
        if v_gaps:
            parts = _split(items, v_gaps, "x")
        elif h_gaps:
            parts = _split(items, h_gaps[:1], "y")
        else:
            return [sorted(items, key=lambda it: (it.box.y0, it.box.x0))]
    return [group for part in parts for group in _reference_cut(part, body, flow)]


def reference_groups(page: Page) -> list[list[str]]:
    blocks = [b for b in page.blocks if b.bbox is not None]
    items, body = ro._items(blocks, False)
    flow = ro._flow_limit(blocks, False, body)
    return [[it.block.id for it in group] for group in _reference_cut(items, body, flow)]


# --- layouts ---------------------------------------------------------------------------------------


def block(i: int, x: float, y: float, w: float, h: float, line_h: float, n_lines: int) -> Block:
    lines = [Line("政协", bbox=BBox(x, y + k * line_h, x + w, y + (k + 1) * line_h)) for k in range(n_lines)]
    return Block(id=f"b{i}", text="政协", bbox=BBox(x, y, x + w, y + h), lines=lines)


# coarse lattices make coincident edges, touching boxes, headings and paragraph-sized gaps common
BOXES = st.lists(
    st.tuples(st.integers(0, 20), st.integers(0, 40), st.sampled_from([10, 20, 40, 60, 100, 200]),
              st.sampled_from([10, 20, 30, 50, 80]), st.sampled_from([5, 10, 15, 30]), st.integers(0, 3)),
    min_size=1, max_size=40,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BOXES)
def test_fast_cut_gives_the_reference_order(boxes: list[tuple[int, int, int, int, int, int]]) -> None:
    page = Page(blocks=[block(i, x * 10, y * 10, w, h, lh, n) for i, (x, y, w, h, lh, n) in enumerate(boxes)])
    page.vertical = False
    assert [[b.id for b in g] for g in ro.reading_groups(page)] == reference_groups(page)


def grid(n: int, cols: int = 4, row_gap: float = 10) -> Page:
    """n one-line blocks in `cols` columns; rows `row_gap` apart (10: a paragraph break, weak)."""
    return Page(blocks=[block(i, 100 + (i % cols) * 200, (i // cols) * (40 + row_gap), 180, 40, 40, 1)
                        for i in range(n)])


def test_grids_read_column_by_column_like_the_reference() -> None:
    for row_gap in (10, 200):  # weak gaps: columns first; strong gaps: rows first
        page = grid(64, row_gap=row_gap)
        assert [[b.id for b in g] for g in ro.reading_groups(page)] == reference_groups(page)


def test_work_grows_about_linearly_with_the_blocks(monkeypatch) -> None:
    # Count the blocks every sort-and-sweep and every gap window touches: doubling the blocks of
    # a grid (the cubic case of the plain cut) must about double the work, not multiply it by 8.
    touched = [0]
    components, bands = ro._components, ro._Bands

    def counting_components(items, axis):  # type: ignore[no-untyped-def]
        touched[0] += len(items)
        return components(items, axis)

    class CountingBands(bands):  # type: ignore[misc,valid-type]
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            touched[0] += sum(len(band) for band in self.bands) + sum(len(p) for p in self.pairs)

    monkeypatch.setattr(ro, "_components", counting_components)
    monkeypatch.setattr(ro, "_Bands", CountingBands)

    def work(n: int, row_gap: float) -> int:
        touched[0] = 0
        order = ro.order_blocks(grid(n, row_gap=row_gap))
        assert len(order) == n
        return touched[0]

    for row_gap in (10, 200):
        small, big = work(2000, row_gap), work(4000, row_gap)
        assert big <= 2.2 * small, (row_gap, small, big)
