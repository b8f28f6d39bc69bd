"""Read the JSON that RapidOCR and PaddleOCR emit: text lines with box polygons and scores.

Accepted shapes (one page unless a list of pages is given):
- RapidOCR:        [[box, text, score], ...], or 1.x's `(result, elapse)` pair saved whole:
                   [[[box, text, score], ...], [0.12, 0.03, 0.45]]
- PaddleOCR 2.x:   [[box, [text, score]], ...], or a list of such lists, one per page
- PaddleOCR 3.x:   {"rec_texts": [...], "rec_scores": [...], "rec_polys" | "dt_polys" | "rec_boxes": [...]},
                   possibly under "res", or a list of such objects, one per page
- generic:         [{"box" | "points" | "poly" | "bbox": ..., "text" | "txt": ..., "score": ...}]
A box is a polygon [[x, y], ...] or [x0, y0, x1, y1]. These engines give lines, not blocks, so the
reader groups lines into blocks from geometry (`group_lines`): a line joins the block above it when
they have the same orientation and size, overlap across, and the gap between them is less than a
line (sizes as `layout.reading_order.line_size`: on a vertical page a column's length per character,
since RapidOCR pads the columns' widths). The blocks keep the engine's order (by their first line);
`layout.reading_order` reorders them.

Before that, the items the engine cut out of one printed line where the print has a wide gap (a
byline's field spaces, a dateline before its first sentence) are one line again (`join_printed_lines`):
two horizontal items of one row (`_same_row`: vertical overlap of most of the lower one, heights
within `MAX_SIZE_RATIO`) at most `MAX_FIELD_GAP` line heights apart, when a line of their size just
above or below crosses the gap under most of the shorter item (`_inside_column`: the gap is no
gutter), or when nothing lies just above or below the row and both items are short pieces a word gap
apart (a photo credit cut into `记者` / `李明` / `摄`). Such a line is built as hOCR and ALTO build
theirs: each item a `Word` with its box and score, the text the words joined by one space, the box
their union, so `layout.geometry` treats the gap as it treats a gap between words (a space kept as
the print's field gap, or removed as `space.box-gap` where the boxes nearly touch) and the edit log
still rebuilds the reader's text.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from ..errors import InputError, NotAPageError
from ..layout.reading_order import is_vertical_box, line_size, to_frame
from ..model import BBox, Line, Page, Word
from .boxes import make_block, mean, number, number_blocks, polygon_bbox, union
from .skew import page_notes, straighten

#: How to save RapidOCR 2.x and later's result (its `RapidOCROutput`) as JSON this reader takes, one
#: `[box, text, score]` per line. Its `to_json()` is a stub returning None in RapidOCR 2.0 to 3.2, so
#: `json.dump(result.to_json(), f)` writes `null` there whatever the page holds; the output's fields
#: `boxes` (a NumPy array, None for a page without text), `txts` and `scores` (tuples of Python
#: strings and floats) are there in every release since 2.0.
RAPIDOCR_SAVE = ("json.dump([] if result.boxes is None else list(zip(result.boxes.tolist(), result.txts, "
                 "result.scores)), f, ensure_ascii=False)")
#: How to save RapidOCR 1.x's result, which `engine(img)` returns beside its timings: None for a page
#: without text, saved as `[]` (`json.dump(result, f)` would write `null` again). docs/readers.md
#: gives both calls, one statement a line (tests/test_null_page_hint_v18o2.py holds them equal).
RAPIDOCR1_SAVE = "result, elapse = engine(img); json.dump(result or [], f, ensure_ascii=False)"
#: A page's lines and, beside each, its box as the file gives it (a polygon's points: `skew.straighten`).
RawPage = tuple[list[Line], list[Any]]
_BOX_KEYS = ("box", "points", "poly", "polygon", "bbox", "text_region")
_TEXT_KEYS = ("text", "txt", "transcription", "rec_text")
_SCORE_KEYS = ("score", "confidence", "conf", "rec_score")

#: A line joins the block above when the gap is below this share of the line height ...
MAX_GAP = 0.8
#: ... their heights differ by less than this factor ...
MAX_SIZE_RATIO = 1.3
#: ... and they overlap across by at least this share of the narrower one, or the line above is a
#: paragraph's first line indented by at most this many line sizes from the start of the one below.
MIN_OVERLAP = 0.5
MAX_INDENT = 3.0
#: Two items are on one printed line when they overlap vertically by this share of the lower one ...
MIN_ROW_OVERLAP = 0.7
#: ... and the gap between them is at most this many line heights (a byline's or dateline's field
#: gap is one or two ems; RapidOCR keeps gaps under about one em inside an item) ...
MAX_FIELD_GAP = 3.0
#: ... and a line of their size within this many line heights above or below runs across the gap
#: (`_inside_column`: the gap is inside a column, not a gutter) ...
GUTTER_REACH = 2.0
#: ... or, when no box at all lies that near above or below (a caption and its credit under a photo),
#: the gap is at most this many line heights (a word gap) and both items at most `LONE_PIECE` line
#: heights long (pieces the engine cut off: `记者`, a name, `摄`; not a caption or a footer field).
LONE_ROW_GAP = 2.0
LONE_PIECE = 4.0
#: Padded boxes of neighbouring items may overlap by this share of a line height and still be apart:
#: two items of one row (no gap), a line and the row above or below it.
PAD_OVERLAP = 0.25
#: An item repeats an earlier one (`drop_repeats`) when its text is the same and their boxes overlap
#: by at least this intersection over union: an engine run on overlapping tiles of a photo reads the
#: line in the overlap twice, its boxes a pixel or two apart.
MIN_REPEAT_IOU = 0.9
#: ... or when each edge of its box lies within this share of the line's height (the shortest side of
#: the two boxes) of the earlier item's: two pixels off on a 38px line is an IoU of 0.85 to 0.9 only,
#: less on a short line (a photo credit). Lines of a page are a line's height or more apart (a table's
#: rows of `0` one above the other), so only a repeat lies this near. A share, not pixels: boxes in
#: inches or 0-1 page units are read alike (review RJ1b: a floor of 3 units dropped whole table rows).
REPEAT_SHIFT = 0.15


def _box(raw: Any, name: str) -> BBox:
    """The box of an entry: four corner numbers or a polygon of points. The usual case (finite numbers)
    is read by `_finite_box`, without formatting the message every error path names the box by."""
    box = _finite_box(raw) if isinstance(raw, list | tuple) else None
    if box is not None:
        return box
    where = f"{name}: box {raw!r:.60}"
    if isinstance(raw, list | tuple):
        if len(raw) == 4 and all(isinstance(v, int | float) for v in raw):
            x0, y0, x1, y1 = (number(v, where) for v in raw)
            return BBox(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        if all(isinstance(p, list | tuple) for p in raw):
            box = polygon_bbox(raw, where)
    if box is None:
        raise InputError(f"{name}: not a box or polygon: {raw!r:.80}")
    return box


def _finite_box(raw: list[Any] | tuple[Any, ...]) -> BBox | None:
    """The box `_box` reads from `raw` when it is four finite corner numbers or a polygon of finite
    (x, y) pairs; None for anything else (read, or reported, the checked way)."""
    if len(raw) == 4 and all(isinstance(v, int | float) for v in raw):
        x0, y0, x1, y1 = (float(v) for v in raw)
        total = x0 + y0 + x1 + y1
        if total - total != 0.0:
            return None
        return BBox(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    if not raw or not all(isinstance(p, list | tuple) for p in raw):
        return None
    try:  # `number` of each coordinate is float() and a finiteness check
        xs = [float(x) for x, _y in raw]
        ys = [float(y) for _x, y in raw]
    except (TypeError, ValueError):  # not a pair, or not a number
        return None
    total = sum(xs) + sum(ys)
    if total - total != 0.0:
        return None
    return BBox(min(xs), min(ys), max(xs), max(ys))


def _score(raw: Any, name: str) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise InputError(f"{name}: score is not a number: {raw!r:.40}")
    return number(raw, f"{name}: score")


def _entry(item: Any, name: str) -> Line:
    """One recognised line from any accepted list-item shape."""
    return _line(item, _fields(item, name), name)


def _line(item: Any, fields: tuple[Any, Any, Any], name: str) -> Line:
    """The line of a list item whose box, text and score (`_fields`) are `fields`."""
    box, text, score = fields
    if not isinstance(text, str):
        raise InputError(f"{name}: OCR JSON item without text: its text is {_spelled(text)}: "
                         f"{_spelled(item)[:80]}")
    if box is None:
        raise InputError(f"{name}: OCR JSON item without a box: {_spelled(item)[:80]}")
    return Line(text=text, bbox=_box(box, name), conf=_score(score, name))


def _spelled(value: Any) -> str:
    """`value` as the JSON file spells it (`null`, `5`, `"x"`), so a message quotes the user's file
    rather than Python's names for it (`None`)."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):  # not from a JSON file (the API given Python objects)
        return repr(value)


