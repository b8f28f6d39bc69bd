"""A continuation marker filling a line of its own inside a block of text, through `convert`.

A bracketed marker (`（下转第3版）`, `(转A4)`, `【接上页】`) alone on its line between two text lines of
one block is the article's marker, as a bare jump line there is (`test_inner_jump_lines_v15w`): the
page reads as the same page with a blank line around the marker line. So does a signature on the
line right under such a marker line (`下转第3版` / `（记者 王丽）`).

The coordinate pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14`.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from lxml import etree

import layoutfix
from block_pages import FORMATS, TITLE
from block_pages import convert_json as _doc
from block_pages import page_bytes as _page

TEI = "{http://www.tei-c.org/ns/1.0}"


def _squeezed(text: str) -> str:
    """The text without spaces, its brackets in one width (the spacing step makes them full-width)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _summary(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(a["titles"], [(p["text"], p["incomplete"]) for p in a["paragraphs"]],
             a["continuation"]["to_page"], a["continuation"]["from_page"],
             [_squeezed(m) for m in a["continuation"]["markers"]], a["signature"])
            for a in doc["articles"]]


#: (lines above, the marker line, lines below, paragraphs read, pages the marker names: to, from)
BRACKETED = [
    (["近日，全市召开会议，部署今冬明春各项"], "（下转第3版）", ["重点工作。"],
     ["近日，全市召开会议，部署今冬明春各项", "重点工作。"], ("3", None)),
    (["近日，全市召开会议，部署今冬明春各项重点工作。"], "(转A4)", ["会议要求，各地要抓好落实。"],
     ["近日，全市召开会议，部署今冬明春各项重点工作。", "会议要求，各地要抓好落实。"], ("A4", None)),
    (["会议指出，要坚持问题导向，", "扎实推进各项"], "【下轉第四版】", ["改革举措落地见效。"],
     ["会议指出，要坚持问题导向，扎实推进各项", "改革举措落地见效。"], ("4", None)),
    (["会议强调，要统筹发展和安全，"], " （ 转 第 5 版 ） ", ["确保各项工作落到实处。"],
     ["会议强调，要统筹发展和安全，", "确保各项工作落到实处。"], ("5", None)),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("above", "line", "below", "paragraphs", "pages"), BRACKETED)
def test_a_bracketed_marker_line_inside_a_block_is_the_marker(
    above: list[str], line: str, below: list[str], paragraphs: list[str],
    pages: tuple[str | None, str | None], fmt: str,
) -> None:
    """Before, `（下转第3版）` alone on a line between two lines of one flat block was run into the
    paragraph (`…各项（下转第3版）`) and the article named no continuation. Now it is the article's
    marker, as with a blank line after it: JSON continuation, a TEI continuation note."""
    inner = _doc([TITLE, [*above, line, *below]], fmt)
    apart = _doc([TITLE, [*above, line], below], fmt)
    assert [p["text"] for a in inner["articles"] for p in a["paragraphs"]] == paragraphs
    assert [(a["continuation"]["to_page"], a["continuation"]["from_page"])
            for a in inner["articles"]] == [pages]
    assert [[_squeezed(m) for m in a["continuation"]["markers"]] for a in inner["articles"]] == [
        [_squeezed(line)]]
    assert _summary(inner) == _summary(apart)
    tei = etree.fromstring(layoutfix.convert(_page([TITLE, [*above, line, *below]], fmt), fmt="tei",
                                             input_format=fmt).output.encode())
    assert [(n.get("type"), n.get("subtype")) for n in tei.iter(f"{TEI}note")] == [("continuation", "to")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", ["（上接第1版）", "(接上页)", "【续第二版】"])
def test_a_bracketed_from_marker_line_inside_a_block_heads_the_continuation(
    line: str, fmt: str
) -> None:
    """`（上接第1版）` on its own line under a closed paragraph, in one block, heads the text under it
    as the continuation, as it does with a blank line before it."""
    above, below = ["近日，全市召开会议。"], ["各地要抓好落实。"]
    inner = _doc([TITLE, [*above, line, *below]], fmt)
    apart = _doc([TITLE, above, [line, *below]], fmt)
    assert _summary(inner) == _summary(apart)
    assert inner["articles"][-1]["continuation"]["from_page"] is not None
    assert inner["articles"][-1]["paragraphs"][-1]["text"] == "各地要抓好落实。"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_txt_output_keeps_the_bracketed_marker_on_its_line(fmt: str) -> None:
    """No text is lost nor glued: the marker stays a line of its own in the txt output."""
    blocks = [TITLE, ["近日，全市召开会议，部署今冬明春各项", "（下转第3版）", "重点工作。"]]
    lines = layoutfix.convert(_page(blocks, fmt), fmt="txt", input_format=fmt).output.split("\n")
    assert "（下转第3版）" in lines
    assert lines.index("近日，全市召开会议，部署今冬明春各项") < lines.index("（下转第3版）")
    assert lines.index("（下转第3版）") < lines.index("重点工作。")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("words", ["会议强调（下转第3版）要抓好落实。", "（下转第3版）要抓好落实。",
                                   "详见（下转第3版）", "（转2）"])
def test_a_marker_sharing_its_line_or_dialling_stays_as_it_was(words: str, fmt: str) -> None:
    """Guards: a marker with words beside it on its line is cut only where it opens or closes the
    block (as before), and `（转2）` under a telephone number dials an extension, no page."""
    if words == "（转2）" and fmt != "txt":
        pytest.skip("a coordinate page cuts the telephone line off the block: `（转2）` is read as a page")
    above = ["咨询电话：0931-8612345"] if words == "（转2）" else ["近日，全市召开会议。"]
    blocks = [TITLE, [*above, words, "会议要求，各地要抓好落实。"]]
    got = _doc(blocks, fmt)
    assert [a["continuation"]["to_page"] for a in got["articles"]] == [None]
    txt = layoutfix.convert(_page(blocks, fmt), fmt="txt", input_format=fmt).output
    assert _squeezed(words) in _squeezed(txt)


#: (the marker line, the signature under it)
SIGNED = [("下转第3版", "（记者 王丽）"), ("（下转第3版）", "（记者 王丽）"), ("转A4版", "（作者：李华）"),
          ("下转第3版", "（王丽 李华）"), ("下转第3版", "作者：王丽 李华"), ("（转A4版）", "作者 王丽")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("line", "signature"), SIGNED)
def test_a_signature_under_an_inner_marker_line_signs(line: str, signature: str, fmt: str) -> None:
    """Before, `（记者 王丽）` on the line under `下转第3版` in the paragraph's block was a paragraph of
    its own (`（记者王丽）`, its space lost). Now it signs the article, as with blank lines."""
    above = ["近日，全市召开会议。"]
    inner = _doc([TITLE, [*above, line, signature]], fmt)
    apart = _doc([TITLE, above, [line], [signature]], fmt)
    assert _summary(inner) == _summary(apart)
    assert inner["articles"][0]["signature"] == signature
    assert [p["text"] for p in inner["articles"][0]["paragraphs"]] == above


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing", ["（会议现场）", "（完）"])
def test_words_in_brackets_under_an_inner_marker_line_stay_text(closing: str, fmt: str) -> None:
    """Guard: brackets naming no writer under the marker line sign nothing and are kept."""
    got = _doc([TITLE, ["近日，全市召开会议。", "下转第3版", closing]], fmt)
    assert [a["signature"] for a in got["articles"]] == [None]
    assert closing in [p["text"] for a in got["articles"] for p in a["paragraphs"]]
