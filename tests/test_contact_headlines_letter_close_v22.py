"""Headlines opening with a contact word, and a short letter's close, in flat text (v22, F2).

- A headline opening with a contact label glued to words (`热线连着民心`, `电话会议部署春耕`) was page
  furniture (`fw type="contact"`): its article had no title and the plain text lost the headline.
  A contact line gives a number, an address, an e-mail or a site after its label; words that are no
  such value make a headline. The paper's contact lines stay furniture.
- A short reader's letter with no full stop (`编辑同志：` / `…希望有关部门尽快修好` / `此致` /
  `敬礼！`) became an empty article titled `敬礼！`, its last line and `此致` as kickers; printed in
  one block, its close was glued to the sentence (`…修好此致`).
"""

from __future__ import annotations

import json

import pytest

import layoutfix

LEAD = "本报讯 市区新建的一座大桥昨日正式通车。大桥全长八百米。"
ARTICLE = f"新桥通车\n\n{LEAD}\n\n"


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _txt(page: str) -> str:
    """The plain text `convert` writes for the flat page `page`."""
    return layoutfix.convert(page.encode(), fmt="txt").output


# --- A headline opening with a contact word was furniture, lost from the plain text.


def test_brief_page_keeps_both_headlines_in_txt() -> None:
    page = (
        "热线连着民心\n\n本报讯 市民服务热线开通以来，共受理来电十二万件。\n\n"
        "电话会议部署春耕\n\n本报讯 省政府昨日召开电话会议，部署春耕生产工作。\n"
    )
    data = _json(page)
    assert [a["titles"] for a in data["articles"]] == [["热线连着民心"], ["电话会议部署春耕"]]
    assert data["furniture"] == [] and all(a["furniture"] == [] for a in data["articles"])
    txt = _txt(page)
    assert "热线连着民心" in txt and "电话会议部署春耕" in txt
    tei = layoutfix.convert(page.encode(), fmt="tei").output
    assert 'type="contact"' not in tei


@pytest.mark.parametrize(
    "title",
    ["热线连着民心", "电话会议部署春耕", "传真机走进千家万户", "邮编里的城市变迁", "地址变更公告",
     "网址导航新规出台", "邮箱安全引关注", "电话号码改了", "热线 连着民心",
     # traditional script: no contact label of its own, a title before and after
     "熱線連著民心", "電話會議部署春耕"],
)
def test_headline_opening_with_contact_word_is_a_title(title: str) -> None:
    page = f"{title}\n\n{LEAD}\n"
    data = _json(page)
    assert data["furniture"] == []
    assert data["articles"][0]["titles"] == [title]
    assert data["articles"][0]["furniture"] == []
    assert "no-title" not in data["articles"][0]["flags"]
    assert title in _txt(page)


@pytest.mark.parametrize(
    "line",
    ["热线电话：12345", "电话：0931-8888888 传真：0931-8888889", "邮编：730000", "邮编730000",
     "地址：兰州市城关区南昌路1号", "地址 兰州市城关区南昌路1号", "地址兰州市城关区南昌路1号",
     "E-mail：gsrb@163.com", "新闻热线 12345",
     "电话 0931-8888888", "热线：12345", "电话号码：0931-8888888", "热线号码 12345", "网址 www.gsrb.com",
     "联系电话：0931-8888888", "邮箱地址：gsrb@163.com", "热线"],
)
def test_contact_line_at_the_foot_stays_furniture(line: str) -> None:
    """Must-keep: the paper's contact lines under an article are its furniture, no title."""
    data = _json(ARTICLE + line + "\n")
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"]]
    assert len(data["articles"][0]["furniture"]) == 1
    tei = layoutfix.convert((ARTICLE + line + "\n").encode(), fmt="tei").output
    assert '<fw type="contact">' in tei


@pytest.mark.parametrize("line", ["本报热线 96111", "本报热线：96111", "本报电话 0931-8888888"])
def test_papers_own_contact_line_is_furniture(line: str) -> None:
    """`本报热线 96111` at the foot was the title of an empty article: 本报 before the label."""
    data = _json(ARTICLE + line + "\n")
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"]]
    assert data["articles"][0]["furniture"] == [line]


def test_papers_own_contact_word_opening_a_headline_is_a_title() -> None:
    data = _json(f"本报热线连着民心\n\n{LEAD}\n")
    assert data["articles"][0]["titles"] == ["本报热线连着民心"]


