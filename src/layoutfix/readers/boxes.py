"""Helpers the coordinate readers share: box unions, polygon bounds, assembling blocks from lines."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from ..errors import InputError
from ..model import BBox, Block, Line


def number(raw: object, where: str) -> float:
    """`raw` (an attribute string or a JSON value) as a finite float, else `InputError` at `where`.

    NaN and infinities are refused as well as non-numbers: a NaN box sorts nowhere in reading order
    and would be written into TEI coordinates as "nan", which no schema accepts.
    """
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"{where} is not a number: {raw!r:.40}") from None
    if not math.isfinite(value):
        raise InputError(f"{where} is not a finite number: {raw!r:.40}")
    return value


#: `float()` of each finite number string the coordinate readers have seen, so a value parses once
#: per process: a page's coordinates and confidences repeat (p1.alto.xml: 1,610 numbers, 378 distinct)
#: and a dict look-up costs a fraction of a float parse. Only finite values are kept, so a value found
#: here needs no NaN / infinity check. Bounded: past `FLOATS_MAX` strings (~1.7 MB; every pixel
#: coordinate of a 10,000-pixel page and every two-digit confidence fit), new values are parsed every
#: time.
FLOATS: dict[str | None, float] = {}
FLOATS_MAX = 1 << 14


def remembered_float(raw: str | None) -> float | None:
    """`float(raw)` when it is finite (remembered in `FLOATS`), else None (the caller reports it)."""
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if value - value != 0.0:  # NaN or an infinity
        return None
    if len(FLOATS) < FLOATS_MAX:
        FLOATS[raw] = value
    return value


def union(boxes: Iterable[BBox | None]) -> BBox | None:
    """The smallest box holding every given box; None when there is none."""
    it = iter(boxes)
    for first in it:
        if first is not None:
            break
    else:
        return None
    # one pass keeping the first smallest / largest value, as min() and max() do
    x0, y0, x1, y1 = first.x0, first.y0, first.x1, first.y1
    for b in it:
        if b is not None:
            if b.x0 < x0:
                x0 = b.x0
            if b.y0 < y0:
                y0 = b.y0
            if b.x1 > x1:
                x1 = b.x1
            if b.y1 > y1:
                y1 = b.y1
    return BBox(x0, y0, x1, y1)


def polygon_bbox(points: Sequence[Sequence[object]], where: str = "polygon") -> BBox | None:
    """The bounding box of a polygon given as [(x, y), ...]; None for an empty polygon.

    A point that is not a pair of finite numbers raises `InputError` at `where`.
    """
    if not points:
        return None
    if any(isinstance(p, str | bytes) or len(p) != 2 for p in points):
        raise InputError(f"{where}: a point is not an (x, y) pair")
    xs = [number(p[0], where) for p in points]
    ys = [number(p[1], where) for p in points]
    return BBox(min(xs), min(ys), max(xs), max(ys))


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the known values, or None."""
    real = [v for v in values if v is not None]
    return sum(real) / len(real) if real else None


def make_block(block_id: str, lines: list[Line], page: int | None, bbox: BBox | None = None) -> Block:
    """A block whose text is its lines joined with newlines and whose box covers them (or `bbox`)."""
    return Block(
        id=block_id,
        text="\n".join(line.text for line in lines),
        bbox=bbox if bbox is not None else union(line.bbox for line in lines),
        lines=lines,
        page=page,
    )


def number_blocks(blocks: list[Block]) -> list[Block]:
    """Set `start`/`end` of each block as offsets in the page text (blocks joined by blank lines)."""
    pos = 0
    for block in blocks:
        block.start = pos
        block.end = pos + len(block.text)
        pos = block.end + 2
    return blocks
