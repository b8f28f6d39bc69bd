"""A layout JSON table's title and footnote belong to the table: MinerU's `table_caption` and
PP-StructureV3's title above a table (`table_title`, or `figure_title`, which its layout models give
table titles too) are the table's TEI `head`, its JSON `caption` and a line above its rows in the
plain text, as a markdown `<caption>` is; MinerU's `table_footnote` is a `note` in the table after
its rows, its JSON `notes` and a line under the rows. Before, the title came out as an empty
`<figure type="photo">` before the table, listed among the article's photo `captions`.

A photo's caption stays a photo's caption, and every text stays in each output exactly once.
"""

from __future__ import annotations

import json
from typing import Any

from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.export.html import to_html
from layoutfix.tracked import apply_edits, undo_edits

TITLE = "主产区收购情况"
FOOTNOTE = "注：数据截至10月10日。"
TABLE_HTML = ("<html><body><table><tr><td>省份</td><td>收购量</td></tr>"
              "<tr><td>黑龙江</td><td>2150</td></tr></table></body></html>")


def _mineru(*, lead_ends: bool = True, footnote: bool = True) -> bytes:
    """A content list: a title, a lead paragraph, a table with its title (and footnote), a paragraph."""
    lead = "本报北京10月11日电 记者从国家粮食和物资储备局获悉，主产区累计收购秋粮"
    items: list[dict[str, Any]] = [
        {"type": "text", "text": "全国秋粮收购进度过半", "text_level": 1, "page_idx": 0},
        {"type": "text", "text": lead + ("超过1亿吨。" if lead_ends else ""), "page_idx": 0},
        {"type": "table", "table_caption": [TITLE], "table_footnote": [FOOTNOTE] if footnote else [],
         "table_body": TABLE_HTML, "page_idx": 0},
        {"type": "text", "text": ("各地粮食部门加强市场监测。" if lead_ends else "超过1亿吨，收购进度过半。"),
         "page_idx": 0},
    ]
    return json.dumps(items, ensure_ascii=False).encode("utf-8")


def _paddle(first: dict[str, Any], second: dict[str, Any]) -> bytes:
    """A PP-StructureV3 page: a title, a lead paragraph, then `first` and `second`, then a paragraph."""
    blocks = [
        {"block_label": "doc_title", "block_content": "城区新增三条公交线路", "block_order": 1},
        {"block_label": "text", "block_content": "本报讯 10月10日起，城区新增三条公交线路。",
         "block_order": 2},
        first, second,
        {"block_label": "text", "block_content": "据介绍，新线路途经多个大型社区。", "block_order": 3},
    ]
    return json.dumps({"input_path": "p.png", "parsing_res_list": blocks}, ensure_ascii=False).encode()


def _tei(source: bytes) -> etree._Element:
    return etree.fromstring(convert(source, fmt="tei").output.encode("utf-8"))


def _article(source: bytes) -> dict[str, Any]:
    articles = json.loads(convert(source, fmt="json").output)["articles"]
    assert len(articles) == 1
    return articles[0]


