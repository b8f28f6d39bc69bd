"""Page heads of 1966-78 mainland pages (walk-through of 1966-78 pages, v23).

- `一九六八年五月一日 星期三 今日六版`: today's page count in hanzi numerals (`今日六版`, "six pages
  today") hid the head; the masthead and date line became kickers of the first article and no date
  was recorded. `今日6版` in digits was read already.
- `一九七O年十月一日 星期四 第四版`: a Latin O (o, or the digit 0) for the zero 〇 of a year in hanzi
  numerals. The head was not read either. The zero is now corrected as a recorded typo edit
  (`rules/latin-for-hanzi.toml`), so the head reads as `一九七〇年…` does.
"""

from __future__ import annotations

import json

import pytest

import layoutfix

LEAD = "首都群众欢庆节日\n\n新华社北京四月三十日电 首都五十万革命群众今天欢庆节日。\n"


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _year_edits(page: str) -> list[tuple[str, str]]:
    """What the year-zero typo rules changed converting the flat page `page` (its edit log)."""
    edits = layoutfix.convert(page.encode(), fmt="json").edits
    return [(e.before, e.after) for e in edits if any(r.startswith("typo.year-zero") for r in e.rules)]


COUNTS = [
    ("一九六八年五月一日 星期三 今日六版", "1968-05-01"),
    ("一九七六年十月九日 星期六 今日十二版", "1976-10-09"),
    ("1968年5月1日 星期三 今日六版", "1968-05-01"),
]


@pytest.mark.parametrize(("head", "date"), COUNTS)
@pytest.mark.parametrize("masthead", ["人 民 日 报\n\n", "人民日报 "])
def test_head_with_todays_page_count_in_hanzi_is_furniture(head: str, date: str, masthead: str) -> None:
    data = _json(masthead + head + "\n\n" + LEAD)
    assert data["date"] == date
    assert data["page"] is None, "today's page count is no page number"
    assert [a["kicker"] for a in data["articles"]] == [[]]
    assert data["articles"][0]["titles"] == ["首都群众欢庆节日"]
    assert any(head.replace(" ", "") in f.replace(" ", "") for f in data["furniture"])


@pytest.mark.parametrize("zero", ["O", "o", "0"])
def test_latin_zero_in_a_hanzi_year_is_corrected_and_the_head_read(zero: str) -> None:
    page = f"甘 肃 日 报\n\n一九七{zero}年十月一日 星期四 第四版\n\n{LEAD}"
    data = _json(page)
    assert (data["date"], data["page"]) == ("1970-10-01", 4)
    assert "一九七〇年十月一日 星期四 第四版" in data["furniture"]
    assert data["articles"][0]["kicker"] == []
    assert _year_edits(page) == [(zero, "〇")]


def test_two_zeros_in_a_year_inside_text_are_corrected() -> None:
    data = _json("工厂投产\n\n本报讯 这座工厂二OO五年建成，二0一0年扩建。\n")
    assert data["articles"][0]["paragraphs"][0]["text"] == "这座工厂二〇〇五年建成，二〇一〇年扩建。"


KEEP = ["他的血型是O型血。", "他说OK，我们出发。", "公司成立于20O5年。", "这是一九七O后的一代人。",
        "他在2005年入伍。", "TOO年"]


@pytest.mark.parametrize("sentence", KEEP)
def test_o_outside_a_hanzi_year_is_kept(sentence: str) -> None:
    page = f"工厂投产\n\n本报讯 {sentence}\n"
    assert _year_edits(page) == []
    assert _json(page)["articles"][0]["paragraphs"][0]["text"] == sentence
