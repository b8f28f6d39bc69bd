"""A reporter line in Hong Kong's lenticular brackets with its label set apart from the name
(`【特約記者 李明】`, `【本報記者 陳大文 報道】`) opening the lead is the byline, its spaces as printed.
Before, the spacing step removed them, so the text was altered: `【特約記者 李明】立法會…` gave the
paragraph `【特約記者李明】立法會…` (no byline), and `【本報記者 陳大文 報道】` the byline
`【本報記者陳大文報道】`. A column or a note in such brackets (`【記者手記】`, `【編者按】`) stays text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_logged, space_edits
from tei_parts import first_article_parts

TITLE = "立法會通過撥款"
LEAD = "立法會今日通過撥款，議員表示支持。"
LEAD_CN = "市府今天公布新措施，市民表示欢迎。"

#: (the bracketed reporter line, the lead after it).
BYLINES = [
    ("【特約記者 李明】", LEAD),
    ("【本報記者 陳大文 報道】", LEAD),
    ("【本報記者 陳大文 台北報道】", LEAD),
    ("【記者 李明 王芳】", LEAD),
    ("〔記者 王麗〕", LEAD),
    ("【记者 王丽】", LEAD_CN),
    # read so before (a guard): glued, Hong Kong's filed byline
    ("【本報記者陳大文報道】", LEAD),
]
#: Brackets opening a lead paragraph that hold no reporter's name: the paragraph's text.
TEXTS = ["【記者手記】", "【編者按】", "【社評】", "【記者觀察】", "【特約評論】"]


@pytest.mark.parametrize(("byline", "lead"), BYLINES)
def test_a_bracketed_reporter_line_is_the_byline_as_printed(
    runner: CliRunner, tmp_path: Path, byline: str, lead: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}{lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}


@pytest.mark.parametrize(("byline", "lead"), BYLINES)
def test_normalize_keeps_a_bracketed_reporter_lines_spaces(tmp_path: Path, byline: str, lead: str) -> None:
    page = f"{TITLE}\n\n{byline}{lead}\n"
    out, records = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(records) == []


@pytest.mark.parametrize("bracketed", TEXTS)
def test_brackets_naming_no_reporter_stay_the_paragraphs_text(
    runner: CliRunner, tmp_path: Path, bracketed: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{bracketed}{LEAD}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [], "paragraphs": [bracketed + LEAD]}