def _fields(item: Any, name: str) -> tuple[Any, Any, Any]:
    """The box, text and score of a list item of any accepted shape, as the file gives them."""
    if isinstance(item, dict):
        box = next((item[k] for k in _BOX_KEYS if k in item), None)
        text = next((item[k] for k in _TEXT_KEYS if k in item), None)
        score = next((item[k] for k in _SCORE_KEYS if k in item), None)
    elif isinstance(item, list | tuple) and len(item) == 3:
        box, text, score = item
    elif isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[1], list | tuple):
        if len(item[1]) != 2:  # `[box, ["text"]]`, `[box, []]`, `[box, [text, score, 0]]`
            raise InputError(f"{name}: [text, score] of an OCR JSON item is not a pair: {item[1]!r:.60}")
        box, (text, score) = item[0], item[1]
    else:
        raise InputError(f"{name}: unrecognised OCR JSON item: {item!r:.80}")
    return box, text, score


def _paddle3(obj: dict[str, Any], name: str) -> RawPage:
    """The lines of a PaddleOCR 3.x result and their boxes as given; an error in one names it by its
    place in the lists."""
    res = obj.get("res", obj)
    if not isinstance(res, dict):
        raise InputError(f"{name}: PaddleOCR \"res\" is not an object")
    texts = res.get("rec_texts") or []
    scores = res.get("rec_scores") or [None] * len(texts)
    boxes = _paddle3_boxes(res)
    if not all(isinstance(v, list) for v in (texts, scores, boxes)):
        raise InputError(f"{name}: rec_texts, rec_scores and boxes must be lists")
    if len(boxes) != len(texts) or len(scores) != len(texts):
        raise InputError(f"{name}: rec_texts, rec_scores and boxes differ in length")
    for k, text in enumerate(texts, start=1):
        if not isinstance(text, str):
            raise InputError(f"{name}: rec_texts item {k} is not text: {_spelled(text)[:40]}")
    try:
        lines = [Line(t, _box(b, name), _score(s, name))
                 for t, b, s in zip(texts, boxes, scores, strict=True)]
        return lines, boxes
    except InputError:
        pass  # found again below, named by its place (a good page pays nothing for the name)
    for k, (box, score) in enumerate(zip(boxes, scores, strict=True), start=1):
        _box(box, f"{name}: item {k}")
        _score(score, f"{name}: item {k}")
    raise AssertionError("unreachable: a box or score failed above")


