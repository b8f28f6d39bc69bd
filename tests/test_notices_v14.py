"""Notices, letters, obituaries and court notices: their closing lines, the notes under their
headings and the lists and salutations their text opens.

The v14 audit of page kinds converted correct pages and found: the issuer and date closing a notice
(`兰州公交集团有限公司` / `2023年10月12日`) became the title of an empty second article; a bracketed
note under a heading (`（截至第30轮）`) was taken for the title, the heading becoming a kicker; a
paragraph announcing a list (`…公告如下：`) was joined with the list's first item, and a salutation
(`编辑同志：`) with the paragraph under it.
"""

from __future__ import annotations

from typing import Any

import pytest

from cli_pages import convert_stdin
from tei_parts import json_articles, json_paragraphs

BODY = "为方便市民出行，经研究，决定对部分公交线路进行调整。\n\n特此公告。"


def _articles(page: str) -> list[dict[str, Any]]:
    """The JSON export's articles of `page`."""
    return json_articles(convert_stdin(page, "-f", "json"))


# --- the closing lines of a notice, a letter, an obituary ---------------------------------------

#: (title, closing block, the issuer's lines, the date line or "")
CLOSERS = [
    ("关于调整部分公交线路的公告", "兰州公交集团有限公司\n2023年10月12日", "兰州公交集团有限公司",
     "2023年10月12日"),
    ("讣告", "张德明同志治丧委员会\n2023年10月12日", "张德明同志治丧委员会", "2023年10月12日"),
    ("法院公告", "甘肃省兰州市中级人民法院\n2023年10月12日", "甘肃省兰州市中级人民法院", "2023年10月12日"),
    ("致全市市民的一封信", "中共兰州市委办公厅\n兰州市人民政府办公厅\n2023年10月12日",
     "中共兰州市委办公厅\n兰州市人民政府办公厅", "2023年10月12日"),
    ("致歉声明", "张伟 李娜 敬启", "张伟 李娜 敬启", ""),
    ("读者来信", "读者 刘建国\n2023年10月10日", "读者 刘建国", "2023年10月10日"),
]


@pytest.mark.parametrize(("title", "closer", "issuer", "date"), CLOSERS)
def test_the_closing_lines_close_the_article_above(title: str, closer: str, issuer: str, date: str) -> None:
    page = f"{title}\n\n{BODY}\n\n{closer}\n"
    (article,) = _articles(page)
    assert article["titles"] == [title]
    assert article["signature"] == closer  # spaces and lines as printed
    assert json_paragraphs(article) == ["为方便市民出行，经研究，决定对部分公交线路进行调整。", "特此公告。"]
    txt = convert_stdin(page, "-f", "txt")
    assert "＊＊＊" not in txt
    assert txt.endswith(f"特此公告。\n\n{closer}\n")
    tei = convert_stdin(page, "-f", "tei")
    assert f"<signed>{issuer}</signed>" in tei
    if date:  # the date is the closer's text, not the signer's
        assert f"</signed>\n{date}</closer>" in tei


def test_a_traditional_notice_is_signed_by_its_board() -> None:
    page = "公告\n\n本公司訂於112年11月20日召開股東臨時會。\n\n特此公告。\n\n某某股份有限公司 董事會 謹啟\n"
    (article,) = _articles(page)
    assert article["titles"] == ["公告"]
    assert article["signature"] == "某某股份有限公司 董事會 謹啟"


def test_a_letters_close_stays_in_the_letter() -> None:
    page = ("读者来信\n\n小区门前路灯何时能亮\n\n编辑同志：\n\n"
            "我是城关区某小区的居民。希望有关部门尽快维修。\n\n此致\n敬礼！\n\n读者 刘建国\n2023年10月8日\n")
    (article,) = _articles(page)
    assert article["titles"] == ["小区门前路灯何时能亮"]
    assert article["signature"] == "读者 刘建国\n2023年10月8日"
    assert json_paragraphs(article)[-1].replace("\n", "") == "此致敬礼！"
    assert "＊＊＊" not in convert_stdin(page, "-f", "txt")


def test_a_signer_keeps_the_space_after_the_label() -> None:
    page = "读者来信\n\n希望有关部门尽快维修。\n\n读者 刘建国\n2023年10月8日\n"
    assert "读者 刘建国\n2023年10月8日" in convert_stdin(page, "-f", "txt")


def test_the_next_notice_keeps_its_title() -> None:
    page = (f"关于调整部分公交线路的公告\n\n{BODY}\n\n兰州公交集团有限公司\n2023年10月12日\n\n"
            "关于暂停办理业务的通知\n\n因系统升级，10月14日暂停办理业务。\n")
    first, second = _articles(page)
    assert first["signature"] == "兰州公交集团有限公司\n2023年10月12日"
    assert second["titles"] == ["关于暂停办理业务的通知"]
    assert second["kicker"] == []
    assert json_paragraphs(second) == ["因系统升级，10月14日暂停办理业务。"]


