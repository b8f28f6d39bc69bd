"""A lone line of body type at the foot of a coordinate page is the page's footer only when its text
says so (a page number, a line of page furniture, a date or page line); otherwise its text decides its
role, as in flat text.

The pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14` (one block per block of
the flat page, one line per line, a single column), compared with the same page read as flat text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

import layoutfix
from test_coords_parity_v14 import MAKERS

TITLE = ["全市召开会议"]
LEAD = ["近日，全市召开会议，部署今冬明春各项重点工作。"]

#: Pages whose last block, one line in body type under all other text, is the article's own text.
FOOT_TEXTS = {
    "last words of a paragraph": [TITLE, LEAD, ["加强合作"]],
    "row of figures": [TITLE, LEAD, ["8 7 9"]],
    "next title in body type": [TITLE, LEAD, ["甘肃日报"]],
    "section word": [TITLE, LEAD, ["要闻"]],
    "reporter's signature": [TITLE, LEAD, ["（记者 王丽）"]],
    "continuation marker": [TITLE, LEAD, ["（转4版）"]],
    "dateline over a lead": [["政协调研工作"], ["本报酒泉讯调研组深入基层"]],
    "closing date of a notice": [["通告"], ["因道路施工，本市12路公交车自10月15日起临时绕行。特此通告。"],
                                 ["2023年10月12日"]],
}

#: Footer lines under an article, each with the TEI `fw/@type` it gets.
FOOT_FURNITURE = {
    "page number": ("4", "pageNum"),
    "page number between dashes": ("- 4 -", "pageNum"),
    "page number between em dashes": ("—4—", "pageNum"),
    "section page": ("A04", "pageNum"),
    "page": ("第4版", "footer"),
    "page and section": ("第4版 要闻", "footer"),
    "date and page": ("2023年10月12日 星期四 第4版", "footer"),
    "editor credit": ("责任编辑：王丽", "credit"),
    "page's editors": ("本版编辑 王丽", "credit"),
    "phone": ("新闻热线：0931-8456789", "contact"),
    "e-mail": ("投稿邮箱：gsrb@163.com", "contact"),
    "postal code": ("邮发代号：53-1", "imprint"),
    "price": ("零售价：1.50元", "imprint"),
}


def _doc(data: bytes, fmt: str) -> dict[str, Any]:
    return json.loads(layoutfix.convert(data, fmt="json", input_format=fmt).output)


def _flat_text(blocks: list[list[str]]) -> bytes:
    return ("\n\n".join("\n".join(lines) for lines in blocks) + "\n").encode()


def _labels(doc: dict[str, Any]) -> list[Any]:
    """What the labels made of the page: its furniture, and each article without its ids."""
    return [doc["furniture"], [{k: v for k, v in a.items() if k != "id"} for a in doc["articles"]]]


def _furniture(doc: dict[str, Any]) -> list[str]:
    return doc["furniture"] + [f for a in doc["articles"] for f in a["furniture"]]


def _fw_types(data: bytes, fmt: str) -> dict[str, str]:
    """Each TEI `fw`'s text and type."""
    tei = etree.fromstring(layoutfix.convert(data, fmt="tei", input_format=fmt).output.encode())
    return {"".join(fw.itertext()): fw.get("type") for fw in tei.iter("{http://www.tei-c.org/ns/1.0}fw")}


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", FOOT_TEXTS)
def test_a_foot_line_that_is_text_is_read_as_flat_text_reads_it(name: str, fmt: str) -> None:
    """Before, the last line was a footer whatever it said (`furniture: ['加强合作']`) and the txt
    output lost it. Now the page is labelled and written as its flat text is."""
    blocks = FOOT_TEXTS[name]
    data = MAKERS[fmt](blocks)
    got = _doc(data, fmt)
    assert _labels(got) == _labels(_doc(_flat_text(blocks), "txt"))
    assert _furniture(got) == []
    txt = layoutfix.convert(data, fmt="txt", input_format=fmt).output
    assert txt == layoutfix.convert(_flat_text(blocks), fmt="txt", input_format="txt").output
    assert "".join(blocks[-1][0].split()) in "".join(txt.split())  # (a byline is cut off its lead)


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", FOOT_FURNITURE)
def test_a_foot_line_saying_it_is_the_footer_is_furniture_typed_as_a_footer(name: str, fmt: str) -> None:
    """The footer stays page furniture, kept out of the articles' text. Before, a page number or a
    page line at the foot was a TEI `fw type="header"`; now `pageNum` and `footer`."""
    line, kind = FOOT_FURNITURE[name]
    data = MAKERS[fmt]([TITLE, LEAD, [line]])
    got = _doc(data, fmt)
    assert _furniture(got) == [line]
    assert [(a["titles"], [p["text"] for p in a["paragraphs"]]) for a in got["articles"]] == [(TITLE, LEAD)]
    assert _fw_types(data, fmt) == {line: kind}


@pytest.mark.parametrize("fmt", MAKERS)
def test_the_running_head_at_the_top_stays_a_header(fmt: str) -> None:
    """A page line above all other text is the running head: `fw type="header"`, not a footer."""
    data = MAKERS[fmt]([["第4版 要闻"], TITLE, LEAD])
    assert _fw_types(data, fmt) == {"第4版 要闻": "header"}
