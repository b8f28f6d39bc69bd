"""A stop before a count ends the sentence; a rate's point stays (v16, mending 1f779d7).

1. A stop before a gap and a count stayed `.` when jieba tagged the unit a noun or otherwise
   (`召开.500 人参加会议`: 人/n, 条/n, 项/n, 件/zg, 分钟/q, 时许, 届, 期, 篇), and after any word
   ending in 率 or 均 a count kept the stop too (`工作效率.3 个单位受表彰`, `当好表率.10月以来`,
   `发展不均.3个县`). Now a unit character jieba reads alone is a count whatever its tag, and a
   count after a rate ends the sentence; an average (`场均`, `人均`) keeps its point before a count.
2. The marks 1f779d7 let end a rate's digits ended any stop's digits: `举行.10:30` stayed `.`, and
   so did `第一名.2（3）班`, `要求.1（一）`, `揭晓.3！`. Now those marks end a fraction only after a
   rate word, and a clock time or an item number in brackets is never a fraction.
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


# --- 1. a count after a gap or a rate word ----------------------------------------------------------


@pytest.mark.parametrize(("text", "fixed"), [
    ("全省农村工作会议在兰州召开.500 人参加会议。", "全省农村工作会议在兰州召开。500人参加会议。"),
    ("与会代表提出意见和要求.10 条建议被采纳。", "与会代表提出意见和要求。10条建议被采纳。"),
    ("会议开到上午.3 项工作全面完成。", "会议开到上午。3项工作全面完成。"),
    ("现场气氛热烈.15 分钟后比赛开始。", "现场气氛热烈。15分钟后比赛开始。"),
    ("大会顺利闭幕.5 件提案获得通过。", "大会顺利闭幕。5件提案获得通过。"),
    ("会议结束.3 时许，记者来到现场。", "会议结束。3时许，记者来到现场。"),
    ("运动会圆满落幕.12 届赛事共产生冠军三百余名。", "运动会圆满落幕。12届赛事共产生冠军三百余名。"),
    ("杂志正式创刊.12 期内容全部上线。", "杂志正式创刊。12期内容全部上线。"),
    ("作品集正式出版.3 篇文章获奖。", "作品集正式出版。3篇文章获奖。"),
    ("展览昨日开幕.500 人次到场参观。", "展览昨日开幕。500人次到场参观。"),
    ("全省農村工作會議在蘭州召開.500 人參加會議。", "全省農村工作會議在蘭州召開。500人參加會議。"),
    ("現場氣氛熱烈.15 分鐘後比賽開始。", "現場氣氛熱烈。15分鐘後比賽開始。"),
])
def test_a_stop_before_a_gap_and_a_count_ends_the_sentence(text: str, fixed: str) -> None:
    """Before, `召开.500 人参加会议。` stayed unchanged: jieba tags 人 a noun, not a measure word."""
    assert normalised_once(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("提高工作效率.3 个单位受表彰。", "提高工作效率。3个单位受表彰。"),
    ("争当好表率.10月以来，各项工作稳步推进。", "争当好表率。10月以来，各项工作稳步推进。"),
    ("地区发展不均.3个县仍未脱贫。", "地区发展不均。3个县仍未脱贫。"),
    ("审批提高了效率.5月份起全面推行。", "审批提高了效率。5月份起全面推行。"),
    ("收入分配不平均.3 个县差距较大。", "收入分配不平均。3个县差距较大。"),
])
def test_a_count_after_a_word_ending_in_a_rate_character_ends_the_sentence(text: str, fixed: str) -> None:
    """Before, any stop after `…率` or `…均` was a decimal point: `工作效率.3 个单位` stayed."""
    assert normalised_once(text) == fixed


def test_the_sentence_end_before_a_count_is_logged(tmp_path: Path) -> None:
    """The stop becomes 。 with a `punct.period` edit, the gap before the unit goes."""
    page = "全省农村工作会议在兰州召开.500 人参加会议。\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == "全省农村工作会议在兰州召开。500人参加会议。\n"
    stop = page.index(".")
    assert [(e["start"], e["rule"]) for e in edits if e["after"] == "。"] == [(stop, "punct.period")]


@pytest.mark.parametrize("text", [
    "胜率.600 名列第三",  # a word opening with a unit character: no count
    "勝率.522 場次",  # a sports table's next column
    "本赛季.522 排名第一",
    "胜率.600名次第三",  # glued, OCR lost the gap
    "湖人胜率.650 居首，勇士胜率.600 次之。",  # 次之: one word, no count
    "球队胜率.600 年内最佳。",
    "场均.5 次抢断，",  # an average counts
    "本赛季场均.5次抢断",
    "全村人均.8 亩耕地，",
    "场均得分.512 位居联盟前列。",
    "打击率.350 个人最佳",
    "打擊率.350 個人最佳",  # read in simplified characters: `个人`, one word
    "勝率.600 名列第三",
])
def test_a_rate_before_no_count_and_an_average_keep_their_point(text: str) -> None:
    """Guard: the rates 1f779d7 and 661535f mended stay as printed."""
    assert normalised_once(text) == text


# --- 2. a clock time, an item number, a mark after the digits ---------------------------------------


@pytest.mark.parametrize(("text", "fixed"), [
    ("开幕式在市体育馆举行.10:30，文艺演出正式开始。", "开幕式在市体育馆举行。10:30，文艺演出正式开始。"),
    ("高一年级获第一名.2（3）班获得第二名。", "高一年级获第一名。2（3）班获得第二名。"),
    ("会议提出三点要求.1（一）加强领导。", "会议提出三点要求。1（一）加强领导。"),
    ("高一年级获第一名.2 （3）班获得第二名。", "高一年级获第一名。2（3）班获得第二名。"),
    ("比赛结果揭晓.3！", "比赛结果揭晓。3！"),
    ("比赛结果揭晓.3 ！", "比赛结果揭晓。3！"),
])
def test_a_stop_before_a_clock_time_an_item_number_or_a_mark_ends_the_sentence(text: str, fixed: str) -> None:
    """Before, `举行.10:30，` stayed: the colon ended the digits as it ends a rate's (`胜率.522：`)."""
    assert normalised_once(text) == fixed


def test_a_stop_before_a_clock_time_with_a_full_width_colon_ends_the_sentence() -> None:
    """Before, `举行.10：30，` kept its stop (the colon is the punctuation step's to decide)."""
    out = normalised_once("开幕式在市体育馆举行.10：30，文艺演出正式开始。")
    assert out.startswith("开幕式在市体育馆举行。10")
    assert "." not in out


@pytest.mark.parametrize("text", [
    "胜率.522（联盟第一）",
    "联盟最高胜率.522：湖人",
    "胜率.522！",
    "打击率.300；上垒率.400。",
    "本赛季他的打击率.300，全队第一。",
    "增长.7%，",
    "胜率.5",
])
def test_a_rate_before_a_mark_keeps_its_point(text: str) -> None:
    """Guard: after a rate word those marks end its digits, as 1f779d7 made them."""
    assert normalised_once(text) == text
