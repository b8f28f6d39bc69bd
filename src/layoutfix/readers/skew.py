"""Straighten the 4-point polygons of OCR JSON read off a skewed or turned photo (`straighten`).

PaddleOCR and RapidOCR box each text line with a 4-point polygon. On a phone photo of a page the
lines are tilted by a few degrees, and the layout reads axis-aligned boxes: a tilted line's outline
grows taller the longer the line is, so a paragraph's short last line looks like smaller type and is
split off, and a headline's outline reaches into the body. So before anything reads the boxes, the
page's angle is measured from the polygons and every point turned back about the page's centre:

- the skew comes from each polygon's longest side, which runs along a horizontal line or down a
  vertical column, tilted by the page's skew from the nearest multiple of 90 degrees. A side shorter
  than `MIN_EDGE` is not measured (a corner a pixel off tilts a 24px cell's side by 2.4 degrees)
  unless it is `LONG_ASPECT` times the line's height (small type on a low-resolution photo);
  the page's skew is the median of the measured sides' skews, each polygon counted once (weighted
  by length, five long headlines tilted on their own outweighed the upright body under them);
- the quarter turn comes from the first edges. PaddleOCR's and RapidOCR's detectors order a box's
  corners by where they lie (DB post-processing's `get_mini_boxes`: the two leftmost corners, the
  upper first, then the two rightmost; PaddleOCR 2.x's `order_points_clockwise`: from the corner
  nearest the image's top-left), which shows no turn: a tall thin box tilted clockwise by more than
  atan(width / length) even has its first edge running up its long side. Polygons ordered by the
  text (hand labels such as PPOCRLabel's, ICDAR's: from the text's top-left corner, clockwise) have
  a first edge running along the line: left on a page turned 180 degrees, up on one turned 270 (text
  reading bottom to top). So a polygon's first edge counts towards a turn when it is the polygon's
  long side (`WIDE` times the next); a vertical column's, hand-labelled, runs across its top, so the
  short first edge of a tall polygon counts too when it runs left (a page turned 180 degrees) from a
  corner no detector starts at. The page is turned when the polygons whose first edge points one way
  are most of those measured and at least `TEXT_ORDER_SHARE` of them start at a corner no detector
  starts at (a detector's order and the text's coincide for some boxes);
- the page is left exactly as read when its measured polygons are fewer than `MIN_MEASURED` (unless
  `MIN_MEASURED_LONG` of them are long, `LONG_EDGE` or `LONG_ASPECT` times their height, and agree
  within `AGREE` degrees: a short page of a few full-width lines) or its 4-point polygons not most of
  its lines (one tilted caption among lines given as four corner numbers turns nothing), when its
  skew is more than `MAX_SKEW` degrees, its quarter 90 (first edges down: columns read right to
  left, which is how the layout reads a vertical page anyway) or its angle 0;
- every line's box becomes the axis-aligned outline of its polygon turned back (a line given as four
  corner numbers has its box's corners turned), and keeps its box on the photo (`Line.scan_bbox`),
  so the TEI zones and the review overlay stay on the photo the coordinates refer to.

A turn a detector's corner order cannot show (a page photographed upside down, boxed by PaddleOCR or
RapidOCR: the recognised strings upright, the corners in page order) may still show in its
paragraphs' short last lines, which `turned_hint` reads after straightening (`page_notes`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple

from ..layout.reading_order import is_vertical_box, to_frame
from ..model import BBox, Line

Point = tuple[float, float]

#: The largest skew (degrees) turned back; a page more skewed is read as before (docs/readers.md).
MAX_SKEW = 10.0
#: A skew of at least this many degrees, as said (to one decimal), is said in a warning (a photo's
#: skew of a degree or less is usual and its correction changes nothing a user should check).
NOTE_SKEW = 2.0
#: A polygon whose longest side is shorter than this (pixels) is not measured: a corner rounded by a
#: pixel tilts a 24px cell's side by 2.4 degrees, a 100px side's by 0.6...
MIN_EDGE = 100.0
#: ...unless it is `LONG_ASPECT` times its height and at least this long: a line of small type on a
#: low-resolution photo (80px long, 4px high), which no table cell is.
MIN_THIN_EDGE = 32.0
#: The fewest measured polygons a page's angle is taken from...
MIN_MEASURED = 5
#: ...or from this many when each is long (`LONG_EDGE`, `LONG_ASPECT`) and their skews agree
#: (`AGREE`): a short page of a few full-width lines.
MIN_MEASURED_LONG = 3
#: A measured polygon is long when its longest side is this many pixels or more...
LONG_EDGE = 400.0
#: ...or this many times the side after it (the line's height).
LONG_ASPECT = 8.0
#: The most (degrees) the skews of a short page's long polygons may spread and still agree.
AGREE = 1.0
#: A first edge is a polygon's long side (the line's direction) when it is this many times the next.
WIDE = 1.5
#: The share of the polygons showing a turn that must start at a corner no detector starts at.
TEXT_ORDER_SHARE = 0.25
#: Pixels two corners' coordinates may differ by and still tie (detectors round the corners).
_TIE = 1.0


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


def edge_angle(points: Sequence[Point], k: int = 0) -> float | None:
    """The direction of a polygon's edge `k` (from point k to the next) in degrees, in (-180, 180],
    clockwise on the page (y grows downwards); None when its two points coincide."""
    (x0, y0), (x1, y1) = points[k], points[(k + 1) % len(points)]
    if x0 == x1 and y0 == y1:
        return None
    return math.degrees(math.atan2(y1 - y0, x1 - x0))


def _length(points: Sequence[Point], k: int) -> float:
    """The length of a polygon's edge `k`."""
    (x0, y0), (x1, y1) = points[k], points[(k + 1) % len(points)]
    return math.hypot(x1 - x0, y1 - y0)


