"""A name under a title whose lead opens with that name is the article's subject, not its writer.

`时代楷模` / `张桂梅` in one block over the lead `张桂梅是…` was read as a title and a byline, the
subject's name given as the writer (TEI `<byline>`, JSON `byline`). A writer does not open the text
with their own name: the name is now the title and the line above it the kicker, as with a dateline
byline under the two lines. A bare name over a lead that does not open with it stays the byline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import article_parts, json_articles, sectioned_head


def _articles(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, list[str]]]:
    """Each TEI article's heads (`type:text`), bylines and paragraphs."""
    return article_parts(convert_page(runner, tmp_path, page), sectioned_head)


@pytest.mark.parametrize("kicker, name, lead", [
    ("时代楷模", "张桂梅", "张桂梅是云南丽江华坪女子高级中学党支部书记、校长。"),
    ("最美奋斗者", "黄大年", "黄大年，著名地球物理学家，生前任吉林大学教授。"),
    ("感动中国年度人物", "欧阳晓明", "欧阳晓明扎根乡村教育三十年，从未离开讲台。"),
])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # the lead in a block of its own, or in the same block
def test_a_name_the_lead_opens_with_is_the_title(
    runner: CliRunner, tmp_path: Path, kicker: str, name: str, lead: str, gap: str
) -> None:
    page = f"{kicker}\n{name}{gap}{lead}\n"
    arts = _articles(runner, tmp_path, page)
    assert arts == [{"heads": [f"kicker:{kicker}", f"title:{name}"], "bylines": [], "paragraphs": [lead]}]
    art = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))[0]
    assert (art["kicker"], art["titles"], art["byline"]) == ([kicker], [name], [])


@pytest.mark.parametrize("byline, lead", [
    ("张明", "重阳节当天，市民纷纷登山赏秋。"),  # the writer: the lead does not name him
    ("黄大年", "1958年，黄大年出生于广西南宁。"),  # the name further on in the lead: left as it was
    ("王丽 李华", "王丽和李华一起登山。"),  # two names: writers
])
def test_a_name_over_a_lead_not_opening_with_it_stays_the_byline(
    runner: CliRunner, tmp_path: Path, byline: str, lead: str
) -> None:
    arts = _articles(runner, tmp_path, f"秋日登高\n{byline}\n\n{lead}\n")
    assert arts == [{"heads": ["title:秋日登高"], "bylines": [byline], "paragraphs": [lead]}]


def test_a_poet_over_verse_stays_the_byline(runner: CliRunner, tmp_path: Path) -> None:
    verse = "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"
    arts = _articles(runner, tmp_path, f"秋日登高\n张明\n\n{verse}\n")
    assert arts == [{"heads": ["title:秋日登高"], "bylines": ["张明"], "paragraphs": [verse]}]
