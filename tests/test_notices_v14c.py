"""A notice's closing formula printed without its full stop (`特此公告` alone on its line), as
notices often print it (tests/test_notices_v14b.py has it with the full stop).

Before: `特此公告` was read as a heading: the date under it was dropped as page furniture, and the
next notice's title became a subhead of the first notice with its text merged in, the formula a
second subhead. Now the formula is the notice's last paragraph, the date its closing date, and the
next notice an article of its own, as with `特此公告。`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cli_pages import convert_stdin

TITLE = "关于调整公交线路的公告"
TEXT = "为方便市民出行，决定调整线路。"
DATE = "2023年10月12日"
NEXT_TITLE = "关于暂停办理业务的通知"
NEXT_TEXT = "因系统升级，暂停办理业务。"
#: Each formula alone on its line, as notices, statements and certificates close.
FORMULAS = ["特此公告", "特此通知", "特此声明", "特此函告", "特此证明", "特此公告！", "特此聲明"]


def _page(formula: str, closing: str = DATE) -> str:
    """Two notices, the first closing with `formula` and `closing` under it, blocks apart."""
    return f"{TITLE}\n\n{TEXT}\n\n{formula}\n\n{closing}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_bare_formula_ends_the_notice_and_keeps_its_date(formula: str) -> None:
    first, second = _articles(_page(formula))
    assert first["titles"] == [TITLE]
    assert first["subheads"] == []
    assert _paragraphs(first) == [TEXT, formula]
    assert first["signature"] == DATE
    assert first["furniture"] == []
    assert second["titles"] == [NEXT_TITLE]
    assert _paragraphs(second) == [NEXT_TEXT]


def test_the_plain_text_keeps_the_formula_and_the_date() -> None:
    txt = convert_stdin(_page("特此公告"), "-f", "txt")
    assert f"{TEXT}\n\n特此公告\n\n{DATE}\n\n＊＊＊\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n" in txt


def test_a_bare_formula_over_the_issuer_and_date_apart() -> None:
    issuer = "兰州公交集团有限公司"
    page = f"{TITLE}\n\n{TEXT}\n\n特此通知\n\n{issuer}\n\n{DATE}\n"
    (article,) = _articles(page)
    assert _paragraphs(article) == [TEXT, "特此通知"]
    assert [ln for ln in (article["signature"] or "").splitlines() if ln.strip()] == [issuer, DATE]


def test_a_bare_formula_is_a_paragraph_of_its_own() -> None:
    """Under the text and over more text it is not run into the next paragraph."""
    page = f"{TITLE}\n\n{TEXT}\n\n特此公告\n\n联系电话：0931-8612345\n"
    (article,) = _articles(page)
    assert _paragraphs(article)[:2] == [TEXT, "特此公告"]


@pytest.mark.parametrize("heading", ["特此公告各界人士", "特此致谢"])
def test_a_heading_opening_with_the_words_stays_a_heading(heading: str) -> None:
    """Only the formula alone is one: a title or subhead opening with its words stays a heading."""
    page = f"{heading}\n\n{TEXT}\n"
    (article,) = _articles(page)
    assert article["titles"] == [heading]
