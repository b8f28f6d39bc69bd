"""Reading order from geometry: recursive XY-cut on whitespace gaps, with headline binding.

The method is the recursive XY-cut of Nagy & Seth (1984) / Ha, Haralick & Phillips (1995): a region
is split at the whitespace gaps of its blocks' projections, horizontal gaps giving bands read top to
bottom and vertical gaps giving columns read left to right, and each part is split again. Two rules
adapt it to newspapers, where an article sits under its headline and columns are set on one
baseline grid:

- A horizontal gap is *weak* when it only separates a headline from what is under it (a block whose
  last line is at least `HEADING_RATIO` times the body size, within `HEADING_REACH` body sizes), or
  two blocks of the same column with less than `MAX_FLOW_GAP` of a body line between them (a
  paragraph break that happens to line up across columns). A region is cut at its strong horizontal
  gaps first, then at its vertical gaps (columns), and only when neither exists at its weak gaps.
  So a spanning headline heads the columns under it, side-by-side articles whose headlines happen to
  line up are not read across, and columns of different widths or an article boxed inside
  another (separated by real whitespace) come out whole.
- Vertical pages (tall narrow lines: traditional Chinese set top to bottom, read right to left)
  are detected from the line shapes and ordered in a rotated frame in which their columns become
  rows (`to_frame`), so the same cut reads them top to bottom, right to left.

Sizes are measured as line thickness (the smaller side of a line box), which is the type size for
horizontal and vertical lines alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from ..model import BBox, Block, Page

#: A line is vertical when it holds two or more characters and is this many times taller than wide.
VERTICAL_RATIO = 1.5
#: A block whose last line is this many times the body size is a heading; it binds to what follows.
HEADING_RATIO = 1.3
#: How far below a heading (in body sizes) the block it heads may start.
HEADING_REACH = 3.0
#: Blocks of one column closer than this share of the body size continue each other.
MAX_FLOW_GAP = 0.8


def to_frame(box: BBox, vertical: bool) -> BBox:
    """`box` in the reading frame: unchanged for horizontal pages; for vertical pages rotated so
    that columns read right to left become rows read top to bottom (x' = y, y' = -x)."""
    if not vertical:
        return box
    return BBox(box.y0, -box.x1, box.y1, -box.x0)


def is_vertical_box(box: BBox | None, n_chars: int) -> bool:
    """Whether a line box holding `n_chars` characters is set vertically."""
    return box is not None and n_chars >= 2 and box.height > VERTICAL_RATIO * box.width


def _chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def detect_vertical(page: Page) -> bool:
    """Whether most lines (or blocks, when lines have no boxes) of the page are vertical."""
    units = [(ln.bbox, ln.text) for b in page.blocks for ln in b.lines if ln.bbox is not None]
    if not units:
        units = [(b.bbox, b.text.split("\n")[0]) for b in page.blocks if b.bbox is not None]
    votes = [is_vertical_box(box, _chars(text)) for box, text in units if _chars(text) >= 2]
    return sum(votes) * 2 > len(votes)


@dataclass(slots=True)
class _Item:
    block: Block
    box: BBox  # in the reading frame
    bottom_size: float  # thickness of the block's last line


def _thickness(box: BBox) -> float:
    return min(box.width, box.height)


def _items(blocks: list[Block], vertical: bool) -> tuple[list[_Item], float]:
    items: list[_Item] = []
    sizes: list[float] = []
    for b in blocks:
        assert b.bbox is not None
        line_boxes = [ln.bbox for ln in b.lines if ln.bbox is not None]
        sizes.extend(_thickness(lb) for lb in line_boxes)
        bottom = _thickness(line_boxes[-1]) if line_boxes else _thickness(b.bbox)
        items.append(_Item(b, to_frame(b.bbox, vertical), bottom))
    if not sizes:
        sizes = [it.bottom_size for it in items]
    return items, median(sizes) if sizes else 1.0


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Whitespace gaps (lo, hi) between intervals."""
    gaps: list[tuple[float, float]] = []
    reach = None
    for lo, hi in sorted(spans):
        if reach is not None and lo > reach:
            gaps.append((reach, lo))
        reach = hi if reach is None else max(reach, hi)
    return gaps


def _weak(gap: tuple[float, float], items: list[_Item], body: float, flow: float) -> bool:
    """Whether a horizontal gap only parts a heading from its text, or a column from its continuation.

    Each block below the gap is paired with the nearest block above it that it overlaps across.
    """
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
        if a.bottom_size >= HEADING_RATIO * body and distance < HEADING_REACH * body:
            return True
    return False


