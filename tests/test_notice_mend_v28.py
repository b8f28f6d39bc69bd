"""The NOTICE2 review's broken cases through the CLI (review R28-NOTICE2, mend).

- A `如下：` inside an open quotation, over one quoted block or over one sentence the story goes on
  under: before the mend, the introduction was cut from the block under it; now one paragraph, as
  on main. Items in blocks of their own under `如下：` still part from it.
- A salutation under a document's number (`甘政函〔2024〕88号` / `兰州市人民政府：`): before, glued to
  the text under it; now a `p` of its own.
- An event's name ending `会` over a date under `特此公告。` (`新春音乐会`): before the mend, the notice's
  closer; now a heading as on main.
- An order's series and number (`華總一義字第…號`) under `總統令`: before, the head; now the first `p`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import NS, tei_root, text_of

DATE = "2024年11月1日"


def _flat(*blocks: str) -> str:
    """A flat-text page of one-line `blocks`, a blank line between blocks."""
    return "\n\n".join(blocks) + "\n"


def _paragraphs(tei: str) -> list[str]:
    return [text_of(p) for p in tei_root(tei).findall(".//t:body//t:p", NS)]


# --- `如下：` that announces no items -------------------------------------------------------------

JOINED = {
    "open-quote": ("市长接受采访", "本报讯 市长表示：“今年的主要措施如下：",
                   "加大投入力度，持续优化服务，确保群众满意。”", "他还介绍了明年的工作安排。"),
    "corner-quote": ("特首訪問", "行政長官表示：「今年的主要措施如下：",
                     "加大投入，優化服務，確保市民滿意。」", "她又介紹了明年的工作安排。"),
    "quoted-block": ("新闻发布会", "本报讯 市政府新闻发言人表示，具体情况如下：",
                     "“截至10月底，全市完成固定资产投资1200亿元，同比增长8%。”", "发言人还回答了记者提问。"),
}


@pytest.mark.parametrize("name", JOINED)
def test_a_colon_announcing_no_items_joins_the_block_under_it(tmp_path: Path, name: str) -> None:
    """The introduction and the block under it are one paragraph; the story's next block its own."""
    title, intro, under, rest = JOINED[name]
    paragraphs = _paragraphs(convert_page(CliRunner(), tmp_path, _flat(title, intro, under, rest)))
    assert any(p.endswith(intro.split(" ")[-1] + under) for p in paragraphs), paragraphs
    assert paragraphs[-1] == rest


def test_a_speakers_words_under_the_colon_are_joined(tmp_path: Path) -> None:
    """`…安排如下：` / `市长强调：…。` / `会议还…。`: what a speaker said, no item; one paragraph."""
    page = _flat("全市召开会议", "本报讯 会议具体安排如下：", "市长强调：要把群众的冷暖放在心上。",
                 "会议还听取了有关汇报。")
    paragraphs = _paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert any(p.endswith("安排如下：市长强调：要把群众的冷暖放在心上。") for p in paragraphs), paragraphs


def test_one_sentence_under_the_colon_over_a_heading_is_joined(tmp_path: Path) -> None:
    """`…重点工作如下：` / `稳增长、…。` / `新闻链接`: one sentence cut by the block break."""
    page = _flat("政府工作报告摘要", "本报讯 报告指出，今年重点工作如下：",
                 "稳增长、促改革、调结构、惠民生。", "新闻链接", "去年全市生产总值增长6%。")
    paragraphs = _paragraphs(convert_page(CliRunner(), tmp_path, page))
    joined = "今年重点工作如下：稳增长、促改革、调结构、惠民生。"
    assert any(p.endswith(joined) for p in paragraphs), paragraphs


ITEMS = {
    "two-items": ["本报讯 记者从市政府获悉，今年十大民生实事进展情况如下：", "新建改建学校20所，已完工15所。",
                  "新增城市公园10个，已建成8个。"],
    "field-label": ["受委托，我公司定于12月10日举行拍卖会，现将有关事项公告如下：",
                    "拍卖标的：兰州市城关区某某路1号房产一处。", "展示时间：12月5日至12月9日。"],
}


