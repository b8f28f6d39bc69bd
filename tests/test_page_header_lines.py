"""Page header lines (`A04 要闻`, `第3版 要闻`) and labelled page numbers, through `convert`.

Modern papers print the page and its section above every page. Such a line at the top of a page is
page furniture (TEI `fw type="header"`, JSON `furniture`), never a kicker over the first article, and
a header stating the page (`第3版`, `04版`) gives `Document.page`. A region the file labels a page
number (hOCR `ocr_pageno`) printing plain digits gives it too, unless a header states the page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert

TEI = "{http://www.tei-c.org/ns/1.0}"
TITLE = "全市推进老旧小区改造"
LEAD = "本报讯 近日，全市老旧小区改造工作全面展开。各区按计划推进。"


def page_with(first: str) -> str:
    """A flat page: `first`, then an article's title and its lead paragraph."""
    return f"{first}\n\n{TITLE}\n\n{LEAD}\n"


def heads_and_fw(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    """The TEI body's heads (type, text) and furniture lines of a converted page."""
    body = etree.fromstring(convert(text.encode(), fmt="tei").output.encode()).find(f".//{TEI}body")
    heads = [(h.get("type"), "".join(h.itertext())) for h in body.iter(f"{TEI}head")]
    return heads, ["".join(fw.itertext()) for fw in body.iter(f"{TEI}fw")]


@pytest.mark.parametrize(
    ("header", "page"),
    [
        ("A04 要闻", None),
        ("第3版 要闻", 3),
        ("3 要闻", 3),
        ("第A4版：要闻", None),
        ("04版 经济", 4),
        ("2023年10月12日 星期四 A04 要闻", None),
        ("人民日报 2023年10月12日 第3版 要闻", 3),
    ],
)
def test_a_page_header_is_furniture_not_a_kicker(header: str, page: int | None) -> None:
    heads, fws = heads_and_fw(page_with(header))
    assert heads == [(None, TITLE)]
    assert [fw.replace(" ", "") for fw in fws] == [header.replace(" ", "")]
    out = json.loads(convert(page_with(header).encode(), fmt="json").output)
    assert out["page"] == page
    assert out["articles"][0]["kicker"] == []


def test_a_header_states_the_issue_date_too() -> None:
    out = json.loads(convert(page_with("人民日报 2023年10月12日 第3版 要闻").encode(), fmt="json").output)
    assert (out["date"], out["page"]) == ("2023-10-12", 3)


@pytest.mark.parametrize(
    "first", ["要闻速览", "3个要点", "第3届中国国际进口博览会开幕", "G20 峰会开幕", "3大要闻"]
)
def test_a_headline_that_looks_like_a_header_stays_a_heading(first: str) -> None:
    heads, fws = heads_and_fw(page_with(first))
    assert fws == []
    assert [text.replace(" ", "") for _type, text in heads] == [first.replace(" ", ""), TITLE]
    assert json.loads(convert(page_with(first).encode(), fmt="json").output)["page"] is None


def test_a_bare_number_and_section_below_the_top_is_no_header() -> None:
    """`3 要闻` is a header only as the page's first line; under a title it is a heading."""
    heads, fws = heads_and_fw(f"{TITLE}\n\n3 要闻\n\n{LEAD}\n")
    assert fws == []
    assert len(heads) == 2


def hocr(*lines: tuple[str, str]) -> bytes:
    """A one-page hOCR document: each (class, text) a region of one line, top to bottom."""
    areas = "".join(
        f"<div class='{cls}' title='bbox 60 {40 + 80 * i} 940 {80 + 80 * i}'><span class='ocr_line' "
        f"title='bbox 60 {40 + 80 * i} 940 {80 + 80 * i}'>{text}</span></div>"
        for i, (cls, text) in enumerate(lines)
    )
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><head><title>scan</title></head><body>"
            f"<div class='ocr_page' title='bbox 0 0 1000 1200'>{areas}</div></body></html>").encode()


def page_of(data: bytes) -> int | None:
    return json.loads(convert(data, fmt="json", input_format="hocr").output)["page"]


def test_a_labelled_page_number_gives_the_page() -> None:
    assert page_of(hocr(("ocr_pageno", "4"), ("ocr_carea", TITLE), ("ocr_carea", LEAD))) == 4


def test_a_printed_page_wins_over_the_labelled_number() -> None:
    data = hocr(("ocr_carea", "第5版 要闻"), ("ocr_pageno", "4"), ("ocr_carea", TITLE), ("ocr_carea", LEAD))
    assert page_of(data) == 5


def test_a_labelled_region_of_other_text_gives_no_page() -> None:
    assert page_of(hocr(("ocr_pageno", "四"), ("ocr_carea", TITLE), ("ocr_carea", LEAD))) is None


def test_cli_names_the_page_from_its_header(tmp_path: Path) -> None:
    src = tmp_path / "scan.txt"
    src.write_text(page_with("04版 经济"), encoding="utf-8")
    out = tmp_path / "scan.json"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["page"], data["furniture"]) == (4, ["04版 经济"])


def test_a_labelled_region_printing_a_folio_gives_the_page() -> None:
    """A page-number region printing `- 4 -` (a folio, `roles.folio_number`) gives page 4, as the
    same line at the foot of a page does; before, only plain digits did."""
    assert page_of(hocr(("ocr_pageno", "- 4 -"), ("ocr_carea", TITLE), ("ocr_carea", LEAD))) == 4
