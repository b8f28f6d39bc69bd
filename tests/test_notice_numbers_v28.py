"""Official notices through the CLI (NOTICE2; follow-ups of the COURT slice and walk-through W16).

- An order's or a decision's number under its title (`中华人民共和国国务院令` / `第780号`,
  `甘肃省人民政府关于…的决定` / `甘政发〔2024〕10号`), a ruling's part (`…123号之一`) and one notice
  for several cases (`…123号、124号`): before, the number was the title and the label its kicker.
  Now the label is the `head`, the number the notice's first `p`.
- A number the text cues read as text (`兰州市公安局通告` / `〔2024〕1号`): before, it was glued to the
  front of the paragraph under it (`〔2024〕1号为保障…`). Now it is a `p` of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.cli import app
from tei_parts import NS, tei_root, text_of
from test_coords_parity_v14 import MAKERS

DATE = "2024年11月1日"
TEXT = "《某某条例》已经2024年10月18日国务院第44次常务会议通过，现予公布，自2025年1月1日起施行。"
CASE = "张三：本院受理原告甘肃某某公司诉你借款合同纠纷一案，现依法向你公告送达应诉通知书。"


def _flat(blocks: list[list[str]]) -> str:
    """A flat-text page of `blocks` (each a list of lines), a blank line between blocks."""
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"


def _heads_and_paragraphs(tei: str) -> list[tuple[list[str], list[str]]]:
    """Each article's heads (`type` and text) and paragraphs' texts."""
    return [
        ([f"{h.get('type') or 'head'}:{text_of(h)}" for h in art.findall("t:head", NS)],
         [text_of(p) for p in art.findall("t:p", NS)])
        for art in tei_root(tei).findall(".//t:div[@type='article']", NS)
    ]


#: A title naming an order or a decision over its number (title, number, text).
ACTS = {
    "state-council-order": ("中华人民共和国国务院令", "第780号", TEXT),
    "president-order-hanzi": ("中华人民共和国主席令", "第三十一号", TEXT),
    "ministry-order": ("中华人民共和国财政部令", "第115号", TEXT),
    "province-order": ("甘肃省人民政府令", "第180号", TEXT),
    "decision": ("甘肃省人民政府关于表彰全省劳动模范的决定", "甘政发〔2024〕10号",
                 "各市州人民政府，省政府各部门：为表彰先进，省政府决定授予张三等100名同志甘肃省劳动模范称号。"),
    "opinion": ("国务院关于加快发展某某产业的意见", "国发〔2024〕5号",
                "各省、自治区、直辖市人民政府，国务院各部委：为加快发展某某产业，现提出如下意见。"),
    "ruling-part": ("公告", "（2024）京01民初123号之一", CASE),
    "two-cases": ("公告", "（2024）京01民初123号、124号", CASE),
}


@pytest.mark.parametrize("name", ACTS)
def test_an_acts_number_under_its_title_is_a_paragraph(tmp_path: Path, name: str) -> None:
    """The title is the only `head`, the number the first `p` (before: the number was the title)."""
    title, number, text = ACTS[name]
    page = _flat([[title], [number], [text], ["甘肃省人民政府"], [DATE]])
    (article,) = _heads_and_paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert article[0] == [f"head:{title}"]
    assert article[1][:2] == [number, text]


@pytest.mark.parametrize("fmt", MAKERS)
def test_an_orders_number_on_a_coordinate_page(tmp_path: Path, fmt: str) -> None:
    title = "中华人民共和国国务院令"
    blocks = [[title], ["第780号"], [TEXT], ["总理 李强"], [DATE]]
    source = tmp_path / f"page.{fmt}"
    source.write_bytes(MAKERS[fmt](blocks, {title}))
    result = CliRunner().invoke(app, ["convert", str(source)])
    assert result.exit_code == 0, result.stderr
    (article,) = _heads_and_paragraphs(result.stdout)
    assert article == ([f"head:{title}"], ["第780号", TEXT])
    closer = tei_root(result.stdout).find(".//t:closer", NS)
    assert "".join(text_of(closer).split()) == "总理李强" + DATE


def test_an_order_signed_by_the_head_of_state_is_one_article(tmp_path: Path) -> None:
    """`中华人民共和国主席 习近平` / date: the order's closer (before: the title of a second,
    empty article, the date its header furniture)."""
    page = _flat([["中华人民共和国主席令"], ["第三十一号"], [TEXT], ["中华人民共和国主席 习近平"], [DATE]])
    tei = convert_page(CliRunner(), tmp_path, page)
    assert len(_heads_and_paragraphs(tei)) == 1
    signed = tei_root(tei).find(".//t:closer/t:signed", NS)
    assert text_of(signed) == "中华人民共和国主席 习近平"


def test_a_kicker_over_an_order_stays_its_kicker(tmp_path: Path) -> None:
    page = _flat([["（受权发布）"], ["中华人民共和国主席令"], ["第十二号"], [TEXT]])
    (article,) = _heads_and_paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert article == (["kicker:（受权发布）", "head:中华人民共和国主席令"], ["第十二号", TEXT])


def test_a_number_read_as_text_is_not_glued_to_the_text(tmp_path: Path) -> None:
    """`〔2024〕1号` and the text under it: two paragraphs (before: `〔2024〕1号为保障…`)."""
    text = "为保障道路交通安全，决定对部分路段实施交通管制。"
    page = _flat([["兰州市公安局通告"], ["〔2024〕1号"], [text], ["特此通告。"], ["兰州市公安局"], [DATE]])
    (article,) = _heads_and_paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert article == (["head:兰州市公安局通告"], ["〔2024〕1号", text, "特此通告。"])


@pytest.mark.parametrize("title", ["限塑令实施一周年", "全市召开安全生产会议"])
def test_a_number_under_a_news_title_is_left_as_before(tmp_path: Path, title: str) -> None:
    """A news title (no order's issuer, no notice) over a number line: no `p` made of the number."""
    page = _flat([[title], ["第1号"], ["本报讯 11月1日，有关方面发布消息，情况如下。"]])
    (article,) = _heads_and_paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert "第1号" not in article[1]


def test_a_number_inside_a_sentence_stays_in_it(tmp_path: Path) -> None:
    text = "（2024）京01民初123号之一案中，原告诉称被告违约。法院审理后判决被告赔偿损失。"
    page = _flat([["法院公布典型案例"], [text]])
    (article,) = _heads_and_paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert article == (["head:法院公布典型案例"], [text])


# --- an issuer the closing rules do not know as one -------------------------------------------------

#: A notice's text, its formula and contact lines, and the organisation signing it (unknown before).
UNKNOWN_ISSUERS = {
    "museum-email": (["征稿启事", "为纪念建馆六十周年，本馆面向社会公开征集老照片。", "特此启事。",
                      "邮箱：lzbwg@163.com"], "兰州市博物馆"),
    "school-phone": (["招生公告", "我校2025年面向全省招收高一新生300名。", "特此公告。",
                      "咨询电话：0931-8888888"], "兰州市第一中学"),
    "press-address": (["迁址启事", "因工作需要，我社自2024年11月1日起迁至新址办公。", "特此启事。",
                       "地址：兰州市城关区南滨河东路1号", "邮编：730030"], "甘肃某某出版社"),
    "hotel-formula": (["停业公告", "本店因装修自11月5日起暂停营业。", "特此公告。"], "兰州某某大酒店"),
    "society-contact": (["会员招募启事", "本会现面向社会招募会员，欢迎书法爱好者报名。",
                         "联系人：王先生 电话：13800001234"], "兰州市书法家联谊会"),
    "presidium-no-formula": (
        ["公告", "第1号", "兰州市第十七届人民代表大会第五次会议于2024年11月1日选举张三为市长。"],
        "兰州市第十七届人民代表大会第五次会议主席团",
    ),
}


def _closer_and_last_paragraph(tei: str) -> tuple[str, str, str]:
    """The one article's `signed`, the closer's whole text (spaces left out) and its last `p`."""
    (article,) = tei_root(tei).findall(".//t:div[@type='article']", NS)
    closer = article.find("t:closer", NS)
    assert closer is not None
    return (text_of(closer.find("t:signed", NS)), "".join(text_of(closer).split()),
            text_of(article.findall("t:p", NS)[-1]))


@pytest.mark.parametrize("name", UNKNOWN_ISSUERS)
def test_an_unknown_issuer_after_a_notices_end_signs_it(tmp_path: Path, name: str) -> None:
    """The issuer and date are the notice's `closer`, its contact lines its `p`s (before: the issuer
    was a new, empty article's `head`, the date its `fw`, the contact line `fw`)."""
    lines, issuer = UNKNOWN_ISSUERS[name]
    page = _flat([[line] for line in lines] + [[issuer], [DATE]])
    signed, closer, last = _closer_and_last_paragraph(convert_page(CliRunner(), tmp_path, page))
    assert (signed, closer, last) == (issuer, issuer + DATE, lines[-1])


def test_an_unknown_issuer_and_date_in_one_block(tmp_path: Path) -> None:
    page = _flat([["征稿启事"], ["为纪念建馆六十周年，本馆面向社会公开征集老照片。"], ["特此启事。"],
                  ["兰州市博物馆", DATE]])
    signed, closer, last = _closer_and_last_paragraph(convert_page(CliRunner(), tmp_path, page))
    assert (signed, closer, last) == ("兰州市博物馆", "兰州市博物馆" + DATE, "特此启事。")


@pytest.mark.parametrize("fmt", MAKERS)
def test_an_unknown_issuer_on_a_coordinate_page(tmp_path: Path, fmt: str) -> None:
    """The date at the page's foot under a contact line: the notice's closing date, not the page's."""
    blocks = [["招生简章"], ["本园2025年秋季招收小班幼儿60名。"], ["特此公告。"], ["咨询电话：0931-7777777"],
              ["兰州市城关区第一幼儿园"], [DATE]]
    source = tmp_path / f"page.{fmt}"
    source.write_bytes(MAKERS[fmt](blocks, {"招生简章"}))
    result = CliRunner().invoke(app, ["convert", str(source)])
    assert result.exit_code == 0, result.stderr
    signed, closer, last = _closer_and_last_paragraph(result.stdout)
    issuer = "兰州市城关区第一幼儿园"
    assert (signed, closer, last) == (issuer, issuer + DATE, "咨询电话：0931-7777777")


def test_two_notices_signed_by_unknown_issuers_are_two_articles(tmp_path: Path) -> None:
    """Before, the second notice was a subsection of an empty article the first issuer headed."""
    page = _flat([["闭馆公告"], ["因设备检修，本馆将于2024年11月5日至10日闭馆。"], ["特此公告。"],
                  ["兰州市博物馆"], [DATE], ["征订启事"], ["本社2025年各类图书征订工作现已开始。"],
                  ["特此启事。"], ["甘肃某某出版社"], ["2024年10月30日"]])
    articles = tei_root(convert_page(CliRunner(), tmp_path, page)).findall(".//t:div[@type='article']", NS)
    assert [text_of(a.find("t:head", NS)) for a in articles] == ["闭馆公告", "征订启事"]
    assert [text_of(a.find("t:closer/t:signed", NS)) for a in articles] == ["兰州市博物馆", "甘肃某某出版社"]


#: Pages with a heading after a text that signs nothing, and that heading.
NOT_SIGNERS = {
    "news-then-org-and-date": (
        [["我市举办秋季运动会"], ["11月1日，我市秋季运动会开幕，共有3000余名运动员参加。"], ["兰州市体育馆"],
         [DATE]],
        "兰州市体育馆",
    ),
    "next-notice-label": ([["公告"], [CASE], ["特此公告。"], ["兰州市中级人民法院"], [DATE], ["遗失声明"],
                           ["王五遗失身份证一张，声明作废。"]], "遗失声明"),
    "headline-no-date": (
        [["停水通知"], ["因管道维修，11月5日全天停水。"], ["特此通知。"], ["我市举办秋季运动会"],
         ["11月1日，我市秋季运动会开幕，共有3000余名运动员参加。"]],
        "我市举办秋季运动会",
    ),
}


@pytest.mark.parametrize("name", NOT_SIGNERS)
def test_headings_after_a_text_read_as_before(tmp_path: Path, name: str) -> None:
    """No unknown issuer is read where no notice's formula or contact line stands over the line or
    no date follows it: the line stays an article's `head`."""
    blocks, head = NOT_SIGNERS[name]
    tei = convert_page(CliRunner(), tmp_path, _flat(blocks))
    articles = tei_root(tei).findall(".//t:div[@type='article']", NS)
    assert len(articles) == 2
    assert text_of(articles[1].find("t:head", NS)) == head


# --- an introduction ending `如下：` over items in blocks of their own ---------------------------------

CANDIDATES = [
    "王海燕，女，汉族，1978年5月生，甘肃天水人，现任市农业农村局副局长，拟任市农业农村局局长。",
    "陈立新，男，回族，1981年11月生，甘肃临夏人，现任某县副县长，拟提名为县长候选人。",
]
INTRO = "根据干部选拔任用有关规定，现将拟任职干部情况公示如下："


def _paragraphs(tei: str) -> list[str]:
    return [text_of(p) for p in tei_root(tei).findall(".//t:body//t:p", NS)]


def test_an_introduction_over_candidates_is_its_own_paragraph(tmp_path: Path) -> None:
    """Before, the introduction and the first candidate were one paragraph."""
    page = _flat([["任前公示"], [INTRO], *[[c] for c in CANDIDATES], ["举报电话：0931-12380"],
                  ["中共兰州市委组织部"], [DATE]])
    paragraphs = _paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert paragraphs == [INTRO, *CANDIDATES, "举报电话：0931-12380"]


@pytest.mark.parametrize("fmt", MAKERS)
def test_an_introduction_over_candidates_on_a_coordinate_page(tmp_path: Path, fmt: str) -> None:
    blocks = [["任前公示"], [INTRO], *[[c] for c in CANDIDATES], ["中共兰州市委组织部"], [DATE]]
    source = tmp_path / f"page.{fmt}"
    source.write_bytes(MAKERS[fmt](blocks, {"任前公示"}))
    result = CliRunner().invoke(app, ["convert", str(source)])
    assert result.exit_code == 0, result.stderr
    assert _paragraphs(result.stdout) == [INTRO, *CANDIDATES]


@pytest.mark.parametrize("blocks", [
    [["全市召开会议"], ["会上，市长王强说："], ["“我们要把群众的冷暖放在心上，把好事办好办实。”"]],
    [["全市召开会议"], ["会议强调如下：各单位要加强组织领导，压实"], ["工作责任，确保各项任务落到实处。"]],
    [["全市召开会议"], ["具体安排如下："], ["各县区要在11月底前完成摸底排查，"], ["确保不漏一户。"]],
])
def test_a_sentence_cut_after_a_colon_is_still_joined(tmp_path: Path, blocks: list[list[str]]) -> None:
    """A quote after `说：`, or a block under `如下：` that ends no paragraph: one paragraph, as before."""
    page = _flat(blocks)
    assert _paragraphs(convert_page(CliRunner(), tmp_path, page)) == ["".join(b[0] for b in blocks[1:])]
