"""One organisation after a label is no list of them (sixteenth session, helper F2).

Since 13b3119 a line of organisations after a label and its colon keeps its gaps, but so did one
organisation that OCR broke with a stray space, where the space must go: `主办单位：兰州市 教育局`
kept it (`兰州市 教育局`), as did `指导单位：中共兰州市委 宣传部`. A place before a bureau, a lower
place, or an owner before a bare department names one organisation; the space goes again, one
`space` edit. And a list of two names in a block of its own after a story was cut at its kept gap
into a kicker (`获奖单位：兰州大学`) and a title (`西北师范大学`); it stays one heading, gap kept.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_pages import convert_stdin
from cli_pages import normalize_stdin as _normalized

#: One organisation broken by a stray space, and the line as it should come out.
ONE_NAME = [
    ("主办单位：兰州市 教育局", "主办单位：兰州市教育局"),
    ("承办单位：甘肃省 教育厅", "承办单位：甘肃省教育厅"),
    ("发布单位：甘肃省 气象局", "发布单位：甘肃省气象局"),
    ("指导单位：中共兰州市委 宣传部", "指导单位：中共兰州市委宣传部"),
    ("协办单位：兰州市 城关区 人民政府", "协办单位：兰州市城关区人民政府"),
    ("举办地点：兰州市 城关区", "举办地点：兰州市城关区"),
]
#: Lists that keep their gaps: schools, places of one level, ministries side by side.
LISTS = [
    "获奖单位：兰州大学 西北师范大学",
    "表彰名单：榆中县 永登县 皋兰县",
    "先进单位：城关区教育局 七里河区卫健委",
    "主办单位：兰州市教育局 兰州市卫健委",
    "联合发文：财政部 教育部",
]
STORY = "全市表彰先进集体\n\n本报讯 近日，全市表彰了一批先进集体。\n\n"


@pytest.mark.parametrize(("line", "expected"), ONE_NAME)
def test_one_organisation_loses_its_stray_space(line: str, expected: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{line}\n", log) == f"{expected}\n"
    edits = [json.loads(row) for row in log.read_text(encoding="utf-8").splitlines()]
    assert [e["kind"] for e in edits] == ["space"] * line.count(" ")


@pytest.mark.parametrize("line", LISTS)
def test_a_list_of_organisations_keeps_its_gaps(line: str) -> None:
    assert _normalized(f"{line}\n") == f"{line}\n"


@pytest.mark.parametrize("line", LISTS[:1] + LISTS[2:4])
def test_a_list_in_its_own_block_after_a_story_stays_one_heading(line: str) -> None:
    articles = json.loads(convert_stdin(f"{STORY}{line}\n", "-f", "json"))["articles"]
    headings = [h for a in articles[1:] for h in a["kicker"] + a["titles"]]
    assert headings == [line]
    assert f"\n{line}\n" in convert_stdin(f"{STORY}{line}\n", "-f", "txt")


def test_an_organisation_over_a_title_on_one_line_is_still_cut() -> None:
    """A kicker and a title printed on one line (`秦州区政协 调研教师队伍建设情况`) are no list."""
    articles = json.loads(convert_stdin("秦州区政协 调研教师队伍建设情况\n\n本报讯 近日，…\n", "-f", "json"))
    (art,) = articles["articles"]
    assert (art["kicker"], art["titles"]) == (["秦州区政协"], ["调研教师队伍建设情况"])
