"""Fast paths of the geometry layout give what the plain definitions give, on varied input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.layout import geometry as g
from layoutfix.layout import reading_order as ro
from layoutfix.model import BBox, Block, Line, Page, Word

# words and line texts from a small alphabet, so that words repeat and are found in odd places
PIECE = st.text(alphabet="政协a1 \n\r\t　", max_size=5)


def _plain_locate(line: Line, text: str, base: int) -> list[tuple[int, int, Word, Line]]:
    """Every word without the whitespace around it, searched for after the previous one found."""
    out: list[tuple[int, int, Word, Line]] = []
    cursor = 0
    for w in line.words:
        wt = w.text.strip()
        if not wt:
            continue
        k = text.find(wt, cursor)
        if k >= 0:
            cursor = k + len(wt)
            out.append((base + k, base + cursor, w, line))
    return out


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECE, max_size=8), st.lists(PIECE, max_size=8), st.booleans(), st.integers(0, 50))
def test_locate_words_finds_what_the_plain_search_finds(
    words: list[str], extra: list[str], cleaned: bool, base: int
) -> None:
    line = Line(" ".join(words + extra), words=[Word(t) for t in words])
    text = line.text.strip()
    if cleaned:  # what page_text passes: the line without the XML whitespace at its ends
        text = g.line_original(line.text)
    assert g._locate_words(line, text, base) == _plain_locate(line, text, base)


def _plain_detect_vertical(page: Page) -> bool:
    units = [(ln.bbox, ln.text) for b in page.blocks for ln in b.lines if ln.bbox is not None]
    if not units:
        units = [(b.bbox, b.text.split("\n")[0]) for b in page.blocks if b.bbox is not None]
    counts = [box for box, text in units if len([c for c in text if not c.isspace()]) >= 2]
    return sum(ro.is_vertical_box(box, 2) for box in counts) * 2 > len(counts)


SIDE = st.sampled_from([0.0, 5.0, 10.0, 15.0, 16.0, 40.0])
UNIT = st.tuples(SIDE, SIDE, st.sampled_from(["", "政", "政协", "a b", " 政 ", "政\n协"]), st.booleans())


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.lists(UNIT, max_size=4), max_size=5))
def test_detect_vertical_counts_like_is_vertical_box(blocks: list[list[tuple]]) -> None:
    page = Page(blocks=[
        Block(id=f"b{i}", text="\n".join(t for _w, _h, t, _boxed in units) or "政协",
              bbox=BBox(0.0, 0.0, 30.0, 10.0) if i % 2 else None,
              lines=[Line(t, bbox=BBox(0.0, 0.0, w, h) if boxed else None) for w, h, t, boxed in units])
        for i, units in enumerate(blocks)
    ])
    assert ro.detect_vertical(page) == _plain_detect_vertical(page)
