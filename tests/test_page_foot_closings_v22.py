"""Page-foot furniture and letter closings in flat text (walk-through W10, v22).

A corpus researcher converting flat-text pages found lines at an article's end read wrongly:
- a page number in hanzi numerals at the page's foot (`第一版`, `第十二版`, `第一版 要闻`; also
  `第4版 要闻`) became the title of an empty article, which took the closing date line above it
  from the editorial it closes (the date vanished from the plain text); `第1版` there was furniture
  and the date the article's signature. Now both are read alike, at the head of a page too.
"""

from __future__ import annotations

import json

import pytest

import layoutfix

EDITORIAL = (
    "社论\n\n抓革命 促生产\n\n当前，全省人民正在认真学习中共中央的决定。各级领导干部要正确处理革命和"
    "生产的关系。\n\n广大工人、贫下中农要坚守生产岗位，努力完成国家计划。\n\n1966年8月8日\n\n"
)
NEXT = "新桥通车\n\n本报讯 市区新建的一座大桥昨日正式通车。大桥全长八百米。\n"


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _txt(page: str) -> str:
    """The plain text `convert` writes for the flat page `page`."""
    return layoutfix.convert(page.encode(), fmt="txt").output


#: Page footers under the editorial's closing date, and the page each states.
FOOTERS = [("第一版", 1), ("第十二版", 12), ("第一版 要闻", 1), ("第三版 国际", 3), ("第4版 要闻", 4),
           ("第1版", 1)]


@pytest.mark.parametrize(("footer", "page"), FOOTERS)
def test_page_footer_is_furniture_and_date_signs(footer: str, page: int) -> None:
    data = _json(EDITORIAL + footer + "\n")
    assert [a["titles"] for a in data["articles"]] == [["抓革命 促生产"]]
    article = data["articles"][0]
    assert article["signature"] == "1966年8月8日"
    assert article["furniture"] == [footer]
    assert data["page"] == page
    txt = _txt(EDITORIAL + footer + "\n")
    assert "1966年8月8日" in txt and "＊＊＊" not in txt


@pytest.mark.parametrize(("hanzi", "digits"), [("第一版", "第1版"), ("第十二版", "第12版")])
def test_page_line_between_articles_reads_as_its_digits_do(hanzi: str, digits: str) -> None:
    """Between two articles the page line is furniture too, as `第1版` is, no kicker of the next."""
    data = _json(EDITORIAL + hanzi + "\n\n" + NEXT)
    twin = _json(EDITORIAL + digits + "\n\n" + NEXT)
    assert json.dumps(data, ensure_ascii=False).replace(hanzi, digits) == json.dumps(twin, ensure_ascii=False)
    assert data["articles"][1]["kicker"] == []


@pytest.mark.parametrize(("head", "page"), [("第一版", 1), ("第一版 要闻", 1), ("第十二版 国际", 12)])
def test_page_head_in_hanzi_numerals_is_the_running_head(head: str, page: int) -> None:
    data = _json(f"{head}\n\n{NEXT}")
    assert (data["furniture"], data["page"]) == ([head], page)
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"]]
    assert data["articles"][0]["kicker"] == []


def test_headline_naming_a_page_stays_a_title_at_the_foot() -> None:
    data = _json(EDITORIAL + "第一版的故事\n")
    assert [a["titles"] for a in data["articles"]] == [["抓革命 促生产"], ["第一版的故事"]]
    assert data["furniture"] == [] and data["articles"][1]["furniture"] == []


def test_headline_naming_a_page_stays_a_title_at_the_head() -> None:
    data = _json("第一版的故事\n\n本报讯 这是他在第一版发表的第一篇文章。\n")
    assert (data["furniture"], data["page"]) == ([], None)
    assert data["articles"][0]["titles"] == ["第一版的故事"]


def test_sentence_naming_a_page_stays_text() -> None:
    data = _json(EDITORIAL.replace("1966年8月8日\n\n", "") + "他在第一版发表文章。\n")
    paragraphs = [p["text"] for p in data["articles"][0]["paragraphs"]]
    assert paragraphs[-1] == "他在第一版发表文章。"
    assert data["page"] is None


def test_table_of_contents_entries_stay_headings() -> None:
    """`目录` over its entries: no text above them, so they are no page foot."""
    data = _json("目录\n\n第一版 要闻\n\n第二版 国内\n")
    assert data["furniture"] == [] and data["page"] is None
    article = data["articles"][0]
    assert article["kicker"] + article["titles"] == ["目录", "第一版 要闻", "第二版 国内"]
    assert article["furniture"] == []


