"""Block labels from text cues: what a reader of a Chinese newspaper would call each block."""

from __future__ import annotations

import pytest

from layoutfix.layout.continuation import chinese_number, find_markers, page_ref
from layoutfix.layout.roles import (
    ends_sentence,
    furniture_type,
    is_furniture,
    is_heading_like,
    label_block,
)
from layoutfix.model import Block


def label(text: str, emphasised: list[str] | None = None) -> list[tuple[str, str]]:
    """(role, text) of the pieces of a one-block page."""
    block = Block(id="b1", text=text, start=0, end=len(text))
    pieces = label_block(block, text, (lambda b: emphasised) if emphasised else None)
    for p in pieces:
        assert text[p.start : p.end] == p.text  # spans point at the page text
    return [(p.role, p.text) for p in pieces]


@pytest.mark.parametrize(
    ("marker", "direction", "page"),
    [
        ("（接一版）", "from", "1"),
        ("(上接第2版)", "from", "2"),
        ("（下转第3版）", "to", "3"),
        ("(转A4版)", "to", "A4"),
        ("（下转第十二版）", "to", "12"),
        ("(接第２版)", "from", "2"),
        ("（续第二十版）", "from", "20"),
    ],
)
def test_continuation_markers_are_parsed_into_page_references(marker: str, direction: str, page: str) -> None:
    (m,) = find_markers(marker)
    assert (m.direction, m.page, m.text) == (direction, page, marker)


def test_parentheses_that_are_not_markers_are_left_alone() -> None:
    assert find_markers("信用乡（镇）整体授信业务") == []
    assert find_markers("召开五届二十八次党组（扩大）会议") == []
    assert find_markers("（2023年版）") == []


def test_chinese_numerals_and_page_refs() -> None:
    assert [chinese_number(s) for s in ("一", "十", "十二", "二十", "三十五", "两")] == [1, 10, 12, 20, 35, 2]
    assert chinese_number("十二十") is None
    assert chinese_number("版") is None
    assert page_ref("ａ４") == "A4"
    assert page_ref("03") == "3"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("县政协主席魏长缨出席并讲话。", True),
        ("“这里的每一件文物都在讲述革命故事。”", True),
        ("《意见》落实效果如何？", True),
        ("全市职工参加。（完）", True),
        ("实现政协协商和", False),
        ("他说：", False),
        ("共建数字化供应链综合服务", False),
    ],
)
def test_sentence_end(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("联系电话：0931-8926232", "contact"),
        ("e-mail:mzxsb02@163.com", "contact"),
        ("新闻热线 0931-8888888", "contact"),
        ("责任编辑：王五", "credit"),
        ("2023年10月12日 星期四", "header"),
        ("第4版", "header"),
    ],
)
def test_furniture(text: str, kind: str) -> None:
    assert is_furniture(text)
    assert furniture_type(text) == kind
    assert label(text) == [("furniture", text)]


@pytest.mark.parametrize("text", ["请发邮件至info@gsrb.com报名。", "详见www.gsrb.com，请查收。",
                                  "报名请拨打电话0931-8888888。", "欢迎登录http://www.gsrb.com了解详情！"])
def test_a_sentence_giving_an_address_is_body_text(text: str) -> None:
    """A sentence of the article naming an e-mail, a site or a phone number (ending with 。！？) is
    text: as furniture it was left out of the plain text, a sentence lost from the article."""
    assert not is_furniture(text)
    assert label(text) == [("body", text)]


def test_body_text_with_numbers_is_not_furniture() -> None:
    assert not is_furniture("签约5个项目，签约总资金37.64亿元。")
    assert not is_furniture("活动将持续到2024年1月底结束。")


@pytest.mark.parametrize(
    "text",
    [
        "让城市对青年更友好",
        "创新工作，厚植服务群众新土壤",
        "渭源县政协建言“生态渭源”建设",
        "《意见》落实效果如何？",
    ],
)
def test_headlines_are_heading_like(text: str) -> None:
    assert is_heading_like(text)


@pytest.mark.parametrize(
    "text",
    [
        "会议强调，相关职能部门要抢抓黄河流域生态保护和高质量发展国家战略的",  # cut after 的
        "会议指出，要推动工作落实",  # a paragraph opening
        "他说：",
        "县政协主席出席并讲话。",
        "相关职能部门要抢抓黄河流域生态保护和高质量发展国家战略机遇",  # one clause too long for a title
        "层治理有机结合，切实把协商成果转化为推动县域经济社会发展、服务",  # a long clause after a comma
    ],
)
def test_sentence_fragments_are_not_headings(text: str) -> None:
    assert not is_heading_like(text)


