"""A column's title after a reporter label in brackets (`【記者 自由談】`, `【記者 江湖再見】`,
`【記者 今日談】`, a listed column `【記者 時評】`) opening a lead is the paragraph's text, no byline.
Before, any two to four hanzi after the label that did not spell dictionary words, or opened with a
surname, were read as the reporter's name: `【記者 自由談】市府…` gave the byline `【記者 自由談】`.
A reporter's name there stays the byline: a surname and one or two hanzi, a compound surname's name,
a married woman's two surnames and given name, a name jieba tags one (`麥嘉雯`), a listed given name,
and (review of 571e032) names of no surname of the list or of four hanzi that are no dictionary words
(`阿不都拉`, `穆罕默德`, `粘嫦鈺`, `禤國雄`, `易烊千璽`), which were read as columns and glued to the
label. The column's line keeps its printed space in the paragraph (it was glued: `【記者自由談】`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
from tei_parts import first_article_parts

TITLE = "立法會通過撥款"
LEAD = "立法會今日通過撥款，議員表示支持。"

#: Bracketed reporter labels before a column's title: no byline.
COLUMNS = [
    "【記者 自由談】", "【記者 江湖再見】", "【記者 今日談】", "【記者 時評】", "【本報記者 自由談】",
    "〔記者 江湖再見〕", "【记者 自由谈】", "【記者 周末時光】", "〔記者 自由談〕",
]
#: Bracketed reporter lines naming reporters: the byline (must-keep rows).
NAMES = [
    "【記者 陳大文】", "【記者 麥嘉雯】", "【記者 冼家豪 區諾軒】", "【記者 陳方安生】", "【記者 歐陽曉明】",
    "【本報記者 扎西次仁】", "【特約記者 李明】", "【記者 江山】", "【记者 王丽】", "〔記者 王麗〕",
    # read as columns by 571e032 (fail before)
    "【記者 阿不都拉】", "【記者 穆罕默德】", "【記者 阿卜杜勒】", "【記者 依布拉欣】", "【記者 穆斯塔法】",
    "【記者 伊力哈木】", "【記者 易烊千璽】", "【記者 粘嫦鈺】", "【記者 禤國雄】", "【特約記者 阿不都拉】",
    "〔記者 阿不都拉〕", "【本報記者 自由談 報道】",
]


@pytest.mark.parametrize("bracketed", COLUMNS)
def test_a_columns_title_after_a_reporter_label_stays_text(
    runner: CliRunner, tmp_path: Path, bracketed: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{bracketed}{LEAD}\n"))
    assert article["bylines"] == []
    assert article["paragraphs"] == [bracketed + LEAD]


@pytest.mark.parametrize("bracketed", COLUMNS)
def test_normalize_keeps_the_columns_printed_space(runner: CliRunner, tmp_path: Path, bracketed: str) -> None:
    page = f"{TITLE}\n\n{bracketed}{LEAD}\n"
    assert normalize_page(runner, tmp_path, page) == page


@pytest.mark.parametrize("bracketed", NAMES)
def test_a_reporters_name_after_the_label_is_the_byline(
    runner: CliRunner, tmp_path: Path, bracketed: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{bracketed}{LEAD}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [bracketed], "paragraphs": [LEAD]}
