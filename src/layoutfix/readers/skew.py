"""Straighten the 4-point polygons of OCR JSON read off a skewed or turned photo (`straighten`).

PaddleOCR and RapidOCR box each text line with a 4-point polygon. On a phone photo of a page the
lines are tilted by a few degrees, and the layout reads axis-aligned boxes: a tilted line's outline
grows taller the longer the line is, so a paragraph's short last line looks like smaller type and is
split off, and a headline's outline reaches into the body. So before anything reads the boxes, the
page's skew is measured from the polygons and every point turned back about the page's centre:

- each polygon's first edge gives the direction its line runs in. PaddleOCR's and RapidOCR's
  detectors order a box's corners by where they lie (DB post-processing, `get_mini_boxes`: the two
  leftmost corners first, top one first, then the two rightmost), so the first edge runs from the
  box's top-left to its top-right corner along the line, tilted by the skew, whatever way the text
  reads. Polygons ordered by the text instead (hand labels such as PPOCRLabel's, ICDAR's: from the
  text's top-left corner, clockwise) have a first edge pointing left on a page turned 180 degrees and
  up on one turned 270 (text reading bottom to top);
- the page's angle is the quarter turn most first edges lie nearest (0, 180 or 270) plus the median
  skew from it of those edges. A page whose skew is more than `MAX_SKEW` degrees, whose edges point
  down (90: columns read right to left, which is how the layout reads a vertical page anyway) or
  whose polygons are all axis-aligned (angle 0) is left exactly as read;
- every line's box becomes the axis-aligned outline of its polygon turned back (a line given as four
  corner numbers has its box's corners turned), and keeps its box on the photo (`Line.scan_bbox`),
  so the TEI zones and the review overlay stay on the photo the coordinates refer to.

A turn a detector's corner order cannot show (a page photographed upside down, boxed by PaddleOCR or
RapidOCR: the recognised strings upright, the corners in page order) is not detected here.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from statistics import median
from typing import Any

from ..layout.reading_order import is_vertical_box, to_frame
from ..model import BBox, Line

Point = tuple[float, float]

#: The largest skew (degrees) turned back; a page more skewed is read as before (docs/readers.md).
MAX_SKEW = 10.0
#: A skew of at least this many degrees is said in a warning (a photo's skew of a degree or less is
#: usual and its correction changes nothing a user should check).
NOTE_SKEW = 2.0


def polygon(raw: Any) -> list[Point] | None:
    """The points of a box given as a polygon of at least four finite (x, y) pairs; None for any
    other box (four corner numbers, a malformed one: the reader reports those as it reads them)."""
    if not isinstance(raw, list | tuple) or len(raw) < 4:
        return None
    points: list[Point] = []
    for p in raw:
        if not isinstance(p, list | tuple) or len(p) != 2:
            return None
        try:
            x, y = float(p[0]), float(p[1])
        except (TypeError, ValueError):
            return None
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
        points.append((x, y))
    return points


def edge_angle(points: Sequence[Point]) -> float | None:
    """The direction of a polygon's first edge in degrees, in (-180, 180], clockwise on the page
    (y grows downwards); None when its first two points coincide."""
    (x0, y0), (x1, y1) = points[0], points[1]
    if x0 == x1 and y0 == y1:
        return None
    return math.degrees(math.atan2(y1 - y0, x1 - x0))


def page_angle(angles: Sequence[float]) -> float | None:
    """How far the page is turned (degrees, clockwise), from its polygons' first-edge `angles`; None
    when it is to be read as it lies (see the module docstring)."""
    quarters: Counter[int] = Counter()
    residuals: dict[int, list[float]] = {}
    for angle in angles:
        quarter = round(angle / 90) % 4 * 90
        residual = (angle - quarter + 180) % 360 - 180
        quarters[quarter] += 1
        residuals.setdefault(quarter, []).append(residual)
    if not quarters:
        return None
    best = max(quarters.values())
    quarter = 0 if quarters[0] == best else min(q for q, n in quarters.items() if n == best)
    skew = median(residuals[quarter])
    if quarter == 90 or abs(skew) > MAX_SKEW or (quarter == 0 and skew == 0):
        return None
    return (quarter + skew + 180) % 360 - 180


def _turned(points: Sequence[Point], angle: float, centre: Point) -> list[Point]:
    """`points` turned back by `angle` degrees (anticlockwise on the page) about `centre`."""
    quarter = round(angle / 90)
    if angle == quarter * 90:  # an exact quarter turn: exact numbers, no rounding errors
        c, s = ((1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0))[quarter % 4]
    else:
        c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    cx, cy = centre
    return [(cx + (x - cx) * c + (y - cy) * s, cy - (x - cx) * s + (y - cy) * c) for x, y in points]


def _outline(points: Sequence[Point]) -> BBox:
    """The axis-aligned box round `points`."""
    xs, ys = [x for x, _y in points], [y for _x, y in points]
    return BBox(min(xs), min(ys), max(xs), max(ys))


def _corners(box: BBox) -> list[Point]:
    """A box's corners, clockwise from its top-left."""
    return [(box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1), (box.x0, box.y1)]


