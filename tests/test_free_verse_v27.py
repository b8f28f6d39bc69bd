"""Free verse mend (twenty-seventh session): the stanza test must not take a headline stack or a
narrow column of prose for verse.

Before this mend the branch read `聚焦两会` / … / `共绘蓝图开新局` over `本报记者 王丽` as a stanza (a
paragraph and a split article), a headline stack under a poem as the poem's next stanza, and a
column cut at its commas as a stanza standing apart from the prose under it. Each now reads as on
main: the stack is the article's title over its byline and lead, the column's lines join.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cli_pages import convert_stdin

BYLINE = "本报记者 王丽"
LEAD = "近日，全市春耕生产全面展开，各地抢抓农时，农民群众积极性高涨。"


def _articles(page: str) -> list[dict[str, Any]]:
    return list(json.loads(convert_stdin(page, "-f", "json"))["articles"])


def _texts(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


@pytest.mark.parametrize("stack", [
    "聚焦两会\n代表委员热议政府工作报告\n凝心聚力谋发展\n共绘蓝图开新局",  # C01
    "为民办实事\n让群众住上好房子，\n我市旧改惠及万户",  # C06
    "学习贯彻全会精神\n小村庄\n走出致富新路子\n各地抢抓农时确保粮食丰收",
], ids=["C01-stack4", "C06-comma-subtitle", "kicker-two-line-title-subtitle"])
def test_a_headline_stack_over_a_byline_is_the_articles_title(stack: str) -> None:
    articles = _articles(f"{stack}\n\n{BYLINE}\n\n{LEAD}\n")
    assert len(articles) == 1
    assert _texts(articles[0]) == [LEAD]
    assert articles[0]["byline"] == [BYLINE]
    assert stack.replace("\n", "") in "".join(articles[0]["titles"]).replace("\n", "")


def test_a_headline_stack_over_a_lead_is_the_articles_title() -> None:
    stack = "学习贯彻全会精神\n小村庄\n走出致富新路子\n各地抢抓农时确保粮食丰收"
    articles = _articles(f"{stack}\n\n{LEAD}\n")
    assert len(articles) == 1
    assert _texts(articles[0]) == [LEAD]


def test_a_headline_stack_under_a_poem_opens_the_next_article() -> None:  # F11
    poem = "风吹过山岗，\n吹黄了稻田，\n吹白了父亲的头。"
    stack = "全市秋粮\n收获进度过半\n冬种有序推进"
    page = f"秋 思\n\n林 雨\n\n{poem}\n\n{stack}\n\n本报讯（记者 王丽）近日，全市秋粮收获进度过半。\n"
    articles = _articles(page)
    assert len(articles) == 2
    assert _texts(articles[0]) == [poem]
    assert stack.replace("\n", "") in "".join(articles[1]["titles"]).replace("\n", "")
    assert _texts(articles[1]) == ["近日，全市秋粮收获进度过半。"]


def test_a_narrow_column_cut_at_its_commas_joins_the_prose_under_it() -> None:  # B01
    column = "各地抢抓农时加快进度，\n确保粮食生产稳定，\n农民群众积极性高涨，"
    articles = _articles(f"春耕见闻\n\n{column}\n\n一派繁忙景象。\n")
    assert _texts(articles[0]) == [column + "一派繁忙景象。"]


def test_a_column_under_an_unfinished_lead_joins_it() -> None:  # B06, a 1960s page
    column = "全县社员发扬自力更生，\n艰苦奋斗的革命精神，\n战天斗地，改造山河，\n夺取了农业生产的新胜利。"
    articles = _articles(f"大寨精神放光芒\n\n本报讯　在毛主席革命路线指引下，\n\n{column}\n")
    assert len(articles) == 1
    paragraphs = _texts(articles[0])
    assert len(paragraphs) == 1
    assert paragraphs[0].startswith("在毛主席革命路线指引下，全县社员发扬自力更生，")
    assert paragraphs[0].endswith("夺取了农业生产的新胜利。")


def test_a_poems_stanzas_still_keep_their_lines() -> None:
    stanzas = ["你还记得吗？\n那条弯弯的小路，\n那棵开花的老树，", "你还记得吗？\n我们曾经的约定。"]
    articles = _articles("问\n\n孙 兰\n\n" + "\n\n".join(stanzas) + "\n")
    assert [t for a in articles for t in _texts(a)][-2:] == stanzas
