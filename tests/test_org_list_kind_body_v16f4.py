"""A place before a body named by its kind alone is one organisation (sixteenth session, helper F4).

Since 908624a a place glued only to a lower place or a department of its government (`兰州市
教育局`), so a stray space OCR put between a place and a body that has no name but its kind kept
it: `主办单位：兰州市 人民检察院` came out of `normalize` unchanged, where older releases gave
`兰州市人民检察院`; likewise `城关区 人民法院`, `兰州市 第一人民医院`, `兰州市 总工会`, `兰州市
科学技术协会`, `兰州市 第一中学`, `兰州市 体育中心`, `兰州市 委员会`, and `甘肃省 人民医院 兰州大学`
kept the stray space of its first pair. Such a body (no place and no proper name in it: `人民检察院`,
`第一中学`, `体育中心`) never stands alone as an item of a list; the place before it is its owner.
And `天水市 秦州区 麦积区` glued its first pair only (`天水市秦州区 麦积区`), reading one district
as the city's and the other as an item of its own: a place over two or more parts of one kind
(districts of one level, bureaus, bodies named by kind) heads them, and every gap stays (`兰州市
教育局 体育局` glued its first pair too). A national body named as a bureau (`国家体育总局`) read as the
place's own department: `兰州市 国家体育总局` lost its gap; it is no place's and keeps it.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from cli_pages import convert_stdin
from cli_pages import edit_kinds as _edit_kinds
from cli_pages import normalize_stdin as _normalized

_S2T = opencc.OpenCC("s2t")
#: One organisation: a place and a body named by its kind alone, and the line as it should come out.
ONE_NAME = [
    ("主办单位：兰州市 人民检察院", "主办单位：兰州市人民检察院"),
    ("主办单位：城关区 人民法院", "主办单位：城关区人民法院"),
    ("主办单位：兰州市 第一人民医院", "主办单位：兰州市第一人民医院"),
    ("主办单位：兰州市 总工会", "主办单位：兰州市总工会"),
    ("主办单位：兰州市 科学技术协会", "主办单位：兰州市科学技术协会"),
    ("主办单位：兰州市 第一中学", "主办单位：兰州市第一中学"),
    ("主办单位：兰州市 体育中心", "主办单位：兰州市体育中心"),
    ("主办单位：兰州市 委员会", "主办单位：兰州市委员会"),
    ("承办单位：兰州市 中级人民法院", "承办单位：兰州市中级人民法院"),
    ("获奖单位：榆中县 第三十一中学", "获奖单位：榆中县第三十一中学"),
    ("协办单位：兰州市 城关区 人民检察院", "协办单位：兰州市城关区人民检察院"),
    ("主办单位：兰州市 人民政府 教育局", "主办单位：兰州市人民政府教育局"),
]
#: A list holding one such organisation beside others: that pair alone loses its space.
BROKEN_PAIR = [
    ("主办单位：甘肃省 人民医院 兰州大学", "主办单位：甘肃省人民医院 兰州大学"),
    ("主办单位：兰州大学 兰州市 第一人民医院", "主办单位：兰州大学 兰州市第一人民医院"),
    ("主办单位：甘肃省教育厅 兰州市 教育局", "主办单位：甘肃省教育厅 兰州市教育局"),
    ("主办单位：兰州市 城关区 七里河区 人民检察院", "主办单位：兰州市 城关区 七里河区人民检察院"),
]
#: Lists: a place over two parts of one kind, a place beside a body of a name of its own (a
#: university, a national paper or body, a school with a proper name), ministries side by side.
LISTS = [
    "获奖单位：天水市 秦州区 麦积区",
    "参赛单位：兰州市 城关区 七里河区",
    "表彰单位：兰州市 第一中学 第二中学",
    "主办单位：兰州市 人民检察院 人民法院",
    "主办单位：兰州市 教育局 体育局",
    "主办单位：兰州市 兰州大学",
    "主办单位：兰州市 国家体育总局",
    "主办单位：兰州市 国家统计局 兰州大学",
    "主办单位：甘肃省 中国科协",
    "主办单位：甘肃省 最高人民法院",
    "获奖单位：兰州市 东岗中学",
    "主办单位：中国科协 教育部 科技部",
    "主办单位：兰州市 交通运输部",
]


@pytest.mark.parametrize(("line", "expected"), ONE_NAME + BROKEN_PAIR)
def test_a_place_and_a_body_named_by_kind_are_one_name(line: str, expected: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{line}\n", log) == f"{expected}\n"
    assert _edit_kinds(log) == ["space"] * (line.count(" ") - expected.count(" "))


@pytest.mark.parametrize(("line", "expected"), [ONE_NAME[0], BROKEN_PAIR[0]])
def test_in_traditional_script_too(line: str, expected: str) -> None:
    assert _normalized(f"{_S2T.convert(line)}\n") == f"{_S2T.convert(expected)}\n"


@pytest.mark.parametrize("line", LISTS)
def test_lists_keep_every_gap(line: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{line}\n", log) == f"{line}\n"
    assert "space" not in _edit_kinds(log)


@pytest.mark.parametrize("line", [line for line, _ in ONE_NAME + BROKEN_PAIR] + LISTS)
def test_normalising_twice_gives_what_normalising_once_gives(line: str) -> None:
    """A gap kept beside a part that the first run glued to its body (`七里河区人民检察院`) stays."""
    once = _normalized(f"{line}\n")
    assert _normalized(once) == once


def test_convert_glues_the_pair_under_a_story() -> None:
    line, expected = BROKEN_PAIR[0]
    page = f"全市表彰先进集体\n\n本报讯 近日，全市表彰了一批先进集体。\n\n{line}\n"
    assert f"\n{expected}\n" in convert_stdin(page, "-f", "txt")
