"""Lists read as lists: the items of a list a paragraph announces with a colon are body text of its
article (numbered, bulleted, one item a block or all in one block), not subheads.

A numbered subhead between paragraphs (`一、坚持党的领导` above its body) stays a subhead.
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
ANNOUNCING = "近日，全市召开会议。会议要求："
AFTER = "会议还强调了安全。"
ITEMS = ("抓好落实", "加强领导")
#: Item openers: numbers (the second item's own number), bullets with or without a space.
MARKS = [("1. ", "2. "), ("（1）", "（2）"), ("● ", "● "), ("- ", "- "), ("· ", "· "), ("■", "■"), ("◆", "◆")]


def article_divs(page: str) -> list[etree._Element]:
    """The article `<div>`s of the TEI body `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    return root.findall(".//tei:body//tei:div[@type='article']", TEI)


def texts(div: etree._Element, path: str) -> list[str]:
    """The texts of the elements `path` finds under `div`."""
    return ["".join(el.itertext()) for el in div.iterfind(path, TEI)]


def items(marks: tuple[str, str]) -> list[str]:
    return [m + item for m, item in zip(marks, ITEMS, strict=True)]


@pytest.mark.parametrize("marks", MARKS)
def test_list_items_in_blocks_of_their_own_are_paragraphs_of_the_article(marks: tuple[str, str]) -> None:
    page = "\n\n".join([TITLE, ANNOUNCING, *items(marks), AFTER]) + "\n"
    (div,) = article_divs(page)
    assert texts(div, "tei:head") == [TITLE]  # no subhead, no subsection
    assert div.findall("tei:div", TEI) == []
    paras = texts(div, "tei:p")
    assert len(paras) == 4 and paras[0] == ANNOUNCING and paras[-1] == AFTER
    # an item each, its mark kept (the spacing step may take the space after a bullet)
    assert [p.replace(" ", "") for p in paras[1:3]] == [i.replace(" ", "") for i in items(marks)]
    assert div.xpath(".//tei:p[@part]", namespaces=TEI) == []  # the colon paragraph is whole


@pytest.mark.parametrize("marks", MARKS[2:])
def test_a_bulleted_list_in_one_block_is_one_paragraph(marks: tuple[str, str]) -> None:
    block = "\n".join(items(marks))
    page = "\n\n".join([TITLE, ANNOUNCING, block, AFTER]) + "\n"
    (div,) = article_divs(page)
    assert texts(div, "tei:head") == [TITLE]
    paras = texts(div, "tei:p")
    assert len(paras) == 3 and paras[0] == ANNOUNCING and paras[2] == AFTER
    assert paras[1].count("\n") == 1  # one paragraph, its items on their lines (as a numbered list)
    assert div.xpath(".//tei:p[@part]", namespaces=TEI) == []


def test_list_items_print_on_lines_of_their_own_in_txt(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    page = "\n\n".join([TITLE, ANNOUNCING, "1. 抓好落实", "2. 加强领导", AFTER]) + "\n"
    src.write_text(page, encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "txt", "--edits", str(edits)])
    assert result.exit_code == 0, result.output
    assert result.stdout == page  # not `1. 抓好落实 2. 加强领导` on one line
    assert edits.read_text(encoding="utf-8") == ""  # nothing joined


def test_a_list_going_on_in_the_body_after_one_item_heading() -> None:
    second = "2. 加强领导，确保各项工作落到实处。"
    page = "\n\n".join([TITLE, ANNOUNCING, "1. 抓好落实", second, AFTER]) + "\n"
    (div,) = article_divs(page)
    assert texts(div, "tei:head") == [TITLE]
    assert texts(div, "tei:p")[1] == "1. 抓好落实"


def test_numbered_subheads_between_paragraphs_stay_subheads() -> None:
    page = "\n\n".join([
        TITLE, "近日，全市召开会议。", "一、坚持党的领导", "会议强调，要坚持党的领导。",
        "二、加强队伍建设", "会议要求，要加强队伍建设。",
    ]) + "\n"
    (div,) = article_divs(page)
    subs = div.findall("tei:div[@type='subsection']", TEI)
    assert [texts(d, "tei:head") for d in subs] == [["一、坚持党的领导"], ["二、加强队伍建设"]]


def test_a_lone_subhead_after_a_colon_paragraph_stays_a_subhead() -> None:
    page = "\n\n".join([
        TITLE, "会议提出以下几点：", "一、坚持党的领导", "会议强调，要坚持党的领导。",
    ]) + "\n"
    (div,) = article_divs(page)
    subs = div.findall("tei:div[@type='subsection']", TEI)
    assert [texts(d, "tei:head") for d in subs] == [["一、坚持党的领导"]]


def test_list_headings_above_a_byline_still_start_an_article() -> None:
    byline = "● 本报记者 王丽"  # an ornament, not a bullet: the byline of the next article
    page = "\n\n".join([TITLE, ANNOUNCING, "● 全省部署工作", byline, "近日，全省部署工作。"]) + "\n"
    divs = article_divs(page)
    assert len(divs) == 2


#: A wrapped paragraph (its first line fills the measure) announcing a list whose items follow in
#: the same block, one a line.
WRAPPED_LEAD = "近日，全市召开会议，会议要求各地各部门切实做好以下几个方面的重点工作"


@pytest.mark.parametrize("mark", ["- ", "● ", "■", "1. "])
def test_the_wrap_join_keeps_a_list_item_on_its_line(mark: str) -> None:
    first, second = f"{mark}抓好落实，确保各项任务按期完成", f"{mark}加强领导"
    page = f"{TITLE}\n\n{WRAPPED_LEAD}\n{first}\n{second}\n"
    result = layoutfix.convert(page, fmt="txt")
    assert f"{WRAPPED_LEAD}\n{first}\n{second}" in result.output  # not `…重点工作- 抓好落实`
    assert not [e for e in result.edits if "join.wrap" in e.rules]


def test_tab_indented_paragraph_lines_are_no_table() -> None:
    lines = ["\t近日，全市召开会议。会议强调，要抓好落实。", "\t会议要求，各地要加强领导。"]
    page = f"{TITLE}\n\n" + "\n".join(lines) + "\n"
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    assert root.findall(".//tei:table", TEI) == []
    (div,) = root.findall(".//tei:body//tei:div[@type='article']", TEI)
    # the sentences are paragraph text, not cells (one p or two: the indent step decides that)
    assert "".join("".join(texts(div, "tei:p")).split()) == "".join(ln.strip() for ln in lines)
    result = layoutfix.convert(page, fmt="txt")
    assert not [e for e in result.edits if "markup.table" in e.rules]


def test_tab_rows_with_text_in_the_first_field_stay_a_table() -> None:
    page = f"{TITLE}\n\n项目\t金额\n\t3亿元\n"  # one empty first cell is a cell, not an indent
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    assert len(root.findall(".//tei:table", TEI)) == 1
