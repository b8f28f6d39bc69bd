"""Tab-separated rows in flat text (OCR text exports, a spreadsheet pasted into a page, and layoutfix's
own plain-text export of a table) are a table: TEI `table/row/cell`, JSON `tables`, the same TAB rows
in the plain text, so converting the plain text again gives the same tables. Each TAB is logged as the
table's cell break (`markup.table`), so the log rebuilds the input. Rows of differing field counts and
a single line with TABs stay text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.cli import app
from layoutfix.tracked import undo_edits

ROWS = "指标\t数值\t增长\n地区生产总值\t1200亿元\t5.2%\n一般公共预算收入\t\t3.1%"
PAGE = f"全市主要经济指标\n\n{ROWS}\n"
CELLS = [["指标", "数值", "增长"], ["地区生产总值", "1200亿元", "5.2%"], ["一般公共预算收入", "", "3.1%"]]
#: layoutfix's plain text of a table with spanned cells (tests/fixtures/tei_profile/markdown-table.txt):
#: an empty field opens the row under a rowspan cell and ends the row of a colspan cell.
GRID = "项目\t年份\t投资\n物流园\t2024\t3亿元\n\t2025\t1亿元\n合计\t4亿元\t"
GRID_CELLS = [
    ["项目", "年份", "投资"], ["物流园", "2024", "3亿元"], ["", "2025", "1亿元"], ["合计", "4亿元", ""]
]


def _tei_rows(xml: str) -> list[list[str]]:
    root = etree.fromstring(xml.encode("utf-8"))
    return [[c.text or "" for c in row] for row in root.iter(f"{TEI}row")]


def _json_tables(page: str) -> list[dict[str, object]]:
    return [t for a in json.loads(convert(page, fmt="json").output)["articles"] for t in a.get("tables", [])]


def test_tab_separated_rows_are_a_valid_tei_table(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    xml = convert(PAGE).output
    root = assert_valid(tei_schema, xml)
    assert len(list(root.iter(f"{TEI}table"))) == 1
    assert _tei_rows(xml) == CELLS
    assert not [h.text for h in root.iter(f"{TEI}head") if h.text and "\t" in h.text]


def test_json_has_the_table_and_the_plain_text_its_tab_rows() -> None:
    assert _json_tables(PAGE) == [{"rows": CELLS}]
    assert ROWS in convert(PAGE, fmt="txt").output


@pytest.mark.parametrize("page", [PAGE, f"新区重点项目投资\n\n{GRID}\n"])
def test_converting_the_plain_text_again_gives_the_same_tables(page: str) -> None:
    """A second convert of layoutfix's txt output keeps its tables (and its text), the empty fields
    of a spanned table's grid among them."""
    once = convert(page, fmt="txt").output
    assert convert(once, fmt="txt").output == once
    assert _json_tables(once) == _json_tables(page) != []


def test_an_exported_grid_with_empty_edge_fields_is_read_back_cell_for_cell() -> None:
    assert _json_tables(f"新区重点项目投资\n\n{GRID}\n") == [{"rows": GRID_CELLS}]


def test_each_tab_is_logged_and_undo_gives_the_original_back(runner: CliRunner, tmp_path: Path) -> None:
    source, out, log = tmp_path / "page.txt", tmp_path / "page.clean.txt", tmp_path / "page.edits.jsonl"
    source.write_text(PAGE, encoding="utf-8")
    normalised = runner.invoke(app, ["normalize", str(source), "-o", str(out), "--edits", str(log)])
    assert normalised.exit_code == 0, normalised.stderr
    logged = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["before"], e["after"], e["rule"]) for e in logged] == [("\t", "|", "markup.table")] * 6
    undone = runner.invoke(app, ["edits", "undo", str(out), str(log)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == PAGE
    result = convert(PAGE)
    assert undo_edits(result.document.text, result.edits) == PAGE


def test_the_caption_line_above_stays_outside_the_table() -> None:
    """Guard: the short line in its own block above the rows is not taken into the table."""
    root = etree.fromstring(convert(PAGE).output.encode("utf-8"))
    assert not root.findall(f".//{TEI}table/{TEI}head")
    assert "全市主要经济指标" in [h.text for h in root.iter(f"{TEI}head")]


@pytest.mark.parametrize(
    "block",
    [
        "指标\t数值\t增长\n地区生产总值\t1200亿元",  # field counts differ
        "地区生产总值\t1200亿元\t5.2%",  # a single line
        "指标\t数值|单位\n地区生产总值\t1200亿元",  # a `|` would read as one more cell break
    ],
)
def test_other_blocks_with_tabs_stay_text(block: str) -> None:
    """Guard: what is no table of tab-separated rows keeps its TABs in the text, no table."""
    page = f"全市主要经济指标\n\n{block}\n"
    result = convert(page, fmt="txt")
    assert block in result.output
    assert _json_tables(page) == []
    assert not [e for e in result.edits if "markup.table" in e.rules]
