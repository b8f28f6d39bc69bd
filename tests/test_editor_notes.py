"""Editor credits and author notes in brackets end their article; they are never a new article's title.

`（责任编辑：赵静）` under an article's last paragraph is the editor credit `责任编辑：赵静` is, in
brackets (TEI `<fw type="credit">`), and `(责任编辑 赵静)` names an editor, not the writer, so it is no
signature either. An author's note (`（作者单位：甘肃省政协研究室）`, `（作者系…）`, `作者单位：…`)
belongs to the article it ends: a `<note>` in its `<div>`, where the page prints it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开会议"
LEAD = "近日，全市召开会议。"


def page_ending(line: str) -> str:
    """A one-article page: title, lead paragraph, then `line` under it."""
    return f"{TITLE}\n\n{LEAD}\n\n{line}\n"


def article_divs(page: str) -> list[etree._Element]:
    """The article `<div>`s of the TEI body `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    return root.findall(".//tei:body//tei:div[@type='article']", TEI)


def texts(div: etree._Element, path: str) -> list[str]:
    """The texts of the elements `path` finds under `div`."""
    return ["".join(el.itertext()) for el in div.iterfind(path, TEI)]


#: Editor credits in brackets, as papers print them (the punctuation step makes `()` full-width).
BRACKETED_CREDITS = [
    ("（责任编辑：赵静）", "（责任编辑：赵静）"),
    ("【责任编辑：赵静】", "【责任编辑：赵静】"),
    ("[责任编辑：赵静]", "[责任编辑：赵静]"),
    ("（校对：李华）", "（校对：李华）"),
    ("（美编：王丽）", "（美编：王丽）"),
    ("（编辑：张强）", "（编辑：张强）"),
    ("(责任编辑 赵静)", "（责任编辑 赵静）"),
    ("（责任编辑 赵静）", "（责任编辑 赵静）"),
]


@pytest.mark.parametrize(("line", "printed"), BRACKETED_CREDITS)
def test_a_bracketed_editor_credit_is_the_articles_credit_furniture(line: str, printed: str) -> None:
    divs = article_divs(page_ending(line))
    assert len(divs) == 1  # no empty article titled by the credit
    assert texts(divs[0], "tei:head") == [TITLE]
    assert texts(divs[0], "tei:p") == [LEAD]
    assert texts(divs[0], "tei:fw[@type='credit']") == [printed]
    assert texts(divs[0], ".//tei:signed") == []


def test_the_bare_editor_credit_is_unchanged() -> None:
    divs = article_divs(page_ending("责任编辑：赵静"))
    assert len(divs) == 1
    assert texts(divs[0], "tei:fw[@type='credit']") == ["责任编辑：赵静"]


def test_a_bracketed_editor_credit_above_the_first_title_is_page_furniture() -> None:
    root = etree.fromstring(layoutfix.convert(f"【责任编辑：赵静】\n\n{TITLE}\n\n{LEAD}\n").output.encode())
    body = root.find(".//tei:body", TEI)
    assert body is not None
    assert texts(body, "tei:fw[@type='credit']") == ["【责任编辑：赵静】"]
    assert [texts(d, "tei:head") for d in body.iterfind(".//tei:div[@type='article']", TEI)] == [[TITLE]]


@pytest.mark.parametrize("credit", ["（责任编辑：赵静）", "【责任编辑：赵静】", "（责任编辑 赵静）"])
def test_a_bracketed_editor_credit_after_the_last_sentence_is_cut_off_the_paragraph(credit: str) -> None:
    divs = article_divs(f"{TITLE}\n\n{LEAD}{credit}\n")
    assert len(divs) == 1
    assert texts(divs[0], "tei:head") == [TITLE]  # not a kicker over the paragraph taken for a title
    assert texts(divs[0], "tei:p") == [LEAD]
    assert [c.replace(" ", "") for c in texts(divs[0], "tei:fw[@type='credit']")] == [
        credit.replace(" ", "")
    ]


AUTHOR_NOTES = [
    "（作者单位：甘肃省政协研究室）",
    "【作者单位：甘肃省政协研究室】",
    "（作者系甘肃省政协委员）",
    "（本文作者为兰州大学教授）",
    "作者单位：甘肃省政协研究室",
]


@pytest.mark.parametrize("line", AUTHOR_NOTES)
def test_an_author_note_is_a_note_of_the_article_it_ends(line: str) -> None:
    divs = article_divs(page_ending(line))
    assert len(divs) == 1
    assert texts(divs[0], "tei:head") == [TITLE]
    assert texts(divs[0], "tei:p") == [LEAD]
    assert texts(divs[0], "tei:note") == [line]


def test_an_author_note_stays_with_its_article_before_the_next_one() -> None:
    page = page_ending("（作者单位：甘肃省政协研究室）") + "\n全省部署工作\n\n近日，全省部署工作。\n"
    divs = article_divs(page)
    assert [texts(d, "tei:head") for d in divs] == [[TITLE], ["全省部署工作"]]
    assert texts(divs[0], "tei:note") == ["（作者单位：甘肃省政协研究室）"]
    assert texts(divs[1], "tei:note") == []


def test_a_sentence_opening_with_the_word_author_stays_text() -> None:
    divs = article_divs(page_ending("作者系统地阐述了协商民主的意义。"))
    assert texts(divs[0], "tei:note") == []
    assert texts(divs[-1], "tei:p")[-1] == "作者系统地阐述了协商民主的意义。"


def test_a_reporter_signature_stays_the_signature() -> None:
    divs = article_divs(page_ending("（记者 王丽）"))
    assert texts(divs[0], ".//tei:signed") == ["记者 王丽"]


def test_an_issue_page_keeps_its_credit_and_note_in_its_article(tmp_path: Path) -> None:
    one = tmp_path / "p1.txt"
    two = tmp_path / "p2.txt"
    one.write_text(page_ending("（责任编辑：赵静）"), encoding="utf-8")
    second = "全省部署工作\n\n近日，全省部署工作。\n\n（作者单位：甘肃省政协研究室）\n"
    two.write_text(second, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(one), str(two)])
    assert result.exit_code == 0, result.output
    root = etree.fromstring(result.stdout.encode("utf-8"))
    divs = root.findall(".//tei:body//tei:div[@type='article']", TEI)
    assert [texts(d, "tei:head") for d in divs] == [[TITLE], ["全省部署工作"]]
    assert texts(divs[0], "tei:fw[@type='credit']") == ["（责任编辑：赵静）"]
    assert texts(divs[1], "tei:note") == ["（作者单位：甘肃省政协研究室）"]


def test_the_edit_log_rebuilds_the_page_and_the_tei_keeps_every_line_in_order(tmp_path: Path) -> None:
    page = page_ending("(责任编辑 赵静)") + "\n（作者单位：甘肃省政协研究室）\n"
    src = tmp_path / "page.txt"
    src.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(src)])
    assert result.exit_code == 0, result.output
    root = etree.fromstring(result.stdout.encode("utf-8"))
    (div,) = root.findall(".//tei:body//tei:div[@type='article']", TEI)
    assert ["".join(el.itertext()) for el in div] == [
        TITLE, LEAD, "（责任编辑 赵静）", "（作者单位：甘肃省政协研究室）",
    ]
    converted = layoutfix.convert(page)
    assert layoutfix.apply_edits(page, converted.edits) == converted.document.text
    assert layoutfix.undo_edits(converted.document.text, converted.edits) == page


#: A numbered list the paragraph before it announces, one item a line, in one block.
LISTS = [
    "1. 加强组织领导\n2. 压实工作责任\n3. 强化督促检查",
    "（一）加强组织领导\n（二）压实工作责任",
    "一、加强组织领导\n二、压实工作责任\n三、强化督促检查",
    "①加强组织领导\n②压实工作责任",
]
ANNOUNCING = "会议强调，要做好以下工作："


@pytest.mark.parametrize("items", LISTS)
def test_a_numbered_list_stays_body_text_of_the_article_it_continues(items: str) -> None:
    divs = article_divs(f"{TITLE}\n\n{LEAD}{ANNOUNCING}\n\n{items}\n")
    assert len(divs) == 1  # no new article titled by the list
    assert texts(divs[0], "tei:head") == [TITLE]
    assert texts(divs[0], "tei:p") == [LEAD + ANNOUNCING, items]  # not joined: the colon announces it
    assert divs[0].xpath(".//tei:p[@part]", namespaces=TEI) == []  # neither is cut off


def test_a_numbered_list_keeps_the_next_article_apart() -> None:
    page = f"{TITLE}\n\n{LEAD}{ANNOUNCING}\n\n{LISTS[0]}\n\n全省部署工作\n\n近日，全省部署工作。\n"
    divs = article_divs(page)
    assert [texts(d, "tei:head") for d in divs] == [[TITLE], ["全省部署工作"]]
    assert texts(divs[0], "tei:p")[-1] == LISTS[0]


def test_the_list_adds_no_join_to_the_edit_log(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    page = f"{TITLE}\n\n{LEAD}{ANNOUNCING}\n\n{LISTS[0]}\n"
    src.write_text(page, encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "txt", "--edits", str(edits)])
    assert result.exit_code == 0, result.output
    assert edits.read_text(encoding="utf-8") == ""
    assert result.stdout == page  # the text as printed, list lines and all


def test_a_numbered_subhead_alone_before_body_stays_a_subhead() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n一、坚持党的领导\n\n会议指出，要坚持党的领导。\n\n"
        "（二）压实工作责任\n\n会议要求，压实责任。\n"
    )
    divs = article_divs(page)
    assert len(divs) == 1
    subs = divs[0].findall("tei:div[@type='subsection']", TEI)
    assert [texts(d, "tei:head") for d in subs] == [["一、坚持党的领导"], ["（二）压实工作责任"]]
