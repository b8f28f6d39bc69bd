"""Listing rows one a block, the review's mend (s26-LIST mend):

- row-shaped lines over a story's title or `——` subtitle and its byline, dateline or lead are a
  headline stack with figures: one article, the lines its heads, as before listings were read (the
  listing read split them into a titleless article of rows and an article under the title);
- a bracketed note under the rows without a `。` (`（数据截至收盘）`) is a paragraph of the listing's
  article, as the note with its `。` is (it was an article of its own, flagged `empty`).

Each page goes through `layoutfix convert` (typer's CliRunner).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from tei_parts import TEI, all_paragraphs, converted_articles, own_heads

#: (heads, opener, lead): a headline stack with figures (its heads, one block each), the story's
#: byline or dateline opening its lead (or none), and the lead as the text keeps it.
STACKS = [
    (["上海海港 2:0 山东泰山", "北京国安 1:1 成都蓉城", "中超第28轮战罢"], "本报讯（记者 李明）",
     "昨晚，中超联赛第28轮展开角逐。"),
    (["上证指数 3088.64 +0.52%", "深证成指 9856.20 -0.31%", "——两市走势分化"], "本报讯（记者 王强）",
     "昨日，两市走势分化。"),
    (["上证指数 3088.64 +0.52%", "深证成指 9856.20 -0.31%", "——两市走势分化"], "",
     "昨日，两市走势分化，成交额有所萎缩。"),
    (["台股 17,345.67 +1.2%", "櫃買 210.34 -0.5%", "台股收紅"], "記者王麗／台北報導\n\n",
     "台股昨日收盤上漲。"),
    (["中華職棒", "統一獅 5:3 中信兄弟", "樂天桃猿 2:1 味全龍", "統一獅逆轉勝"], "",
     "昨晚，統一獅在台南球場逆轉擊敗中信兄弟。"),
]


def _convert(tmp_path: Path, text: str, fmt: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("heads", "opener", "lead"), STACKS, ids=range(len(STACKS)))
def test_rows_over_a_title_and_its_story_are_the_story_s_heads(
    tmp_path: Path, heads: list[str], opener: str, lead: str
) -> None:
    (art,) = converted_articles(tmp_path, "\n\n".join([*heads, opener + lead]) + "\n")
    assert own_heads(art) == heads
    assert art.find(f"{TEI}div") is None  # the story is no subsection of a listing
    assert all_paragraphs(art) == [lead]


def test_a_timetable_over_the_next_story_stays_a_listing(tmp_path: Path) -> None:
    page = "\n\n".join(["中央电视台一套", "8:00 朝闻天下", "12:00 新闻30分", "市政府部署冬季供暖工作",
                        "昨日，市政府召开会议，部署冬季供暖工作。"]) + "\n"
    listing, story = converted_articles(tmp_path, page)
    assert own_heads(listing) == ["中央电视台一套"]
    assert all_paragraphs(listing) == ["8:00 朝闻天下\n12:00 新闻30分"]
    assert own_heads(story) == ["市政府部署冬季供暖工作"]


@pytest.mark.parametrize(("label", "rows", "note"), [
    ("中央电视台一套", ["8:00 朝闻天下", "12:00 新闻30分", "19:00 新闻联播"], "（节目如有变动以播出为准）"),
    ("今日股市", ["上证指数 3088.64 +0.52%", "深证成指 9856.20 -0.31%"], "（数据截至收盘）"),
])
def test_a_bracketed_note_without_a_full_stop_is_a_paragraph_of_the_listing(
    tmp_path: Path, label: str, rows: list[str], note: str
) -> None:
    page = "\n\n".join([label, *rows, note]) + "\n"
    (art,) = converted_articles(tmp_path, page)
    assert own_heads(art) == [label]
    assert all_paragraphs(art) == ["\n".join(rows), note]
    (data,) = json.loads(_convert(tmp_path, page, "json"))["articles"]
    assert data["flags"] == []
    assert [p["text"] for p in data["paragraphs"]] == ["\n".join(rows), note]
