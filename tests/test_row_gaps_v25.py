"""Column gaps of listing rows and headline phrase gaps the spacing step removed (s25-ROWS, W14 1/2/6):

- a row standing alone in its block (flat exports set blank lines between rows) lost its field gaps,
  while the same rows in one block of several lines kept them (`1 中国 5 5 0 14` gave `1中国5 5 0 14`,
  `8:00 朝闻天下` gave `8:00朝闻天下`, `上海海港 2:0 山东泰山` gave `上海海港2:0山东泰山`);
- a headline holding a score or a percentage lost its phrase gap (`中国队3:1力克日本队 晋级四强`,
  `上证指数涨1.25% 收复3000点`), while `中国队3比1力克日本队 晋级四强` kept it;
- a contact's phone number and name ran together (`联系电话:13801234567 王先生`).

OCR's stray spaces inside words, dates and amounts go as before. Each page goes through
`layoutfix normalize` (typer's CliRunner); a second run changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: (page, expected): rows alone in a block keep their field gaps.
ROWS_ALONE = [
    ("积分榜\n\n1 中国 5 5 0 14", "积分榜\n\n1 中国 5 5 0 14"),
    ("积分榜\n1 中国 5 5 0 14", "积分榜\n1 中国 5 5 0 14"),
    ("比赛结果\n\n上海海港 2:0 山东泰山", "比赛结果\n\n上海海港 2:0 山东泰山"),
    ("賽果\n\n上海海港 2:0 山東泰山", "賽果\n\n上海海港 2:0 山東泰山"),
    ("天气预报\n\n北京 晴 -3℃~8℃ 北风3-4级", "天气预报\n\n北京 晴 -3℃~8℃ 北风3-4级"),
    ("天气预报\n\n兰州 晴 8～19℃", "天气预报\n\n兰州 晴 8～19℃"),
    ("中央电视台一套\n\n8:00 朝闻天下\n\n19:00 新闻联播",
     "中央电视台一套\n\n8:00 朝闻天下\n\n19:00 新闻联播"),
    ("電視節目\n\n翡翠台 19:30 東張西望 20:00 愛·回家", "電視節目\n\n翡翠台 19:30 東張西望 20:00 愛·回家"),
    ("基金净值\n\n161725 招商中证白酒 0.8912 -1.02%", "基金净值\n\n161725 招商中证白酒 0.8912 -1.02%"),
    ("一等奖 6注 每注奖金 7,523,409元", "一等奖 6注 每注奖金 7,523,409元"),
]

#: (page, expected): headlines with a score or a percentage keep their phrase gap.
HEADLINES = [
    ("中国队3:1力克日本队 晋级四强\n\n本报讯 昨日，比赛结束。",
     "中国队3:1力克日本队 晋级四强\n\n本报讯 昨日，比赛结束。"),
    ("港隊2:1擊敗澳門隊 晉級四強", "港隊2:1擊敗澳門隊 晉級四強"),
    ("上证指数涨1.25% 收复3000点", "上证指数涨1.25% 收复3000点"),
    ("女排世锦赛\n中国队3:1力克日本队 晋级四强", "女排世锦赛\n中国队3:1力克日本队 晋级四强"),
]

#: (page, expected): a contact's phone number and name stay apart.
CONTACTS = [
    ("联系电话:13801234567 王先生", "联系电话：13801234567 王先生"),
    ("出租\n\n联系人:刘女士 139 1001 2345", "出租\n\n联系人：刘女士 139 1001 2345"),
]

#: (page, expected): OCR's stray spaces still go, beside the same kinds of figures.
STRAYS = [
    ("中 国 队昨天获胜。", "中国队昨天获胜。"),
    ("会议于 3 月 5 日召开。", "会议于3月5日召开。"),
    ("3 月 5 日 召开会议", "3月5日召开会议"),
    ("12 个", "12个"),
    ("共有 12 个项目落地。", "共有12个项目落地。"),
    ("投资 5 亿元 建设新区", "投资5亿元 建设新区"),
    ("中国队以 3:1 战胜日本队。", "中国队以3:1战胜日本队。"),
    ("比赛于 19:30 开始，观众入场。", "比赛于19:30开始，观众入场。"),
    ("同比增长 5.2% 左右。", "同比增长5.2%左右。"),
    ("本報訊 港 隊昨晚以 2:1 擊敗澳門隊。", "本報訊 港隊昨晚以2:1擊敗澳門隊。"),
    ("联系电话13801234567 王先生来电。", "联系电话13801234567王先生来电。"),
]


def _normalize(tmp_path: Path, page: str) -> str:
    """The page as `layoutfix normalize` writes it."""
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(source)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("page", "expected"), ROWS_ALONE + HEADLINES + CONTACTS + STRAYS)
def test_field_gaps_stay_and_stray_spaces_go(tmp_path: Path, page: str, expected: str) -> None:
    cleaned = _normalize(tmp_path, page)
    assert cleaned == expected
    assert _normalize(tmp_path, cleaned) == cleaned  # normalising twice gives what once does


@pytest.mark.parametrize(("page", "expected"), ROWS_ALONE)
def test_a_row_alone_reads_as_the_same_row_in_a_block(tmp_path: Path, page: str, expected: str) -> None:
    row = page.split("\n")[-1]
    block = f"{row}\n{row}"
    assert _normalize(tmp_path, block) == block
    assert expected.endswith(row)
