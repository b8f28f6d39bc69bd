"""Bylines on a block of their own: the credit-word forms (`图/文 王丽`) and the reporter labels.

`图/文 王丽` (photos and text by one reporter), `文/图 王丽`, `文·图 王丽`, `图文/王丽` are bylines
(TEI `<byline>`), and a byline of fields keeps the spaces between them, as `本报记者 王丽 通讯员 张强`
does. A short block opening with 记者 is a byline only when it names someone: `记者摄下了车祸现场` is a
sentence about the reporter, whatever its length.
"""

from __future__ import annotations

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from conftest_tei import figure_parts
from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "兰州新区打造西部陆港枢纽"
LEAD = "近日，兰州新区召开会议。"


def page(block: str) -> str:
    """A title, the block under test, then the lead paragraph, as blocks of a flat page."""
    return f"{TITLE}\n\n{block}\n\n{LEAD}\n"


def tei_parts(block: str) -> tuple[list[str], list[str], list[str]]:
    """The `<byline>`, `<head>` and `<p>` texts of the TEI that `convert` writes for `page(block)`."""
    root = etree.fromstring(layoutfix.convert(page(block)).output.encode("utf-8"))
    body = root.find(".//tei:body", TEI)
    assert body is not None

    def texts(tag: str) -> list[str]:
        return ["".join(el.itertext()) for el in body.iterfind(f".//tei:{tag}", TEI)]

    return texts("byline"), texts("head"), texts("p")


#: Bylines opening with a credit word, and bylines whose fields the spacing step used to glue
#: (`文` and `摄` are one character, so no headline gap kept them; `、` made the block no headline).
CREDIT_WORD_BYLINES = [
    "图/文 王丽",
    "文/图 王丽",
    "文·图 王丽",
    "图文/王丽",
    "文/本报记者 王丽",
    "本报记者 王丽 文/图",
    "本报记者 王丽、李华",
    "●本报记者 王丽 文/图",
    "圖/文 王麗",
]


@pytest.mark.parametrize("block", CREDIT_WORD_BYLINES)
def test_a_credit_word_byline_is_a_byline_with_its_spaces(block: str) -> None:
    bylines, heads, paragraphs = tei_parts(block)
    assert bylines == [block]
    assert heads == [TITLE]
    assert paragraphs == [LEAD]


def test_a_credit_word_byline_opening_the_lead_paragraph_is_cut_off_it() -> None:
    bylines, _, paragraphs = tei_parts("图/文 王丽 " + LEAD)
    assert bylines == ["图/文 王丽"]
    assert paragraphs[0] == LEAD


#: Must change: short blocks opening with a reporter label that are sentences, not names.
NOT_BYLINES = [
    "记者摄下了车祸现场",
    "记者摄下了",
    "记者从市交通局获悉",
    "本报记者近日走访",
]


@pytest.mark.parametrize("block", NOT_BYLINES)
def test_a_sentence_opening_with_a_reporter_label_is_no_byline(block: str) -> None:
    bylines, heads, paragraphs = tei_parts(block)
    assert bylines == []
    assert block in heads + paragraphs  # kept whole, as printed


#: Must not change: real bylines opening with a reporter label (labelled so before, and still).
REPORTER_BYLINES = [
    "记者 王丽",
    "本报记者 王丽 李华",
    "记者王丽报道",
    "记者王丽、李华",
    "记者王丽 通讯员张强",
    "记者 王丽 通讯员 张强",
    "本报记者 王丽 发自北京",
    "特约记者欧阳晓明月",
    "記者 王麗",
    "作者：王丽",
]


@pytest.mark.parametrize("block", REPORTER_BYLINES)
def test_a_reporter_byline_stays_a_byline(block: str) -> None:
    bylines, heads, paragraphs = tei_parts(block)
    assert bylines == [block]
    assert heads == [TITLE]
    assert paragraphs == [LEAD]


def test_the_cli_writes_the_byline_and_no_space_edit_inside_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "page.txt"
    src.write_text(page("图/文 王丽"), encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "txt", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    assert "图/文 王丽" in result.stdout
    assert "space" not in edits.read_text(encoding="utf-8")


def test_a_caption_whose_words_ocr_spaced_out_keeps_them_out_of_the_credit() -> None:
    captions, credits = figure_parts("图为 工人 在 检修 设备 张强 摄")
    assert credits == ["张强 摄"]
    assert "".join(captions).replace(" ", "") == "图为工人在检修设备"


#: Credits whose names are set apart by spaces where that is no caption's word: after a role, after
#: the caption's last sentence, in parentheses, on a line of their own.
SPACED_NAME_CREDITS = [
    ("图为工人在检修设备 记者 张强 李华 摄", "记者 张强 李华 摄"),
    ("图为工人在检修设备。 张强 李华 摄", "张强 李华 摄"),
    ("图为工人在检修设备。（张强 李华 摄）", "（张强 李华 摄）"),
    ("图为工人在检修设备\n张强 李华 摄", "张强 李华 摄"),
    ("图为工人在检修设备 张强、李华 摄", "张强、李华 摄"),
]


@pytest.mark.parametrize(("block", "credit"), SPACED_NAME_CREDITS)
def test_spaced_names_stay_in_the_credit_where_no_caption_word_can_be_taken(block: str, credit: str) -> None:
    captions, credits = figure_parts(block)
    assert credits == [credit]
    assert captions == ["图为工人在检修设备" + ("。" if "。" in block else "")]
