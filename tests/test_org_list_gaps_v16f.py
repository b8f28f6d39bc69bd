"""Organisations listed after a label and its colon keep their gaps (sixteenth session, helper F).

Before: `优秀集体：市一中 市二中 市三中` came out of `normalize` (and `convert`) as
`优秀集体：市一中市二中市三中`: the spacing step kept the gaps of people listed so (`获奖者：王丽 李华`)
and of organisations under a label on its own line, but took these for stray spaces. Now a line of
two or more organisations' or schools' names (three hanzi or more each) after a label and its colon
keeps them. Guards: two-hanzi pieces (`市委 宣传部`), words that are no organisation (`市政府 办公楼`,
`富强 民主`), and such a list inside a sentence still lose the space.
"""

from __future__ import annotations

import json

import opencc
import pytest

from cli_pages import convert_stdin
from cli_pages import normalize_stdin as _normalized

_S2T = opencc.OpenCC("s2t")
LINES = [
    "优秀集体：市一中 市二中 市三中",
    "获奖单位：兰州大学 西北师范大学",
    "先进单位：城关区教育局 七里河区卫健委",
    "优秀学校：实验小学 东岗中学 城关幼儿园",
    "表彰名单：榆中县 永登县 皋兰县",
]


@pytest.mark.parametrize("line", LINES)
def test_organisations_after_a_label_keep_their_gaps(line: str) -> None:
    assert _normalized(f"{line}\n") == f"{line}\n"


@pytest.mark.parametrize("line", LINES[:2])
def test_in_traditional_script_too(line: str) -> None:
    page = f"{_S2T.convert(line)}\n"
    assert _normalized(page) == page


def test_the_list_under_a_story_keeps_its_gaps_in_convert() -> None:
    page = f"全市表彰先进集体\n\n本报讯 近日，全市表彰了一批先进集体。\n\n{LINES[0]}\n"
    data = json.loads(convert_stdin(page, "-f", "json"))
    texts = [t for a in data["articles"] for t in a["titles"] + [p["text"] for p in a["paragraphs"]]]
    assert LINES[0] in texts
    assert LINES[0] in convert_stdin(page, "-f", "txt")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("主办单位：市委 宣传部", "主办单位：市委宣传部"),
        ("会议地点：市政府 办公楼", "会议地点：市政府办公楼"),
        ("核心价值观：富强 民主 文明 和谐", "核心价值观：富强民主文明和谐"),
        ("全市表彰了先进集体。优秀集体：市一中 市二中。", "全市表彰了先进集体。优秀集体：市一中市二中。"),
    ],
)
def test_other_lines_still_lose_the_space(line: str, expected: str) -> None:
    assert _normalized(f"{line}\n") == f"{expected}\n"
