"""A caption's lead is no word's start (review of 6596d6a, roles._CAPTION_LEAD): `上图书馆借书…`
and `左图右史…` opened a caption (图书馆 and 左图右史 are words of three and four hanzi); a two-hanzi
word after 图 is no sign (captions print `下图左一为…`, `上图 书法爱好者…`, `右图文艺工作者…`, so
`下图表显示…` still reads as a caption, a known limit). `上 图 书馆 看 书` / `记者 王丽 李华` glued
the two reporters (`记者王丽李华`) once the stray space let the line read as a caption. A two-name
byline under a caption keeps the gap between its names, whether the lead holds a stray space or
not, and normalising twice gives what once gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import first_article, normalize_stdin

LEAD = "本报讯（记者 王丽）11月8日，全市召开会议，部署秋冬季农业生产工作。"


# --- a caption's lead is no word's start; a byline under a caption keeps its names apart --------

@pytest.mark.parametrize("paragraph", [
    "上图书馆借书的市民越来越多，阅览室座无虚席。",
    "左图右史，书香满城。",
])
def test_a_paragraph_opening_with_a_word_holding_tu_is_no_caption(tmp_path: Path, paragraph: str) -> None:
    article = first_article(tmp_path, f"全市召开会议\n\n{LEAD}\n\n{paragraph}\n")
    assert article["captions"] == []
    assert paragraph in [p["text"] for p in article["paragraphs"]]


@pytest.mark.parametrize("caption", [
    "下图左一为获奖选手代表。",
    "上图 书法爱好者现场挥毫泼墨。",
    "右图文艺工作者为群众送上精彩演出。",
    "上图 表演者在台上演出。",
    "上图下方为改造后的街道。",
    "下图 书店店员在整理书架。",
])
def test_a_caption_whose_tu_makes_a_two_hanzi_word_is_a_caption(tmp_path: Path, caption: str) -> None:
    """A caption printed with a two-hanzi word after its side's 图 (图左, 图书, 图文, 图表) stays a
    caption, its credit under it (a review of ae2b729 found them read as paragraphs)."""
    page = f"全市召开会议\n\n{LEAD}\n\n{caption}\n\n本报记者 马俊 摄\n\n会议强调，要抓好落实。\n"
    article = first_article(tmp_path, page)
    assert caption.replace(" ", "") in [c.replace(" ", "") for c in article["captions"]]


@pytest.mark.parametrize("caption", [
    "上 图 书馆 看 书",
    "图 为 市民 在 图书馆 阅读",
    "图为市民在图书馆阅读",
])
def test_a_two_name_byline_under_a_line_keeps_its_names_apart(caption: str) -> None:
    once = normalize_stdin(f"{caption}\n记者 王丽 李华\n\n{LEAD}\n")
    assert "王丽 李华" in once.split("\n")[1]
    assert normalize_stdin(once) == once


@pytest.mark.parametrize("line", [
    "下图 书店店员在整理书架。", "上图 下方为改造后的街道。", "左图 右史，书香满城。",
    "左 图右史，书香满城。", "上 图 书馆 看 书", "上图 书法爱好者现场挥毫泼墨。",
])
def test_a_gap_in_a_caption_lead_reads_as_the_glued_lead(line: str) -> None:
    """The spacing step removes a stray gap in the lead; a second run reads the lead as the first
    did, so the byline under it keeps or loses its gaps once and for all (a review of 64e0424)."""
    once = normalize_stdin(f"{line}\n记者 王丽 李华\n\n{LEAD}\n")
    assert normalize_stdin(once) == once