@pytest.mark.parametrize("name", ITEMS)
def test_items_under_the_colon_still_part_from_it(tmp_path: Path, name: str) -> None:
    """Items in blocks of their own: the introduction is a paragraph of its own, as on the branch."""
    blocks = ITEMS[name]
    paragraphs = _paragraphs(convert_page(CliRunner(), tmp_path, _flat("公告", *blocks)))
    assert paragraphs[-2:] == blocks[1:]
    assert paragraphs[-3].endswith(blocks[0].split(" ")[-1])


# --- a salutation under a document's number ----------------------------------------------------------

SALUTED = {
    "reply": ("甘肃省人民政府关于同意设立兰州某某开发区的批复", "甘政函〔2024〕88号", "兰州市人民政府：",
              "你市《关于申请设立兰州某某开发区的请示》收悉。经研究，同意设立兰州某某开发区。",
              "甘肃省人民政府"),
    "court": ("北京市第一中级人民法院公告", "（2024）京01民初123号", "张三：",
              "本院受理原告某某公司诉你合同纠纷一案，现依法向你公告送达起诉状副本。",
              "北京市第一中级人民法院"),
    "notice": ("兰州市人民政府通知", "兰政发〔2024〕20号", "各县区人民政府，市政府各部门：",
               "现将《兰州市某某办法》印发给你们，请认真贯彻执行。", "兰州市人民政府"),
}


@pytest.mark.parametrize("name", SALUTED)
def test_a_salutation_under_a_number_is_its_own_paragraph(tmp_path: Path, name: str) -> None:
    """Number, salutation and text are three `p`s (before: `兰州市人民政府：你市…` one)."""
    title, number, salutation, text, issuer = SALUTED[name]
    tei = convert_page(CliRunner(), tmp_path, _flat(title, number, salutation, text, issuer, DATE))
    assert _paragraphs(tei) == [number, salutation, text]
    assert text_of(tei_root(tei).find(".//t:div[@type='article']/t:head", NS)) == title


def test_a_colon_line_under_a_news_title_number_is_left_alone(tmp_path: Path) -> None:
    """Under a news headline a number is no document's: `记者获悉：` runs on into its sentence."""
    page = _flat("全省两会特别报道", "第3号", "记者获悉：", "省十四届人大三次会议今日开幕。")
    paragraphs = _paragraphs(convert_page(CliRunner(), tmp_path, page))
    assert "记者获悉：省十四届人大三次会议今日开幕。" in paragraphs


# --- an event's name is no issuer ---------------------------------------------------------------------


@pytest.mark.parametrize("event", ["新春音乐会", "兰州市秋季运动会", "年货展销会", "春季人才招聘会"])
def test_an_events_name_over_a_date_signs_no_notice(tmp_path: Path, event: str) -> None:
    """`特此公告。` / `新春音乐会` / date: no closer, the event's name a `head` (as on main)."""
    page = _flat("公告", "本会定于11月10日召开会员大会。特此公告。", event, DATE)
    root = tei_root(convert_page(CliRunner(), tmp_path, page))
    assert root.find(".//t:closer", NS) is None
    assert event in [text_of(h) for h in root.findall(".//t:head", NS)]


@pytest.mark.parametrize("issuer", ["兰州市书法家协会", "兰州市书法家联谊会", "甘肃省历史学会",
                                    "兰州大学校友会"])
def test_an_associations_name_over_a_date_signs_the_notice(tmp_path: Path, issuer: str) -> None:
    page = _flat("公告", "本会定于11月10日召开会员大会。特此公告。", issuer, DATE)
    closer = tei_root(convert_page(CliRunner(), tmp_path, page)).find(".//t:closer", NS)
    assert closer is not None and issuer in text_of(closer)


# --- an order's series and number ---------------------------------------------------------------------


def test_a_presidents_order_with_its_series_number(tmp_path: Path) -> None:
    """`總統令` / `華總一義字第11300098765號`: the title the `head`, the number the first `p`."""
    page = _flat("總統令", "華總一義字第11300098765號", "茲修正某某法第三條條文，公布之。", "總統 賴清德",
                 "中華民國113年11月1日")
    root = tei_root(convert_page(CliRunner(), tmp_path, page))
    assert [text_of(h) for h in root.findall(".//t:head", NS)] == ["總統令"]
    assert _paragraphs(convert_page(CliRunner(), tmp_path, page))[0] == "華總一義字第11300098765號"
