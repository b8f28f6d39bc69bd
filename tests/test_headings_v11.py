"""Headings, bylines and paragraph joins read as a reader sees them (v11 audit of the labels and
the assembly): a paragraph ending in a list item is whole, a first paragraph cut mid-sentence is no
headline, a bare byline after the text signs its article, a byline line above the lead is one byline.
"""

from __future__ import annotations

from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开会议"


def article_divs(page: str) -> list[etree._Element]:
    """The article `<div>`s of the TEI body `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    return root.findall(".//tei:body//tei:div[@type='article']", TEI)


def texts(div: etree._Element, path: str) -> list[str]:
    """The texts of the elements `path` finds under `div`."""
    return ["".join(el.itertext()) for el in div.iterfind(path, TEI)]


def convert_txt(page: str) -> str:
    """The plain-text output of `layoutfix convert - -f txt` for `page`, through the CLI."""
    result = CliRunner().invoke(app, ["convert", "-", "-f", "txt"], input=page)
    assert result.exit_code == 0, result.output
    return result.stdout


# 1. A paragraph whose last line is a list item ends with it.

LIST_PARAGRAPH = "近日，全市召开会议，会议要求各地做好以下工作：\n{0}抓好落实\n{1}加强领导"
AFTER = "会议还强调了安全。"


def test_a_paragraph_ending_in_a_list_item_is_not_glued_to_the_next() -> None:
    for first, second in (("1. ", "2. "), ("（一）", "（二）"), ("● ", "● "), ("- ", "- ")):
        block = LIST_PARAGRAPH.format(first, second)
        out = convert_txt(f"{TITLE}\n\n{block}\n\n{AFTER}\n")
        assert f"\n{AFTER}" in out, out  # its own paragraph, not `加强领导会议还强调了安全。`
        assert "加强领导会议" not in out
        (div,) = article_divs(f"{TITLE}\n\n{block}\n\n{AFTER}\n")
        paras = texts(div, "tei:p")
        assert paras[-1] == AFTER and len(paras) == 2
        assert div.xpath(".//tei:p[@part]", namespaces=TEI) == []


def test_a_paragraph_cut_mid_sentence_by_a_column_break_is_still_joined() -> None:
    first = "近日，全市召开会议。会议要求各地各部门切实做好今年的安全生产工作，\n确保各项任务"
    for last_line in ("确保各项任务", "1. 抓好落实，确保各项任务，"):  # an item left open goes on too
        block = first.replace("确保各项任务", last_line)
        (div,) = article_divs(f"{TITLE}\n\n{block}\n\n按期完成，会议还强调了安全。\n")
        (para,) = texts(div, "tei:p")
        rest = "按期完成，会议还强调了安全。"
        assert para.replace(" ", "").endswith(last_line.replace(" ", "") + rest), para
