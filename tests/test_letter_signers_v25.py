"""Reader letters signed with a unit, a role or a group (helper SIGN, v25).

Reviewers found letters to the paper left unsigned: a signer with a unit and a role before the name
(`上海国棉十七厂 工人 王秀英`), a group (`红旗大队全体社员`), an unnamed reader (`一位退休职工`) or a
name the name reader lacks (`刘海波`) or the dictionary lists as a word (`刘建国`) became the kicker of
the next article's title or an empty article of its own; an editor's note under the signer
(`编者按：…`) made the signer a subhead over it. Notices, speeches and news read as before.
"""

from __future__ import annotations

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
def test_signer_over_next_title_signs_the_letter(letter: str, signer: str) -> None:
    """Over the next article's title the signer closes the letter; the title has no kicker."""
    arts = _articles(f"{letter}{signer}\n\n{NEXT}")
    assert len(arts) == 3
    assert signed_texts(arts[1]) == [signer]
    assert own_heads(arts[2]) == ["春耕忙"]


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
            "編輯先生：\n\n我們生產隊今年糧食獲得大豐收。\n\n上海國棉十七廠 工人 王秀英\n\n"
            "春耕忙\n\n本報訊 各地春耕生產全面展開。\n")
    arts = _articles(page)
    assert len(arts) == 3
    assert signed_texts(arts[1]) == ["上海國棉十七廠 工人 王秀英"]
    assert own_heads(arts[2]) == ["春耕忙"]


NOTES = [NOTE, "编者附言：来信所提问题，已转请有关部门处理。", "【编者按】这封来信值得一读。"]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("signer", ["张明", "红旗大队全体社员", "上海国棉十七厂 工人 王秀英"])
def test_editor_note_under_signed_letter_is_its_own_paragraph(signer: str, note: str) -> None:
    """An editor's note under the signer is no subsection the signer heads: the signer closes the
    letter and the note is a paragraph of its own after it; the next title opens the next article."""
    arts = _articles(f"{LETTER_70S}{signer}\n\n{note}\n\n{NEXT}")
    assert signed_texts(arts[1]) == [signer]
    assert arts[1].find(f".//{TEI}div[@type='subsection']") is None
    assert note in all_paragraphs(arts[2]) and own_heads(arts[2]) == []
    assert own_heads(arts[3]) == ["春耕忙"]


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
