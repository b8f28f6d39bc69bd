"""One stray OCR space splitting one hanzi off its word or name made the spacing step remove the
line's real gaps too (s19-S): the lone hanzi made the line read as no headline, name list or byline,
so every gap went with the stray one, on the first run and on every later one.

- `脱贫攻坚 乡村振 兴 共同富裕` (a headline) gave `脱贫攻坚 乡村振兴共同富裕`: both gaps beside 兴 were gaps
  beside a word of one hanzi;
- `王小明 李 华 张建国` (a list of names) and `通讯员 李 明 本报记者 王 丽` (a byline) were glued whole:
  李 and 华 name no one;
- `新华社记者 王丽 发` (a reporter's photo an agency sends) lost the gap before its closing 发, which no
  credit form knew (`… 摄` kept it).
- (s19-S2) the same lines printed in traditional characters (`脫貧攻堅 鄉村振 興 共同富裕`,
  `王小明 李 華 張建國`) were still glued whole: the lines are now read through their simplified view;
  and a keyword line's first term after its label (`关键词：乡村振 兴 基层治理`) lost the gap to the next
  term (`关键词：乡村振兴基层治理`): the label and colon are now cut off that term before it is read.

The table holds those lines and their neighbours that must not change: running text with stray
spaces is still glued, a headline without a stray space keeps its gaps, bylines that were right stay
right. Every case is normalised twice: the second run must change nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.pipeline import convert

#: (input, output): each line loses its stray space only and keeps its real gaps.
FIXED = [
    # a headline: the phrase gaps stay, the space splitting 兴 (or 共) off its word goes
    ("脱贫攻坚 乡村振 兴 共同富裕\n\n正文，内容。\n", "脱贫攻坚 乡村振兴 共同富裕\n\n正文，内容。\n"),
    ("乡村振兴 共 同富裕\n\n正文。\n", "乡村振兴 共同富裕\n\n正文。\n"),
    # a list of names, under its label's line or after it: a 1+1 pair is one name
    ("出席会议的有：\n王小明 李 华 张建国 刘德华\n\n", "出席会议的有：\n王小明 李华 张建国 刘德华\n\n"),
    ("获奖名单：王丽 李 华 张强\n\n", "获奖名单：王丽 李华 张强\n\n"),
    ("王丽 王 小明 张强\n\n", "王丽 王小明 张强\n\n"),
    ("一等奖\n王 丽 李华\n二等奖\n高洁 江山\n\n", "一等奖\n王丽 李华\n二等奖\n高洁 江山\n\n"),
    ("秋日登高\n王 丽 李华\n\n", "秋日登高\n王丽 李华\n\n"),
    # bylines of fields: the padding of each name goes, the gaps between the fields stay
    ("通讯员 李 明 本报记者 王 丽\n\n", "通讯员 李明 本报记者 王丽\n\n"),
    ("本报记者 王 丽\n\n", "本报记者 王丽\n\n"),
    ("记者 王 丽 李华\n\n", "记者 王丽 李华\n\n"),
    # a credit closing with 发 keeps its gap as one closing with 摄 does
    ("新华社记者 王丽 发\n\n", "新华社记者 王丽 发\n\n"),
    # a keyword line: the first term after the label and its colon is the split word's piece
    ("关键词：乡村振 兴 基层治理\n\n", "关键词：乡村振兴 基层治理\n\n"),
    ("关键词：乡村振 兴 基层治理 数字化\n\n", "关键词：乡村振兴 基层治理 数字化\n\n"),
    ("【关键词】乡村振 兴 基层治理\n\n", "【关键词】乡村振兴 基层治理\n\n"),
    ("图为工人在检修设备。\n新华社记者 王丽 发\n\n", "图为工人在检修设备。\n新华社记者 王丽 发\n\n"),
    ("（新华社记者 王丽 发）\n\n", "（新华社记者 王丽 发）\n\n"),
]

#: (input, output) that were right before and must stay so.
UNCHANGED = [
    # running text: every stray space goes
    ("我们 要 坚持\n\n", "我们要坚持\n\n"),
    ("我们 要 坚持改革开放，推动经济 社会发 展。\n\n", "我们要坚持改革开放，推动经济社会发展。\n\n"),
    # a one-line block without punctuation reads as a headline: its phrase gap stays
    ("经济 社会发 展\n\n", "经济 社会发展\n\n"),
    # a headline without a stray space keeps every gap; over two lines too
    ("脱贫攻坚 乡村振兴 共同富裕\n\n正文。\n", "脱贫攻坚 乡村振兴 共同富裕\n\n正文。\n"),
    ("强基层 补短板\n惠民生 促发 展\n\n正文第一段。\n", "强基层 补短板\n惠民生 促发展\n\n正文第一段。\n"),
    ("全省秋粮收获\n进度 过半\n\n", "全省秋粮收获\n进度 过半\n\n"),
    # a line the engine spaced word by word loses every gap
    ("推进 城乡 基层 治理 现代 化\n\n", "推进城乡基层治理现代化\n\n"),
    ("中国 女 排 夺冠\n\n", "中国女排夺冠\n\n"),
    # one hanzi that breaks a whole word (革新 would take 革 from 改革) is no split word
    ("全面深化改革 新 征程\n\n", "全面深化改革新征程\n\n"),
    # a padded name alone in a headline: nothing says the rest are names
    ("王 丽 当选劳动模范\n\n", "王丽当选劳动模范\n\n"),
    ("王 丽 李\n\n", "王丽李\n\n"),
    ("记者 高 温 天气下坚守\n\n", "记者高温天气下坚守\n\n"),
    # bylines and credits that were right
    ("通讯员 李明 本报记者 王丽\n\n", "通讯员 李明 本报记者 王丽\n\n"),
    ("通讯员 张 强 近日，全市召开会议。\n\n", "通讯员 张强 近日，全市召开会议。\n\n"),
    ("文/图 张 强\n\n", "文/图 张强\n\n"),
    ("新华社记者 王丽 摄\n\n", "新华社记者 王丽 摄\n\n"),
    ("本报记者 王丽 发自北京\n\n", "本报记者 王丽 发自北京\n\n"),
    # a name glued to its 发 is a byline naming 王丽发; bare names before 发 are no credit
    ("新华社记者 王丽发\n\n", "新华社记者 王丽发\n\n"),
    ("王丽 发\n\n", "王丽发\n\n"),
    ("出席会议的有：\n王小明 李华 张建国 刘德华\n\n", "出席会议的有：\n王小明 李华 张建国 刘德华\n\n"),
    # keyword lines: one without a stray space keeps its gaps; prose naming its keywords is glued
    ("关键词：乡村振兴 基层治理\n\n", "关键词：乡村振兴 基层治理\n\n"),
    ("关键词： 乡村振 兴 基层治理\n\n", "关键词：乡村振兴 基层治理\n\n"),
    ("本次会议的关键词：乡村振 兴，基层治理。\n\n", "本次会议的关键词：乡村振兴，基层治理。\n\n"),
]


#: (input, output): the same lines printed in traditional characters, read through their simplified
#: view as the labels read them (they were glued whole: `脫貧攻堅 鄉村振興共同富裕`, `王小明李華張建國`).
FIXED_TRADITIONAL = [
    ("脫貧攻堅 鄉村振 興 共同富裕\n\n正文，內容。\n", "脫貧攻堅 鄉村振興 共同富裕\n\n正文，內容。\n"),
    ("鄉村振興 共 同富裕\n\n正文。\n", "鄉村振興 共同富裕\n\n正文。\n"),
    ("出席會議的有：\n王小明 李 華 張建國 劉德華\n\n", "出席會議的有：\n王小明 李華 張建國 劉德華\n\n"),
    ("王小明 李 華 張建國\n\n", "王小明 李華 張建國\n\n"),
    ("獲獎名單：王麗 李 華 張強\n\n", "獲獎名單：王麗 李華 張強\n\n"),
    ("通訊員 李 明 本報記者 王 麗\n\n", "通訊員 李明 本報記者 王麗\n\n"),
    ("關鍵詞：鄉村振 興 基層治理\n\n", "關鍵詞：鄉村振興 基層治理\n\n"),
]

#: (input, output): a traditional line that was right before and must stay so.
UNCHANGED_TRADITIONAL = [
    ("我們 要 堅持\n\n", "我們要堅持\n\n"),
    ("我們 要 堅持改革開放，推動經濟 社會發 展。\n\n", "我們要堅持改革開放，推動經濟社會發展。\n\n"),
    ("經濟 社會發 展\n\n", "經濟 社會發展\n\n"),
    ("脫貧攻堅 鄉村振興 共同富裕\n\n正文。\n", "脫貧攻堅 鄉村振興 共同富裕\n\n正文。\n"),
    ("推進 城鄉 基層 治理 現代 化\n\n", "推進城鄉基層治理現代化\n\n"),
    ("全面深化改革 新 征程\n\n", "全面深化改革新征程\n\n"),
    ("關鍵詞：鄉村振興 基層治理\n\n", "關鍵詞：鄉村振興 基層治理\n\n"),
    ("王 麗 當選勞動模範\n\n", "王麗當選勞動模範\n\n"),
    ("出席會議的有：\n王小明 李華 張建國 劉德華\n\n", "出席會議的有：\n王小明 李華 張建國 劉德華\n\n"),
]


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text, NormalizeOptions()).text
    twice = normalize_text(once, NormalizeOptions())
    assert twice.text == once, twice.edits
    return once


@pytest.mark.parametrize(("text", "expected"), FIXED, ids=[t.split("\n")[0] for t, _ in FIXED])
def test_a_stray_space_goes_and_the_real_gaps_stay(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED, ids=[t.split("\n")[0] for t, _ in UNCHANGED])
def test_neighbours_are_spaced_as_before(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


def test_the_edit_log_names_only_the_stray_space() -> None:
    """One `space.cjk-cjk` edit, at the space between 振 and 兴; the phrase gaps are in no edit."""
    text = "脱贫攻坚 乡村振 兴 共同富裕\n\n正文。\n"
    edits = [e for e in normalize_text(text, NormalizeOptions()).edits if e.kind == "space"]
    assert [(e.rule, e.before, text[e.start - 1], text[e.end]) for e in edits] == [
        ("space.cjk-cjk", " ", "振", "兴")
    ]


def test_the_sent_credit_is_the_photos_credit_in_tei(tmp_path: Path) -> None:
    """The caption's credit is a credit note, as `… 摄` is, not a caption's second line."""
    page = tmp_path / "caption.txt"
    page.write_text("图为工人在检修设备。\n新华社记者 王丽 发\n\n正文第一段，内容。\n", encoding="utf-8")
    tei = convert(page, fmt="tei").output
    assert '<note type="credit">新华社记者 王丽 发</note>' in tei


_ALTO = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1200" HEIGHT="1400">
<PrintSpace><TextBlock ID="b0" HPOS="100" VPOS="100" WIDTH="1000" HEIGHT="60">
<TextLine HPOS="100" VPOS="100" WIDTH="1000" HEIGHT="60"><String CONTENT="脱贫攻坚" HPOS="100" VPOS="100"
 WIDTH="240" HEIGHT="60"/><SP/><String CONTENT="乡村振" HPOS="400" VPOS="100" WIDTH="180" HEIGHT="60"/><SP/>
<String CONTENT="兴" HPOS="640" VPOS="100" WIDTH="60" HEIGHT="60"/><SP/><String CONTENT="共同富裕" HPOS="760"
 VPOS="100" WIDTH="240" HEIGHT="60"/></TextLine></TextBlock>
<TextBlock ID="b1" HPOS="100" VPOS="240" WIDTH="364" HEIGHT="68">
<TextLine HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="本报讯" HPOS="100" VPOS="240"
 WIDTH="84" HEIGHT="28"/><SP/><String CONTENT="近日，全市召开会议，部署工作。" HPOS="200" VPOS="240"
 WIDTH="260" HEIGHT="28"/></TextLine>
<TextLine HPOS="100" VPOS="280" WIDTH="364" HEIGHT="28"><String CONTENT="会议强调，要落实责任。" HPOS="100"
 VPOS="280" WIDTH="300" HEIGHT="28"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""


def test_an_alto_headline_with_a_wide_stray_gap_keeps_its_phrase_gaps(tmp_path: Path) -> None:
    """The engine set 兴 apart by a gap as wide as a phrase gap, which `space.box-gap` leaves to the
    spacing step: the title is the flat text's."""
    page = tmp_path / "head.alto.xml"
    page.write_text(_ALTO, encoding="utf-8")
    out = convert(page, fmt="txt").output
    assert out.splitlines()[0] == "脱贫攻坚 乡村振兴 共同富裕"


@pytest.mark.parametrize(
    ("text", "expected"), FIXED_TRADITIONAL, ids=[f"trad-{i}" for i in range(len(FIXED_TRADITIONAL))]
)
def test_a_traditional_line_loses_its_stray_space_and_keeps_its_real_gaps(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), UNCHANGED_TRADITIONAL, ids=[f"trad-{i}" for i in range(len(UNCHANGED_TRADITIONAL))]
)
def test_traditional_neighbours_are_spaced_as_before(text: str, expected: str) -> None:
    assert normalised_once(text) == expected
