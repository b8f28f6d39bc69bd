"""Normalising fixes around numbers and imprint labels (v16).

1. A stop before one to three digits and a space (`基层.7 基层`) was kept as a fraction's point on
   the first run (the space ended the field), the spacing step then removed that space, and a second
   run read the stop before `7基层` as a full stop: normalising twice differed from normalising once.
   Now a fraction without its zero keeps the gap after it (`勝率.522 排名第一。`), and a stop before
   a number whose unit follows the gap (`.5 月份`, `.7 个`) ends the sentence on the first run.
2. Two amounts with the same unit side by side in a sentence (`票价分别为80元 180元。`) lost the
   gap between them and read as one figure (`80元180元`).
3. An imprint label broken in two words (`邮发 代号 53-1`) kept its stray space: the line read as a
   headline, whose phrase gap between two words stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import normalize_logged
from layoutfix.normalize.steps import normalize_text


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text).text
    assert normalize_text(once).text == once
    return once


# --- 1. a fraction without its zero before a space -------------------------------------------------


@pytest.mark.parametrize("text", [
    "基层.7 基层",
    "本赛季他的勝率.522 排名第一。",
    "他的打击率.300 全队第一，",
    "胜率.5 领跑",
    "統一獅 勝率.522 勝差 0\n中信兄弟 勝率.500 勝差 2",  # a standings table: the gaps are fields
])
def test_a_fraction_without_its_zero_keeps_its_point_and_the_gap_after_it(text: str) -> None:
    """Before, `基层.7 基层` gave `基层.7基层`, and normalising that gave `基层。7基层`."""
    assert normalised_once(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("各项工作全面落实.5 月份起实施。", "各项工作全面落实。5月份起实施。"),
    ("会议在基层召开.7 个单位参加。", "会议在基层召开。7个单位参加。"),
    ("全年任务完成.12 名代表发言。", "全年任务完成。12名代表发言。"),
])
def test_a_stop_before_a_number_and_its_unit_ends_the_sentence_at_once(text: str, fixed: str) -> None:
    """Before, the first run kept `.` and glued the unit (`落实.5月份`), the second made it `。`."""
    assert normalised_once(text) == fixed


@pytest.mark.parametrize("text", [
    "本赛季他的打击率.300，全队第一。",
    "胜率.5",
    "增长.7%，",
])
def test_a_fraction_before_a_mark_or_the_end_is_kept_as_before(text: str) -> None:
    """Guard: the fractions the stop's guard protected before are protected still."""
    assert normalised_once(text) == text


def test_a_glued_stop_before_a_number_still_ends_the_sentence() -> None:
    """Guard: no space after the digits, no fraction."""
    assert normalised_once("各地要抓好落实.2023年是开局之年。") == "各地要抓好落实。2023年是开局之年。"
    assert normalised_once("基层.7基层") == "基层。7基层"


# --- 2. two amounts side by side in a sentence ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "票价分别为80元 180元。",
    "两箱分别重3公斤 5公斤，",
    "两届分别为2023年 2024年举办。",
    "最高气温分别为25.5℃ 26.5℃。",  # guard: a mark ends the first, it kept its gap already
    "分别涨了1.5万 2万元，",
])
def test_two_amounts_with_one_unit_keep_the_gap_between_them(text: str) -> None:
    """Before, `票价分别为80元 180元。` gave `票价分别为80元180元。`."""
    assert normalised_once(text) == text


def test_the_kept_gap_is_no_edit(tmp_path: Path) -> None:
    out, edits = normalize_logged(tmp_path, "票价分别为80 元 180元。\n")
    assert out == "票价分别为80元 180元。\n"
    assert [(e["start"], e["end"], e["rule"]) for e in edits] == [(7, 8, "space.number-unit")]


@pytest.mark.parametrize(("text", "fixed"), [
    ("会议于2024年 5月召开。", "会议于2024年5月召开。"),  # a date goes on: one quantity
    ("截至10月 12日，", "截至10月12日，"),
    ("总投资3亿 5000万元，", "总投资3亿5000万元，"),  # one amount
    ("共有3人 5天内到达。", "共有3人5天内到达。"),  # two units: not set apart in a sentence
    ("总资金 37.64亿元。", "总资金37.64亿元。"),
])
def test_a_gap_inside_one_quantity_or_between_other_units_goes_as_before(text: str, fixed: str) -> None:
    assert normalised_once(text) == fixed


# --- 3. an imprint label broken into two words -------------------------------------------------------


@pytest.mark.parametrize(("line", "unbroken"), [
    ("邮发 代号 53-1", "邮发代号 53-1"),
    ("邮发 代号 53-1 定价 2.00元", "邮发代号 53-1 定价 2.00元"),
    ("国内统一 连续出版物号 CN62-0001", "国内统一连续出版物号 CN62-0001"),
    ("本报 地址：兰州市城关区", "本报地址：兰州市城关区"),
    ("广告 许可证 6200004000001", "广告许可证 6200004000001"),
])
def test_an_imprint_label_in_two_words_is_mended(tmp_path: Path, line: str, unbroken: str) -> None:
    """Before, `邮发 代号 53-1` stayed as it was (a headline's phrase gap)."""
    assert normalised_once(unbroken) == unbroken
    out, edits = normalize_logged(tmp_path, line + "\n")
    assert out == unbroken + "\n"
    stray = line.index(" ")
    assert [(e["start"], e["end"], e["after"]) for e in edits] == [(stray, stray + 1, "")]  # it alone goes
    assert normalised_once(line) == unbroken


@pytest.mark.parametrize("text", [
    "邮发 代号",  # no value: no field, a headline's two words
    "本报 地址 变更",
    "专题协商 让建言更精准",
])
def test_a_headline_keeps_its_phrase_gap(text: str) -> None:
    assert normalised_once(text) == text