# --- Editor credits: `本版责任编辑 周华` (a space, no colon) was the title of an empty article.

ARTICLE = "新桥通车\n\n本报讯 市区新建的一座大桥昨日正式通车。大桥全长八百米。\n\n"


@pytest.mark.parametrize(
    "credit",
    ["本版责任编辑 周华", "本版责任编辑：周华", "责任编辑 周华", "本版编辑 王明 李华", "本版编辑：周华",
     "本版美编 李华", "（本版责任编辑 周华）"],
)
def test_editor_credit_at_the_foot_is_furniture(credit: str) -> None:
    data = _json(ARTICLE + credit + "\n")
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"]]
    assert data["articles"][0]["furniture"] == [credit]
    tei = layoutfix.convert((ARTICLE + credit + "\n").encode(), fmt="tei").output
    assert '<fw type="credit"' in tei and credit in tei


@pytest.mark.parametrize("title", ["编辑部的故事", "编辑部来信"])
def test_headline_opening_with_editor_word_stays_a_title(title: str) -> None:
    data = _json(f"{title}\n\n本报讯 市区新建的一座大桥昨日正式通车。\n")
    assert data["furniture"] == []
    assert data["articles"][0]["titles"] == [title]
    assert data["articles"][0]["furniture"] == []


# --- The paper's desk and its phone: `本报编辑部 电话：５５．６６３１` was a paragraph, its gap removed.

@pytest.mark.parametrize(
    ("line", "printed"),
    [("本报编辑部 电话：５５．６６３１", "本报编辑部 电话：55.6631"),
     ("本报编辑部 电话：55.6631", "本报编辑部 电话：55.6631"),
     ("本报广告部 联系电话：55.6632 传真：55.6633", "本报广告部 联系电话：55.6632 传真：55.6633")],
)
def test_paper_desk_phone_line_is_furniture_with_its_gap(line: str, printed: str) -> None:
    page = ARTICLE + line + "\n"
    data = _json(page)
    article = data["articles"][0]
    assert article["furniture"] == [printed]
    assert all(printed.replace(" ", "") not in p["text"] for p in article["paragraphs"])
    tei = layoutfix.convert(page.encode(), fmt="tei").output
    assert f'<fw type="contact">{printed}</fw>' in tei


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [("本报编辑部 电话采访了他，了解情况。", "本报编辑部电话采访了他，了解情况。"),
     ("本报编辑部电话：55.6631。欢迎读者来电。", "本报编辑部电话：55.6631。欢迎读者来电。")],
)
def test_sentence_naming_the_desk_stays_text(line: str, paragraph: str) -> None:
    data = _json(ARTICLE + line + "\n")
    article = data["articles"][0]
    assert article["furniture"] == []
    assert article["paragraphs"][-1]["text"] == paragraph


def test_headline_naming_the_desk_stays_a_title() -> None:
    data = _json("本报编辑部的故事\n\n本报讯 市区新建的一座大桥昨日正式通车。\n")
    assert data["articles"][0]["titles"] == ["本报编辑部的故事"]


# --- A letter's close printed as two blocks (`此致` / blank / `敬礼`) was joined into `此致敬礼`.

LETTER = "读者来信\n\n编辑同志：\n\n我是一名退休工人，小区门口的路灯坏了很久，希望有关部门尽快修好。\n\n"


@pytest.mark.parametrize(("first", "second"), [("此致", "敬礼"), ("此致", "敬礼！"), ("此复", "敬礼")])
@pytest.mark.parametrize("signer", ["", "读者 刘建国\n"])
def test_complimentary_close_in_two_blocks_stays_two_paragraphs(first: str, second: str, signer: str) -> None:
    """Two lines by convention, printed so: two paragraphs, as the page's blank line sets them apart
    (one block, `此致` / `敬礼！`, stays one paragraph with its line break: docs/tei.md)."""
    page = LETTER + f"{first}\n\n{second}\n" + (f"\n{signer}" if signer else "")
    article = _json(page)["articles"][0]
    assert [p["text"] for p in article["paragraphs"]][-2:] == [first, second]
    assert "incomplete" not in article["flags"]
    assert f"{first}\n\n{second}" in _txt(page)


def test_letter_body_without_full_stop_is_not_glued_to_the_close() -> None:
    last = "我是一名退休工人，最近小区门口的路灯坏了很久，希望有关部门尽快修好"
    page = LETTER.replace("我是一名退休工人，小区门口的路灯坏了很久，希望有关部门尽快修好。", last)
    paragraphs = [p["text"] for p in _json(page + "此致\n\n敬礼！\n")["articles"][0]["paragraphs"]]
    assert paragraphs[-3:] == [last, "此致", "敬礼！"]


