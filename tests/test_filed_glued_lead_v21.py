"""A Taiwan or Hong Kong byline's place and 報導 glued to the lead (`記者 陳大文 台北報導立法會…`) end
the byline only where the place names one and the lead opens with a word of its own after 報導.
Before, any two to five hanzi before 報導 were taken for the place, so a sentence about a report lost
its first words into the byline (`記者 王麗 台北報導表示，…` -> byline `記者 王麗 台北報導`, paragraph
`表示，…`; `記者 王麗 據外媒報導美國…`, `記者 王麗 昨日報導市府…`), and a lead opening with 中, 後, 的 or
說 (`台北報導中央政府今天…`) was never cut off. Now a sentence keeps its words in the paragraph, the
byline ending at the names as it did, and such leads are cut off after 報導.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_logged, space_edits
from tei_parts import first_article_parts

TITLE = "台灣僑胞捐款支援災民"

#: Sentences about a report after a reporter's label and name: the byline is the label and the name,
#: the paragraph all the rest (its words as printed).
SENTENCES = [
    "記者 王麗 台北報導表示，市府今天公布新措施。",
    "記者 王麗 台北報導顯示市府今天公布新措施。",
    "記者 王麗 台北報導引述消息人士說法，市府今天公布新措施。",
    "本報記者 陳大文 綜合報導則認為，議員表示支持。",
    "記者 王麗 現場報導也提到市民反應熱烈。",
    "记者 李明 跟踪报道这一事件已有三年。",
    "本报记者 张华 连续报道此案后，警方介入调查。",
    "記者 王麗 昨日報導市府新措施後，引起熱議。",
    "記者 王麗 電視台報導市府新措施",
    "記者 王麗 外媒報導美國將加息，股市下跌。",
    "記者 王麗 據外媒報導美國將加息，股市下跌。",
    "記者 王麗 曾經報導過此事。",
    "記者 王麗 台北報導是假新聞，市府澄清。",
    "記者 王麗 台北報導在網上流傳，市府澄清。",
    "記者 王麗 獨家報導並非事實。",
    "記者 王麗 台北報導和評論引起熱議。",
    "記者 王麗 在記者會上報導市府新措施。",
    "本報記者 陳大文 綜合外電報導美國聯儲局今天宣布加息。",
    "記者 王麗 高雄報導過這宗新聞。",
    # read so before the glued form was read too (guards)
    "記者 王麗 台北報導指出，市府今天公布新措施。",
    "記者 陳大文 台北報導了解到，市府今天公布新措施。",
    "記者 王麗 台北報導時，遭到示威者推撞。",
    "記者 王麗 台北報導中指出，市府今天公布新措施。",
    "記者 王麗 台北報導的內容屬實。",
    "記者 王麗 台北報導說市府今天公布新措施。",
    "記者 陳大文 台北報導「我們會支持」，僑委會表示。",
]

#: Bylines closing with a place and 報導 glued to a lead that opens with a word of its own.
GLUED_LEADS = [
    ("記者 陳大文 台北報導", "中央政府今天公布新措施。"),
    ("記者 陳大文 台北報導", "說明會今天舉行。"),
    ("記者 陳大文 台北報導", "後天將有颱風。"),
    ("記者 陳大文 台北報導", "的士司機今天罷駛。"),
    # read so before (guards)
    ("記者 陳大文 台北報導", "市府今天公布新措施。"),
    ("記者 王麗 李華 台北報導", "立法會今天三讀通過。"),
    ("本报记者 王丽 北京报道", "近日，全国两会召开。"),
    ("記者 王麗 高雄報導", "高雄市府今天公布新措施。"),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_about_a_report_keeps_its_words_in_the_paragraph(
    runner: CliRunner, tmp_path: Path, text: str
) -> None:
    label, name, rest = text.split(" ", 2)
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{text}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [f"{label} {name}"], "paragraphs": [rest]}


@pytest.mark.parametrize("text", SENTENCES)
def test_normalize_leaves_a_sentence_about_a_report_as_printed(tmp_path: Path, text: str) -> None:
    page = f"{TITLE}\n\n{text}\n"
    out, records = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(records) == []


@pytest.mark.parametrize(("byline", "lead"), GLUED_LEADS)
def test_a_lead_glued_to_a_places_report_is_cut_off_after_it(
    runner: CliRunner, tmp_path: Path, byline: str, lead: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}{lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}
