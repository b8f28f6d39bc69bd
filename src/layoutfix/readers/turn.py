"""Turn the boxes of text an engine read turned (Tesseract's `textangle`) into its reading frame.

Tesseract with orientation detection (`--psm 0` or `1`) reads a block scanned turned, or a whole
page, upright, but writes every box in the scan's coordinates and marks each line of such a block
`textangle 90`, `180` or `270` (hocrrenderer.cpp: 360 minus the block's orientation times 90; the
orientation is per block, so one sideways block can stand among upright ones). On the scan a
`textangle 90` line reads bottom to top (its lines follow each other left to right), a `270` line
top to bottom (right to left), a `180` line right to left (bottom to top). The layout reads boxes as
an upright page has them, so the reader turns them first (`turn_blocks`):

- the page is turned as most of its text is: every box of it goes into the frame in which that text
  stands upright (`turn_box` over the page's box; for 90 and 270 that frame is as wide as the scan
  is tall). The blocks are then ordered, split and spaced as on an upright page;
- a block whose text is turned otherwise than the page's (a sideways credit on an upright page) has
  its lines and words turned about its own box, which keeps its place: the layout places a block by
  its box and reads its lines, their paragraph cuts and word gaps, by theirs.

The lines keep their boxes on the scan (`Line.scan_bbox`), and the pipeline puts the zones of their
paragraphs back there (`scan_zones`): the TEI zones and the review overlay are on the scan. So the
page itself (`Page.width`, `Page.height`) keeps the scan's width and height, never the turned
frame's. A page where no line carries a `textangle` is left exactly as read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import BBox, Block, Line
from .boxes import union

#: The turns Tesseract writes (`textangle`): degrees anticlockwise the text is turned on the scan.
TURNS = frozenset({0, 90, 180, 270})


def turn_box(box: BBox, angle: int, frame: BBox, origin: tuple[float, float]) -> BBox:
    """`box`, lying in `frame` with text turned `angle` degrees (a `TURNS` value), in the frame in
    which that text stands upright, whose top-left corner is `origin`: the frame turned clockwise by
    `angle` (a 90 or 270 frame is as wide as `frame` is tall)."""
    w, h = frame.x1 - frame.x0, frame.y1 - frame.y0
    x0, y0, x1, y1 = box.x0 - frame.x0, box.y0 - frame.y0, box.x1 - frame.x0, box.y1 - frame.y0
    if angle == 90:  # read bottom to top: (x, y) -> (h - y, x)
        x0, y0, x1, y1 = h - y1, x0, h - y0, x1
    elif angle == 180:  # read right to left, upside down: (x, y) -> (w - x, h - y)
        x0, y0, x1, y1 = w - x1, h - y1, w - x0, h - y0
    elif angle == 270:  # read top to bottom: (x, y) -> (y, w - x)
        x0, y0, x1, y1 = y0, w - x1, y1, w - x0
    return BBox(x0 + origin[0], y0 + origin[1], x1 + origin[0], y1 + origin[1])


def turned_size(width: float, height: float, angle: int) -> tuple[float, float]:
    """The width and height of a `width` x `height` frame turned by `angle`."""
    return (height, width) if angle in (90, 270) else (width, height)


def page_turn(blocks: Sequence[Block], angles: Sequence[int | None]) -> int:
    """How the page's text is turned: the angle of the blocks holding most of its characters
    (`angles[k]` is block k's; None: not known, such as text outside every line, which counts for
    none). 0 (upright) on a tie with it."""
    weight: Counter[int] = Counter()
    for block, angle in zip(blocks, angles, strict=True):
        if angle is not None:
            weight[angle] += len("".join(block.text.split()))
    if not weight:
        return 0
    best = max(weight.values())
    return 0 if weight[0] == best else min(a for a, n in weight.items() if n == best)


def _turn_lines(block: Block, angle: int, frame: BBox, origin: tuple[float, float]) -> None:
    """Turn the boxes of `block`'s lines and words by `angle` over `frame` (see `turn_box`)."""
    for line in block.lines:
        if line.bbox is not None:
            if line.scan_bbox is None:
                line.scan_bbox = line.bbox
            line.bbox = turn_box(line.bbox, angle, frame, origin)
        for word in line.words:
            if word.bbox is not None:
                word.bbox = turn_box(word.bbox, angle, frame, origin)


def turn_blocks(blocks: Sequence[Block], angles: Sequence[int | None], page_box: BBox | None) -> None:
    """Turn the boxes of a page's `blocks` into their reading frames (the module docstring), in
    place. `angles[k]`: how block k's text is turned (a `TURNS` value), None when not known (it
    goes with the page). `page_box`: the page's box (None: the union of its blocks' boxes)."""
    if not any(angles):  # (None or 0 everywhere: upright, left as read)
        return
    page = page_turn(blocks, angles)
    frame = page_box or union([b.bbox for b in blocks] + [ln.bbox for b in blocks for ln in b.lines])
    if frame is None:
        return
    for block, angle in zip(blocks, angles, strict=True):
        if page:
            origin = (frame.x0, frame.y0)
            _turn_lines(block, page, frame, origin)
            if block.bbox is not None:
                block.bbox = turn_box(block.bbox, page, frame, origin)
        own = 0 if angle is None else (angle - page) % 360
        box = block.bbox or union([ln.bbox for ln in block.lines])
        if own and box is not None:  # turned about its own box, whose place it keeps
            w, h = turned_size(box.width, box.height, own)
            centre = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
            _turn_lines(block, own, box, (centre[0] - w / 2, centre[1] - h / 2))


def scan_zones(runs: Sequence[tuple[str | None, Sequence[Line]]]) -> dict[str, tuple[BBox, tuple[BBox, ...]]]:
    """For each zone (id, its lines) holding a line the reader turned (`Line.scan_bbox`): the zone's
    box and line boxes on the scan. Empty for a page read as it lies."""
    found: dict[str, tuple[BBox, tuple[BBox, ...]]] = {}
    for zone, lines in runs:
        if zone is None or not any(ln.scan_bbox is not None for ln in lines):
            continue
        boxes = tuple([ln.scan_bbox or ln.bbox for ln in lines if ln.bbox is not None])
        box = union(boxes)
        if box is not None:
            found[zone] = (box, boxes)
    return found
