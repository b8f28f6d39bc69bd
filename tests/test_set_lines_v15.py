"""Lines of verse and figures that are no headings, where only their neighbours tell.

One line of regular verse in a block of its own (`远山含黛色 近水映秋光`) or one labelled figure
(`蓝球：09`) has a headline's form (`青春献祖国 奋斗正当时`, `数说：2023`), so the labels read it as a
heading: between two stanzas, under a poem's title or under the draw's other numbers it became a
subhead, a kicker or the title of an empty article. A poem's title printed over its verse in one
block made the whole block a paragraph, the title lost. Now such a line next to the verse or figures
it goes on (or heading nothing, at the page's end) is a paragraph of its own, and a title over verse
in one block is the title. A run of verse-shaped lines over plain text, or one alone, stays headings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.cli import app
from tei_parts import article_parts, json_articles, json_paragraphs, sectioned_head

ARTICLE_BREAK = "＊＊＊"


def _articles(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, list[str]]]:
    """Each TEI article's heads (`type:text`, `sub:text` for a subsection's), bylines and paragraphs."""
    return article_parts(convert_page(runner, tmp_path, page), sectioned_head)


def _json(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, object]]:
    """The JSON export's articles, each paragraph given by its text."""
    articles = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))
    for art in articles:
        art["paragraphs"] = json_paragraphs(art)
    return articles


# --- one line of verse in a block of its own ------------------------------------------------------

STANZAS = [
    ("远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄", "寒风吹瘦竹 冷月照孤窗",
     "孤灯人未寐 残雪夜初长\n明朝春又至 万物沐新阳"),
    ("远山含黛色，近水映秋光\n白云随雁去，红叶伴霜黄", "寒风吹瘦竹，冷月照孤窗",
     "孤灯人未寐，残雪夜初长\n明朝春又至，万物沐新阳"),
    ("远上寒山石径斜 白云深处有人家", "停车坐爱枫林晚 霜叶红于二月花", "千里莺啼绿映红 水村山郭酒旗风"),
]


@pytest.mark.parametrize("above, line, below", STANZAS)
def test_a_verse_line_between_stanzas_is_a_paragraph(
    runner: CliRunner, tmp_path: Path, above: str, line: str, below: str
) -> None:
    page = f"秋日登高\n\n{above}\n\n{line}\n\n{below}\n"
    arts = _articles(runner, tmp_path, page)
    assert arts == [{"heads": ["title:秋日登高"], "bylines": [], "paragraphs": [above, line, below]}]
    assert ARTICLE_BREAK not in convert_page(runner, tmp_path, page, "-f", "txt")


@pytest.mark.parametrize("above, line, below", STANZAS)
def test_a_verse_line_over_a_stanza_under_a_byline_is_a_paragraph(
    runner: CliRunner, tmp_path: Path, above: str, line: str, below: str
) -> None:
    arts = _json(runner, tmp_path, f"秋日登高\n张明\n\n{line}\n\n{below}\n")
    assert [(a["titles"], a["byline"], a["subheads"], a["paragraphs"]) for a in arts] == [
        (["秋日登高"], ["张明"], [], [line, below])]


@pytest.mark.parametrize("lines", [
    ["床前明月光，疑是地上霜", "举头望明月，低头思故乡"],
    ["远山含黛色 近水映秋光", "白云随雁去 红叶伴霜黄", "寒风吹瘦竹 冷月照孤窗"],
    ["远上寒山石径斜 白云深处有人家"],  # one line under the title, the page's end after it
])
def test_verse_lines_in_blocks_of_their_own_under_a_title(
    runner: CliRunner, tmp_path: Path, lines: list[str]
) -> None:
    page = "静夜思\n\n" + "\n\n".join(lines) + "\n"
    arts = _json(runner, tmp_path, page)
    assert len(arts) == 1
    art = arts[0]
    assert (art["titles"], art["kicker"], art["subheads"]) == (["静夜思"], [], [])
    assert art["paragraphs"] == lines  # one paragraph a line: none joined to the next
    assert art["flags"] == []  # neither empty nor incomplete


