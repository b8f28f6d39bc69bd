"""Organisations whose names end beyond `ORG_SUFFIX` still make a list (seventeenth session, helper B).

Before: a line of organisations after a label kept its gaps only when every piece ended like
`ORG_SUFFIX` (`局`, `院`, `协会`...). A paper, a publisher, a library, a theatre company, a TV
station (`人民日报社`, `兰州大学出版社`, `市图书馆`, `兰州市歌舞剧团`, `甘肃省广播电视台`) made the
line no list, so `normalize` glued every gap and the names ran together:
`主办单位：兰州市 人民日报社 兰州大学` came out as `主办单位：兰州市人民日报社兰州大学`.
And a stray space between a body and the owner it cannot stand without stayed: `国务院 办公厅`,
`兰州新区 教育局` (a zone's bureau), `兰州市 中医医院` (a body named by its kind that jieba tags
as an organisation's name, `中医医院`). A university's press or hospital (`兰州大学 出版社`,
`兰州大学 第一医院`), a body named by its kind that never stands alone, kept its stray space once its
line read as a list.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from cli_pages import convert_stdin
from cli_pages import edit_kinds as _edit_kinds
from cli_pages import normalize_stdin as _normalized

_S2T = opencc.OpenCC("s2t")
#: Lists of organisations, one at least ending beyond `ORG_SUFFIX`: every gap stays.
LISTS = [
    "主办单位：兰州市 人民日报社 兰州大学",
    "协办单位：市文化馆 市图书馆",
    "主办单位：兰州日报社 兰州大学出版社 读者杂志社",
    "主办单位：甘肃省文化厅 甘肃省博物馆 兰州大学",
    "主办单位：甘肃省作家协会 兰州市文联 甘肃省广播电视台",
    "协办单位：兰州市图书馆 兰州大剧院 兰州市歌舞剧团",
    "支持单位：新华通讯社 甘肃省慈善总会 兰州市红十字会",
    "演出单位：兰州交响乐团 甘肃省秦腔剧团 兰州市少年宫",
    "协办单位：兰州市新华书店 兰州足球俱乐部 榆中县农民专业合作社",
    "支持媒体：甘肃日报 兰州晚报 每日甘肃网",
    "承办单位：兰州市政府办公室 兰州市残联 兰州市文化宫",
    "协办单位：甘肃省社会科学院 甘肃省文物研究所 兰州市科技馆",
]
#: A list holding one organisation a stray space broke, and the line as it should come out.
BROKEN_PAIR = [
    ("主办单位：国务院 办公厅 兰州大学", "主办单位：国务院办公厅 兰州大学"),
    ("主办单位：兰州新区 教育局 兰州大学", "主办单位：兰州新区教育局 兰州大学"),
    ("承办单位：兰州市 中医医院 兰州大学", "承办单位：兰州市中医医院 兰州大学"),
    ("主办单位：兰州大学 兰州市 公安局", "主办单位：兰州大学 兰州市公安局"),
    ("协办单位：兰州市 图书馆 兰州大学", "协办单位：兰州市图书馆 兰州大学"),
    ("主办单位：中共中央 宣传部 兰州大学", "主办单位：中共中央宣传部 兰州大学"),
    ("主办单位：兰州市 作家协会 甘肃日报社", "主办单位：兰州市作家协会 甘肃日报社"),
    ("协办单位：兰州大学 图书馆 兰州市 教育局", "协办单位：兰州大学图书馆 兰州市教育局"),
]
#: One organisation: the pieces glue.
ONE_NAME = [
    ("主办单位：国务院 办公厅", "主办单位：国务院办公厅"),
    ("主办单位：兰州新区 教育局", "主办单位：兰州新区教育局"),
    ("主办单位：兰州市 中医医院", "主办单位：兰州市中医医院"),
    ("主办单位：兰州市 儿童医院", "主办单位：兰州市儿童医院"),
    ("主办单位：兰州市 老年大学", "主办单位：兰州市老年大学"),
    ("主办单位：兰州大学 出版社", "主办单位：兰州大学出版社"),
    ("主办单位：兰州大学 第一医院", "主办单位：兰州大学第一医院"),
    ("支持单位：兰州大学 附属医院", "支持单位：兰州大学附属医院"),
    ("协办单位：兰州大学 第一附属医院 甘肃日报社", "协办单位：兰州大学第一附属医院 甘肃日报社"),
]
#: Two organisations or more: a proper-named body beside a place or a zone, ministries beside the
#: State Council, a national paper beside a city, bare departments or bodies of one kind side by
#: side, a publisher or a magazine whose name is a common word (`科学出版社`, `读者杂志社`).
KEPT = [
    "主办单位：国务院 教育部",
    "主办单位：国务院 国家统计局",
    "主办单位：兰州新区 兰州大学",
    "主办单位：兰州市 新华社",
    "主办单位：兰州市 人民日报社",
    "举办地点：酒泉市 玉门市",
    "市直单位：教育局 体育中心",
    "主办单位：兰州大学 第一医院 第二医院",
    "主办单位：兰州大学 科学出版社",
    "主办单位：甘肃日报社 读者杂志社",
]


@pytest.mark.parametrize("line", LISTS + KEPT)
def test_lists_keep_every_gap(line: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{line}\n", log) == f"{line}\n"
    assert "space" not in _edit_kinds(log)


@pytest.mark.parametrize("line", LISTS[:3])
def test_in_traditional_script_too(line: str) -> None:
    page = f"{_S2T.convert(line)}\n"
    assert _normalized(page) == page


@pytest.mark.parametrize(("line", "expected"), BROKEN_PAIR + ONE_NAME)
def test_a_body_and_its_owner_glue_and_only_they(line: str, expected: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{line}\n", log) == f"{expected}\n"
    assert _edit_kinds(log) == ["space"] * (line.count(" ") - expected.count(" "))


@pytest.mark.parametrize("line", LISTS + [line for line, _ in BROKEN_PAIR])
def test_normalising_twice_gives_what_normalising_once_gives(line: str) -> None:
    once = _normalized(f"{line}\n")
    assert _normalized(once) == once


def test_province_before_its_city_reads_as_one_address() -> None:
    """`甘肃省 兰州市`: a place over a lower one is one place's full name; the university after it
    is an organisation of its own."""
    assert _normalized("主办单位：甘肃省 兰州市 兰州大学\n") == "主办单位：甘肃省兰州市 兰州大学\n"


def test_convert_keeps_the_list() -> None:
    line = LISTS[0]
    page = f"全市表彰先进集体\n\n本报讯 近日，全市表彰了一批先进集体。\n\n{line}\n"
    assert f"\n{line}\n" in convert_stdin(page, "-f", "txt")