def _paddle3_boxes(res: dict[str, Any]) -> Any:
    """The boxes of a PaddleOCR 3.x result's texts: its `rec_polys`, else `rec_boxes`, else `dt_polys`,
    the first the result holds, even empty. `dt_polys` holds every detection, also those whose reading
    fell below `text_rec_score_thresh` (left out of the `rec_*` lists): an empty `rec_polys` is a page
    where none passed, not a cue to take the detections (which no text matches)."""
    return next((res[key] for key in ("rec_polys", "rec_boxes", "dt_polys") if key in res), [])


def _lines(items: list[Any], name: str) -> RawPage:
    """The lines of one page's list of items and their boxes as given; an item the reader refuses is
    named by its place (`item 3`), as layout JSON's are: a page holds hundreds."""
    try:
        fields = [_fields(item, name) for item in items]  # (once an item: a page holds hundreds)
        return [_line(item, f, name) for item, f in zip(items, fields, strict=True)], [f[0] for f in fields]
    except InputError:
        pass  # found again below, named by its place (a good page pays nothing for the name)
    for k, item in enumerate(items, start=1):
        _entry(item, f"{name}: item {k}")
    raise AssertionError("unreachable: an item failed above")


#: Keys of a PaddleOCR 3.x result (`_paddle3`): an object holding any is OCR output, even broken.
_PADDLE3_KEYS = ("rec_texts", "rec_scores", "rec_polys", "rec_boxes", "dt_polys")
#: How deep `ocr_shaped` looks for a page's lines: a list of pages of lines, the timings pair around it.
_SHAPE_DEPTH = 3


def ocr_shaped(obj: Any) -> bool:
    """Whether parsed JSON has the shape of OCR output, a bad item in it or not: an object with
    PaddleOCR 3.x's keys (`_PADDLE3_KEYS`, possibly under `res`), or a list (of pages) holding an
    item shaped as a line (`_line_shaped`). JSON of no such shape (a press release's fields, a list of
    names, `[1]`) is no OCR page at all, which `pipeline.read_string` reads as text: a `str` of JSON
    that is OCR-shaped is an OCR page, and a bad item in it an error, as in a file."""
    return _shaped(obj, _SHAPE_DEPTH)


def _shaped(obj: Any, depth: int) -> bool:
    """`ocr_shaped`, looking `depth` lists deep."""
    if isinstance(obj, dict):
        res = obj.get("res")
        return any(k in obj or (isinstance(res, dict) and k in res) for k in _PADDLE3_KEYS)
    if not isinstance(obj, list) or depth == 0:
        return False
    return any(_line_shaped(item) or _shaped(item, depth - 1) for item in obj)


def _line_shaped(item: Any) -> bool:
    """Whether a JSON value has the form of one OCR line whatever its values: an object with a box
    key and a text key (the generic shape), or `[box, text, score]` / `[box, [text, score]]` whose
    first item is box-like (`_box_like`) and whose text is no list or object (a text may be null or a
    number: the reader says what is wrong with it; so may the pair be null, empty, or of one or three
    items). A list of names or of number pairs is none."""
    if isinstance(item, dict):
        return any(k in item for k in _BOX_KEYS) and any(k in item for k in _TEXT_KEYS)
    if not isinstance(item, list) or len(item) not in (2, 3) or not _box_like(item[0]):
        return False
    if len(item) == 3:
        return not isinstance(item[1], list | dict)
    pair = item[1]
    if pair is None:  # `[box, null]`: a line without its text
        return True
    # `[box, [text, score]]`, or a broken pair (`[box, ["text"]]`, `[box, []]`, `[box, [text, score, 0]]`):
    # a line the reader names, not a page of lines
    return isinstance(pair, list) and (not pair or pair[0] is None or isinstance(pair[0], str))


def _box_like(value: Any) -> bool:
    """Whether `value` has the form of a box: a list of at least three numbers (corners, a stray
    one short or over), or a non-empty list of lists of numbers (a polygon's points, any count)."""
    def numbers(v: Any) -> bool:
        return isinstance(v, list) and bool(v) and all(
            isinstance(x, int | float) and not isinstance(x, bool) for x in v)

    if not isinstance(value, list) or not value:
        return False
    return (len(value) >= 3 and numbers(value)) or all(numbers(p) for p in value)


