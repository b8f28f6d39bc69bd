"""Spaces an editor printed that `normalize` and `convert` removed (text altered).

1. A headline printed on two or three lines in one block (a title over two lines, a kicker over its
   title, a title over its subtitle) lost the phrase gaps of its lines but the first
   (`强基层 补短板` / `惠民生促发展`): the spacing step read one-line blocks only as headlines. A block
   the labels read as headings only now keeps them on every line, as a one-line headline does;
   a paragraph, its lines wrapped, still loses its stray spaces.
2. Verse right under a line of two bare names in one block (`秋日登高` / `王丽 李华` / verse) lost its
   caesuras (`远山含黛色近水映秋光`): the gap between the names made the block no poem. With one name
   (`张明`) the caesuras stayed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_logged
from tei_parts import article_parts, text_of

LEAD = "本报讯 近日，全市召开会议，部署相关工作。"


def _articles(tmp_path: Path, text: str) -> list[dict[str, list[str]]]:
    """`layoutfix convert PAGE.txt` (TEI): every article's heads (their text alone), bylines and
    paragraphs."""
    return article_parts(convert_page(CliRunner(), tmp_path, text), text_of)


# --- 1. a headline over several lines -------------------------------------------------------------

HEADLINES = [
    "强基层 补短板\n惠民生 促发展",  # a title over two lines
    "秦州区政协\n调研教师队伍 助推教育发展",  # a kicker over its title
    "凝心聚力谋发展 砥砺奋进新征程\n——写在全省经济工作会议召开之际",  # a title over its subtitle
    "甘肃省政协\n强基层 补短板\n惠民生 促发展",  # three lines
]


@pytest.mark.parametrize("head", HEADLINES)
def test_a_headline_over_several_lines_keeps_every_phrase_gap(tmp_path: Path, head: str) -> None:
    page = f"{head}\n\n{LEAD}\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert edits == []


@pytest.mark.parametrize("head", HEADLINES)
def test_convert_prints_the_headline_as_printed(tmp_path: Path, head: str) -> None:
    arts = _articles(tmp_path, f"{head}\n\n{LEAD}\n")
    assert "\n".join(arts[0]["heads"]) == head


def test_letterspacing_in_a_headline_over_two_lines_still_goes(tmp_path: Path) -> None:
    """Single characters padded apart are no phrases: their spaces go, the phrase gap stays."""
    out, edits = normalize_logged(tmp_path, f"专 题 协 商\n让建言 更精准\n\n{LEAD}\n")
    assert out.startswith("专题协商\n让建言 更精准\n\n")
    assert [e["rule"] for e in edits] == ["space.cjk-cjk"] * 3


@pytest.mark.parametrize(("text", "fixed"), [
    # a paragraph's wrapped lines: a stray space on a line without punctuation
    ("全市召开会议 部署秋冬\n季农业生产工作。", "全市召开会议部署秋冬\n季农业生产工作。"),
    ("会议强调 各级各部门要\n提高政治站位 抓好落实。", "会议强调各级各部门要\n提高政治站位抓好落实。"),
])
def test_a_paragraph_over_several_lines_loses_its_stray_spaces(tmp_path: Path, text: str, fixed: str) -> None:
    out, edits = normalize_logged(tmp_path, f"{text}\n")
    assert out == f"{fixed}\n"
    assert {e["rule"] for e in edits} == {"space.cjk-cjk"}


def test_a_block_of_four_lines_is_no_headline(tmp_path: Path) -> None:
    """A title takes three lines at most (a kicker, the title, a subtitle): four short lines with a
    stray space each are text."""
    text = "全市召开会议 部署工作\n会议要求各地 抓好落实\n确保各项任务 落到实处\n推动全市经济 高质量发展"
    out, _edits = normalize_logged(tmp_path, f"{text}\n")
    assert out == text.replace(" ", "") + "\n"


# --- 2. verse under bare names --------------------------------------------------------------------

VERSE = "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"


@pytest.mark.parametrize("names", ["张明", "王丽 李华", "王丽 李华 张强", "王丽、李华"])
def test_verse_under_bare_names_keeps_its_caesuras(tmp_path: Path, names: str) -> None:
    page = f"秋日登高\n{names}\n{VERSE}\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert edits == []


@pytest.mark.parametrize("names", ["张明", "王丽 李华"])
def test_convert_prints_the_poem_with_its_caesuras(tmp_path: Path, names: str) -> None:
    arts = _articles(tmp_path, f"秋日登高\n{names}\n{VERSE}\n")
    assert arts == [{"heads": ["秋日登高"], "bylines": [names], "paragraphs": [VERSE]}]


def test_verse_under_a_spaced_title_and_names_keeps_its_caesuras(tmp_path: Path) -> None:
    """The title line the labels cut off above the names does not make the block prose."""
    out, _edits = normalize_logged(tmp_path, f"秋日登高 外一首\n王丽 李华\n{VERSE}\n")
    assert out.endswith(f"\n王丽 李华\n{VERSE}\n")


def test_verse_over_names_closing_it_keeps_its_caesuras(tmp_path: Path) -> None:
    page = f"{VERSE}\n寒风吹瘦竹 冷月照孤窗\n孤灯人未寐 残雪夜初长\n王丽 李华\n"  # (no headline: five lines)
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert edits == []


@pytest.mark.parametrize("line", [
    "近日 全市召开会议",  # prose with a stray space above the lines
    "王丽 进行",  # a name and a word: no line of names
])
def test_a_gapped_line_that_is_no_name_or_title_still_makes_prose(tmp_path: Path, line: str) -> None:
    text = f"会议强调，要抓好落实。\n{line}\n{VERSE}"
    out, _edits = normalize_logged(tmp_path, f"{text}\n")
    assert out == text.replace(" ", "") + "\n"
