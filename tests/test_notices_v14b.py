"""Follow-ups of the notices' closing lines (tests/test_notices_v14.py): the issuer and the date in
two blocks, a date alone under the text, a bracketed kicker over a title, and a letter's
complimentary close ending the page.

Before: the issuer and the date set apart by a blank line (`兰州公交集团有限公司` / `2023年10月12日`)
gave an empty article titled with the issuer, the date taken for page furniture and left out of the
plain text; a date alone under a notice's last paragraph was furniture too; `（受权发布）` above
`中华人民共和国主席令` was an article of its own; `此致` / `敬礼！` ending the page was the title of an
empty article.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cli_pages import convert_stdin

BODY = "为方便市民出行，经研究，决定对部分公交线路进行调整。\n\n特此公告。"
PARAGRAPHS = ["为方便市民出行，经研究，决定对部分公交线路进行调整。", "特此公告。"]
NEXT = "关于暂停办理业务的通知\n\n因系统升级，10月14日暂停办理业务。\n"


def _json(page: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(convert_stdin(page, "-f", "json"))
    return doc


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = _json(page)["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


# --- 3. a bracketed kicker over a title ----------------------------------------------------------

DECREE = ("中华人民共和国主席令\n\n"
          "本报讯 第十四届全国人民代表大会常务委员会第五次会议于2023年10月12日通过，现予公布。\n")


@pytest.mark.parametrize("printed", ["（受权发布）", "（授权发布）", "(受权发布)", "（图文）"])
def test_bracketed_words_over_a_title_are_its_kicker(printed: str) -> None:
    page = f"{printed}\n\n{DECREE}"
    kicker = printed.replace("(", "（").replace(")", "）")  # (the brackets normalised full-width)
    (article,) = _articles(page)
    assert article["kicker"] == [kicker]
    assert article["titles"] == ["中华人民共和国主席令"]
    assert "starts-mid-article" not in article["flags"]
    txt = convert_stdin(page, "-f", "txt")
    assert "＊＊＊" not in txt
    assert txt.startswith(f"{kicker}\n")
    assert f'<head type="kicker">{kicker}</head>' in convert_stdin(page, "-f", "tei")


def test_a_bracketed_kicker_after_an_ornament_line() -> None:
    page = f"全市召开会议\n\n近日，全市召开会议。\n\n＊＊＊\n\n（受权发布）\n\n{DECREE}"
    first, second = _articles(page)
    assert _paragraphs(first) == ["近日，全市召开会议。"]
    assert second["kicker"] == ["（受权发布）"]
    assert second["titles"] == ["中华人民共和国主席令"]


def test_a_bracketed_kicker_after_a_signed_article() -> None:
    page = f"全市召开会议\n\n近日，全市召开会议。\n\n（王丽）\n\n（受权发布）\n\n{DECREE}"
    first, second = _articles(page)
    assert first["signature"] == "（王丽）"
    assert second["kicker"] == ["（受权发布）"]


def test_bracketed_words_under_a_paragraph_stay_its_text() -> None:
    """A guard: under a paragraph, bracketed words close it (as `（完）` does), whatever follows."""
    page = ("全市召开会议\n\n近日，全市召开会议。\n\n（会议现场）\n\n"
            "秋收时节农事忙\n\n本报讯 10月10日，农民正在收割玉米。\n")
    first, second = _articles(page)
    assert _paragraphs(first) == ["近日，全市召开会议。", "（会议现场）"]
    assert second["kicker"] == []


def test_bracketed_words_over_text_stay_text() -> None:
    """A guard: with a paragraph under them, bracketed words head nothing."""
    (article,) = _articles("（受权发布）\n\n近日，全市召开会议。\n")
    assert article["kicker"] == [] and article["titles"] == []
    assert _paragraphs(article) == ["（受权发布）", "近日，全市召开会议。"]


# --- 4. a letter's complimentary close ending the page --------------------------------------------

@pytest.mark.parametrize("close", ["此致\n敬礼！", "此致\n\n敬礼！", "此致\n敬礼！\n\n＊＊＊"])
def test_a_complimentary_close_ending_the_page_closes_the_letter(close: str) -> None:
    page = f"读者来信\n\n希望有关部门尽快维修。\n\n{close}\n"
    (article,) = _articles(page)
    assert article["titles"] == ["读者来信"]
    assert "".join(_paragraphs(article)).replace("\n", "").endswith("此致敬礼！")
    txt = convert_stdin(page, "-f", "txt")
    assert txt.startswith("读者来信\n\n希望有关部门尽快维修。\n\n此致")
    assert txt.count("＊＊＊") == close.count("＊＊＊")  # no article break before the close
