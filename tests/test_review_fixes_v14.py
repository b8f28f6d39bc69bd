"""Fixes from the fresh-eyes review of the v14 session's changes (897ebd0..52cfa45).

Each test states what a user sees: `normalize` output (once and twice), `convert -f txt` output."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize.steps import normalize_text


def convert_txt(tmp_path: Path, text: str) -> str:
    """Run `layoutfix convert PAGE.txt -f txt -o OUT`; the output."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "out.txt"
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


# --- 1. data field gaps: normalising twice equals normalising once ------------------------------

#: Lines of data fields where a quantity sits beside a word the spacing step glues to it: the
#: quantity is then no field of its own, and a second run read the gap beside it differently.
GLUED_QUANTITY_LINES = [
    "门票：成人 80元 120元 学生半价",
    "票价：一等座 80元 180元",
    "票价：80元 180元 280元 学生半价",
]


@pytest.mark.parametrize("line", GLUED_QUANTITY_LINES)
def test_a_line_of_data_fields_normalises_once(line: str) -> None:
    """`normalize` of its own output changes nothing (`roles.data_field_gaps` reads the fields as
    the spacing step leaves them)."""
    once = normalize_text(line).text
    assert normalize_text(once).text == once


@pytest.mark.parametrize("line", ["票价：80元 180元 280元", "射手榜：武磊 21球 泽卡 18球"])
def test_data_fields_standing_alone_keep_their_gaps(line: str) -> None:
    """Guard: fields that stay fields keep their gaps, and a second run keeps them too."""
    once = normalize_text(line).text
    assert once == line
    assert normalize_text(once).text == line
