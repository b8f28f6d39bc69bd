"""The table cells' speed work of the nineteenth session (docs/performance.md, helper P2) must not
change an output: a cell whose opening tag has no attribute is read without the HTML parser, and
reads as it did through it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from bench_cases import bench_limits
from layoutfix import pipeline
from layoutfix.export import text as text_export
from layoutfix.model import Edit
from layoutfix.normalize import tables
from layoutfix.pipeline import convert
from layoutfix.tracked import undo_edits

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


def _edit_spans(rng: random.Random, ordered: bool) -> list[tuple[int, int, Edit]]:
    """Output spans of table edits: following each other (as the pipeline's edit log has them), or
    in any order and overlapping."""
    spans: list[tuple[int, int, Edit]] = []
    pos = 0
    for _ in range(rng.randrange(0, 9)):
        if ordered:
            start = pos + rng.randrange(0, 4)
            end = start + rng.randrange(0, 3)
            pos = end
        else:
            start = rng.randrange(0, 30)
            end = start + rng.randrange(0, 6)
        edit = Edit(start, start + rng.randrange(0, 5), "<td>", "|", ("markup.table",), "markup")
        spans.append((start, end, edit))
    return spans


def test_markup_between_reads_what_the_scan_read() -> None:
    rng = random.Random(19)
    original = "".join(rng.choice("<>/td|项目") for _ in range(60))
    for _ in range(4000):
        spans = _edit_spans(rng, ordered=rng.random() < 0.7)
        between = text_export._MarkupBetween(original, spans)
        for _ in range(5):
            start = rng.randrange(0, 35)
            end = start + rng.randrange(0, 12)
            assert between(start, end) == text_export._markup_between(original, spans, start, end)


def test_a_big_table_is_laid_out_as_before() -> None:
    """The bench case's table (bench/bench_limits.py, written as TEI), smaller: every row and cell."""
    text = bench_limits.html_table(300)
    result = convert(text, fmt="tei")
    assert '<table rows="300" cols="3">' in result.output
    assert result.output.count("<row>") == 300 and result.output.count("<cell>") == 900
    cells = "".join(f"\n            <cell>{cell}</cell>" for cell in ("项目299", "299亿元", "备注"))
    assert f"<row>{cells}\n          </row>\n        </table>" in result.output


def test_the_benchmark_writes_a_tei_case_as_tei(monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    render = pipeline.render

    def recorded(document: Any, fmt: str = "tei", **kwargs: Any) -> str:
        written.append(fmt)
        return render(document, fmt, **kwargs)

    monkeypatch.setattr(pipeline, "render", recorded)
    case = bench_limits.Case("tei", "a table", lambda: bench_limits.html_table(3), 1.0)
    text, edits = bench_limits.run_text_case(case, case.make())
    assert written == ["tei"]
    assert undo_edits(text, edits) == case.make()
