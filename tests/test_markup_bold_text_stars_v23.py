"""Asterisks that are text stay, next to markdown bold over lines and padded bold (mend of the
markup step's bold, review of helper M1): significance stars, a censored word, a power, a rating, a
password, a table's cells, a footnote mark far from a star of text are not bold. Bold padded with
blanks is read on a whole line only; bold over lines only between a line-opening `**` followed by a
word and a closer after an ideograph or a clause's punctuation, a few lines below, across one blank
line at most; a pair of markers goes whole or stays whole."""

from __future__ import annotations

import pytest

from layoutfix import normalize_text


def _markup_edits(text: str) -> list[str]:
    return [e.before for e in normalize_text(text).edits if e.rule.startswith("markup")]


@pytest.mark.parametrize(
    "text",
    [
        "收入系数为0.42** 和教育系数0.31**，均显著。",  # significance stars
        "系数0.42*** 与0.31***均显著。",
        "他骂了一句“你这个 ** ，我 ** 你”就走了。",  # a censored word
        "他妈的 ** 东西 ** 滚！",
        "面积公式为 长 ** 2 + 宽 ** 2 的和。",  # a power
        "计算 x ** 2 + 面积 ** 2",
        "初始密码为 ab** 请勿告诉他人，新密码为 xy**",  # a password
        "服务 *** 环境 *** 口味 ***",  # a rating
        "服务：*** 环境很好 *** 口味一般",
        "Please read ** 注意 ** carefully.",
        "See ** 注意事项 and Terms ** below.",
        "请看 ** Note: 中文 ** 下文",
        "正文** 重要讲话 **正文",  # padded inside a line: nothing tells it from the stars above
    ],
)
def test_asterisks_inside_a_line_stay(text: str) -> None:
    out = normalize_text(text).text
    assert out.count("*") == text.count("*")
    assert _markup_edits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "变量    系数      显著性\n收入    0.42**    显著 **\n教育    0.31*     一般",  # a spaced table
        "收入\t0.42**\t显著 **\n教育\t0.31*\t一般",  # a tab-separated table
        "** 第一项\n** 第二项 **",  # a list of `** ` bullets
        "** 不含港澳台地区数据。\n\n表2 各地区增长情况\n全国平均增长12%**",  # a footnote mark
        "** 表示在1%水平上显著。\n\n表3 回归结果\n收入 0.42**\n教育 0.31*",
        "** p<0.01\n\n表3\n收入系数 0.42**",
        "***《流浪地球》\n导演：郭帆\n推荐指数：***",  # a rating
        "*** 五星酒店推荐\n北京饭店 位于长安街\n推荐指数 ***",
        "```python\ndef f(\n    **kwargs\n):\n    return x **\n```",  # code
        "def f(a,\n      **kwargs):\n    y = a **\n",
        "**2 是平方\n结果为 5 **",  # powers
        "**2 表示平方，例如\n3**",
        "** 你这个混蛋\n他妈的**",  # a censored word
        "**密码ab12\n用户名xy**",  # a password
        "**本报讯\n" + "今天天气很好，群众积极参加劳动。\n" * 200 + "全文完。**",  # 200 lines apart
        "**一、总体要求\n\n坚持稳中求进。\n\n二、主要任务\n\n加快发展。**",  # three blocks apart
        "**一、总体要求\n\n\n坚持稳中求进。**",  # two blank lines between
        "**一、总体要求\n```\n坚持稳中求进。**",  # a code fence between
        "**一、总体要求\n项目 | 投资\n坚持稳中求进。**",  # a table's row between
    ],
)
def test_text_asterisks_over_lines_stay(text: str) -> None:
    out = normalize_text(text).text
    assert out.count("*") == text.count("*")
    assert [e for e in _markup_edits(text) if "*" in e] == []


@pytest.mark.parametrize(
    "text",
    [
        "**甲乙\n见www.a.cn/新闻**\n丙",  # the closer in a URL, which no edit may change
        "**甲乙\n见 http://a.cn/新闻**\n丙",
        "| 项目 | 系数 | 备注 |\n|---|---|---|\n| 收入 | 0.42** | 显著** |",  # a table's cells
    ],
)
def test_a_pair_of_markers_goes_or_stays_whole(text: str) -> None:
    removed = text.count("*") - normalize_text(text).text.count("*")
    assert removed % 4 == 0  # both `**` of a pair, or neither


def test_padded_bold_inside_a_line_does_not_take_a_later_bold() -> None:
    out = normalize_text("甲 ** 乙 **丙**").text
    assert out.startswith("甲 ** 乙")  # the padded `**` is text; `**丙**` could be bold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**一、总体要求\n正文。\n其他文字**", "一、总体要求\n正文。\n其他文字"),  # one paragraph
        ("***强调内容\n继续强调***", "强调内容\n继续强调"),
        ("**甲乙\n**丙丁\n戊己**", "**甲乙\n丙丁\n戊己"),  # the nearest opener, as markdown pairs them
        ("** 甲乙 **\n** 丙丁 **", "甲乙\n丙丁"),  # two padded bold lines
    ],
)
def test_bold_still_goes(text: str, expected: str) -> None:
    assert normalize_text(text).text == expected


@pytest.mark.parametrize("depth", [2, 3, 1000])
def test_nested_bold_over_lines_is_left_as_written(depth: int) -> None:
    # each level removed pass after pass read the page again (1,000 levels: 21 s; timed by
    # `bench/bench_limits.py pathological`); no one can tell such stars from text
    text = "**开头文字\n" * depth + "结尾文字。**\n" * depth
    out = normalize_text(text).text
    assert out.count("*") == text.count("*")
