"""Phone photos of newspaper pages as OCR JSON (RapidOCR's `[box, text, score]` items), for the tests
of what a photo shows beyond the page: a strip of the neighbouring page at the photo's edge, a narrow
sidebar of the page's own, two pages side by side. A page is laid out upright in page pixels (lines of
`BODY` px type, `PITCH` px apart, columns of `PER` characters), then turned by a few degrees about
the photo's centre and clipped to the photo (`PHOTO_W` x `PHOTO_H`), as a detector clips its boxes:
a line reaching past the photo's edge keeps the characters inside it, its polygon cut at the edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PHOTO_W, PHOTO_H = 3000.0, 4000.0
BODY, PITCH, PER, GUTTER = 44.0, 66.0, 18, 60.0

#: Sentences the paragraphs are made of (each paragraph two of them, taken in turn from a seed).
SENTENCES = (
    "眼下正值春耕备耕的关键时节，全市各地抢抓农时，组织农户开展春播生产。",
    "田间地头处处是一派繁忙景象，农技人员在地头现场指导，帮助农户解决难题。",
    "据市农业农村局介绍，今年全市计划播种粮食作物一百二十万亩。",
    "种子、化肥、农药等农资储备充足，储备量均高于去年同期。",
    "与此同时，各县区组织农技人员深入田间地头，开展科技下乡活动。",
    "推广良种良法，引导农户科学种田，提高粮食单产水平。",
    "截至目前，全市已完成春播面积四十八万亩，占计划的百分之四十。",
    "市气象部门提醒，近期气温回升较快，农户要注意防范倒春寒。",
    "全市新建高标准农田十二万亩，灌溉条件得到明显改善。",
    "各乡镇还组建了农机服务队，为缺少劳力的农户提供代耕代种服务。",
)

Point = list[float]
Item = tuple[list[Point], str]


@dataclass(frozen=True)
class Laid:
    """A line laid out upright on the page: its box and text (one character per `BODY` px)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def paragraphs(count: int, seed: int) -> list[str]:
    """`count` paragraphs of two sentences each, starting at sentence `seed`."""
    n = len(SENTENCES)
    return [SENTENCES[(seed + 2 * k) % n] + SENTENCES[(seed + 2 * k + 1) % n] for k in range(count)]


def column(x: float, top: float, bottom: float, pars: list[str], per: int = PER) -> list[Laid]:
    """The lines of a column `per` characters wide at `x`, from `top` down to `bottom` at most: each
    paragraph opening indented by two characters, its last line short."""
    lines: list[Laid] = []
    y = top
    for par in pars:
        text = "  " + par
        for start in range(0, len(text), per):
            if y + BODY > bottom:
                return lines
            chunk = text[start:start + per]
            indent = len(chunk) - len(chunk.lstrip(" "))
            words = chunk.strip()
            lines.append(Laid(x + indent * BODY, y, x + (indent + len(words)) * BODY, y + BODY, words))
            y += PITCH
    return lines


def headline(x: float, y: float, text: str, size: float) -> Laid:
    """A headline of `size` px type at (`x`, `y`)."""
    return Laid(x, y, x + size * len(text), y + size, text)


def page_lines(*, left: float = 230.0, columns: int = 3, top: float = 520.0, bottom: float = 3800.0,
               title: str = "全市春耕生产全面展开", seed: int = 0) -> list[Laid]:
    """A page: a headline over `columns` columns of body text starting at `left`."""
    width = PER * BODY
    lines = [headline(left + 170, top - 240, title, 130.0)]
    for c in range(columns):
        lines += column(left + c * (width + GUTTER), top, bottom, paragraphs(6, seed + 3 * c))
    return lines


def neighbour_strip(side: str, visible: float, *, top: float = 520.0, bottom: float = 3800.0) -> list[Laid]:
    """The neighbouring page's column next to the photo's `side` edge, reaching `visible` px into the
    photo: its lines laid out whole, most of each beyond the photo (clipped by `photo`)."""
    width = PER * BODY
    x = -width + visible if side == "left" else PHOTO_W - visible
    return column(x, top, bottom, paragraphs(6, 5))


