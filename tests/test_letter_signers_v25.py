"""Reader letters signed with a unit, a role or a group (helper SIGN, v25, mended after review).

Reviewers found letters to the paper left unsigned: a signer with a unit and a role before the name
(`上海国棉十七厂 工人 王秀英`), a group (`红旗大队全体社员`), an unnamed reader (`一位退休职工`) or a
name the name reader lacks (`刘海波`) or the dictionary lists as a word (`刘建国`) became an empty
article of its own at the page's end; an editor's note under the signer (`编者按：…`) made the signer
a subhead over it, and a next letter after the note was swallowed. Such lines sign now where no
title follows them; over the next title they stay its kicker, as before (the review's cases:
`乡村教师 张桂梅` / `大山里的燃灯者`, `刘德华` / `演唱会门票一票难求`). Notices, speeches and news read as
before.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app
from tei_parts import all_paragraphs, own_heads, signed_texts

TEI = "{http://www.tei-c.org/ns/1.0}"

ARTICLE = (
    "我县掀起农业学大寨新高潮\n\n本报讯 全县广大贫下中农以大寨为榜样，大搞农田基本建设，取得了新的成绩。\n\n"
)
LETTER = "我们生产队今年粮食获得大丰收，社员们干劲更足了。我们决心继续努力。"
LETTER_70S = f"{ARTICLE}读者来信\n\n编辑同志：\n\n{LETTER}\n\n"
LETTER_NOW = f"{ARTICLE}读者来信\n\n尊敬的编辑：\n\n{LETTER}\n\n"
NEXT = "春耕忙\n\n本报讯 各地春耕生产全面展开，田间地头一片繁忙景象。\n"
NOTE = "编者按：这封来信反映的问题值得重视，希望有关部门认真研究解决。"
NEWS = "我县农田基本建设进展快\n\n本报讯 全县各公社大搞农田基本建设，已完成土石方二百万方。\n\n"
NOTICE = "关于做好夏收夏种工作的通知\n\n各公社、各大队：\n\n夏收夏种即将开始，望各地做好准备。\n\n"
SPEECH = ("在全县农业学大寨会议上的讲话\n\n县委书记 李明\n\n同志们：\n\n"
          "这次会议的任务是总结经验，部署明年的工作。\n\n")

SIGNERS = [
    "上海国棉十七厂 工人 王秀英", "北京市第五中学教师 李建华", "解放军某部战士 张小兵", "下乡知识青年 张红",
    "一位退休职工", "红旗大队全体社员", "××厂三车间全体职工", "本报读者 一群小学生家长", "刘海波", "刘建国",
]


def _articles(page: str) -> list[ET.Element]:
    """The article `div`s of the TEI `convert` writes for the flat page `page`, in order."""
    root = ET.fromstring(layoutfix.convert(page.encode()).output.encode())
    return [d for d in root.iter(f"{TEI}div") if d.get("type") == "article"]


@pytest.mark.parametrize("signer", SIGNERS)
@pytest.mark.parametrize("letter", [LETTER_70S, LETTER_NOW])
def test_signer_over_next_letter_signs_the_letter(letter: str, signer: str) -> None:
    """Over the next letter's salutation the signer closes the letter; the next letter is an article
    of its own with its own signer."""
    arts = _articles(f"{letter}{signer}\n\n编辑同志：\n\n我们大队的拖拉机坏了没人修。\n\n李玉兰\n")
    assert signed_texts(arts[1]) == [signer]
    assert all_paragraphs(arts[2]) == ["编辑同志：", "我们大队的拖拉机坏了没人修。"]
    assert signed_texts(arts[2]) == ["李玉兰"]


@pytest.mark.parametrize("signer", SIGNERS)
def test_signer_over_next_letter_label_signs_the_letter(signer: str) -> None:
    """Over the next letter's column label (`读者来信`) the signer closes the letter above it."""
    arts = _articles(f"{LETTER_70S}{signer}\n\n读者来信\n\n编辑同志：\n\n我们大队的拖拉机坏了没人修。\n")
    assert signed_texts(arts[1]) == [signer]
    assert own_heads(arts[2]) == ["读者来信"]


@pytest.mark.parametrize("signer", SIGNERS)
def test_signer_at_page_end_is_no_empty_article(signer: str) -> None:
    """At the page's end the signer closes the letter instead of heading an empty article."""
    arts = _articles(f"{LETTER_70S}{signer}\n")
    assert len(arts) == 2
    assert all_paragraphs(arts[1]) == ["编辑同志：", LETTER]
    assert signed_texts(arts[1]) == [signer]