def _is_line_item(item: Any) -> bool:
    if isinstance(item, dict):
        return any(k in item for k in _TEXT_KEYS)
    return isinstance(item, list | tuple) and len(item) in (2, 3) and (
        isinstance(item[1], str) or (len(item) == 2 and isinstance(item[1], list | tuple)
                                      and len(item[1]) == 2 and isinstance(item[1][0], str)))


def _pages_of(obj: Any, name: str, first: int = 0) -> list[RawPage]:
    """The pages of lines of parsed OCR JSON, each with its lines' boxes as given (`RawPage`).
    `first`: the number of the first page `obj` gives when it is part of a list of pages (0: the
    file's whole), which an error names (`page 2: item 5`)."""
    where = f"{name}: page {first}" if first else name
    if obj is None:  # a blank page: PaddleOCR 2.x gives None for it, RapidOCR 3.3+'s `to_json()` too
        return [([], [])]
    if isinstance(obj, dict):
        res = obj.get("res", {})
        if "rec_texts" in obj or (isinstance(res, dict) and "rec_texts" in res):
            return [_paddle3(obj, where)]
        if "res" in obj:  # PaddleOCR's own key: a broken result
            raise InputError(f"{where}: JSON object is not PaddleOCR output (no rec_texts)")
        # an object of no OCR shape at all (a delivery's metadata.json): named as what it is not, every
        # shape the readers take, not PaddleOCR's alone (an object is PaddleOCR 3.x's only shape)
        raise NotAPageError(name, "JSON object with neither PaddleOCR 3.x's rec_texts nor a list of "
                                  "lines, as RapidOCR, PaddleOCR 2.x and other engines write")
    if not isinstance(obj, list):
        raise InputError(f"{name}: not OCR JSON: expected lines ([box, text, score] or objects with a text "
                         f"and a box), found {obj!r:.40}")
    if not obj or _is_line_item(obj[0]) or _line_shaped(obj[0]):  # (a bad first line too: named)
        return [_lines(obj, where)]
    pages: list[RawPage] = []
    for page in obj:  # (None, PaddleOCR's page without text, is a blank page)
        pages.extend(_pages_of(page, name, (first or 1) + len(pages)))
    return pages


def _is_timing(value: Any) -> bool:
    """Whether `value` is what RapidOCR 1.x returns as `elapse` beside its result: seconds, as one
    number or a non-empty list of them (detection, classification, recognition)."""
    def seconds(v: Any) -> bool:
        return isinstance(v, int | float) and not isinstance(v, bool)

    return seconds(value) or (isinstance(value, list) and bool(value) and all(map(seconds, value)))


def _without_timings(obj: Any) -> Any:
    """The result of RapidOCR 1.x's `(result, elapse)` pair, saved whole by `json.dump(engine(img))`:
    `[[[box, text, score], …], [0.12, 0.03, 0.45]]` (or `[None, …]` for a page without text). No
    other accepted shape is a pair whose second item is timings (a page of lines holds lines, a line
    a box first), so the pair is read as its first item; anything else is returned as it is."""
    if isinstance(obj, list) and len(obj) == 2 and _is_timing(obj[1]):
        result = obj[0]
        if result is None or (isinstance(result, list) and all(map(_is_line_item, result))):
            return result
    return obj


def _joins(above: Line, below: Line, vertical: bool) -> bool:
    assert above.bbox is not None and below.bbox is not None
    a, b = to_frame(above.bbox, vertical), to_frame(below.bbox, vertical)
    h = min(a.height, b.height)
    sizes = (line_size(above.bbox, above.text), line_size(below.bbox, below.text))
    if max(sizes) > MAX_SIZE_RATIO * min(sizes):  # a headline column beside body columns
        return False
    gap = b.y0 - a.y1
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    indented = 0 <= a.x0 - b.x0 <= MAX_INDENT * min(sizes) and overlap > 0  # a short last line
    return -0.5 * h < gap < MAX_GAP * h and (overlap >= MIN_OVERLAP * min(a.width, b.width) or indented)


def group_lines(lines: Sequence[Line]) -> list[list[Line]]:
    """Group lines into blocks: runs of same-size, overlapping lines with less than a line between.

    Each line's orientation, box in its reading frame and size are computed once (`_joins` on every
    pair of a line and an open block's last line recomputed them for both)."""
    vertical = [is_vertical_box(ln.bbox, len(ln.text)) for ln in lines]
    frames = [to_frame(ln.bbox, v) for ln, v in zip(lines, vertical, strict=True)]  # type: ignore[arg-type]
    sizes = [line_size(ln.bbox, ln.text) for ln in lines]  # type: ignore[arg-type]
    heights = [f.y1 - f.y0 for f in frames]  # (`BBox.height` / `width`, once per line)
    widths = [f.x1 - f.x0 for f in frames]
    groups: list[list[int]] = []
    for i in sorted(range(len(lines)), key=lambda k: (frames[k].y0, frames[k].x0)):
        b, size_b, vert = frames[i], sizes[i], vertical[i]
        for group in groups:
            j = group[-1]
            if vertical[j] != vert:
                continue
            # `_joins(lines[j], lines[i], vert)`: the same orientation, so lines[j]'s frame is frames[j];
            # `y if y < x else x` is `min(x, y)` and `y if y > x else x` is `max(x, y)`, ties included
            a, size_a = frames[j], sizes[j]
            small, large = (size_a, size_b) if size_a <= size_b else (size_b, size_a)
            if large > MAX_SIZE_RATIO * small:  # a headline column beside body columns
                continue
            h = heights[i] if heights[i] < heights[j] else heights[j]
            gap = b.y0 - a.y1
            overlap = (b.x1 if b.x1 < a.x1 else a.x1) - (b.x0 if b.x0 > a.x0 else a.x0)
            indented = 0 <= a.x0 - b.x0 <= MAX_INDENT * small and overlap > 0
            if -0.5 * h < gap < MAX_GAP * h and (
                overlap >= MIN_OVERLAP * (widths[i] if widths[i] < widths[j] else widths[j]) or indented
            ):
                group.append(i)
                break
        else:
            groups.append([i])
    blocks = [[lines[k] for k in group] for group in groups]
    # keep the engine's order of blocks, by the position of each block's first line in the input
    index = {id(ln): k for k, ln in enumerate(lines)}
    blocks.sort(key=lambda blk: min(index[id(ln)] for ln in blk))
    return blocks