def _skew(angle: float) -> float:
    """How far a direction lies from the nearest multiple of 90 degrees, in [-45, 45)."""
    return (angle + 45) % 90 - 45


def _quarter(angle: float) -> int:
    """The quarter turn (0, 90, 180 or 270) a direction or page angle lies nearest."""
    return round(angle / 90) % 4 * 90


def _detector_start(points: Sequence[Point]) -> bool:
    """Whether a 4-point polygon starts at a corner a detector starts at: the upper of the two
    leftmost (`get_mini_boxes`, RapidOCR) or the one of least x + y (`order_points_clockwise`)."""
    (x0, y0), others = points[0], points[1:]
    if x0 + y0 <= min(x + y for x, y in others) + _TIE:
        return True
    if sum(x < x0 - _TIE for x, _y in others) > 1:
        return False
    partner = min(others, key=lambda p: p[0])
    return y0 <= partner[1] + _TIE


def _first_edge_turn(points: Sequence[Point]) -> int | None:
    """The quarter a 4-point polygon's first edge points to when that edge shows the text's way: when
    it is the polygon's long side (a line's direction), or its short side running left across a tall
    polygon that starts at a corner no detector starts at (a column's top, hand-labelled from its
    text's top-left corner, on a page turned 180 degrees); None otherwise (a near-square box, a column
    whose corners a detector ordered)."""
    angle = edge_angle(points)
    if angle is None:
        return None
    first, second = _length(points, 0), _length(points, 1)
    if first >= WIDE * second:
        return _quarter(angle)
    if (second >= WIDE * first and _quarter(angle) == 180 and not _detector_start(points)
            and _first_edge_below(points)):
        return 180
    return None


def _first_edge_below(points: Sequence[Point]) -> bool:
    """Whether a polygon's first edge lies below its centre on the image: a column's top on a page
    turned 180 degrees. An upright column labelled anticlockwise from its top-right corner (tools such
    as LabelMe keep no order) starts with the same short edge running left, at its top (review
    RJ2c: such a page was turned and read last column first)."""
    centre = sum(y for _x, y in points) / len(points)
    return (points[0][1] + points[1][1]) / 2 > centre


class _Side(NamedTuple):
    """A polygon's longest side: its length, its skew (`_skew` of its direction) and the length of
    the side after it (the line's height)."""

    length: float
    skew: float
    height: float


def _longest_side(quad: Sequence[Point]) -> _Side:
    """A 4-point polygon's longest side (the last of equals)."""
    length, k = max((_length(quad, k), k) for k in range(4))
    angle = edge_angle(quad, k)
    return _Side(length, _skew(angle) if angle is not None else 0.0, _length(quad, (k + 1) % 4))


