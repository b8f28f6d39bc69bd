"""Prime marks after digits are no quotes (session 21, helper P1).

A reviewer found feet and inches, minutes and seconds read as quotation marks: a player's height
`6'2"` came out `6'2”` (curly) or `6'2」` (corner), a minute `89'` came out `89‘` / `89『`, a screen
size `3"` came out `3“`, and the stray mark threw the pairing of the real quotations after it.
A straight quote directly after a digit, where no quotation of its kind is open, is a prime and
stays as printed; a quotation open there still closes after a digit.

A first attempt left a quotation OPENING right after a digit straight or mis-paired, an everyday
headline pattern (`2024"两会"。` -> `2024"两会”。`): its closing quote, before `，。`, was taken for a
quote closing nothing. `MUST_PAIR` holds the lines the review found broken.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix import NormalizeOptions, normalize_text
from layoutfix.cli import app

#: Curly output -> corner output: the marks the corner style writes for the same quotes.
_AS_CORNER = str.maketrans("“”‘’", "「」『』")

#: Pages with prime marks, and their normalised text in the curly style.
PRIMES = [
    ("球員身高6'2\",司職中鋒。", "球員身高6'2\"，司職中鋒。"),
    ("比賽第89'入球。", "比賽第89'入球。"),
    ("屏幕為55\"。明天上市。", "屏幕為55\"。明天上市。"),
    ("价格为3\"的屏幕", "价格为3\"的屏幕"),
    ("身高由6'2\"長到6'5\"。", "身高由6'2\"長到6'5\"。"),
    # the prime must not throw the pairing of the quotation after it
    ("身高6'2\"的球員被稱爲\"大個子\"。", "身高6'2\"的球員被稱爲“大個子”。"),
    ("他說:\"第89'入球,是'絕殺'。\"", "他說：“第89'入球，是‘絕殺’。”"),
    ("尺寸有55\"和65\",售价\"很亲民\"。", "尺寸有55\"和65\"，售价“很亲民”。"),
    ("刘翔以12\"88打破世界纪录,被称为\"飞人\"。", "刘翔以12\"88打破世界纪录，被称为“飞人”。"),
    ("第23'和第67'他两次破门,被誉为\"英雄\"。", "第23'和第67'他两次破门，被誉为“英雄”。"),
    ("他在第89'打进'绝杀'球。", "他在第89'打进‘绝杀’球。"),
    ("6'2\"高的\"大个子\"说\"我很高\"", "6'2\"高的“大个子”说“我很高”"),
]

#: Quotations that close (or open) after a digit: they must still pair.
LOOK_ALIKES = [
    ("他说\"2024年\"很关键", "他说“2024年”很关键"),
    ("他说\"目标是5\"", "他说“目标是5”"),
    ("他说:\"把'3'号拿来\"", "他说：“把‘3’号拿来”"),
    ("排名第1\"最佳球员\"称号", "排名第1“最佳球员”称号"),
    ("他说\"身高6'2\"的那人很高。", "他说“身高6'2”的那人很高。"),  # open: a prime closes it (limit)
    ("Xi'an的6'2", "Xi'an的6'2"),
]

#: Quotations that open right after a digit (review of the first attempt): they must pair.
MUST_PAIR = [
    ("第1\"2024\"年", "第1“2024”年"),
    ("荣获2023\"年度人物\",他说:\"很荣幸\"。", "荣获2023“年度人物”，他说：“很荣幸”。"),
    ("第1\"A\"，他说:\"好\"", "第1“A”，他说：“好”"),
    ("2024\"两会\"特别报道:\"代表委员说\"", "2024“两会”特别报道：“代表委员说”"),
    ("入选2024\"中国好人榜\",她说:\"这是鼓励。\"", "入选2024“中国好人榜”，她说：“这是鼓励。”"),
    ("排名第1\"张三\"，第2\"李四\"。", "排名第1“张三”，第2“李四”。"),
    ("G20\"杭州峰会\",他说:\"成功\"", "G20“杭州峰会”，他说：“成功”"),
    ("2024\"两会\"。", "2024“两会”。"),
    ("聚焦2024\"两会\",代表委员热议。", "聚焦2024“两会”，代表委员热议。"),
    ("聚焦2024\"两会\"，代表委员热议\"新质生产力\"。", "聚焦2024“两会”，代表委员热议“新质生产力”。"),
    ("全国\"两会\"2024\"两会时间\"。", "全国“两会”2024“两会时间”。"),
    ("第1\"最佳\",他说\"好\"。", "第1“最佳”，他说“好”。"),
    ("获得第1'最佳',他说'好'。", "获得第1‘最佳’，他说‘好’。"),
    ("他说:\"获得第1'最佳',我说'好'。\"", "他说：“获得第1‘最佳’，我说‘好’。”"),
    ("喜迎G20\"杭州峰会\"。", "喜迎G20“杭州峰会”。"),
    ("喜迎G20\"杭州峰会\",市民说\"骄傲\"。", "喜迎G20“杭州峰会”，市民说“骄傲”。"),
    ("荣获2023\"感动中国\"人物称号,他说:\"感谢\"。", "荣获2023“感动中国”人物称号，他说：“感谢”。"),
    ("NO.1\"冠军\",他说\"好\"。", "NO.1“冠军”，他说“好”。"),
    ("迎接2022\"冬奥\",我们准备好了。", "迎接2022“冬奥”，我们准备好了。"),
    ("迎接2022\"冬奥\"，\"冰墩墩\"火了。", "迎接2022“冬奥”，“冰墩墩”火了。"),
]


def _normalized(text: str, quotes: str) -> str:
    return normalize_text(text, NormalizeOptions(quotes=quotes)).text.strip()


@pytest.mark.parametrize("quotes", ["curly", "corner"])
@pytest.mark.parametrize(("page", "curly"), PRIMES + LOOK_ALIKES + MUST_PAIR)
def test_primes_stay_and_quotations_pair(page: str, curly: str, quotes: str) -> None:
    expected = curly.translate(_AS_CORNER) if quotes == "corner" else curly
    assert _normalized(page, quotes) == expected


@pytest.mark.parametrize("quotes", ["auto", "curly", "corner"])
@pytest.mark.parametrize(("page", "_curly"), PRIMES + LOOK_ALIKES + MUST_PAIR)
def test_normalising_twice_equals_once(page: str, _curly: str, quotes: str) -> None:
    once = _normalized(page, quotes)
    assert _normalized(once, quotes) == once


def test_the_edit_log_records_no_quote_for_a_prime() -> None:
    result = normalize_text("身高6'2\"的球員被稱爲\"大個子\"。", NormalizeOptions(quotes="curly"))
    quoted = [e for e in result.edits if "punct.quote" in e.rules]
    assert [(e.before, e.after) for e in quoted] == [('"', "“"), ('"', "”")]


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        ("corner", "球員身高6'2\"，司職中鋒。他說：「第89'入球，是『絕殺』。」"),
        ("curly", "球員身高6'2\"，司職中鋒。他說：“第89'入球，是‘絕殺’。”"),
    ],
)
def test_the_cli_keeps_primes(tmp_path: Path, quotes: str, expected: str) -> None:
    page = tmp_path / "page.txt"
    text = "球員身高6'2\",司職中鋒。他說:\"第89'入球,是'絕殺'。\"\n\n屏幕為55\"。\n"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(page), "--quotes", quotes])
    assert result.exit_code == 0, result.output
    assert expected in result.stdout and "屏幕為55\"。" in result.stdout


@pytest.mark.parametrize("quotes", ["curly", "corner"])
def test_each_paragraph_is_judged_on_its_own(quotes: str) -> None:
    page = "球員身高6'2\",司職中鋒。\n\n喜迎G20\"杭州峰会\"。\n\n屏幕為55\"。"
    expected = "球員身高6'2\"，司職中鋒。\n\n喜迎G20“杭州峰会”。\n\n屏幕為55\"。"
    assert _normalized(page, quotes) == (expected.translate(_AS_CORNER) if quotes == "corner" else expected)