def test_traditional_signer_with_unit_and_role() -> None:
    """A traditional page's signer is read through its simplified view."""
    page = ("我縣掀起農業學大寨新高潮\n\n本報訊 全縣廣大農民以大寨為榜樣，取得了新的成績。\n\n讀者來信\n\n"
            "編輯先生：\n\n我們生產隊今年糧食獲得大豐收。\n\n上海國棉十七廠 工人 王秀英\n")
    arts = _articles(page)
    assert len(arts) == 2
    assert signed_texts(arts[1]) == ["上海國棉十七廠 工人 王秀英"]


#: The review's cases (v25): a line under a letter to the paper over the next article's title is
#: that article's kicker as often as the letter's signer, and stays the kicker, as before.
KICKERS = [
    ("乡村教师 张桂梅", "大山里的燃灯者"), ("优秀共产党员 王秀英", "她把一生献给了群众"),
    ("老工人 王进喜", "铁人精神永放光芒"), ("赤脚医生 李秀珍", "一根银针治百病"),
    ("一位乡村教师", "她把青春献给山区"), ("大寨大队全体社员", "战天斗地夺高产"),
    ("刘建国", "三十年守护一片林"), ("老工人 谈体会", "新的一年"), ("知识青年 向前进", "新的一年"),
    ("工人 农民 解放军", "团结起来争取更大胜利"), ("胡志明", "越南人民的伟大领袖"),
    ("刘德华", "演唱会门票一票难求"), ("穆桂英", "新时代的女拖拉机手"), ("爱德华", "一位英国友人的中国情"),
    ("白玉兰", "上海市花迎春开"), ("红小兵", "学习雷锋好榜样"), ("金秋菊", "菊展开幕"),
]


@pytest.mark.parametrize(("kicker", "title"), KICKERS)
@pytest.mark.parametrize("letter", [LETTER_70S, LETTER_NOW])
def test_line_over_next_title_stays_its_kicker(letter: str, kicker: str, title: str) -> None:
    """Over the next article's title a role and a name, a group, a common or famous name or a
    slogan is the title's kicker: the letter above stays unsigned, the next article keeps both."""
    arts = _articles(f"{letter}{kicker}\n\n{title}\n\n本报讯 {kicker.split()[-1]}的事迹在群众中广为传颂。\n")
    assert signed_texts(arts[1]) == []
    assert own_heads(arts[2]) == [kicker, title]


@pytest.mark.parametrize("words", ["老工人 谈体会", "知识青年 向前进", "贫下中农 管学校", "工人 农民 解放军"])
def test_role_then_words_signs_no_letter(words: str) -> None:
    """A role before words that only open with a surname (a headline's or a slogan's) is no signer,
    even over an editor's note, where a reader's name after a role signs the letter."""
    arts = _articles(f"{LETTER_70S}{words}\n\n{NOTE}\n")
    assert signed_texts(arts[1]) == []
    assert words in _texts(arts[1:])


def _texts(arts: list[ET.Element]) -> list[str]:
    """Every text element's text in the articles `arts`, in document order."""
    return ["".join(e.itertext()) for a in arts for e in a.iter() if e.tag in
            (f"{TEI}head", f"{TEI}p", f"{TEI}signed")]


NOTES = [
    NOTE, "编者附言：来信所提问题，已转请有关部门处理。", "【编者按】这封来信值得一读。",
    "编后：这样的好事应当多宣传。",
]


def _closers(div: ET.Element) -> list[str]:
    """The texts of the article's `closer` elements, in order."""
    return ["".join(c.itertext()) for c in div.findall(f"{TEI}closer")]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("signer", ["张明", "红旗大队全体社员", "上海国棉十七厂 工人 王秀英", "刘海波"])
def test_editor_note_stays_in_the_letter_under_its_signer(signer: str, note: str) -> None:
    """An editor's note under the signer is no subsection the signer heads and no article of its
    own: the signer closes the letter and the note follows it in the letter's article, as an end
    note printed under a signature does; the next title opens the next article."""
    arts = _articles(f"{LETTER_70S}{signer}\n\n{note}\n\n{NEXT}")
    assert len(arts) == 3
    assert signed_texts(arts[1]) == [signer]
    assert arts[1].find(f".//{TEI}div[@type='subsection']") is None
    assert _closers(arts[1]) == [signer, note]
    assert own_heads(arts[2]) == ["春耕忙"]