def sidebar(x: float, per: int = 6, *, top: float = 520.0, bottom: float = 2600.0) -> list[Laid]:
    """A narrow sidebar column of the page's own, `per` characters wide at `x`."""
    return [headline(x, top, "本版导读", BODY * 1.4),
            *column(x, top + 2 * PITCH, bottom, paragraphs(4, 2), per)]


def _turned(x: float, y: float, degrees: float) -> tuple[float, float]:
    """(x, y) turned `degrees` clockwise (y grows downwards) about the photo's centre."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    cx, cy = PHOTO_W / 2, PHOTO_H / 2
    return cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c


def _detector_order(points: list[Point]) -> list[Point]:
    """The corners as PaddleOCR's and RapidOCR's detectors order them: the two leftmost, upper first,
    then the two rightmost, upper first."""
    by_x = sorted(points, key=lambda p: p[0])
    left = sorted(by_x[:2], key=lambda p: p[1])
    right = sorted(by_x[2:], key=lambda p: p[1])
    return [left[0], right[0], right[1], left[1]]


def shot(line: Laid, degrees: float) -> Item | None:
    """The item a detector gives for `line` on a photo turned `degrees`: the characters whose centres
    lie inside the photo, its polygon clipped to the photo's edges; None when none does."""
    step = (line.x1 - line.x0) / len(line.text)
    mid = (line.y0 + line.y1) / 2
    kept = [ch for k, ch in enumerate(line.text)
            if 0 <= _turned(line.x0 + (k + 0.5) * step, mid, degrees)[0] <= PHOTO_W]
    if not kept:
        return None
    corners = [(line.x0, line.y0), (line.x1, line.y0), (line.x1, line.y1), (line.x0, line.y1)]
    points = []
    for x, y in corners:
        tx, ty = _turned(x, y, degrees)
        points.append([round(min(max(tx, 0.0), PHOTO_W), 1), round(ty, 1)])
    return _detector_order(points), "".join(kept)


def photo(lines: list[Laid], degrees: float = 0.0) -> list[list[object]]:
    """RapidOCR's JSON of a photo of `lines` turned `degrees`: `[box, text, score]` per line."""
    items = [shot(line, degrees) for line in lines]
    return [[box, text, 0.97] for item in items if item is not None for box, text in [item]]


#: The two pages of a spread (`spread_lines`): where each starts, its page header, its two headlines.
SPREAD_PAGES = (
    (100.0, "第3版　要闻", "全市春耕生产全面展开", "城乡基层治理提质增效", 0),
    (1600.0, "第4版　综合", "乡村振兴产业兴旺发达", "生态环境持续向好转变", 4),
)


def spread_lines(per: int = 12, gap_rows: float = 0.0, right: float | None = None) -> list[Laid]:
    """Two pages side by side (`SPREAD_PAGES`), each a page header over two articles of two columns
    `per` characters wide, the articles of both pages at the same heights (the right page's lower
    ones `gap_rows` lines lower), with the two pages' margins between them; or, with `right`, the
    right page's half starting there instead."""
    lines: list[Laid] = []
    width = per * BODY
    for k, (x, head, first, second, seed) in enumerate(SPREAD_PAGES):
        x = right if k and right is not None else x
        shift = k * gap_rows * PITCH
        lines.append(Laid(x, 150.0, x + BODY * len(head), 150.0 + BODY, head))
        lines.append(headline(x + 60, 260.0, first, 90.0))
        for c in range(2):
            lines += column(x + c * (width + GUTTER), 420.0, 1700.0, paragraphs(3, seed + 2 * c), per)
        lines.append(headline(x + 60, 1800.0 + shift, second, 90.0))
        for c in range(2):
            pars = paragraphs(3, seed + 1 + 2 * c)
            lines += column(x + c * (width + GUTTER), 1960.0 + shift, 3800.0, pars, per)
    return lines


def page_of(lines: list[Laid], k: int) -> list[Laid]:
    """The lines of page `k` (0: left, 1: right) of a spread."""
    middle = SPREAD_PAGES[1][0] - 100.0
    return [line for line in lines if (line.x0 < middle) == (k == 0)]
