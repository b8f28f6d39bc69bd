"""Taiwan's and Hong Kong's bylines, round 2: the forms `roles.filed_byline` did not know yet.

1. Title, byline and lead in one block (`市府宣布新政策` / `記者王麗／台北報導 市府今天…`): the block was one
   paragraph and the space before the lead went (`…台北報導市府今天…`, text altered).
2. 中國時報's byline without a label, `王麗／台北報導 市府今天…`: glued to the lead, no byline.
3. Hong Kong's byline without brackets, `本報記者王麗台北報道 市府今天…`: glued to the lead, no byline.
4. Names set apart by a space, `記者王麗 李華／台北報導 市府…`: both spaces went (王麗李華 reads as one
   name, 報導市府 glued).
5. Coordinate input: a byline line without a label above the lead inside one paragraph region was
   joined into the lead (`王麗／台北報導市府今天…`).

Sentences that mention a reporter or a report stay paragraphs, as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import layoutfix
from cli_pages import convert_page, normalize_logged, space_edits
from tei_parts import first_article_parts

TITLE = "市府宣布新政策"
LEAD = "市府今天宣布新政策，市民反應熱烈。"
LEAD_CN = "市府今天宣布新政策，市民反应热烈。"


# --- 2, 3, 4: the new forms opening the lead paragraph ------------------------------------------

#: (byline, lead): bylines with a space after them, as printed before the lead.
NEW_FORMS = {
    "no-label": ("王麗／台北報導", LEAD),
    "no-label-two-names": ("王麗、李華／台北報導", LEAD),
    "no-label-simplified": ("王丽／台北报道", LEAD_CN),
    "no-label-ascii-slash": ("王麗/台北報導", LEAD),
    "hk-bare": ("本報記者王麗台北報道", LEAD),
    "hk-bare-simplified": ("本报记者王丽北京报道", LEAD_CN),
    "hk-bare-special": ("本報特約記者王麗台北報道", LEAD),
    "mainland-glued-report": ("本报记者王丽报道", LEAD_CN),
    "spaced-names": ("記者王麗 李華／台北報導", LEAD),
    "spaced-three-names": ("記者王麗 李華 張強／台北報導", LEAD),
    "spaced-names-no-label": ("王麗 李華／台北報導", LEAD),
    "spaced-names-simplified": ("记者王丽 李华／北京报道", LEAD_CN),
}


@pytest.mark.parametrize("name", sorted(NEW_FORMS))
def test_the_new_forms_are_cut_off_the_lead(runner: CliRunner, tmp_path: Path, name: str) -> None:
    byline, lead = NEW_FORMS[name]
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline} {lead}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}


@pytest.mark.parametrize("name", sorted(NEW_FORMS))
def test_normalize_keeps_the_new_forms_apart_from_the_lead(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    byline, lead = NEW_FORMS[name]
    page = f"{TITLE}\n\n{byline} {lead}\n"
    text, edits = normalize_logged(tmp_path, page)
    assert text == page
    assert space_edits(edits) == []


@pytest.mark.parametrize("name", sorted(NEW_FORMS))
def test_the_new_forms_alone_or_on_their_own_line(runner: CliRunner, tmp_path: Path, name: str) -> None:
    """As a block under the title, or a line above the lead in its block: the byline, not the title
    (the title would become a kicker) nor the lead's first words."""
    byline, lead = NEW_FORMS[name]
    want = {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [lead]}
    assert first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}\n\n{lead}\n")) == want
    assert first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{byline}\n{lead}\n")) == want


def test_txt_sets_a_byline_without_a_label_apart(runner: CliRunner, tmp_path: Path) -> None:
    txt = convert_page(runner, tmp_path, f"{TITLE}\n\n王麗／台北報導 {LEAD}\n", "-f", "txt")
    assert txt == f"{TITLE}\n\n王麗／台北報導\n\n{LEAD}\n"


#: Names set apart by a space inside brackets, and OCR spaces beside the label and slash (which go).
SPACED_NAMES = [
    ("〔記者王麗 李華／台北報導〕" + LEAD, "〔記者王麗 李華／台北報導〕",
     "〔記者王麗 李華／台北報導〕" + LEAD),
    ("記者 王麗 李華 ／台北報導 " + LEAD, "記者王麗 李華／台北報導", "記者王麗 李華／台北報導 " + LEAD),
]