def _is_row_item(line: Line) -> bool:
    """Whether an item can share a printed row with others: set horizontally, its box at least as wide
    as high (a box standing taller may be a vertical column of one character)."""
    box = line.bbox
    assert box is not None
    return not is_vertical_box(box, len(line.text)) and box.width >= box.height


def _same_row(left: BBox, right: BBox) -> bool:
    """Whether `right` continues the printed line of `left`: vertical overlap of most of the lower
    box, heights within `MAX_SIZE_RATIO`, and a gap in reading direction of at most `MAX_FIELD_GAP`
    line heights (a slight overlap of padded boxes counts as no gap)."""
    low, high = sorted((left.height, right.height))
    if low <= 0 or high > MAX_SIZE_RATIO * low:
        return False
    overlap = min(left.y1, right.y1) - max(left.y0, right.y0)
    gap = right.x0 - left.x1
    return overlap >= MIN_ROW_OVERLAP * low and -PAD_OVERLAP * low <= gap <= MAX_FIELD_GAP * low


def _inside_column(left: BBox, right: BBox, page: _ByTop) -> bool:
    """Whether the gap between two row items lies inside one printed line (a field gap), not between
    columns. The boxes near the row, at most `GUTTER_REACH` line heights above or below it and over its
    span, tell:

    - a line of the items' type size crossing the gap under most of the shorter item (`_runs_under`):
      the gap is inside a column, as under a byline or a dateline (a brief's last line `农民收获。`
      under its dateline `本报讯` and the long rest of its opening row);
    - any other box there: the gap is a gutter (the columns' lines end at it, a caption beside a
      column, a byline centred over two columns bridging the near ends of their first lines, a
      headline over body text); nothing shows that it is not;
    - none at all: the row stands alone (a caption and its credit under a photo, a footer line), and
      its items are one line when the gap is a word gap, at most `LONE_ROW_GAP` line heights, and both
      are pieces the engine cut off, at most `LONE_PIECE` line heights long (`记者`, a name, `摄`); a
      long item stays apart from the piece beside it (a caption and the next photo's short caption, a
      footer name and the page number), as two long ones do (two footer fields side by side).

    A box in the items' own row lying over the gap (a duplicate detection boxed over both, degenerate
    boxes over each other) is no line above or below, and a row holding one does not stand alone: the
    gap is not empty."""
    height = max(left.height, right.height)
    top, bottom = min(left.y0, right.y0), max(left.y1, right.y1)
    reach, pad = GUTTER_REACH * height, PAD_OVERLAP * height
    gap_start, gap_end, above = left.x1, right.x0, top - reach
    band = page.starting_within(above - page.tallest, bottom + reach)
    for box in band:
        # most boxes in the band do not cross the gap: that cheap test first, `_runs_under` last
        if box.x0 >= gap_start or box.x1 <= gap_end or box is left or box is right or box.y1 < above:
            continue
        if box.y1 > top + pad and box.y0 < bottom - pad:  # in the row, neither above nor below it
            continue
        if _runs_under(box, left, right, height):
            return True
    return (gap_end - gap_start <= LONE_ROW_GAP * height
            and max(left.width, right.width) <= LONE_PIECE * height and _stands_alone(left, right, band))


def _stands_alone(left: BBox, right: BBox, band: Sequence[BBox]) -> bool:
    """Whether no box of `band` (the boxes near the row, see `_inside_column`) lies above or below
    the row over its span, nor in the row over the gap: nothing shows whether the gap is a gutter.
    Only asked of two short pieces a word gap apart (rare: most rows fail that first)."""
    height = max(left.height, right.height)
    top, bottom = min(left.y0, right.y0), max(left.y1, right.y1)
    pad, above = PAD_OVERLAP * height, top - GUTTER_REACH * height
    for box in band:
        if box.x0 >= right.x1 or box.x1 <= left.x0 or box is left or box is right or box.y1 < above:
            continue
        in_row = box.y1 > top + pad and box.y0 < bottom - pad
        if in_row and (box.x0 >= right.x0 or box.x1 <= left.x1):  # in the row beside the gap: no matter
            continue
        return False
    return True


