"""One organisation broken inside a list after a label glues that pair only (sixteenth session, helper F3).

Since 5316224 a line of organisations after a label where two neighbouring pieces read as one
organisation (`兰州市 教育局`) lost every gap: `主办单位：甘肃省教育厅 兰州市 教育局` came out as
`主办单位：甘肃省教育厅兰州市教育局`, the two organisations run together. And pieces were read as
one organisation that are not: any name before a ministry as its owner (`中国科协 教育部`), a shop
or a zone ending like a place as a place (`华润万家超市`, `兰州经济开发区`), a place before a
university (`天水市 兰州大学`). Now only the broken pair loses its space (one `space` edit), and a
pair is one organisation only when a place name, a party committee or a government stands before
a department named without its owner, or a place before a lower place.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest

from cli_pages import convert_stdin
from cli_pages import normalize_stdin as _normalized

_S2T = opencc.OpenCC("s2t")
#: A list holding one organisation a stray space broke, and the line as it should come out.
BROKEN_PAIR = [
    ("主办单位：甘肃省教育厅 兰州市 教育局", "主办单位：甘肃省教育厅 兰州市教育局"),
    ("指导单位：中共兰州市委 宣传部 兰州大学", "指导单位：中共兰州市委宣传部 兰州大学"),
    ("主办单位：兰州大学 兰州市 城关区 人民政府", "主办单位：兰州大学 兰州市城关区人民政府"),
    ("发布单位：甘肃省人民政府 办公厅 兰州大学", "发布单位：甘肃省人民政府办公厅 兰州大学"),
]
#: Lists whose pieces are each an organisation: all gaps stay.
LISTS = [
    "主办单位：中国科协 教育部 科技部",
    "主办单位：全国妇联 民政部 卫健委",
    "主办单位：甘肃省人民政府 教育部",
    "主办单位：中国作家协会 文化和旅游部",
    "赞助单位：华润万家超市 兰州大学",
    "承办单位：兰州经济开发区 兰州大学",
    "协办单位：兰州港务区 兰州大学",
    "主办单位：兰州市 天水市 兰州大学",
    "参赛单位：城关区 七里河区 兰州大学",
]


@pytest.mark.parametrize(("line", "expected"), BROKEN_PAIR)
def test_only_the_broken_pair_loses_its_space(line: str, expected: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{line}\n", log) == f"{expected}\n"
    edits = [json.loads(row) for row in log.read_text(encoding="utf-8").splitlines()]
    assert [e["kind"] for e in edits] == ["space"] * (line.count(" ") - expected.count(" "))


@pytest.mark.parametrize(("line", "expected"), BROKEN_PAIR[:2])
def test_traditional_lines_glue_the_broken_pair_only(line: str, expected: str) -> None:
    assert _normalized(f"{_S2T.convert(line)}\n") == f"{_S2T.convert(expected)}\n"


@pytest.mark.parametrize("line", LISTS)
def test_organisations_that_are_no_owner_and_department_keep_their_gaps(line: str) -> None:
    assert _normalized(f"{line}\n") == f"{line}\n"


def test_convert_keeps_the_list_and_glues_the_pair() -> None:
    line, expected = BROKEN_PAIR[0]
    page = f"全市表彰先进集体\n\n本报讯 近日，全市表彰了一批先进集体。\n\n{line}\n"
    assert f"\n{expected}\n" in convert_stdin(page, "-f", "txt")
