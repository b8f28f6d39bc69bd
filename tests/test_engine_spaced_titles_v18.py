"""Titles the OCR engine spaced word by word read the same from every reader (v18).

`layoutfix convert tests/fixtures/ocr/p1.page.xml -f json` gave the title `推进 城乡 基层 治理 现代化` and
the kicker `市政协 召开 专题 协商会`, where p1.alto.xml and p1.hocr give `推进城乡基层治理现代化`: the
PAGE file holds line-level text only (no `Word` boxes), so no box told the engine's word gaps from a
printed one, and the spacing step kept every gap of a headline between two words of two hanzi or more
as a phrase gap. A headline line the engine spaced word by word (four pieces or more of one or two
hanzi, one of them a single hanzi the engine split off a word) now loses those gaps too; a printed
phrase gap (`扎实推进 乡村振兴`, `两会 特别报道`, `强基层 补短板 惠民生 促发展`) and a line of two-hanzi
words only (`进度 过半 冬种 有序`, `富强 民主 文明 和谐`) keep theirs, as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import first_article, normalize_logged, space_edits
from layoutfix.cli import app
from layoutfix.readers.alto import read_alto

OCR = Path(__file__).resolve().parent / "fixtures" / "ocr"
PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
LEAD = "本报讯 近日，全市召开会议，部署秋冬季农业生产工作。"


def _json(path: Path) -> list[dict[str, Any]]:
    """The articles `layoutfix convert PATH -f json` prints."""
    result = CliRunner().invoke(app, ["convert", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    articles: list[dict[str, Any]] = json.loads(result.stdout)["articles"]
    return articles


def _heads(articles: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    return [(a["kicker"], a["titles"]) for a in articles]


# --- 1. the user's page: PAGE-XML with line text only reads its titles as ALTO and hOCR do ---------

def test_page_xml_line_text_gives_the_titles_alto_and_hocr_give() -> None:
    page = _heads(_json(OCR / "p1.page.xml"))
    assert page[0] == (["市政协召开专题协商会"], ["推进城乡基层治理现代化"])
    assert page[:1] == _heads(_json(OCR / "p1.alto.xml"))[:1] == _heads(_json(OCR / "p1.hocr"))[:1]


# --- 2. flat text: an engine-spaced headline line loses its word gaps, logged ---------------------

@pytest.mark.parametrize(("title", "fixed"), [
    ("推进 城乡 基层 治理 现代 化", "推进城乡基层治理现代化"),
    ("市 政协 召开 专题 协商 会", "市政协召开专题协商会"),
    ("企业 用 电量 稳步 增长", "企业用电量稳步增长"),
    ("消费 市 场 持续 回暖", "消费市场持续回暖"),
    ("春耕 备耕 有 序 推进", "春耕备耕有序推进"),
    ("市 政协 召开 专题 协商 会\n推进 城乡 基层 治理 现代 化",  # a kicker over its title
     "市政协召开专题协商会\n推进城乡基层治理现代化"),
])
def test_an_engine_spaced_headline_line_loses_its_word_gaps(tmp_path: Path, title: str, fixed: str) -> None:
    out, edits = normalize_logged(tmp_path, f"{title}\n\n{LEAD}\n")
    assert out == f"{fixed}\n\n{LEAD}\n"
    assert len(space_edits(edits)) == title.count(" ")
    assert {e["rule"] for e in space_edits(edits)} == {"space.cjk-cjk"}


def test_convert_prints_the_engine_spaced_title_whole(tmp_path: Path) -> None:
    article = first_article(tmp_path, f"推进 城乡 基层 治理 现代 化\n\n{LEAD}\n")
    assert article["titles"] == ["推进城乡基层治理现代化"]


# --- 3. printed phrase gaps stay -------------------------------------------------------------------

@pytest.mark.parametrize("head", [
    "扎实推进 乡村振兴",
    "两会 特别报道",
    "强基层 补短板 惠民生 促发展",  # phrases of three hanzi
    "进度 过半 冬种 有序",  # two-hanzi words only: no word split by the engine shows
    "富强 民主 文明 和谐",
    "两会 观察 政协 委员",
    "全省秋粮收获\n进度 过半 冬种 有序",
    "中共甘肃省委\n两会 观察",
])
def test_printed_phrase_gaps_of_a_headline_stay(tmp_path: Path, head: str) -> None:
    page = f"{head}\n\n{LEAD}\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(edits) == []


@pytest.mark.parametrize(("line", "kept"), [
    ("王丽 李华 张 强 刘洋", "王丽 李华"),  # a padded name (`张 强`) among names
    ("王丽 李华 张强 刘洋 等", "王丽 李华 张强 刘洋"),
])
def test_a_line_of_names_shaped_like_engine_pieces_keeps_its_name_gaps(
    tmp_path: Path, line: str, kept: str
) -> None:
    """Names may be printed padded (`张 强`) or closed by a single hanzi (`等`): such a line is no
    engine's, and the gaps between its two-hanzi names stay as before."""
    out, _edits = normalize_logged(tmp_path, f"{line}\n\n{LEAD}\n")
    assert out.split("\n")[0].startswith(kept)


# --- 4. PAGE-XML with Word boxes: the box gaps decide, as for ALTO --------------------------------

def _page_with_words(alto: Path, line_text: bool) -> bytes:
    """The ALTO page as PAGE-XML, a `Word` with `Coords` per `String`, with or without line text."""
    page = read_alto(alto.read_bytes())[0]
    root = etree.Element(f"{{{PAGE_NS}}}PcGts", nsmap={None: PAGE_NS})
    page_el = etree.SubElement(root, f"{{{PAGE_NS}}}Page", imageFilename="p1.png",
                               imageWidth=str(int(page.width or 0)), imageHeight=str(int(page.height or 0)))

    def coords(parent: etree._Element, box: Any) -> None:
        x0, y0, x1, y1 = (int(v) for v in (box.x0, box.y0, box.x1, box.y1))
        etree.SubElement(parent, f"{{{PAGE_NS}}}Coords", points=f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}")

    def text(parent: etree._Element, value: str) -> None:
        equiv = etree.SubElement(parent, f"{{{PAGE_NS}}}TextEquiv")
        etree.SubElement(equiv, f"{{{PAGE_NS}}}Unicode").text = value

    for b, block in enumerate(page.blocks):
        region = etree.SubElement(page_el, f"{{{PAGE_NS}}}TextRegion", id=f"r{b}")
        coords(region, block.bbox)
        for k, line in enumerate(block.lines):
            line_el = etree.SubElement(region, f"{{{PAGE_NS}}}TextLine", id=f"r{b}l{k}")
            coords(line_el, line.bbox)
            for w, word in enumerate(line.words):
                word_el = etree.SubElement(line_el, f"{{{PAGE_NS}}}Word", id=f"r{b}l{k}w{w}")
                coords(word_el, word.bbox)
                text(word_el, word.text)
            if line_text:
                text(line_el, " ".join(word.text for word in line.words))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize("line_text", [True, False])
def test_page_xml_with_word_boxes_reads_the_titles_alto_reads(tmp_path: Path, line_text: bool) -> None:
    path = tmp_path / "p1.page.xml"
    path.write_bytes(_page_with_words(OCR / "p1.alto.xml", line_text))
    assert _heads(_json(path)) == _heads(_json(OCR / "p1.alto.xml"))
