"""Fixes from the fresh-eyes review of the v14 session's changes (897ebd0..52cfa45).

Each test states what a user sees: `normalize` output (once and twice), `convert -f txt` output."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import written_output
from layoutfix.normalize.steps import normalize_text

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
# --- 2. a sentence whose 电 closes a verb is no dateline ------------------------------------------

#: Sentences opening with 本报 / 新华社 whose first clause ends in a verb in 电 (来电, 致电, 回电),
#: a stray OCR space after it.
CALL_SENTENCES = [
    "本报接到群众来电 反映小区供暖不热。记者随即赶到现场。",
    "本报记者致电 市住建局了解情况，对方表示将尽快处理。",
    "新华社记者回电 确认了这一消息，当地已恢复供电。",
]


@pytest.mark.parametrize("text", CALL_SENTENCES)
def test_a_call_in_a_sentence_is_no_dateline(tmp_path: Path, text: str) -> None:
    """`normalize` removes the stray space after 来电 and `convert` keeps the sentence one paragraph;
    before, the spacing step kept the gap as a dateline's and the labels cut `本报接到群众来电` off."""
    fixed = text.replace(" ", "", 1)
    assert normalize_text(text).text == fixed
    assert written_output(tmp_path, "convert", text, "-f", "txt") == fixed + "\n"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("新华社北京电 国家统计局今天发布数据，经济运行稳中向好。", "新华社北京电"),
        ("新华社天水电 当地今天迎来降雪，气温明显下降。", "新华社天水电"),
        ("本报北京10月11日电 记者从国家统计局获悉，经济运行稳中向好。", "本报北京10月11日电"),
    ],
)
def test_a_wire_dateline_keeps_its_gap(tmp_path: Path, text: str, head: str) -> None:
    """Guard: a dateline ending in 电 keeps its gap and is cut off as a dateline."""
    assert normalize_text(text).text == text
    assert written_output(tmp_path, "convert", text, "-f", "txt").startswith(head + "\n\n")