def test_verse_lines_after_an_article_s_text_stay_in_it(runner: CliRunner, tmp_path: Path) -> None:
    page = (
        "重阳登高\n\n本报讯 重阳节当天，市民纷纷登山赏秋，一位老人即兴吟诗。\n\n"
        "远山含黛色 近水映秋光\n\n白云随雁去 红叶伴霜黄\n"
    )
    arts = _json(runner, tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["titles"] == ["重阳登高"] and arts[0]["subheads"] == []
    assert arts[0]["paragraphs"][-2:] == ["远山含黛色 近水映秋光", "白云随雁去 红叶伴霜黄"]


# --- a title over its verse in one block ----------------------------------------------------------


@pytest.mark.parametrize("title, verse", [
    ("静夜思", "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。"),
    ("静夜思", "床前明月光，疑是地上霜。"),
    ("秋日登高", "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"),
    ("山行", "远上寒山石径斜，白云深处有人家。\n停车坐爱枫林晚，霜叶红于二月花。"),
])
def test_a_title_over_its_verse_in_one_block(
    runner: CliRunner, tmp_path: Path, title: str, verse: str
) -> None:
    arts = _articles(runner, tmp_path, f"{title}\n{verse}\n")
    assert arts == [{"heads": [f"title:{title}"], "bylines": [], "paragraphs": [verse]}]


def test_a_title_and_poet_over_verse_in_one_block(runner: CliRunner, tmp_path: Path) -> None:
    verse = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。"
    arts = _articles(runner, tmp_path, f"静夜思\n李华\n{verse}\n")
    assert arts == [{"heads": ["title:静夜思"], "bylines": ["李华"], "paragraphs": [verse]}]


def test_a_stanza_alone_keeps_its_first_line(runner: CliRunner, tmp_path: Path) -> None:
    """The first line of a stanza is verse like the others, no title over them."""
    stanza = "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄\n寒风吹瘦竹 冷月照孤窗"
    arts = _json(runner, tmp_path, f"本报讯 老人即兴吟诗一首。\n\n{stanza}\n")
    assert arts[0]["titles"] == [] and arts[0]["paragraphs"][-1] == stanza


def test_a_title_over_a_paragraph_in_one_block_is_no_verse(runner: CliRunner, tmp_path: Path) -> None:
    """Lines under a short first line that are no verse: the prose is one paragraph, read as prose (its
    title line is cut off as a heading over prose is: test_block_subheads_v15n.py)."""
    page = "重阳节\n市民纷纷登山赏秋，公园里人头攒动，热闹非凡。\n"
    arts = _json(runner, tmp_path, page)
    assert arts[0]["titles"] == ["重阳节"]
    assert arts[0]["paragraphs"] == ["市民纷纷登山赏秋，公园里人头攒动，热闹非凡。"]


# --- a labelled figure in a block of its own -----------------------------------------------------


@pytest.mark.parametrize("page, paragraphs", [
    ("本期双色球开奖结果如下。\n\n红球：03 08 15 22 27 31\n\n蓝球：09\n",
     ["本期双色球开奖结果如下。", "红球：03 08 15 22 27 31", "蓝球：09"]),
    ("本期开奖号码如下。\n\n红球：03 07 12 19 25 31\n\n蓝球：09\n\n下期奖池累计金额为八亿元。\n",
     ["本期开奖号码如下。", "红球：03 07 12 19 25 31", "蓝球：09", "下期奖池累计金额为八亿元。"]),
    ("本期大乐透开奖结果如下。\n\n前区：05 12 19 26 33\n\n后区：04\n\n特别号：11\n",
     ["本期大乐透开奖结果如下。", "前区：05 12 19 26 33", "后区：04", "特别号：11"]),
    ("本期双色球开奖结果如下。\n\n蓝球：09\n", ["本期双色球开奖结果如下。", "蓝球：09"]),
])
def test_a_lone_figure_line_of_a_draw_is_a_paragraph(
    runner: CliRunner, tmp_path: Path, page: str, paragraphs: list[str]
) -> None:
    arts = _json(runner, tmp_path, page)
    assert len(arts) == 1
    assert (arts[0]["titles"], arts[0]["kicker"], arts[0]["subheads"]) == ([], [], [])
    assert arts[0]["paragraphs"] == paragraphs
    assert ARTICLE_BREAK not in convert_page(runner, tmp_path, page, "-f", "txt")


# --- headings of the same shapes stay headings ---------------------------------------------------

LEAD = "本报讯 近日，全市召开会议，部署相关工作。"


@pytest.mark.parametrize("heads, expected", [
    ("青春献祖国 奋斗正当时", ["title:青春献祖国 奋斗正当时"]),
    ("青春献祖国 奋斗正当时\n\n党建引领强 发展动力足",
     ["kicker:青春献祖国 奋斗正当时", "title:党建引领强 发展动力足"]),
    ("数说：2023", ["title:数说：2023"]),
    ("一季度增速：5.3%\n\n二季度增速：6.1%", ["kicker:一季度增速：5.3%", "title:二季度增速：6.1%"]),
])
def test_verse_and_figure_shaped_headlines_over_a_lead_stay_headings(
    runner: CliRunner, tmp_path: Path, heads: str, expected: list[str]
) -> None:
    for lead in (LEAD, LEAD.removeprefix("本报讯 ")):
        arts = _articles(runner, tmp_path, f"{heads}\n\n{lead}\n")
        assert arts[0]["heads"] == expected


@pytest.mark.parametrize("head", ["青春献祖国 奋斗正当时", "数说：2023"])
def test_a_verse_or_figure_shaped_headline_alone_on_a_page_stays_a_title(
    runner: CliRunner, tmp_path: Path, head: str
) -> None:
    arts = _json(runner, tmp_path, f"{head}\n")
    assert arts[0]["titles"] == [head] and arts[0]["paragraphs"] == []


def test_a_subhead_shaped_like_verse_over_prose_stays_a_subhead(runner: CliRunner, tmp_path: Path) -> None:
    page = f"全市召开会议\n\n{LEAD}\n\n青春献祖国 奋斗正当时\n\n会议要求各地抓好落实。\n"
    arts = _articles(runner, tmp_path, page)
    assert arts[0]["heads"] == ["title:全市召开会议", "sub:青春献祖国 奋斗正当时"]


def test_a_verse_line_marked_a_heading_stays_a_subhead(runner: CliRunner, tmp_path: Path) -> None:
    """A markdown `#` says heading whatever the text: the neighbours' verse does not overrule it."""
    above, line, below = STANZAS[0]
    source = tmp_path / "page.md"
    source.write_text(f"秋日登高\n\n{above}\n\n# {line}\n\n{below}\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(source), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    art = json_articles(result.stdout)[0]
    assert art["subheads"] == [line]
