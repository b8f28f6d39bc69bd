"""The end of a notice, a letter or a signed article (fifteenth session).

Before:
1. a notice whose text ends otherwise than with its formula (`…请相互转告。`) lost the date under it
   to page furniture when the next notice's title followed (gone from the plain text);
2. `特此公告。` with no date under it made the next notice's title a subhead of the first notice;
3. a date under a signature (`特此公告。（记者 王丽）` / `2023年10月12日`) stayed page furniture;
4. an end note printed under the signature (`（记者 王丽）` / `（本报综合）`) was written above it.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)
from layoutfix.cli import app

NEXT_TITLE = "关于停水的通知"
NEXT_TEXT = "明日停水，请提前储水。"


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


def _tei_divs(schema: etree.RelaxNG, page: str) -> list[etree._Element]:
    """The article `div`s of the page's TEI, after checking it is valid."""
    root = assert_valid(schema, convert_stdin(page, "-f", "tei"))
    return list(root.iter(f"{TEI}div"))


def _child_tags(div: etree._Element) -> list[str]:
    return [etree.QName(c).localname for c in div]


def _closers(div: etree._Element) -> list[str]:
    return ["".join(c.itertext()) for c in div.iterfind(f"{TEI}closer")]


# --- 1. a date under a notice whose text ends otherwise --------------------------------------------

#: Notices, letters and statements, their last sentence no closing formula.
NOTICES = [
    ("通知", "各单位：请于本周五前上报材料。请相互转告。"),
    ("关于召开年度总结会议的通知", "会议定于10月20日召开，请准时参加。"),
    ("停水公告", "因管道维修，10月13日全天停水。敬请谅解。"),
    ("郑重声明", "本公司从未授权任何个人以公司名义收取费用。"),
    ("致全市市民的一封信", "广大市民朋友们，让我们共同守护美丽家园！"),
    ("寻物启事", "本人不慎遗失钱包一个，请拾到者与我联系。"),
    ("關於調整營業時間的公告", "自下月起，營業時間調整為早八點至晚六點。"),
]
DATES = ["2023年10月12日", "二〇二三年十月十二日"]


def _notice_page(title: str, text: str, date: str) -> str:
    return f"{title}\n\n{text}\n\n{date}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"


@pytest.mark.parametrize(("title", "text"), NOTICES)
@pytest.mark.parametrize("date", DATES)
def test_a_date_under_a_notice_closes_it_over_the_next_title(title: str, text: str, date: str) -> None:
    page = _notice_page(title, text, date)
    first, second = _articles(page)
    assert first["signature"] == date
    assert first["furniture"] == []
    assert second["titles"] == [NEXT_TITLE]
    assert f"{text}\n\n{date}\n\n＊＊＊\n\n{NEXT_TITLE}" in convert_stdin(page, "-f", "txt")