def test_byline_formula_is_split_from_the_lead_paragraph() -> None:
    text = "本报酒泉讯（通讯员茹建荣）10月10日，酒泉市政协主席带领调研组深入肃州区调研。"
    assert label(text) == [
        ("byline", "本报酒泉讯（通讯员茹建荣）"),
        ("body", "10月10日，酒泉市政协主席带领调研组深入肃州区调研。"),
    ]


def test_news_agency_byline_and_bare_byline() -> None:
    roles = label("新华社北京10月9日电（记者 张华）记者从农业农村部获悉，今年粮食再获丰收。")
    assert roles[0] == ("byline", "新华社北京10月9日电（记者 张华）")
    assert label("本报讯 近日，全县开展消防演练。")[0] == ("byline", "本报讯")
    assert label("本报记者 刘雪梅") == [("byline", "本报记者 刘雪梅")]


def test_a_sentence_mentioning_the_paper_is_not_a_byline() -> None:
    assert label("本报记者近日从市电力公司获悉，全市用电量持续增长。")[0][0] == "body"


def test_photo_caption_and_credit() -> None:
    text = "10月9日，果农在果园采摘苹果。 记者 马俊 摄"
    assert label(text) == [("caption", "10月9日，果农在果园采摘苹果。"), ("credit", "记者 马俊 摄")]
    assert label("通讯员 齐彦军 摄影报道") == [("credit", "通讯员 齐彦军 摄影报道")]
    assert label("图为志愿者在社区开展义诊。")[0][0] == "caption"


def test_trailing_name_in_parentheses_is_a_signature() -> None:
    text = "“我们要让消防知识走进千家万户。”支队负责人说。 （记者 孙丽）"
    assert label(text)[-1] == ("signature", "（记者 孙丽）")
    assert label("（张莉芳）") == [("signature", "（张莉芳）")]


@pytest.mark.parametrize(
    "text",
    [
        "全市3000余名职工参加。（完）",
        "并印发《家庭消防安全手册（试行）》。",
        "深入开展信用户、信用村、信用乡（镇）整体授信业务。",
    ],
)
def test_parentheses_that_are_not_signatures(text: str) -> None:
    assert [r for r, _ in label(text)] == ["body"]


def test_markers_standalone_leading_and_trailing() -> None:
    assert label("（接一版）") == [("marker", "（接一版）")]
    lead = label("（上接第2版）各地要压实责任。")
    assert lead == [("marker", "（上接第2版）"), ("body", "各地要压实责任。")]
    trail = label("对隐患实行清单管理（转A4版）")
    assert trail == [("body", "对隐患实行清单管理"), ("marker", "（转A4版）")]


def test_kicker_and_title_on_one_line() -> None:
    # told apart by the emphasis the markup normaliser reports...
    assert label("东乡县推进移民搬迁后续扶持", ["推进移民搬迁后续扶持"]) == [
        ("heading", "东乡县"),
        ("heading", "推进移民搬迁后续扶持"),
    ]
    # ...or by a short organisation name followed by a space
    pair = label("秦州区政协 调研教师队伍建设情况")
    assert pair == [("heading", "秦州区政协"), ("heading", "调研教师队伍建设情况")]
    # a two-part headline is not split
    assert label("专题协商 让建言更精准") == [("heading", "专题协商 让建言更精准")]


def test_a_reporter_line_is_a_byline_not_a_dateline() -> None:
    """`本报通讯员 陈静` names a reporter; `本报通讯` must not be read as a dateline (本报X讯)."""
    from layoutfix.pipeline import convert

    page = "扎根乡村的委员\n\n本报通讯员 陈静\n\n清晨六点，委员马文军已经来到合作社的大棚里。\n"
    document = convert(page, fmt="txt").document
    article = document.articles[0]
    assert [b.text for b in article.bylines] == ["本报通讯员 陈静"]
    assert article.parts[0].blocks[0].text.startswith("清晨六点")


def test_page_zero_in_a_header_is_no_page_number() -> None:
    """`第0版` (a misread 第8版 or 第6版) gave page 0: ids `p0-a1`, `<pb n="0">`, below every real page."""
    from layoutfix.layout.roles import page_facts
    from layoutfix.pipeline import build_document

    assert page_facts("第0版") == (None, None)
    assert page_facts("2024年5月6日 星期一 第08版") == ("2024-05-06", 8)
    doc = build_document("人民日报 第0版\n\n标题\n\n本报讯 正文。")
    assert doc.page is None and all(not a.id.startswith("p0") for a in doc.articles)
