"""Stray spaces inside words and names next to real gaps, which the spacing step kept (s20-SP):

- a caption's sentence on a line of its own read as a headline, so a gap splitting one of its words
  beside a lone hanzi stayed as a phrase gap (`图为市民在广场上 观 看演出` gave `…广场上 观看演出` once
  `观` was glued to its word); its other gaps stay as before (a credit without a credit word,
  `… 视觉中国`, a name, a second caption, a headline opening with `图为民`), and a credit split by a
  stray space is glued whole but kept apart from the caption (`… 人 民视觉` is `… 人民视觉`);
- a name and a closing word after an agency's label, or after a label following a caption, lost
  the gap before that word (`新华社记者 王 丽 电` gave `新华社记者 王丽电`);
- a reporter's name that is also a word, padded between two labels (`通讯员 高 远 本报记者 牛 锐`), was
  no name to jieba's tagger (高远 is an adjective): the byline was not read and the label gaps went
  (`通讯员高远本报记者 牛锐`);
- a surname apart from a two-hanzi given name after a label (`通讯员 王 小明`) was glued to the label
  (`通讯员王小明`), and a three-hanzi name spelled hanzi by hanzi (`记者 张 小 明`) kept a gap inside it
  (`记者 张小 明`; `本报记者 张 小 明 通讯员 李 华` gave `本报记者 张小 明通讯员 李华`), but a credit's
  or byline's one-hanzi word after a padded name is no third hanzi (`本报记者 王 丽 文` is `王丽 文`).

The table holds those lines and the nearby ones that must not change: headlines with phrase gaps,
bylines with two names, field labels, keyword lines, lists of names, captions with a credit or a
possible name. Each is normalised alone and as a block between a title and a paragraph of a page,
and twice: the second run must change nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.pipeline import convert

#: (line, expected): each loses its stray spaces only.
FIXED = [
    # a caption's sentence: no phrase gap inside one of its words
    ("图为市民在广场上 观 看演出", "图为市民在广场上观看演出"),
    ("圖為市民在廣場上 觀 看演出", "圖為市民在廣場上觀看演出"),
    ("图为学生在教室里 认 真听讲", "图为学生在教室里认真听讲"),
    # a credit split by a stray space after a caption: glued whole, set apart from the caption
    ("图为市民在广场上观看演出 人 民视觉", "图为市民在广场上观看演出 人民视觉"),
    ("图为村民在采摘茶叶 视 觉中国", "图为村民在采摘茶叶 视觉中国"),
    ("图为学生在上课 视 觉中国", "图为学生在上课 视觉中国"),
    ("图为市民在广场上观看演出 东 方IC", "图为市民在广场上观看演出 东方IC"),
    ("图为村民在田间收割水稻 于 洋 摄", "图为村民在田间收割水稻 于洋 摄"),
    # a name that is also a word, padded between two labels
    ("通讯员 高 远 本报记者 牛 锐", "通讯员 高远 本报记者 牛锐"),
    ("通讯员 高 远 本报记者 牛锐", "通讯员 高远 本报记者 牛锐"),
    ("通訊員 高 遠 本報記者 牛 銳", "通訊員 高遠 本報記者 牛銳"),
    # a surname apart from its two-hanzi given name after a label
    ("通讯员 王 小明", "通讯员 王小明"),
    ("记者 王 小明", "记者 王小明"),
    ("本报记者 王 小明 通讯员 李 华", "本报记者 王小明 通讯员 李华"),
    # a three-hanzi name spelled hanzi by hanzi after a label
    ("记者 张 小 明", "记者 张小明"),
    ("通讯员 王 小 明", "通讯员 王小明"),
    ("本报记者 张 小 明 通讯员 李 华", "本报记者 张小明 通讯员 李华"),
    # a padded name before a credit's closing word
    ("新华社记者 王 丽 摄", "新华社记者 王丽 摄"),
    ("新华社记者 王 丽 发", "新华社记者 王丽 发"),
    # an agency's label, or a label after a caption, before a name and a closing word
    ("新华社记者 王 丽 电", "新华社记者 王丽 电"),
    ("新华社记者 王丽 电", "新华社记者 王丽 电"),
    ("新華社記者 王 麗 電", "新華社記者 王麗 電"),
    ("人民日报记者 王 丽 文", "人民日报记者 王丽 文"),
    ("图为村民在采摘茶叶 记者 王 丽 文", "图为村民在采摘茶叶 记者 王丽 文"),
    ("图为村民在采摘茶叶 记者 王丽 文", "图为村民在采摘茶叶 记者 王丽 文"),
    ("图为村民在采摘茶叶 本报记者 王 丽 图", "图为村民在采摘茶叶 本报记者 王丽 图"),
]

#: (line, expected): spaced as before.
UNCHANGED = [
    # headlines: the phrase gaps stay
    ("脱贫攻坚 乡村振兴 共同富裕", "脱贫攻坚 乡村振兴 共同富裕"),
    ("脱贫攻坚 乡村振 兴 共同富裕", "脱贫攻坚 乡村振兴 共同富裕"),
    ("专题协商 让建言更精准", "专题协商 让建言更精准"),
    ("秦州区政协 调研教师队伍建设", "秦州区政协 调研教师队伍建设"),
    ("经济 社会发 展", "经济 社会发展"),
    ("全面深化改革 新 征程", "全面深化改革新征程"),
    ("中国 女 排 夺冠", "中国女排夺冠"),
    ("推进 城乡 基层 治理 现代 化", "推进城乡基层治理现代化"),
    # bylines
    ("通讯员 李 明 本报记者 王 丽", "通讯员 李明 本报记者 王丽"),
    ("通讯员 李明 本报记者 王丽", "通讯员 李明 本报记者 王丽"),
    ("通讯员 高远 本报记者 牛锐", "通讯员 高远 本报记者 牛锐"),
    ("通讯员 王小明", "通讯员 王小明"),
    ("记者 王 丽 李华", "记者 王丽 李华"),
    ("记者 王 丽 李 华", "记者 王丽 李华"),
    ("本报记者 王 丽", "本报记者 王丽"),
    ("本报记者 王丽 发自北京", "本报记者 王丽 发自北京"),
    ("新华社记者 王丽 摄", "新华社记者 王丽 摄"),
    # a byline's or credit's one-hanzi word after a padded name is no third hanzi of the name
    ("本报记者 王 丽 文", "本报记者 王丽 文"),
    ("本报记者 王 丽 电", "本报记者 王丽 电"),
    *[(f"记者 王 丽 {word}", f"记者 王丽 {word}") for word in "图绘译著讯报电"],
    ("文/图 张 强", "文/图 张强"),
    # a table row's cells set apart by TABs are no name spelled hanzi by hanzi
    ("记者\t张\t小\t明", "记者\t张\t小\t明"),
    # a label before words, not a name: glued as running text
    ("记者 高 温 天气下坚守", "记者高温天气下坚守"),
    ("王 丽 当选劳动模范", "王丽当选劳动模范"),
    ("通讯员 高 远", "通讯员高远"),
    ("摄影 师 王丽", "摄影师王丽"),
    ("摄影 师 王 丽", "摄影师王丽"),
    # field labels, keyword lines, lists of names
    ("本版编辑：王丽 美编：李华", "本版编辑：王丽 美编：李华"),
    ("关键词：乡村振兴 基层治理", "关键词：乡村振兴 基层治理"),
    ("关键词：乡村振 兴 基层治理", "关键词：乡村振兴 基层治理"),
    ("标签：非遗 传承", "标签：非遗 传承"),
    # two lone hanzi and a term: nothing tells two terms (非遗 传承) from one (非遗传承); all go as before
    ("标签：非 遗 传承", "标签：非遗传承"),
    ("获奖名单：王丽 李华 张强", "获奖名单：王丽 李华 张强"),
    ("王小明 李 华 张建国", "王小明 李华 张建国"),
    ("王府 井 大街", "王府井大街"),
    # captions with a credit, a possible name, or another lead: as before
    ("图为工人在检修设备 新华社记者 张强 摄", "图为工人在检修设备 新华社记者 张强 摄"),
    ("图为工人在检修设备 现场 张强 摄", "图为工人在检修设备 现场 张强 摄"),
    ("图为工人在检修设备 江山", "图为工人在检修设备 江山"),
    ("右图 书法爱好者在挥毫", "右图 书法爱好者在挥毫"),
    # a caption's credit without a credit word, or a name: its gap stays
    *[(f"图为市民在广场上观看演出 {credit}", f"图为市民在广场上观看演出 {credit}") for credit in (
        "视觉中国", "人民视觉", "东方IC", "IC photo", "CFP", "本报资料图", "网络图片", "新华网", "央视截图",
        "视频截图",
    )],
    *[(f"图为工人在检修设备 {credit}", f"图为工人在检修设备 {credit}") for credit in (
        "新华社", "人民图片", "来源 网络", "AP", "Getty Images", "美联社", "IC", "图虫创意", "千图网",
        "玛丽亚", "仝卓", "阿依古丽",
    )],
    ("圖為市民在廣場上觀看演出 視覺中國", "圖為市民在廣場上觀看演出 視覺中國"),
    # two captions on one line; a headline opening with 图为民; phrases of a caption spaced word by word
    ("图为市民观看演出 图为游客拍照", "图为市民观看演出 图为游客拍照"),
    ("图为民 办实事", "图为民 办实事"),
    ("图为 西湖 断桥", "图为 西湖 断桥"),
    ("图为 杭州 西湖", "图为 杭州 西湖"),
    ("图为 张三 李四 在现场", "图为 张三 李四 在现场"),
    ("图为 马 拉松 比赛", "图为马拉松比赛"),
    # a hanzi ending a longer piece is no split word's: a credit's or a phrase's first hanzi may
    # follow (中国 across `上课中 国新网`), so the gap stays; `广场上观 看演出` too, a known limit
    ("图为学生在上课中 国新网", "图为学生在上课中 国新网"),
    ("图为运动员在比赛中 国旗飘扬", "图为运动员在比赛中 国旗飘扬"),
    ("图为群众在家门 口就业", "图为群众在家门 口就业"),
    ("图为市民在广场上观 看演出", "图为市民在广场上观 看演出"),
    ("圖為市民在廣場上觀 看演出", "圖為市民在廣場上觀 看演出"),
    # a credit in two words after a caption keeps its gaps (`新华 社发` as at a936f44)
    ("图为村民在采摘茶叶 新华 社发", "图为村民在采摘茶叶 新华 社发"),
    # a known limit: a lone hanzi glued to the word after it loses the gap before it too, though
    # this line's was a phrase gap (`图为中国 人民服务` before the lone hanzi's rule)
    ("图为中国 人 民服务", "图为中国人民服务"),
    # nothing tells a gap between a caption's words from a headline's phrase gap: kept, a known limit
    ("图为市民在广场上 观看演出", "图为市民在广场上 观看演出"),
    ("图为 市民 在广场上", "图为 市民 在广场上"),
    ("圖為市民在廣場上 觀看演出", "圖為市民在廣場上 觀看演出"),
    # running text
    ("我们 要 坚持", "我们要坚持"),
]

#: A title above and a paragraph below the line's block: the line is decided as a block of a page.
_TITLE = "全市召开文化惠民工作会议"
_PARAGRAPH = "本报讯 近日，全市召开会议，部署工作。"


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text, NormalizeOptions()).text
    twice = normalize_text(once, NormalizeOptions())
    assert twice.text == once, twice.edits
    return once


def on_a_page(line: str) -> str:
    """The block holding `line` on a page with a title above it and a paragraph below it, normalised."""
    page = normalised_once(f"{_TITLE}\n\n{line}\n\n{_PARAGRAPH}\n")
    return page.split("\n\n")[1]


@pytest.mark.parametrize(("line", "expected"), FIXED, ids=[line for line, _ in FIXED])
def test_stray_spaces_go_and_the_real_gaps_stay(line: str, expected: str) -> None:
    assert normalised_once(f"{line}\n\n") == f"{expected}\n\n"
    assert on_a_page(line) == expected


@pytest.mark.parametrize(("line", "expected"), UNCHANGED, ids=[line for line, _ in UNCHANGED])
def test_nearby_lines_are_spaced_as_before(line: str, expected: str) -> None:
    assert normalised_once(f"{line}\n\n") == f"{expected}\n\n"
    assert on_a_page(line) == expected


def test_the_edit_log_names_both_spaces_of_a_spelled_name() -> None:
    """Two `space.cjk-cjk` edits, inside 张小明; the gap after the label is in no edit."""
    text = "记者 张 小 明\n\n"
    edits = [e for e in normalize_text(text, NormalizeOptions()).edits if e.kind == "space"]
    assert [(e.rule, text[e.start - 1], text[e.end]) for e in edits] == [
        ("space.cjk-cjk", "张", "小"),
        ("space.cjk-cjk", "小", "明"),
    ]


def test_a_caption_sentence_reads_whole_in_txt(tmp_path: Path) -> None:
    """The converted page prints the caption's sentence without the gap."""
    page = tmp_path / "page.txt"
    page.write_text(f"{_TITLE}\n\n图为市民在广场上 观 看演出\n\n{_PARAGRAPH}\n", encoding="utf-8")
    out = convert(page, fmt="txt").output
    assert "图为市民在广场上观看演出" in out
    assert "广场上 观" not in out
