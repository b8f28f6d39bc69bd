"""Correct pages of the kinds a paper prints besides news prose go through `convert` unchanged.

League tables, results, listings, quotes, forecasts, timelines and puzzles are set as rows whose
fields a single space sets apart. Each case here is such a page, correct as printed, that the v14
audit of page kinds found changed (spaces removed, rows run together); the audit's pages are in the
final report of that session."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt
from layoutfix.normalize.steps import normalize_text

# --- rows set with single spaces --------------------------------------------------------------

ROWS = [
    # a league table with its header row
    "排名 球队 场次 胜 平 负 进/失球 积分\n1. 上海海港 30 21 5 4 63:31 68\n3. 山东泰山 30 18 7 5 55:28 61",
    # match results
    "上海海港 2:1 北京国安\n山东泰山 3:0 河南队\n浙江队 0:2 上海申花",
    # a TV listing under its channel's name
    "中央电视台综合频道（CCTV-1）\n06:00 朝闻天下\n08:35 电视剧：人世间（15、16）\n19:00 新闻联播",
    # stock quotes
    "上证指数 3088.64 +0.52%\n深证成指 9856.32 -0.18%\n600519 贵州茅台 1720.00 +2.35%",
    # exchange rates
    "1美元 7.1789元\n1欧元 7.5612元\n100日元 4.8107元",
    # a forecast by city
    "兰州 晴 8～19℃ 东风3级\n天水 多云转小雨 10～17℃\n酒泉 晴 2～16℃ 西北风4～5级",
    # a timeline
    "1949年10月1日 中华人民共和国成立\n1978年12月18日 党的十一届三中全会召开",
    # a sudoku grid
    "5 3 0 0 7 0 0 0 0\n6 0 0 1 9 5 0 0 0\n0 9 8 0 0 0 0 6 0",
    # a bestseller list
    "1. 《额尔古纳河右岸》 迟子建 著\n2. 《人世间》 梁晓声 著\n3. 《三体》 刘慈欣 著",
    # a concert programme: a comma inside a work's title is no sentence
    "1. 管弦乐《春节序曲》 李焕之 曲\n2. 女高音独唱《我爱你，中国》 演唱：刘娜",
    # the same on a traditional page
    "騰訊控股 312.40 +1.2%\n滙豐控股 61.55 -0.3%\n港交所 285.00 +2.1%",
]


@pytest.mark.parametrize("rows", ROWS)
def test_rows_keep_their_spaces(rows: str) -> None:
    assert normalize_text(rows).edits == []


@pytest.mark.parametrize("rows", ROWS)
def test_rows_keep_their_lines_in_the_articles(tmp_path: Path, rows: str) -> None:
    out, log = convert_txt(tmp_path, f"今日数据\n\n{rows}\n")
    assert rows in out
    assert log == []


def test_rows_are_not_joined_to_the_sentence_after_them(tmp_path: Path) -> None:
    rows = "上海海港 2:1 北京国安\n山东泰山 3:0 河南队\n成都蓉城 1:1 天津津门虎\n浙江队 0:2 上海申花"
    after = "本轮共打进10球，上海海港提前一轮夺得联赛冠军。"
    out, log = convert_txt(tmp_path, f"中超第30轮战报\n\n{rows}\n\n{after}\n")
    assert f"\n\n{after}" in out
    assert [e["rule"] for e in log if e["kind"] == "join"] == []


STRAY = [
    # a wrapped paragraph: its lines hold sentence punctuation
    ("全省经济持续回升，习近平总 书记指出\n要坚持稳中求进，推动高质量 发展。",
     "全省经济持续回升，习近平总书记指出\n要坚持稳中求进，推动高质量发展。"),
    # lines of hanzi with a stray space each: no field of a row among them (four lines: two or
    # three the labels read as a headline, whose phrase gaps stay, tests/test_gaps_v14.py)
    ("全市召开会议 部署工作\n会议要求各地 抓好落实\n确保各项任务 落到实处\n推动全市经济 高质量发展",
     "全市召开会议部署工作\n会议要求各地抓好落实\n确保各项任务落到实处\n推动全市经济高质量发展"),
    # one gapped line only
    ("全省秋粮收获\n进度 过半\n各地抢抓晴好天气\n确保颗粒归仓",
     "全省秋粮收获\n进度过半\n各地抢抓晴好天气\n确保颗粒归仓"),
]


@pytest.mark.parametrize(("text", "fixed"), STRAY)
def test_a_stray_space_outside_rows_still_goes(text: str, fixed: str) -> None:
    assert normalize_text(text).text == fixed


@pytest.mark.parametrize("head", [
    "第19届亚运会 今晚开幕\n中国代表团 共派出886名运动员",
    "第19届 亚运会 今晚开幕\n中国代表团 共派出 886名运动员",
])
def test_a_headline_of_two_lines_holding_numbers_is_no_rows(tmp_path: Path, head: str) -> None:
    """Phrases holding a number are no data fields: the block stays the article's headline."""
    lead = "本报讯 第19届亚运会今晚在杭州开幕，中国代表团共派出886名运动员参赛。"
    out, _log = convert_txt(tmp_path, f"{head}\n\n{lead}\n")
    assert "＊＊＊" not in out  # one article, its headline over its lead
    assert out.index("开幕") < out.index("本报讯")


def test_a_paragraph_is_not_joined_to_rows_after_it(tmp_path: Path) -> None:
    lead = "今年以来，全市蔬菜供应充足，价格总体平稳，主要品种批发均价如下"
    rows = "西红柿 3.50元\n黄瓜 2.80元\n土豆 1.60元"
    out, log = convert_txt(tmp_path, f"今日菜价\n\n{lead}\n\n{rows}\n")
    assert f"{lead}\n\n{rows}" in out
    assert log == []


# --- a fraction without its zero ---------------------------------------------------------------

FRACTIONS = [
    "統一獅 60勝 55敗 5和 勝率.522\n中信兄弟 58勝 58敗 4和 勝率.500",
    "本赛季他的打击率.300，全队第一。",
    "胜率.5",
]


@pytest.mark.parametrize("text", FRACTIONS)
def test_a_fraction_without_its_zero_keeps_its_point(text: str) -> None:
    assert normalize_text(text).text == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("各地要抓好落实.2023年是开局之年。", "各地要抓好落实。2023年是开局之年。"),
    ("全省经济持续回升.", "全省经济持续回升。"),
])
def test_a_full_stop_before_a_number_still_becomes_chinese(text: str, fixed: str) -> None:
    assert normalize_text(text).text == fixed


# --- a letter to the editor ----------------------------------------------------------------------

LETTER = """读者来信

小区门前路灯何时能亮

编辑同志：

我是城关区某小区的居民。今年8月以来，小区门前的三盏路灯一直不亮，居民夜间出行很不方便。

读者 刘建国
"""


def test_a_letters_salutation_stays_in_the_article(tmp_path: Path) -> None:
    out, _log = convert_txt(tmp_path, LETTER)
    assert "编辑同志：" in out


def test_an_editor_credit_is_still_furniture(tmp_path: Path) -> None:
    out, _log = convert_txt(tmp_path, LETTER.replace("编辑同志：", "编辑：王丽"))
    assert "编辑：王丽" not in out
