"""An opinion or supplement page's unsigned pieces are articles of their own (W15 finding 6).

A commentary's column label over its title (`短评` / `垃圾分类贵在坚持`) and a commentator's byline
over a title (`本报评论员` / `让基层减负落到实处`) opened no article: every piece after the first
became one article's subsections. A supplement's pieces with no writer's name under their titles
(`随笔` / `故乡的河`) did too. Each piece is now its own article, the label its kicker; a news
story's own boxes and subheads read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import article_parts, body_texts, sectioned_head

B = "\n\n"

EDITORIAL = [
    "社论",
    "坚定不移推进高质量发展",
    "今年以来，各地区各部门认真贯彻落实党中央决策部署，经济运行总体平稳。",
]
COMMENTATOR = ["本报评论员", "让基层减负落到实处", "基层是党的执政之基。为基层减负，关键在于落实。"]
SHORT = [
    "短评",
    "垃圾分类贵在坚持",
    "垃圾分类推行五年来，已有297个地级以上城市全面开展。坚持下去，才能见效。",
]
NEWS = [
    "全市冬季供暖今起启动",
    "本报记者 王丽",
    "本报讯 11月1日，全市冬季供暖正式启动，比往年提前5天。",
    "市供热办负责人介绍，今年全市供热面积达1.2亿平方米。",
]


def _articles(runner: CliRunner, tmp_path: Path, page: list[str]) -> list[dict[str, list[str]]]:
    """Each TEI article's heads (subsections' as `sub:`), bylines and paragraphs."""
    return article_parts(convert_page(runner, tmp_path, B.join(page) + "\n"), sectioned_head)


def test_opinion_page_pieces_are_articles(runner: CliRunner, tmp_path: Path) -> None:
    pieces = [
        EDITORIAL,
        COMMENTATOR,
        SHORT,
        ["编辑部文章", "读者来信里的民生温度", "本报收到读者来信1200余封。这些声音，值得认真倾听。"],
    ]
    arts = _articles(runner, tmp_path, [line for piece in pieces for line in piece])
    assert [a["heads"] for a in arts] == [
        ["kicker:社论", "title:坚定不移推进高质量发展"],
        ["title:让基层减负落到实处"],
        ["kicker:短评", "title:垃圾分类贵在坚持"],
        ["kicker:编辑部文章", "title:读者来信里的民生温度"],
    ]
    assert [a["bylines"] for a in arts] == [[], ["本报评论员"], [], []]
    assert [a["paragraphs"] for a in arts] == [[piece[-1]] for piece in pieces]


@pytest.mark.parametrize(
    "label", ["今日谈", "时评", "快评", "评论员文章", "人民论坛", "【短评】", "短評", "社評"]
)
def test_column_label_over_title_after_a_piece_opens_one(
    runner: CliRunner, tmp_path: Path, label: str
) -> None:
    arts = _articles(
        runner, tmp_path, [*EDITORIAL, label, "小事连着民心", "群众身边无小事。一盏路灯，都关乎百姓冷暖。"]
    )
    assert [a["heads"] for a in arts] == [
        ["kicker:社论", "title:坚定不移推进高质量发展"],
        [f"kicker:{label}", "title:小事连着民心"],
    ]


@pytest.mark.parametrize("byline", ["本报评论员", "本报特约评论员 张明", "本報評論員"])
def test_commentator_over_the_title_is_its_byline(runner: CliRunner, tmp_path: Path, byline: str) -> None:
    arts = _articles(runner, tmp_path, [byline, *COMMENTATOR[1:], *SHORT])
    assert [(a["heads"], a["bylines"]) for a in arts] == [
        (["title:让基层减负落到实处"], [byline]),
        (["kicker:短评", "title:垃圾分类贵在坚持"], []),
    ]


def test_commentator_piece_keeps_its_numbered_subheads(runner: CliRunner, tmp_path: Path) -> None:
    arts = _articles(
        runner,
        tmp_path,
        [*COMMENTATOR, "一、减文件", "全省发文数量下降三成。", "二、减会议", "会议数量明显减少。"],
    )
    assert len(arts) == 1
    assert arts[0]["heads"] == ["title:让基层减负落到实处", "sub:一、减文件", "sub:二、减会议"]


@pytest.mark.parametrize(
    "box",
    [
        ["短评", "垃圾分类贵在坚持", "垃圾分类推行五年来，已有297个地级以上城市全面开展。"],
        ["短评", "供暖提前，暖的是民心。"],
        ["记者手记", "温暖背后的坚守", "走进供热站，记者看到工人们正在检修设备。"],
        ["一、提前供暖", "今年供暖比往年提前5天。"],
    ],
)
def test_news_story_box_stays_its_subsection(runner: CliRunner, tmp_path: Path, box: list[str]) -> None:
    arts = _articles(runner, tmp_path, [*NEWS, *box])
    assert len(arts) == 1
    assert arts[0]["heads"] == ["title:全市冬季供暖今起启动", *(f"sub:{h}" for h in box[:-1])]


def test_label_alone_over_text_stays_a_subhead(runner: CliRunner, tmp_path: Path) -> None:
    arts = _articles(runner, tmp_path, [*EDITORIAL, "短评", "垃圾分类推行五年来，已有297个城市全面开展。"])
    assert [a["heads"] for a in arts] == [["kicker:社论", "title:坚定不移推进高质量发展", "sub:短评"]]


def test_supplement_pieces_without_bylines_are_articles(runner: CliRunner, tmp_path: Path) -> None:
    page = [
        "大地副刊",
        "夜读抄",
        "读《红楼梦》札记",
        "每读《红楼梦》，总觉得曹雪芹写的不只是一个家族的兴衰。",
        "一九八五年春于北京",
        "随笔",
        "故乡的河",
        "故乡的河叫清水河，从村东头流过，河水清澈见底。",
        "杂文",
        "说“忙”",
        "如今人人都说忙。忙什么？有时自己也说不清。",
    ]
    tei = convert_page(runner, tmp_path, B.join(page) + "\n")
    arts = article_parts(tei, sectioned_head)
    assert [a["heads"] for a in arts] == [
        ["kicker:夜读抄", "title:读《红楼梦》札记"],
        ["kicker:随笔", "title:故乡的河"],
        ["kicker:杂文", "title:说“忙”"],
    ]
    assert body_texts(tei, "closer") == ["一九八五年春于北京"]


def test_story_subhead_with_a_column_word_stays(runner: CliRunner, tmp_path: Path) -> None:
    arts = _articles(
        runner, tmp_path, [*NEWS, "诗意乡村", "村里建起了文化广场", "如今，村民们晚饭后都爱来广场跳舞。"]
    )
    assert len(arts) == 1
    assert arts[0]["heads"] == ["title:全市冬季供暖今起启动", "sub:诗意乡村", "sub:村里建起了文化广场"]
