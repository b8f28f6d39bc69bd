"""A page head naming a common page (画报, 学报, 画刊, 图表, 本地新闻, 本埠) states its page again
(v15, helper FA).

Before, `第8版 画报` over a title was the first article's kicker and the page None: 画报 and 学报 were
taken for report words (喜报, 捷报). Glued, `第8版画刊`, `第8版图表`, `第8版画报`, `第8版本地新闻` and
`第8版本埠` named no page, as jieba reads 版画, 版图 and 版本 as words. A glued tail that is no page's
name and makes a word with 版 (`第2版画展开幕`, `第3版本升级`) is still a headline.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

BODY = "\n\n金秋时节游陇原\n\n本报讯 近日，全市召开会议，部署秋季旅游工作。\n"


def _convert(top: str, fmt: str) -> str:
    result = CliRunner().invoke(app, ["convert", "-", "-f", fmt], input=top + BODY)
    assert result.exit_code == 0, result.output
    return result.stdout


def _doc(top: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(_convert(top, "json"))
    return doc


PAGE_HEADS = [
    "第8版 画报", "第8版 学报", "第8版：画报", "第8版画刊", "第8版图表", "第8版画报", "第8版学报",
    "第8版本地新闻", "第8版本埠", "第8版本市新闻", "第8版图文",
]


@pytest.mark.parametrize("top", PAGE_HEADS)
def test_a_page_name_after_the_page_states_the_page(top: str) -> None:
    """Before: page None, the line the first article's kicker (or title). Now page furniture
    stating page 8, and the article's title is the title under it."""
    doc = _doc(top)
    assert doc["page"] == 8
    assert doc["furniture"] == [top]
    assert [a["titles"] for a in doc["articles"]] == [["金秋时节游陇原"]]
    assert top not in _convert(top, "txt")


@pytest.mark.parametrize("top", ["第2版画展开幕", "第5版式设计获奖", "第3版本升级", "第3版面设计大赛"])
def test_a_word_with_ban_still_names_no_page(top: str) -> None:
    """Guard: a glued tail that is no page's name and makes a word with 版 is a headline, kept."""
    doc = _doc(top)
    assert (doc["page"], doc["furniture"]) == (None, [])
    assert top in _convert(top, "txt")
