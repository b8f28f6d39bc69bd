"""Which gaps of a list of organisations glue and which stay, as one table (eighteenth session, helper O).

Before: a stray OCR space inside one organisation's name stayed in a line of organisations after a
label when the body after the place was one jieba's dictionary reads as a name or a time, or one
that every place has a branch of: `主办单位：兰州市 青少年活动中心` (`青少年` tagged a person's name),
`兰州市 红十字会`, `甘肃省 新华书店`, `兰州市 慈善总会`, `兰州市 残疾人联合会`, `兰州市 老年活动中心`,
and a party committee over one of its own organs: `中共中央 政治局`, `中共中央 办公厅`,
`中共兰州市委 老干部局`; a party's secretariat or school made no list at all, every gap glued
(`中共中央 书记处 兰州大学` came out as `中共中央书记处兰州大学`, `兰州市委党校 兰州大学` as
`兰州市委党校兰州大学`). Now the stray spaces glue, as `兰州市 教育局` does, and the gaps stay. The
rule of the table: two complete organisations never glue (`兰州银行 工商银行`, `新华社 人民网`); a
place or a parent over a body that cannot stand alone does (`国务院 办公厅`, `兰州新区 教育局`).

`兰州市 工商银行` glues: a national bank's short name after a city names the city's branch (as
`兰州市 新华书店`, `兰州市 红十字会` do), and a bare city is no organiser of its own in a list of
organisations. The list shows the city is an item when it heads several such bodies (`兰州市 工商银行
农业银行`: every gap stays, as `兰州市 第一中学 第二中学`), and a body of the whole country
(`中国工商银行`) is no city's.

Helper O2 (after review): a word of `_KIND_WORDS` naming the people a body serves (`青年`) glued a
company or a school with it in a name of its own to the place or the university before it, or
kept its own press apart (`金华市 青年汽车集团` glued, `青年政治学院 出版社` kept); now such a word
names a kind only in a body serving people (`_SERVING_BODY`). A piece of two hanzi (`党校`, `中央`)
made no list, so every gap glued (`中共中央 党史研究室 中央 文献研究室` came out as
`中共中央党史研究室中央文献研究室`, `中共兰州市委 党校 兰州大学` as `中共兰州市委党校兰州大学`); now it
joins the name it is part of and the gaps between names stay. A place heading a bureau and a body
of a kind keeps both gaps, as a place heading several bodies does (`兰州市 教育局 红十字会`).

Helper O3 (second review): a two-hanzi piece joined to one neighbour left a stray space inside one
name (`全国 人大 常委会` gave `全国人大 常委会`, `兰州市 城关区 团委` gave `兰州市 城关区团委`); the name so
joined is judged with the next piece again, a chain of one name. Listed two-hanzi organisations
(`央视`, `北大`) are names of their own (`新华社 央视 人民网` kept `央视人民网` glued), and a paper's
newsroom is no party committee's department (`央视 党委 甘肃日报社 编辑部` lost its last gap on a
second run).

Helper O4 (third review): a name glued again longer than 12 hanzi (`全国政协 文化文史和学习委员会`)
made the line no list on a second run, which glued every gap; a line's names now hold up to 24
hanzi when they are two names glued again, and no glue makes a longer one. A listed two-hanzi name
(`兰大`, `北大`) stood alone and left the short piece of its own body (`一院`, `附中`) to make the line
no list or to open the next name (`北大 附中兰州大学`); it takes that piece now.

Notation: `^` marks a stray space that must go, a space one that must stay.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from cli_pages import edit_kinds as _edit_kinds
from cli_pages import normalize_stdin as _normalized

_S2T = opencc.OpenCC("s2t")
#: Lines of organisations after a label: `^` a stray space (glue), ` ` a gap between two (keep).
TABLE = [
    # A place over a body that every place has, or that jieba's dictionary tags a name or a time.
    "主办单位：兰州市^青少年活动中心",
    "主办单位：兰州市^红十字会",
    "主办单位：甘肃省^新华书店",
    "主办单位：兰州市^工商银行",
    "主办单位：兰州市^慈善总会",
    "主办单位：兰州市^残疾人联合会",
    "主办单位：兰州市^老年活动中心",
    "主办单位：兰州市^青年联合会",
    "主办单位：兰州市^青年志愿者协会",
    "主办单位：兰州市^红十字会 兰州大学",
    "协办单位：兰州大学 甘肃省^新华书店",
    "协办单位：兰州大学 兰州市^青少年活动中心 甘肃日报社",
    "协办单位：甘肃省^新华书店 兰州市^新华书店",
    # A party committee over an organ of its own.
    "主办单位：中共中央^政治局",
    "主办单位：中共中央^办公厅",
    "主办单位：中共兰州市委^老干部局",
    "主办单位：中共中央^政治局 兰州大学",
    "主办单位：中共中央^书记处 兰州大学",
    "主办单位：兰州市委党校 兰州大学",
    # Last sessions' pairs: a body that cannot stand alone glues to its owner.
    "主办单位：国务院^办公厅",
    "主办单位：兰州新区^教育局",
    "主办单位：兰州市^教育局",
    "主办单位：中共兰州市委^宣传部",
    "主办单位：兰州大学^出版社",
    "主办单位：兰州晚报^编辑部",
    "主办单位：兰州市^人民检察院",
    "主办单位：甘肃省教育厅 兰州市^教育局",
    # Two complete organisations, or a place beside one, never glue.
    "主办单位：兰州市文明办 教育局",
    "赞助单位：兰州银行 工商银行",
    "赞助单位：兰州银行 红十字会",
    "主办单位：兰州大学 红十字会",
    "主办单位：兰州市红十字会 新华书店",
    "主办单位：中国科协 红十字会",
    "媒体支持：新华社 人民网",
    "主办单位：兰州市 新华社",
    "主办单位：国务院 教育部",
    "主办单位：甘肃省 中国科协",
    "主办单位：兰州市 兰州大学",
    "主办单位：兰州市 中国工商银行",
    "主办单位：兰州市 中国红十字会",
    "主办单位：中共中央 国务院",
    "主办单位：中共中央 新华书店",
    "主办单位：中共中央 工商银行",
    "主办单位：国务院 红十字会",
    # A place over several bodies of a kind heads them: each is an item.
    "赞助单位：兰州市 工商银行 农业银行",
    "主办单位：兰州市 红十字会 慈善总会",
    "表彰单位：兰州市 第一中学 第二中学",
    "主办单位：兰州市 教育局 红十字会",
    "主办单位：兰州市 教育局 青少年活动中心",
    "主办单位：兰州市 中医医院 红十字会医院",
    "主办单位：兰州市 第一中学 青少年活动中心",
    # A word of the people a body serves names a kind only in a body serving them (helper O2).
    "主办单位：青年政治学院^出版社",
    "主办单位：金华市 青年汽车集团",
    "主办单位：兰州市 青年旅行社",
    # A piece of two hanzi is part of its neighbour's name, before or after it (helper O2).
    "主办单位：中共中央^党史研究室 中央^文献研究室",
    "主办单位：中共兰州市委^党校 兰州大学",
    "主办单位：兰州大学 中共兰州市委^党校",
    "主办单位：兰州^大学 甘肃日报社",
    "主办单位：甘肃^省委党校 兰州大学",
    "主办单位：甘肃日报社 兰州^大学",
    "主办单位：兰州市^科协 兰州大学",
    # A chain of one name: place > body > organ > sub-body, a short piece inside it (helper O3).
    "主办单位：全国^人大^常委会",
    "主办单位：兰州市^人大^常委会",
    "主办单位：兰州市^人大^办公厅",
    "主办单位：兰州市^政协^办公室",
    "主办单位：兰州市^政协^文史委",
    "主办单位：甘肃省^人大^常委会 兰州大学",
    "主办单位：兰州大学 甘肃省^人大^常委会",
    "主办单位：兰州市^城关区^团委",
    "主办单位：兰州市^城关区^妇联",
    "主办单位：甘肃省^兰州市^科协",
    "主办单位：兰州市^城关区^教育局",
    "主办单位：兰州大学 兰州市^城关区^团委",
    "主办单位：兰州市^城关区^团委 兰州大学",
    "主办单位：甘肃省^公安厅^交警^总队",
    "主办单位：兰州市^公安局^交警^支队",
    "主办单位：甘肃日报社 兰州市^公安局^交警^支队",
    "主办单位：兰州市^公安局^交警^支队 甘肃日报社",
    "主办单位：兰州大学 管理^学院",
    # A body serving people named by its kind: a hall, a palace (helper O3).
    "主办单位：兰州市^青少年科技馆",
    "主办单位：兰州大学 兰州市^青少年科技馆",
    "主办单位：兰州市^青少年科技馆 兰州大学",
    # A two-hanzi name of an organisation is a name of its own (helper O3).
    "媒体支持：新华社 央视 人民网",
    "媒体支持：央视 新华社 人民网",
    "媒体支持：人民网 新华社 央视",
    "主办单位：北大 清华 人大",
    "主办单位：人大 兰州大学",
    "主办单位：兰州大学 人大",
    "主办单位：央视^新闻中心",
    "主办单位：北大^出版社 兰州大学",
    "主办单位：兰州大学^团委 甘肃日报社",
    "主办单位：兰州市公安局 消防支队 特警支队",
    "主办单位：兰州市^公安局 交警支队 特警支队",
    # A paper's newsroom is no party committee's department (helper O3).
    "主办单位：央视^党委 甘肃日报社^编辑部",
    "主办单位：人民日报社党委 甘肃日报社^编辑部",
    "主办单位：甘肃日报社^编辑部 人民日报社党委",
    # A name glued again longer than a name alone is still a name of the list (helper O4).
    "主办单位：全国政协^文化文史和学习委员会 兰州大学",
    "主办单位：甘肃省政协^社会和法制委员会 兰州大学",
    "主办单位：全国人大^教育科学文化卫生委员会 兰州大学",
    "主办单位：兰州大学 全国人大^教育科学文化卫生委员会",
    "主办单位：甘肃省应急管理厅^消防救援总队 兰州大学",
    "主办单位：全国政协文化文史和学习委员会 兰州大学",
    # A listed two-hanzi name opens the name of a body of its own after it (helper O4).
    "主办单位：兰大^一院 兰州大学",
    "主办单位：北大^附中 兰州大学",
    "主办单位：清华^附小 兰州大学",
    "主办单位：兰州大学 兰大^二院",
    "主办单位：北大^附中 清华^附小",
    # ...but a place's name after it opens the next name (a review of d68f4b9).
    "主办单位：北大 清华 兰州^大学",
    "主办单位：兰大 兰州^一中",
    "主办单位：北大 兰州^市教育局",
    "协办单位：央视 广州^日报社",
    "主办单位：北大 兰州^交通大学",
    # Only a police or rescue department keeps units; a congress owns no government commission (helper O4).
    "主办单位：兰州市教育局 消防支队 兰州大学",
    "主办单位：兰州市^文化局 兰州市^消防支队",
    "主办单位：甘肃省政协 卫健委 兰州大学",
    "主办单位：甘肃省^政协^文史委 兰州大学",
]


def _ocr_line(row: str) -> str:
    """The line as OCR gave it: every mark a space."""
    return row.replace("^", " ")


def _fixed_line(row: str) -> str:
    """The line as it should come out: the stray spaces gone, the gaps kept."""
    return row.replace("^", "")


@pytest.mark.parametrize("row", TABLE)
def test_stray_spaces_go_and_gaps_stay(row: str, tmp_path: Path) -> None:
    log = tmp_path / "edits.jsonl"
    assert _normalized(f"{_ocr_line(row)}\n", log) == f"{_fixed_line(row)}\n"
    assert _edit_kinds(log) == ["space"] * row.count("^")


@pytest.mark.parametrize("row", TABLE)
def test_normalising_twice_gives_what_normalising_once_gives(row: str) -> None:
    once = _normalized(f"{_ocr_line(row)}\n")
    assert _normalized(once) == once


#: Owners of committees and the long committee names they own, printed with a stray space between
#: them, beside a second organisation (`_generated_long_names`).
_CONGRESSES = ["全国政协", "甘肃省政协", "全国人大", "兰州市人大"]
_COMMITTEES = ["文化文史和学习委员会", "社会和法制委员会", "教育科学文化卫生委员会", "港澳台侨和外事委员会",
               "人口资源环境委员会"]
_SECOND = ["兰州大学", "甘肃日报社", "兰州市教育局"]


def _generated_long_names() -> list[str]:
    """Rows of a congress and one of its committees a stray space broke, before or after a second
    organisation: the name glued again is longer than a name a list reads alone (12 hanzi)."""
    rows: list[str] = []
    for k, (congress, committee) in enumerate((c, m) for c in _CONGRESSES for m in _COMMITTEES):
        second = _SECOND[k % len(_SECOND)]
        rows += [f"主办单位：{congress}^{committee} {second}", f"主办单位：{second} {congress}^{committee}"]
    return rows


@pytest.mark.parametrize("row", _generated_long_names())
def test_long_names_glued_once_stay_apart_from_the_next(row: str) -> None:
    once = _normalized(f"{_ocr_line(row)}\n")
    assert once == f"{_fixed_line(row)}\n"
    assert _normalized(once) == once


@pytest.mark.parametrize(
    "line",
    [
        "主办单位：新疆维吾尔自治区 伊犁哈萨克自治州 察布查尔锡伯自治县 兰州大学",
        "主办单位：新疆维吾尔自治区 伊犁哈萨克自治州 察布查尔锡伯自治县 人民政府 兰州大学",
    ],
)
def test_a_chain_longer_than_a_list_holds_keeps_a_stray_space_once_and_for_all(line: str) -> None:
    """Glued whole, the places' chain (25 hanzi and more) is longer than a name of a list can be: a
    second run would read no list and glue every gap, so one stray space stays, on every run."""
    once = _normalized(f"{line}\n")
    assert once.count(" ") in (1, 2) and "兰州大学" in once.split(" ")[-1]
    assert " 察布查尔锡伯自治县" in once
    assert _normalized(once) == once


@pytest.mark.parametrize("row", [*[r for r in TABLE if "^" in r][:4], "主办单位：兰州市 中国红十字会"])
def test_in_traditional_script_too(row: str) -> None:
    page = f"{_S2T.convert(_ocr_line(row))}\n"
    assert _normalized(page) == f"{_S2T.convert(_fixed_line(row))}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "本次活动由兰州市^青少年活动中心主办。",
        "活动由兰州市^红十字会、甘肃省^新华书店联合主办。",
        "中共中央^政治局召开会议。",
        "本报讯 主办单位：兰州市^红十字会，承办单位：甘肃省^新华书店。",
    ],
)
def test_in_running_text_the_stray_space_goes(sentence: str) -> None:
    assert _normalized(f"{_ocr_line(sentence)}\n") == f"{_fixed_line(sentence)}\n"
