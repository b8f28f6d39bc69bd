"""Where an opinion or supplement page's pieces start (review of the OPINION slice, cases 1-4).

A commentary's label over a title under a news story printed with no byline stays that story's
box; a commentary's label at the page's top over several signed pieces stays their section label;
a subhead merely holding a column's word (`诗意西湖`) and a serial's next chapter (`第四章`) open no
piece of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.cli import app
from tei_parts import NS, article_parts, sectioned_head, tei_root, text_of

B = "\n\n"

UNSIGNED_NEWS = [
    "省城地铁三号线今日开通",
    "12月28日，省城地铁三号线正式开通运营，全长32公里。",
    "沿线居民出行时间将平均缩短20分钟。",
]
ESSAY = ["随笔", "江南行", "李华", "初到杭州，正是烟雨时节。"]
BOX_TEXT = "城市管理要从群众需求出发。细节之处见真章。"


def _tei(runner: CliRunner, tmp_path: Path, page: list[str]) -> str:
    return convert_page(runner, tmp_path, B.join(page) + "\n")


def _sections(tei: str) -> list[tuple[str, int]]:
    """Each section's label and how many articles it holds."""
    return [
        (text_of(div.find("t:head", NS)), len(div.findall(".//t:div[@type='article']", NS)))
        for div in tei_root(tei).iterfind(".//t:div[@type='section']", NS)
    ]


@pytest.mark.parametrize("label", ["短评", "今日谈"])
def test_box_under_unsigned_news_story_stays_its_subsection(
    runner: CliRunner, tmp_path: Path, label: str
) -> None:
    tei = _tei(runner, tmp_path, [*UNSIGNED_NEWS, label, "让城市更有温度", BOX_TEXT])
    arts = article_parts(tei, sectioned_head)
    assert len(arts) == 1
    assert arts[0]["heads"] == ["title:省城地铁三号线今日开通", f"sub:{label}", "sub:让城市更有温度"]
    assert arts[0]["paragraphs"] == [*UNSIGNED_NEWS[1:], BOX_TEXT]


def test_label_after_commentary_still_opens_a_piece(runner: CliRunner, tmp_path: Path) -> None:
    page = ["社论", "坚定不移推进高质量发展", "今年以来，经济运行总体平稳。", "短评", "让城市更有温度"]
    page.append(BOX_TEXT)
    arts = article_parts(_tei(runner, tmp_path, page), sectioned_head)
    assert [a["heads"] for a in arts] == [
        ["kicker:社论", "title:坚定不移推进高质量发展"],
        ["kicker:短评", "title:让城市更有温度"],
    ]


def test_label_over_two_signed_pieces_is_their_section(runner: CliRunner, tmp_path: Path) -> None:
    page = [
        "时评", "让城市更有温度", "张明", "城市管理要从群众需求出发。",
        "莫让形式主义卷土重来", "李华", "一些地方打卡留痕花样翻新。",
    ]
    tei = _tei(runner, tmp_path, page)
    assert _sections(tei) == [("时评", 2)]
    arts = article_parts(tei, sectioned_head)
    assert [(a["heads"], a["bylines"]) for a in arts] == [
        (["title:让城市更有温度"], ["张明"]),
        (["title:莫让形式主义卷土重来"], ["李华"]),
    ]


def test_label_over_one_signed_piece_is_its_kicker(runner: CliRunner, tmp_path: Path) -> None:
    tei = _tei(runner, tmp_path, ["时评", "让城市更有温度", "张明", BOX_TEXT])
    assert _sections(tei) == []
    arts = article_parts(tei, sectioned_head)
    assert [(a["heads"], a["bylines"]) for a in arts] == [(["kicker:时评", "title:让城市更有温度"], ["张明"])]


def test_subhead_holding_a_column_word_stays_a_subhead(runner: CliRunner, tmp_path: Path) -> None:
    page = [*ESSAY, "诗意西湖", "断桥边的故事", "断桥并不断，游人如织。"]
    arts = article_parts(_tei(runner, tmp_path, page), sectioned_head)
    assert len(arts) == 1
    assert arts[0]["heads"] == ["kicker:随笔", "title:江南行", "sub:诗意西湖", "sub:断桥边的故事"]


def test_whole_literary_label_still_opens_the_next_piece(runner: CliRunner, tmp_path: Path) -> None:
    page = [*ESSAY, "小诗", "断桥边的故事", "断桥并不断，游人如织。"]
    arts = article_parts(_tei(runner, tmp_path, page), sectioned_head)
    assert [a["heads"] for a in arts] == [
        ["kicker:随笔", "title:江南行"],
        ["kicker:小诗", "title:断桥边的故事"],
    ]


def test_serial_chapter_under_a_label_stays_in_the_serial(runner: CliRunner, tmp_path: Path) -> None:
    page = [
        "长篇连载", "山河岁月（二十三）", "第三章 风雪夜归人", "那年冬天，雪下得特别大。",
        "连载", "第四章", "开春了，黄河解冻。",
    ]
    arts = article_parts(_tei(runner, tmp_path, page), sectioned_head)
    assert len(arts) == 1
    assert arts[0]["heads"][-2:] == ["sub:连载", "sub:第四章"]
    assert arts[0]["paragraphs"] == ["那年冬天，雪下得特别大。", "开春了，黄河解冻。"]


def test_a_column_label_at_the_page_top_over_a_news_story_stays_its_section() -> None:
    """`【時評】` over a headline whose lead opens `本報訊` is the page's section label, as before the
    opinion pieces were read (tests/test_section_brackets.py): only a commentary is its kicker."""
    page = "【時評】\n\n省政協召開常委會議\n\n本報訊 11月20日，省政協召開常委會議，聽取有關情況通報。\n"
    result = CliRunner().invoke(app, ["convert", "-", "-f", "json"], input=page)
    assert result.exit_code == 0, result.output
    (art,) = json.loads(result.stdout)["articles"]
    assert (art["section"], art["kicker"]) == ("【時評】", [])


@pytest.mark.parametrize(("page", "section"), [
    ("社论\n\n奋力谱写新时代发展新篇章\n\n新年伊始，万象更新。全省上下要坚定信心，真抓实干。\n\n"
     "人民论坛\n\n一、稳字当头\n\n稳是大局。\n", "人民论坛"),  # a numbered heading: no piece's title
    ("社論\n\n兩岸交流應回歸理性\n\n兩岸交流應回歸理性，以民為本。\n\n時評\n\n少子化危機迫在眉睫\n\n"
     "記者王麗／台北報導\n\n內政部公布最新數據，去年出生人數再創新低。\n", "時評"),  # a reporter's story
])
def test_a_label_over_a_numbered_heading_or_a_report_stays_a_section(page: str, section: str) -> None:
    """After an editorial, a column's label over `一、…` or over a reporter's story is read as before
    the opinion pieces were (review R28-OPINION x-labelled-ed-subheads, x-ed-then-tw-luntan-news)."""
    result = CliRunner().invoke(app, ["convert", "-", "-f", "json"], input=page)
    assert result.exit_code == 0, result.output
    arts = json.loads(result.stdout)["articles"]
    assert arts[-1]["section"] == section and arts[-1]["kicker"] == []
