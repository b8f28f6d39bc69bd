"""A page of notices gives one article per notice (helper NOTICE, v26; walk-through W14, finding 8).

A classified page prints short notices one after another, each under its own label (`遗失声明`,
`启事`, `声明`, `讣告`, `更正`, `啟事`). Before, a notice whose text ended without a `特此…` formula
(`…声明作废。`) took the next notice as a subsection (`遗失声明` holding `启事` and its text), and a
second notice run in under the same label (`遗失声明：…声明作废。`) stayed a paragraph of the first.
Now each notice is an article of its own: its label the `head`, its text `p`, its signer and date
its `closer`. A report's subhead over a statement it quotes, an award list and a reader's letter
read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from cli_pages import convert_stdin
from tei_parts import NS, all_paragraphs, json_articles, own_heads, signed_texts, tei_root

LOST = "李明，身份证号110101199003071234，不慎遗失，声明作废。"
QISHI = "本报原定于11月5日刊发的版面调整至11月6日，特此启事。"
STATEMENT = "我公司从未授权任何个人收取费用，特此声明。"
NEWS = (
    "昨天上午，全市冬季供暖工作会议召开。会议要求各供热单位提前做好设备检修，"
    "确保11月15日前全面供暖。市供热办负责人介绍，今年全市新增供热面积120万平方米，"
    "老旧管网改造工程已经全部完工。"
)


def _page(*blocks: str) -> str:
    """A flat page of `blocks`, a blank line between them."""
    return "\n\n".join(blocks) + "\n"


def _articles(page: str) -> list[Any]:
    """The article `div`s of the TEI `convert` writes for `page`."""
    return list(tei_root(convert_stdin(page)).iterfind(".//t:div[@type='article']", NS))


def _outline(page: str) -> list[tuple[list[str], list[str]]]:
    """Each article's own heads and all its paragraphs, in order, from the TEI."""
    return [(own_heads(a), all_paragraphs(a)) for a in _articles(page)]


def _no_subsections(page: str) -> bool:
    return not any(a.find(".//t:div[@type='subsection']", NS) is not None for a in _articles(page))


def test_three_notices_are_three_articles() -> None:
    """The walk-through's page: `启事` was a subsection of `遗失声明`; now three articles."""
    page = _page("遗失声明", LOST, "启事", QISHI, "声明", STATEMENT)
    assert _outline(page) == [(["遗失声明"], [LOST]), (["启事"], [QISHI]), (["声明"], [STATEMENT])]
    assert _no_subsections(page)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("启事", "本店自12月1日起迁至东岗西路88号营业，特此启事。"),
        ("寻人启事", "刘大爷，男，75岁，于10月3日走失。有知情者请与家属联系，必有重谢。"),
        ("更正", "本报10月30日第二版刊登的遗失声明中，“李明”应为“李鸣”，特此更正。"),
        ("公告", "我公司定于2024年11月8日召开股东大会，请各位股东准时参加。特此公告。"),
        ("遗失声明", "兰州某某商贸有限公司遗失公章一枚，声明作废。"),
        ("声明", "兹有本厂职工张三遗失工作证一枚，特此登报声明作废。"),
    ],
)
def test_each_label_after_a_lost_notice_opens_a_notice(label: str, text: str) -> None:
    """Whatever the next notice's label, under a notice ending `声明作废。` it opens its own article."""
    page = _page("遗失声明", LOST, label, text)
    assert _outline(page) == [(["遗失声明"], [LOST]), ([label], [text])]


def test_traditional_notices_are_articles_of_their_own() -> None:
    page = _page("遺失聲明", "黃大文遺失身份證，聲明作廢。", "啟事", "本會定於5月10日召開大會，特此啟事。")
    assert [own_heads(a) for a in _articles(page)] == [["遺失聲明"], ["啟事"]]


def test_signed_notices_keep_their_closers() -> None:
    """Each notice's signer and date are its own `closer`."""
    page = _page(
        "讣告", "张老先生因病于2024年10月1日逝世，享年90岁。特此讣告。", "张老先生治丧委员会\n2024年10月2日",
        "遗失声明", LOST, "声明", "我公司从未授权任何个人以公司名义收取费用，特此声明。",
        "北京某某科技有限公司\n二〇二四年十一月一日",
    )
    arts = _articles(page)
    assert [own_heads(a) for a in arts] == [["讣告"], ["遗失声明"], ["声明"]]
    assert [signed_texts(a) for a in arts] == [["张老先生治丧委员会"], [], ["北京某某科技有限公司"]]
    closers = ["".join(c.itertext()) for c in arts[2].iterfind("t:closer", NS)]
    assert closers == ["北京某某科技有限公司\n二〇二四年十一月一日"]


def test_a_second_notice_run_in_under_the_same_label_is_a_notice() -> None:
    """`遗失声明：…声明作废。` under a notice: its label (colon kept) heads a new article."""
    second = "北京某某科技有限公司遗失营业执照副本，声明作废。"
    third = "王强遗失道路运输证，声明作废。"
    page = _page("遗失声明", LOST, f"遗失声明：{second}", f"遗失声明：{third}")
    assert _outline(page) == [(["遗失声明"], [LOST]), (["遗失声明："], [second]), (["遗失声明："], [third])]


