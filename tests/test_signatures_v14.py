"""Bare bracketed lines under an article that are words, not names (`（平安）`, `（方面 王丽）`).

A bracketed line of its own under an article signed it whatever it held: `（平安）` ("safe") became
`<closer>（<signed>平安</signed>）</closer>`. It now signs only when its tokens name people (as at a
paragraph's end: `（王丽）`, `（晓明）`) or are proper names (`（新华社）`); otherwise it is a paragraph of
the article, as `（完）` and `（据人民网）` alone are. Beside a name, a word opening with a surname still
counts as a name (`（马力 王丽）`: 马力 is a word and a common name), at a paragraph's end too, where a
pair that did not sign would lose its space to the spacing step.
"""

from __future__ import annotations

from typing import Any

import pytest

from cli_pages import convert_stdin
from tei_parts import json_articles

TITLE = "全市召开会议"
LEAD = "近日，全市召开会议。会议强调要抓好落实。"


def _article(page: str) -> dict[str, Any]:
    """The JSON export's one article of `page`."""
    (article,) = json_articles(convert_stdin(page, "-f", "json"))
    return article


@pytest.mark.parametrize("inner", ["平安", "会议现场", "金融 安全"])
def test_words_in_brackets_on_their_own_are_a_paragraph(inner: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n（{inner}）\n"
    article = _article(page)
    assert article["signature"] is None
    assert [p["text"] for p in article["paragraphs"]] == [LEAD, f"（{inner}）"]
    tei = convert_stdin(page, "-f", "tei")
    assert "<closer>" not in tei and "<signed>" not in tei
    assert f"（{inner}）" in convert_stdin(page, "-f", "txt")


@pytest.mark.parametrize(
    "inner", ["王丽", "晓明", "欧阳晓明", "方向明", "新华社", "江山 高峰", "王丽 李华", "马力 王丽"])
def test_names_in_brackets_on_their_own_still_sign(inner: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n（{inner}）\n"
    article = _article(page)
    assert article["signature"] == f"（{inner}）"
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]
    assert f"<signed>{inner}</signed>" in convert_stdin(page, "-f", "tei")


@pytest.mark.parametrize("sep", ["", "\n"])
@pytest.mark.parametrize("inner", ["王丽", "晓明", "方向明", "江山 高峰", "马力 王丽"])
def test_names_closing_the_paragraph_still_sign(sep: str, inner: str) -> None:
    article = _article(f"{TITLE}\n\n{LEAD}{sep}（{inner}）\n")
    assert article["signature"] == f"（{inner}）"
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]


@pytest.mark.parametrize("inner", ["（2023）", "（ ）"])
def test_brackets_holding_no_hanzi_on_their_own_do_not_sign(inner: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{inner}\n"
    assert _article(page)["signature"] is None