@pytest.mark.parametrize(("opening", "byline", "normalized"), SPACED_NAMES)
def test_the_space_between_two_names_stays_and_ocr_spaces_go(
    runner: CliRunner, tmp_path: Path, opening: str, byline: str, normalized: str
) -> None:
    text, _edits = normalize_logged(tmp_path, f"{TITLE}\n\n{opening}\n")
    assert text == f"{TITLE}\n\n{normalized}\n"
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{opening}\n"))
    assert (article["bylines"], article["paragraphs"]) == ([byline], [LEAD])


def test_ocr_spaces_in_a_byline_line_above_the_lead_go_as_before_the_lead(
    runner: CliRunner, tmp_path: Path
) -> None:
    """On a line of its own the byline loses the OCR's spaces as it does with the lead on its line."""
    text, _edits = normalize_logged(tmp_path, f"{TITLE}\n\n記者 王麗 李華 ／台北報導\n{LEAD}\n")
    assert text == f"{TITLE}\n\n記者王麗 李華／台北報導\n{LEAD}\n"


def test_a_compound_surname_split_by_the_ocr_is_one_name(runner: CliRunner, tmp_path: Path) -> None:
    """`歐陽 曉明` is one name the OCR cut after its compound surname: the space goes."""
    text, _edits = normalize_logged(tmp_path, f"{TITLE}\n\n記者歐陽 曉明／台北報導 {LEAD}\n")
    assert text == f"{TITLE}\n\n記者歐陽曉明／台北報導 {LEAD}\n"


# --- 1: title, byline and lead in one block -----------------------------------------------------

#: (the block under the title's line, the byline): on one line with the lead, or a line of its own.
UNDER_TITLE = {
    "slash-then-lead": ("記者王麗／台北報導 " + LEAD, "記者王麗／台北報導"),
    "slash-simplified": ("记者王丽／北京报道 " + LEAD_CN, "记者王丽／北京报道"),
    "no-label": ("王麗／台北報導 " + LEAD, "王麗／台北報導"),
    "spaced-names": ("記者王麗 李華／台北報導 " + LEAD, "記者王麗 李華／台北報導"),
    "hk-bare": ("本報記者王麗台北報道 " + LEAD, "本報記者王麗台北報道"),
    "tortoise-brackets": ("〔記者王麗／台北報導〕" + LEAD, "〔記者王麗／台北報導〕"),
    "cna-wire": ("（中央社記者王麗台北12日電）" + LEAD, "（中央社記者王麗台北12日電）"),
    "hk-this-paper": ("【本報訊】" + LEAD, "【本報訊】"),
    "hk-reporter": ("【本報記者王麗台北報道】" + LEAD, "【本報記者王麗台北報道】"),
    "tortoise-brackets-own-line": ("〔記者王麗／台北報導〕\n" + LEAD, "〔記者王麗／台北報導〕"),
    "cna-wire-own-line": ("（中央社記者王麗台北12日電）\n" + LEAD, "（中央社記者王麗台北12日電）"),
    "no-label-own-line": ("王麗／台北報導\n" + LEAD, "王麗／台北報導"),
}


def _lead_of(rest: str) -> str:
    return LEAD_CN if LEAD_CN in rest else LEAD