def test_json_and_txt_agree_with_the_tei() -> None:
    second = "王强遗失道路运输证，声明作废。"
    page = _page("遗失声明", LOST, f"遗失声明：{second}", "启事", QISHI)
    arts = json_articles(convert_stdin(page, "-f", "json"))
    assert [(a["titles"], a["subheads"], [p["text"] for p in a["paragraphs"]]) for a in arts] == [
        (["遗失声明"], [], [LOST]), (["遗失声明："], [], [second]), (["启事"], [], [QISHI]),
    ]
    txt = convert_stdin(page, "-f", "txt")
    assert txt.count("＊＊＊") == 2  # three articles, parted as the text export parts articles
    assert txt.index("启事") > txt.index("王强遗失道路运输证")


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("更正", "本报10月30日第二版《秋收正忙》一文中“王家庄”应为“汪家庄”，特此更正。"),
        ("遗失声明", "王强遗失道路运输证，声明作废。"),
        ("寻人启事", "王某，男，12岁，于11月1日走失。有知情者请速与家属联系。特此启事。"),
    ],
)
def test_a_notice_after_a_news_article_is_its_own(label: str, text: str) -> None:
    page = _page("全市部署冬季供暖工作", NEWS, label, text)
    assert _outline(page) == [(["全市部署冬季供暖工作"], [NEWS]), ([label], [text])]


def test_a_report_quoting_a_statement_keeps_its_subhead() -> None:
    """`声明` over a statement ending `特此声明。` inside a report stays the report's subhead: a
    plain label opens a notice only under another notice."""
    quoted = "当天下午，该公司发布声明：网传裁员消息不实，公司将依法追究造谣者责任，特此声明。"
    page = _page("某公司回应网传裁员消息", NEWS, "声明", quoted)
    arts = _articles(page)
    assert len(arts) == 1
    sub = arts[0].find("t:div[@type='subsection']", NS)
    assert sub is not None and own_heads(sub) == ["声明"]
    assert all_paragraphs(arts[0]) == [NEWS, quoted]


def test_news_subheads_and_a_statement_in_a_story_stay() -> None:
    """Short subheads of a news story, a notice label over text that is no notice's, and a
    `声明：` paragraph in a story are read as before."""
    page = _page("全市部署冬季供暖工作", NEWS, "提前检修", "各供热单位要在11月10日前完成设备检修。",
                 "遗失声明", "失主告诉记者，他原本准备登报声明证件作废，没想到钱包失而复得。",
                 "声明：网传消息不实，特此声明。")
    arts = _articles(page)
    assert len(arts) == 1
    subs = arts[0].iterfind("t:div[@type='subsection']", NS)
    assert [own_heads(s) for s in subs] == [["提前检修"], ["遗失声明"]]
    assert all_paragraphs(arts[0])[-1] == "声明：网传消息不实，特此声明。"


def test_a_readers_letter_and_an_award_list_read_as_before() -> None:
    letter = _page("全市部署冬季供暖工作", NEWS, "读者来信", "编辑同志：", "我家小区的暖气至今不热。",
                   "读者 刘建国\n2023年11月20日")
    assert [own_heads(a) for a in _articles(letter)] == [["全市部署冬季供暖工作"], ["读者来信"]]
    awards = _page("第五届书法大赛获奖名单", "一等奖", "王丽 李华", "二等奖", "张强 刘洋 陈明")
    arts = _articles(awards)
    assert len(arts) == 1
    subs = arts[0].iterfind("t:div[@type='subsection']", NS)
    assert [own_heads(s) for s in subs] == [["一等奖"], ["二等奖"]]


REPORT = (
    "记者从市教育局获悉，今年秋季学期全市中小学将全面推行课后服务。据介绍，课后服务时间原则上不早于"
    "下午5点30分结束，学生自愿参加，学校不得以任何形式强制。"
)


@pytest.mark.parametrize(
    ("title", "label", "text"),
    [
        # a news brief whose headline names a document is no notice: its subhead stays one
        ("某公司发布声明", "声明", "网传我公司裁员消息不实，公司将依法追究造谣者责任，特此声明。"),
        ("市教育局发布寒假通知", "通知", "全市中小学将于1月20日起放寒假，特此通知。"),
        # a statement's kind quoted by a report is a subhead, as 声明 is
        ("某企业回应产品质量质疑", "严正声明", "该企业在严正声明中称，网传产品质量问题系造谣，特此声明。"),
        ("某品牌就广告争议致歉", "致歉声明", "因我公司广告用语不当，我们深表歉意，特此声明。"),
        # a story's sentence ending 作废 is no notice's formula
        ("老旧证件如何处理", "更正", "记者了解到，去年发放的旧版证件自今年起作废。"),
    ],
)
def test_a_reports_subhead_over_a_statement_stays_a_subsection(title: str, label: str, text: str) -> None:
    """Review of the first version: these opened an article of their own after the report."""
    arts = _articles(_page(title, REPORT, label, text))
    assert len(arts) == 1
    sub = arts[0].find("t:div[@type='subsection']", NS)
    assert sub is not None and own_heads(sub) == [label]


def test_a_run_in_label_under_a_reports_subhead_stays_its_paragraph() -> None:
    """A run-in `公告：` under a report's `声明` subhead is no second notice (only under a notice of the
    same label is it one)."""
    runin = "公告：该公司原定的发布会取消，特此公告。"
    page = _page("某公司回应裁员传闻", REPORT, "声明", "该公司表示网传消息不实，特此声明。", runin)
    arts = _articles(page)
    assert len(arts) == 1
    assert runin in all_paragraphs(arts[0])
