"""Region labels in the input (PAGE-XML `@type` / Transkribus `structure`, hOCR `ocr_pageno`...) decide
what a region is: a labelled heading is a TEI `head`, a page number is furniture (kept as `fw`, out of the
article text), a caption is a figure's caption, a marginal note is never a title nor joined into the text.

Every test here fails on the code before region labels were read (e10d68c): there, the page number was
joined into the title as one paragraph (`4全国秋粮…`) and the caption into the next paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert
from layoutfix.tracked import apply_edits, undo_edits

LABELS = Path(__file__).parent / "fixtures" / "labels"
PAGE = LABELS / "transkribus.page.xml"
HOCR = LABELS / "labelled.hocr"
TEI = "{http://www.tei-c.org/ns/1.0}"
TITLE = "全国秋粮收购工作进入高峰期各地多措并举保障农民顺利售粮"
CAPTION = "秋收时节，黑龙江省五常市的农民在田间收割水稻"


def _type_only(xml: str) -> str:
    """The page as OCR-D, eScriptorium or LAREX write it: `@type` only, no Transkribus `custom`."""
    return re.sub(r' custom="[^"]*"', "", xml)


def _custom_only(xml: str) -> str:
    """The page as Transkribus writes its own structure tags: `custom` only, every `@type` a paragraph."""
    return re.sub(r' type="[^"]*"', ' type="paragraph"', xml)


VARIANTS = {
    "type-and-custom": lambda xml: xml,
    "type-only": _type_only,
    "custom-only": _custom_only,
}


def _tei_body(source: Path | bytes) -> etree._Element:
    result = convert(source, fmt="tei")
    body = etree.fromstring(result.output.encode()).find(f".//{TEI}body")
    assert body is not None
    return body


def _text(el: etree._Element) -> str:
    return "".join(el.itertext()).strip()


@pytest.fixture(params=[*VARIANTS, "hocr"])
def labelled_page(request: pytest.FixtureRequest) -> Path | bytes:
    """The same labelled page: PAGE-XML with both kinds of label, with each alone, and hOCR."""
    if request.param == "hocr":
        return HOCR
    return VARIANTS[request.param](PAGE.read_text(encoding="utf-8")).encode("utf-8")


def test_labelled_heading_is_the_articles_head(labelled_page: Path | bytes) -> None:
    body = _tei_body(labelled_page)
    articles = body.findall(f"{TEI}div")
    assert len(articles) == 1  # the title opens the one article; the byline does not start another
    heads = [_text(h) for h in articles[0].findall(f"{TEI}head")]
    assert heads == [TITLE]


def test_page_number_and_running_head_are_furniture_not_article_text(labelled_page: Path | bytes) -> None:
    body = _tei_body(labelled_page)
    assert [_text(fw) for fw in body.findall(f"{TEI}fw")] == ["农村经济", "4"]
    assert body.findall(f"{TEI}fw")[1].get("type") == "pageNum"  # PAGE page-number, hOCR ocr_pageno
    article_text = "".join(_text(p) for p in body.iter(f"{TEI}p", f"{TEI}head"))
    assert "4全国" not in article_text and "农村经济" not in article_text
    txt = convert(labelled_page, fmt="txt").output
    assert txt.startswith(TITLE + "\n")  # the plain text leaves furniture out


def test_labelled_caption_is_a_figure(labelled_page: Path | bytes) -> None:
    body = _tei_body(labelled_page)
    figures = body.findall(f".//{TEI}figure")
    assert [_text(f) for f in figures] == [CAPTION]
    paragraphs = [_text(p) for p in body.findall(f"{TEI}div/{TEI}p")]
    assert paragraphs[-1].startswith("据了解")  # not joined onto the caption
    assert convert(labelled_page, fmt="json").document.articles[0].captions[0].text == CAPTION


def test_furniture_stays_in_the_edit_log_round_trip(labelled_page: Path | bytes) -> None:
    result = convert(labelled_page, fmt="tei")
    doc = result.document
    assert [b.text for b in doc.front] == ["农村经济", "4"]
    assert apply_edits(doc.original, result.edits) == doc.text
    assert undo_edits(doc.text, result.edits) == doc.original


def test_cli_writes_the_labelled_heading_as_head(tmp_path: Path) -> None:
    out = tmp_path / "page.tei.xml"
    result = CliRunner().invoke(app, ["convert", str(PAGE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = etree.parse(str(out)).getroot().find(f".//{TEI}body")
    assert body is not None
    assert [_text(h) for h in body.iter(f"{TEI}head")] == [TITLE]


def _region(rid: str, kind: str | None, lines: list[tuple[str, tuple[int, int, int, int]]]) -> str:
    """A PAGE-XML TextRegion of `lines` (text, box), of type `kind`."""
    boxes = [box for _t, box in lines]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    out = [f'<TextRegion id="{rid}"' + (f' type="{kind}"' if kind else "")
           + f'><Coords points="{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}"/>']
    for i, (t, (a, b, c, d)) in enumerate(lines):
        out.append(f'<TextLine id="{rid}l{i}"><Coords points="{a},{b} {c},{b} {c},{d} {a},{d}"/>'
                   f"<TextEquiv><Unicode>{t}</Unicode></TextEquiv></TextLine>")
    return "".join(out) + "</TextRegion>"


def _page(regions: list[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
        '<Page imageFilename="p.png" imageWidth="1000" imageHeight="600">'
        + "".join(regions) + "</Page></PcGts>"
    ).encode("utf-8")


@pytest.mark.parametrize("kind", ["marginalia", "footnote"])
def test_a_note_is_never_a_heading_nor_joined_into_the_text(kind: str) -> None:
    note = "秋粮收购"  # short, unpunctuated: the text cues alone take it for a subhead
    page = _page([
        _region("t", "heading", [("秋粮收购工作有序推进", (60, 40, 600, 90))]),
        _region("p", None, [
            ("今年全国秋粮播种面积稳中有增，丰收已成定局，各地粮食", (60, 120, 940, 150)),
            ("部门提前做好收购资金和仓容准备工作，确保农民", (60, 160, 940, 190)),
            ("顺利售粮。", (60, 200, 300, 230)),
        ]),
        _region("m", kind, [(note, (60, 300, 200, 330))]),
        _region("q", None, [
            ("各地还将加强市场监测，及时发布价格信息，引导农民", (60, 340, 940, 370)),
            ("合理安排售粮时间。", (60, 380, 400, 410)),
        ]),
    ])
    body = _tei_body(page)
    assert [_text(h) for h in body.iter(f"{TEI}head")] == ["秋粮收购工作有序推进"]
    assert not any(_text(p).startswith(note) for p in body.iter(f"{TEI}p"))
    assert note in [_text(n) for n in body.iter(f"{TEI}note")]  # a note, where it stands
