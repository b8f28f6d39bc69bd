"""Latin text inside Chinese pages (Singapore and Malaysian papers) keeps what was printed.

An archivist's walk-through found printed text changed: a phone number's area code in brackets made
full-width (`(65) 6222-3344` -> `（65）6222-3344`) and a list of set scores given a Chinese comma
(`15:12, 15:9` -> `15:12，15:9`). The Chinese around them is still normalised. (Malay titles ending in
an apostrophe, `Dato' Onn和Dato' Sri`, are still paired as quotation marks: docs/rules.md's known limit.)
"""

from __future__ import annotations

import pytest

from layoutfix.normalize.steps import normalize_text
from layoutfix.tracked import apply_edits, undo_edits


def normalised(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form and to round-trip its edit log."""
    result = normalize_text(text)
    once = result.text
    assert normalize_text(once).text == once, once
    assert apply_edits(text, result.edits) == once
    assert undo_edits(once, result.edits) == text
    return once


# --- 3. a phone number's area code in brackets ---------------------------------------------------------


@pytest.mark.parametrize(("text", "fixed"), [
    ("详情请拨电话或 (65) 6222-3344 询问", "详情请拨电话或 (65) 6222-3344 询问"),
    ("电话:(03) 2161-2345", "电话：(03) 2161-2345"),
    ("请拨 (65) 6222 3344 联系.", "请拨 (65) 6222 3344联系。"),
    # brackets that are no area code are converted as before
    ("电话(65)62223344", "电话（65）62223344"),
    ("他说(1)要加强学习", "他说（1）要加强学习"),
    ("第一批(2) 300人参加", "第一批（2）300人参加"),
    # a year range, a year pair, an amount or a count after a list number is no phone number
    ("措施包括(1) 2023-2024年度预算及(2) 培训。", "措施包括（1）2023-2024年度预算及（2）培训。"),
    ("议程：(1) 2019 2020年回顾", "议程：（1）2019 2020年回顾"),
    ("措施包括(1) 1000000元奖金及(2) 培训。", "措施包括（1）1000000元奖金及（2）培训。"),
    ("统计显示(2) 2345 6789 人次", "统计显示（2）2345 6789 人次"),
    ("详情请电 (03) 62223344 询问。", "详情请电 (03) 62223344询问。"),
    ("詳情請電 (852) 2345 6789 查詢。", "詳情請電 (852) 2345 6789查詢。"),
])
def test_an_area_code_in_brackets_keeps_ascii_and_its_space(text: str, fixed: str) -> None:
    assert normalised(text) == fixed


# --- 4. a comma between set scores ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "fixed"), [
    ("他以15:12, 15:9 获胜.", "他以15:12, 15:9获胜。"),
    ("他以15:12,15:9获胜.", "他以15:12,15:9获胜。"),
    ("三局比分为15:12, 13:15, 15:9,他最终获胜.", "三局比分为15:12, 13:15, 15:9，他最终获胜。"),
    # `比数` is how Singapore and Malaysian papers say 比分
    ("双方比数为15:12, 15:9,他最终获胜.", "双方比数为15:12, 15:9，他最终获胜。"),
    # a comma after a score before Chinese, or between a time and a count, is Chinese
    ("比分是2:0,对方输了.", "比分是2:0，对方输了。"),
    ("会议于10:30,12点结束.", "会议于10:30，12点结束。"),
    ("时间:10:30,地点:会议室", "时间：10:30，地点：会议室"),
    # scores need a score word before them or a third score; times listed in a clause are Chinese
    ("他以21:19, 21:17, 21:15直落三局获胜。", "他以21:19, 21:17, 21:15直落三局获胜。"),
    ("比賽以3:1, 3:2結束。", "比賽以3:1, 3:2結束。"),
    ("比分是15:12, 15:9。", "比分是15:12, 15:9。"),
    ("三局成绩为15:12, 13:15, 15:9。", "三局成绩为15:12, 13:15, 15:9。"),
    ("会议于10:30, 12:00各举行一场。", "会议于10:30，12:00各举行一场。"),
    ("会议定于上午10:30, 12:00和14:00各举行一场。", "会议定于上午10:30，12:00和14:00各举行一场。"),
    ("會議于9:00, 14:30各舉行一場。", "會議于9:00，14:30各舉行一場。"),
])
def test_a_comma_between_set_scores_keeps_ascii_and_its_space(text: str, fixed: str) -> None:
    assert normalised(text) == fixed


def test_a_thousands_comma_at_a_line_end_keeps_ascii() -> None:
    # flat text wraps a number at the column; the join puts it back together as `12,000`
    page = "现场约有群众12,\n000名出席,他们来自各地."
    assert normalised(page) == "现场约有群众12,\n000名出席，他们来自各地。"
