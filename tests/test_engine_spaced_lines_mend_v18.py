"""Lines shaped like an engine-spaced headline that are no headline keep their gaps (v18, S2).

`spacing._engine_spaced` removes every gap of a headline line of four pieces or more of one or two
hanzi, one a single hanzi (`推进 城乡 基层 治理 现代 化`). A byline in a block of its own has that
shape too: `layoutfix normalize` turned `文 记者 江山 高洁` into `文记者江山高洁` and `文 图 江山 高洁`
into `文图江山高洁`, two reporters read as one name (jieba tags neither 江山 nor 高洁 a person). A page
head (`甘肃 日报 要闻 第 二 版`) lost the gaps between its fields, and an engine-spaced poem of two lines
or more lost its caesuras (`床前明月光疑是地上霜`; before that rule, `床前 明月光疑是 地上霜` under a title,
and every gap in a block too long for a headline).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import normalized_twice

TITLE = "秋粮丰收喜人"
LEAD = "本报讯 近日，全市召开会议，部署秋冬季农业生产工作。"


# --- 1. a byline or credit line is never engine-spaced: its names stay apart ------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("文 记者 江山 高洁", "江山 高洁"),
    ("文 图 江山 高洁", "江山 高洁"),
    ("文 图 罗兰 于洋", "罗兰 于洋"),
    ("记 者 沈阳 方圆", "沈阳 方圆"),  # the engine split the label too
    ("图 万里 文静 方圆", "万里 文静 方圆"),
    ("沈阳 方圆 万里 摄", "沈阳 方圆 万里"),
    ("编辑 于 洋 文静", "文静"),
    ("文 記者 江山 高潔", "江山 高潔"),  # traditional, read through its simplified view
])
def test_a_byline_line_keeps_the_gaps_between_its_names(tmp_path: Path, line: str, names: str) -> None:
    once, twice = normalized_twice(tmp_path, f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    byline = once.split("\n\n")[1]
    assert names in byline, byline
    assert byline.replace(" ", "") == line.replace(" ", "")  # no hanzi lost or changed
    assert twice == once


# --- 2. a page head keeps the gaps between its fields ----------------------------------------------

def test_a_page_head_line_keeps_the_gaps_between_its_fields(tmp_path: Path) -> None:
    once, twice = normalized_twice(tmp_path, f"甘肃 日报 要闻 第 二 版\n\n{LEAD}\n")
    head = once.split("\n\n")[0]
    assert "日报 要闻" in head, head
    assert twice == once


# --- 3. an engine-spaced poem keeps its caesuras, its other gaps go ---------------------------------

@pytest.mark.parametrize(("poem", "fixed"), [
    ("静夜思\n床前 明月 光 疑是 地上 霜\n举头 望 明月 低头 思 故乡",
     "静夜思\n床前明月光 疑是地上霜\n举头望明月 低头思故乡"),
    ("床前 明月 光 疑是 地上 霜\n举头 望 明月 低头 思 故乡",
     "床前明月光 疑是地上霜\n举头望明月 低头思故乡"),
    ("登鹳雀楼\n白日 依 山 尽 黄河 入海 流\n欲 穷 千里 目 更 上 一层 楼\n——王之涣",  # no headline
     "登鹳雀楼\n白日依山尽 黄河入海流\n欲穷千里目 更上一层楼\n——王之涣"),
])
def test_an_engine_spaced_poem_keeps_its_caesuras(tmp_path: Path, poem: str, fixed: str) -> None:
    once, twice = normalized_twice(tmp_path, f"{poem}\n\n{LEAD}\n")
    assert once == f"{fixed}\n\n{LEAD}\n"
    assert twice == once


# --- 4. an engine-spaced headline still loses its gaps ---------------------------------------------

@pytest.mark.parametrize(("title", "fixed"), [
    ("牢记 嘱托 感恩 奋进 再 出发", "牢记嘱托感恩奋进再出发"),
    ("两会 特别 报道 之 一", "两会特别报道之一"),
    ("我 和 我的 祖国", "我和我的祖国"),
    ("中 美 两国 元首 会晤", "中美两国元首会晤"),
    ("市 政协 召开 专题 协商 会\n推进 城乡 基层 治理 现代 化",  # a kicker over its title
     "市政协召开专题协商会\n推进城乡基层治理现代化"),
])
def test_an_engine_spaced_headline_still_loses_its_gaps(tmp_path: Path, title: str, fixed: str) -> None:
    once, twice = normalized_twice(tmp_path, f"{title}\n\n{LEAD}\n")
    assert once == f"{fixed}\n\n{LEAD}\n"
    assert twice == once
