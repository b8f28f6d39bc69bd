"""Find a strip of the neighbouring page at a phone photo's left or right edge (`edge_strip`).

A phone photo of a newspaper page often shows, at its left or right edge, a narrow strip of the
page beside it: the ends (or starts) of that page's lines, cut by the photo's edge mid-word
(`年经济`, `，推动`). OCR JSON gives those pieces as lines like any other, and the layout read them as
one more column of the page: a line `年经济` glued into an article's paragraph, or an article of
pieces before the first. Such a strip shows these things together, which a narrow column of the
page's own (a sidebar, a table of contents) does not:

- its lines are cut by the photo's edge: the detector clips a box reaching past the image to the
  image, so the strip's boxes (on the photo, `Line.scan_bbox` of a straightened line) share one outer
  edge: `x = 0`, or one right edge that is the rightmost of the page (the JSON does not give the
  photo's width: any column flush at the page's right shares it, so the signs below must also hold):
  most of them within `EDGE_TOUCH` pixels;
- it is much narrower than the page's lines: at most `STRIP_SHARE` of their usual length;
- whitespace runs down the whole page between it and the page's text, as wide as two pages' margins
  on both sides of a fold: at least `STRIP_GAP` body sizes and more than `GUTTER_FACTOR` times the
  widest gutter running down the rest of the page (a sidebar stands a column's gutter away);
- its text reads as cut mid-sentence (`_cut_text`): most lines neither end at a sentence mark nor
  start a sentence or a list item, where a contents list or a verse is whole line after line;
- it stands under no heading of its own (`_headed`): a sidebar `本版导读` or a contents list `本期要目`
  does, however far a photo sets it from the text.

The reader keeps such a strip's lines as text, each a note of its own (`aside`: JSON `notes`, TEI
`note`, a chunk of its own in the plain text) at its edge of the reading order, so they stay out of
the page's paragraphs without being lost (a false find costs a column read line by line), and says
so in a warning naming them. Vertical pages are left as they are (known limit).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from ..layout.reading_order import HEADING_RATIO, is_vertical_box, line_size
from ..layout.roles import ends_sentence, opens_list_item
from ..model import BBox, Line

#: How near (pixels) a box's outer side must lie to the photo's edge to be cut by it: detectors clip
#: a box to the image, so the boxes a photo's edge cuts share that edge, to a pixel's rounding.
EDGE_TOUCH = 2.0
#: The share of a strip's lines that must touch the edge (a line of the neighbouring page may end
#: short of the edge: a paragraph's last line).
TOUCH_SHARE = 0.75
#: The fewest lines a strip holds.
MIN_STRIP_LINES = 3
#: A strip is at most this share of the usual length of the page's other lines wide.
STRIP_SHARE = 0.5
#: The whitespace between a strip and the page's text is at least this many body sizes...
STRIP_GAP = 4.0
#: ...and more than this many times the widest gutter running down the rest of the page.
GUTTER_FACTOR = 2.0
#: Below this share of a strip's lines may be whole on the photo's side (`_cut_text`): most are cut.
WHOLE_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Strip:
    """The lines a photo's edge cut off the neighbouring page: which edge, and their indices."""

    side: str  # "left" or "right"
    lines: tuple[int, ...]


def _runs(boxes: Sequence[tuple[int, BBox]]) -> list[list[tuple[int, BBox]]]:
    """The boxes split into runs across the page: whitespace running down the whole page lies
    between two runs, left to right."""
    runs: list[list[tuple[int, BBox]]] = []
    reach = float("-inf")
    for item in sorted(boxes, key=lambda kb: kb[1].x0):
        if not runs or item[1].x0 > reach:
            runs.append([])
        runs[-1].append(item)
        reach = max(reach, item[1].x1)
    return runs


def _span(run: Sequence[tuple[int, BBox]]) -> tuple[float, float]:
    return min(b.x0 for _k, b in run), max(b.x1 for _k, b in run)


def _widest_gutter(runs: Sequence[Sequence[tuple[int, BBox]]]) -> float:
    """The widest whitespace between two neighbouring runs of `runs` (0 for a single run)."""
    spans = [_span(run) for run in runs]
    return max((b[0] - a[1] for a, b in pairwise(spans)), default=0.0)


def _touches(lines: Sequence[Line], run: Sequence[tuple[int, BBox]], side: str, right_edge: float) -> bool:
    """Whether most of the run's lines (`TOUCH_SHARE`) reach the photo's edge on `side`, on the photo."""
    def photo(k: int) -> BBox:
        box = lines[k].scan_bbox or lines[k].bbox
        assert box is not None
        return box

    if side == "left":
        touching = sum(photo(k).x0 <= EDGE_TOUCH for k, _b in run)
    else:
        touching = sum(photo(k).x1 >= right_edge - EDGE_TOUCH for k, _b in run)
    return touching >= TOUCH_SHARE * len(run)


