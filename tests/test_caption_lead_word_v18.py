"""A caption's lead is no word's start (review of 6596d6a, roles._CAPTION_LEAD): `上图书馆借书…`,
`下图表显示…` and `左图右史…` opened a caption (上图, 下图, 左图 before 书, 表, 右: 图书, 图表, 图右 are
words), and `上 图 书馆 看 书` / `记者 王丽 李华` glued the two reporters (`记者王丽李华`) once the stray
space let the line read as a caption. A two-name byline under a caption keeps the gap between its
names, whether the lead holds a stray space or not, and normalising twice gives what once gives.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli_pages import convert_txt, normalize_stdin

LEAD = "本报讯（记者 王丽）11月8日，全市召开会议，部署秋冬季农业生产工作。"


def _article(tmp_path: Path, page: str) -> dict[str, Any]:
    """The first article `layoutfix convert -f json` reads from `page`."""
    out, _log = convert_txt(tmp_path, page, "json")
    article: dict[str, Any] = json.loads(out)["articles"][0]
    return article


# --- a caption's lead is no word's start; a byline under a caption keeps its names apart --------

@pytest.mark.parametrize("paragraph", [
    "上图书馆借书的市民越来越多，阅览室座无虚席。",
    "下图表显示，全市生产总值稳步增长。",
    "左图右史，书香满城。",
])
def test_a_paragraph_opening_with_a_word_holding_tu_is_no_caption(tmp_path: Path, paragraph: str) -> None:
    article = _article(tmp_path, f"全市召开会议\n\n{LEAD}\n\n{paragraph}\n")
    assert article["captions"] == []
    assert paragraph in [p["text"] for p in article["paragraphs"]]


@pytest.mark.parametrize("caption", [
    "上 图 书馆 看 书",  # no caption: 图书
    "图 为 市民 在 图书馆 阅读",
    "图为市民在图书馆阅读",
])
def test_a_two_name_byline_under_a_line_keeps_its_names_apart(caption: str) -> None:
    once = normalize_stdin(f"{caption}\n记者 王丽 李华\n\n{LEAD}\n")
    assert "王丽 李华" in once.split("\n")[1]
    assert normalize_stdin(once) == once
