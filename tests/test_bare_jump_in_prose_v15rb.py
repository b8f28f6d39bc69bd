"""A bare jump line (`转4版`, no brackets, no 下转/上接) inside a block under a line that leaves its
sentence open is words of the sentence, not the article's marker (v15, helper RB):
`本报读书版自下月起调整，原第三版内容` / `转4版` / `刊发，敬请读者留意。` (the sentence reads `…内容转4版
刊发`) named a continuation to page 4 and cut the sentence in two paragraphs, the first flagged
incomplete. Under a line that ends a sentence it is still the marker; `下转第3版` is a marker wherever
it stands, as are markers in brackets."""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from test_coords_parity_v14 import MAKERS

TITLE = ["读书版编辑部启事"]
FORMATS = ["txt", *MAKERS]


def _page(blocks: list[list[str]], fmt: str) -> bytes:
    if fmt == "txt":
        return ("\n\n".join("\n".join(lines) for lines in blocks) + "\n").encode()
    return MAKERS[fmt](blocks)


def _doc(blocks: list[list[str]], fmt: str) -> dict[str, Any]:
    return json.loads(layoutfix.convert(_page(blocks, fmt), fmt="json", input_format=fmt).output)


def _squeezed(text: str) -> str:
    return "".join(text.split())


#: (line above, the jump words, line below): one sentence wrapped over the three lines.
IN_SENTENCE = [
    ("本报读书版自下月起调整，原第三版内容", "转4版", "刊发，敬请读者留意。"),
    ("本报自下月起调整版面，原周末副刊内容", "转A4版", "继续刊发，敬请读者留意。"),
    ("本报自下月起调整版面，原第二版的内容", "接5版", "的评论一并刊出，敬请留意。"),
    ("自下月起，读者来信栏目的内容将分别", "续二版", "刊登，敬请读者留意。"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("above", "words", "below"), IN_SENTENCE)
def test_a_bare_jump_line_inside_an_open_sentence_stays_text(
    above: str, words: str, below: str, fmt: str
) -> None:
    doc = _doc([TITLE, [above, words, below]], fmt)
    (art,) = doc["articles"]
    assert art["titles"] == TITLE
    assert (art["continuation"]["to_page"], art["continuation"]["from_page"]) == (None, None)
    assert art["continuation"]["markers"] == []
    assert [_squeezed(p["text"]) for p in art["paragraphs"]] == [_squeezed(above + words + below)]
    assert not any(p["incomplete"] for p in art["paragraphs"])


#: (line above, jump line, line below, page to, page from): markers inside a block, as before.
MARKERS = [
    ("近日，全市召开会议，部署今冬明春重点工作。", "转4版", "会议要求，各地要抓好落实。", "4", None),
    ("近日，全市召开会议，部署今冬明春重点工作。", "转A4版", "会议要求，各地要抓好落实。", "A4", None),
    ("近日，全市召开会议，部署今冬明春各项", "下转第3版", "重点工作。", "3", None),
    ("近日，全市召开会议。", "接第2版", "各地要抓好落实。", None, "2"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("above", "line", "below", "to", "from_"), MARKERS)
def test_a_jump_line_under_a_closed_sentence_or_with_jump_words_is_the_marker(
    above: str, line: str, below: str, to: str | None, from_: str | None, fmt: str
) -> None:
    doc = _doc([["全市召开会议"], [above, line, below]], fmt)
    arts = doc["articles"]
    assert [_squeezed(m) for a in arts for m in a["continuation"]["markers"]] == [line]
    pages = [(a["continuation"]["to_page"], a["continuation"]["from_page"]) for a in arts]
    assert [p for p in pages if p != (None, None)] == [(to, from_)]