def test_complimentary_close_in_one_block_keeps_its_line_break() -> None:
    paragraphs = [p["text"] for p in _json(LETTER + "此致\n敬礼！\n")["articles"][0]["paragraphs"]]
    assert paragraphs[-1] == "此致\n敬礼！"


def test_title_opening_with_the_close_words_stays_a_title() -> None:
    data = _json("致敬礼赞英雄\n\n本报讯 全市各界昨日举行活动，向英雄致敬。\n")
    assert data["articles"][0]["titles"] == ["致敬礼赞英雄"]


def test_sentence_split_before_zhijing_is_still_joined() -> None:
    page = "英雄事迹报告会举行\n\n本报讯 与会代表表示，我们要向英雄\n\n致敬，学习他们的精神。\n"
    paragraphs = [p["text"] for p in _json(page)["articles"][0]["paragraphs"]]
    assert paragraphs == ["与会代表表示，我们要向英雄致敬，学习他们的精神。"]


# --- Review RF1 of the above: what those changes read wrongly, each as rows.

SPEECH = "读者朋友们，本期我们推出专题报道，欢迎大家来信交流。\n"


@pytest.mark.parametrize(
    "title", ["本版主编的话", "本版主编寄语", "本版值班记者手记", "本版校对说明", "本版编辑手记",
              "本版编辑说明"]
)
def test_column_title_opening_with_an_editor_label_stays_a_title(title: str) -> None:
    """An editor's label glued to words, no name, opens a column's title (`本版主编的话`): between two
    articles it is the second's title, its text no paragraph of the first, and it stays in the txt.
    A credit names someone after its label (`本版编辑王丽`, below)."""
    page = ARTICLE + title + "\n\n" + SPEECH
    data = _json(page)
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"], [title]]
    assert data["articles"][0]["furniture"] == []
    assert [p["text"] for p in data["articles"][1]["paragraphs"]] == [SPEECH.strip()]
    assert title in _txt(page)


@pytest.mark.parametrize("title", ["编辑手记", "主编寄语", "编辑札记", "本版编辑部", "编辑何以为家",
                                   "版式设计大赛"])
def test_editor_label_glued_to_words_is_no_furniture(title: str) -> None:
    """Under an article the line heads what follows it, as a subhead (one article, no byline under it)
    or a title; it is no page furniture, and the txt keeps it."""
    page = ARTICLE + title + "\n\n" + SPEECH
    data = _json(page)
    assert all(a["furniture"] == [] for a in data["articles"])
    heads = [h for a in data["articles"] for h in a["titles"] + a["subheads"]]
    assert title in heads
    assert title in _txt(page)


@pytest.mark.parametrize("credit", ["本版编辑王丽", "编辑王丽", "责任编辑王丽", "美编李华", "主编王小明",
                                    "本版编辑王丽 美编李华", "值班主任：王丽", "值班编辑 王丽",
                                    "值班编辑王丽"])
def test_editor_label_glued_to_a_name_is_a_credit(credit: str) -> None:
    data = _json(ARTICLE + credit + "\n")
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"]]
    assert data["articles"][0]["furniture"] == [credit]


@pytest.mark.parametrize("line", ["编辑部电话：55.6631", "编辑部地址：兰州市城关区1号"])
def test_desk_field_glued_to_the_editor_word_is_furniture(line: str) -> None:
    """`编辑部` opens a longer word than the label `编辑`, but a field's label and its colon say a
    contact line."""
    data = _json(ARTICLE + line + "\n")
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"]]
    assert data["articles"][0]["furniture"] == [line]
    paragraphs = [p["text"] for p in data["articles"][0]["paragraphs"]]
    assert paragraphs == ["市区新建的一座大桥昨日正式通车。大桥全长八百米。"]


#: An edition of a book or a document names itself before its part's title (`第二版 前言`).
EDITION_HEADS = ["第二版 前言", "第一版 说明", "第二版 修订说明", "第三版 后记"]
PREFACE = "本书第一版出版以来，受到读者欢迎。这次修订，我们改正了一些错误。\n"


@pytest.mark.parametrize("head", EDITION_HEADS)
def test_edition_and_a_title_at_the_top_stay_the_title(head: str) -> None:
    page = head + "\n\n" + PREFACE
    data = _json(page)
    assert (data["furniture"], data["page"]) == ([], None)
    assert data["articles"][0]["titles"] == [head]
    assert _txt(page).startswith(head + "\n")


