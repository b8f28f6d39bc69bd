"""The articles pane of the review reads as the TEI does: a furniture line, a caption or a credit that
interrupts a paragraph stands where it interrupts it, not after the whole paragraph."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.export.html import to_html
from layoutfix.pipeline import build_document, convert

TEI_NS = "http://www.tei-c.org/ns/1.0"
PAGES = sorted((Path(__file__).parent / "pages").glob("*.txt"))
FURNITURE_SPLIT = Path(__file__).parent / "pages" / "furniture-split.txt"
GOLDEN_FURNITURE = Path(__file__).parent.parent / "golden" / "furniture-split" / "input.txt"
#: A photo caption and its credit the OCR read between the two halves of a paragraph (no sample page
#: has one; built from furniture-split.txt with the hotline line replaced by a caption).
CAPTION_SPLIT = (
    "陇南市政协调研茶产业发展\n\n"
    "本报陇南讯(通讯员杨丽)10月10日,陇南市政协组织部分委员深入文县、康县茶园和加工企业,"
    "就茶产业发展情况进行专题调研。调研组指出,要持续提升茶叶品质,打造区域公共品牌,推动\n\n"
    "图为调研组在茶园查看茶叶长势。通讯员 杨丽 摄\n\n"
    "茶产业与文化旅游深度融合,带动更多群众增收致富。\n\n"
    "调研组强调,要加强技术培训,提高茶农种植管理水平。\n"
)


def articles_pane(report: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(report).get_element_by_id("articles")


def pane_reads(report: str) -> str:
    """The articles pane as a reader reads it, without whitespace and without what the report adds
    (reading numbers, article ids, the 'page furniture' label, the section name repeated on each
    article, the 'continues on another page' note)."""
    pane = articles_pane(report)
    for el in pane.xpath(".//h2|.//span[@class='num']|.//span[@class='aid']|.//span[@class='where']"
                         "|.//code[@class='path']|.//div[@class='section'][not(@data-b)]"
                         "|.//span[@class='marker'][not(@data-b)]"):
        el.drop_tree()
    for front in pane.xpath(".//div[@class='front']"):
        front.text = ""
    return re.sub(r"\s+", "", pane.text_content())


def tei_reads(tei: str) -> str:
    """The TEI body as a reader reads it: the corrected side of each correction, no whitespace."""
    body = lxml.etree.fromstring(tei.encode("utf-8")).find(f".//{{{TEI_NS}}}body")
    for el in body.xpath(".//t:sic|.//t:orig", namespaces={"t": TEI_NS}):
        el.getparent().remove(el)  # lxml keeps the tail text
    return re.sub(r"\s+", "", "".join(body.itertext()))


@pytest.fixture(scope="module")
def caption_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "caption-split.txt"
    path.write_text(CAPTION_SPLIT, encoding="utf-8")
    return path


def test_the_pages_put_something_inside_a_paragraph(caption_page: Path) -> None:
    """The pages below test what they should: the TEI holds a <fw> or a <figure> inside a <p>."""
    for page, inside in ((FURNITURE_SPLIT, "fw"), (GOLDEN_FURNITURE, "fw"), (caption_page, "figure")):
        tei = lxml.etree.fromstring(convert(page, fmt="tei").output.encode("utf-8"))
        assert tei.xpath(f"//t:p/t:{inside}", namespaces={"t": TEI_NS}), page


@pytest.mark.parametrize("page", [*PAGES, GOLDEN_FURNITURE, None],
                         ids=lambda p: "caption-split" if p is None else f"{p.parent.name}/{p.stem}")
def test_the_articles_pane_reads_as_the_tei_does(page: Path | None, caption_page: Path) -> None:
    """Every block once, in the TEI's order: a furniture line or caption inside a paragraph is read
    where it interrupts the paragraph (before: after the paragraph's whole text)."""
    result = convert(page or caption_page, fmt="tei")
    assert pane_reads(to_html(result.document)) == tei_reads(result.output)


def test_a_caption_and_credit_inside_a_paragraph_stand_between_its_halves() -> None:
    doc = build_document(CAPTION_SPLIT)
    art = articles_pane(to_html(doc)).xpath(".//article")[0]
    body = [el for el in art if el.tag in ("p", "figure") and el.get("class") not in ("byline",)]
    shown = [(el.tag, el.get("class"), re.sub(r"^\d+", "", el.text_content())) for el in body]
    assert shown == [
        ("p", None, shown[0][2]),
        ("figure", "fig", shown[1][2]),
        ("p", "cont", "茶产业与文化旅游深度融合，带动更多群众增收致富。"),
        ("p", None, "调研组强调，要加强技术培训，提高茶农种植管理水平。"),
    ]
    assert shown[0][2].endswith("打造区域公共品牌，推动")
    assert [(el.get("class"), re.sub(r"^\d+", "", el.text_content()))
            for el in body[1].xpath(".//figcaption/p")] == [
        ("caption", "图为调研组在茶园查看茶叶长势。"), ("credit", "通讯员 杨丽 摄")]


def test_a_caption_and_its_credit_inside_a_paragraph_are_one_figure_in_the_tei() -> None:
    """The TEI wrote a caption and its credit read inside a paragraph as two figures (one per block),
    while the same photo item outside a paragraph is one."""
    from layoutfix.pipeline import render

    root = lxml.etree.fromstring(render(build_document(CAPTION_SPLIT), "tei").encode("utf-8"))
    [figure] = root.iter(f"{{{TEI_NS}}}figure")
    assert figure.getparent().tag == f"{{{TEI_NS}}}p"
    assert [(el.tag.split("}")[1], el.get("type"), el.text) for el in figure] == [
        ("p", None, "图为调研组在茶园查看茶叶长势。"), ("note", "credit", "通讯员 杨丽 摄")]


def test_review_shows_a_furniture_line_where_it_splits_a_paragraph(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["review", str(FURNITURE_SPLIT), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    pane = articles_pane(out.read_text(encoding="utf-8"))
    for num in pane.xpath(".//span[@class='num']"):
        num.drop_tree()
    holding = [p for p in pane.xpath(".//article//p") if p.xpath("./span[@class='fw']")]
    assert len(holding) == 1, "the hotline stands inside the paragraph it splits"
    fw = holding[0].xpath("./span[@class='fw']")[0].text_content()
    assert fw == "新闻热线：0939-8212345"
    head, _, tail = holding[0].text_content().partition(fw)
    assert head.endswith("打造区域公共品牌，推动") and tail.startswith("茶产业与文化旅游深度融合")
    assert not pane.xpath(".//p[@class='fw']"), "no furniture line after the paragraph"
