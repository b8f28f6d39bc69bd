"""A correction notice run in between two articles is a notice of its own (helper RUNIN, v27;
walk-through W15, finding 10).

A paper prints its correction, apology or announcement as one paragraph between two articles, its
label run into its text: `更正：本报11月3日第2版《稳中求进谱新篇》一文中，“…”应为“…”。特此更正。`.
Before, it was the last `p` of the article above. Now it is an article of its own: the label, its
colon kept, the `head`, the text its `p`, as a notice under a label line already was. A story quoting
a correction (`…要求该企业更正：…`), a story's paragraph opening `更正：` with no closing formula and a
statement a report quotes (`声明：…特此声明。`) read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from cli_pages import convert_stdin
from tei_parts import NS, all_paragraphs, json_articles, own_heads, tei_root

LEAD = "农业农村部最新农情调度显示，全国秋粮已收获92.5%。"
NEWS = f"全国秋粮收获过九成\n\n本报北京11月24日电（记者 刘毅）{LEAD}"
TITLE = (["全国秋粮收获过九成"], [LEAD])
NEXT = "冬小麦播种基本结束\n\n本报北京11月24日电（记者 郁静娴）全国冬小麦播种已基本结束。"
HK = "港府公布施政報告\n\n本報訊 行政長官昨日在立法會發表施政報告，提出多項惠民措施。"
HK_LEAD = "行政長官昨日在立法會發表施政報告，提出多項惠民措施。"
HK_NEXT = "天文台發出寒冷天氣警告\n\n本報訊 天文台昨晚發出寒冷天氣警告，預料氣溫將降至10度。"
CORRECTION = "本报11月3日第2版《稳中求进谱新篇》一文中，“2.3万亿元”应为“2.5万亿元”。特此更正。"


def _page(*blocks: str) -> str:
    """A flat page of `blocks`, a blank line between them."""
    return "\n\n".join(blocks) + "\n"


def _outline(page: str) -> list[tuple[list[str], list[str]]]:
    """Each article's own heads and all its paragraphs, in order, from the TEI `convert` writes."""
    arts: list[Any] = list(tei_root(convert_stdin(page)).iterfind(".//t:div[@type='article']", NS))
    return [(own_heads(a), all_paragraphs(a)) for a in arts]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("更正：", CORRECTION),
        ("更正启事：", "本报11月20日第5版《秋收正忙》一文中，“王家庄”应为“汪家庄”。特此更正。"),
        ("更正声明：", "本报11月20日刊发的《城市更新》一文，作者姓名有误，应为李明。特此声明。"),
        ("致歉：", "本报11月20日第3版图片说明有误，给读者带来不便，特此致歉。"),
        ("致歉：", "因排版失误，本报昨日第8版部分内容重复刊登，谨此致歉。"),
        ("勘误：", "本报11月20日第6版《冬季供暖》一文中，“120万”应为“102万”。特此更正。"),
        ("更正：", "本报昨日第2版《稳中求进》一文中，“李明”应为“李鸣”。特此更正并致歉。"),
    ],
)
def test_a_run_in_correction_between_two_articles_is_its_own_article(label: str, text: str) -> None:
    """The walk-through's page: the correction was the first article's last `p`."""
    assert _outline(_page(NEWS, label + text, NEXT)) == [
        TITLE, ([label], [text]), (["冬小麦播种基本结束"], ["全国冬小麦播种已基本结束。"]),
    ]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("更正：", "本報11月3日A2版《穩中求進》一文中，“2.3億元”應為“2.5億元”。特此更正。"),
        ("啟事：", "本報定於12月1日起調整派報時間，敬請讀者留意。特此啟事。"),
        ("更正啟事：", "本報11月20日第5版《秋收》一文中，“王家莊”應為“汪家莊”。特此更正。"),
        ("勘誤：", "本報昨日A5版《港股》一文中，“恒指”應為“國指”。特此更正。"),
    ],
)
def test_traditional_run_in_notices(label: str, text: str) -> None:
    got = _outline(_page(HK, label + text, HK_NEXT))
    assert got[:2] == [(["港府公布施政報告"], [HK_LEAD]), ([label], [text])]


def test_the_walk_through_page_with_ascii_punctuation() -> None:
    """`更正:…,"…"应为"…"。` as the OCR printed it: the notice's own article, punctuation made
    full-width as in any text."""
    ocr = '更正:本报11月3日第2版《稳中求进谱新篇》一文中,"2.3万亿元"应为"2.5万亿元"。特此更正。'
    page = _page(NEWS, ocr, NEXT)
    assert _outline(page)[1] == (["更正："], [CORRECTION])


def test_at_the_page_top_and_end() -> None:
    assert _outline(_page("更正：" + CORRECTION, NEXT))[0] == (["更正："], [CORRECTION])
    assert _outline(_page(NEWS, "更正：" + CORRECTION)) == [TITLE, (["更正："], [CORRECTION])]