def _split(items: list[_Item], cuts: list[tuple[float, float]], axis: str) -> list[list[_Item]]:
    parts: list[list[_Item]] = [[] for _ in range(len(cuts) + 1)]
    for it in items:
        start = it.box.y0 if axis == "y" else it.box.x0
        k = sum(1 for lo, _hi in cuts if start >= lo)
        parts[k].append(it)
    return [p for p in parts if p]


def _xy_cut(items: list[_Item], body: float, flow: float) -> list[list[_Item]]:
    """Leaf groups (runs read top to bottom) of the region holding `items`, in reading order."""
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
            # only weak gaps: take the top one (a heading off its columns), then look again
            parts = _split(items, h_gaps[:1], "y")
        else:  # overlapping boxes: nothing to cut, read top to bottom
            return [sorted(items, key=lambda it: (it.box.y0, it.box.x0))]
    groups: list[list[_Item]] = []
    for part in parts:
        groups.extend(_xy_cut(part, body, flow))
    return groups


def _flow_limit(blocks: list[Block], vertical: bool, body: float) -> float:
    """Largest gap at which two blocks of one column still continue each other: half as much again
    as the page's usual leading (measured between the lines inside blocks), at least MAX_FLOW_GAP
    of a body line when the page gives no measure."""
    leads: list[float] = []
    for b in blocks:
        boxes = [to_frame(ln.bbox, vertical) for ln in b.lines if ln.bbox is not None]
        for prev, nxt in pairwise(boxes):
            if nxt.y0 - prev.y1 > 0:
                leads.append(nxt.y0 - prev.y1)
    if not leads:
        return MAX_FLOW_GAP * body
    return max(1.5 * median(leads), MAX_FLOW_GAP * body)


def _cross_orientation(blocks: list[Block], vertical: bool) -> tuple[list[Block], list[Block], list[Block]]:
    """On a vertical page, horizontal blocks wholly above or below the vertical text (running heads,
    page numbers) are read first or last; returns (first, rest, last)."""
    if not vertical:
        return [], blocks, []
    def is_vertical(b: Block) -> bool:
        lines = [ln for ln in b.lines if ln.bbox is not None]
        if not lines:
            return is_vertical_box(b.bbox, _chars(b.text))
        return any(is_vertical_box(ln.bbox, _chars(ln.text)) for ln in lines)
    vert = [b for b in blocks if is_vertical(b)]
    if not vert:
        return [], blocks, []
    top = min(b.bbox.y0 for b in vert)  # type: ignore[union-attr]
    bottom = max(b.bbox.y1 for b in vert)  # type: ignore[union-attr]
    first = [b for b in blocks if b not in vert and b.bbox.y1 <= top]  # type: ignore[union-attr]
    last = [b for b in blocks if b not in vert and b.bbox.y0 >= bottom]  # type: ignore[union-attr]
    rest = [b for b in blocks if b not in first and b not in last]
    key = lambda b: (b.bbox.y0, b.bbox.x0)  # noqa: E731
    return sorted(first, key=key), rest, sorted(last, key=key)


def reading_groups(page: Page) -> list[list[Block]]:
    """The page's boxed blocks as leaf groups of the XY-cut (each a run of one column or band), in
    reading order. Sets `page.vertical` when it was not known. Blocks without a box are left out."""
    if page.vertical is None:
        page.vertical = detect_vertical(page)
    boxed = [b for b in page.blocks if b.bbox is not None]
    if not boxed:
        return []
    first, rest, last = _cross_orientation(boxed, page.vertical)
    items, body = _items(rest, page.vertical)
    flow = _flow_limit(rest, page.vertical, body)
    groups = [[it.block for it in group] for group in _xy_cut(items, body, flow)] if rest else []
    return [[b] for b in first] + groups + [[b] for b in last]


def order_blocks(page: Page, respect_explicit: bool = True) -> list[Block]:
    """The page's blocks in reading order.

    A stated order (`page.explicit_order`, from PAGE-XML) is kept unless `respect_explicit` is False.
    Blocks without a box keep their place after the block that preceded them in the input.
    """
    if respect_explicit and page.explicit_order:
        return list(page.blocks)
    ordered = [b for group in reading_groups(page) for b in group]
    if len(ordered) == len(page.blocks):
        return ordered
    result: list[Block] = []
    pending: dict[int, list[Block]] = {}
    previous: Block | None = None
    for b in page.blocks:
        if b.bbox is None:
            pending.setdefault(id(previous), []).append(b)
        else:
            previous = b
    result.extend(pending.get(id(None), []))
    for b in ordered:
        result.append(b)
        result.extend(pending.get(id(b), []))
    return result