def test_a_content_list_table_caption_is_the_tables_head(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    xml = convert(_mineru(footnote=False), fmt="tei").output
    root = assert_valid(tei_schema, xml)
    heads = root.findall(f".//{TEI}table/{TEI}head")
    assert ["".join(h.itertext()) for h in heads] == [TITLE]
    assert root.find(f".//{TEI}figure") is None  # no empty photo figure holding the title
    assert xml.count(TITLE) == 1


def test_a_content_list_table_caption_is_the_json_tables_caption() -> None:
    art = _article(_mineru(footnote=False))
    assert art["tables"][0]["caption"] == TITLE
    assert art["captions"] == []  # it is no photo's caption
    assert json.dumps(art, ensure_ascii=False).count(TITLE) == 1


def test_a_content_list_table_caption_is_the_line_above_the_rows_in_txt() -> None:
    text = convert(_mineru(footnote=False), fmt="txt").output
    assert f"{TITLE}\n省份\t收购量\n黑龙江\t2150" in text
    assert text.count(TITLE) == 1


def test_a_table_footnote_is_a_note_in_the_table_after_its_rows(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    xml = convert(_mineru(), fmt="tei").output
    root = assert_valid(tei_schema, xml)
    table = root.find(f".//{TEI}table")
    assert table is not None
    assert [etree.QName(el).localname for el in table] == ["head", "row", "row", "note"]
    assert "".join(table[-1].itertext()) == FOOTNOTE
    assert xml.count(FOOTNOTE) == 1
    art = _article(_mineru())
    assert art["tables"][0]["notes"] == [FOOTNOTE]
    assert "notes" not in art  # not a second time as a note of the article
    text = convert(_mineru(), fmt="txt").output
    assert f"{TITLE}\n省份\t收购量\n黑龙江\t2150\n{FOOTNOTE}" in text
    assert text.count(FOOTNOTE) == 1


def test_a_paragraph_running_across_a_captioned_table_keeps_the_title_in_the_table() -> None:
    """The lead does not end a sentence, so it runs on across the table: the table (title, rows,
    footnote) stands inside the paragraph, the title still its head and no photo figure."""
    source = _mineru(lead_ends=False)
    root = _tei(source)
    p = root.find(f".//{TEI}p/{TEI}table/..")
    assert p is not None
    assert "".join(p.find(f"{TEI}table/{TEI}head").itertext()) == TITLE  # type: ignore[union-attr]
    assert root.find(f".//{TEI}figure") is None
    art = _article(source)
    lead = "记者从国家粮食和物资储备局获悉，主产区累计收购秋粮超过1亿吨，收购进度过半。"
    assert art["paragraphs"][0]["text"] == lead
    assert art["tables"][0]["caption"] == TITLE and art["captions"] == []
    text = convert(source, fmt="txt").output
    assert text.count(TITLE) == 1 and text.count(FOOTNOTE) == 1
    assert f"{TITLE}\n省份\t收购量\n黑龙江\t2150\n{FOOTNOTE}" in text


def test_the_edit_log_still_rebuilds_the_page_with_the_title_once() -> None:
    result = convert(_mineru(), fmt="tei")
    doc = result.document
    assert apply_edits(doc.original, result.edits) == doc.text
    assert undo_edits(doc.text, result.edits) == doc.original
    assert doc.original.count(TITLE) == 1 and doc.text.count(TITLE) == 1
    assert not any(TITLE in e.before or TITLE in e.after for e in result.edits)


def test_the_review_shows_the_title_as_the_tables_caption() -> None:
    review = to_html(convert(_mineru()).document)
    caption = review[review.index("<caption>") : review.index("</caption>")]
    assert TITLE in caption
    assert review.count(TITLE) == 2  # the table's caption, and the original pane
    table = review[review.index('<div class="table"') :]
    assert table.index(FOOTNOTE) > table.index("</table>")


def test_a_pp_structure_title_right_above_a_table_is_its_head() -> None:
    for label in ("table_title", "figure_title"):
        source = _paddle({"block_label": label, "block_content": "表1 新线路一览"},
                         {"block_label": "table", "block_content": TABLE_HTML})
        root = _tei(source)
        heads = ["".join(h.itertext()) for h in root.iter(f"{TEI}head")]
        assert heads == ["城区新增三条公交线路", "表1 新线路一览"]
        assert root.find(f".//{TEI}table/{TEI}head") is not None
        assert root.find(f".//{TEI}figure") is None
        art = _article(source)
        assert art["tables"][0]["caption"] == "表1 新线路一览" and art["captions"] == []


def test_a_photos_caption_stays_the_photos() -> None:
    """Guards: a PP figure title under an image (no table after it), a MinerU image caption before a
    table item: figure captions, and the table has no head."""
    pp = _paddle({"block_label": "image", "block_content": ""},
                 {"block_label": "figure_title", "block_content": "图为新开通的公交车。"})
    assert _article(pp)["captions"] == ["图为新开通的公交车。"]
    items = [
        {"type": "text", "text": "全国秋粮收购进度过半", "text_level": 1, "page_idx": 0},
        {"type": "image", "img_path": "images/a.jpg", "image_caption": ["图为农民在晾晒玉米。"],
         "page_idx": 0},
        {"type": "table", "table_body": TABLE_HTML, "page_idx": 0},
    ]
    source = json.dumps(items, ensure_ascii=False).encode()
    art = _article(source)
    assert art["captions"] == ["图为农民在晾晒玉米。"]
    assert "caption" not in art["tables"][0]
    figure = _tei(source).find(f".//{TEI}figure")
    assert figure is not None and "图为农民在晾晒玉米。" in "".join(figure.itertext())


def test_a_markdown_caption_before_a_table_stays_a_caption() -> None:
    """Only a caption region the file labelled is a table's title: text cues alone do not move a
    flat page's caption into the table after it."""
    page = ("全国秋粮收购进度过半\n\n图为农民在晾晒玉米。\n\n"
            "<table><tr><td>省份</td><td>收购量</td></tr></table>\n\n各地粮食部门加强市场监测。\n")
    art = _article(page.encode("utf-8"))
    assert art["captions"] == ["图为农民在晾晒玉米。"]
    assert "caption" not in art["tables"][0]


def test_a_table_read_with_its_box_points_at_its_zone(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    """A MinerU table item with a `bbox` had its facsimile zone written, but the `<table>` did not point
    at it (its caption and footnote did): a reader of the TEI could not find the table on the page."""
    items = json.loads(_mineru())
    items[2]["bbox"] = [520, 390, 940, 560]
    root = assert_valid(tei_schema, convert(json.dumps(items, ensure_ascii=False).encode("utf-8")).output)
    table = root.find(f".//{TEI}table")
    assert table is not None and table.get("facs"), "the table has no @facs"
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    zones = {z.get(xml_id): z for z in root.iter(f"{TEI}zone")}
    zone = zones[table.get("facs", "")[1:]]
    assert [zone.get(k) for k in ("ulx", "uly", "lrx", "lry")] == ["520", "390", "940", "560"]