def test_json_and_txt_agree() -> None:
    page = _page(NEWS, "更正：" + CORRECTION, NEXT)
    arts = json_articles(convert_stdin(page, "-f", "json"))
    assert (arts[1]["titles"], [p["text"] for p in arts[1]["paragraphs"]]) == (["更正："], [CORRECTION])
    assert convert_stdin(page, "-f", "txt").count("＊＊＊") == 2  # three articles


@pytest.mark.parametrize(
    "para",
    [
        "市场监管局要求该企业更正：产品包装上标注的生产日期与实际不符，须在三日内改正。",
        "更正：记者在采访中发现，该报道中的数据已被多家媒体转载，至今未见更正。",
        "声明：网传消息不实，特此声明。",
        "启事：本店因装修暂停营业三天，敬请谅解。",
    ],
)
def test_a_story_quoting_a_correction_keeps_its_paragraph(para: str) -> None:
    """No formula naming the label's verb, or no label opening the paragraph: the story's text."""
    assert _outline(_page(NEWS, para, NEXT))[0] == (TITLE[0], [LEAD, para])


def test_a_correction_label_inside_a_story_stays_its_text() -> None:
    """`更正：…。` in the middle of a story, its text going on under it: no notice."""
    mid = "更正：原定于本周五举行的活动推迟至下周一。"
    page = _page(NEWS, mid, "活动主办方表示，将另行通知具体时间。", NEXT)
    assert _outline(page)[0] == (TITLE[0], [LEAD, mid, "活动主办方表示，将另行通知具体时间。"])


def test_a_run_in_correction_after_an_unfinished_clause_stays() -> None:
    """Under a paragraph whose sentence goes on (`…该报随后发布`) the block is that text's."""
    page = _page(NEWS.replace("92.5%。", "92.5%，该报随后发布"), "更正：" + CORRECTION, NEXT)
    assert not any(heads == ["更正："] for heads, _ in _outline(page))


STORY_GOES_ON = [
    (  # a company's correction the story quotes (review case n03)
        "某公司就虚假宣传发布更正声明",
        "本报讯（记者 赵敏）某食品公司昨日在官方微博发布更正声明，承认此前宣传存在不实之处。",
        "更正声明：我公司于11月20日发布的产品宣传中“零添加”表述有误，应为“低添加”。特此声明。",
        "市场监管部门表示，将继续跟踪调查。",
    ),
    (  # another paper's correction (n02)
        "我省新建高标准农田120万亩",
        "本报兰州12月5日讯（记者 王芳）今年以来，我省累计新建高标准农田120万亩，超额完成年度任务。"
        "该报次日在头版刊登了如下更正。",
        "更正：本报12月3日第4版报道中，“张华”应为“张桦”。特此更正。",
        "记者注意到，这已是该报本月第三次刊登更正。",
    ),
    (  # a publisher's erratum (n19)
        "某出版社召回问题图书",
        "本报讯（记者 赵敏）某出版社昨日发布勘误说明，召回一批存在错误的教辅图书。",
        "勘误：该书第35页“北纬30度”应为“北纬39度”。特此勘误。",
        "出版社表示，已购读者可免费更换。",
    ),
    (  # a performer's apology (n04)
        "明星发文致歉",
        "本报讯 某演员昨日就演出迟到一事在社交平台发文道歉。",
        "致歉：因本人原因导致演出推迟，给观众带来不便，谨此致歉。",
        "主办方表示，将为观众办理退票。",
    ),
]


@pytest.mark.parametrize(("title", "lead", "quote", "after"), STORY_GOES_ON)
def test_a_notice_the_story_goes_on_from_is_its_paragraph(
    title: str, lead: str, quote: str, after: str
) -> None:
    """A notice-shaped paragraph with a story's paragraph under it is the story's quote: three
    paragraphs of one article, as printed (the branch's first cut made the quote an article and
    moved the story's next paragraph into it)."""
    page = _page(title, lead, quote, after, NEXT)
    got = _outline(page)
    assert len(got) == 2
    assert got[0][0] == [title]
    assert got[0][1][-2:] == [quote, after]
    txt = convert_stdin(page, "-f", "txt")
    assert f"\n{quote}\n\n{after}\n" in txt
    assert txt.count("＊＊＊") == 1  # two articles


def test_a_closer_under_a_run_in_correction_still_ends_it() -> None:
    """A run-in correction over a signer or closer, or over another run-in notice, stands where an
    article ends: each is its own article."""
    apology = "本报11月20日第3版图片说明有误，给读者带来不便，特此致歉。"
    got = _outline(_page(NEWS, "更正：" + CORRECTION, "致歉：" + apology, NEXT))
    assert got[1:3] == [(["更正："], [CORRECTION]), (["致歉："], [apology])]
