"""Two complete organisations in a list never glue (seventeenth session, helper B2).

Before (7947d9b): `_heads_kind_body` glued any organisation with a name of its own to a following
piece jieba reads as a body's kind, so `normalize` joined two complete names that the code before
it (6be49d9) had kept apart: `主办单位：兰州市文明办 教育局` came out as `主办单位：兰州市文明办教育局`,
`赞助单位：兰州银行 工商银行` as `兰州银行工商银行`, `媒体支持：新华社 人民网` as `新华社人民网`.
Normalising twice differed from once: `主办单位：国务院 新闻办 人民网` gave `国务院新闻办 人民网`,
then `国务院新闻办人民网`. A place over a paper read as a body of the place's (`兰州市 经济日报`).
Now only a body that never stands alone glues to what owns it (`兰州大学 出版社`, `兰州晚报 编辑部`).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import opencc
import pytest

from cli_pages import edit_kinds as _edit_kinds
from cli_pages import normalize_stdin as _normalized
from layoutfix import normalize_text

_S2T = opencc.OpenCC("s2t")
#: Two complete organisations or more after a label: every gap stays.
KEPT = [
    "主办单位：兰州市文明办 教育局",
    "主办单位：兰州市委宣传部 教育局",
    "主办单位：兰州市妇联 教育局",
    "主办单位：兰州市总工会 体育局",
    "获奖单位：兰州市教育局 体育局",
    "协办单位：城关区教育局 第一中学",
    "先进集体：兰州市第一中学 第二中学",
    "先进集体：兰州市第一中学 第二中学 第三中学",
    "先进集体：城关区第一小学 第二小学",
    "赞助单位：兰州银行 工商银行",
    "协办单位：兰州大学 工商银行",
    "合作单位：兰州大学 气象局",
    "主办单位：兰州市 新华社 体育局",
    "媒体支持：新华社 人民网",
    "媒体支持：甘肃日报 人民网",
    "媒体支持：兰州晚报 经济日报",
    "支持媒体：兰州市 经济日报 兰州大学",
    "主办单位：兰州市 人民网",
]
#: A line holding one organisation a stray space broke, and the line as it should come out: the
#: stray space goes, and normalising the result again changes nothing.
ONE_BROKEN = [
    ("主办单位：国务院 新闻办 人民网", "主办单位：国务院新闻办 人民网"),
    ("主办单位：中共中央 宣传部 人民网", "主办单位：中共中央宣传部 人民网"),
    ("主办单位：兰州晚报 编辑部", "主办单位：兰州晚报编辑部"),
    ("主办单位：甘肃日报社 编辑部 兰州大学", "主办单位：甘肃日报社编辑部 兰州大学"),
    ("主办单位：兰州市 电视台 兰州大学", "主办单位：兰州市电视台 兰州大学"),
    ("主办单位：甘肃省 广播电视台 人民网", "主办单位：甘肃省广播电视台 人民网"),
]

#: Pieces the generated lines are made of: places, owners of departments, bodies named by their
#: kind, papers and sites, and complete organisations of other kinds.
_PLACES = ["兰州市", "城关区", "甘肃省", "兰州新区"]
_PARENTS = ["国务院", "中共中央", "中共兰州市委", "甘肃省人民政府", "兰州大学"]
_BODIES = [
    "办公厅", "宣传部", "新闻办", "教育局", "体育局", "第一中学", "第二中学", "出版社", "图书馆", "附属医院",
    "电视台", "编辑部",
]
_MEDIA = ["人民网", "新华社", "经济日报", "兰州晚报", "甘肃日报", "甘肃日报社", "甘肃省广播电视台"]
#: Names that are whole organisations: no two of them side by side ever become one.
_COMPLETE = [
    *_MEDIA, "国务院", "中共中央", "兰州大学", "兰州银行", "工商银行", "兰州市教育局", "兰州市第一中学",
    "兰州市文明办", "城关区教育局", "兰州市总工会", "西北师范大学", "兰州市委宣传部",
]
_POOL = list(dict.fromkeys([*_PLACES, *_PARENTS, *_BODIES, *_COMPLETE]))
#: Every line of two pieces, and every thirteenth line of three (about 4,500 lines in all).
_GENERATED = [
    combo
    for n, step in ((2, 1), (3, 13))
    for k, combo in enumerate(itertools.permutations(_POOL, n))
    if k % step == 0
]


@pytest.mark.parametrize("line", KEPT)
def test_complete_organisations_keep_their_gaps(line: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{line}\n", log) == f"{line}\n"
    assert "space" not in _edit_kinds(log)


@pytest.mark.parametrize("line", KEPT[:3])
def test_in_traditional_script_too(line: str) -> None:
    page = f"{_S2T.convert(line)}\n"
    assert _normalized(page) == page


@pytest.mark.parametrize(("line", "expected"), ONE_BROKEN)
def test_a_stray_space_goes_once_and_for_all(line: str, expected: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    once = _normalized(f"{line}\n", log)
    assert once == f"{expected}\n"
    assert _edit_kinds(log) == ["space"] * (line.count(" ") - expected.count(" "))
    assert _normalized(once) == once


def test_generated_lists_never_glue_two_complete_names_and_normalise_once() -> None:
    """Lines of two or three pieces drawn from places, owners, bodies, papers and other complete
    organisations, each its own paragraph: normalising twice gives what normalising once gives, no
    hanzi is lost or added, and no two complete organisations side by side lose the gap between them."""
    lines = ["主办单位：" + " ".join(combo) for combo in _GENERATED]
    once = normalize_text("\n\n".join(lines) + "\n").text
    assert normalize_text(once).text == once
    out = once.rstrip("\n").split("\n\n")
    assert len(out) == len(lines)
    wrong = []
    for combo, line, got in zip(_GENERATED, lines, out, strict=True):
        pairs = itertools.pairwise(combo)
        glued = [a + b for a, b in pairs if a in _COMPLETE and b in _COMPLETE and a + b in got]
        if glued or got.replace(" ", "") != line.replace(" ", ""):
            wrong.append(f"{line} -> {got}")
    assert wrong == []