def test_a_heading_over_text_is_no_closer() -> None:
    page = (f"关于调整部分公交线路的公告\n\n{BODY}\n\n兰州公交集团有限公司\n2023年10月12日\n\n"
            "近日，公交集团发布线路调整方案。\n")
    first, second = _articles(page)
    assert first["signature"] is None
    assert second["titles"] == ["兰州公交集团有限公司\n2023年10月12日"]


def test_a_heading_after_an_article_is_no_closer() -> None:
    page = "全市召开会议\n\n近日，全市召开会议。\n\n专题协商 让建言更精准\n"
    first, second = _articles(page)
    assert first["signature"] is None
    assert second["titles"] == ["专题协商 让建言更精准"]


# --- a bracketed note under a heading -----------------------------------------------------------

@pytest.mark.parametrize(("heading", "note", "text"), [
    ("中超联赛积分榜", "（截至第30轮）", "1. 上海海港 30 21 5 4 63:31 68\n2. 上海申花 30 18 8 4 51:28 62"),
    ("今日菜价", "（单位：元/斤）", "西红柿 3.50\n黄瓜 2.80\n土豆 1.60"),
    ("国庆假期旅游市场火爆", "（2023年10月12日）", "本报讯 国庆假期，全省接待游客人数创新高。"),
])
def test_a_bracketed_note_under_a_heading_is_its_subtitle(heading: str, note: str, text: str) -> None:
    page = f"{heading}\n\n{note}\n\n{text}\n"
    article = _articles(page)[0]
    assert article["titles"] == [heading]
    assert article["kicker"] == []
    assert article["subtitle"] == [note]
    assert f'<head type="sub">{note}</head>' in convert_stdin(page, "-f", "tei")


def test_a_kicker_above_the_title_and_its_note_stays_a_kicker() -> None:
    page = ("武威市政协\n\n召开十届常委会第八次会议\n\n（2023年10月12日）\n\n"
            "本报讯 近日，武威市政协召开会议。\n")
    article = _articles(page)[0]
    assert article["kicker"] == ["武威市政协"]
    assert article["titles"] == ["召开十届常委会第八次会议"]
    assert article["subtitle"] == ["（2023年10月12日）"]


def test_a_lone_bracketed_heading_is_still_a_title() -> None:
    page = "（截至第30轮）\n\n1. 上海海港 30 21 5 4 63:31 68\n2. 上海申花 30 18 8 4 51:28 62\n"
    article = _articles(page)[0]
    assert article["titles"] == ["（截至第30轮）"]


# --- a list announced by a colon, a salutation --------------------------------------------------

@pytest.mark.parametrize("items", [
    ["一、1路公交车延伸至兰州西站。", "二、18路公交车首班时间提前至6:00。"],
    ["1. 1路公交车延伸至兰州西站。", "2. 18路公交车首班时间提前至6:00。"],
    ["（一）1路公交车延伸至兰州西站。", "（二）18路公交车首班时间提前至6:00。"],
])
def test_a_list_announced_by_a_colon_starts_its_own_paragraph(items: list[str]) -> None:
    lead = "为方便市民出行，现将有关事项公告如下："
    page = "关于调整部分公交线路的公告\n\n" + "\n\n".join([lead, *items]) + "\n"
    (article,) = _articles(page)
    assert json_paragraphs(article) == [lead, *items]


@pytest.mark.parametrize(
    "salutation", ["编辑同志：", "甘肃某某建设工程有限公司：", "各县区、各部门：", "尊敬的读者："])
def test_a_salutation_stays_a_paragraph_of_its_own(salutation: str) -> None:
    text = "本院受理原告诉你公司买卖合同纠纷一案。自公告之日起经过30日即视为送达。"
    page = f"法院公告\n\n{salutation}\n\n{text}\n"
    (article,) = _articles(page)
    assert json_paragraphs(article) == [salutation, text]
    assert article["flags"] == []


def test_a_sentence_cut_after_a_colon_is_still_joined() -> None:
    page = "全市召开会议\n\n近日，全市召开会议。\n\n会议强调：\n\n各级各部门要抓好落实。\n"
    (article,) = _articles(page)
    assert json_paragraphs(article) == ["近日，全市召开会议。", "会议强调：各级各部门要抓好落实。"]


def test_a_lead_ending_with_a_colon_is_still_joined() -> None:
    page = "全市召开会议\n\n记者从市政府获悉：\n\n全市今年新建公园12个。\n"
    (article,) = _articles(page)
    assert json_paragraphs(article) == ["记者从市政府获悉：全市今年新建公园12个。"]
