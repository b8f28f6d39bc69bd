"""A page-top line whose hanzi glued after 版 make a word with it names no page even when a date
follows (v15, helper RB): `第3版面设计大赛2024年5月6日` (版面设计) was read as the page header, page 3,
its date the issue's, and the line left the txt output as furniture. Now the line is a headline,
kept whole, and states neither; a name that opens with a word of its own that 版 would split
(`第3版本地新闻2024年5月6日`: 本地, not 版本) is still the header, as are sections not glued into a
word (`第3版经济2024年5月6日`)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from test_coords_parity_v14 import MAKERS

TITLE = ["全市召开会议"]
LEAD = ["近日，全市召开会议，部署今冬明春各项重点工作。"]
FORMATS = ["txt", *MAKERS]


def _page(blocks: list[list[str]], fmt: str) -> bytes:
    if fmt == "txt":
        return ("\n\n".join("\n".join(lines) for lines in blocks) + "\n").encode()
    return MAKERS[fmt](blocks)


def _convert(blocks: list[list[str]], fmt: str, out: str) -> str:
    return layoutfix.convert(_page(blocks, fmt), fmt=out, input_format=fmt).output


def _squeezed(text: str) -> str:
    return "".join(text.split())


DATED_WORDS = [
    "第3版面设计大赛2024年5月6日",
    "第3版面设计大赛 2024年5月6日",
    "第3版权保护周2023年10月12日",
    "第5版式设计获奖2024.5.6",
    "第3版本升级2024年5月6日",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", DATED_WORDS)
def test_a_word_with_ban_names_no_page_even_with_a_date(line: str, fmt: str) -> None:
    doc: dict[str, Any] = json.loads(_convert([[line], TITLE, LEAD], fmt, "json"))
    assert (doc["page"], doc["date"], doc["furniture"]) == (None, None, [])
    assert _squeezed(line) in _squeezed(_convert([[line], TITLE, LEAD], fmt, "txt"))


DATED_SECTIONS = {
    "第3版本地新闻2024年5月6日": (3, "2024-05-06"),
    "第3版经济2024年5月6日": (3, "2024-05-06"),
    "第6版面综合2024年5月6日": (6, "2024-05-06"),
    "第3版 面设计 2024年5月6日": (3, "2024-05-06"),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", DATED_SECTIONS)
def test_a_dated_section_glued_to_ban_is_still_the_header(head: str, fmt: str) -> None:
    doc: dict[str, Any] = json.loads(_convert([[head], TITLE, LEAD], fmt, "json"))
    assert (doc["page"], doc["date"]) == DATED_SECTIONS[head]
    assert [_squeezed(f) for f in doc["furniture"]] == [_squeezed(head)]