def edge_strip(lines: Sequence[Line]) -> list[Strip]:
    """The strips of the neighbouring page at the photo's left and right edges among a page's
    (straightened) lines, as the module docstring tells them from the page's own columns."""
    boxed = [(k, ln.bbox) for k, ln in enumerate(lines) if ln.bbox is not None and ln.text.strip()]
    if len(boxed) < 2 * MIN_STRIP_LINES:
        return []
    tall = sum(is_vertical_box(b, len(lines[k].text)) for k, b in boxed)
    if 2 * tall > len(boxed):  # a vertical page: its columns are no cut line ends
        return []
    runs = _runs(boxed)
    body = median(line_size(b, lines[k].text) for k, b in boxed)
    right_edge = max((lines[k].scan_bbox or b).x1 for k, b in boxed)
    strips: list[Strip] = []
    for side in ("left", "right"):
        if len(runs) < 2:
            break
        strip, rest = (runs[0], runs[1:]) if side == "left" else (runs[-1], runs[:-1])
        if _cut_off(lines, strip, rest, side, body, right_edge):
            strips.append(Strip(side, tuple(sorted(k for k, _b in strip))))
            runs = rest
    return strips


def _cut_off(lines: Sequence[Line], strip: Sequence[tuple[int, BBox]],
             rest: Sequence[Sequence[tuple[int, BBox]]], side: str, body: float, right_edge: float) -> bool:
    """Whether the outermost run `strip` on `side` is the neighbouring page's (the module docstring):
    enough lines, narrow beside the page's lines, a wide whitespace from them, cut by the edge, its
    text cut mid-sentence and under no heading of its own."""
    if len(strip) < MIN_STRIP_LINES:
        return False
    lo, hi = _span(strip)
    near = _span(rest[0] if side == "left" else rest[-1])
    gap = near[0] - hi if side == "left" else lo - near[1]
    usual = median(b.width for run in rest for _k, b in run)
    return (hi - lo <= STRIP_SHARE * usual and gap >= STRIP_GAP * body
            and gap > GUTTER_FACTOR * _widest_gutter(rest) and _touches(lines, strip, side, right_edge)
            and not _headed(lines, strip) and _cut_text(lines, strip))


def _top_down(lines: Sequence[Line], run: Sequence[tuple[int, BBox]]) -> list[Line]:
    """The run's lines from the top of the page down."""
    return [lines[k] for k, _b in sorted(run, key=lambda kb: (kb[1].y0, kb[1].x0))]


def _headed(lines: Sequence[Line], run: Sequence[tuple[int, BBox]]) -> bool:
    """Whether the run stands under a heading of its own: its top line is set in type
    `HEADING_RATIO` times its lines' usual size (`本版导读` over a sidebar, `本期要目` over a list), as
    a column of the page's own is; a photo's edge cuts the neighbouring page's columns anywhere down
    them. Sizes are line heights (a heading cut to one character is still as tall)."""
    column = _top_down(lines, run)
    heights = [ln.bbox.height for ln in column if ln.bbox is not None]
    return heights[0] >= HEADING_RATIO * median(heights)


def _cut_text(lines: Sequence[Line], run: Sequence[tuple[int, BBox]]) -> bool:
    """Whether the run's text reads as cut mid-sentence by the photo's edge: fewer than `WHOLE_SHARE`
    of its lines are whole, that is end at a sentence mark, open a list item (`一、春耕备耕`), or
    follow a line that ends a sentence (so they start one). The neighbouring page's lines, cut at
    both ends' side, seldom do; a contents list or a verse of the page's own does line after line."""
    texts = [ln.text.strip() for ln in _top_down(lines, run)]
    whole = sum(ends_sentence(t) or opens_list_item(t) or (k > 0 and ends_sentence(texts[k - 1]))
                for k, t in enumerate(texts))
    return whole < WHOLE_SHARE * len(texts)


def strip_warning(where: str, lines: Sequence[Line], strip: Strip) -> str:
    """The warning for a strip `edge_strip` found: which edge, how many lines, each line's text in
    the file's order, and what became of them."""
    texts = " / ".join(lines[k].text for k in strip.lines)
    return (f"{where}: {len(strip.lines)} lines at the photo's {strip.side} edge look like a strip of the "
            f"neighbouring page (a narrow column cut by the photo's edge, set apart from the page's text): "
            f"kept as text, each line a note of its own, not read into the articles' paragraphs: {texts}")


def mark_strips(lines: Sequence[Line], where: str) -> list[str]:
    """Label the lines of each strip of the neighbouring page (`edge_strip`) notes (`aside`: kept
    apart from the running text where they stand, never joined into a paragraph, written by every
    export: a false find costs a column read line by line, no text), and return the warnings naming
    them. The reader makes each such line a block of its own, so no piece joins another either."""
    warnings = []
    for strip in edge_strip(lines):
        for k in strip.lines:
            lines[k].label = "aside"
        warnings.append(strip_warning(where, lines, strip))
    return warnings
