"""A byline on the line under a continuation marker filling its line inside a block, through `convert`.

The labels cut such a marker line out of its block (`test_inner_markers_v15y`): the page reads as the
same page with a blank line around the marker. A byline under it (`…会议。` / `下转第3版` /
`本报记者 王丽`) stayed text, a paragraph `本报记者王丽` marked incomplete, its space lost; with blank
lines it is the byline of the next article. It now reads as with blank lines.
"""

from __future__ import annotations

import pytest

import layoutfix
from block_pages import FORMATS, TITLE
from block_pages import convert_json as _doc
from block_pages import page_bytes as _page

ABOVE = ["近日，全市召开会议。"]


#: (the marker line, the lines under it; the first is the byline, kept with its spaces)
UNDER = [
    ("下转第3版", ["本报记者 王丽"]),
    ("（下转第3版）", ["本报记者 王丽"]),
    ("转A4版", ["本报记者 王丽 通讯员 张强"]),
    ("下转第3版", ["本报记者 王丽", "会议要求各地抓好落实，确保取得实效。"]),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("line", "below"), UNDER)
def test_a_byline_under_an_inner_marker_line_is_a_byline(line: str, below: list[str], fmt: str) -> None:
    """Before: a paragraph `本报记者王丽` (incomplete) in the first article. Now the byline, with its
    spaces, as in the same page with blank lines around the marker line."""
    inner = _doc([TITLE, [*ABOVE, line, *below]], fmt)
    apart = _doc([TITLE, ABOVE, [line], below], fmt)
    assert inner["articles"] == apart["articles"]
    assert [p["text"] for p in inner["articles"][0]["paragraphs"]] == ABOVE
    assert below[0] in [b for a in inner["articles"] for b in a["byline"]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_txt_output_keeps_the_bylines_spaces(fmt: str) -> None:
    blocks = [TITLE, [*ABOVE, "下转第3版", "本报记者 王丽"]]
    txt = layoutfix.convert(_page(blocks, fmt), fmt="txt", input_format=fmt).output
    assert "本报记者 王丽" in txt.split("\n")


@pytest.mark.parametrize(
    "below", [["重点工作。"], ["会议要求各地抓好落实。"], ["王丽说，要抓好落实。"]]
)
def test_prose_under_an_inner_marker_line_stays_body(below: list[str]) -> None:
    """Guard: text under the marker line that opens with no byline is a paragraph, as before."""
    got = _doc([TITLE, ["近日，全市召开会议，部署今冬明春各项", "下转第3版", *below]])
    assert [a["byline"] for a in got["articles"]] == [[]]
    assert below[0] in [p["text"] for a in got["articles"] for p in a["paragraphs"]]
