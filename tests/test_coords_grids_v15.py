"""A grid of figures on a coordinate page (a sudoku, a draw's numbers) keeps its rows, as flat text does.

The pages are small hand-made ALTO and hOCR files: a title, a lead line, then one block holding the
grid, each figure a word in its cell (cells 60 px apart, a blank cell printed as nothing), so the rows'
boxes start and end where their first and last figures stand.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from test_coords_parity_v14 import MAKERS as PROSE_MAKERS

CELL, SIZE, LEFT, TOP = 60, 30, 100, 400
TITLE = "数独游戏"
LEAD = "请在空格内填入数字，使每行每列均含1至9。"

#: Grids as rows of cells, `.` a blank cell.
GRIDS = {
    "sudoku": ["53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.",
               "...419..5", "....8..79"],
    "small sudoku": ["1..4", ".4..", "..2.", "3..1"],
    "full rows": ["123", "456", "789"],
    "draw": ["03 08 15", "22 27 31", "09 .. 12"],
}

Row = list[tuple[str, int, int]]  # (figure, x0, x1) of each filled cell


def _rows(grid: list[str]) -> list[Row]:
    """Each row's filled cells; a row of two-figure cells (`03 08 15`) is split at its spaces."""
    out = []
    for row in grid:
        cells = row.split(" ") if " " in row else list(row)
        out.append([(c, LEFT + k * CELL + 10, LEFT + k * CELL + 10 + SIZE // 2 * len(c))
                    for k, c in enumerate(cells) if c.strip(".")])
    return out


def _alto_line(text: str, x0: int, y: int, x1: int, size: int) -> str:
    """A `TextLine` of one `String`."""
    box = f'HPOS="{x0}" VPOS="{y}" WIDTH="{x1 - x0}" HEIGHT="{size}"'
    return f'<TextLine {box}><String CONTENT="{text}" {box}/></TextLine>'


def _head_alto() -> str:
    """The title's and the lead's blocks."""
    return (f'<TextBlock ID="t" HPOS="{LEFT}" VPOS="100" WIDTH="180" HEIGHT="45">'
            f'{_alto_line(TITLE, LEFT, 100, LEFT + 180, 45)}</TextBlock>'
            f'<TextBlock ID="l" HPOS="{LEFT}" VPOS="200" WIDTH="600" HEIGHT="{SIZE}">'
            f'{_alto_line(LEAD, LEFT, 200, LEFT + 600, SIZE)}</TextBlock>')


def alto(grid: list[str]) -> bytes:
    """An ALTO v4 page: the title, the lead, and the grid as one block of one line per row."""
    lines, xs = [], []
    for r, cells in enumerate(_rows(grid)):
        y = TOP + r * CELL
        strings = "<SP/>".join(f'<String CONTENT="{c}" HPOS="{a}" VPOS="{y}" WIDTH="{b - a}" HEIGHT="{SIZE}" '
                               'WC="0.95"/>' for c, a, b in cells)
        x0, x1 = cells[0][1], cells[-1][2]
        xs += [x0, x1]
        box = f'HPOS="{x0}" VPOS="{y}" WIDTH="{x1 - x0}" HEIGHT="{SIZE}"'
        lines.append(f"<TextLine {box}>{strings}</TextLine>")
    block = (f'<TextBlock ID="g" HPOS="{min(xs)}" VPOS="{TOP}" WIDTH="{max(xs) - min(xs)}" '
             f'HEIGHT="{len(grid) * CELL}">{"".join(lines)}</TextBlock>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">'
            '<Layout><Page ID="P1" WIDTH="3000" HEIGHT="3000"><PrintSpace>' + _head_alto() + block
            + "</PrintSpace></Page></Layout></alto>\n").encode()


def hocr(grid: list[str]) -> bytes:
    """The same page as hOCR: one `ocr_par` per block."""
    def par(lines: list[tuple[int, int, Row]]) -> str:
        spans = []
        for y, size, cells in lines:
            words = " ".join(
                f"<span class='ocrx_word' title='bbox {a} {y} {b} {y + size}; x_wconf 95'>{c}</span>"
                for c, a, b in cells)
            spans.append(f"<span class='ocr_line' title='bbox {cells[0][1]} {y} {cells[-1][2]} {y + size}'>"
                         f"{words}</span>")
        x0 = min(cells[0][1] for _y, _s, cells in lines)
        x1 = max(cells[-1][2] for _y, _s, cells in lines)
        y0, y1 = lines[0][0], lines[-1][0] + lines[-1][1]
        return f"<p class='ocr_par' title='bbox {x0} {y0} {x1} {y1}'>{''.join(spans)}</p>"
    pars = [par([(100, 45, [(TITLE, LEFT, LEFT + 180)])]), par([(200, SIZE, [(LEAD, LEFT, LEFT + 600)])]),
            par([(TOP + r * CELL, SIZE, cells) for r, cells in enumerate(_rows(grid))])]
    page = f"<div class='ocr_page' title='bbox 0 0 3000 3000'>{''.join(pars)}</div>"
    return f"<html xmlns='http://www.w3.org/1999/xhtml'><body>{page}</body></html>".encode()


MAKERS = {"alto": alto, "hocr": hocr}


def _doc(data: bytes, fmt: str) -> dict[str, Any]:
    return json.loads(layoutfix.convert(data, fmt="json", input_format=fmt).output)


def _flat_rows(grid: list[str]) -> str:
    """The grid's rows as a flat export writes them: the figures of each row set apart by spaces."""
    return "\n".join(" ".join(c for c, _a, _b in cells) for cells in _rows(grid))


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", GRIDS)
def test_a_grid_of_figures_keeps_its_rows(name: str, fmt: str) -> None:
    """Before, the rows were joined into one line (`5 3 7 6 1 9 5 9 8 6 …`), or the rows whose boxes
    start or end inside the grid were cut into paragraphs and the last row, alone under all other
    text, became page furniture (left out of the plain text). Now the grid is one paragraph of its
    rows, as the same block of flat text is."""
    grid = GRIDS[name]
    rows = _flat_rows(grid)
    got = _doc(MAKERS[fmt](grid), fmt)
    text = f"{TITLE}\n\n{LEAD}\n\n{rows}\n"
    want = _doc(text.encode(), "txt")
    paragraphs = [p["text"] for a in got["articles"] for p in a["paragraphs"]]
    assert paragraphs == [LEAD, rows]
    assert paragraphs == [p["text"] for a in want["articles"] for p in a["paragraphs"]]
    assert got["furniture"] == [] and all(a["furniture"] == [] for a in got["articles"])


@pytest.mark.parametrize("fmt", PROSE_MAKERS)
def test_english_lines_of_a_column_are_still_joined(fmt: str) -> None:
    """A block with letters and no Chinese is still read as running text (the row test would take
    its words and figures for fields): its lines join into one."""
    lines = ["Lanzhou hosts 12 teams from 9", "provinces and 3 cities in 2023"]
    data = PROSE_MAKERS[fmt]([[TITLE], [LEAD], lines], {TITLE})
    paragraphs = [p["text"] for a in _doc(data, fmt)["articles"] for p in a["paragraphs"]]
    assert paragraphs == [LEAD, " ".join(lines)]
