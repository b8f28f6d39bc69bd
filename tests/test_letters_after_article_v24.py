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
from tei_parts import all_paragraphs, own_heads, signed_texts

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





@pytest.mark.parametrize("label", ["读者来信", "来信", "群众来信", "读者来信摘登", "来信照登"])
@pytest.mark.parametrize("signer", ["红星公社第三生产队 张明", "张明", "欧阳明华", "红旗大队 王秀英"])
def test_letter_after_article_is_an_article_of_its_own(label: str, signer: str) -> None:
    """The label heads the letter, a new article; the salutation is its first paragraph, whole; the
    signer with nothing after it signs the letter: no subsection, no empty article."""
    arts = _articles(f"{ARTICLE}{label}\n\n编辑同志：\n\n{LETTER}\n\n{signer}\n")
    assert len(arts) == 2
    assert own_heads(arts[0]) == ["我县掀起农业学大寨新高潮"]
    assert arts[0].find(f".//{TEI}div[@type='subsection']") is None
    assert own_heads(arts[1]) == [label]
    assert all_paragraphs(arts[1]) == ["编辑同志：", LETTER]
    assert signed_texts(arts[1]) == [signer]


def test_letter_with_date_keeps_its_closer_and_opens_its_article() -> None:
    """With a date under the signer the closer is as before, now the letter's own."""
    signer = "红星公社第三生产队 张明\n\n一九七三年十月五日\n"
    arts = _articles(f"{ARTICLE}读者来信\n\n编辑同志：\n\n{LETTER}\n\n{signer}")
    assert len(arts) == 2
    assert all_paragraphs(arts[1]) == ["编辑同志：", LETTER]
    closer = arts[1].find(f"{TEI}closer")
    assert closer is not None and "一九七三年十月五日" in "".join(closer.itertext())
    assert signed_texts(arts[1]) == ["红星公社第三生产队 张明"]


def test_traditional_letter_salutation_is_no_editor_credit() -> None:
    """`編輯先生：` is the letter's salutation, a paragraph, not an editor's credit line (`fw`)."""
    page = ("我縣掀起農業學大寨新高潮\n\n本報訊 全縣廣大農民以大寨為榜樣，取得了新的成績。\n\n"
            "讀者來信\n\n編輯先生：\n\n我們生產隊今年糧食獲得大豐收，社員們幹勁更足了。\n\n陳大文\n")
    arts = _articles(page)
    assert len(arts) == 2
    assert own_heads(arts[1]) == ["讀者來信"]
    assert all_paragraphs(arts[1])[0] == "編輯先生："
    assert arts[1].find(f".//{TEI}fw") is None
    assert signed_texts(arts[1]) == ["陳大文"]


def test_modern_salutation_and_titled_letter() -> None:
    """`尊敬的编辑：` opens a letter too; a letter's own title under the label makes the label its kicker."""
    arts = _articles(f"{ARTICLE}读者来信\n\n农村需要更多图书\n\n尊敬的编辑：\n\n{LETTER}\n\n市民 刘建国\n")
    assert len(arts) == 2
    assert own_heads(arts[1]) == ["读者来信", "农村需要更多图书"]
    assert arts[1].find(f"{TEI}head[@type='kicker']") is not None
    assert all_paragraphs(arts[1]) == ["尊敬的编辑：", LETTER]
    assert signed_texts(arts[1]) == ["市民 刘建国"]


@pytest.mark.parametrize("title", ["春耕忙", "我县召开农田水利建设经验交流大会"])
def test_signer_does_not_swallow_next_title(title: str) -> None:
    """A headline after the signer titles the next article, short or long; the signer is no kicker."""
    lead = "本报讯 各地春耕生产全面展开，田间地头一片繁忙景象。\n"
    page = f"{ARTICLE}读者来信\n\n编辑同志：\n\n{LETTER}\n\n张明\n\n{title}\n\n{lead}"
    arts = _articles(page)
    assert len(arts) == 3
    assert signed_texts(arts[1]) == ["张明"]
    assert own_heads(arts[2]) == [title]


def test_two_letters_each_signed() -> None:
    """A signer over the next letter's salutation signs the letter above; the next one is whole."""
    second = "编辑同志：\n\n我们大队的青年很爱读书，可是图书太少了。\n\n李华\n"
    page = f"读者来信\n\n编辑同志：\n\n{LETTER}\n\n张明\n\n{second}"
    arts = _articles(page)
    assert len(arts) == 2
    assert signed_texts(arts[0]) == ["张明"] and signed_texts(arts[1]) == ["李华"]
    assert all_paragraphs(arts[1]) == ["编辑同志：", "我们大队的青年很爱读书，可是图书太少了。"]


def test_salutation_under_a_subhead_of_news_is_read_as_before() -> None:
    """A subhead that is no letter's label stays a subhead; a salutation-like line under it in a news
    article is no letter's, so it runs on into the sentence under it, as before the letter work."""
    page = ("全县召开三级干部会议\n\n本报讯 县委日前召开三级干部会议，部署明年工作。\n\n会议要求\n\n"
            "各公社、各大队：\n\n要认真传达会议精神，切实抓好冬季生产。\n")
    arts = _articles(page)
    assert len(arts) == 1
    sub = arts[0].find(f"{TEI}div[@type='subsection']")
    assert sub is not None and own_heads(sub) == ["会议要求"]
    assert all_paragraphs(sub) == ["各公社、各大队：要认真传达会议精神，切实抓好冬季生产。"]


