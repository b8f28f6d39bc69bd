"""Spaces the spacing step removed or kept wrongly (v15).

1. (Taiwan's bylines with a stray space: tests/test_idempotence_v14.py, section 4.)
2. A title line over a byline in the same block (`全省秋粮收获过半 冬种有序推进` / `本报记者 王丽`) lost
   its phrase gap. The short tail of a title wrapped over two lines keeps its gap, a stray one
   (`全省秋粮收获` / `进度 过半`) as well as one set on purpose (`中共甘肃省委` / `两会 观察`): the text
   cannot tell them apart, and removing the one would change correct text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt, normalize_logged, space_edits
from layoutfix.normalize.steps import normalize_text

LEAD = "近日，全省秋粮收获进度过半，各地抢抓晴好天气。"


# --- 2a. a title line over a byline in its block keeps its phrase gap -----------------------------

TITLES_OVER_BYLINES = [
    ("全省秋粮收获过半 冬种有序推进", "本报记者 王丽"),
    ("专题协商 让建言更精准", "本报记者 王丽 通讯员 张强"),
    ("强基层 补短板", "记者王丽 李华／北京报道"),
    ("市府宣布新政策 明年起实施", "記者王麗／台北報導"),
    ("全市召开会议\n部署工作 抓好落实", "本报记者 王丽"),
]


@pytest.mark.parametrize(("title", "byline"), TITLES_OVER_BYLINES)
def test_a_title_over_a_byline_in_its_block_keeps_its_phrase_gap(
    tmp_path: Path, title: str, byline: str
) -> None:
    """Before, the block was no headline (its byline line is none), so the title's gap went:
    `全省秋粮收获过半冬种有序推进`."""
    for page in (f"{title}\n{byline}\n\n{LEAD}\n", f"{title}\n{byline}\n{LEAD}\n"):
        out, edits = normalize_logged(tmp_path, page)
        assert out == page
        assert space_edits(edits) == []


def test_convert_prints_the_title_over_a_byline_with_its_gap(tmp_path: Path) -> None:
    out, _log = convert_txt(tmp_path, f"全省秋粮收获过半 冬种有序推进\n本报记者 王丽\n{LEAD}\n")
    assert out.split("\n\n")[:2] == ["全省秋粮收获过半 冬种有序推进", "本报记者 王丽"]


@pytest.mark.parametrize(("text", "fixed"), [
    # a stray space beside a single hanzi of the title: no phrase
    ("全 省秋粮收获过半 冬种有序推进\n本报记者 王丽", "全省秋粮收获过半 冬种有序推进\n本报记者 王丽"),
    # the lead under the byline is running text: its stray space goes
    ("全省秋粮收获过半 冬种有序推进\n本报记者 王丽\n近日，全省秋粮 收获进度过半。",
     "全省秋粮收获过半 冬种有序推进\n本报记者 王丽\n近日，全省秋粮收获进度过半。"),
    # no byline under the line: a paragraph's wrapped line, its stray space goes
    ("全省秋粮收获过半 冬种有序推进\n各地抢抓晴好天气，确保颗粒归仓。",
     "全省秋粮收获过半冬种有序推进\n各地抢抓晴好天气，确保颗粒归仓。"),
    # words after a reporter label are no byline
    ("全省秋粮收获过半 冬种有序推进\n见习记者 培训班\n近日，全省秋粮收获进度过半。",
     "全省秋粮收获过半冬种有序推进\n见习记者培训班\n近日，全省秋粮收获进度过半。"),
])
def test_stray_spaces_around_a_title_over_a_byline_still_go(text: str, fixed: str) -> None:
    assert normalize_text(text).text == fixed


# --- 2b. the gaps of a title over several lines stay, the tail's too ------------------------------

@pytest.mark.parametrize("head", [
    "强基层 补短板\n惠民生 促发展",  # every line its phrases
    "秦州区政协\n调研教师队伍 助推教育发展",  # a kicker over its title: phrases of similar length
    "甘肃省政协\n强基层 补短板",  # words of three hanzi
    "甘肃省政协\n强基层 补短板\n惠民生 促发展",
    "凝心聚力谋发展 砥砺奋进新征程\n——写在全省经济工作会议召开之际",  # a title over its subtitle
    "进度 过半",  # one line: a headline's phrase gap as before
    "全省秋粮\n收获进度 过半",  # a longer tail: not judged, kept
    "全省秋粮收获\n进度 过半 冬种 有序",  # a tail of two gaps: not judged, kept
    "中共甘肃省委\n两会 观察",  # a kicker over a title of two short words set apart on purpose
    "党的二十大精神\n砥砺 前行",
    "全省秋粮收获\n进度 过半",  # maybe a stray space; the text cannot tell it from the two above
    "全面推进乡村振兴\n成效 显著",
])
def test_phrase_gaps_of_a_title_over_several_lines_stay(tmp_path: Path, head: str) -> None:
    page = f"{head}\n\n本报讯 {LEAD}\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(edits) == []


# --- 3. a publisher's statement on an imprint line keeps the gap setting it apart -----------------

IMPRINT_LINES = [
    "甘肃日报社出版 电话：0931-8612345",
    "印刷：甘肃日报印务中心 甘肃日报社出版",
    "甘肃日报社出版 邮发代号：53-1",
    "甘肃日报社出版 定价 2.00元",
    "兰州晚报社出版 责任编辑 王丽",
    "甘肅日報社出版 電話：0931-8612345",
    "印刷：甘肅日報印務中心 甘肅日報社出版",
]


@pytest.mark.parametrize("line", IMPRINT_LINES)
def test_a_publisher_on_an_imprint_line_keeps_its_gap(tmp_path: Path, line: str) -> None:
    """Before, the publisher's statement was no field: `甘肃日报社出版电话：0931-8612345`,
    `印刷：甘肃日报印务中心甘肃日报社出版` (and `定价2.00元` beside it)."""
    page = f"全市召开会议\n\n本报讯 近日，全市召开会议，部署相关工作。\n\n{line}\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(edits) == []


def test_convert_prints_the_imprint_line_with_its_gap(tmp_path: Path) -> None:
    page = f"全市召开会议\n\n本报讯 {LEAD}\n\n印刷：甘肃日报印务中心 甘肃日报社出版\n"
    out, _log = convert_txt(tmp_path, page, "tei")
    assert ">印刷：甘肃日报印务中心 甘肃日报社出版</fw>" in out


@pytest.mark.parametrize(("text", "fixed"), [
    # in a sentence: no line of fields
    ("记者了解到，甘肃日报社出版 电话：0931-8612345。", "记者了解到，甘肃日报社出版电话：0931-8612345。"),
    ("该书由甘肃日报社出版 发行量超过十万册。", "该书由甘肃日报社出版发行量超过十万册。"),
    # a stray space inside a field's value
    ("印刷：甘肃日报 印务中心 甘肃日报社出版", "印刷：甘肃日报印务中心 甘肃日报社出版"),
    # no other field on the line: a headline's gap rule decides, a stray space beside one hanzi goes
    ("甘肃日报社出版 书", "甘肃日报社出版书"),
])
def test_stray_spaces_beside_a_publisher_still_go(text: str, fixed: str) -> None:
    assert normalize_text(text).text == fixed


# --- 4. a padded name opening a spaced byline -----------------------------------------------------

PADDED_BYLINES = [
    ("本报记者 王 丽 近日，全市召开会议。", "本报记者 王丽 近日，全市召开会议。"),
    ("记者 王 丽 近日，全市召开会议。", "记者 王丽 近日，全市召开会议。"),
    ("本报记者 王 丽 通讯员 张强 近日，全市召开会议。", "本报记者 王丽 通讯员 张强 近日，全市召开会议。"),
    ("本报记者 王 丽 通讯员 张 强 近日，全市召开会议。", "本报记者 王丽 通讯员 张强 近日，全市召开会议。"),
    ("本报记者 王 丽、李华 10月10日，全市召开会议。", "本报记者 王丽、李华 10月10日，全市召开会议。"),
    ("□本报记者 刘 洋 近日，全市召开会议。", "□本报记者 刘洋 近日，全市召开会议。"),
    ("本報記者 王 麗 近日，全市召開會議。", "本報記者 王麗 近日，全市召開會議。"),
    # a second padded name, with no label of its own: the gap before the lead stays
    ("本报记者 王 丽 李 华 近日，全市召开会议。", "本报记者 王丽 李华 近日，全市召开会议。"),
    ("记者 刘 洋 张 强 10月10日，全市召开会议。", "记者 刘洋 张强 10月10日，全市召开会议。"),
    ("本報記者 王 麗 李 華 近日，全市召開會議。", "本報記者 王麗 李華 近日，全市召開會議。"),
    # what follows the padded name is a word, not a second name: the byline ends after the first
    ("本报记者 王 丽 来 到 现场，了解情况。", "本报记者 王丽 来到现场，了解情况。"),
]


@pytest.mark.parametrize(("text", "fixed"), PADDED_BYLINES)
def test_a_padded_name_opening_a_byline_loses_its_padding_only(tmp_path: Path, text: str, fixed: str) -> None:
    """Before, `本报记者 王 丽 近日，…` was no byline: every space went (`本报记者王丽近日，…`)."""
    out, edits = normalize_logged(tmp_path, f"全市召开会议\n\n{text}\n")
    assert out == f"全市召开会议\n\n{fixed}\n"
    removed = space_edits(edits)
    assert len(removed) == text.count(" ") - fixed.count(" ")
    assert {e["rule"] for e in removed} == {"space.cjk-cjk"}


def test_convert_cuts_the_byline_with_a_padded_name(tmp_path: Path) -> None:
    out, _log = convert_txt(tmp_path, f"全市召开会议\n\n本报记者 王 丽 {LEAD}\n")
    assert out.split("\n\n")[1:3] == ["本报记者 王丽", LEAD + "\n"]


@pytest.mark.parametrize(("lead", "byline"), [
    (f"本报记者 王 丽 李 华 {LEAD}", "本报记者 王丽 李华"),
    (f"记者 刘 洋 张 强 {LEAD}", "记者 刘洋 张强"),
])
def test_convert_cuts_a_byline_of_two_padded_names(tmp_path: Path, lead: str, byline: str) -> None:
    """Before, the byline ended after the first name: `李华近日，…` opened the paragraph."""
    out, _log = convert_txt(tmp_path, f"全市召开会议\n\n{lead}\n")
    assert out.split("\n\n")[1:3] == [byline, LEAD + "\n"]


#: Sentences after a reporter label whose first two hanzi, padded apart, open with a surname but
#: spell a word (高温, 马上, 高兴, 周到): no byline.
PADDED_WORDS = [
    ("记者 高 温 天气下，环卫工人坚守岗位。", "记者高温天气下，环卫工人坚守岗位。"),
    ("本报记者 马 上 就到了现场，了解情况。", "本报记者马上就到了现场，了解情况。"),
    ("记者 高 兴 地说，今年收成不错。", "记者高兴地说，今年收成不错。"),
    ("通讯员 周 到 细致地做好服务。", "通讯员周到细致地做好服务。"),
]


@pytest.mark.parametrize(("text", "fixed"), PADDED_WORDS)
def test_words_padded_after_a_label_are_no_byline(tmp_path: Path, text: str, fixed: str) -> None:
    """Before, the surname (高, 马) was enough: normalize kept `记者 高温 天气下，…` and convert cut
    `记者 高温` off the sentence as its byline."""
    assert normalize_text(text).text == fixed
    out, _log = convert_txt(tmp_path, f"全市召开会议\n\n{text}\n")
    assert out.split("\n\n")[1] == fixed + "\n"


@pytest.mark.parametrize(("text", "fixed"), [
    # no surname: words padded apart after a label, no byline
    ("本报记者 节 日 期间，全市召开会议。", "本报记者节日期间，全市召开会议。"),
    # prose: stray spaces go
    ("会议强调 各级各部门要 提高政治站位，抓好落实。", "会议强调各级各部门要提高政治站位，抓好落实。"),
])
def test_no_padded_byline_loses_its_stray_spaces(text: str, fixed: str) -> None:
    assert normalize_text(text).text == fixed
