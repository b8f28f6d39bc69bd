"""A reader's letter printed after an article (helper LETTER, v24).

A walk-through of 1966-78 mainland pages found letters to the editor mangled where they follow an
article on the page: the column label (`读者来信`) became a subhead of the article above and the
letter its text, the salutation (`编辑同志：`) was joined into the letter's first paragraph, and a
signer with no date under it (`红星公社第三生产队 张明`) became an empty article of its own.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

import layoutfix

TEI = "{http://www.tei-c.org/ns/1.0}"

ARTICLE = (
    "我县掀起农业学大寨新高潮\n\n"
    "本报讯 全县广大贫下中农以大寨为榜样，大搞农田基本建设，取得了新的成绩。\n\n"
)
LETTER = "我们生产队今年粮食获得大丰收，社员们干劲更足了。我们决心继续努力。"


def _articles(page: str) -> list[ET.Element]:
    """The article `div`s of the TEI `convert` writes for the flat page `page`, in order."""
    root = ET.fromstring(layoutfix.convert(page.encode()).output.encode())
    return [d for d in root.iter(f"{TEI}div") if d.get("type") == "article"]


def _heads(div: ET.Element) -> list[str]:
    """The texts of an article's own `head`s (kicker and title), in order."""
    return ["".join(h.itertext()) for h in div.findall(f"{TEI}head")]


def _paragraphs(div: ET.Element) -> list[str]:
    """The texts of an article's paragraphs, in subsections too, in order."""
    return ["".join(p.itertext()) for p in div.iter(f"{TEI}p")]


def _signed(div: ET.Element) -> list[str]:
    """The texts of an article's `closer/signed`."""
    return ["".join(s.itertext()) for c in div.findall(f"{TEI}closer") for s in c.findall(f"{TEI}signed")]


@pytest.mark.parametrize("label", ["读者来信", "来信", "群众来信", "读者来信摘登", "来信照登"])
@pytest.mark.parametrize("signer", ["红星公社第三生产队 张明", "张明", "欧阳明华", "红旗大队 王秀英"])
def test_letter_after_article_is_an_article_of_its_own(label: str, signer: str) -> None:
    """The label heads the letter, a new article; the salutation is its first paragraph, whole; the
    signer with nothing after it signs the letter: no subsection, no empty article."""
    arts = _articles(f"{ARTICLE}{label}\n\n编辑同志：\n\n{LETTER}\n\n{signer}\n")
    assert len(arts) == 2
    assert _heads(arts[0]) == ["我县掀起农业学大寨新高潮"]
    assert arts[0].find(f".//{TEI}div[@type='subsection']") is None
    assert _heads(arts[1]) == [label]
    assert _paragraphs(arts[1]) == ["编辑同志：", LETTER]
    assert _signed(arts[1]) == [signer]


def test_letter_with_date_keeps_its_closer_and_opens_its_article() -> None:
    """With a date under the signer the closer is as before, now the letter's own."""
    signer = "红星公社第三生产队 张明\n\n一九七三年十月五日\n"
    arts = _articles(f"{ARTICLE}读者来信\n\n编辑同志：\n\n{LETTER}\n\n{signer}")
    assert len(arts) == 2
    assert _paragraphs(arts[1]) == ["编辑同志：", LETTER]
    closer = arts[1].find(f"{TEI}closer")
    assert closer is not None and "一九七三年十月五日" in "".join(closer.itertext())
    assert _signed(arts[1]) == ["红星公社第三生产队 张明"]


def test_traditional_letter_salutation_is_no_editor_credit() -> None:
    """`編輯先生：` is the letter's salutation, a paragraph, not an editor's credit line (`fw`)."""
    page = ("我縣掀起農業學大寨新高潮\n\n本報訊 全縣廣大農民以大寨為榜樣，取得了新的成績。\n\n"
            "讀者來信\n\n編輯先生：\n\n我們生產隊今年糧食獲得大豐收，社員們幹勁更足了。\n\n陳大文\n")
    arts = _articles(page)
    assert len(arts) == 2
    assert _heads(arts[1]) == ["讀者來信"]
    assert _paragraphs(arts[1])[0] == "編輯先生："
    assert arts[1].find(f".//{TEI}fw") is None
    assert _signed(arts[1]) == ["陳大文"]


def test_modern_salutation_and_titled_letter() -> None:
    """`尊敬的编辑：` opens a letter too; a letter's own title under the label makes the label its kicker."""
    arts = _articles(f"{ARTICLE}读者来信\n\n农村需要更多图书\n\n尊敬的编辑：\n\n{LETTER}\n\n市民 刘建国\n")
    assert len(arts) == 2
    assert _heads(arts[1]) == ["读者来信", "农村需要更多图书"]
    assert arts[1].find(f"{TEI}head[@type='kicker']") is not None
    assert _paragraphs(arts[1]) == ["尊敬的编辑：", LETTER]
    assert _signed(arts[1]) == ["市民 刘建国"]


@pytest.mark.parametrize("title", ["春耕忙", "我县召开农田水利建设经验交流大会"])
def test_signer_does_not_swallow_next_title(title: str) -> None:
    """A headline after the signer titles the next article, short or long; the signer is no kicker."""
    lead = "本报讯 各地春耕生产全面展开，田间地头一片繁忙景象。\n"
    page = f"{ARTICLE}读者来信\n\n编辑同志：\n\n{LETTER}\n\n张明\n\n{title}\n\n{lead}"
    arts = _articles(page)
    assert len(arts) == 3
    assert _signed(arts[1]) == ["张明"]
    assert _heads(arts[2]) == [title]


def test_two_letters_each_signed() -> None:
    """A signer over the next letter's salutation signs the letter above; the next one is whole."""
    second = "编辑同志：\n\n我们大队的青年很爱读书，可是图书太少了。\n\n李华\n"
    page = f"读者来信\n\n编辑同志：\n\n{LETTER}\n\n张明\n\n{second}"
    arts = _articles(page)
    assert len(arts) == 2
    assert _signed(arts[0]) == ["张明"] and _signed(arts[1]) == ["李华"]
    assert _paragraphs(arts[1]) == ["编辑同志：", "我们大队的青年很爱读书，可是图书太少了。"]


def test_salutation_under_a_subhead_is_its_own_paragraph() -> None:
    """A subhead that is no letter's label stays a subhead over a salutation, which is whole."""
    page = ("全县召开三级干部会议\n\n本报讯 县委日前召开三级干部会议，部署明年工作。\n\n会议要求\n\n"
            "各公社、各大队：\n\n要认真传达会议精神，切实抓好冬季生产。\n")
    arts = _articles(page)
    assert len(arts) == 1
    sub = arts[0].find(f"{TEI}div[@type='subsection']")
    assert sub is not None and _heads(sub) == ["会议要求"]
    assert _paragraphs(sub) == ["各公社、各大队：", "要认真传达会议精神，切实抓好冬季生产。"]


def test_subheads_over_ordinary_text_and_a_news_article_ending_with_a_name_unchanged() -> None:
    """Subheads over plain paragraphs stay subsections, and a name under a news article that is no
    letter is not made its signer (as before)."""
    page = ("全县农田水利建设取得新进展\n\n本报讯 今冬明春，全县上下掀起农田水利建设热潮。\n\n兴修水利\n\n"
            "全县新修水渠一百余条，扩大灌溉面积两万亩。\n\n王丽\n")
    arts = _articles(page)
    assert arts[0].find(f"{TEI}div[@type='subsection']/{TEI}head").text == "兴修水利"
    assert _signed(arts[0]) == []
