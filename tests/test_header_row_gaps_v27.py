"""A results table's header row over rows printed one a block keeps its gaps (HEADS16, W16 finding 6).

A flat export printed `名次 国家/地区 金 银 铜 总数` in a block of its own over rows each in their own
block: its single-hanzi labels read as a spaced headline's and the gaps went
(`名次 国家/地区金银铜总数`), while the rows kept theirs and, with all rows in one block, the header
kept its gaps too. Now a header row of column labels (`金 银 铜`, `胜 平 负`, `场次 胜 负 积分`) over a
listing row keeps them. A spaced headline (`春 风 吹 过`), a split headline word (`全市 召开 会 议`)
and prose lose theirs as before. Each page goes through `layoutfix convert` (typer's CliRunner).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page


def _convert(tmp_path: Path, text: str, fmt: str = "tei") -> str:
    return convert_page(CliRunner(), tmp_path, text, "-f", fmt, "-o", "-")


@pytest.mark.parametrize(
    ("label", "header", "rows"),
    [
        ("奖牌榜", "名次 国家/地区 金 银 铜 总数", ["1 中国 40 27 24 91", "2 美国 40 44 42 126"]),
        ("", "名次 国家/地区 金 银 铜 总数", ["1 中国 40 27 24 91", "2 美国 40 44 42 126"]),
        ("积分榜", "名次 球队 胜 平 负 积分", ["1 海港 20 6 4 66", "2 泰山 18 7 5 61"]),
        ("积分榜", "场次 胜 负 积分", ["1 中国 5 5 0 14", "2 巴西 5 4 1 12"]),
        ("獎牌榜", "名次 國家/地區 金 銀 銅 總數", ["1 中國 40 27 24 91", "2 美國 40 44 42 126"]),
        ("積分榜", "名次 球隊 勝 平 負 進 失 積分", ["1 海港 20 6 4 60 20 66", "2 泰山 18 7 5 50 25 61"]),
        ("积分榜", "排名 球队 场 胜 平 负 积分", ["1 海港 30 20 6 4 66", "2 泰山 30 18 7 5 61"]),
    ],
)
@pytest.mark.parametrize("fmt", ["tei", "txt"])
def test_header_row_over_rows_in_blocks_of_their_own_keeps_its_gaps(
    tmp_path: Path, label: str, header: str, rows: list[str], fmt: str
) -> None:
    out = _convert(tmp_path, "\n\n".join([p for p in [label, header, *rows] if p]) + "\n", fmt)
    assert header in out
    assert all(row in out for row in rows)


def test_header_row_reads_as_with_the_rows_in_one_block(tmp_path: Path) -> None:
    rows = ["1 中国 40 27 24 91", "2 美国 40 44 42 126"]
    header = "名次 国家/地区 金 银 铜 总数"
    apart = _convert(tmp_path, "\n\n".join(["奖牌榜", header, *rows]) + "\n", "txt")
    together = _convert(tmp_path, "奖牌榜\n\n" + "\n".join([header, *rows]) + "\n", "txt")
    assert header in apart and header in together


@pytest.mark.parametrize(
    ("text", "collapsed"),
    [
        ("春 风 吹 过\n\n1 中国 40 27 24 91\n\n2 美国 40 44 42 126\n", "春风吹过"),
        ("全市 召开 会 议\n\n1 中国 40 27 24 91\n\n2 美国 40 44 42 126\n", "全市召开会议"),
        ("春 风 吹 过\n\n初冬的皋兰县什川镇，阳光洒在新村整齐的楼房上。\n", "春风吹过"),
        ("初冬的皋兰县 什川镇，阳光洒在新村整齐的楼房上。\n\n1 中国 40 27 24 91\n", "初冬的皋兰县什川镇"),
        # headlines over result rows: a result word between teams, two medals, a split word
        ("国足 胜 泰国\n\n1 中国 2 0\n\n2 泰国 0 2\n", "国足胜泰国"),
        ("国足 负 日本 出局\n\n1 日本 2 0\n\n2 中国 0 2\n", "国足负日本出局"),
        ("湖人 输 勇士 出局\n\n1 勇士 4 1\n\n2 湖人 1 4\n", "湖人输勇士出局"),
        ("主场 胜 客场 负\n\n1 海港 20 6 4 66\n\n2 泰山 18 7 5 61\n", "主场胜客场负"),
        ("中国队 金 银 双收\n\n1 中国 40 27 24 91\n\n2 美国 40 44 42 126\n", "中国队金银双收"),
        ("中美 和 平 共处\n\n1 中国 40 27 24 91\n\n2 美国 40 44 42 126\n", "中美和平共处"),
    ],
)
def test_spaced_headlines_and_prose_lose_their_gaps_as_before(
    tmp_path: Path, text: str, collapsed: str
) -> None:
    assert collapsed in _convert(tmp_path, text)
