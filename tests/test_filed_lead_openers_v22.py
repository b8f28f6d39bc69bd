"""A Taiwan or Hong Kong byline closing with a place and 報導 glued to its lead is cut off after 報導
when the lead opens with 有關 or 相關 before a noun (`記者 王麗 台北報導有關當局今日宣布…`), or when the
place is a Hong Kong or Taiwan district jieba does not tag a place (`九龍報導`, `花蓮報導`). Before, the
byline ended at the name and `台北報導` / `花蓮報導` went into the lead paragraph. A sentence about a
report keeps its words in the paragraph (`台北報導有關颱風的消息不實`, `花蓮報導指出，…`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import first_article_parts

TITLE = "台灣僑胞捐款支援災民"

#: (byline, lead glued to it): the byline ends after 報導.
GLUED_LEADS = [
    ("記者 王麗 台北報導", "有關當局今日宣布新措施。"),
    ("記者 王麗 高雄報導", "相關部門今日宣布新措施。"),
    ("記者 王麗 九龍報導", "有關當局今日宣布新措施。"),
    ("記者 王麗 花蓮報導", "有關當局今日宣布新措施。"),
    ("記者 王麗 花蓮報導", "市府今天公布新措施。"),
    ("本報記者 陳大文 九龍報道", "市府今天公布新措施。"),
    ("本报记者 陈大文 花莲报道", "有关当局今日宣布新措施。"),
    # read so before (guards)
    ("記者 陳大文 台北報導", "市府今天公布新措施。"),
    ("記者 王麗 屯門報導", "市府今天公布新措施。"),
]
#: Sentences about a report after a reporter's label and name: the byline is the label and the name.
SENTENCES = [
    "記者 王麗 台北報導有關颱風的消息不實。",
    "記者 王麗 花蓮報導指出，市府今天公布新措施。",
    "記者 王麗 九龍報導表示，市府今天公布新措施。",
    "記者 王麗 台北報導有關係嗎？",
    "記者 王麗 台北報導有關。",
    "記者 王麗 台北報導指出，市府今天公布新措施。",
]


@pytest.mark.parametrize(("byline", "lead"), GLUED_LEADS)
def test_the_byline_ends_after_the_places_report(
    runner: CliRunner, tmp_path: Path, byline: str, lead: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}{lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_about_a_report_keeps_its_words(runner: CliRunner, tmp_path: Path, text: str) -> None:
    label, name, rest = text.split(" ", 2)
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{text}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [f"{label} {name}"], "paragraphs": [rest]}
