"""The table cells' speed work of the nineteenth session (docs/performance.md, helper P2) must not
change an output: a cell whose opening tag has no attribute is read without the HTML parser, and
reads as it did through it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from layoutfix.normalize import tables
from layoutfix.pipeline import convert

ROOT = Path(__file__).resolve().parents[1]


def _reference_opening_tag(markup: str) -> tables.CellTag:
    """`tables.opening_tag` before: every cell's tag through the HTML parser."""
    last = None
    for m in tables._STRUCTURE.finditer(markup):
        if not m.group("close") and m.group("name").lower() in ("td", "th", "caption"):
            last = m
    if last is None:
        return tables.CellTag()
    attrs = tables._attributes(last.group())
    return tables.CellTag(
        last.group("name").lower(), tables._span(attrs, "rowspan"), tables._span(attrs, "colspan")
    )


#: Tags as exports write them and as they may be garbled: bare, upper case, a blank or `/` before the
#: `>`, spans quoted or not, bad spans, other structure tags, closing tags, text and pipes between.
_PIECES = [
    "<td>", "<TD>", "<Td>", "<th>", "<TH>", "<caption>", "<CAPTION>", "<td >", "<td/>", "<td />",
    "<td\trowspan=2>", '<td rowspan="2">', "<td colspan='3'>", "<th rowspan=2 colspan=2>",
    '<td rowspan="x">', '<td colspan="0">', '<td rowspan="70000">', "<caption class=t>", "</td>",
    "</th>", "</caption>", "<tr>", "</tr>", "<table>", "</table>", "<col>", "<colgroup span=2>",
    "<tbody>", " ", "\n", " | ", "|", "项目", "<b>", "<tdx>", "<td", ">",
]


def test_opening_tag_reads_what_the_html_parser_read() -> None:
    rng = random.Random(19)
    for _ in range(5000):
        markup = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 7)))
        assert tables.opening_tag(markup) == _reference_opening_tag(markup), markup


def test_cells_without_attributes_skip_the_html_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The MinerU page's HTML table (`<td>` cells): no tag goes through the parser, in any output."""
    parsed: list[str] = []
    parse = tables._attributes

    def counted(tag: str) -> dict[str, str | None]:
        parsed.append(tag)
        return parse(tag)

    monkeypatch.setattr(tables, "_attributes", counted)
    for fmt in ("tei", "txt", "json"):
        convert(ROOT / "golden/markdown-mineru/input.txt", fmt=fmt)
    assert parsed == []


def test_a_spanning_cell_still_reads_its_spans() -> None:
    assert tables.opening_tag('</td><td rowspan="2" colspan="3">') == tables.CellTag("td", 2, 3)
    assert tables.opening_tag("<tr><TH>") == tables.CellTag("th", 1, 1)
