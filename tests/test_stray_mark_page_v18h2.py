"""A quote the engine read into a running head between its pieces hides no page number.

Before (v18, 71bfca2): a flat page whose head line is `第2版”要闻 2024年5月6日”星期一` gave JSON
`page: null` and ids `a1…` (without the quotes, `page: 2` and `p2-a1…`); the fixtures p1.alto.xml,
p1.hocr and p1.page.xml, which print that line, gave `a1…` and no TEI `biblScope`, while
p1.rapidocr.json, whose line has no quote, gave `p2-a1…`. The head line keeps its marks as printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import layoutfix
from block_pages import page_bytes
from test_dated_headline_coords_v16c3 import COORDS, tei_header

FIXTURES = Path(__file__).parent / "fixtures" / "ocr"
TITLE = "全市冬小麦播种过半"
LEAD = "本报讯 近日，全市召开会议，部署今冬明春各项重点工作。"
READERS = ["txt", "alto", "hocr"]

#: Head lines printing page 2 with quotes the engine read into them where the page has gaps.
GARBLED_HEADS = [
    "第2版”要闻 2024年5月6日”星期一",
    "第2版“要闻 2024年5月6日 星期一",
]
#: Headlines printing a page and quoted words: no page header, so the page has no number.
QUOTING_TITLES = [
    "第2版“面孔”的故事",
    "“第2版”背后的人们",
]


def _page(blocks: list[list[str]], fmt: str) -> bytes:
    return page_bytes(blocks, fmt) if fmt == "txt" else COORDS[fmt](blocks)


def _convert(data: bytes | Path, out: str, fmt: str | None = None) -> str:
    return layoutfix.convert(data, fmt=out, input_format=fmt).output


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("head", GARBLED_HEADS)
def test_a_quote_inside_the_head_hides_no_page_number(head: str, fmt: str) -> None:
    """The page is page 2 (JSON `page`, article ids, TEI `biblScope`); the head keeps its quotes."""
    data = _page([[head], [TITLE], [LEAD]], fmt)
    doc = json.loads(_convert(data, "json", fmt))
    assert doc["page"] == 2
    assert [a["id"] for a in doc["articles"]] == ["p2-a1"]
    assert doc["furniture"] == [head]
    assert '<biblScope unit="page" n="2">2</biblScope>' in tei_header(_convert(data, "tei", fmt))


@pytest.mark.parametrize("name", ["p1.alto.xml", "p1.hocr", "p1.page.xml", "p1.rapidocr.json"])
def test_every_reader_of_the_sample_page_finds_page_2(name: str) -> None:
    """The same page read by four engines: one page number and the same article ids."""
    doc = json.loads(_convert(FIXTURES / name, "json"))
    assert doc["page"] == 2
    assert [a["id"] for a in doc["articles"]] == ["p2-a1", "p2-a2", "p2-a3"]


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("top", QUOTING_TITLES)
def test_a_headline_quoting_words_beside_a_page_names_no_page(top: str, fmt: str) -> None:
    """A headline is no head line: the page has no number and the headline stays in the text."""
    data = _page([[top], [LEAD]], fmt)
    doc = json.loads(_convert(data, "json", fmt))
    assert doc["page"] is None
    assert "biblScope" not in tei_header(_convert(data, "tei", fmt))
    assert "".join(top.split()) in "".join(_convert(data, "txt", fmt).split())
