"""A photo of two pages side by side reads the left page, then the right one, with a warning (v22).

Before, the XY-cut cut such a photo at whitespace running across both pages first (their page heads,
the ends of articles at one height) and read the two pages' articles in turn: the left page's first
article, the right page's first, the left page's second... Now whitespace down the whole page as wide
as two pages' margins (and far wider than any gutter), with a heading on each side, is read as the
fold: the left page's columns first, then the right page's, and a warning says so. A single page's
articles side by side, a column's gutter apart, are read as before.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from photo_pages import BODY, GUTTER, Laid, page_of, photo, spread_lines


def convert(lines: list[Laid], degrees: float) -> Any:
    data = json.dumps(photo(lines, degrees), ensure_ascii=False).encode()
    return layoutfix.convert(data, fmt="json", input_format="ocrjson")


def articles(result: Any) -> list[tuple[list[str], list[str]]]:
    """Each article's titles and paragraphs."""
    data = json.loads(result.output)
    return [(a["titles"], [p["text"] for p in a["paragraphs"]]) for a in data["articles"]]


@pytest.mark.parametrize("gap_rows", [0.0, 3.0])
@pytest.mark.parametrize("degrees", [0.0, 3.0])
def test_a_spread_reads_the_left_page_then_the_right(degrees: float, gap_rows: float) -> None:
    """Before: 全市春耕… (left), 乡村振兴… (right), 城乡基层… (left), 生态环境… (right)."""
    lines = spread_lines(gap_rows=gap_rows)
    got = convert(lines, degrees)
    alone = articles(convert(page_of(lines, 0), degrees)) + articles(convert(page_of(lines, 1), degrees))
    assert articles(got) == alone
    said = [w for w in got.document.warnings if "looks like two pages side by side" in w]
    assert len(said) == 1


def test_a_pages_articles_side_by_side_are_no_spread() -> None:
    """The same halves a column's gutter apart are one page of four columns: its articles are read
    band by band as before, and nothing is said."""
    width = 12 * BODY
    got = convert(spread_lines(right=100.0 + 2 * width + 2 * GUTTER), 0.0)
    assert [t for t, _p in articles(got)] == [["全市春耕生产全面展开"], ["乡村振兴产业兴旺发达"],
                                              ["城乡基层治理提质增效"], ["生态环境持续向好转变"]]
    assert not [w for w in got.document.warnings if "side by side" in w]
