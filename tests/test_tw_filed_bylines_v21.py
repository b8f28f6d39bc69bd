"""Taiwan and Hong Kong bylines that close with where and when the reporter filed: `中央社記者 王麗
台北12日電` (CNA) and `本報記者 陳大文 台北報導` (the lead glued after 報導 or set apart). Before, the
byline ended at the name: the place and day went into the lead paragraph, their spaces removed
(`台北12日電台灣僑委會昨日表示…`, `台北報導立法會…`), so the text was altered. Now the whole line is the
byline, its gaps as printed. A sentence about a report (`…報導了…`) stays text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_logged, space_edits
from tei_parts import first_article_parts

TITLE = "台灣僑胞捐款支援災民"
LEAD = "台灣僑委會昨日表示，已收到捐款新台幣十萬元。"
LEAD_CN = "台湾侨委会昨日表示，已收到捐款新台币十万元。"

#: (byline as printed, what follows it, the lead): the byline must come out whole, gaps kept.
FILED_BYLINES = {
    "cna-own-line": ("中央社記者 王麗 台北12日電", "\n\n", LEAD),
    "cna-own-line-simplified": ("中央社记者 王丽 台北12日电", "\n\n", LEAD_CN),
    "cna-special-dispatch": ("中央社記者 王麗 華盛頓11日專電", "\n\n", LEAD),
    "cna-same-line": ("中央社記者 王麗 台北12日電", " ", LEAD),
    "paper-reporter-own-line": ("本報記者 陳大文 台北12日電", "\n\n", LEAD),
    "reporter-filed-glued-lead": ("記者 陳大文 台北報導", "", LEAD),
    "paper-reporter-filed-glued-lead": ("本報記者 陳大文 台北報導", "", LEAD),
    "paper-reporter-filed-glued-simplified": ("本报记者 陈大文 台北报道", "", LEAD_CN),
    "paper-reporter-filed-spaced-lead": ("本報記者 陳大文 台北報導", " ", LEAD),
    "paper-reporter-filed-own-line": ("本報記者 陳大文 台北報導", "\n\n", LEAD),
}


@pytest.mark.parametrize("name", sorted(FILED_BYLINES))
def test_the_whole_line_is_the_byline(runner: CliRunner, tmp_path: Path, name: str) -> None:
    byline, gap, lead = FILED_BYLINES[name]
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}{gap}{lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}


@pytest.mark.parametrize("name", sorted(FILED_BYLINES))
def test_normalize_keeps_the_bylines_gaps(tmp_path: Path, name: str) -> None:
    byline, gap, lead = FILED_BYLINES[name]
    page = f"{TITLE}\n\n{byline}{gap}{lead}\n"
    out, records = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(records) == []


#: Sentences that mention a report or a dispatch after a reporter's name: one paragraph, as printed
#: but the spaces the OCR put between hanzi.
SENTENCES = {
    "reported-le": "記者 王麗 現場報導了這一消息，市民反應熱烈。",
    "report-said": "本報記者 陳大文 綜合報導稱，議員表示支持。",
}


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_a_sentence_about_a_report_keeps_its_words(runner: CliRunner, tmp_path: Path, name: str) -> None:
    text = SENTENCES[name]
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{text}\n"))
    joined = "".join(article["bylines"] + article["paragraphs"])
    assert joined.replace(" ", "") == text.replace(" ", "")
    assert not any(b.endswith(("報導", "報導了")) for b in article["bylines"])
