"""The plain text of a table is a grid: every row has a tab-separated field for each column, so a
cell spanning columns (`colspan`) or rows (`rowspan`) leaves an empty field in each column and row it
covers, and the cells after it stay under their column headings. Before, each row's cells were
written one after another, so after a spanning cell, or under one, they slid one column left.
TEI and JSON keep the spans as they were (`cell/@rows`/`@cols`, JSON `cells`).
"""

from __future__ import annotations

import json

from layoutfix import convert

#: A header row; 物流园 spans two rows in the first column, 合计 two columns in the last row; 在建
#: spans two rows in the middle column, 备注 two rows in the last column.
PAGE = (
    "本报讯 新区今年安排重点项目如下。\n\n"
    "<table><tr><th>项目</th><th>状态</th><th>年份</th><th>投资</th></tr>"
    '<tr><td rowspan="2">物流园</td><td rowspan="2">在建</td><td>2024</td><td rowspan="2">备注</td></tr>'
    "<tr><td>2025</td></tr>"
    '<tr><td colspan="3">合计</td><td>4亿元</td></tr></table>\n'
)


def _table_lines(text: str) -> list[list[str]]:
    """The tab-separated rows of the plain text's table (its lines holding a tab)."""
    return [line.split("\t") for line in text.splitlines() if "\t" in line]


def test_spanned_cells_leave_empty_fields_and_the_columns_line_up() -> None:
    rows = _table_lines(convert(PAGE.encode("utf-8"), fmt="txt").output)
    assert rows == [
        ["项目", "状态", "年份", "投资"],
        ["物流园", "在建", "2024", "备注"],
        ["", "", "2025", ""],
        ["合计", "", "", "4亿元"],
    ]


def test_every_row_of_a_spanned_table_has_as_many_fields_as_columns() -> None:
    rows = _table_lines(convert(PAGE.encode("utf-8"), fmt="txt").output)
    assert {len(r) for r in rows} == {4}
    assert [r[2] for r in rows] == ["年份", "2024", "2025", ""]  # the year column stays the year column


def test_tei_and_json_keep_the_spans_as_before() -> None:
    tei = convert(PAGE.encode("utf-8"), fmt="tei").output
    assert '<cell rows="2">物流园</cell>' in tei and '<cell cols="3">合计</cell>' in tei
    table = json.loads(convert(PAGE.encode("utf-8"), fmt="json").output)["articles"][0]["tables"][0]
    assert table["rows"] == [["项目", "状态", "年份", "投资"], ["物流园", "在建", "2024", "备注"],
                             ["2025"], ["合计", "4亿元"]]