def _runs_under(box: BBox, left: BBox, right: BBox, height: float) -> bool:
    """Whether `box`, above or below a row and crossing the gap between its items, is a line of the
    row items' type size (within `MAX_SIZE_RATIO` of `height`) running under at least `MIN_OVERLAP`
    of the shorter item: a line of the column both items stand in. The shorter item, as a brief's
    short last line runs under its dateline but not under half of the long rest of the row. A line
    bridging the gap over the items' near ends only (a byline centred over two columns, a quarter of
    each column's first line) is none."""
    size = box.height
    if size <= 0 or max(size, height) > MAX_SIZE_RATIO * min(size, height):
        return False
    short = left if left.width <= right.width else right
    return min(box.x1, short.x1) - max(box.x0, short.x0) >= MIN_OVERLAP * short.width


class _ByTop:
    """Boxes sorted by their top edge, to find those starting within a band of the page quickly."""

    def __init__(self, boxes: Sequence[BBox]) -> None:
        self.boxes = sorted(boxes, key=lambda b: b.y0)
        self.tops = [b.y0 for b in self.boxes]
        self.tallest = max((b.height for b in self.boxes), default=0.0)

    def starting_within(self, low: float, high: float) -> list[BBox]:
        """The boxes whose top edge lies in [low, high]."""
        return self.boxes[bisect_left(self.tops, low):bisect_right(self.tops, high)]


def _row_partners(lines: Sequence[Line]) -> dict[int, int]:
    """For each item, the index of the item continuing its printed line to the right (the nearest
    one in its row, when the gap between them lies inside a column); each item continues at most one
    other."""
    boxes: list[BBox] = [ln.bbox for ln in lines]  # type: ignore[misc]
    page = _ByTop(boxes)
    rows = _ByTop([boxes[k] for k, ln in enumerate(lines) if _is_row_item(ln)])
    index = {id(box): k for k, box in enumerate(boxes)}
    partner: dict[int, int] = {}
    continued: set[int] = set()
    for left in rows.boxes:
        # `_same_row` bounds the gap by the lower box's height, so by `left`'s: a cheap first cut
        height = left.height
        first, last = left.x1 - 0.25 * height, left.x1 + MAX_FIELD_GAP * height
        near = [box for box in rows.starting_within(left.y0 - MAX_SIZE_RATIO * height, left.y1)
                if first <= box.x0 <= last and box is not left and index[id(box)] not in continued
                and _same_row(left, box)]
        if not near:
            continue
        right = min(near, key=lambda box: box.x0)
        if _inside_column(left, right, page):
            partner[index[id(left)]] = index[id(right)]
            continued.add(index[id(right)])
    return partner


def _joined_line(items: Sequence[Line]) -> Line:
    """One line of the items of a printed row, as hOCR and ALTO lines are made of words: each item a
    word with its box and score, the text the words joined by one space, the box their union."""
    words = [Word(ln.text, ln.bbox, ln.conf) for ln in items]
    line = Line(" ".join(w.text for w in words), union(w.bbox for w in words),
                mean(w.conf for w in words), words)
    if any(ln.scan_bbox is not None for ln in items):  # straightened (`skew`): its box on the photo too
        line.scan_bbox = union(ln.scan_bbox or ln.bbox for ln in items)
    return line


def join_printed_lines(lines: Sequence[Line]) -> list[Line]:
    """The engine's items with those of one printed line (see the module docstring) made one line,
    in the engine's order of each line's first item; other items are returned as they are."""
    partner = _row_partners(lines)
    if not partner:
        return list(lines)
    continued = set(partner.values())
    out: list[tuple[int, Line]] = []
    for k, ln in enumerate(lines):
        if k in continued:
            continue
        if k not in partner:
            out.append((k, ln))
            continue
        chain = [k]
        while chain[-1] in partner:
            chain.append(partner[chain[-1]])
        out.append((min(chain), _joined_line([lines[c] for c in chain])))
    out.sort(key=lambda pair: pair[0])
    return [ln for _k, ln in out]


def drop_repeats(items: Sequence[Line]) -> tuple[list[Line], dict[int, int]]:
    """The items of a page less those that repeat an earlier item (the same text, exactly, and boxes
    overlapping by `MIN_REPEAT_IOU` or more or a few pixels apart, `_same_place`: a line read twice
    from overlapping tiles of a photo),
    and which were dropped: the index of each dropped item mapped to the index of the item it
    repeats (the first kept item of its text in the same place). An item whose text merely contains
    an overlapping item's text is kept: it may be a line of its own (a short line under a longer
    one, a headline's words in its kicker). An item is compared with each kept item of its text
    while they are few (`_GRID_FROM`), then only with those near its place (`_Places`): a table of
    2,000 cells reading `0` made two million comparisons."""
    seen: dict[str, list[int]] = {}
    grids: dict[str, _Places] = {}
    repeats: dict[int, int] = {}
    for k, item in enumerate(items):
        if not item.text.strip():
            continue
        earlier = seen.setdefault(item.text, [])
        if len(earlier) < _GRID_FROM:
            first = next((j for j in earlier if _same_place(items[j].bbox, item.bbox)), None)
            if first is None:
                earlier.append(k)
        else:
            places = grids.get(item.text)
            if places is None:
                places = grids[item.text] = _Places(items, earlier)
            first = places.first_same(item.bbox)
            if first is None:
                places.add(k)
        if first is not None:
            repeats[k] = first
    if not repeats:
        return list(items), repeats
    return [item for k, item in enumerate(items) if k not in repeats], repeats


