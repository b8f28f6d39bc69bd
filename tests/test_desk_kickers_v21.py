"""A desk's name alone (`科技`, `经济`, `體育`) is a section label only where a page's sections stand:
at the page's first heading (under its running head) over more than one article or under a running
head, or on a page whose sections desk names already label. Before, it was one wherever it stood, so a
kicker amid a page's articles started a section that ran over the articles after it (`科技` over
article 2, then article 3, a budget story, under 科技; `经济` mid-page ended a `要闻` page's section),
and a lone article's kicker (`体育` / `中超积分榜` / its table) became a section of one article.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import NS, article_parts, tei_root, text_of


def _sections(tei: str) -> list[tuple[str, list[str]]]:
    """Each section div: its head and the titles of the articles in it."""
    return [
        (text_of(div.find("t:head", NS)),
         [text_of(h) for h in div.iterfind("t:div[@type='article']/t:head", NS) if h.get("type") is None])
        for div in tei_root(tei).iterfind(".//t:body/t:div[@type='section']", NS)
    ]


def _heads(tei: str) -> list[list[str]]:
    """Each article's heads (`typed_head`), in order."""
    return [article["heads"] for article in article_parts(tei)]


def _page(*blocks: str) -> str:
    """A page of `blocks`, one blank line between two."""
    return "\n\n".join(blocks) + "\n"


def test_a_desk_name_amid_a_pages_articles_is_the_kicker_of_the_one_under_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = _page(
        "市府公布新措施", "本報訊 市府今天公布新措施，市民表示歡迎。",
        "科技", "本港初創獲融資", "本報訊 本港初創企業獲得融資。",
        "立法會通過預算", "本報訊 立法會昨日三讀通過預算案。",
    )
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == []
    assert _heads(tei) == [
        ["title:市府公布新措施"], ["kicker:科技", "title:本港初創獲融資"], ["title:立法會通過預算"],
    ]


def test_a_desk_name_amid_a_news_page_keeps_the_pages_section(runner: CliRunner, tmp_path: Path) -> None:
    page = _page(
        "要闻", "国务院常务会议召开", "新华社北京10月9日电 国务院总理主持召开国务院常务会议。",
        "经济", "前三季度GDP同比增长5%", "本报北京10月9日电 国家统计局今天发布数据。",
    )
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == [("要闻", ["国务院常务会议召开", "前三季度GDP同比增长5%"])]
    assert _heads(tei)[1] == ["kicker:经济", "title:前三季度GDP同比增长5%"]


def test_a_desk_name_over_a_lone_article_is_its_kicker(runner: CliRunner, tmp_path: Path) -> None:
    for desk, title, rest in [
        ("体育", "中超积分榜", "1.上海海港 30 21 6 3 69\n2.山东泰山 30 18 6 6 60"),
        ("體育", "港隊奪金", "本報訊 港隊昨日奪得金牌。"),
        ("社会", "城市垃圾分类取得新进展", "本报讯 近日，市城管局表示，全市垃圾分类覆盖率已达百分之九十。"),
    ]:
        tei = convert_page(runner, tmp_path, _page(desk, title, rest))
        assert _sections(tei) == [], desk
        assert _heads(tei) == [[f"kicker:{desk}", f"title:{title}"]], desk


def test_desk_names_labelling_a_pages_sections_start_each_one(runner: CliRunner, tmp_path: Path) -> None:
    page = _page(
        "港聞", "市府公布新措施", "本報訊 市府今天公布新措施。",
        "立法會通過預算", "本報訊 立法會昨日通過預算案。",
        "國際", "美國宣布加息", "本報訊 美國聯儲局今天宣布加息。",
        "日圓急跌", "本報訊 日圓今天急跌。",
    )
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == [
        ("港聞", ["市府公布新措施", "立法會通過預算"]), ("國際", ["美國宣布加息", "日圓急跌"]),
    ]


def test_a_desk_name_under_a_running_head_is_a_section_of_its_articles(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = _page(
        "2024年5月6日 星期一", "国际",
        "联合国大会开幕", "新华社纽约10月9日电 第78届联合国大会今天开幕。",
        "美联储宣布维持利率不变", "新华社华盛顿10月9日电 美联储今天宣布维持利率不变。",
    )
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == [("国际", ["联合国大会开幕", "美联储宣布维持利率不变"])]


def test_a_desk_name_after_a_pages_first_article_stays_its_kicker(runner: CliRunner, tmp_path: Path) -> None:
    page = _page(
        "城市垃圾分类取得新进展", "本报讯 近日，市城管局表示，全市垃圾分类覆盖率已达百分之九十。",
        "国际", "联合国大会开幕", "新华社纽约10月9日电 第78届联合国大会今天开幕。",
    )
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == []
    assert _heads(tei)[1] == ["kicker:国际", "title:联合国大会开幕"]
