"""A vertical page whose engine boxes every column apart (v20).

Tesseract's hOCR of a vertical page may give one `ocr_carea` per column. Each column was read as a
block of one short unpunctuated line, so a paragraph in four columns (right to left, in order) came
out as three kickers over a title, an `empty` article. Now a run of such columns side by side, of one
type size, is read as one block's lines (`geometry.columns_as_lines`), as the same text in one
`ocr_carea` is: one paragraph. A title column in larger type, or one set apart from the text, still
heads it. Each case runs in traditional and simplified characters.
"""

from __future__ import annotations

import json

import pytest

import layoutfix
from layoutfix.hanscript import opencc_converter

#: A paragraph of a vertical page, without marks and with them.
TEXTS = [
    "京滬綫鐵路自上月因水災中斷後經鐵路局日夜搶修已於昨日全綫恢復通車首班車於上午八時由南京開出"
    "下午五時抵達上海沿途各站秩序良好旅客衆多鐵路局長表示此次搶修工程爲戰後最大之工程云",
    "京滬綫鐵路自上月因水災中斷後，經鐵路局日夜搶修，已於昨日全綫恢復通車。首班車於上午八時由南京開出，"
    "下午五時抵達上海，沿途各站秩序良好，旅客衆多。鐵路局長表示，此次搶修爲戰後最大之工程。",
]
#: Characters a column holds.
MEASURE = 24
#: The paragraph set in columns of `MEASURE` characters (the last one short).
COLUMNS = [[t[k : k + MEASURE] for k in range(0, len(t), MEASURE)] for t in TEXTS]
TITLE = "京滬綫恢復通車"
SIZE, GAP, TOP = 24, 10, 60


def _column(x: int, text: str, size: int = SIZE, top: int = TOP) -> str:
    """One `ocr_carea` holding one vertical column of `text` at `x`, a word per character."""
    bottom = top + size * len(text)
    words = "".join(
        f"<span class='ocrx_word' title='bbox {x} {top + k * size} {x + size} {top + (k + 1) * size}; "
        f"x_wconf 95'>{ch}</span>" for k, ch in enumerate(text)
    )
    box = f"bbox {x} {top} {x + size} {bottom}"
    return (f"<div class='ocr_carea' title='{box}'><p class='ocr_par' title='{box}'>"
            f"<span class='ocr_line' title='{box}'>{words}</span></p></div>")


def _page(areas: list[str]) -> str:
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><head>"
            "<meta name='ocr-system' content='tesseract 5.3.0'/></head><body>"
            "<div class='ocr_page' title='bbox 0 0 800 800'>" + "".join(areas) + "</div></body></html>")


def _columns_apart(columns: list[str], x: int = 600) -> list[str]:
    """Each column its own `ocr_carea`, right to left, `GAP` apart."""
    return [_column(x - k * (SIZE + GAP), text) for k, text in enumerate(columns)]


def _json(hocr: str) -> dict:
    return json.loads(layoutfix.convert(hocr.encode(), fmt="json").output)


def _both(columns: list[str]) -> list[list[str]]:
    t2s = opencc_converter("t2s").convert
    return [columns, [t2s(c) for c in columns]]


@pytest.mark.parametrize("columns", [c for cols in COLUMNS for c in _both(cols)])
def test_columns_apart_read_as_one_block(columns: list[str]) -> None:
    apart = _json(_page(_columns_apart(columns)))
    (article,) = apart["articles"]
    assert [p["text"] for p in article["paragraphs"]] == ["".join(columns)]
    assert (article["kicker"], article["titles"]) == ([], [])
    assert "empty" not in article["flags"]
    # the same as the columns in one `ocr_carea` (its box around them, the lines inside)
    xs = [600 - k * (SIZE + GAP) for k in range(len(columns))]
    box = f"bbox {min(xs)} {TOP} {max(xs) + SIZE} {TOP + SIZE * max(map(len, columns))}"
    lines = "".join(_column(x, text).split("<p class='ocr_par'")[1].split(">", 1)[1].rsplit("</p>", 1)[0]
                    for x, text in zip(xs, columns, strict=True))
    one = _page([f"<div class='ocr_carea' title='{box}'><p class='ocr_par' title='{box}'>{lines}</p></div>"])
    assert _json(one)["articles"] == apart["articles"]


@pytest.mark.parametrize("columns", [c for cols in COLUMNS for c in _both(cols)])
def test_title_column_in_larger_type_heads_the_columns(columns: list[str]) -> None:
    title = TITLE if columns[0][0] == "京" and "滬" in columns[0] else opencc_converter("t2s").convert(TITLE)
    areas = [_column(640, title, size=40), *_columns_apart(columns)]
    (article,) = _json(_page(areas))["articles"]
    assert article["titles"] == [title]
    assert [p["text"] for p in article["paragraphs"]] == ["".join(columns)]