def test_a_notices_date_is_its_closer_in_valid_tei(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    title, text = NOTICES[0]
    first, second = _tei_divs(tei_schema, _notice_page(title, text, DATES[0]))
    assert _closers(first) == [DATES[0]]
    assert first.find(f"{TEI}fw") is None
    assert _closers(second) == []


#: A letter to the editor under a title naming no document: its salutation says it is a letter.
@pytest.mark.parametrize("salutation", ["编辑同志：\n\n", "编辑同志："])
def test_a_date_under_a_letter_opening_with_a_salutation_closes_it(salutation: str) -> None:
    text = "我们小区的路灯坏了三个月，希望有关部门尽快修好。"
    page = f"小区路灯何时能亮\n\n{salutation}{text}\n\n2023年10月10日\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"
    first, second = _articles(page)
    assert first["signature"] == "2023年10月10日"
    assert second["titles"] == [NEXT_TITLE]


#: A chronicle (大事记) whose entries' titles name notices: each date heads the entry under it.
CHRONICLE = [
    ("2023年10月1日", "市政府发布停水通知", "全市部分区域停水一天。"),
    ("2023年10月2日", "市场监管局发布公告", "严查节日期间价格违法行为。"),
    ("2023年10月3日", "交警部门发出倡议书", "倡导市民文明出行。"),
]


@pytest.mark.parametrize("top", ["", "本月大事记\n\n"])
def test_a_chronicle_of_notices_keeps_its_dates_apart(top: str) -> None:
    page = top + "".join(f"{date}\n\n{title}\n\n{text}\n\n" for date, title, text in CHRONICLE)
    articles = _articles(page)
    assert [a["signature"] for a in articles] == [None] * len(articles)
    txt = convert_stdin(page, "-f", "txt")
    for (_, _, text), (date, _, _) in itertools.pairwise(CHRONICLE):
        assert f"{text}\n\n{date}" not in txt


def test_the_running_heads_date_over_a_notice_stays_furniture() -> None:
    """A guard: the date at the page's top is the issue's, not the notice's (nor the next one's)."""
    title, text = NOTICES[0]
    page = f"2023年10月12日\n\n{title}\n\n{text}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"
    first, second = _articles(page)
    assert first["signature"] is None and second["signature"] is None
    assert json.loads(convert_stdin(page, "-f", "json"))["date"] == "2023-10-12"


def test_a_date_under_a_news_story_over_the_next_title_stays_apart() -> None:
    """A guard: a story's text ends with no notice's or letter's cue; the date may head the next item."""
    page = f"秋收时节\n\n农民正在收割玉米。\n\n2023年10月12日\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"
    first, _ = _articles(page)
    assert first["signature"] is None
    assert "农民正在收割玉米。\n\n2023年10月12日" not in convert_stdin(page, "-f", "txt")


def test_a_date_led_lead_under_a_notice_stays_the_next_articles_text() -> None:
    """A guard: a date opening a sentence is text, not a closing date."""
    title, text = NOTICES[0]
    lead = "2023年10月12日，全市召开秋季防火工作会议。"
    page = f"{title}\n\n{text}\n\n秋季防火会议召开\n\n{lead}\n"
    first, second = _articles(page)
    assert first["signature"] is None
    assert _paragraphs(second) == [lead]


# --- 2. a notice's formula with no date under it --------------------------------------------------

#: How a notice's or a letter's text ends, with no date after it.
FORMULA_ENDS = [
    "请各单位认真执行。特此通知。",
    "特此公告。",
    "为此，特此声明！",
    "\n\n特此公告",
    "此致敬礼！",
]
NEXT_NOTICES = [
    ("关于停水的通知", "明日停水，请提前储水。"),
    ("寻物启事", "本人遗失钱包一个，请拾到者联系。"),
]


@pytest.mark.parametrize("end", FORMULA_ENDS)
@pytest.mark.parametrize(("next_title", "next_text"), NEXT_NOTICES)
def test_a_notice_ending_with_its_formula_ends_before_the_next_title(
    end: str, next_title: str, next_text: str
) -> None:
    text = "各单位：请于本周五前上报材料。\n\n逾期不报的，视为放弃。"
    page = f"关于上报材料的通知\n\n{text}{end}\n\n{next_title}\n\n{next_text}\n"
    first, second = _articles(page)
    assert first["subheads"] == []
    assert first["titles"] == ["关于上报材料的通知"]
    assert second["titles"] == [next_title]
    assert _paragraphs(second) == [next_text]
    assert f"＊＊＊\n\n{next_title}\n\n{next_text}" in convert_stdin(page, "-f", "txt")


#: Words after 特此 that end a story's sentence, no notice's formula (`…，特此说明。`).
STORY_FORMULAS = ["，特此说明。", "。特此感谢！", "，特此提醒。", "。特此致谢。", "；特此说明！"]
#: Stories with subheads: (title, the text above the first subhead, [(subhead, text), ...]).
STORIES = [
    ("临洮县多措并举促就业", "本报临洮讯(通讯员 赵敏)今年以来,临洮县多措并举拓宽群众就业渠道",
     [("技能培训 让群众有一技之长", "县人社局开设电工、焊工等培训班42期。"),
      ("劳务输转 让务工更有保障", "全县建立劳务输转工作站15个。")]),
    ("全市秋粮收获过半", "全市秋粮收获进度过半。\n\n各区县抢抓晴好天气，组织农机下田",
     [("机收率再创新高", "今年机收率达到九成。")]),
    ("社区食堂开门迎客", "城关区首家社区食堂昨日开业。\n\n食堂由街道和企业共同运营，老人就餐享受优惠",
     [("一餐十元吃得饱", "每份套餐两荤一素，售价十元。"), ("志愿者轮流帮厨", "周边居民报名当志愿者。")]),
]


@pytest.mark.parametrize("formula", STORY_FORMULAS)
@pytest.mark.parametrize(("title", "lead", "sections"), STORIES)
def test_a_story_sentence_ending_with_a_formula_keeps_its_subheads(
    formula: str, title: str, lead: str, sections: list[tuple[str, str]]
) -> None:
    """Before, 特此 and any two hanzi (`特此说明。`, `特此感谢！`) ended the article: each subhead
    after the paragraph opened an article of its own."""
    body = "".join(f"{head}\n\n{text}\n\n" for head, text in sections)
    page = f"{title}\n\n{lead}{formula}\n\n{body}"
    (article,) = _articles(page)
    assert article["titles"] == [title]
    assert article["subheads"] == [head for head, _ in sections]
    assert "＊＊＊" not in convert_stdin(page, "-f", "txt")


@pytest.mark.parametrize("end", ["特此说明。", "特此致谢。", "特此聲明。", "特此通告！"])
def test_a_notice_ending_with_another_formula_still_ends_there(end: str) -> None:
    """A guard: in a notice (its title or its salutation says so), any formula ends it; a notice's
    own verb (`特此聲明`, `特此通告`) ends any text."""
    page = f"情况报告\n\n各单位：近期材料上报有误。{end}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"
    first, second = _articles(page)
    assert first["subheads"] == []
    assert second["titles"] == [NEXT_TITLE]


def test_a_subhead_under_other_text_stays_a_subhead() -> None:
    """A guard: a heading over plain text after an ordinary paragraph heads a part of the article."""
    page = ("全市秋粮收获过半\n\n全市秋粮收获进度过半。\n\n各区县抢抓晴好天气。\n\n"
            "机收率再创新高\n\n今年机收率达到九成。\n")
    (article,) = _articles(page)
    assert article["subheads"] == ["机收率再创新高"]


# --- 3. a date under the signature ------------------------------------------------------------------

SIGNATURES = ["（记者 王丽）", "（王丽）", "（本报记者 李华）"]
#: The notice's text and signature, in one block or two.
SIGNED_ENDS = ["正文。\n\n特此公告。{sig}", "正文。特此公告。\n\n{sig}", "各单位：请相互转告。{sig}"]


@pytest.mark.parametrize("sig", SIGNATURES)
@pytest.mark.parametrize("end", SIGNED_ENDS)
@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("after", ["", f"\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}"])
def test_a_date_under_a_notices_signature_closes_it_too(sig: str, end: str, date: str, after: str) -> None:
    page = f"通知\n\n{end.format(sig=sig)}\n\n{date}{after}\n"
    first = _articles(page)[0]
    assert first["signature"] == f"{sig}\n\n{date}"
    assert first["furniture"] == []
    assert f"{sig}\n\n{date}" in convert_stdin(page, "-f", "txt")


@pytest.mark.parametrize("sig", SIGNATURES)
def test_a_signature_and_its_date_are_one_closer_in_valid_tei(
    tei_schema: etree.RelaxNG, sig: str  # noqa: F811
) -> None:
    page = f"通知\n\n正文。\n\n特此公告。{sig}\n\n{DATES[0]}\n"
    (div,) = _tei_divs(tei_schema, page)
    assert _closers(div) == [f"{sig}\n\n{DATES[0]}"]
    assert [s.text for s in div.iter(f"{TEI}signed")] == [sig.strip("（）")]
    assert div.find(f"{TEI}fw") is None


def test_a_signed_chronicles_dates_stay_apart() -> None:
    """A guard: an entry signed by its writer does not take the next entry's date."""
    page = "".join(f"{date}\n\n{title}\n\n{text}（王丽）\n\n" for date, title, text in CHRONICLE)
    articles = _articles(page)
    assert all(a["signature"] == "（王丽）" for a in articles)


# --- 4. an end note printed under the signature -----------------------------------------------------

END_NOTES = ["（本报综合）", "（王丽 整理）", "（完）", "（据新华社电）"]
SIGNED_TEXT = "近日，全市召开会议，部署秋季防火工作。"


@pytest.mark.parametrize("note", END_NOTES)
@pytest.mark.parametrize("sig", ["（记者 王丽）", "（李华）"])
@pytest.mark.parametrize("after", ["", "\n\n标题二\n\n本报讯 10月10日，农民正在收割玉米。"])
def test_an_end_note_under_the_signature_keeps_its_place(note: str, sig: str, after: str) -> None:
    page = f"标题一\n\n{SIGNED_TEXT}\n\n{sig}\n\n{note}{after}\n"
    txt = convert_stdin(page, "-f", "txt")
    assert f"{SIGNED_TEXT}\n\n{sig}\n\n{note}\n" in txt
    first = _articles(page)[0]
    assert first["signature"] == sig
    assert _paragraphs(first) == [SIGNED_TEXT, note]  # JSON: the note is still the last paragraph


@pytest.mark.parametrize("note", END_NOTES)
def test_an_end_note_under_the_signature_is_a_closer_after_it_in_valid_tei(
    tei_schema: etree.RelaxNG, note: str  # noqa: F811
) -> None:
    page = f"标题一\n\n{SIGNED_TEXT}\n\n（记者 王丽）\n\n{note}\n\n标题二\n\n本报讯 农民正在收割玉米。\n"
    first, _ = _tei_divs(tei_schema, page)
    assert _child_tags(first) == ["head", "p", "closer", "closer"]
    assert _closers(first) == ["（记者 王丽）", note]


def test_an_end_note_under_the_text_stays_a_paragraph_above_the_signature() -> None:
    """A guard: printed above the signature, the note stays where it is."""
    page = f"标题一\n\n{SIGNED_TEXT}\n\n（本报综合）\n\n（记者 王丽）\n"
    assert f"{SIGNED_TEXT}\n\n（本报综合）\n\n（记者 王丽）\n" in convert_stdin(page, "-f", "txt")
    assert _paragraphs(_articles(page)[0]) == [SIGNED_TEXT, "（本报综合）"]


def test_the_review_page_numbers_an_end_note_after_the_signature(tmp_path: Path) -> None:
    page, out = tmp_path / "page.txt", tmp_path / "review.html"
    page.write_text(f"标题一\n\n{SIGNED_TEXT}\n\n（记者 王丽）\n\n（本报综合）\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    article = html[html.index("<article") :]
    assert article.index("（记者 王丽）") < article.index("（本报综合）")


@pytest.mark.parametrize("note", END_NOTES)
def test_text_above_the_signature_does_not_run_on_into_the_end_note(note: str) -> None:
    """Before, a last paragraph with no full stop took the note under the signature as its end."""
    text = "近日，全市召开会议，部署秋季防火工作"
    page = f"标题一\n\n{text}\n\n（记者 王丽）\n\n{note}\n"
    (article,) = _articles(page)
    assert _paragraphs(article) == [text, note]
    assert f"{text}\n\n（记者 王丽）\n\n{note}\n" in convert_stdin(page, "-f", "txt")
