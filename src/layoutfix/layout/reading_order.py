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
  rows (`to_frame`), so the same cut reads them top to bottom, right to left. One rule is not
  turned with them: a vertical page is set in tiers (horizontal bands under rules), read top tier
  first and right to left within a tier, so a region of a vertical page is cut at the gaps between
  its tiers (the rotated frame's vertical gaps, `tiers`) before any other, unless an article runs
  on across the tier line (`_runs_on`). Turned, the horizontal page's bands-first rule would read a
  2x2 grid of articles right column group first.

Sizes are type sizes as `line_size` measures them: a line box's thickness (its smaller side), and for
a vertical line no more than its length per character, since engines pad the width of columns.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter
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
    """The number of non-space characters of `text` (`str.split()` cuts at exactly the characters
    `str.isspace` accepts; one C pass instead of a generator step per character)."""
    return len("".join(text.split()))


def line_size(box: BBox, text: str) -> float:
    """The type size of a line with box `box` holding `text`: what tells a headline from body text.

    A box's thickness is the type size in both orientations as long as the engine draws it tight.
    Engines pad their boxes, and RapidOCR pads vertical columns by a third of the type (26px type
    measures 33-36px wide, a 38px headline 40px), which hides a headline among body columns. Along
    a vertical column of Chinese every character, punctuation included, takes one em, so its length
    over its characters is the type size, with the padding at the two ends spread over all of them:
    a vertical line's size is the smaller of its thickness and that pitch (a letter-spaced headline
    keeps its thickness). Horizontal lines keep the thickness: there, half-width Latin letters and
    digits make the pitch no measure of the type.
    """
    width, height = box.x1 - box.x0, box.y1 - box.y0
    thickness = min(width, height)
    # `is_vertical_box(box, _chars(text))`, with the characters counted only for a tall box
    if height > VERTICAL_RATIO * width:
        n = _chars(text)
        if n >= 2:
            return min(thickness, height / n)
    return thickness


def detect_vertical(page: Page) -> bool:
    """Whether most lines (or blocks, when lines have no boxes) of the page are vertical."""
    units = [(ln.bbox, ln.text) for b in page.blocks for ln in b.lines if ln.bbox is not None]
    if not units:
        units = [(b.bbox, b.text.split("\n")[0]) for b in page.blocks if b.bbox is not None]
    # `is_vertical_box` of each unit of two or more characters (`_chars`), read off the box fields
    tall = [box.y1 - box.y0 > VERTICAL_RATIO * (box.x1 - box.x0)
            for box, text in units if len("".join(text.split())) >= 2]
    return tall.count(True) * 2 > len(tall)


@dataclass(slots=True)
class _Item:
    block: Block
    box: BBox  # in the reading frame
    bottom_size: float  # type size of the block's last line (`line_size`)
    idx: int  # place in the input, which breaks ties


def _thickness(box: BBox) -> float:
    return min(box.width, box.height)


def _items(blocks: list[Block], vertical: bool, known: dict[int, float] | None = None
           ) -> tuple[list[_Item], float]:
    """The blocks as XY-cut items, and the body size (the median line size). `known`: line sizes
    already measured, by `id(line)` (every boxed line of `blocks`)."""
    items: list[_Item] = []
    sizes: list[float] = []
    for i, b in enumerate(blocks):
        assert b.bbox is not None
        if known is not None:
            line_sizes = [known[id(ln)] for ln in b.lines if ln.bbox is not None]
        else:
            line_sizes = [line_size(ln.bbox, ln.text) for ln in b.lines if ln.bbox is not None]
        sizes.extend(line_sizes)
        bottom = line_sizes[-1] if line_sizes else _thickness(b.bbox)
        items.append(_Item(b, to_frame(b.bbox, vertical), bottom, i))
    if not sizes:
        sizes = [it.bottom_size for it in items]
    return items, median(sizes) if sizes else 1.0


def _components(items: list[_Item], axis: str) -> tuple[list[list[_Item]], list[tuple[float, float]]]:
    """The runs of `items` separated by whitespace along `axis` ("y": bands top to bottom, "x":
    columns left to right), each in input order, and the gaps (lo, hi) between them.

    One sort and one sweep: a run ends where the next start (in sorted order) lies beyond the
    furthest end so far. Items are sorted by position in `items` with their (start, end) spans as
    keys (a stable sort, as sorting the items themselves), and runs are recorded by position."""
    if axis == "y":
        spans = [(it.box.y0, it.box.y1) for it in items]
    else:
        spans = [(it.box.x0, it.box.x1) for it in items]
    order = sorted(range(len(items)), key=spans.__getitem__)
    gaps: list[tuple[float, float]] = []
    run_of = [0] * len(items)
    reach = spans[order[0]][1]
    for k in order:
        lo, hi = spans[k]
        if lo > reach:
            gaps.append((reach, lo))
        if hi > reach:  # `max(reach, hi)` without the call
            reach = hi
        run_of[k] = len(gaps)
    if not gaps:
        return [list(items)], gaps
    runs: list[list[_Item]] = [[] for _ in range(len(gaps) + 1)]
    for k, it in enumerate(items):
        runs[run_of[k]].append(it)
    return runs, gaps


#: An item's top and bottom in the reading frame, as C-level sort keys.
_TOP, _BOTTOM = attrgetter("box.y0"), attrgetter("box.y1")
#: An item's top, then left, in the reading frame: the order of a group of overlapping items.
_TOP_LEFT = attrgetter("box.y0", "box.x0")


class _Bands:
    """The horizontal bands of one region and, for each gap between bands, what makes it weak.

    A gap is weak when some block below it, paired with the lowest block above it that it overlaps
    across, lies within `flow` of it, or within `HEADING_REACH` body sizes of a heading. In a part
    of the region that keeps bands s..e only, the pairing of a block b below gap i changes only by
    losing its partner when the partner's band is cut off above (every block of a later band is
    lower than every block of an earlier one). So gap i is weak in bands s..e exactly when some
    recorded pair (band of b, band of its partner) has band of b <= e and partner band >= s.
    Only blocks within `reach` of the gap can pair close enough, so each gap looks at a window.
    """

    def __init__(self, bands: list[list[_Item]], gaps: list[tuple[float, float]], body: float,
                 flow: float) -> None:
        self.bands = bands
        self.gaps = gaps
        band_of = {it.idx: k for k, band in enumerate(bands) for it in band}
        every = [it for band in bands for it in band]
        by_top = sorted(every, key=_TOP)
        tops = list(map(_TOP, by_top))
        by_bottom = sorted(every, key=_BOTTOM)
        bottoms = list(map(_BOTTOM, by_bottom))
        reach = max(flow, HEADING_REACH * body)
        self.pairs: list[list[tuple[int, int]]] = []
        for lo, hi in gaps:
            # a window safely wider than `reach`: the verdict below uses the exact comparisons
            window = reach * 1.000001 + 1e-7 * (1.0 + abs(lo) + abs(hi))
            below = by_top[bisect_left(tops, hi):bisect_left(tops, lo + window)]
            above = by_bottom[bisect_right(bottoms, hi - window):bisect_right(bottoms, lo)]
            above.sort(key=lambda it: (-it.box.y1, it.idx))  # the lowest first, then input order
            pairs: list[tuple[int, int]] = []
            for b in below:
                # the first of `above` overlapping b across (`min(right) - max(left) > 0`)
                bx0, bx1 = b.box.x0, b.box.x1
                for a in above:
                    ax0, ax1 = a.box.x0, a.box.x1
                    if (ax1 if ax1 <= bx1 else bx1) - (ax0 if ax0 >= bx0 else bx0) > 0:
                        break
                else:
                    continue
                distance = b.box.y0 - a.box.y1
                if distance < flow or (a.bottom_size >= HEADING_RATIO * body
                                       and distance < HEADING_REACH * body):
                    pairs.append((band_of[b.idx], band_of[a.idx]))
            self.pairs.append(pairs)


def _xy_cut(items: list[_Item], body: float, flow: float, out: list[list[_Item]],
            tiers: bool = False) -> None:
    """Append to `out` the leaf groups (runs read top to bottom) of the region holding `items`
    (in input order), in reading order.

    A region is cut at its strong horizontal gaps, else at its vertical gaps (columns), else at its
    top weak gap. The last case would peel a tall region one band at a time; `_cut_bands` does that
    as a loop over band indices instead of cutting each remainder again from scratch. `tiers` (a
    vertical page in its rotated frame): the region is cut at its vertical gaps, the page's tiers,
    before anything else, where they are tier lines (`_tier_runs`; the module docstring).
    """
    if len(items) <= 1:
        out.append(items)
        return
    if len(items) == 2 and _cut_pair(items[0], items[1], out, tiers):
        return
    _xy_cut_general(items, body, flow, out, tiers)


def _cut_pair(a: _Item, b: _Item, out: list[list[_Item]], tiers: bool = False) -> bool:
    """`_xy_cut` of a region of two items with proper boxes (left <= right, top <= bottom); False,
    with nothing appended, for any other pair.

    Most regions the recursion reaches hold two blocks (a heading and its text, two columns). Two
    blocks apart vertically are read top to bottom whether the gap between them is weak or strong
    (a weak gap needs them to overlap across, so they are never two columns); side by side they
    are two columns read left to right; overlapping both ways they are one group in reading order.
    "Apart" and the order of the two are decided by the same comparisons `_components` makes.
    With `tiers`, two blocks apart side by side are two tiers whether or not they are apart
    vertically too."""
    ba, bb = a.box, b.box
    if not (ba.x0 <= ba.x1 and ba.y0 <= ba.y1 and bb.x0 <= bb.x1 and bb.y0 <= bb.y1):
        return False
    if tiers:
        first, second = (b, a) if (bb.x0, bb.x1) < (ba.x0, ba.x1) else (a, b)
        if second.box.x0 > first.box.x1:
            out.append([first])
            out.append([second])
            return True
    first, second = (b, a) if (bb.y0, bb.y1) < (ba.y0, ba.y1) else (a, b)
    if second.box.y0 > first.box.y1:
        out.append([first])
        out.append([second])
        return True
    first, second = (b, a) if (bb.x0, bb.x1) < (ba.x0, ba.x1) else (a, b)
    if second.box.x0 > first.box.x1:
        out.append([first])
        out.append([second])
    else:
        out.append(sorted((a, b), key=_TOP_LEFT))
    return True


def _xy_cut_general(items: list[_Item], body: float, flow: float, out: list[list[_Item]],
                    tiers: bool = False) -> None:
    """`_xy_cut` of a region of two or more items, by its bands and columns (with `tiers`, first by
    its columns where they are a vertical page's tiers, `_tier_runs`)."""
    columns: list[list[_Item]] | None = None
    if tiers:
        columns, v_gaps = _components(items, "x")
        if v_gaps:
            runs = _tier_runs(columns, body)
            if len(runs) > 1:
                for run in runs:
                    _xy_cut(run, body, flow, out, tiers)
                return
    bands, gaps = _components(items, "y")
    if not gaps:
        if columns is None:
            columns, v_gaps = _components(items, "x")
        if v_gaps:
            for column in columns:
                _xy_cut(column, body, flow, out, tiers)
        else:  # overlapping boxes: nothing to cut, read top to bottom
            out.append(sorted(items, key=_TOP_LEFT))
        return
    if _stacked(items, bands):
        out.extend(bands)
        return
    _cut_bands(_Bands(bands, gaps, body, flow), 0, len(bands) - 1, body, flow, out, tiers)


def _tier_runs(tiers: list[list[_Item]], body: float) -> list[list[_Item]]:
    """The runs of a vertical page's `tiers` (in its rotated frame: the region's columns, left to
    right) to read one after another: the tiers, merged across each tier line that is no real
    boundary (`_runs_on`), each run in input order. Empty tiers (`_components` of an inverted box)
    are left out, so that a region cut into more than one run is cut into smaller ones."""
    tiers = [tier for tier in tiers if tier]
    runs: list[list[_Item]] = [list(tiers[0])]
    for upper, lower in pairwise(tiers):
        if _runs_on(upper, lower, body):
            runs[-1].extend(lower)
        else:
            runs.append(list(lower))
    for run in runs:
        run.sort(key=attrgetter("idx"))
    return runs


def _runs_on(upper: list[_Item], lower: list[_Item], body: float) -> bool:
    """Whether an article runs on from tier `upper` across the tier line into tier `lower`, which
    makes the line no boundary between tiers read in turn.

    The two tiers' blocks fall into column groups, split by whitespace running down both tiers (in
    the rotated frame, horizontal gaps); a group of headings only (title columns) is joined to the
    group after it, as a title to its columns. An article runs on when in some group the upper
    tier starts an article (its first block there, the rightmost, is a heading) and the lower
    tier does not: its first block there is no heading and has no heading of its own in the lower
    tier (`_Headings.heads`). That is one article down both tiers (its title at the top only), not
    two tiers' articles. Read tier by tier, its part under the line, having no title, became part
    of the article read before it (the upper tier's next one); read by column groups first, as a
    horizontal page is, it comes out whole."""
    below = {it.idx for it in lower}
    limit = HEADING_RATIO * body
    heads: _Headings | None = None
    group: list[_Item] = []
    for run in _components(upper + lower, "y")[0]:
        group.extend(run)
        if all(it.bottom_size >= limit for it in run):
            continue  # title columns: they head the group after them
        up = [it for it in group if it.idx not in below]
        down = [it for it in group if it.idx in below]
        group = []
        if not (up and down and min(up, key=_TOP_LEFT).bottom_size >= limit):
            continue
        first = min(down, key=_TOP_LEFT)
        if first.bottom_size >= limit:
            continue
        if heads is None:
            heads = _Headings(lower, body)
        if not heads.heads(first):
            return True
    return False


class _Headings:
    """The headings of one tier, to ask whether a block of the tier has a heading of its own."""

    def __init__(self, tier: list[_Item], body: float) -> None:
        limit = HEADING_RATIO * body
        heads = sorted((it for it in tier if it.bottom_size >= limit), key=_TOP)
        self.tops = [h.box.y0 for h in heads]
        # the lowest bottom among the headings up to each one (by top)
        self.reach: list[float] = []
        for h in heads:
            self.reach.append(max(self.reach[-1], h.box.y1) if self.reach else h.box.y1)
        self.near = HEADING_REACH * body

    def heads(self, item: _Item) -> bool:
        """Whether `item` has a heading of its own: a heading of the tier that starts above its
        bottom and ends within `HEADING_REACH` body sizes above its top (in the rotated frame; on
        the page, a title column to its right, as a heading binds to what follows it in `_Bands`,
        or a horizontal headline across its columns, which may start a little left of their right
        edge). Column groups are split at any whitespace down both tiers, the narrow gap between
        a title and its first column too, so a lower article's first column can open a group under
        an upper title whose own article starts a little further left: that column is no run-on."""
        k = bisect_left(self.tops, item.box.y1)  # the headings that start above its bottom
        return k > 0 and item.box.y0 - self.reach[k - 1] < self.near


def _stacked(items: list[_Item], bands: list[list[_Item]]) -> bool:
    """Whether the region is a stack of single blocks sharing one column: every band holds one
    item and some x lies within every item's extent (the largest left edge is at most the
    smallest right edge).

    `_cut_bands` then reads the bands top to bottom, whichever of their gaps are weak: it only
    reorders where a run of bands leaves a vertical gap, and blocks that all span one x merge into
    a single run (`_columns_split`) over any run of bands."""
    if len(bands) != len(items) or not all(bands):
        return False
    return max([it.box.x0 for it in items]) <= min([it.box.x1 for it in items])


def _cut_bands(region: _Bands, s: int, e: int, body: float, flow: float,
               out: list[list[_Item]], tiers: bool = False) -> None:
    """`_xy_cut` of the part of `region` made of its bands s..e (`tiers`: as `_xy_cut`'s)."""
    # the partner band that keeps gap i weak for the highest start, when the part ends at band e
    last: list[int] = []
    for pairs in region.pairs[s:e]:
        top = -1
        for bb, k in pairs:
            if bb <= e and k > top:
                top = k
        last.append(top)
    # lowest of those from gap i down: a strong gap exists in bands cur..e iff low[cur - s] < cur
    low = last[:]
    for j in range(len(low) - 2, -1, -1):
        low[j] = min(low[j], low[j + 1])
    split: list[bool] | None = None
    for cur in range(s, e):
        if low[cur - s] < cur:
            cuts = [i for i in range(cur, e) if last[i - s] < cur]
            start = cur
            for i in [*cuts, e]:
                if start == i:
                    _xy_cut(region.bands[i], body, flow, out, tiers)
                else:
                    _cut_bands(region, start, i, body, flow, out, tiers)
                start = i + 1
            return
        if split is None:
            split = _columns_split(region.bands, cur, e)
        if split[cur - s]:
            items = sorted((it for band in region.bands[cur:e + 1] for it in band), key=lambda it: it.idx)
            for column in _components(items, "x")[0]:
                _xy_cut(column, body, flow, out, tiers)
            return
        # only weak gaps and no columns: the top band (a heading off its columns) goes first
        _xy_cut(region.bands[cur], body, flow, out, tiers)
    _xy_cut(region.bands[e], body, flow, out, tiers)


def _columns_split(bands: list[list[_Item]], s: int, e: int) -> list[bool]:
    """For each cur in s..e, whether the blocks of bands cur..e leave a vertical gap (more than one
    column): the x extents are merged band by band from the bottom up, keeping the disjoint runs."""
    starts: list[float] = []
    ends: list[float] = []
    result = [False] * (e - s + 1)
    for cur in range(e, s - 1, -1):
        for it in bands[cur]:
            lo, hi = it.box.x0, it.box.x1
            i = bisect_left(ends, lo)  # first run reaching lo
            j = bisect_right(starts, hi)  # runs starting at or before hi
            if i < j:
                lo, hi = min(lo, starts[i]), max(hi, ends[j - 1])
            starts[i:j] = [lo]
            ends[i:j] = [hi]
        result[cur - s] = len(starts) > 1
    return result


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
    vert_ids = {id(b) for b in vert}
    first = [b for b in blocks if id(b) not in vert_ids and b.bbox.y1 <= top]  # type: ignore[union-attr]
    last = [b for b in blocks if id(b) not in vert_ids and b.bbox.y0 >= bottom]  # type: ignore[union-attr]
    edge_ids = {id(b) for b in first + last}
    rest = [b for b in blocks if id(b) not in edge_ids]
    key = lambda b: (b.bbox.y0, b.bbox.x0)  # noqa: E731
    return sorted(first, key=key), rest, sorted(last, key=key)


def reading_groups(page: Page, *, sizes: dict[int, float] | None = None) -> list[list[Block]]:
    """The page's boxed blocks as leaf groups of the XY-cut (each a run of one column or band), in
    reading order. Sets `page.vertical` when it was not known. Blocks without a box are left out.
    `sizes`: `line_size` of every boxed line of the page by `id(line)`, when the caller has them."""
    if page.vertical is None:
        page.vertical = detect_vertical(page)
    boxed = [b for b in page.blocks if b.bbox is not None]
    if not boxed:
        return []
    first, rest, last = _cross_orientation(boxed, page.vertical)
    items, body = _items(rest, page.vertical, sizes)
    flow = _flow_limit(rest, page.vertical, body)
    leaves: list[list[_Item]] = []
    if rest:
        _xy_cut(items, body, flow, leaves, page.vertical)
    groups = [[it.block for it in group] for group in leaves]
    return [[b] for b in first] + groups + [[b] for b in last]


def order_blocks(page: Page, respect_explicit: bool = True, *, sizes: dict[int, float] | None = None
                 ) -> list[Block]:
    """The page's blocks in reading order.

    A stated order (`page.explicit_order`, from PAGE-XML) is kept unless `respect_explicit` is False.
    Blocks without a box keep their place after the block that preceded them in the input.
    `sizes`: `line_size` of every boxed line by `id(line)`, when the caller measured them already.
    """
    if respect_explicit and page.explicit_order:
        return list(page.blocks)
    ordered = [b for group in reading_groups(page, sizes=sizes) for b in group]
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
