"""Column gaps in flat text: a TAB, or two or more (ideographic) spaces between the fields of a table
row or a credit line, separate fields and are kept; single stray spaces between hanzi still go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize import normalize_text
from layoutfix.tracked import apply_edits, undo_edits

TABLE_PAGE = "全市主要经济指标\n\n指标\t数值\t增长\n地区生产总值\t1200亿元\t5.2%\n"
CREDIT_LINE = "本版编辑：赵静\u3000\u3000美编：王强"


def test_tab_separated_cells_keep_their_tabs_in_the_plain_text(runner: CliRunner, tmp_path: Path) -> None:
    """The numbers of a tab-separated row stay in their cells (1200亿元 and 5.2% not run together)."""
    edits = tmp_path / "edits.jsonl"
    args = ["convert", "-", "-f", "txt", "--edits", str(edits)]
    result = runner.invoke(app, args, input=TABLE_PAGE.encode())
    assert result.exit_code == 0, result.stderr
    assert "指标\t数值\t增长\n地区生产总值\t1200亿元\t5.2%" in result.stdout
    logged = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    # (the rows are a table: each TAB is logged as its cell break, `markup.table`, never removed)
    assert not [e for e in logged if "\t" in e["before"] and e["rule"] != "markup.table"]


def test_doubled_ideographic_space_keeps_two_names_apart(runner: CliRunner) -> None:
    """本版编辑：赵静　　美编：王强 must not read 赵静美编 (a person 赵静美)."""
    page = f"市政协召开会议\n\n会议指出，要把基层协商落到实处。\n\n{CREDIT_LINE}\n"
    result = runner.invoke(app, ["convert", "-", "-f", "json"], input=page.encode())
    assert result.exit_code == 0, result.stderr
    assert "赵静美编" not in result.stdout
    assert "本版编辑：赵静  美编：王强" in result.stdout


@pytest.mark.parametrize(
    "row",
    [
        "金额（亿元）\t增长（%）",
        "农、林、牧、渔业\t1,200\t3.1%",
        "地区生产总值\t\t5.2%",
        "本版编辑：赵静  美编：王强",
    ],
)
def test_a_field_gap_stays_beside_brackets_commas_of_numbers_and_empty_cells(row: str) -> None:
    """A unit in brackets, a list with 、, a thousands separator or an empty cell does not make a row
    running text, and its gaps stay as they are (an empty cell's two TABs too)."""
    out = normalize_text(f"表\n\n{row}\n")
    assert row in out.text
    assert not [e for e in out.edits if e.kind == "space"]


def test_kept_gaps_are_stable_and_the_log_still_rebuilds_the_text() -> None:
    """Normalising the cleaned text again changes nothing; original + log give the output and back."""
    src = f"{TABLE_PAGE}\n{CREDIT_LINE}\n"
    once = normalize_text(src)
    assert normalize_text(once.text).text == once.text
    assert apply_edits(src, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == src


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("习近平总 书记强调，要把基层协商落到实处。", "习近平总书记强调，要把基层协商落到实处。"),
        ("会议指出，要把\t基层协商落到实处。", "会议指出，要把基层协商落到实处。"),
        ("会议指出，要把  基层协商落到实处。", "会议指出，要把基层协商落到实处。"),
        ("总资金 37.64 亿元，已全部到位。", "总资金37.64亿元，已全部到位。"),
    ],
)
def test_stray_spaces_and_gaps_inside_a_sentence_still_go(src: str, expected: str) -> None:
    """Guard: a single stray space, and any gap inside a sentence (no fields there), is removed."""
    assert normalize_text(f"正文\n\n{src}\n").text == f"正文\n\n{expected}\n"
