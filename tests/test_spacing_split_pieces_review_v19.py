"""Review of the split-piece spacing (s19-S3): gluing a lone hanzi first kept a stray gap inside
place names, set phrases and verse that the spacing step had glued right before.

- The padded-name branch took a headline's phrases for a list of people: a lone hanzi that is a
  surname and the piece after it counted as a name whenever the glued line passed
  `name_list_names`, which accepts almost any two pieces of two or three hanzi opening with a
  surname. `王府 井 大街` gave `王府 井大街`, `石家 庄 市` gave `石家 庄市`, `黄山 毛 峰` gave
  `黄山 毛峰` (they were `王府井大街`, `石家庄市`, `黄山毛峰`). A padded name in a list now needs the
  tagger to read it as a person's name, another piece of the list to name a person alone, and no
  word across the surname and the piece before it (`李家庄`, `唐诗宋词`).
- The word-split branch kept the gap on the lone hanzi's other side inside names and verse:
  `春节 联 欢晚会` gave `春节 联欢晚会`, `阿不都 热 合曼 艾力` gave `阿不都 热合曼 艾力` (they were
  `春节联欢晚会`, `阿不都热合曼 艾力`). That gap is now kept only between two phrases of four hanzi at
  least that no word runs across (`乡村振兴 共 同富裕`); otherwise the line is decided whole, as before.

The intended fixes of the split-piece step stay: lists of people, bylines, slogans' phrase gaps.
Every case is normalised twice: the second run must change nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.pipeline import convert

#: (input, output): headline phrases a stray space split around a hanzi that is also a surname,
#: spaced as before the split-piece step (the padded-name branch read them as lists of people).
PHRASES_NOT_NAMES = [
    ("王府 井 大街\n\n", "王府井大街\n\n"),
    ("石家 庄 市\n\n", "石家庄市\n\n"),
    ("党史学 习 教育\n\n", "党史学习教育\n\n"),
    ("国庆黄 金 周\n\n", "国庆黄金周\n\n"),
    ("国庆 黄 金周\n\n", "国庆黄金周\n\n"),
    ("黄金 周 出游\n\n", "黄金周出游\n\n"),
    ("杨柳青 年 画\n\n", "杨柳青年画\n\n"),
    ("钱塘 江 潮\n\n", "钱塘江潮\n\n"),
    ("金沙 江 畔\n\n", "金沙江畔\n\n"),
    ("李家 庄 村\n\n", "李家庄村\n\n"),
    ("马栏 山 下\n\n", "马栏山下\n\n"),
    ("白云 山 下\n\n", "白云山下\n\n"),
    ("石榴籽一 家 亲\n\n", "石榴籽一家亲\n\n"),
    ("高铁新 时 代\n\n", "高铁新时代\n\n"),
    ("金秋 时 节\n\n", "金秋时节\n\n"),
    ("黄山 毛 峰\n\n", "黄山毛峰\n\n"),
    ("花开 富 贵\n\n", "花开富贵\n\n"),
    ("花 开 富贵\n\n", "花开富贵\n\n"),
    ("年年 有 余\n\n", "年年有余\n\n"),
    ("年 年 有余\n\n", "年年有余\n\n"),
    ("金融 华 章\n\n", "金融华章\n\n"),
    ("周庄 古 镇\n\n", "周庄古镇\n\n"),
    ("唐诗 宋 词\n\n", "唐诗宋词\n\n"),
    ("康 养 小镇\n\n", "康养小镇\n\n"),
    ("鲁迅 文 学奖\n\n", "鲁迅文学奖\n\n"),
    ("韩 信 点兵\n\n", "韩信点兵\n\n"),
    (
        "王府 井 大街\n\n本报记者 王丽\n\n近日，王府井大街迎来客流高峰。\n",
        "王府井大街\n\n本报记者 王丽\n\n近日，王府井大街迎来客流高峰。\n",
    ),
]

#: (input, output): names, titles and verse a stray space split one hanzi off, spaced as before the
#: split-piece step (the word-split branch kept the gap on the hanzi's other side).
WORDS_NOT_PHRASES = [
    ("春节 联 欢晚会\n\n", "春节联欢晚会\n\n"),
    ("农民 丰 收节\n\n", "农民丰收节\n\n"),
    ("万紫千红 总 是春\n\n", "万紫千红总是春\n\n"),
    ("阿不都 热 合曼 艾力\n\n", "阿不都热合曼 艾力\n\n"),
    ("运河 文 化带\n\n", "运河文化带\n\n"),
    ("杭州 亚 运会\n\n", "杭州亚运会\n\n"),
    ("外交部 发 言人\n\n", "外交部发言人\n\n"),
    ("李强 主持 国 务院常务会议\n\n", "李强 主持国务院常务会议\n\n"),
]

#: (input, output): the split-piece step's intended fixes, which must stay.
INTENDED = [
    ("王小明 李 华 张建国\n\n", "王小明 李华 张建国\n\n"),
    ("王丽 王 小明 张强\n\n", "王丽 王小明 张强\n\n"),
    ("张三 李四 王 五\n\n", "张三 李四 王五\n\n"),
    ("马 云 马化腾\n\n", "马云 马化腾\n\n"),
    ("王华 李 明\n\n", "王华 李明\n\n"),
    # the other names after the padded one, the list's span read in the line as printed
    ("李 华 张强\n\n", "李华 张强\n\n"),
    ("刘 备 关羽 张飞\n\n", "刘备 关羽 张飞\n\n"),
    ("获奖名单：王丽 李 华 张强\n\n", "获奖名单：王丽 李华 张强\n\n"),
    ("一等奖\n王 丽 李华\n二等奖\n高洁 江山\n\n", "一等奖\n王丽 李华\n二等奖\n高洁 江山\n\n"),
    (
        "一等奖\n王小明 李 华 张建国\n二等奖\n高洁 江山\n\n",
        "一等奖\n王小明 李华 张建国\n二等奖\n高洁 江山\n\n",
    ),
    ("记者 王 丽 李华\n\n", "记者 王丽 李华\n\n"),
    ("通讯员 李 明 本报记者 王 丽\n\n", "通讯员 李明 本报记者 王丽\n\n"),
    ("王小明 李 華 張建國\n\n", "王小明 李華 張建國\n\n"),
    ("脱贫攻坚 乡村振 兴 共同富裕\n\n正文，内容。\n", "脱贫攻坚 乡村振兴 共同富裕\n\n正文，内容。\n"),
    ("乡村振兴 共 同富裕\n\n正文。\n", "乡村振兴 共同富裕\n\n正文。\n"),
    ("关键词：乡村振 兴 基层治理 数字化\n\n", "关键词：乡村振兴 基层治理 数字化\n\n"),
]


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text, NormalizeOptions()).text
    twice = normalize_text(once, NormalizeOptions())
    assert twice.text == once, twice.edits
    return once


def _first_line(cases: list[tuple[str, str]]) -> list[str]:
    return [text.split("\n")[0] for text, _ in cases]


@pytest.mark.parametrize(("text", "expected"), PHRASES_NOT_NAMES, ids=_first_line(PHRASES_NOT_NAMES))
def test_a_headlines_phrases_are_no_list_of_people(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


@pytest.mark.parametrize(("text", "expected"), WORDS_NOT_PHRASES, ids=_first_line(WORDS_NOT_PHRASES))
def test_a_split_name_or_verse_keeps_no_gap_inside(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTENDED, ids=_first_line(INTENDED))
def test_the_intended_fixes_stay(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


def test_a_place_name_headline_is_the_pages_title(tmp_path: Path) -> None:
    """The txt output's title is the place name whole, as before the split-piece step."""
    page = tmp_path / "page.txt"
    text = "石家 庄 市\n\n本报记者 王丽\n\n近日，石家庄市举行新闻发布会，介绍有关情况。\n"
    page.write_text(text, encoding="utf-8")
    assert convert(page, fmt="txt").output.splitlines()[0] == "石家庄市"
