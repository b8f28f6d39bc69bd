"""Review of the v18 mends of engine-spaced lines (spacing._names_fields, _engine_caesuras).

1. A headline whose words hold a byline label's hanzi (工作者, 记者站, 摄影, 编辑, 评论员) or a page
   word (第一页, 第三版) lost its engine's gaps before the byline guard and kept some after it
   (`向 新闻 工作 者 致敬` -> `向新闻 工作者致敬`); it loses them all again. A byline of two names and a
   page head keep theirs.
2. An engine-spaced block of a name list or of two 6-hanzi-half lines is no poem: no gap is kept as
   its caesura.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import first_article, normalize_logged, normalized_twice

LEAD = "本报讯（记者 王丽）11月8日，全市召开会议，部署秋冬季农业生产工作。"


# --- 1. headlines holding a label's hanzi inside a word, or a page word, lose every engine gap ------

@pytest.mark.parametrize("title", [
    "向 新闻 工作 者 致敬",
    "争做 新 时代 教育 工作 者",
    "全省 记者 站 站长 会议 召开",
    "甘肃 摄影 艺术 展 开幕",
    "编辑 出版 工作 再 上 台阶",
    "评 论员 文章 引发 热议",
    "图 说 甘肃 经济 新 变化",
    "翻开 新 时代 第一 页",
    "诊疗 方案 第 三 版 发布",
])
def test_a_headline_with_a_label_inside_a_word_loses_its_engine_gaps(tmp_path: Path, title: str) -> None:
    page = f"{title}\n\n{LEAD}\n"
    out, twice = normalized_twice(tmp_path, page)
    assert out.split("\n")[0] == title.replace(" ", "")
    assert twice == out


@pytest.mark.parametrize("title", [
    "向 新闻 工作 者 致敬", "评 论员 文章 引发 热议", "诊疗 方案 第 三 版 发布",
])
def test_convert_prints_such_a_title_whole(tmp_path: Path, title: str) -> None:
    assert first_article(tmp_path, f"{title}\n\n{LEAD}\n")["titles"] == [title.replace(" ", "")]


@pytest.mark.parametrize(("line", "kept"), [
    ("文 记者 江山 高洁", "江山 高洁"),  # two names after the label
    ("图 万里 文静 方圆", "万里 文静 方圆"),
    ("沈阳 方圆 万里 摄", "沈阳 方圆 万里"),
    ("甘肃 日报 要闻 第 二 版", "日报 要闻"),  # a page head
])
def test_a_byline_of_two_names_or_a_page_head_keeps_its_gaps(tmp_path: Path, line: str, kept: str) -> None:
    out, _edits = normalize_logged(tmp_path, f"{line}\n\n{LEAD}\n")
    assert kept in out.split("\n")[0]


def test_a_spaced_label_before_one_name_is_glued_into_the_byline(tmp_path: Path) -> None:
    """`本报 记者 刘 雪梅`: one name, no second one to keep apart; glued, the labels read the byline
    `本报记者刘雪梅` (with its gaps kept in part, the line was read as the title)."""
    article = first_article(tmp_path, f"本报 记者 刘 雪梅\n\n{LEAD}\n")
    assert "本报记者刘雪梅" in article["byline"]
    assert article["titles"] == []


# --- 2. an engine-spaced block that is no poem keeps no caesura -------------------------------------

@pytest.mark.parametrize("block", [
    "王 丽 李 华 张 强 赵 敏\n刘 洋 陈 晨 杨 帆 周 杰",  # padded names
    "全面 深化 改革 开放 再 谱 新 篇\n打造 一流 营商 环境 促 发展 快",  # halves of 6 hanzi
])
def test_an_engine_spaced_block_that_is_no_poem_keeps_no_middle_gap(tmp_path: Path, block: str) -> None:
    out, _edits = normalize_logged(tmp_path, f"{block}\n\n{LEAD}\n")
    for line, fixed in zip(block.split("\n"), out.split("\n")[:2], strict=True):
        # every gap kept (names apart) or every gap gone, never the middle one alone
        assert fixed in (line, line.replace(" ", "")), fixed
