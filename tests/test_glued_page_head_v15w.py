"""A page header whose parts OCR glued together (`第3版经济2024年5月6日`: 版, the section's name and
the date with no gap) is the page's header at its top, through `convert`: page furniture giving the
page and the issue date, as the same header with its gaps does. Mid-page such a line stays text.

The coordinate pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14`, and the
RapidOCR fixture `p2.rapidocr.json` (whose first line is such a glued header).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

import layoutfix
from block_pages import FORMATS, LEAD, TITLE
from block_pages import convert_json as _doc
from block_pages import page_bytes as _page
from block_pages import squeezed as _squeezed

TEI = "{http://www.tei-c.org/ns/1.0}"
FIX = Path(__file__).parent / "fixtures" / "ocr"


#: Glued page headers at a page's top, each with the page and the ISO date it states.
GLUED_HEADS = {
    "第3版经济2024年5月6日": (3, "2024-05-06"),
    "第12版国际2023年10月12日星期四": (12, "2023-10-12"),
    "第5版要闻2024.5.6": (5, "2024-05-06"),
    "人民日报第7版文化2023年1月9日": (7, "2023-01-09"),
    "第3版经济2024年5月6日 星期一": (3, "2024-05-06"),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", GLUED_HEADS)
def test_a_glued_page_header_gives_the_page_and_the_date(head: str, fmt: str) -> None:
    """Before, `第3版经济2024年5月6日` over the first article gave page null and date null (and in flat
    text was the article's kicker). Now it is page furniture stating page 3 of 2024-05-06."""
    got = _doc([[head], TITLE, LEAD], fmt)
    assert (got["page"], got["date"]) == GLUED_HEADS[head]
    assert [_squeezed(f) for f in got["furniture"]] == [_squeezed(head)]
    assert [(a["kicker"], a["titles"]) for a in got["articles"]] == [([], TITLE)]
    tei = etree.fromstring(layoutfix.convert(_page([[head], TITLE, LEAD], fmt), fmt="tei",
                                             input_format=fmt).output.encode())
    scope = [(s.get("unit"), s.get("n")) for s in tei.iter(f"{TEI}biblScope")]
    assert scope == [("page", str(GLUED_HEADS[head][0]))]


@pytest.mark.parametrize("page", [2, 5, 14])
def test_the_rapidocr_pages_glued_header_states_its_page(page: int) -> None:
    """`p2.rapidocr.json` opens with `第3版经济2024年5月6日`; without the folio at its foot the page
    came from nothing (null). The header's page, whichever it is, is the page now."""
    raw = json.loads((FIX / "p2.rapidocr.json").read_text(encoding="utf-8"))
    assert raw[0][1] == "第3版经济2024年5月6日" and raw[-1][1] == "3"  # the fixture as this test knows it
    raw[0][1] = f"第{page}版经济2024年5月6日"
    data = json.dumps(raw[:-1], ensure_ascii=False).encode()
    got = json.loads(layoutfix.convert(data, fmt="json", input_format="ocrjson").output)
    assert (got["page"], got["date"]) == (page, "2024-05-06")
    assert got["furniture"] == [f"第{page}版经济2024年5月6日"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", ["第3版经济2024年5月6日", "第3版面设计大赛"])
def test_a_line_opening_with_a_page_mid_page_stays_text(line: str, fmt: str) -> None:
    """Under the first article, such a line heads the next one: it states no page and is no
    furniture, and its text is kept whole."""
    got = _doc([TITLE, LEAD, [line], LEAD], fmt)
    assert (got["page"], got["date"], got["furniture"]) == (None, None, [])
    assert [a["titles"] for a in got["articles"]] == [TITLE, [line]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "line", ["第3版面设计大赛2024年5月6日举行", "第3版经济2024年5月6日人民日报", "第3版2024年5月6日出版"]
)
def test_a_page_top_line_with_more_than_a_header_is_no_header(line: str, fmt: str) -> None:
    """A glued date must close the line, after the section's name: more words after it, or no name
    before it, name no page (a coordinate page's top line printing a date stays furniture, as it
    was), and the line is kept whole."""
    got = _doc([[line], TITLE, LEAD], fmt)
    assert got["page"] is None
    kept = [*got["furniture"], *(t for a in got["articles"] for t in (*a["kicker"], *a["titles"]))]
    assert _squeezed(line) in [_squeezed(t) for t in kept]
