"""Taiwan's and Hong Kong's bylines, as a user meets them: `記者王麗／台北報導 市府今天…` (聯合報),
`〔記者王麗／台北報導〕` (自由時報), `（中央社記者王麗台北12日電）` (CNA wire copy), `中央社台北12日電`,
`【本報訊】` and `【本報記者王麗台北報道】` (Hong Kong). Opening the lead paragraph they were left in it,
and the slash form lost the space before the lead (`…台北報導市府今天…`, text altered); alone under a
title the bracketed forms were taken for the title (the title above became a kicker). Now each is a
byline as `本报记者 王丽 报道` is, in either script, and the space between byline and lead stays. A
sentence that mentions a reporter (`記者王麗昨天在台北報導了這一消息。`) stays a paragraph.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_logged
from tei_parts import first_article_parts

TITLE = "市府宣布新政策"
LEAD_TW = "市府今天宣布新政策，市民反應熱烈。"
LEAD_CN = "市府今天宣布新政策，市民反应热烈。"

#: Bylines opening the lead paragraph on its first line: (byline, what sets it apart, lead).
LEAD_BYLINES = {
    "udn-slash": ("記者王麗／台北報導", " ", LEAD_TW),
    "udn-slash-simplified": ("记者王丽／台北报道", " ", LEAD_CN),
    "udn-slash-ascii-simplified": ("记者王丽/北京报道", " ", LEAD_CN),
    "udn-two-names": ("記者王麗、李華／台北報導", " ", LEAD_TW),
    "udn-compiled": ("記者王麗／綜合報導", " ", LEAD_TW),
    "udn-translator": ("編譯王麗／綜合報導", " ", LEAD_TW),
    "udn-slash-ideographic-space": ("記者王麗／台北報導", "\u3000", LEAD_TW),
    "ltn-tortoise-brackets": ("〔記者王麗／台北報導〕", "", LEAD_TW),
    "ltn-tortoise-brackets-simplified": ("〔记者王丽／台北报道〕", "", LEAD_CN),
    "cna-wire": ("（中央社記者王麗台北12日電）", "", LEAD_TW),
    "cna-wire-simplified": ("（中央社记者王丽台北12日电）", "", LEAD_CN),
    "cna-special-dispatch": ("（中央社記者王麗華盛頓11日專電）", "", LEAD_TW),
    "cna-dateline-bare": ("中央社台北12日電", " ", LEAD_TW),
    "cna-dateline-bare-simplified": ("中央社台北12日电", " ", LEAD_CN),
    "hk-this-paper": ("【本報訊】", "", LEAD_TW),
    "hk-reporter": ("【本報記者王麗台北報道】", "", LEAD_TW),
}


@pytest.mark.parametrize("name", sorted(LEAD_BYLINES))
def test_a_byline_opening_the_lead_is_cut_off_as_the_byline(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    byline, gap, lead = LEAD_BYLINES[name]
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}{gap}{lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}


@pytest.mark.parametrize("name", sorted(LEAD_BYLINES))
def test_the_space_between_byline_and_lead_is_kept(runner: CliRunner, tmp_path: Path, name: str) -> None:
    """`normalize` glues no byline to its lead: no spacing edit (an ideographic space becomes a plain
    one, as the unicode step makes every one)."""
    byline, gap, lead = LEAD_BYLINES[name]
    page = f"{TITLE}\n\n{byline}{gap}{lead}\n"
    text, edits = normalize_logged(tmp_path, page)
    assert text == f"{TITLE}\n\n{byline}{' ' if gap else ''}{lead}\n"
    assert [e for e in edits if e["kind"] == "space"] == []


@pytest.mark.parametrize("name", sorted(LEAD_BYLINES))
def test_a_byline_on_its_own_block_under_the_title(runner: CliRunner, tmp_path: Path, name: str) -> None:
    """Alone under the title it is the byline, and the title stays the title (no kicker)."""
    byline, _gap, lead = LEAD_BYLINES[name]
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}\n\n{lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}


@pytest.mark.parametrize("name", sorted(LEAD_BYLINES))
def test_a_byline_on_its_own_line_above_the_lead(runner: CliRunner, tmp_path: Path, name: str) -> None:
    byline, _gap, lead = LEAD_BYLINES[name]
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}\n{lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}


def test_ocr_spaces_inside_a_slash_byline_go_and_the_gap_before_the_lead_stays(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = f"{TITLE}\n\n記者 王麗 ／台北報導 {LEAD_TW}\n"
    text, _edits = normalize_logged(tmp_path, page)
    assert text == f"{TITLE}\n\n記者王麗／台北報導 {LEAD_TW}\n"
    article = first_article_parts(convert_page(runner, tmp_path, page))
    assert article["bylines"] == ["記者王麗／台北報導"]
    assert article["paragraphs"] == [LEAD_TW]


def test_json_and_txt_carry_the_byline_apart_from_the_lead(runner: CliRunner, tmp_path: Path) -> None:
    page = f"{TITLE}\n\n記者王麗／台北報導 {LEAD_TW}\n"
    doc = json.loads(convert_page(runner, tmp_path, page, "-f", "json"))
    (article,) = doc["articles"]
    assert article["byline"] == ["記者王麗／台北報導"]
    assert [p["text"] for p in article["paragraphs"]] == [LEAD_TW]
    txt = convert_page(runner, tmp_path, page, "-f", "txt")
    assert "記者王麗／台北報導\n\n" + LEAD_TW in txt


#: Paragraphs that mention a reporter, a report or the agency without being a byline.
SENTENCES = [
    "記者王麗昨天在台北報導了這一消息。",
    "记者王丽昨天在台北报道了这一消息。",
    "記者王麗／台北報導指出，市府今天宣布新政策。",
    "記者會／台北報導 市府今天宣布新政策。",
    "中央社會工作部12日電話會議指出，市府今天宣布新政策。",
    "（記者王麗在台北報導）市府今天宣布新政策。",
    "【本報記者手記】市府今天宣布新政策。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_mentioning_a_reporter_stays_a_paragraph(
    runner: CliRunner, tmp_path: Path, sentence: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{sentence}\n"))
    assert article["bylines"] == []
    assert article["heads"] == [f"title:{TITLE}"]
    assert "".join(article["paragraphs"]).replace(" ", "") == sentence.replace(" ", "")


def test_a_mainland_spaced_byline_reads_as_before(runner: CliRunner, tmp_path: Path) -> None:
    page = f"{TITLE}\n\n本报记者 王丽 报道 {LEAD_CN}\n"
    article = first_article_parts(convert_page(runner, tmp_path, page))
    assert article["bylines"] == ["本报记者 王丽 报道"]
    assert article["paragraphs"] == [LEAD_CN]


@pytest.mark.parametrize("byline", ["〔記者王麗／台北報導〕", "（中央社記者王麗台北12日電）", "【本報訊】"])
def test_a_space_beside_the_closing_bracket_goes_as_after_a_mainland_bracketed_byline(
    runner: CliRunner, tmp_path: Path, byline: str
) -> None:
    """`本报讯（记者 王丽） 近日` loses the space beside its bracket; so do the bracketed forms here."""
    text, _edits = normalize_logged(tmp_path, f"{TITLE}\n\n{byline} {LEAD_TW}\n")
    assert text == f"{TITLE}\n\n{byline}{LEAD_TW}\n"
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline} {LEAD_TW}\n"))
    assert (article["bylines"], article["paragraphs"]) == ([byline], [LEAD_TW])