@pytest.mark.parametrize("name", sorted(UNDER_TITLE))
def test_title_byline_and_lead_in_one_block_are_cut_apart(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    rest, byline = UNDER_TITLE[name]
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n{rest}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": [byline], "paragraphs": [_lead_of(rest)]}


@pytest.mark.parametrize("name", sorted(UNDER_TITLE))
def test_normalize_keeps_the_gap_after_a_byline_under_a_title_line(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    rest, _byline = UNDER_TITLE[name]
    page = f"{TITLE}\n{rest}\n"
    text, edits = normalize_logged(tmp_path, page)
    assert text == page
    assert space_edits(edits) == []


def test_the_txt_of_title_byline_and_lead_in_one_block(runner: CliRunner, tmp_path: Path) -> None:
    txt = convert_page(runner, tmp_path, f"{TITLE}\n記者王麗／台北報導 {LEAD}\n", "-f", "txt")
    assert txt == f"{TITLE}\n\n記者王麗／台北報導\n\n{LEAD}\n"


def test_title_and_byline_lines_as_a_block_of_their_own(runner: CliRunner, tmp_path: Path) -> None:
    """The lead in the next block: the byline line is no part of the title."""
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n記者王麗／台北報導\n\n{LEAD}\n"))
    assert article == {"heads": [f"title:{TITLE}"], "bylines": ["記者王麗／台北報導"], "paragraphs": [LEAD]}


def test_ocr_spaces_in_a_byline_under_a_title_line_go(runner: CliRunner, tmp_path: Path) -> None:
    text, _edits = normalize_logged(tmp_path, f"{TITLE}\n記者 王麗 ／台北報導 {LEAD}\n")
    assert text == f"{TITLE}\n記者王麗／台北報導 {LEAD}\n"


# --- guards: sentences stay paragraphs ----------------------------------------------------------

#: Paragraphs that open like a byline but are sentences (each alone under the title, and as the
#: second line of a block under a title line).
SENTENCES = [
    "王麗／台北報導指出，市府今天宣布新政策。",
    "王麗／台北報導，市府今天宣布新政策。",
    "記者王麗昨天在台北報導了這一消息。",
    "王麗／李華兩人今天宣布新政策。",
    "王麗／李華 兩人今天宣布新政策。",
    "本報記者王麗台北報道，市府今天宣布新政策。",
    "本報記者昨天在台北報道 市府今天宣布新政策。",
    "記者會／台北報導 市府今天宣布新政策。",
    "市民／台北報導 市府今天宣布新政策。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_opening_like_a_byline_stays_a_paragraph(
    runner: CliRunner, tmp_path: Path, sentence: str
) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n\n{sentence}\n"))
    assert article["bylines"] == []
    assert article["heads"] == [f"title:{TITLE}"]
    assert "".join(article["paragraphs"]).replace(" ", "") == sentence.replace(" ", "")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_under_a_title_line_is_no_byline(runner: CliRunner, tmp_path: Path, sentence: str) -> None:
    article = first_article_parts(convert_page(runner, tmp_path, f"{TITLE}\n{sentence}\n"))
    assert article["bylines"] == []


# --- 5: coordinate input ------------------------------------------------------------------------


def _hocr_line(text: str, y: int, x0: int = 100, x1: int = 900, size: int = 30) -> str:
    """One line boxed to the column's width, as engines box a justified line, as one word."""
    box = f"bbox {x0} {y} {x1} {y + size}"
    word = f"<span class='ocrx_word' title='{box}; x_wconf 95'>{text}</span>"
    return f"<span class='ocr_line' title='{box}'>{word}</span>"


def _hocr_region(lines: str, box: str) -> str:
    par = f"<p class='ocr_par' title='bbox {box}'>{lines}</p>"
    return f"<div class='ocr_carea' title='bbox {box}'>{par}</div>"


def _hocr_page(lines: list[str]) -> bytes:
    """A title region, a paragraph region holding `lines`, and a paragraph region under it."""
    title = _hocr_region(_hocr_line(TITLE, 100, 300, 700, size=60), "300 100 700 160")
    body = "".join(_hocr_line(line, 200 + 40 * k) for k, line in enumerate(lines))
    par = _hocr_region(body, f"100 200 900 {200 + 40 * len(lines)}")
    other = _hocr_region(_hocr_line("另一篇文章的內容在這裡，寫到這一行的末尾為止。", 800), "100 800 900 830")
    page = f"<div class='ocr_page' title='bbox 0 0 1000 1000'>{title}{par}{other}</div>"
    return f"<html xmlns='http://www.w3.org/1999/xhtml'><body>{page}</body></html>".encode()


#: The byline line above the lead's lines in one paragraph region.
REGION_BYLINES = ["王麗／台北報導", "記者王麗／台北報導", "〔記者王麗／台北報導〕", "本報記者王麗台北報道",
                  "記者王麗 李華／台北報導"]


@pytest.mark.parametrize("byline", REGION_BYLINES)
def test_a_byline_line_in_a_paragraph_region_stays_apart(byline: str) -> None:
    data = _hocr_page([byline, "市府今天宣布新政策，市民", "反應熱烈。"])
    article = first_article_parts(layoutfix.convert(data, input_format="hocr").output)
    assert article["bylines"] == [byline]
    assert article["paragraphs"][0] == LEAD


def test_a_byline_line_holding_the_leads_first_words_joins_the_lead() -> None:
    """`記者王麗／台北報導 市府今天宣布` over `新政策，…`: the lead's first line, joined to the next."""
    data = _hocr_page(["記者王麗／台北報導 市府今天宣布", "新政策，市民反應熱烈。"])
    article = first_article_parts(layoutfix.convert(data, input_format="hocr").output)
    assert article["bylines"] == ["記者王麗／台北報導"]
    assert article["paragraphs"][0] == LEAD
