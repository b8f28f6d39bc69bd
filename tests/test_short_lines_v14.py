"""Short lines without sentence punctuation that are text, not headings.

Short unpunctuated lines were read as headings. For titles that is right; for these it was wrong:

1. A poem: its verse lines (halves of five or seven hanzi set apart by a space, or by commas) became
   kickers and titles, and the poet's name under the poem's title was taken into the title.
2. Name lists after a paragraph (`一等奖：王丽 李华`, `王丽 李华 张强 刘洋`): a new article with a
   kicker and a title.
3. Lottery results (`红球：03 08 15 22 27 31` / `蓝球：09`): a title.

Real titles and subheads of the same shapes stay headings: slogan subheads (`强基层 补短板`), a
headline of two five-hanzi phrases (`青春献祖国 奋斗正当时`), a two-line title, a headline with a
label (`聚焦：强基层 补短板`), a headline with a figure (`一季度GDP：5.3%`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import article_parts, json_articles, json_paragraphs, sectioned_head

#: What the plain-text export prints between two articles.
ARTICLE_BREAK = "＊＊＊"


def _articles(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, list[str]]]:
    """Each TEI article's heads (`type:text`, `sub:text` for a subsection's), bylines and paragraphs."""
    return article_parts(convert_page(runner, tmp_path, page), sectioned_head)


def _json_articles(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, object]]:
    """The JSON export's articles, each paragraph given by its text."""
    articles = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))
    for art in articles:
        art["paragraphs"] = json_paragraphs(art)
    return articles


# --- 1. poems -------------------------------------------------------------------------------------

POEM_PAGE = (
    "秋日登高\n张明\n\n"
    "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄\n\n"
    "冬夜\n李华\n\n"
    "寒风吹瘦竹 冷月照孤窗\n孤灯人未寐 残雪夜初长\n"
)


def test_a_poem_is_a_title_a_byline_and_its_verse(runner: CliRunner, tmp_path: Path) -> None:
    arts = _articles(runner, tmp_path, POEM_PAGE)
    assert arts == [
        {"heads": ["title:秋日登高"], "bylines": ["张明"],
         "paragraphs": ["远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"]},
        {"heads": ["title:冬夜"], "bylines": ["李华"],
         "paragraphs": ["寒风吹瘦竹 冷月照孤窗\n孤灯人未寐 残雪夜初长"]},
    ]


def test_a_poem_in_json_and_txt(runner: CliRunner, tmp_path: Path) -> None:
    arts = _json_articles(runner, tmp_path, POEM_PAGE)
    assert [(a["titles"], a["kicker"], a["byline"]) for a in arts] == [
        (["秋日登高"], [], ["张明"]), (["冬夜"], [], ["李华"])]
    assert arts[0]["paragraphs"] == ["远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"]
    txt = convert_page(runner, tmp_path, POEM_PAGE, "-f", "txt")
    assert txt.count(ARTICLE_BREAK) == 1  # two poems, two articles; the verse opens no article


@pytest.mark.parametrize("verse", [
    "远上寒山石径斜 白云深处有人家\n停车坐爱枫林晚 霜叶红于二月花",  # seven hanzi a half
    "远山含黛色，近水映秋光\n白云随雁去，红叶伴霜黄",  # halves set apart by commas, no full stop
    "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄\n寒风吹瘦竹 冷月照孤窗",
])
def test_verse_under_a_poem_title_is_its_text(runner: CliRunner, tmp_path: Path, verse: str) -> None:
    arts = _articles(runner, tmp_path, f"秋日登高\n张明\n\n{verse}\n")
    assert arts == [{"heads": ["title:秋日登高"], "bylines": ["张明"], "paragraphs": [verse]}]


