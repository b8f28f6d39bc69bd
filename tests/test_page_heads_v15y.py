"""Page headers at a page's top, through `convert`: the page number then the issue date with no
section's name (`第3版 2024年5月6日`, glued `第3版2024年5月6日`) states the page and the date; a line
whose hanzi after 版 make a word with it (`第3版面设计大赛`: 版面) is a headline, naming no page.

The coordinate pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14`.
"""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree

import layoutfix
from block_pages import FORMATS, LEAD, TITLE
from block_pages import convert_json as _doc
from block_pages import page_bytes as _page
from block_pages import squeezed as _squeezed

TEI = "{http://www.tei-c.org/ns/1.0}"


def _kept(doc: dict[str, Any]) -> list[str]:
    """Every furniture line, kicker and title of the page, without spaces."""
    return [_squeezed(t) for t in (*doc["furniture"],
                                   *(t for a in doc["articles"] for t in (*a["kicker"], *a["titles"])))]


#: Page-top lines printing the page then the date, with the page and the ISO date each states.
PAGE_THEN_DATE = {
    "第3版 2024年5月6日": (3, "2024-05-06"),
    "第3版2024年5月6日": (3, "2024-05-06"),
    "第12版 2023年10月12日 星期四": (12, "2023-10-12"),
    "第5版2024.5.6": (5, "2024-05-06"),
    "08版 | 2023年1月9日 | 甘肃日报": (8, "2023-01-09"),
    "2024年5月6日 第3版": (3, "2024-05-06"),  # the date first: read so before, pinned here
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", PAGE_THEN_DATE)
def test_a_page_then_a_date_at_the_top_is_the_page_header(head: str, fmt: str) -> None:
    """Before, `第3版 2024年5月6日` (no section's name) over the first article was its kicker with
    page and date null (a coordinate page: furniture, date only). Now it is the page header stating
    page 3 of 2024-05-06 (JSON page/date, TEI biblScope), its text kept whole as furniture."""
    got = _doc([[head], TITLE, LEAD], fmt)
    assert (got["page"], got["date"]) == PAGE_THEN_DATE[head]
    assert [_squeezed(f) for f in got["furniture"]] == [_squeezed(head)]
    assert [(a["kicker"], a["titles"]) for a in got["articles"]] == [([], TITLE)]
    tei = etree.fromstring(layoutfix.convert(_page([[head], TITLE, LEAD], fmt), fmt="tei",
                                             input_format=fmt).output.encode())
    assert [(s.get("unit"), s.get("n")) for s in tei.iter(f"{TEI}biblScope")] == [
        ("page", str(PAGE_THEN_DATE[head][0]))]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", ["第3版 2024年5月6日", "第3版2024年5月6日"])
def test_a_page_then_a_date_mid_page_stays_text(line: str, fmt: str) -> None:
    """Guard: under the first article such a line states no page and no date and is kept whole."""
    got = _doc([TITLE, LEAD, [line], LEAD], fmt)
    assert (got["page"], got["date"]) == (None, None)
    assert _squeezed(line) in _kept(got)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "line", ["第3版2024年5月6日出版", "第3版2024年5月6日人民日报", "第3版 2024年5月", "第3版 5月6日见报"]
)
def test_a_page_then_more_than_a_date_names_no_page(line: str, fmt: str) -> None:
    """Guard: words glued after the date, or no whole date, name no page; the line is kept. (A
    coordinate page takes a spaced top line printing a date for furniture and reads `第3版` in it,
    as it did before: only flat text is asked there.)"""
    if fmt != "txt" and " " in line:
        pytest.skip("a coordinate page reads the page of a top furniture line (unchanged)")
    got = _doc([[line], TITLE, LEAD], fmt)
    assert got["page"] is None
    assert _squeezed(line) in _kept(got)


#: Page-top lines whose hanzi after 版 make a word with it: headlines, not a page and its section.
GLUED_WORDS = ["第3版面设计大赛", "第3版权保护周启动", "第2版画展开幕", "第5版式设计获奖", "第3版本升级"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", GLUED_WORDS)
def test_a_word_with_ban_at_the_top_names_no_page(line: str, fmt: str) -> None:
    """Before, `第3版面设计大赛` alone at the page's very top was furniture stating page 3 (section
    `面设计大赛`). Now 版面 is read as the word it is: the line states no page, is no furniture,
    and is kept whole among the page's titles."""
    got = _doc([[line], TITLE, LEAD], fmt)
    assert (got["page"], got["furniture"]) == (None, [])
    assert _squeezed(line) in _kept(got)


#: Page-top heads whose section's name is glued to 版 and makes no word with it, or holds a
#: section word, or carries the date: still the page header (as `第3版经济2024年5月6日` of 7e9e092).
GLUED_SECTIONS = {
    "第3版经济": (3, None),
    "第3版权威发布": (3, None),
    "04版要闻": (4, None),
    "第6版面综合": (6, None),
    "第3版本地新闻2024年5月6日": (3, "2024-05-06"),
    "第3版 面设计": (3, None),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", GLUED_SECTIONS)
def test_a_section_glued_to_ban_stays_the_header(head: str, fmt: str) -> None:
    """Guard: `第3版经济` (版 / 经济), `第3版权威发布` (版 / 权威), a name holding a section word or a
    line carrying the date, and a name set apart by a space, still state the page."""
    got = _doc([[head], TITLE, LEAD], fmt)
    assert (got["page"], got["date"]) == GLUED_SECTIONS[head]
    assert [_squeezed(f) for f in got["furniture"]] == [_squeezed(head)]
