"""The structure of a markdown export's tables: a reader of the TEI, JSON or review sees spanning
cells span and header cells as headers, every cell in its own column, and the edit log still
rebuilds the input."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.export.html import to_html
from layoutfix.tracked import undo_edits

SPANNED = (
    "# 新区重点项目投资\n\n本报讯 新区今年安排重点项目如下。\n\n"
    "<table><tr><th>项目</th><th>年份</th><th>投资</th></tr>"
    '<tr><td rowspan="2">物流园</td><td>2024</td><td>3亿元</td></tr>'
    "<tr><td>2025</td><td>1亿元</td></tr>"
    '<tr><th>合计</th><td colspan="2">4亿元</td></tr></table>\n'
)
PIPE = "# 中欧班列开行\n\n本报讯 今年开行情况如下。\n\n| 线路 | 开行数 |\n|---|---:|\n| 兰州—汉堡 | 36 列 |\n"


def tei_rows(xml: str) -> list[list[tuple[str | None, dict[str, str]]]]:
    """Each row of the page's one table: its `@role`, then each cell's text and attributes."""
    root = etree.fromstring(xml.encode("utf-8"))
    (table,) = root.iter(f"{TEI}table")
    return [
        [(row.get("role"), {}), *[(c.text, dict(c.attrib)) for c in row.iter(f"{TEI}cell")]]
        for row in table.iter(f"{TEI}row")
    ]


def test_spanning_cells_keep_their_span_so_later_cells_stay_in_their_column(
    tei_schema: etree.RelaxNG,  # noqa: F811
) -> None:
    xml = convert(SPANNED).output
    assert_valid(tei_schema, xml)
    rows = tei_rows(xml)
    assert rows[1][1] == ("物流园", {"rows": "2"})
    assert rows[2][1:] == [("2025", {}), ("1亿元", {})]  # under 年份 and 投资, the first column taken
    assert rows[3][2] == ("4亿元", {"cols": "2"})


def test_header_cells_are_labels_a_row_of_them_a_label_row(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    rows = tei_rows(assert_valid_xml(tei_schema, convert(SPANNED).output))
    assert rows[0] == [("label", {}), ("项目", {}), ("年份", {}), ("投资", {})]
    assert rows[3][:2] == [(None, {}), ("合计", {"role": "label"})]
    assert [r[0][0] for r in rows[1:3]] == [None, None]
    pipe = tei_rows(assert_valid_xml(tei_schema, convert(PIPE).output))
    assert [r[0][0] for r in pipe] == ["label", None]  # the row above the |---| rule


def assert_valid_xml(schema: etree.RelaxNG, xml: str) -> str:
    assert_valid(schema, xml)
    return xml


def test_json_lists_header_rows_and_the_cells_that_span_or_are_headers() -> None:
    (article,) = json.loads(convert(SPANNED, fmt="json").output)["articles"]
    (table,) = article["tables"]
    assert table["rows"] == [
        ["项目", "年份", "投资"], ["物流园", "2024", "3亿元"], ["2025", "1亿元"], ["合计", "4亿元"],
    ]
    assert table["header_rows"] == [0]
    assert table["cells"] == [
        {"row": 1, "cell": 0, "rows": 2, "cols": 1, "label": False},
        {"row": 3, "cell": 0, "rows": 1, "cols": 1, "label": True},
        {"row": 3, "cell": 1, "rows": 1, "cols": 2, "label": False},
    ]
    (pipe,) = json.loads(convert(PIPE, fmt="json").output)["articles"][0]["tables"]
    assert pipe == {"rows": [["线路", "开行数"], ["兰州—汉堡", "36列"]], "header_rows": [0]}


def test_review_table_shows_headers_and_spans() -> None:
    html = to_html(convert(SPANNED).document)
    assert "<tr><th>项目</th><th>年份</th><th>投资</th></tr>" in html
    assert '<td rowspan="2">物流园</td>' in html
    assert '<tr><th>合计</th><td colspan="2">4亿元</td></tr>' in html


@pytest.mark.parametrize("text", [SPANNED, PIPE])
def test_the_log_still_rebuilds_the_input(text: str) -> None:
    result = convert(text)
    assert undo_edits(result.document.text, result.edits) == text


CAPTIONED = (
    "# 中欧班列开行\n\n本报讯 今年开行情况如下。\n\n"
    "<table><caption>表2 班列|开行</caption><tr><td>线路</td><td>列数</td></tr>"
    "<tr><td>兰州—汉堡</td><td>36</td></tr></table>\n"
)


def test_a_caption_keeps_its_table_a_table_headed_by_it(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    root = assert_valid(tei_schema, convert(CAPTIONED).output)
    (table,) = root.iter(f"{TEI}table")
    assert next((child.tag, child.text) for child in table) == (f"{TEI}head", "表2班列|开行")
    rows = [[c.text for c in row] for row in table.iter(f"{TEI}row")]
    assert rows == [["线路", "列数"], ["兰州—汉堡", "36"]]
    assert table.get("rows") == "2"


def test_a_caption_is_a_line_above_the_rows_in_txt_json_and_the_review() -> None:
    assert "表2班列|开行\n线路\t列数\n兰州—汉堡\t36" in convert(CAPTIONED, fmt="txt").output
    (table,) = json.loads(convert(CAPTIONED, fmt="json").output)["articles"][0]["tables"]
    assert table == {"caption": "表2班列|开行", "rows": [["线路", "列数"], ["兰州—汉堡", "36"]]}
    review = to_html(convert(CAPTIONED).document)
    assert "<table><caption>表2班列|开行</caption><tbody><tr><td>线路</td>" in review


@pytest.mark.parametrize(
    "text",
    [
        CAPTIONED,
        "<table><caption> </caption><tr><td>线路</td></tr></table>",
        "<table><caption>表</caption></table>",
    ],
)
def test_a_captioned_tables_log_rebuilds_the_input(text: str) -> None:
    result = convert(text)
    assert undo_edits(result.document.text, result.edits) == text


def test_an_empty_caption_is_no_line_and_a_caption_alone_is_no_table() -> None:
    page = "<table><caption> </caption><tr><td>线路</td></tr></table>"
    (table,) = json.loads(convert(page, fmt="json").output)["articles"][0]["tables"]
    assert table == {"rows": [["线路"]]}
    alone = etree.fromstring(convert("<table><caption>表</caption></table>").output.encode("utf-8"))
    assert next(alone.iter(f"{TEI}table"), None) is None


@pytest.mark.parametrize(
    ("page", "first_markup"),
    [
        ("# 标题新闻\n\n![](images/a1.jpg)\n\n图为会场。\n", "![]("),
        ('# 标题新闻\n\n<div><img src="imgs/a1.jpg" alt="Image" /></div>\n\n图为会场。\n', '<img src="'),
        ("# 标题新闻\n\n![会场](images/a1.jpg)\n\n图为会场。\n", "!["),
        ("# 标题新闻\n\n<table><tr><td>项目</td><td>金额</td></tr></table>\n", "<table><tr><td>"),
        ("# 标题新闻\n\n| 项目 | 金额 |\n|---|---|\n| 物流园 | 3亿元 |\n", "| "),
    ],
)
def test_the_first_edit_of_an_image_or_table_removes_only_its_markup(page: str, first_markup: str) -> None:
    """An archivist reading the log sees the markup deleted, not `![](i` -> `i`; the block is still a
    figure or a table (its hint is read from where the removed markup began)."""
    result = convert(page)
    first = next(e for e in result.edits if {"markup.image", "markup.table"} & set(e.rules))
    assert (first.before, first.after) == (first_markup, "")
    root = etree.fromstring(result.output.encode("utf-8"))
    assert len(list(root.iter(f"{TEI}graphic"))) + len(list(root.iter(f"{TEI}table"))) == 1
    assert undo_edits(result.document.text, result.edits) == page
