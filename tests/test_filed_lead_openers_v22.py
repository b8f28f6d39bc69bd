"""A Taiwan or Hong Kong byline closing with a place and 報導 glued to its lead is cut off after 報導
when the lead opens with 有關 or 相關 before a noun (`記者 王麗 台北報導有關當局今日宣布…`), or when the
place is a Hong Kong or Taiwan district jieba does not tag a place (`九龍報導`, `花蓮報導`). Before, the
byline ended at the name and `台北報導` / `花蓮報導` went into the lead paragraph. A sentence about a
report keeps its words in the paragraph (`台北報導有關颱風的消息不實`, `花蓮報導指出，…`), as does
one with a 的 anywhere in the clause after 有關 (`台北報導有關颱風路徑的最新消息，…`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
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
    ("記者 王麗 台北報導", "有關單位表示，將加強巡查的力度。"),
    ("記者 王麗 台北報導", "有關法案昨三讀通過。"),
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
    # a 的 further on in the clause (review of 8a40c50: fail before)
    "記者 王麗 台北報導有關颱風路徑的最新消息，氣象局表示。",
    "記者 王麗 台北報導有關台灣經濟的報告出爐。",
    "記者 王麗 花蓮報導相關部門負責人的說法不實。",
    "本報記者 陳大文 九龍報道有關當局今日公布的措施不實。",
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


#: Hong Kong's and Taiwan's districts of the dateline list that jieba reads as a word or a name
#: (marked `*`), with a stray space after their day's 電 inside a word (電視台, 電影節, 電腦, 電話):
#: a sentence, glued as before the list held them. Before (8a40c50) the gap stayed and the line
#: was cut into a dateline byline and a paragraph `視台報道。`.
DISTRICT_WORD_SENTENCES = [
    "花蓮12日電 視台報道。", "旺角12日電 影節開幕。", "葵涌12日電 腦系統故障。", "九龍12日電 視台報道。",
    "新界12日電 話中表示，將盡快處理。", "嘉義12日電 視台報道。", "苗栗12日電 影節開幕。",
    "南投12日電 視台報道。", "彰化12日電 話中表示。", "基隆12日電 腦系統故障。", "恆春12日電 影節開幕。",
    "斗六12日電 視台報道。", "葵青12日電 腦系統故障。",
]
#: Their datelines before a lead opening with a word of its own stay bylines, the gap kept.
DISTRICT_DATELINES = [
    ("花蓮12日電", "縣府今日宣布新措施。"), ("九龍12日訊", "警方昨日拘捕一名男子。"),
    ("恆春12日電", "台風過境。"), ("旺角12日電", "警方昨日拘捕一名男子。"),
]


@pytest.mark.parametrize("line", DISTRICT_WORD_SENTENCES)
def test_a_district_that_is_a_word_before_a_split_word_stays_text(
    runner: CliRunner, tmp_path: Path, line: str
) -> None:
    page = f"{TITLE}\n\n{line}\n"
    glued = line.replace(" ", "")
    assert normalize_page(runner, tmp_path, page) == f"{TITLE}\n\n{glued}\n"
    article = first_article_parts(convert_page(runner, tmp_path, page))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [], "paragraphs": [glued]}


@pytest.mark.parametrize(("dateline", "lead"), DISTRICT_DATELINES)
def test_a_districts_dateline_is_a_byline(
    runner: CliRunner, tmp_path: Path, dateline: str, lead: str
) -> None:
    page = f"{TITLE}\n\n{dateline} {lead}\n"
    assert normalize_page(runner, tmp_path, page) == page
    article = first_article_parts(convert_page(runner, tmp_path, page))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [dateline], "paragraphs": [lead]}
