"""An interview's turns stay paragraphs of one article when the OCR dropped a turn's `？` or `。`.

What the user sees with `layoutfix convert -f tei`: in a piece of turns (`记者：` / `王建国：`,
`问：` / `答：`, `□` / `■`) every turn is a `p` of the interview's article, each its own paragraph.
Before (W16 findings 3 and 8), `记者：当前种业发展面临哪些挑战` without its `？` was a `byline` that
opened a second article, splitting the interview; `问：您对年轻科研人员有什么建议` and a short
`□下一步有什么计划？` were subsection heads, and an answer without its `。`
(`苏炳添：…已经超出预期了`) headed a subsection holding every later turn. Bylines, news subheads and
a Q&A column's title read as before.
"""

from __future__ import annotations

import pytest

from cli_pages import convert_stdin
from tei_parts import article_parts

INTRO = "专访王建国\n\n本报记者 李明\n\n近日，记者专访了省农科院研究员王建国。\n\n"


def _articles(page: str) -> list[dict[str, list[str]]]:
    """The page's articles as `article_parts` reads the TEI `convert` writes."""
    return article_parts(convert_stdin(page, "-f", "tei"))


@pytest.mark.parametrize(
    "turns",
    [
        ["记者：当前种业发展面临哪些挑战", "王建国：主要有三点。第一，保护利用不够。", "记者：您有什么建议？",
         "王建国：要耐得住寂寞。"],
        ["问：您对年轻科研人员有什么建议", "答：要耐得住寂寞，扎根田间地头。", "问：下一步呢？",
         "答：继续研究。"],
        ["□您从事小麦育种已经三十多年了，最大的体会是什么？", "■育种是一件慢功夫。", "□下一步有什么计划？",
         "■我们计划用5年时间建成基因库。"],
        ["记者：您这次比赛的目标是什么？", "苏炳添：我的目标是跑进9秒90，这次跑出9秒83，已经超出预期了",
         "记者：接下来有什么计划？", "苏炳添：好好休息，备战明年的世锦赛。"],
        ["記者：當前種業發展面臨哪些挑戰", "王建國：主要有三點。", "問：您對年輕科研人員有什麼建議",
         "答：要耐得住寂寞，紮根田間地頭。"],
        ["问：您对年轻人有什么建议", "答：要耐得住寂寞", "问：还有吗？", "答：多读书。"],
        ["主持人：欢迎您来到节目。", "嘉宾：谢谢邀请", "主持人：请谈谈您的体会。", "嘉宾：体会很深。"],
        ["王建国：种业要创新。", "李华：我同意", "张强：还要重视人才。"],
    ],
)
def test_every_turn_is_a_paragraph_of_the_interview(turns: list[str]) -> None:
    """One article, its own title and byline, every turn a paragraph of its own, as printed."""
    articles = _articles(INTRO + "\n\n".join(turns) + "\n")
    assert len(articles) == 1, articles
    assert articles[0]["heads"] == ["title:专访王建国"]
    assert articles[0]["bylines"] == ["本报记者 李明"]
    assert articles[0]["paragraphs"][1:] == turns


def test_a_reader_question_column_keeps_its_title() -> None:
    """`读者问答` titles the column; the reader's question without its `？` is its first paragraph."""
    page = ("读者问答\n\n读者问：商家拒绝退货，我该怎么办\n\n律师答：您可以先与商家协商，协商不成的，"
            "可拨打12315投诉。\n\n读者问：网购的商品能否七天无理由退货？\n\n律师答：可以，但定制商品除外。\n")
    articles = _articles(page)
    assert [a["heads"] for a in articles] == [["title:读者问答"]]
    assert articles[0]["paragraphs"][0] == "读者问：商家拒绝退货，我该怎么办"
    assert len(articles[0]["paragraphs"]) == 4


@pytest.mark.parametrize(
    ("page", "heads", "bylines"),
    [
        ("人物专访\n\n记者：王明\n\n近日，记者专访了研究员王建国。\n\n王建国：育种要有耐心。\n",
         ["title:人物专访"], ["记者：王明"]),
        ("滩区迁建三年追踪\n\n本报记者 张明\n\n搬迁后，县里建起了扶贫车间。\n\n专家：要加强产业配套\n\n"
         "王建国：新村要有产业。\n", ["title:滩区迁建三年追踪", "title:专家：要加强产业配套"],
         ["本报记者 张明"]),
        ("全市召开会议\n\n□本报记者 王丽\n\n昨天，全市召开会议。\n\n□加强监管\n\n"
         "会议要求加强监管。\n",
         ["title:全市召开会议", "title:□加强监管"], ["□本报记者 王丽"]),
        ("全市召开会议\n\n本报记者 王丽\n\n昨天，全市召开会议。\n\n王府井：老字号焕新\n\n"
         "记者：这里变化大吗？\n",
         ["title:全市召开会议", "title:王府井：老字号焕新"], ["本报记者 王丽"]),
        ("两会观察\n\n代表：加快推进乡村振兴\n\n本报记者 王丽\n\n"
         "全国人大代表王建国表示，要加快推进乡村振兴。\n",
         ["title:代表：加快推进乡村振兴"], ["本报记者 王丽"]),
    ],
)
def test_bylines_and_subheads_read_as_before(page: str, heads: list[str], bylines: list[str]) -> None:
    """A byline naming its writer after `记者：`, a subhead with a colon over a quoted speaker or over
    the reporter's question, a `□` subhead over prose and a headline with a colon over its byline keep
    their roles."""
    parts = _articles(page)
    assert [h for a in parts for h in a["heads"]] == heads
    assert [b for a in parts for b in a["bylines"]] == bylines
