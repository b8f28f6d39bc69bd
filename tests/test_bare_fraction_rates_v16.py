"""A rate printed without its zero stays a rate (v16, mending 41f24fe).

1. A stop before one to three digits, a gap and a unit or measure word was read as a sentence's end
   (`落实.5 月份起`), but many words after a rate open with such a character: `胜率.600 名次第三`
   gave `胜率。600名次第三` (名次, 名列, 位居, 分差, 年度). Now a rate (`…率`, an average) keeps its
   point, and so does a stop whose unit character opens a longer word; only a clear count (`个`, `名`
   alone, `月份`) ends the sentence.
2. A rate before a gap and a bracket or a mark (`胜率.522 （联盟第一）`, `上垒率.400 。`) kept its point
   on the first run, lost the gap, and the second run read the stop as a full stop (`胜率。522（`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import normalize_logged
from layoutfix.normalize.steps import normalize_text


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text).text
    assert normalize_text(once).text == once, once
    return once


# --- 1. a rate before a gap and a word opening with a unit character ------------------------------


@pytest.mark.parametrize("text", [
    "胜率.600 名次第三",
    "打击率.350 名列第一",
    "命中率.480 分差2",
    "胜率.600 年度",
    "本赛季勝率.522 名列第二。",
    "胜率.600 个人最佳",
    "场均得分.512 位居联盟前列。",  # no 率: 位居 is one word, 位 no measure word here
    "他的成绩.600 名列第三，",  # no rate word either: 名列 is one word
    "他的成绩.600 分列第二，",  # 分列: a verb jieba tags a measure word
])
def test_a_rate_before_a_word_opening_with_a_unit_character_is_kept_as_printed(text: str) -> None:
    """Before, `胜率.600 名次第三` gave `胜率。600名次第三`."""
    assert normalised_once(text) == text


def test_a_rate_before_a_field_gap_keeps_its_point() -> None:
    """Before, `胜率.600  名次 2` gave `胜率。600名次2`."""
    out = normalised_once("胜率.600  名次 2")
    assert out.startswith("胜率.600 ")
    assert "。" not in out


def test_a_rate_keeps_its_point_in_a_page(tmp_path: Path) -> None:
    """Before, the story's rates read `胜率。600名列…得分。512位居`, and the log held those edits."""
    page = ("湖人取胜\n本报讯 湖人队目前胜率.600 名列西部第三，球队进攻效率稳居前列，"
            "场均得分.512 位居联盟前列。\n")
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert edits == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("各项工作全面落实.5 月份起实施。", "各项工作全面落实。5月份起实施。"),
    ("会议在基层召开.7 个单位参加。", "会议在基层召开。7个单位参加。"),
    ("全年任务完成.12 名代表发言。", "全年任务完成。12名代表发言。"),
    ("会议在基层召开.3 家企业参加。", "会议在基层召开。3家企业参加。"),
])
def test_a_clear_count_still_ends_the_sentence(text: str, fixed: str) -> None:
    """Guard: the counts 41f24fe mended stay mended."""
    assert normalised_once(text) == fixed


@pytest.mark.parametrize("text", [
    "湖人胜率.650 居首，勇士胜率.600 次之。",  # 次 alone, as jieba reads `次之`
    "球队胜率.600 年内最佳。",  # 年内: a time word
    "场均.5 次抢断，",  # an average
])
def test_a_rate_before_a_unit_standing_alone_keeps_its_point(text: str) -> None:
    """A stop after a rate or an average is a decimal point even before a measure word standing
    alone: the text stays as printed. Before, `勇士胜率.600 次之` gave `勇士胜率。600次之`."""
    assert normalised_once(text) == text


# --- 2. a rate before a gap and a bracket or a mark --------------------------------------------------


@pytest.mark.parametrize(("text", "fixed"), [
    ("胜率.522 （联盟第一）", "胜率.522（联盟第一）"),
    ("打击率.300 ；上垒率.400 。", "打击率.300；上垒率.400。"),
    ("胜率.522 《体育报》统计", "胜率.522《体育报》统计"),
    ("胜率.522 ！", "胜率.522！"),
    ("联盟最高胜率.522 ：湖人", "联盟最高胜率.522：湖人"),
    ("胜率.522 (联盟第一)", "胜率.522（联盟第一）"),
    ("胜率.522 ?", "胜率.522？"),
])
def test_a_rate_before_a_mark_keeps_its_point_on_every_run(text: str, fixed: str) -> None:
    """Before, the first run gave `胜率.522（联盟第一）` and the second `胜率。522（联盟第一）`."""
    assert normalised_once(text) == fixed


@pytest.mark.parametrize("text", [
    "胜率.522（联盟第一）",
    "打击率.300；上垒率.400。",
    "胜率.522！",
])
def test_a_rate_glued_to_a_mark_keeps_its_point(text: str) -> None:
    """The second run's input: the point it keeps is the first run's."""
    assert normalised_once(text) == text


# --- 3. a rate glued to the word after it ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "胜率.600名次第三",
    "打击率.350名列第一",
    "本赛季场均.5次抢断",
])
def test_a_rate_glued_to_the_next_word_keeps_its_point(text: str) -> None:
    """OCR lost the gap after the rate: before, `胜率.600名次第三` gave `胜率。600名次第三`."""
    assert normalised_once(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("各地要抓好落实.2023年是开局之年。", "各地要抓好落实。2023年是开局之年。"),
    ("基层.7基层", "基层。7基层"),
    ("提高效率.2023年起实施。", "提高效率。2023年起实施。"),  # four digits: a year, no rate
])
def test_a_glued_stop_after_no_rate_still_ends_the_sentence(text: str, fixed: str) -> None:
    """Guard: only a rate's digits keep a glued point."""
    assert normalised_once(text) == fixed
