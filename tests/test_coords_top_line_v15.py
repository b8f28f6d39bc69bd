"""A lone line of body type at the top of a coordinate page is the running head only when it states
the date or the page, as the flat text's running head must; otherwise its text decides its role.

The pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14` (one block per block of
the flat page, one line per line, a single column), compared with the same page read as flat text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from test_coords_parity_v14 import MAKERS

LEAD = ["近日，全市召开冬春农业生产工作会议，", "安排部署今冬明春各项重点工作。"]
VERSE = ["霜叶红于二月花，", "长风万里送归鸦。", "登高莫叹秋将尽，", "且看黄河入海涯。"]

#: Pages whose first block, one line in body type above all other text, is no running head.
TOP_LINES = {
    "kicker over a poem": [["诗歌"], ["秋日登高"], VERSE],
    "title in body type": [["全市召开冬春农业生产工作会议"], LEAD],
    "section label": [["履职风采"], ["全市召开会议"], LEAD],
    "section word": [["要闻"], ["全市召开会议"], LEAD],
    "paper's name with no date": [["甘肃日报"], ["全市召开会议"], LEAD],
    "kicker over a title": [["图片新闻"], ["黄河岸边秋色浓"], ["近日，兰州黄河岸边层林尽染，吸引市民游览。"]],
}

#: Pages whose first line states the date or the page: the running head, furniture.
HEAD_LINES = {
    "page header and date": "第4版 要闻 2023年10月12日 星期四",
    "date line": "2023年10月12日 星期四",
    "section page": "A04 要闻",
    "bare page number": "3 要闻",
    "garbled head line": "第2版”要闻 2024年5月6日”星期一",
    "engine's spaced head line": "第 2 版 要闻 2024 年 5 月 6 日 星期一",
}


def _doc(data: bytes, fmt: str) -> dict[str, Any]:
    return json.loads(layoutfix.convert(data, fmt="json", input_format=fmt).output)


def _labels(doc: dict[str, Any]) -> list[Any]:
    """What the labels made of the page: its furniture, each article's section, kicker, titles,
    paragraphs and furniture."""
    return [doc["furniture"], [(a["section"], a["kicker"], a["titles"], [p["text"] for p in a["paragraphs"]],
                                a["furniture"]) for a in doc["articles"]]]


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _flat(blocks: list[list[str]]) -> dict[str, Any]:
    text = "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    return _doc(text.encode(), "txt")


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", TOP_LINES)
def test_a_lone_top_line_with_no_date_or_page_is_read_as_flat_text_reads_it(name: str, fmt: str) -> None:
    """Before, the top line was the running head (`furniture: ['诗歌']`, the poem had no kicker; a
    title in body type left its article untitled). Now the page is labelled as its flat text is."""
    blocks = TOP_LINES[name]
    got = _doc(MAKERS[fmt](blocks), fmt)
    assert _labels(got) == _labels(_flat(blocks))
    assert blocks[0][0] not in json.dumps(got["furniture"], ensure_ascii=False)


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", HEAD_LINES)
def test_a_top_line_stating_the_date_or_page_is_still_the_running_head(name: str, fmt: str) -> None:
    """The running head stays page furniture, a garbled one too (flat text cannot tell it)."""
    head = HEAD_LINES[name]
    got = _doc(MAKERS[fmt]([[head], ["全市召开会议"], LEAD]), fmt)
    assert [_unspaced(f) for f in got["furniture"]] == [_unspaced(head)]
    assert [a["titles"] for a in got["articles"]] == [["全市召开会议"]]
    assert not any(a["kicker"] for a in got["articles"])
