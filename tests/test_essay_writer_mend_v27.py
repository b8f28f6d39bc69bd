"""Mend of the essay writer and dateline reading (review of W15's branch, cases N02-M13).

The writer's bare name under an essay's title is its byline and its closing dateline its closer
(tests/test_essay_writer_dateline_v26.py). The review found pages that reading broke: an
interview's or a profile's subject under a column's label became the byline, a profile series'
first name too, a date (and place) or `写于…的…` over a chapter's or chronicle entry's title became
the closer of the text above and split the article, and a news story's subsection of three
headings became a signed article of its own. These read as before again; the essays still read as
signed and closed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import article_parts, body_texts, json_articles, sectioned_head

B = "\n\n"


def _read(runner: CliRunner, tmp_path: Path, page: list[str]) -> tuple[list[dict[str, list[str]]], list[str]]:
    """Each TEI article's heads, bylines and paragraphs, and the page's closers."""
    tei = convert_page(runner, tmp_path, B.join(page) + "\n")
    return article_parts(tei, sectioned_head), body_texts(tei, "closer")


@pytest.mark.parametrize("page", [
    ["走近科学家", "王建国", "记者：您从事农业研究多少年了？", "王建国：四十年了。"],
    ["走近劳模", "张秉贵", "他在百货大楼站了一辈子柜台。"],
    ["人物专访", "李秀英", "她在社区工作了二十年。"],
    ["台灣之光", "林書豪", "他在NBA打出了精彩表現。"],
    ["市民说", "李大爷", "这条路修好了，出门方便多了。"],
    ["專訪", "周潤發", "記者：你近來忙甚麼？", "周潤發：拍戲。"],
    # an interview under a title that is no column's label: the Q&A tells
    ["春天的约会", "王建国", "问：您从事农业研究多少年了？", "答：四十年了。"],
    # a profile's lead opening on its subject
    ["一生守望", "张秉贵", "他在百货大楼站了一辈子柜台。"],
])
def test_interview_or_profile_subject_is_no_byline(
    runner: CliRunner, tmp_path: Path, page: list[str]
) -> None:
    assert_subject_is_the_title(runner, tmp_path, page)


def assert_subject_is_the_title(runner: CliRunner, tmp_path: Path, page: list[str]) -> None:
    """The page is one article: the heading over the name its kicker, the name its title, no byline
    and no closer (main's reading of a profile's or interview's subject)."""
    arts, closers = _read(runner, tmp_path, page)
    assert len(arts) == 1 and not arts[0]["bylines"]
    assert arts[0]["heads"] == [f"kicker:{page[0]}", f"title:{page[1]}"]
    assert closers == []


@pytest.mark.parametrize("kicker", ["走近劳模", "长夜"])
def test_profile_series_second_name_unread_by_the_tagger(
    runner: CliRunner, tmp_path: Path, kicker: str
) -> None:
    """`刘秀英` is no name jieba's tagger reads: the series still keeps the first name a heading."""
    page = [kicker, "王建军", "在一线工作三十年。", "刘秀英", "是纺织厂的挡车工。"]
    arts, _ = _read(runner, tmp_path, page)
    assert [a["heads"] for a in arts] == [[f"kicker:{kicker}", "title:王建军", "sub:刘秀英"]]
    assert all(not a["bylines"] for a in arts)


@pytest.mark.parametrize("page, heads", [
    (["知青岁月", "初到农场", "我们坐了三天三夜的火车。",
      "一九六九年冬 北大荒", "第一个冬天", "零下四十度，滴水成冰。"],
     ["kicker:知青岁月", "title:初到农场", "sub:一九六九年冬 北大荒", "sub:第一个冬天"]),
    (["大事记", "1949年10月 北平", "开国大典", "毛主席宣告中华人民共和国成立。",
      "1950年6月 北京", "颁布土地改革法", "土改在全国展开。"],
     ["kicker:大事记", "kicker:1949年10月 北平", "title:开国大典",
      "sub:1950年6月 北京", "sub:颁布土地改革法"]),
    (["家书选读", "父亲的信", "孩子，你在外面要照顾好自己。",
      "写于1976年的家书", "母亲的话", "孩子，天冷了。"],
     ["kicker:家书选读", "title:父亲的信", "sub:写于1976年的家书", "sub:母亲的话"]),
    # a news story's date over a title and a name stays its subsection's heading
    (["市区新增三条公交线路", "本报讯 市公交集团日前开通三条新线路。",
      "2023年10月", "春耕忙", "李明", "各地抓紧春耕。"],
     ["title:市区新增三条公交线路", "sub:2023年10月", "sub:春耕忙", "sub:李明"]),
])
def test_date_over_a_title_is_no_closer(
    runner: CliRunner, tmp_path: Path, page: list[str], heads: list[str]
) -> None:
    arts, closers = _read(runner, tmp_path, page)
    assert [a["heads"] for a in arts] == [heads]
    assert closers == []


def test_xieyu_noun_phrase_at_page_end_is_no_closer(runner: CliRunner, tmp_path: Path) -> None:
    """`写于1976年的家书` is a title's words, even where a closing line could stand."""
    page = B.join(["父亲的信", "刘海波", "孩子，你在外面要照顾好自己。", "写于1976年的家书"]) + "\n"
    json_art = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))
    assert all(a["signature"] != "写于1976年的家书" for a in json_art)


@pytest.mark.parametrize("label, title, name, lead", [
    ("专家观点", "安全是头等大事", "李华", "当前形势依然严峻，不能松懈。"),
    ("代表发言", "守住底线", "王丽", "我们要把责任落实到人。"),
])
@pytest.mark.parametrize("byline", ["本报讯 ", ""])
def test_news_subsection_of_three_headings_stays_the_story_s(
    runner: CliRunner, tmp_path: Path, label: str, title: str, name: str, lead: str, byline: str
) -> None:
    page = ["全市召开安全生产会议", byline + "会议部署了下一阶段工作。", label, title, name, lead]
    arts, _ = _read(runner, tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["heads"] == ["title:全市召开安全生产会议", f"sub:{label}", f"sub:{title}", f"sub:{name}"]
    assert name not in arts[0]["bylines"]


def test_essays_still_signed_and_closed(runner: CliRunner, tmp_path: Path) -> None:
    """The mend keeps what the branch fixed: two essays, each with its writer and closing line,
    the second's writer a name the tagger does not read (`张淑芬`), and a column's label over
    a title and writer after a news story's text opening a piece of its own."""
    arts, closers = _read(runner, tmp_path, [
        "故乡的榕树", "林志明", "故乡的榕树，已经一百多岁了。", "一九九二年冬于台南",
        "母亲的菜园", "张淑芬", "母亲的菜园不大，却种满了各样蔬菜。", "二〇〇三年春于高雄",
    ])
    assert len(arts) == 2 and arts[0]["bylines"] == ["林志明"]
    assert closers == ["一九九二年冬于台南", "二〇〇三年春于高雄"]
    arts, _ = _read(runner, tmp_path, [
        "全市召开安全生产会议", "本报讯 会议部署了下一阶段工作。",
        "长篇连载", "山河岁月（二十三）", "王建国", "上期提要：林秀英在车站遇见了哥哥。",
    ])
    assert [a["bylines"] for a in arts] == [["本报讯"], ["王建国"]]