def straighten(lines: Sequence[Line], raw_boxes: Sequence[Any]) -> float | None:
    """Turn a page's `lines` back by the angle their polygons show (`raw_boxes[k]`: line k's box as
    the file gives it), in place; each turned line keeps its box on the photo as `scan_bbox`. The
    angle turned back (degrees, clockwise on the photo), or None when the page is left as read."""
    polys = [polygon(raw) for raw in raw_boxes]
    # (a 4-point polygon's first edge is a side of its box; a longer outline's may be any piece of it)
    angles = [a for a in (edge_angle(p) for p in polys if p is not None and len(p) == 4) if a is not None]
    angle = page_angle(angles)
    if angle is None:
        return None
    shapes = [p if p is not None else _corners(ln.bbox) if ln.bbox is not None else None
              for ln, p in zip(lines, polys, strict=True)]
    every = [pt for shape in shapes if shape is not None for pt in shape]
    extent = _outline(every)
    centre = ((extent.x0 + extent.x1) / 2, (extent.y0 + extent.y1) / 2)
    for line, shape in zip(lines, shapes, strict=True):
        if shape is not None:
            line.scan_bbox = line.bbox
            line.bbox = _outline(_turned(shape, angle, centre))
    return angle


def straighten_note(angle: float) -> str | None:
    """What a page turned back by `angle` says in a warning; None for a small skew (`NOTE_SKEW`)."""
    quarter = round(angle / 90) % 4 * 90
    skew = (angle - quarter + 180) % 360 - 180
    if quarter:
        return (f"the text lines' polygons show the page turned {quarter}° (skewed {skew:+.1f}°): read "
                "turned back upright")
    if abs(skew) < NOTE_SKEW:
        return None
    return (f"the text lines are skewed {skew:+.1f}° on the image (measured from their polygons): read "
            "straightened")


#: A paragraph's last line: one ending in a full stop, question or exclamation mark (a closing quote
#: or bracket after it).
_SENTENCE_END = ("。", "！", "？", "。”", "！”", "？”", "。）", "。」")
#: `turned_hint` speaks when at least this many short last lines end flush with their block's end,
#: and at least `HINT_MAJORITY` times as many as start flush with its start.
HINT_MIN = 3
HINT_MAJORITY = 2


def turned_hint(groups: Sequence[Sequence[Line]]) -> str | None:
    """A warning for a page that looks photographed turned 180 degrees (horizontal lines) or 270
    (vertical ones) when its polygons cannot show it (a detector orders the corners by where they
    lie); None when it does not look so.

    In a block of body text a paragraph's short last line starts flush with the lines above it and
    ends short: on a page turned 180 degrees it ends flush and starts short (its box lies against the
    column's right edge), on one turned 270 its column lies against the block's bottom (a vertical
    page's, and one turned 90 degrees clockwise, against its top). `groups`: the page's blocks of
    lines (`ocrjson.group_lines`)."""
    starts = ends = 0
    for group in groups:
        for start, end in _short_last_lines(group):
            starts += start
            ends += end
    if ends < HINT_MIN or ends < HINT_MAJORITY * starts:
        return None
    return (f"{ends} paragraphs' short last lines end flush with their column and start short, as on a "
            "page photographed upside down (or turned 90° anticlockwise): the boxes do not show the "
            "turn and the page is read as they lie, likely last line first; turn the image upright "
            "before OCR (PaddleOCR 3.x: use_doc_orientation_classify=True)")


def _short_last_lines(group: Sequence[Line]) -> list[tuple[bool, bool]]:
    """For each short line ending a sentence in a block of lines of one orientation: whether it
    starts flush with the block (and ends short), whether it ends flush (and starts short)."""
    boxes = [ln.bbox for ln in group if ln.bbox is not None]
    if len(boxes) < 2 or len(boxes) != len(group):
        return []
    vertical = is_vertical_box(boxes[0], len(group[0].text))
    frames = [to_frame(b, vertical) for b in boxes]
    x0, x1 = min(f.x0 for f in frames), max(f.x1 for f in frames)
    width = x1 - x0
    found = []
    for line, f in zip(group, frames, strict=True):
        size = f.y1 - f.y0
        if not line.text.endswith(_SENTENCE_END) or f.x1 - f.x0 > 0.8 * width or size <= 0:
            continue
        head, tail = f.x0 - x0, x1 - f.x1  # (a vertical line's frame runs from its top: x' = y)
        found.append((head <= 0.5 * size and tail > 2 * size, tail <= 0.5 * size and head > 2 * size))
    return found
