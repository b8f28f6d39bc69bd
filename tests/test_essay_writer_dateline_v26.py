"""An essay's writer under its title, and its closing place and date (walk-through W15, 7 and 8).

The writer's bare name in a block of its own under an essay's title was read as the title, the
real title as its kicker; the essay's closing dateline (`一九八五年春于北京`) opened the next piece
as its heading, or an empty article at the page's end. Now the name is the byline and the dateline
the article's `closer` (JSON `signature`). A kicker over a subject's name, a profile series, a
chronicle's dates, a news dateline and a title holding a date read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import article_parts, body_texts, json_articles, sectioned_head

B = "\n\n"


def _parts(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, list[str]]]:
    """Each TEI article's heads, bylines and paragraphs."""
    return article_parts(convert_page(runner, tmp_path, page), sectioned_head)


@pytest.mark.parametrize("title, name, lead, dateline", [
    ("读《红楼梦》札记", "张爱民", "每读《红楼梦》，总觉得曹雪芹写的不只是一个家族的兴衰。",
     "一九八五年春于北京"),
    ("故乡的河", "赵晓红", "故乡的河叫清水河，从村东头流过。", "二○二三年十月二十日于兰州"),
    ("父亲的背影", "陈志明", "那年冬天，父亲送我去车站。", "2023年10月 兰州"),
    ("难忘的一课", "王丽华", "那是一九五六年的秋天。", "写于一九五六年秋"),
    ("怀念老师", "周建平", "老师离开我们已经十年了。", "2023年10月20日改定于兰州"),
    ("故鄉的河", "趙曉紅", "故鄉的河叫清水河，從村東頭流過。", "一九八五年春於北京"),
    ("守望", "陈默", "父亲在田埂上站着。", "1985年冬写于病中"),
    ("故乡", "赵晓红", "故乡的河叫清水河。", "（1985年春）"),  # a noun title: the dateline tells
])
def test_essay_title_writer_and_closing_dateline(
    runner: CliRunner, tmp_path: Path, title: str, name: str, lead: str, dateline: str
) -> None:
    page = B.join([title, name, lead, dateline]) + "\n"
    tei = convert_page(runner, tmp_path, page)
    assert article_parts(tei, sectioned_head) == [
        {"heads": [f"title:{title}"], "bylines": [name], "paragraphs": [lead]}
    ]
    assert body_texts(tei, "closer") == [dateline]
    art = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))[0]
    assert (art["titles"], art["byline"], art["signature"]) == ([title], [name], dateline)


def test_two_essays_each_closed_by_its_dateline(runner: CliRunner, tmp_path: Path) -> None:
    page = B.join([
        "读《红楼梦》札记", "张爱民", "每读《红楼梦》，总有收获。", "一九八五年春于北京",
        "故乡的河", "赵晓红", "故乡的河叫清水河。", "二○二三年十月二十日于兰州",
    ]) + "\n"
    tei = convert_page(runner, tmp_path, page)
    assert article_parts(tei, sectioned_head) == [
        {"heads": ["title:读《红楼梦》札记"], "bylines": ["张爱民"],
         "paragraphs": ["每读《红楼梦》，总有收获。"]},
        {"heads": ["title:故乡的河"], "bylines": ["赵晓红"], "paragraphs": ["故乡的河叫清水河。"]},
    ]
    assert body_texts(tei, "closer") == ["一九八五年春于北京", "二○二三年十月二十日于兰州"]


def test_column_label_instalment_and_spaced_name(runner: CliRunner, tmp_path: Path) -> None:
    lead = "上期提要：林秀英在车站遇见了哥哥。"
    page = B.join(["长篇连载", "山 河 岁 月（二十三）", "王 建 国", lead]) + "\n"
    assert _parts(runner, tmp_path, page) == [{
        "heads": ["kicker:长篇连载", "title:山河岁月（二十三）"], "bylines": ["王建国"],
        "paragraphs": [lead],
    }]


def test_bare_date_closes_over_the_next_title_and_writer(runner: CliRunner, tmp_path: Path) -> None:
    page = B.join(["新时代的号角", "吴晓东", "号角已经吹响。", "二〇一八年十月", "下一篇", "郑明", "正文。"])
    tei = convert_page(runner, tmp_path, page + "\n")
    heads = [a["heads"] for a in article_parts(tei, sectioned_head)]
    assert heads == [["title:新时代的号角"], ["title:下一篇"]]
    assert body_texts(tei, "closer") == ["二〇一八年十月"]


@pytest.mark.parametrize("page, expected", [
    # a kicker over the subject's name: the name stays the title
    (["人物", "张爱民", "他出生于一个普通农民家庭。"], [["kicker:人物", "title:张爱民"]]),
    (["时代楷模", "张桂梅", "她扎根边疆教育四十年。"], [["kicker:时代楷模", "title:张桂梅"]]),
    # a profile's lead naming its subject
    (["读史札记", "黄大年", "1958年，黄大年出生于广西南宁。"], [["kicker:读史札记", "title:黄大年"]]),
    # a series of profiles, each under its subject's name
    (["先进事迹", "张爱民", "他是厂里的老工人。", "李华", "她是车间主任。"],
     [["kicker:先进事迹", "title:张爱民", "sub:李华"]]),
    # a biography's title is a name
    (["雷锋", "雷锋同志是伟大的共产主义战士。"], [["title:雷锋"]]),
    # a chronicle's dates over each entry's title stay headings
    (["大事记", "1956年5月", "市第一中学成立", "学校位于城东。",
      "1958年9月", "市图书馆开馆", "馆藏图书一万册。"],
     [["kicker:大事记", "kicker:1956年5月", "title:市第一中学成立", "sub:1958年9月", "sub:市图书馆开馆"]]),
    # a memoir's dated subhead over the next chapter stays a subhead
    (["回忆录", "第一章 童年", "我出生在一个小村庄。", "1985年春", "第二章 少年", "我上了中学。"],
     [["kicker:回忆录", "title:第一章 童年", "sub:1985年春", "sub:第二章 少年"]]),
    (["1949年10月1日 开国大典", "这一天，毛主席在天安门城楼宣告。"], [["title:1949年10月1日 开国大典"]]),
])
def test_left_as_before(
    runner: CliRunner, tmp_path: Path, page: list[str], expected: list[list[str]]
) -> None:
    tei = convert_page(runner, tmp_path, B.join(page) + "\n")
    assert [a["heads"] for a in article_parts(tei, sectioned_head)] == expected
    assert body_texts(tei, "closer") == []
    assert all(not a["bylines"] for a in article_parts(tei, sectioned_head))
