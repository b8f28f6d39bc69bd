"""What the v22 edge-strip and spread reading must leave alone, and the spread's two running heads.

A review found the edge-strip detection (readers/edges.py) taking the page's own narrow columns for
a strip of the neighbouring page and dropping them from the txt: a sidebar `本版导读` at the right
(the right edge is only the rightmost box: the JSON gives no photo width), a contents list
`本期要目` of short lines at a tight crop's left edge, a sidebar a photo's width from the text. Now a
strip must also read as cut (most lines neither start a sentence nor end at its mark, no list items)
and stand under no heading of its own; these pages read as before the detection came.

It also found single pages read as two pages side by side (a tall photo down the middle of a page
leaves a wide full-height gap): a spread now needs a page head (`第3版　要闻`) at each side's top.
On a real spread the right page's head was read as the kicker of its first article and shown in the
txt: each page's head is now the page's furniture.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from photo_pages import (
    BODY,
    GUTTER,
    PER,
    PITCH,
    Laid,
    column,
    headline,
    page_lines,
    paragraphs,
    photo,
    sidebar,
    spread_lines,
)

WIDTH = PER * BODY
#: Where the page's three columns end when they start at 90.
COLUMNS_END = 90.0 + 3 * WIDTH + 2 * GUTTER


def convert(data: bytes, fmt: str, **kw: Any) -> Any:
    return layoutfix.convert(data, fmt=fmt, **kw)


def as_json(lines: list[Laid], degrees: float = 0.0) -> bytes:
    return json.dumps(photo(lines, degrees), ensure_ascii=False).encode()


def contents_list(x: float, top: float, bottom: float) -> list[Laid]:
    """A contents list at `x`: a heading over short numbered items, one a line, ragged at the right."""
    items = ["一、春耕备耕", "二、农资储备", "三、科技下乡", "四、农机服务", "五、高标准农田", "六、气象服务"]
    out = [headline(x, top, "本期要目", BODY * 1.4)]
    y, k = top + 2 * PITCH, 0
    while y + BODY < bottom:
        text = items[k % len(items)]
        out.append(Laid(x, y, x + BODY * len(text), y + BODY, text))
        y, k = y + PITCH, k + 1
    return out


def poem(x: float, top: float, bottom: float) -> list[Laid]:
    """A poem at `x`: a heading over lines of seven characters."""
    verses = ["春风又绿江南岸", "明月何时照我还", "一夜春雨润新苗",
              "田间处处农机忙", "麦浪翻滚金满地", "农家笑语话丰年"]
    out = [headline(x, top, "田园新韵（组诗）", BODY * 1.4)]
    y = top + 2 * PITCH
    while y + BODY < bottom:
        out.append(Laid(x, y, x + BODY * 7, y + BODY, verses[len(out) % len(verses)]))
        y += PITCH
    return out


#: The reviewer's pages whose narrow column is the page's own: (page lines, skew).
OWN_COLUMNS = {
    **{f"sidebar_right_gap{g}_d{d}": (page_lines(left=90.0) + sidebar(COLUMNS_END + g * BODY), d)
       for g in (4.2, 5.0, 7.0) for d in (0.0, 3.0)},
    **{f"sidebar_left_gap{g}": (sidebar(0.0) + page_lines(left=6 * BODY + g * BODY), 0.0)
       for g in (4.2, 5.0)},
    **{f"list_left_c{c}": (contents_list(0.0, 520, 3800) + page_lines(left=WIDTH + GUTTER, columns=c), 0.0)
       for c in (2, 3)},
    **{f"poem_left_c{c}": (poem(0.0, 520, 3800) + page_lines(left=WIDTH + GUTTER, columns=c), 0.0)
       for c in (2, 3)},
    **{f"scan_narrow_right_gap{g}": (page_lines(left=230.0, columns=2)
                                     + sidebar(230 + 2 * WIDTH + GUTTER + g * BODY, bottom=3800), 0.0)
       for g in (4.5, 6.0)},
}


@pytest.mark.parametrize("name", sorted(OWN_COLUMNS))
def test_a_narrow_column_of_the_page_is_read_as_its_text(name: str) -> None:
    """Before: `本版导读` and its 41 lines, or `本期要目` and its 49, missing from the txt (furniture)."""
    lines, degrees = OWN_COLUMNS[name]
    data = as_json(lines, degrees)
    got = convert(data, "txt", input_format="ocrjson")
    assert not [w for w in got.document.warnings if "neighbouring page" in w]
    squeezed = "".join(got.output.split())
    assert all("".join(text.split()) in squeezed for _box, text, _score in photo(lines, degrees))
    doc = json.loads(convert(data, "json", input_format="ocrjson").output)
    assert not doc.get("notes") and not any(a.get("notes") for a in doc["articles"])


def _blocks(lines: list[Laid]) -> list[list[Laid]]:
    """The lines as an engine's blocks: a run of body lines of one column, or a line alone."""
    out: list[list[Laid]] = []
    for ln in lines:
        last = out[-1][-1] if out else None
        if (last is not None and ln.y1 - ln.y0 == BODY and last.y1 - last.y0 == BODY
                and abs(ln.y0 - last.y1) < PITCH and abs(ln.x0 - last.x0) < 3 * BODY):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def as_hocr(lines: list[Laid]) -> bytes:
    """A Tesseract hOCR page of `lines`, a `ocr_carea` per block (`_blocks`)."""
    def box(xs: list[Laid]) -> str:
        return (f"bbox {min(x.x0 for x in xs):.0f} {min(x.y0 for x in xs):.0f} "
                f"{max(x.x1 for x in xs):.0f} {max(x.y1 for x in xs):.0f}")

    out = ["<?xml version='1.0' encoding='UTF-8'?>",
           "<html xmlns='http://www.w3.org/1999/xhtml'><head>"
           "<meta name='ocr-system' content='tesseract 5.3.0'/></head><body>"
           "<div class='ocr_page' id='page_1' title='bbox 0 0 3400 4000'>"]
    n = 0
    for b, block in enumerate(_blocks(lines)):
        area = box(block)
        out.append(f"<div class='ocr_carea' id='b{b}' title='{area}'><p class='ocr_par' title='{area}'>")
        for ln in block:
            n += 1
            word = f"<span class='ocrx_word' id='w{n}' title='{box([ln])}; x_wconf 95'>{ln.text}</span>"
            out.append(f"<span class='ocr_line' id='l{n}' title='{box([ln])}'>{word}</span>")
        out.append("</p></div>")
    out.append("</div></body></html>")
    return "\n".join(out).encode()


