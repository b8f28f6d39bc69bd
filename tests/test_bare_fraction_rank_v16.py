"""A rate before a bracketed rank keeps its point (v16, mending 6db5aa1).

6db5aa1 made digits going on as an item number in brackets no fraction (`第一名.2（3）班`,
`要求.1（一）`), and read that before it looked at the word before the stop: a rate's digits before
a bracketed rank read as an item number, and the rate's point became a full stop
(`勇士队胜率.750（1），` -> `勇士队胜率。750（1），`), while `胜率.522（联盟第一）` kept it. Now a rate
or an average is read first; an item number ends a sentence after any other word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt, normalize_logged
from layoutfix.normalize.steps import normalize_text


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text).text
    assert normalize_text(once).text == once, once
    return once


@pytest.mark.parametrize("text", [
    "勇士队胜率.750（1），排名联盟第一。",
    "本赛季命中率.450（3）位列第三。",
    "勝率.750（1），排名聯盟第一。",  # traditional
    "上垒率.400（12）",
    "打擊率.300（2）名列第二。",
    "场均.5（2）",  # an average
    "场均得分.512（1）位居联盟前列。",
])
def test_a_rate_before_a_bracketed_rank_keeps_its_point(text: str) -> None:
    """Before, the bracketed number read as an item number: `胜率.750（1）` -> `胜率。750（1）`."""
    assert normalised_once(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("打击率.300 (2) 名列第二。", "打击率.300（2）名列第二。"),
    ("勇士队胜率.750 （1），排名联盟第一。", "勇士队胜率.750（1），排名联盟第一。"),
])
def test_a_rate_before_a_gap_and_a_bracketed_rank_keeps_its_point(text: str, fixed: str) -> None:
    """The gap goes and the brackets turn full-width as elsewhere; before, the point became 。."""
    assert normalised_once(text) == fixed


def test_no_sentence_end_is_logged_after_a_rate_before_a_rank(tmp_path: Path) -> None:
    """`layoutfix normalize` leaves the line and logs no `punct.period` edit (before: one, to 。)."""
    page = "勇士队胜率.750（1），排名联盟第一。\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert [e for e in edits if e["rule"] == "punct.period"] == []


def test_convert_keeps_a_rate_before_a_rank(tmp_path: Path) -> None:
    """`layoutfix convert -f txt` prints the rate as printed (before: `胜率。750`)."""
    out, _ = convert_txt(tmp_path, "本赛季命中率.450（3）位列第三。\n")
    assert "命中率.450（3）位列第三。" in out


@pytest.mark.parametrize(("text", "fixed"), [
    ("高一年级获第一名.2（3）班获得第二名。", "高一年级获第一名。2（3）班获得第二名。"),
    ("会议提出三点要求.1（一）加强领导。", "会议提出三点要求。1（一）加强领导。"),
    ("开幕式在市体育馆举行.10:30，文艺演出正式开始。", "开幕式在市体育馆举行。10:30，文艺演出正式开始。"),
    ("会议要求提高效率.10:30，各组准时出发。", "会议要求提高效率。10:30，各组准时出发。"),
])
def test_an_item_number_or_a_clock_time_still_ends_the_sentence(text: str, fixed: str) -> None:
    """Guard: 6db5aa1's item numbers after a word that is no rate, and a clock time after any
    word, a rate word too (a rate's digits never go on with a colon and a digit)."""
    assert normalised_once(text) == fixed