def _slender(side: _Side) -> bool:
    """Whether a polygon's longest side is `LONG_ASPECT` times the line's height (a line of type)."""
    return side.length >= LONG_ASPECT * side.height


def _measured(side: _Side) -> bool:
    """Whether a polygon's longest side is long enough to measure the skew from (`MIN_EDGE`,
    `MIN_THIN_EDGE`)."""
    thin = side.length >= MIN_THIN_EDGE and _slender(side)
    return side.length >= MIN_EDGE or thin


def _enough(sides: Sequence[_Side]) -> bool:
    """Whether a page's measured sides are enough to take its angle from: `MIN_MEASURED` of them, or
    `MIN_MEASURED_LONG` long ones whose skews agree (a short page of a few full-width lines; its
    paragraphs' short last lines may be measured too)."""
    if len(sides) >= MIN_MEASURED:
        return True
    skews = [s.skew for s in sides if s.length >= LONG_EDGE or _slender(s)]
    return len(skews) >= MIN_MEASURED_LONG and max(skews) - min(skews) <= AGREE


def page_angle(polys: Sequence[Sequence[Point] | None]) -> float | None:
    """How far the page is turned (degrees, clockwise), from its lines' boxes as polygons (`polys`:
    None for a line given as four corner numbers or a malformed box); None when it is to be read as
    it lies (see the module docstring)."""
    quads = [p for p in polys if p is not None and len(p) == 4]
    if 2 * len(quads) <= len(polys):
        return None
    sides = [(quad, _longest_side(quad)) for quad in quads]
    measured = [(quad, side) for quad, side in sides if _measured(side)]
    if not _enough([side for _q, side in measured]):
        return None
    skew = _median([side.skew for _q, side in measured])
    quarter = _page_quarter([quad for quad, _s in measured])
    if quarter == 90 or abs(skew) > MAX_SKEW or (quarter == 0 and skew == 0):
        return None
    return (quarter + skew + 180) % 360 - 180


def _page_quarter(quads: Sequence[Sequence[Point]]) -> int:
    """The quarter turn the measured polygons' first edges show (module docstring); 0 for none."""
    pointing: Counter[int] = Counter()
    text_ordered: Counter[int] = Counter()
    for quad in quads:
        turn = _first_edge_turn(quad)
        if turn is not None:
            pointing[turn] += 1
            text_ordered[turn] += not _detector_start(quad)
    for quarter in (180, 270, 90):
        shown = text_ordered[quarter] >= TEXT_ORDER_SHARE * pointing[quarter]
        if 2 * pointing[quarter] > len(quads) and shown:
            return quarter
    return 0


def _median(values: Sequence[float]) -> float:
    """The lower median of `values`: each polygon counts once, so a few long headlines tilted on
    their own do not outweigh the many shorter lines of the body under them."""
    return sorted(values)[(len(values) - 1) // 2]


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
    angle = page_angle(polys)
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
    quarter = _quarter(angle)
    skew = (angle - quarter + 180) % 360 - 180
    if quarter:
        return (f"the text lines' polygons show the page turned {quarter}° (skewed {skew:+.1f}°): read "
                "turned back upright")
    if round(abs(skew), 1) < NOTE_SKEW:  # (as said: a 2° page measuring 1.99° is "+2.0°")
        return None
    return (f"the text lines are skewed {skew:+.1f}° on the image (measured from their polygons): read "
            "straightened")


def page_notes(angle: float | None, groups: Sequence[Sequence[Line]]) -> list[str]:
    """What a page's warnings say of its angle: the turn or skew straightened (`straighten_note`),
    and, unless its polygons showed a quarter turn, whether it looks photographed upside down
    (`turned_hint`, from its straightened lines: a photo is seldom exactly level). `angle`: what
    `straighten` turned the page back by; `groups`: its blocks of lines."""
    notes = []
    said = straighten_note(angle) if angle is not None else None
    if said is not None:
        notes.append(said)
    hint = turned_hint(groups) if angle is None or _quarter(angle) == 0 else None
    if hint is not None:
        notes.append(hint)
    return notes


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