def test_subheads_over_ordinary_text_and_a_news_article_ending_with_a_name_unchanged() -> None:
    """Subheads over plain paragraphs stay subsections, and a name under a news article that is no
    letter is not made its signer (as before)."""
    page = ("全县农田水利建设取得新进展\n\n本报讯 今冬明春，全县上下掀起农田水利建设热潮。\n\n兴修水利\n\n"
            "全县新修水渠一百余条，扩大灌溉面积两万亩。\n\n王丽\n")
    arts = _articles(page)
    subhead = arts[0].find(f"{TEI}div[@type='subsection']/{TEI}head")
    assert subhead is not None and subhead.text == "兴修水利"
    assert signed_texts(arts[0]) == []


# The fresh-eyes review's broken cases (mend): a speech, a quotation or a news story is no letter,
# and a dictionary word or a title over a subtitle under a letter heads the next article.
NEWS = "我县农田基本建设进展快\n\n本报讯 全县各公社大搞农田基本建设，已完成土石方二百万方。\n\n"
SPEECH = ("在全县农业学大寨会议上的讲话\n\n县委书记 李明\n\n同志们：\n\n"
          "这次会议的任务是总结经验，部署明年的工作。\n\n我们一定要把农业搞上去。\n\n")
QUOTED = ("我县掀起学大寨热潮\n\n本报讯 全县广大贫下中农学大寨，赶大寨。\n\n毛主席教导我们：\n\n"
          "“要认真总结经验。”全县干部认真学习，总结了经验。\n\n")
NOTICE = "关于做好夏收夏种工作的通知\n\n各公社、各大队：\n\n夏收夏种即将开始，望各地做好准备。\n\n"
LETTER_AFTER = f"{NEWS}读者来信\n\n编辑同志：\n\n{LETTER}\n\n"
NEXT_LEAD = "本报讯 各地夏收夏种工作全面展开，田间地头一片繁忙景象。\n"
QUOTE_JOINED = "毛主席教导我们：“要认真总结经验。”全县干部认真学习，总结了经验。"


@pytest.mark.parametrize(("above", "heads"), [
    (SPEECH, ["林海", "雪原上的新一代"]),
    (SPEECH, ["红旗渠", "——林县人民战天斗地"]),
    (SPEECH, ["马兰花", "草原上的英雄小姐妹"]),
    (NOTICE, ["黎明", "农业机械化的新成就"]),
    (QUOTED, ["红旗渠", "——林县人民战天斗地"]),
    (QUOTED, ["焦裕禄", "县委书记的好榜样"]),
    (f"{NEWS}各公社、各大队：\n\n望各地做好准备。\n\n", ["钟声", "山区新貌"]),
    (f"{NEWS}毛主席教导我们：\n\n“要认真总结经验。”\n\n", ["钟声", "山区新貌"]),
    ("同志们：\n\n今天我们在这里隆重集会。\n\n我们一定要把农业搞上去。\n\n", ["焦裕禄", "县委书记的好榜样"]),
])
def test_word_over_next_title_heads_the_next_article(above: str, heads: list[str]) -> None:
    """A word over the next article's title (a kicker) or over its subtitle (its title) under a
    speech, a notice or a news story stays that article's heading: it signs nothing above it."""
    arts = _articles(f"{above}{heads[0]}\n\n{heads[1]}\n\n{NEXT_LEAD}")
    assert signed_texts(arts[-2]) == []
    assert own_heads(arts[-1]) == heads


@pytest.mark.parametrize("heads", [
    ["林海", "雪原上的新一代"], ["红旗渠", "——林县人民战天斗地"], ["焦裕禄", "县委书记的好榜样"],
])
def test_letter_keeps_its_own_article_and_the_next_keeps_its_heads(heads: list[str]) -> None:
    """Under a letter too, a dictionary word over a title, or a title over a subtitle, heads the next
    article: the letter is an article of its own, unsigned."""
    arts = _articles(f"{LETTER_AFTER}{heads[0]}\n\n{heads[1]}\n\n{NEXT_LEAD}")
    assert len(arts) == 3
    assert own_heads(arts[1]) == ["读者来信"] and all_paragraphs(arts[1]) == ["编辑同志：", LETTER]
    assert signed_texts(arts[1]) == []
    assert own_heads(arts[2]) == heads


@pytest.mark.parametrize(("page", "paragraph"), [
    (QUOTED, QUOTE_JOINED),
    (f"{QUOTED}王丽\n", QUOTE_JOINED),
    (f"{NEWS}他号召社员同志们：\n\n一定要把农业搞上去。\n", "他号召社员同志们：一定要把农业搞上去。"),
    ("新界東北發展進入新階段\n\n【本報訊】政府昨日公布新界東北發展計劃的最新進展，預計明年動工。\n\n"
     "各位市民：\n\n政府呼籲市民注意安全。\n\n黎明\n", "各位市民：政府呼籲市民注意安全。"),
])
def test_quotation_or_address_inside_news_runs_on_and_signs_nothing(page: str, paragraph: str) -> None:
    """An introduction to words quoted (`毛主席教导我们：`, `他号召社员同志们：`) or an address inside a
    news story is no letter's salutation: it runs on into the sentence under it, and a name under
    the story is not its signer (an article of its own, as before)."""
    arts = _articles(page)
    assert paragraph in all_paragraphs(arts[0])
    assert signed_texts(arts[0]) == []


def test_name_under_a_speech_is_not_its_signer() -> None:
    """A speech opens with an address to the hall (`同志们：`), no letter's salutation: a name under it
    at the page's end is not its signer, as before."""
    arts = _articles(f"{SPEECH}王丽\n")
    assert signed_texts(arts[0]) == []
    assert own_heads(arts[-1]) == ["王丽"]
