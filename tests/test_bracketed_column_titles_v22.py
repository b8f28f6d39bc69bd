"""A column's title after a reporter label in brackets (`【記者 自由談】`, `【記者 江湖再見】`,
`【記者 今日談】`, a listed column `【記者 時評】`) opening a lead is the paragraph's text, no byline.
Before, any two to four hanzi after the label that did not spell dictionary words, or opened with a
surname, were read as the reporter's name: `【記者 自由談】市府…` gave the byline `【記者 自由談】`.
A reporter's name there stays the byline: a surname and one or two hanzi, a compound surname's name,
a married woman's two surnames and given name, a name jieba tags one (`麥嘉雯`), a listed given name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import first_article_parts

TITLE = "立法會通過撥款"
LEAD = "立法會今日通過撥款，議員表示支持。"

#: Bracketed reporter labels before a column's title: no byline.
COLUMNS = [
    "【記者 自由談】", "【記者 江湖再見】", "【記者 今日談】", "【記者 時評】", "【本報記者 自由談】",
    "〔記者 江湖再見〕", "【记者 自由谈】",
]
#: Bracketed reporter lines naming reporters: the byline (must-keep rows).
NAMES = [
    "【記者 陳大文】", "【記者 麥嘉雯】", "【記者 冼家豪 區諾軒】", "【記者 陳方安生】", "【記者 歐陽曉明】",
    "【本報記者 扎西次仁】", "【特約記者 李明】", "【記者 江山】", "【记者 王丽】", "〔記者 王麗〕",
]


@pytest.mark.parametrize("bracketed", COLUMNS)
def test_a_columns_title_after_a_reporter_label_stays_text(
    runner: CliRunner, tmp_path: Path, bracketed: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{bracketed}{LEAD}\n"))
    assert article["bylines"] == []
    assert [p.replace(" ", "") for p in article["paragraphs"]] == [(bracketed + LEAD).replace(" ", "")]


@pytest.mark.parametrize("bracketed", NAMES)
def test_a_reporters_name_after_the_label_is_the_byline(
    runner: CliRunner, tmp_path: Path, bracketed: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{bracketed}{LEAD}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [bracketed], "paragraphs": [LEAD]}
