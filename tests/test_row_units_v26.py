"""Lone listing rows whose name opens with a unit's hanzi, and a phone number glued to its label
(s26-ROWS3, leftovers of s25-ROWS):

- a standings row alone in its block whose name opens with 日 天 元 台 年 月… lost its gaps beside the
  name, read as a bare number and its unit (`2 日本 5 4 1 12` gave `2日本5 4 1 12`, `1 元朗 8 6 2 20`
  gave `1元朗8 6 2 20`), while `1 中国 5 5 0 14` kept them;
- a contact line whose phone label has no colon (`电话13801234567 王先生`) lost the gap before the
  name when the line shared its block with other lines, while `电话：13801234567 王先生` kept it.

A stray space inside a date, a time or an amount still goes (`2 日 晴`, `3 日 15时`, `3 天`), as do the
gaps of running text. Each page goes through `layoutfix normalize` (typer's CliRunner).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: Standings rows whose name opens with a unit's or measure word's hanzi.
UNIT_NAMED_ROWS = [
    "2 日本 5 4 1 12",
    "7 天津津门虎 30 12",
    "7 天津 4 0 4 0",
    "1 元朗 8 6 2 20",
    "3 台北 6 3 3 9",
    "3. 台北 6 3 3 9 55:28",
    "4 月亮湾 5 2 1",
    "5 台湾 12 7 5 .583",  # a win percentage without its leading zero
    "2 台鋼雄鷹 55 45 .550",
]

#: (page, expected): a stray space in a date, a time or an amount goes as before.
QUANTITIES = [
    ("2 日 晴", "2日晴"),
    ("3 日 15时", "3日15时"),
    ("2024年 5 月", "2024年5月"),
    ("3 天", "3天"),
    ("5 元", "5元"),
    ("我 们 在 2 日 上 午", "我们在2日上午"),
    ("会议于 2 日 5 时召开。", "会议于2日5时召开。"),
    ("2 日 5 4", "2日5 4"),  # a single hanzi after the number: a date, no team
]


def _normalize(tmp_path: Path, page: str) -> str:
    """The page as `layoutfix normalize` writes it."""
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(source)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("row", UNIT_NAMED_ROWS)
def test_a_lone_row_named_with_a_unit_hanzi_keeps_its_gaps(tmp_path: Path, row: str) -> None:
    for page in (row, f"积分榜\n\n{row}", f"积分榜\n{row}", f"积分榜\n\n{row}\n\n8 大连 4 0 3 1"):
        assert _normalize(tmp_path, page) == page


@pytest.mark.parametrize("row", UNIT_NAMED_ROWS)
def test_the_row_alone_reads_as_in_a_block_of_rows(tmp_path: Path, row: str) -> None:
    """A block of rows kept these gaps already; the row alone now comes out the same."""
    block = f"1 中国 5 5 0 14\n{row}"
    assert _normalize(tmp_path, block).split("\n")[1] == _normalize(tmp_path, row)


@pytest.mark.parametrize(("page", "expected"), QUANTITIES)
def test_a_quantity_split_by_a_stray_space_still_joins(tmp_path: Path, page: str, expected: str) -> None:
    assert _normalize(tmp_path, page) == expected


#: Blocks a contact line sits in: (before it, after it).
CONTACT_PLACES = [
    ("招聘司机\n", ""),
    ("招聘司机\n", "\n地址：兰州市城关区"),
    ("本公司招聘司机两名。\n", ""),
    ("", ""),
]


@pytest.mark.parametrize(("before", "after"), CONTACT_PLACES)
@pytest.mark.parametrize("label", ["电话", "联系电话", "咨询热线", "手机"])
def test_a_phone_label_without_colon_keeps_the_name_apart(
    tmp_path: Path, before: str, after: str, label: str
) -> None:
    page = f"{before}{label}13801234567 王先生{after}"
    assert _normalize(tmp_path, page) == page
    with_colon = f"{before}{label}：13801234567 王先生{after}"
    assert _normalize(tmp_path, with_colon) == with_colon  # as the colon's line already kept it


@pytest.mark.parametrize("label", ["电话", "联系电话", "咨询热线", "手机"])
def test_the_name_stays_apart_before_the_next_field(tmp_path: Path, label: str) -> None:
    """The gap between the number and the name stays on a line of fields too. (The gap after the name
    before `地址：` stays after `电话`; after `咨询热线`/`手机` without a colon it still goes, as on main.)"""
    cleaned = _normalize(tmp_path, f"{label}13801234567 王先生 地址：兰州市")
    assert cleaned.startswith(f"{label}13801234567 王先生")


def test_a_traditional_phone_label_without_colon(tmp_path: Path) -> None:
    page = "本公司誠聘司機兩名。\n查詢電話23456789 陳小姐"
    assert _normalize(tmp_path, page) == page


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("有意者请拨打13801234567 王先生会为您解答。", "有意者请拨打13801234567王先生会为您解答。"),
        ("电话13801234567 王先生。", "电话13801234567王先生。"),  # a sentence's line, as with `：`
        ("招聘司机\n电话13801234567 王", "招聘司机\n电话13801234567王"),  # no form of address
    ],
)
def test_a_phone_and_name_in_a_sentence_still_join(tmp_path: Path, page: str, expected: str) -> None:
    assert _normalize(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("page", "joined"),
    [("5 亿元 3 2", "5亿元"), ("3 分钟 5 6", "3分钟"), ("5 人次 3 4", "5人次"),
     ("1 号线 6:00 22:30", "1号线")],
)
def test_a_unit_word_after_a_number_is_no_rows_name(tmp_path: Path, page: str, joined: str) -> None:
    """A rank-shaped line whose name is a unit word, or a numbered thing, is one quantity: its stray
    space goes as before."""
    assert _normalize(tmp_path, page).startswith(joined)


#: (page, as main gave it): a count and its unit opening a quantity, not a name, glue as before.
QUANTITY_ROWS = [
    ("3 月上旬 23.5 18.2", "3月上旬 23.5 18.2"),
    ("10 月下旬 5.6 -1.2", "10 月下旬5.6 -1.2"),
    ("3 日夜间 12 18", "3日夜间 12 18"),
    ("天气预报\n\n5 日晴 12 18", "天气预报\n\n5日晴 12 18"),
    ("2 日白天 15 22", "2日白天 15 22"),
    ("12 日上午 9:30 11:30", "12日上午9:30 11:30"),
    ("客房价格\n\n3 人间 280 320", "客房价格\n\n3人间 280 320"),
    ("4 人桌 388 588", "4人桌 388 588"),
    ("2 人套餐 168 198", "2人套餐 168 198"),
    ("5 斤装 45 60", "5斤装 45 60"),
    ("个税税率\n\n3 万以上 10% 2520", "个税税率\n\n3万以上 10% 2520"),
    ("票价\n\n6 岁以下 0 0", "票价\n\n6岁以下0 0"),
    ("存款利率\n\n3 年期 1.95 2.60", "存款利率\n\n3年期1.95 2.60"),
    ("3 分球 8/20 40%", "3分球8/20 40%"),
    ("8 点档 20:00 21:00", "8点档20:00 21:00"),
    ("2 年前 3 4", "2年前3 4"),
    ("2 台车 5 6", "2台车5 6"),  # two hanzi and two figures: too little to tell a row
    ("1 名将 5 6", "1名将5 6"),
]


@pytest.mark.parametrize(("page", "expected"), QUANTITY_ROWS)
def test_a_count_opening_a_quantity_is_no_rows_name(tmp_path: Path, page: str, expected: str) -> None:
    assert _normalize(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("记者拨打手机13801234567 张先生\n接听了电话，他说此事正在处理。",
         "记者拨打手机13801234567张先生\n接听了电话，他说此事正在处理。"),  # a verb, no label word
        ("反映问题，工作人员\n电话13801234567 王先生\n表示将尽快处理。",
         "反映问题，工作人员\n电话13801234567王先生\n表示将尽快处理。"),  # the sentence goes on
    ],
)
def test_a_glued_phone_in_a_sentence_still_joins(tmp_path: Path, page: str, expected: str) -> None:
    assert _normalize(tmp_path, page) == expected


@pytest.mark.parametrize("label", ["服务热线", "联系方式", "查詢電話", "传真"])
def test_a_label_word_before_the_glued_phone_keeps_the_name_apart(tmp_path: Path, label: str) -> None:
    page = f"家政服务\n{label}13801234567 李女士\n地址：兰州市城关区"
    assert _normalize(tmp_path, page) == page
