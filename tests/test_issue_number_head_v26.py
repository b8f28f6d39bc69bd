"""A running head's line of the issue's number keeps the masthead and the date line a running head.

What the user sees with `layoutfix convert`: `人民日报` / `第25687期 今日16版` /
`2024年11月25日 星期一 农历甲辰年十月廿五` on top of a page are three `fw type="header"` and the TEI
header has `<date when="2024-11-25">`. Before, the issue's line broke the running head: the three
lines were the first article's kickers and the page had no date (W15 finding 10); without the lunar
date the date was found but `第25687期 今日16版` was the first article's title.
"""

from __future__ import annotations

import pytest

from cli_pages import convert_stdin

ARTICLE = (
    "\n\n全国秋粮收获过九成\n\n"
    "本报北京11月24日电 (记者 刘毅)农业农村部最新农情调度显示,截至11月24日,全国秋粮已收获92.5%。\n"
)



@pytest.mark.parametrize(
    ("issue", "date"),
    [
        ("第25687期 今日16版", "2024年11月25日 星期一 农历甲辰年十月廿五"),
        ("第25687期 今日16版", "2024年11月25日 星期一"),
        ("第25687期", "2024年11月25日 星期一 农历甲辰年十月廿五"),
        ("总第12345期", "2024年11月25日 星期一"),
        ("第8123期 总第25687期", "2024年11月25日 星期一 农历甲辰年十月廿五"),
        ("第25678号", "2024年11月25日 星期一"),
    ],
)
def test_the_issue_line_stands_in_the_running_head(issue: str, date: str) -> None:
    """The masthead, the issue's line and the date line are header `fw`, the date is the issue's."""
    tei = convert_stdin(f"人民日报\n\n{issue}\n\n{date}{ARTICLE}", "-f", "tei")
    for line in ("人民日报", issue, date):
        assert f'<fw type="header">{line}</fw>' in tei
    assert '<date when="2024-11-25">' in tei
    assert "<head>全国秋粮收获过九成</head>" in tei


def test_the_issue_line_under_the_date_line_is_a_head_too() -> None:
    """Printed under the date line, the issue's line is no kicker of the first article."""
    top = "人民日报\n\n2024年11月25日 星期一 农历甲辰年十月廿五\n\n第25687期 今日16版"
    tei = convert_stdin(top + ARTICLE, "-f", "tei")
    assert '<fw type="header">第25687期 今日16版</fw>' in tei


@pytest.mark.parametrize(
    ("top", "head"),
    [
        ("第3期培训班开班\n\n2024年11月25日 星期一", "<head>第3期培训班开班</head>"),
        (
            "人民日报\n\n2024年11月25日 星期一\n\n第3期培训班开班",
            '<head type="kicker">第3期培训班开班</head>',
        ),
        ("甘肃日报\n\n第3期\n\n2024年11月25日 星期一", "<head>第3期</head>"),
        ("第25687期 今日16版", '<head type="kicker">第25687期 今日16版</head>'),
    ],
)
def test_a_headline_holding_an_issue_word_stays_a_headline(top: str, head: str) -> None:
    """Guard: words after the number (`第3期培训班开班`), a number of one or two digits (a column's
    instalment), or the issue's line with no date or page line beside it are no running head."""
    assert head in convert_stdin(top + ARTICLE, "-f", "tei")
