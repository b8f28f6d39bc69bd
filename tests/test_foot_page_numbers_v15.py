"""Page numbers printed at a page's foot in the forms PDFs and papers print them (`第4页`, `4/8`,
`Page 4`, `P4`, `·4·`) are page furniture, and a page number found so gives the document its page
number when nothing else does (a running head's `第4版`, `--page`, `FILE:N`).

The coordinate pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

import layoutfix
from layoutfix.layout import roles
from test_coords_parity_v14 import MAKERS

TEI = "{http://www.tei-c.org/ns/1.0}"
TITLE = ["全市召开会议"]
LEAD = ["近日，全市召开会议，部署今冬明春各项重点工作。"]

#: Page numbers alone on the page's last line, each with the number it states.
FOLIOS = {
    "page word": ("第4页", 4),
    "page word, spaced": ("第 4 页", 4),
    "page of a count, in words": ("第4页 共8页", 4),
    "page of a count": ("4/8", 4),
    "English": ("Page 4", 4),
    "English of a count": ("Page 4 of 8", 4),
    "abbreviated": ("P4", 4),
    "between dots": ("·4·", 4),
    "between dashes": ("- 4 -", 4),
    "two digits": ("- 12 -", 12),
}
#: Lines of the same shape that state no page number: they stay the article's text.
NOT_FOLIOS = {
    "list number": "（4）",
    "past the count": "9/8",
    "page zero": "第0页",
    "reference in a sentence": "详见第4页。",
}


def _doc(data: bytes, fmt: str, **kw: Any) -> dict[str, Any]:
    return json.loads(layoutfix.convert(data, fmt="json", input_format=fmt, **kw).output)


def _flat_text(blocks: list[list[str]]) -> bytes:
    return ("\n\n".join("\n".join(lines) for lines in blocks) + "\n").encode()


def _furniture(doc: dict[str, Any]) -> list[str]:
    return doc["furniture"] + [f for a in doc["articles"] for f in a["furniture"]]


def _text(doc: dict[str, Any]) -> list[str]:
    """The articles' titles and paragraphs."""
    return [t for a in doc["articles"] for t in a["titles"] + [p["text"] for p in a["paragraphs"]]]


def _fw_types(data: bytes, fmt: str) -> dict[str, str]:
    tei = etree.fromstring(layoutfix.convert(data, fmt="tei", input_format=fmt).output.encode())
    return {"".join(fw.itertext()): fw.get("type") for fw in tei.iter(f"{TEI}fw")}


def _bibl_page(data: bytes, fmt: str, **kw: Any) -> str | None:
    tei = etree.fromstring(layoutfix.convert(data, fmt="tei", input_format=fmt, **kw).output.encode())
    scope = tei.find(f".//{TEI}sourceDesc//{TEI}biblScope[@unit='page']")
    return None if scope is None else scope.get("n")


def _squeezed(line: str) -> str:
    return "".join(line.split())


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", FOLIOS)
def test_a_page_number_at_the_foot_is_furniture_typed_pagenum(name: str, fmt: str) -> None:
    """Before, `第4页`, `第4页 共8页`, `4/8`, `Page 4` and `Page 4 of 8` at the foot were the article's
    text (a title `第4页`, a paragraph `4/8`), in the txt output. Now they are page furniture, TEI
    `fw type="pageNum"`, as `- 4 -` was."""
    line, _number = FOLIOS[name]
    data = MAKERS[fmt]([TITLE, LEAD, [line]])
    got = _doc(data, fmt)
    assert [_squeezed(f) for f in _furniture(got)] == [_squeezed(line)]
    assert _text(got) == TITLE + LEAD
    assert [(_squeezed(k), v) for k, v in _fw_types(data, fmt).items()] == [(_squeezed(line), "pageNum")]
    assert _squeezed(line) not in _squeezed(layoutfix.convert(data, fmt="txt", input_format=fmt).output)


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", NOT_FOLIOS)
def test_a_number_that_is_no_page_number_stays_text_at_the_foot(name: str, fmt: str) -> None:
    """`（4）` numbers a list's item, `9/8` is no page of eight: the article's text, in the txt output."""
    line = NOT_FOLIOS[name]
    data = MAKERS[fmt]([TITLE, LEAD, [line]])
    got = _doc(data, fmt)
    assert _furniture(got) == []
    assert line in "".join(_text(got))
    assert got["page"] is None