@pytest.mark.parametrize("head", EDITION_HEADS)
def test_edition_and_a_title_at_the_foot_stay_in_the_text(head: str) -> None:
    page = ARTICLE + head + "\n"
    data = _json(page)
    assert data["page"] is None
    assert data["articles"][0]["furniture"] == []
    assert head in _txt(page)


@pytest.mark.parametrize(("head", "page"), [("第八版 副刊", 8), ("第二版 国内新闻", 2),
                                             ("第一版 二〇二三年十月十二日", 1), ("第三版 文艺副刊", 3)])
def test_hanzi_page_with_a_section_or_a_date_is_still_the_running_head(head: str, page: int) -> None:
    data = _json(f"{head}\n\n{NEXT}")
    assert (data["furniture"], data["page"]) == ([head], page)
    foot = _json(ARTICLE + head + "\n")
    assert foot["articles"][0]["furniture"] == [head]


@pytest.mark.parametrize(
    ("split", "joined"),
    [("阅兵式上，受阅部队官兵整齐划一地向检阅台\n\n敬礼！", "阅兵式上，受阅部队官兵整齐划一地向检阅台敬礼！"),
     ("我代表全楼居民向辛勤工作的环卫工人\n\n敬礼！", "我代表全楼居民向辛勤工作的环卫工人敬礼！"),
     ("全体官兵向国旗\n\n敬礼", "全体官兵向国旗敬礼")],
)
def test_sentence_split_before_jingli_is_joined(split: str, joined: str) -> None:
    """`敬礼！` alone closes a letter only after `此致`: after words it ends their sentence."""
    page = "国庆阅兵\n\n本报讯 " + split + "\n"
    paragraphs = [p["text"] for p in _json(page)["articles"][0]["paragraphs"]]
    assert paragraphs == [joined]


@pytest.mark.parametrize(
    "line",
    ["本报编辑部 电话：12345 欢迎读者来电反映情况", "本报编辑部 电话：55.6631 请读者踊跃投稿",
     "本报广告部 电话：55.6632 本周起暂停营业"],
)
def test_desk_phone_line_with_words_after_it_keeps_them_in_the_text(line: str) -> None:
    page = ARTICLE + line + "\n"
    data = _json(page)
    assert all(line not in a["furniture"] for a in data["articles"])
    words = line.split()[-1]
    assert words in _txt(page)


@pytest.mark.parametrize(
    "line",
    ["本报编辑部 电话：55.6631 55.6632", "本报编辑部 电话：0931-8612345转8001 邮箱：bjb@gsrb.com",
     "本报编辑部 电话：55.6631 联系人：王女士", "本报编辑部 电话：55.6631 地址：兰州市城关区1号"],
)
def test_desk_phone_line_with_more_contact_fields_is_furniture(line: str) -> None:
    data = _json(ARTICLE + line + "\n")
    assert data["articles"][0]["furniture"] == [line]


@pytest.mark.parametrize("credit", ["版式设计 李华", "值班编委 王丽", "值班总编 王丽", "值班主任 王丽",
                                    "美编设计 李华", "编辑助理 王丽", "本版值班编委 王丽"])
def test_longer_editor_label_and_a_spaced_name_between_articles_is_a_credit(credit: str) -> None:
    """A longer label, a space, then the name (review RF1b: was the next article's kicker)."""
    data = _json(ARTICLE + credit + "\n\n" + NEXT)
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"], ["新桥通车"]]
    assert [a["kicker"] for a in data["articles"]] == [[], []]
    assert credit not in _txt(ARTICLE + credit + "\n\n" + NEXT)


@pytest.mark.parametrize("title", ["编辑手记 春天的故事", "主编寄语 新年快乐"])
def test_editor_column_and_spaced_words_stay_a_title(title: str) -> None:
    assert title.replace(" ", "") in _txt(ARTICLE + title + "\n\n" + NEXT).replace(" ", "")


@pytest.mark.parametrize(("head", "page"), [("第四版 文艺", 4), ("第三版 广告", 3), ("第八版 画刊", 8)])
def test_hanzi_page_with_a_running_head_name_is_the_running_head(head: str, page: int) -> None:
    """A page's name running heads print (review RF1b: was the first article's kicker)."""
    data = _json(f"甘肃日报\n\n1966年8月8日 星期一\n\n{head}\n\n" + NEXT)
    assert data["page"] == page
    assert data["articles"][0]["kicker"] == []
    assert head not in _txt(f"甘肃日报\n\n1966年8月8日 星期一\n\n{head}\n\n" + NEXT)