def test_editor_note_then_next_letter_swallows_nothing() -> None:
    """A note under one letter, then the next letter: each letter keeps its own signer, the note
    stays with the first (the review's `孙志强` / `编者按：…` / `编辑同志：` / … / `李玉兰`)."""
    page = (f"{LETTER_70S}孙志强\n\n编者按：此信已转有关部门。\n\n编辑同志：\n\n"
            "我们大队的拖拉机坏了没人修。\n\n李玉兰\n")
    arts = _articles(page)
    assert len(arts) == 3
    assert _closers(arts[1]) == ["孙志强", "编者按：此信已转有关部门。"]
    assert all_paragraphs(arts[2]) == ["编辑同志：", "我们大队的拖拉机坏了没人修。"]
    assert signed_texts(arts[2]) == ["李玉兰"]


def test_editor_note_of_two_paragraphs_stays_whole() -> None:
    """The note's second paragraph follows its first under the signer, not a new article."""
    second = "我们希望有关部门认真对待，并把处理结果告诉本报。"
    arts = _articles(f"{LETTER_70S}一位老工人\n\n{NOTE}\n\n{second}\n\n{NEXT}")
    assert len(arts) == 3
    assert _closers(arts[1]) == ["一位老工人", NOTE, second]


def test_editor_note_json_and_txt_keep_it_with_the_letter() -> None:
    """JSON lists the note as the letter's last paragraph beside its signature; the plain text
    prints it right under the signer with no article separator between them."""
    page = f"{LETTER_70S}上海国棉十七厂 工人 王秀英\n\n{NOTE}\n\n{NEXT}"
    letter = json.loads(layoutfix.convert(page.encode(), fmt="json").output)["articles"][1]
    assert letter["signature"] == "上海国棉十七厂 工人 王秀英"
    assert [p["text"] for p in letter["paragraphs"]][-1] == NOTE
    result = CliRunner().invoke(app, ["convert", "-", "-f", "txt", "-o", "-"], input=page)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert lines[lines.index("上海国棉十七厂 工人 王秀英") + 1] == NOTE


@pytest.mark.parametrize("above", [NEWS, NOTICE, SPEECH])
@pytest.mark.parametrize("signer", ["上海国棉十七厂 工人 王秀英", "红旗大队全体社员", "刘建国"])
def test_no_letter_to_the_paper_reads_as_before(above: str, signer: str) -> None:
    """Under news, a notice or a speech such a line over a title stays the next article's kicker."""
    arts = _articles(f"{above}{signer}\n\n{NEXT}")
    assert signed_texts(arts[-2]) == []
    assert own_heads(arts[-1]) == [signer, "春耕忙"]


@pytest.mark.parametrize("heads", [
    ["焦裕禄", "县委书记的好榜样"], ["雷锋", "伟大的共产主义战士"], ["林海", "雪原上的新一代"],
])
def test_famous_name_or_word_over_title_still_heads_the_next_article(heads: list[str]) -> None:
    """A dictionary word that is no surname and common given name stays the next title's kicker."""
    arts = _articles(f"{LETTER_70S}{heads[0]}\n\n{heads[1]}\n\n本报讯 各地学习先进人物的热潮正在兴起。\n")
    assert signed_texts(arts[1]) == []
    assert own_heads(arts[2]) == heads


def test_news_with_editor_note_reads_as_before() -> None:
    """Under a news story a name over an editor's note signs nothing (as before: its subhead)."""
    arts = _articles(f"{NEWS}王丽\n\n{NOTE}\n")
    assert signed_texts(arts[0]) == []


def test_cli_txt_keeps_every_line(tmp_path: object) -> None:
    """Through the CLI the plain text keeps each line of the letter, its signer and the note."""
    page = f"{LETTER_70S}上海国棉十七厂 工人 王秀英\n\n{NOTE}\n\n{NEXT}"
    result = CliRunner().invoke(app, ["convert", "-", "-f", "txt", "-o", "-"], input=page)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    for line in ("读者来信", "编辑同志：", LETTER, "上海国棉十七厂 工人 王秀英", NOTE, "春耕忙"):
        assert line in lines
    assert lines.index("上海国棉十七厂 工人 王秀英") < lines.index(NOTE) < lines.index("春耕忙")
