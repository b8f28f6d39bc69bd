"""Hong Kong's bracketed datelines naming their paper (`【明報專訊】`, `【星島日報報道】`,
`【大公報訊】`) open a lead paragraph as `【本報訊】` does: before, they stayed in the paragraph's
text; now each is the article's byline. The same words outside brackets, or not closing them, stay text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import first_article_parts

TITLE = "立法會昨通過撥款"
LEAD = "立法會昨日通過撥款，議員表示支持。"

DATELINES = [
    "【明報專訊】", "【星島日報報道】", "【大公報訊】", "【文匯報訊】", "〔明報專訊〕", "【明报专讯】",
]
#: Look-alikes: a paper's news in running text, or brackets holding more than a dateline.
TEXTS = [
    "明報專訊指出，立法會昨日通過撥款。", "【明報專訊稱】立法會昨日通過撥款。",
    "大公報訊息顯示，立法會昨日通過撥款。",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_papers_bracketed_dateline_is_the_byline(runner: CliRunner, tmp_path: Path, dateline: str) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{dateline}{LEAD}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [dateline], "paragraphs": [LEAD]}


@pytest.mark.parametrize("text", TEXTS)
def test_a_papers_name_in_running_text_stays_text(runner: CliRunner, tmp_path: Path, text: str) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{text}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [], "paragraphs": [text]}