#: `drop_repeats` compares an item with every kept item of its text while there are fewer than this
#: many, and through a grid of them (`_Places`) from then on: on a page of different lines a grid
#: for each text would cost more than the few comparisons it saves.
_GRID_FROM = 8
#: Below this area (in the file's units squared; 1e-289) a box's area and overlap may be subnormal
#: floats, rounded by up to half of themselves: `_Places` compares such a box with every kept item.
_TINY_AREA = 2.0 ** -960
#: A grid cell of `_Places`: the levels of a box's width and height (`math.frexp`'s exponents: a box
#: `w` wide has level `e` when 2**(e-1) <= w < 2**e) and the cell of its top left corner in a grid
#: of 2**e by 2**e' cells.
_Cell = tuple[int, int, int, int]


class _Places:
    """The kept items of one text by where their boxes lie, so that `drop_repeats` compares an item
    with the few kept items that can be in its place, and finds the same first one the comparison
    with every kept item finds.

    Why the neighbouring cells are enough: two boxes in the same place (`_same_place`) are equal, or
    each edge lies within `REPEAT_SHIFT` (0.15) of the shortest side of the other's, or they overlap
    by `MIN_REPEAT_IOU` (0.9) of their union, so their overlap across is at least 0.9 of either
    width and their left edges are at most 0.1 of the wider one apart. Either way their widths are
    within 1.3x of each other (levels at most one apart) and their left edges at most 0.15 of the
    wider width apart, under a third of a cell of either's level: in the same or the next cell. The
    same holds down the page with the heights. A box without area (a point, a line) is in the same
    place only as an equal box (`_edges_near`), so it is looked up by its value; a box the grid
    cannot place (a side too wide for a float, an area too small for exact floats, a corner too
    far for its cell) is compared with every kept item, as before."""

    def __init__(self, items: Sequence[Line], kept: list[int]) -> None:
        """The places of the `kept` items (indices into `items`); `add` appends to `kept`."""
        self.items = items
        self.kept = kept  # every kept item, for a box the grid cannot place
        self.grid: dict[_Cell, list[int]] = {}
        self.levels: set[tuple[int, int]] = set()
        self.flat: dict[BBox, int] = {}  # boxes without area, by value
        self.odd: list[int] = []  # boxes with area the grid cannot place
        for k in kept:
            self._place(k)

    def first_same(self, box: BBox | None) -> int | None:
        """The first kept item in the same place as `box` (`_same_place`), or None."""
        if box is None:
            return None
        if not _has_area(box):
            return self.flat.get(box)
        near = self._near(box)
        if near is None:
            near = self.kept
        elif self.odd:
            near = near + self.odd
        items = self.items
        return min((j for j in near if _same_place(items[j].bbox, box)), default=None)

    def add(self, k: int) -> None:
        """Keep item `k`."""
        self.kept.append(k)
        self._place(k)

    def _place(self, k: int) -> None:
        box = self.items[k].bbox
        if box is None:  # in no place: never the same as another
            return
        if not _has_area(box):
            self.flat.setdefault(box, k)
            return
        cell = _cell_of(box)
        if cell is None:
            self.odd.append(k)
            return
        self.levels.add((cell[0], cell[1]))
        self.grid.setdefault(cell, []).append(k)

    def _near(self, box: BBox) -> list[int] | None:
        """The kept items in the cells of the levels next to `box`'s around its corner, or None when
        `box` cannot be placed in one of them."""
        mine = _levels(box)
        if mine is None:
            return None
        near: list[int] = []
        for wide, high in self.levels:
            if abs(wide - mine[0]) > 1 or abs(high - mine[1]) > 1:
                continue
            across, down = _index(box.x0, wide), _index(box.y0, high)
            if across is None or down is None:
                return None
            for i in (across - 1, across, across + 1):
                for j in (down - 1, down, down + 1):
                    near += self.grid.get((wide, high, i, j), ())
        return near


def _has_area(box: BBox) -> bool:
    """Whether `box` is wider and higher than nothing (a box without area is in the same place only
    as an equal box)."""
    return box.x1 > box.x0 and box.y1 > box.y0


def _levels(box: BBox) -> tuple[int, int] | None:
    """The levels of `box`'s width and height (see `_Cell`), or None for a side too wide for a float
    or an area so small (`_TINY_AREA`) that the overlap test of `_same_place` is rounded too far to
    bound where a box in the same place lies."""
    width, height = box.width, box.height
    if not (math.isfinite(width) and math.isfinite(height)) or width * height < _TINY_AREA:
        return None
    return math.frexp(width)[1], math.frexp(height)[1]


def _index(value: float, level: int) -> int | None:
    """The cell of `value` in cells 2**`level` long, or None when the quotient overflows."""
    try:
        return math.floor(math.ldexp(value, -level))
    except OverflowError:
        return None


def _cell_of(box: BBox) -> _Cell | None:
    """The grid cell of a box with area (see `_Cell`), or None when it cannot be placed."""
    levels = _levels(box)
    if levels is None:
        return None
    across, down = _index(box.x0, levels[0]), _index(box.y0, levels[1])
    if across is None or down is None:
        return None
    return levels[0], levels[1], across, down