def half(x: float, seed: int, first: str, second: str, per: int = 12) -> list[Laid]:
    """Half a page without a page head: two articles of two columns `per` characters wide at `x`."""
    width = per * BODY
    out = [headline(x + 60, 260.0, first, 90.0)]
    out += [ln for c in range(2)
            for ln in column(x + c * (width + GUTTER), 420.0, 1700.0, paragraphs(3, seed + 2 * c), per)]
    out.append(headline(x + 60, 1800.0, second, 90.0))
    out += [ln for c in range(2)
            for ln in column(x + c * (width + GUTTER), 1960.0, 3800.0, paragraphs(3, seed + 1 + 2 * c), per)]
    return out


#: A single page of five columns, the middle one a tall photo (no text): the photo's column as wide
#: as a text column, or five body sizes.
PHOTO_DOWN_THE_MIDDLE = {
    label: half(100.0, 0, "全市春耕生产全面展开", "城乡基层治理提质增效")
    + half(right, 4, "乡村振兴产业兴旺", "生态环境持续向好")
    for label, right in (("photo_col", 100 + 3 * (12 * BODY + GUTTER) + GUTTER),
                         ("photo_narrow", 100 + 2 * (12 * BODY + GUTTER) + 5 * BODY))
}
FORMATS = {"ocrjson": as_json, "hocr": as_hocr}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("label", sorted(PHOTO_DOWN_THE_MIDDLE))
def test_a_photo_down_a_single_page_makes_no_spread(label: str, fmt: str) -> None:
    """Before: `the page looks like two pages side by side`, and the left half's articles first.
    Without a page head on each side, the page is read band by band as one page."""
    data = FORMATS[fmt](PHOTO_DOWN_THE_MIDDLE[label])
    got = convert(data, "json", input_format=fmt)
    assert not [w for w in got.document.warnings if "side by side" in w]
    titles = [a["titles"] for a in json.loads(got.output)["articles"]]
    assert titles == [["全市春耕生产全面展开"], ["乡村振兴产业兴旺"],
                      ["城乡基层治理提质增效"], ["生态环境持续向好"]]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("gap_rows", [0.0, 3.0])
def test_each_page_head_of_a_spread_is_furniture(fmt: str, gap_rows: float) -> None:
    """Before: the right page's head `第4版　综合` was the kicker of its first article, in the txt."""
    data = FORMATS[fmt](spread_lines(gap_rows=gap_rows))
    txt = convert(data, "txt", input_format=fmt)
    assert [w for w in txt.document.warnings if "side by side" in w]
    assert "第3版" not in txt.output and "第4版" not in txt.output
    doc = json.loads(convert(data, "json", input_format=fmt).output)
    furniture = doc["furniture"] + [t for a in doc["articles"] for t in a["furniture"]]
    assert [t.split()[0] for t in furniture] == ["第3版", "第4版"]
    assert not any(a["kicker"] for a in doc["articles"])
