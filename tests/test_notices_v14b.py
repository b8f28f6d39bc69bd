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


def _lines(text: str | None) -> list[str]:
    return [] if text is None else [ln for ln in text.splitlines() if ln.strip()]


# --- 1. the issuer and the date in two blocks ----------------------------------------------------

#: (title, the issuer's lines, the date)
SPLIT_CLOSERS = [
    ("通知", "兰州公交集团有限公司", "2023年10月12日"),
    ("讣告", "张德明同志治丧委员会", "2023年10月12日"),
    ("法院公告", "甘肃省兰州市中级人民法院", "二〇二三年十月十二日"),
    ("致全市市民的一封信", "中共兰州市委办公厅\n兰州市人民政府办公厅", "2023年10月12日"),
    ("读者来信", "读者 刘建国", "2023年10月10日"),
]


@pytest.mark.parametrize(("title", "issuer", "date"), SPLIT_CLOSERS)
def test_an_issuer_and_a_date_apart_close_the_article(title: str, issuer: str, date: str) -> None:
    page = f"{title}\n\n{BODY}\n\n{issuer}\n\n{date}\n"
    (article,) = _articles(page)
    assert article["titles"] == [title]
    assert _lines(article["signature"]) == [*issuer.splitlines(), date]
    assert _paragraphs(article) == PARAGRAPHS
    txt = convert_stdin(page, "-f", "txt")
    assert "＊＊＊" not in txt
    assert txt.endswith(f"特此公告。\n\n{issuer}\n\n{date}\n")  # both, as printed
    tei = convert_stdin(page, "-f", "tei")
    assert f"<signed>{issuer}</signed>" in tei  # the issuer signs; the date is the closer's text
    assert f"</signed>\n\n{date}</closer>" in tei


def test_a_letter_signed_apart_from_its_date_keeps_its_close() -> None:
    page = ("读者来信\n\n小区门前路灯何时能亮\n\n编辑同志：\n\n"
            "我是城关区某小区的居民。希望有关部门尽快维修。\n\n"
            "此致\n敬礼！\n\n读者 刘建国\n\n2023年10月8日\n")
    (article,) = _articles(page)
    assert article["titles"] == ["小区门前路灯何时能亮"]
    assert _lines(article["signature"]) == ["读者 刘建国", "2023年10月8日"]
    assert _paragraphs(article)[-1].replace("\n", "") == "此致敬礼！"


def test_an_issuer_and_a_date_apart_before_the_next_notice() -> None:
    page = f"通知\n\n{BODY}\n\n兰州公交集团有限公司\n\n2023年10月12日\n\n{NEXT}"
    first, second = _articles(page)
    assert _lines(first["signature"]) == ["兰州公交集团有限公司", "2023年10月12日"]
    assert second["titles"] == ["关于暂停办理业务的通知"]
    assert second["kicker"] == []


def test_an_issuer_over_a_date_and_text_is_still_a_title() -> None:
    """A guard: with text under them, the two blocks head it (the date stays a date line)."""
    page = f"通知\n\n{BODY}\n\n兰州公交集团有限公司\n\n2023年10月12日\n\n近日，公交集团发布线路调整方案。\n"
    first, second = _articles(page)
    assert first["signature"] is None
    assert second["titles"] == ["兰州公交集团有限公司"]
    assert _paragraphs(second) == ["近日，公交集团发布线路调整方案。"]


# --- 2. a date alone under the article's text -----------------------------------------------------

@pytest.mark.parametrize("date", ["2023年10月12日", "二〇二三年十月十二日", "2023年 10月 12日"])
def test_a_date_under_the_last_paragraph_closes_the_article(date: str) -> None:
    page = f"关于调整部分公交线路的公告\n\n{BODY}\n\n{date}\n"
    (article,) = _articles(page)
    assert _paragraphs(article) == PARAGRAPHS
    assert article["signature"] is not None
    assert article["signature"].replace(" ", "") == date.replace(" ", "")
    txt = convert_stdin(page, "-f", "txt")
    assert txt.rstrip("\n").endswith(article["signature"])  # no longer left out
    tei = convert_stdin(page, "-f", "tei")
    assert f"<closer>{article['signature']}</closer>" in tei  # nobody signs: the date alone
    assert "<fw" not in tei


def test_a_date_under_a_notice_before_the_next_one() -> None:
    page = f"关于调整部分公交线路的公告\n\n{BODY}\n\n2023年10月12日\n\n{NEXT}"
    first, second = _articles(page)
    assert first["signature"] == "2023年10月12日"
    assert second["titles"] == ["关于暂停办理业务的通知"]
    assert _paragraphs(second) == ["因系统升级，10月14日暂停办理业务。"]


def test_a_date_between_paragraphs_stays_furniture() -> None:
    """A guard: text after the date (no heading, not the page's end): a date line set in the page."""
    page = f"通知\n\n{BODY}\n\n2023年10月12日\n\n近日，公交集团发布线路调整方案。\n"
    (article,) = _articles(page)
    assert article["signature"] is None
    assert "2023年10月12日" not in convert_stdin(page, "-f", "txt")


def test_a_date_under_a_cut_paragraph_stays_furniture() -> None:
    """A guard: under a paragraph the page cuts mid-sentence the date closes nothing."""
    page = "全市召开会议\n\n近日，全市召开会议，部署下一阶段\n\n2023年10月12日\n"
    (article,) = _articles(page)
    assert article["signature"] is None
    assert "2023年10月12日" not in convert_stdin(page, "-f", "txt")


@pytest.mark.parametrize("top", ["2023年10月12日", "2023年10月12日 星期四"])
def test_the_running_heads_date_stays_furniture(top: str) -> None:
    page = f"{top}\n\n关于调整部分公交线路的公告\n\n{BODY}\n"
    doc = _json(page)
    (article,) = doc["articles"]
    assert article["signature"] is None
    assert doc["date"] == "2023-10-12"
    assert top not in convert_stdin(page, "-f", "txt")


def test_a_dated_footer_line_stays_furniture() -> None:
    """A guard: a date with its weekday under the text is the page's footer, no closing date."""
    page = f"关于调整部分公交线路的公告\n\n{BODY}\n\n2023年10月12日 星期四\n"
    (article,) = _articles(page)
    assert article["signature"] is None


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


def test_bracketed_words_after_a_signed_article_close_it() -> None:
    """Under a signature, bracketed words are an end note of the signed article (`（本报综合）`), as
    under its text: position alone cannot tell `（受权发布）` from them (tests/test_review_fixes_v14b.py)."""
    page = f"全市召开会议\n\n近日，全市召开会议。\n\n（王丽）\n\n（受权发布）\n\n{DECREE}"
    first, second = _articles(page)
    assert first["signature"] == "（王丽）"
    assert _paragraphs(first) == ["近日，全市召开会议。", "（受权发布）"]
    assert second["kicker"] == []
    assert second["titles"] == ["中华人民共和国主席令"]


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


def test_a_complimentary_close_over_the_next_title_closes_the_letter() -> None:
    page = f"读者来信\n\n希望有关部门尽快维修。\n\n此致\n敬礼！\n\n{NEXT}"
    first, second = _articles(page)
    assert first["titles"] == ["读者来信"]
    assert _paragraphs(first)[-1].replace("\n", "") == "此致敬礼！"
    assert second["titles"] == ["关于暂停办理业务的通知"]
    assert second["kicker"] == []
    assert _paragraphs(second) == ["因系统升级，10月14日暂停办理业务。"]