def test_contact_line_with_hanzi_value_after_colon_stays_furniture() -> None:
    """A colon after the label is a field's, whatever words its value holds."""
    data = _json(ARTICLE + "地址：兰州市城关区\n")
    assert data["articles"][0]["furniture"] == ["地址：兰州市城关区"]


# --- A short letter with no full stop: its last words and close were an empty article's headings.

WORDS = "我家楼下的路灯坏了半个月，希望有关部门尽快修好"
NEXT = "新桥通车\n\n本报讯 市区新建的一座大桥昨日正式通车。\n"


@pytest.mark.parametrize(
    ("page", "close"),
    [(f"编辑同志：\n\n{WORDS}\n\n此致\n\n敬礼！\n", ["此致", "敬礼！"]),
     (f"编辑同志：\n\n{WORDS}\n\n此致敬礼！\n", ["此致敬礼！"]),
     (f"路灯何时亮\n\n编辑同志：\n\n{WORDS}\n\n此致\n\n敬礼！\n", ["此致", "敬礼！"]),
     (f"编辑同志：\n\n我是一名退休工人。\n\n{WORDS}\n\n此致\n\n敬礼！\n", ["此致", "敬礼！"]),
     (f"编辑同志：\n\n{WORDS}\n\n此致\n\n敬礼！\n\n{NEXT}", ["此致", "敬礼！"]),
     (f"编辑同志：\n{WORDS}\n\n此致\n敬礼！\n", ["此致\n敬礼！"])],
)
def test_short_letter_without_full_stop_keeps_its_text_and_close(page: str, close: list[str]) -> None:
    data = _json(page)
    letter = data["articles"][0]
    texts = [p["text"] for p in letter["paragraphs"]]
    assert texts[-len(close):] == close
    assert any(WORDS in t for t in texts[: -len(close)])
    assert letter["kicker"] == []
    assert all(a["titles"] != [close[-1]] for a in data["articles"])
    assert "empty" not in " ".join(f for a in data["articles"] for f in a["flags"])
    assert len(data["articles"]) == (2 if NEXT in page else 1)


def test_short_letter_with_signer_signs_it() -> None:
    data = _json(f"路灯何时亮\n\n编辑同志：\n\n{WORDS}\n\n此致\n\n敬礼！\n\n读者 王丽\n\n{NEXT}")
    assert [a["titles"] for a in data["articles"]] == [["路灯何时亮"], ["新桥通车"]]
    letter = data["articles"][0]
    assert [p["text"] for p in letter["paragraphs"]] == ["编辑同志：", WORDS, "此致", "敬礼！"]
    assert letter["signature"] == "读者 王丽"
    assert data["articles"][1]["kicker"] == []


def test_letter_in_one_block_keeps_the_break_before_its_close() -> None:
    """One block of lines: the break before `此致` is no wrap of the sentence (`…修好此致`)."""
    page = f"编辑同志：\n{WORDS}\n此致\n敬礼！\n"
    txt = _txt(page)
    assert f"{WORDS}\n此致\n敬礼！" in txt and "修好此致" not in txt
    text = _json(page)["articles"][0]["paragraphs"][-1]["text"]
    assert text == f"编辑同志：\n{WORDS}\n此致\n敬礼！"


def test_wrapped_sentence_still_joins() -> None:
    """Must-keep: a paragraph wrapped at the column joins; only a close's line keeps its break."""
    page = ("新桥通车\n\n本报讯 市区新建的一座大桥昨日正式通车，大桥全长八百米，双向六车道，\n"
            "此致力于缓解交通压力的工程历时三年。\n")
    assert "双向六车道，此致力于缓解交通压力的工程历时三年。" in _txt(page)


@pytest.mark.parametrize("title", ["敬礼英雄", "此致敬礼的背后"])
def test_headline_holding_close_words_stays_a_title(title: str) -> None:
    data = _json(f"{title}\n\n{LEAD}\n")
    assert data["articles"][0]["titles"] == [title]


def test_two_line_headline_over_a_byline_stays_a_title() -> None:
    """Must-keep: a title of two lines is no letter (no salutation opens it)."""
    data = _json(f"凝心聚力谋发展\n砥砺奋进新征程\n\n{LEAD}\n")
    assert data["articles"][0]["titles"] == ["凝心聚力谋发展\n砥砺奋进新征程"]