def _same_place(a: BBox | None, b: BBox | None) -> bool:
    """Whether two boxes are one: equal, overlapping by `MIN_REPEAT_IOU` of their union, or a few
    pixels apart (`_edges_near`)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    inter = max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0)) * max(0.0, min(a.y1, b.y1) - max(a.y0, b.y0))
    joint = a.width * a.height + b.width * b.height - inter
    return joint > 0 and (inter >= MIN_REPEAT_IOU * joint or _edges_near(a, b))


def _edges_near(a: BBox, b: BBox) -> bool:
    """Whether each edge of `b` lies within `REPEAT_SHIFT` of the line's height (the shortest side of
    the two boxes) of the same edge of `a`: the pixel or two
    a second reading of a line is off by, which on a short or thin line leaves an IoU under
    `MIN_REPEAT_IOU`. Boxes without area (points, zero boxes) are the same place only when equal."""
    side = min(a.width, a.height, b.width, b.height)
    if side <= 0:
        return False
    reach = REPEAT_SHIFT * side
    return (abs(a.x0 - b.x0) <= reach and abs(a.y0 - b.y0) <= reach
            and abs(a.x1 - b.x1) <= reach and abs(a.y1 - b.y1) <= reach)


def repeats_warning(where: str, items: Sequence[Line], repeats: dict[int, int]) -> str:
    """The warning for the items `drop_repeats` dropped from a page: how many, and each by its place
    in the file and its text, with the item it repeats (items counted from 1, as errors count them),
    so that nothing is dropped unsaid and each dropped text can be found again."""
    count = len(repeats)
    listed = ", ".join(f"item {k + 1} {items[k].text!r} (as item {j + 1})"
                       for k, j in sorted(repeats.items()))
    what = "item repeating an earlier one" if count == 1 else "items repeating earlier ones"
    return (f"{where}: dropped {count} OCR JSON {what} (the same text, boxes overlapping by "
            f"{MIN_REPEAT_IOU:.0%} or more or each edge within "
            f"{REPEAT_SHIFT:.0%} of the line's height): {listed}")


def load_json(data: bytes, name: str, what: str, too_deep: str = "JSON nested too deeply") -> Any:
    """The parsed JSON of an OCR file (`what` names its kind in the message), or a one-line
    InputError naming the file."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: {what} is not UTF-8 (byte offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        # The position, once, as Python gives it (`...starting at: line 1 column 422 (char 421)`): where
        # a truncated file broke.
        raise InputError(f"{name}: malformed JSON: {exc}") from None
    except RecursionError:
        raise InputError(f"{name}: {too_deep}") from None


def read_ocrjson(data: bytes, name: str = "-") -> list[Page]:
    """Pages from RapidOCR / PaddleOCR JSON, lines grouped into blocks."""
    too_deep = "JSON nested too deeply (OCR JSON is at most a few levels deep)"
    loaded = load_json(data, name, "OCR JSON", too_deep)
    obj = _without_timings(loaded)
    try:
        found = _pages_of(obj, name)
    except RecursionError:
        raise InputError(f"{name}: {too_deep}") from None
    pages: list[Page] = []
    for page_no, (read, raw_boxes) in enumerate(found, start=1):
        angle = straighten(read, raw_boxes)  # (before anything reads the boxes: sizes, rows, blocks)
        kept, repeats = drop_repeats(read)
        lines = join_printed_lines([ln for ln in kept if ln.text.strip()])
        groups = group_lines(lines)
        blocks = [make_block(f"p{page_no}b{k}", grp, page_no) for k, grp in enumerate(groups, start=1)]
        # the JSON does not record the image size, so width and height stay unknown
        page = Page(blocks=number_blocks(blocks), source=name, number=page_no)
        where = f"{name}: page {page_no}" if len(found) > 1 else name
        if repeats:
            page.warnings.append(repeats_warning(where, read, repeats))
        for note in page_notes(angle, groups):
            page.warnings.append(f"{where}: {note}")
        pages.append(page)
    if loaded is None:
        pages[0].warnings.append(null_file_warning(name))
    return pages


def null_file_warning(name: str) -> str:
    """The warning for an OCR JSON file that is `null` alone, read as a page without text. Such a
    file may be right (RapidOCR 3.3 and later's `to_json()` of a blank page, PaddleOCR 2.x's
    `result[0]` saved alone) or may have lost the page's text before layoutfix saw it (RapidOCR 2.0
    to 3.2's `to_json()` returns None for every page); the file cannot tell which, so the warning
    says what the cause would be and how to save the result so that its text is read
    (`RAPIDOCR_SAVE`, `RAPIDOCR1_SAVE`). One warning a file: a batch counts each such page once."""
    return (f"{name}: the file is JSON null, read as a page without text. If it came from RapidOCR 2.0 to "
            "3.2's result.to_json(), which returns None for every page, the page's text was never saved: "
            f"save the result with {RAPIDOCR_SAVE} (RapidOCR 1.x: {RAPIDOCR1_SAVE}). A blank page saved "
            "so by RapidOCR 3.3 or later or by PaddleOCR is read right")