def test_verse_after_a_paragraph_stays_in_its_article(runner: CliRunner, tmp_path: Path) -> None:
    page = (
        "重阳登高\n\n本报讯 重阳节当天，市民纷纷登山赏秋，一位老人即兴吟诗。\n\n"
        "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄\n"
    )
    arts = _articles(runner, tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["heads"] == ["title:重阳登高"]
    assert arts[0]["paragraphs"][-1] == "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"


def test_a_title_over_a_name_not_alone_on_its_line_is_unchanged(runner: CliRunner, tmp_path: Path) -> None:
    """The bare name is a byline only under a title line of its block; a second title line that
    is words (`部署秋冬工作`) stays the title, as before."""
    arts = _articles(runner, tmp_path, "全市召开会议\n部署秋冬工作\n\n本报讯 近日，全市召开会议。\n")
    assert arts[0]["heads"] == ["title:全市召开会议\n部署秋冬工作"]
    assert arts[0]["bylines"] == ["本报讯"]


def test_a_name_under_a_title_over_a_byline_is_the_title(runner: CliRunner, tmp_path: Path) -> None:
    """`时代楷模` / `张桂梅` in one block, a dateline byline under them: the name is no writer's, as
    the byline names the writer; it is the title and the line above it the kicker."""
    arts = _articles(runner, tmp_path, "时代楷模\n张桂梅\n\n本报讯 近日，中宣部授予张桂梅荣誉称号。\n")
    assert arts[0]["heads"] == ["kicker:时代楷模", "title:张桂梅"]
    assert arts[0]["bylines"] == ["本报讯"]


@pytest.mark.parametrize("heads, expected", [
    # a two-line title of seven-hanzi phrases (one phrase a line): no verse
    ("凝心聚力谋发展\n砥砺奋进新征程", ["title:凝心聚力谋发展\n砥砺奋进新征程"]),
    # a headline of two five-hanzi phrases, alone: a headline's phrase gap
    ("青春献祖国 奋斗正当时", ["title:青春献祖国 奋斗正当时"]),
    # slogans of three hanzi a phrase over two lines: no verse
    ("强基层 补短板\n惠民生 促发展", ["title:强基层 补短板\n惠民生 促发展"]),
])
def test_headlines_shaped_like_verse_stay_titles(
    runner: CliRunner, tmp_path: Path, heads: str, expected: list[str]
) -> None:
    arts = _articles(runner, tmp_path, f"{heads}\n\n本报讯 近日，全市召开会议，部署相关工作。\n")
    # (the space of a title's second line may go: the spacing step's matter, not this test's)
    assert [h.replace(" ", "") for h in arts[0]["heads"]] == [h.replace(" ", "") for h in expected]


# --- 2. name lists --------------------------------------------------------------------------------

AWARD_LEAD = "近日，省委决定授予以下同志荣誉称号。"


@pytest.mark.parametrize("lists", [
    ["一等奖：王丽 李华", "二等奖：张强 刘洋"],
    ["王丽 李华 张强 刘洋"],
    ["获奖名单：王丽 李华 张强", "优秀志愿者：欧阳晓明 刘洋"],
])
def test_name_lists_after_a_paragraph_are_its_article_s_text(
    runner: CliRunner, tmp_path: Path, lists: list[str]
) -> None:
    page = "全省表彰先进个人\n\n" + AWARD_LEAD + "\n\n" + "\n\n".join(lists) + "\n"
    arts = _articles(runner, tmp_path, page)
    assert arts == [{"heads": ["title:全省表彰先进个人"], "bylines": [], "paragraphs": [AWARD_LEAD, *lists]}]
    txt = convert_page(runner, tmp_path, page, "-f", "txt")
    assert ARTICLE_BREAK not in txt
    assert all(line in txt.splitlines() for line in lists)  # spaces kept, one list a line


def test_name_lists_on_lines_of_one_block(runner: CliRunner, tmp_path: Path) -> None:
    page = f"{AWARD_LEAD}\n\n一等奖：王丽 李华\n二等奖：张强 刘洋\n"
    arts = _json_articles(runner, tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["paragraphs"] == [AWARD_LEAD, "一等奖：王丽 李华\n二等奖：张强 刘洋"]
    assert arts[0]["titles"] == [] and arts[0]["kicker"] == []


def test_a_list_announced_by_a_colon_is_not_joined_to_its_announcement(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = "获奖名单如下：\n\n一等奖：王丽 李华\n\n二等奖：张强 刘洋\n"
    arts = _articles(runner, tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["paragraphs"] == ["获奖名单如下：", "一等奖：王丽 李华", "二等奖：张强 刘洋"]


def test_the_next_article_s_title_after_a_name_list_has_no_kicker(runner: CliRunner, tmp_path: Path) -> None:
    page = (
        f"{AWARD_LEAD}\n\n一等奖：王丽 李华\n\n二等奖：张强 刘洋\n\n"
        "全市召开秋冬工作会议\n\n本报讯 近日，全市召开秋冬工作会议。\n"
    )
    arts = _articles(runner, tmp_path, page)
    assert [a["heads"] for a in arts] == [[], ["title:全市召开秋冬工作会议"]]
    assert arts[0]["paragraphs"] == [AWARD_LEAD, "一等奖：王丽 李华", "二等奖：张强 刘洋"]


@pytest.mark.parametrize("subhead", [
    "强基层 补短板",  # slogans: each phrase opens with a surname's character
    "稳增长 促改革 调结构 惠民生",
    "聚焦：强基层 补短板",  # a label and slogans
    "白云 黄鹤",  # two words a dictionary tags as names, no label: too little to call it a list
])
def test_subheads_shaped_like_name_lists_stay_subheads(
    runner: CliRunner, tmp_path: Path, subhead: str
) -> None:
    page = (
        "全市召开会议\n\n本报讯 近日，全市召开会议，部署相关工作。\n\n"
        f"{subhead}\n\n会议要求各地抓好落实。\n"
    )
    arts = _articles(runner, tmp_path, page)
    assert arts[0]["heads"] == ["title:全市召开会议", f"sub:{subhead}"]


# --- 3. figures after a label ---------------------------------------------------------------------


@pytest.mark.parametrize("results", [
    "红球：03 08 15 22 27 31\n蓝球：09",
    "红球：03 08 15 22 27 31",
    "前区：05 12 19 26 33\n后区：04 11",
])
def test_lottery_results_are_paragraphs(runner: CliRunner, tmp_path: Path, results: str) -> None:
    page = f"本期双色球开奖结果如下。\n\n{results}\n"
    arts = _json_articles(runner, tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["paragraphs"] == ["本期双色球开奖结果如下。", results]
    assert arts[0]["titles"] == [] and arts[0]["kicker"] == []
    assert ARTICLE_BREAK not in convert_page(runner, tmp_path, page, "-f", "txt")


@pytest.mark.parametrize("title", ["一季度增速：5.3%", "数说：2023"])
def test_a_headline_with_one_figure_stays_a_title(runner: CliRunner, tmp_path: Path, title: str) -> None:
    arts = _articles(runner, tmp_path, f"{title}\n\n本报讯 近日，统计局发布相关数据。\n")
    assert arts[0]["heads"] == [f"title:{title}"]
