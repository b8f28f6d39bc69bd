"""A strip of the neighbouring page at a phone photo's edge stays out of the page's articles (v22).

Before, the pieces of the neighbouring page's lines that a photo's left or right edge cuts (`科学种田，`,
`，全市已完`) were read as one more column of the page: at the left an article of pieces before the
page's first, at the right paragraphs of pieces glued to the last article (`推提高粮成春播四十。`). Now
the reader keeps each piece as a note of its own at its edge of the reading order (first for the
left edge, last for the right), never joined into a paragraph nor to another piece, with a warning
naming them; a narrow sidebar of the page's own stays text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from photo_pages import BODY, GUTTER, PER, neighbour_strip, page_lines, photo, sidebar

#: Where the page's text starts when the strip is at the left or right edge: the strip 150px wide,
#: the two pages' margins between them (six ems), the page's three columns inside the photo.
PAGE_LEFT = {"left": 414.0, "right": 90.0}


def convert(items: list[list[object]], fmt: str) -> Any:
    return layoutfix.convert(json.dumps(items, ensure_ascii=False).encode(), fmt=fmt, input_format="ocrjson")


def notes(data: dict[str, Any]) -> list[str]:
    """Every note's text of a JSON conversion, the page's front and its articles', in order."""
    found = data.get("notes", []) + [n for a in data["articles"] for n in a.get("notes", [])]
    return [n["text"] for n in found]


@pytest.mark.parametrize("degrees", [0.0, 3.0, -4.0])
@pytest.mark.parametrize("side", ["left", "right"])
def test_a_strip_of_the_neighbouring_page_is_not_read_into_the_articles(side: str, degrees: float) -> None:
    """Before: `…防范倒春寒。` then `推提高粮成春播四十。` (right), an article of pieces first (left).
    Now the page's text is as without the strip, and the strip's pieces stand one a chunk before it
    (left) or after it (right): no text is lost."""
    page = page_lines(left=PAGE_LEFT[side])
    alone = convert(photo(page, degrees), "txt").output
    strip = [text for _box, text, _score in photo(neighbour_strip(side, 150), degrees)]
    got = convert(photo(page + neighbour_strip(side, 150), degrees), "txt")
    pieces = "\n\n".join(strip)
    if side == "left":
        assert got.output == f"{pieces}\n\n{alone}"
    else:
        assert got.output == f"{alone.rstrip()}\n\n{pieces}\n"
    said = [w for w in got.document.warnings if "strip of the neighbouring page" in w]
    assert len(said) == 1 and f"photo's {side} edge" in said[0]
    assert all(text in said[0] for text in strip)


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_strips_text_is_kept_as_notes(side: str) -> None:
    """The JSON keeps each piece as a note, in order, and no paragraph holds one; the TEI keeps them."""
    page = page_lines(left=PAGE_LEFT[side])
    items = photo(page + neighbour_strip(side, 150), 3.0)
    data = json.loads(convert(items, "json").output)
    strip = [text for _box, text, _score in photo(neighbour_strip(side, 150), 3.0)]
    assert strip and notes(data) == strip
    alone = json.loads(convert(photo(page, 3.0), "json").output)
    assert [a["paragraphs"] for a in data["articles"]] == [a["paragraphs"] for a in alone["articles"]]
    tei = convert(items, "tei").output
    assert all(text in tei for text in strip)


#: The page's three columns end here when they start at 90 (`PAGE_LEFT["right"]`).
COLUMNS_END = 90.0 + 3 * PER * BODY + 2 * GUTTER


@pytest.mark.parametrize("degrees", [0.0, 3.0])
@pytest.mark.parametrize(("page_left", "bar_left"), [
    (90.0, COLUMNS_END + GUTTER),  # at the right, a gutter from the columns
    (90.0, COLUMNS_END + 2.5 * BODY),  # at the right, a wider gutter
    (6 * BODY + GUTTER, 0.0),  # at the left, touching the photo's edge (a photo cropped to the text)
])
def test_a_narrow_sidebar_of_the_page_stays_text(page_left: float, bar_left: float, degrees: float) -> None:
    """The sidebar's lines are as narrow as a strip's and touch the photo's edge or end flush at the
    page's right, but stand a column's gutter from the page's text: they are the page's."""
    got = convert(photo(page_lines(left=page_left) + sidebar(bar_left), degrees), "txt")
    assert not [w for w in got.document.warnings if "neighbouring page" in w]
    squeezed = "".join(got.output.split())
    assert all(line.text in squeezed for line in sidebar(bar_left))