@pytest.mark.parametrize("line", ["第4页", "第 4 页", "第4页 共8页", "Page 4", "Page 4 of 8"])
def test_flat_text_reads_a_page_number_with_its_word_as_furniture(line: str) -> None:
    """Before, flat text read `第4页` under a paragraph as the title of a new article (`Page 4` as a
    paragraph). Now it is page furniture, as `第4版` is and as the same line at a coordinate page's
    foot is; the articles read the same from either input."""
    blocks = [TITLE, LEAD, [line]]
    flat = _doc(_flat_text(blocks), "txt")
    assert [_squeezed(f) for f in _furniture(flat)] == [_squeezed(line)]
    assert [a["titles"] for a in flat["articles"]] == [TITLE]
    for fmt in MAKERS:
        boxed = _doc(MAKERS[fmt](blocks), fmt)
        assert (_text(boxed), _furniture(boxed)) == (_text(flat), _furniture(flat))


@pytest.mark.parametrize("line", ["4/8", "P4", "·4·", "- 4 -"])
def test_flat_text_keeps_a_bare_page_number_as_text(line: str) -> None:
    """Only the boxes say a bare number stands under everything: flat text keeps it (a known limit)."""
    flat = _doc(_flat_text([TITLE, LEAD, [line]]), "txt")
    assert _furniture(flat) == []
    assert _text(flat) == TITLE + LEAD + [line]


@pytest.mark.parametrize(
    "line", ["第四页", "第4页。", "见第4页", "第4页 要闻", "Page", "page 4 了解详情"]
)
def test_is_folio_guards(line: str) -> None:
    """A page word needs its number alone (`第4页`, `Page 4`): other text naming a page is no folio."""
    assert not roles.is_folio(line)


def test_folio_numbers() -> None:
    """The page number each folio states; a section page states none (its letter names a section)."""
    assert [roles.folio_number(line) for line, _n in FOLIOS.values()] == [n for _line, n in FOLIOS.values()]
    assert roles.folio_number("A04") is None
    assert [roles.folio_number(line) for line in ("第四页", "见第4页", "Page", "（4）", "9/8")] == [None] * 5
    assert roles.is_folio("A04")


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", FOLIOS)
def test_a_folio_at_the_foot_gives_the_page_number(name: str, fmt: str) -> None:
    """Before, only a region the file labels a page number filled the document's page: `- 4 -` at the
    foot left JSON `page` null, no TEI `biblScope`, ids `a1`. Now the folio gives it, as a running
    head's `第4版` does: `page` 4, `biblScope n="4"`, ids `p4-a1`."""
    line, number = FOLIOS[name]
    data = MAKERS[fmt]([TITLE, LEAD, [line]])
    got = _doc(data, fmt)
    assert got["page"] == number
    assert [a["id"] for a in got["articles"]] == [f"p{number}-a1"]
    assert _bibl_page(data, fmt) == str(number)


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("line", ["- 4 -", "第4页", "4"])
def test_a_folio_at_the_head_is_furniture_and_gives_the_page_number(line: str, fmt: str) -> None:
    """Before, a page number alone above all other text was an article of its own (`- 4 -` a
    paragraph, `第4页` a title). Now it is the running head's page number: furniture, `pageNum`."""
    data = MAKERS[fmt]([[line], TITLE, LEAD])
    got = _doc(data, fmt)
    assert [_squeezed(f) for f in _furniture(got)] == [_squeezed(line)]
    assert _text(got) == TITLE + LEAD
    assert got["page"] == 4
    assert [(_squeezed(k), v) for k, v in _fw_types(data, fmt).items()] == [(_squeezed(line), "pageNum")]


def test_a_page_number_with_its_word_gives_flat_text_its_page() -> None:
    """Flat text: `第4页` (furniture now) gives the page; a bare `- 4 -` (text there) does not."""
    assert _doc(_flat_text([TITLE, LEAD, ["第4页"]]), "txt")["page"] == 4
    assert _doc(_flat_text([TITLE, LEAD, ["- 4 -"]]), "txt")["page"] is None


@pytest.mark.parametrize("fmt", MAKERS)
def test_the_running_heads_page_and_a_given_page_win_over_the_folio(fmt: str) -> None:
    """The folio fills the page only when nothing else states it: the header's `第3版`, `--page`."""
    assert _doc(MAKERS[fmt]([["第3版 要闻"], TITLE, LEAD, ["- 4 -"]]), fmt)["page"] == 3
    data = MAKERS[fmt]([TITLE, LEAD, ["- 4 -"]])
    assert _doc(data, fmt, page=7)["page"] == 7
    assert _bibl_page(data, fmt, page=7) == "7"


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_section_page_at_the_foot_gives_no_page_number(fmt: str) -> None:
    """`A04` names a section's page: furniture, but no page number (the letter is no number)."""
    got = _doc(MAKERS[fmt]([TITLE, LEAD, ["A04"]]), fmt)
    assert _furniture(got) == ["A04"]
    assert got["page"] is None
