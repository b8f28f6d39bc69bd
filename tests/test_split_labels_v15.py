"""A stray OCR space inside a reporter label, and the fields of contact and keyword lines (v15).

1. A stray space the OCR put between two hanzi of a reporter label (`通 讯员 张强 近日，…`,
   `本 报记者 王丽 近日，…`) stopped the spaced byline from being read: the spacing step removed every
   space, the gap before the lead too (`通讯员张强近日，…`), and `convert` gave the byline to the
   paragraph. The labels are a closed list, so the stray space goes and the byline's gaps stay; the
   hanzi after the label must still name a person (`记 者会上，…`, `通 讯员 培训班…` are prose).
2. On a contact line under a paragraph (`咨询电话 0931-8612345 联系人 王女士`) a contact person's label lost
   the space standing for its colon (`联系人王女士`), and `联系方式 0931-8612345` lost its space, where the
   phone labels keep theirs. In a sentence the spaces go as before.
3. In `convert`, a line of keywords after an article's text (`关键词：乡村振兴 基层治理`) read as a
   headline and became an article of its own (a `＊＊＊` line before it in the plain text); under the
   title it made the title a kicker. The TEI profile has no place for an article's keywords, so the
   line is a paragraph of the article; a title after it still starts the next article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli_pages import convert_txt, normalize_logged, space_edits
from layoutfix.normalize.steps import normalize_text

LEAD = "近日，全市召开会议，部署秋冬季农业生产工作。"


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text).text
    assert normalize_text(once).text == once
    return once


# --- 1. a stray space inside a reporter label -------------------------------------------------------

#: A byline opening the lead paragraph, a label broken by a stray space, and what `normalize` gives.
SPLIT_OPENING_LABELS = [
    ("通 讯员 张强", "通讯员 张强"),
    ("本 报记者 王丽", "本报记者 王丽"),
    ("本报 记者 王丽", "本报记者 王丽"),
    ("本报记 者 王丽", "本报记者 王丽"),
    # `通讯` before the stray space reads as no dateline (`本报定西讯`), whose gap would stay
    ("通讯 员 王丽", "通讯员 王丽"),
    ("见习记 者 李华", "见习记者 李华"),
    ("特约 通讯员 张强 李华", "特约通讯员 张强 李华"),
    ("□本 报记者 王丽", "□本报记者 王丽"),
    # a name padded to three hanzi as well: both spaces go
    ("通 讯员 张 强", "通讯员 张强"),
    # a further field's label
    ("本报记者 王丽 通 讯员 张强", "本报记者 王丽 通讯员 张强"),
    ("本 报记者 王丽 见习记 者 李华", "本报记者 王丽 见习记者 李华"),
    # traditional characters, read through the simplified view
    ("本 報記者 王麗", "本報記者 王麗"),
    ("通訊 員 張強", "通訊員 張強"),
    ("本報記者 王麗 通 訊員 張強", "本報記者 王麗 通訊員 張強"),
]


@pytest.mark.parametrize(("byline", "fixed"), SPLIT_OPENING_LABELS)
def test_a_stray_space_inside_a_label_goes_and_the_byline_keeps_its_gaps(
    tmp_path: Path, byline: str, fixed: str
) -> None:
    """Before, `通 讯员 张强 近日，…` gave `通讯员张强近日，…`: every space went, the lead's gap too."""
    out, edits = normalize_logged(tmp_path, f"{byline} {LEAD}\n")
    assert out == f"{fixed} {LEAD}\n"
    assert len(space_edits(edits)) == byline.count(" ") - fixed.count(" ")
    assert normalize_text(out).text == out


@pytest.mark.parametrize(("byline", "fixed"), SPLIT_OPENING_LABELS[:6])
def test_convert_cuts_the_byline_a_stray_space_broke(tmp_path: Path, byline: str, fixed: str) -> None:
    """Before, the byline was the paragraph's first words (`通讯员张强近日，…`) and the article had none."""
    out, _log = convert_txt(tmp_path, f"全市召开会议\n\n{byline} {LEAD}\n", "json")
    (article,) = json.loads(out)["articles"]
    assert article["byline"] == [fixed]
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]


@pytest.mark.parametrize(("page", "fixed"), [
    # a byline line under Taiwan's, over the lead or ending the block
    ("記者王麗／台北報導\n通 讯员 张强\n市府今天宣布新政策。",
     "記者王麗／台北報導\n通讯员 张强\n市府今天宣布新政策。"),
    ("記者王麗／台北報導\n通 讯员 张强", "記者王麗／台北報導\n通讯员 张强"),
    # a byline line above the lead in its block, under a title line or another byline line
    (f"全市召开会议\n通 讯员 张强\n{LEAD}", f"全市召开会议\n通讯员 张强\n{LEAD}"),
    (f"本报记者 王丽\n通 讯员 张强\n{LEAD}", f"本报记者 王丽\n通讯员 张强\n{LEAD}"),
    # a byline block of its own
    (f"全市召开会议\n\n通 讯员 张强、李华\n\n{LEAD}", f"全市召开会议\n\n通讯员 张强、李华\n\n{LEAD}"),
])
def test_a_byline_line_keeps_its_gaps_when_its_label_holds_a_stray_space(
    tmp_path: Path, page: str, fixed: str
) -> None:
    """Before, `記者王麗／台北報導` / `通 讯员 张强` gave `…` / `通讯员张强`."""
    out, edits = normalize_logged(tmp_path, page + "\n")
    assert out == fixed + "\n"
    assert len(space_edits(edits)) == page.count(" ") - fixed.count(" ")
    assert normalize_text(out).text == out


@pytest.mark.parametrize(("text", "fixed"), [
    # the hanzi after the label spell words, no name: prose, whose stray spaces go
    ("记 者会上，发言人表示。", "记者会上，发言人表示。"),
    ("记 者 会上，发言人表示。", "记者会上，发言人表示。"),
    ("通 讯员工作会议 近日召开。", "通讯员工作会议近日召开。"),
    ("通 讯员 培训班 近日开班。", "通讯员培训班近日开班。"),
    ("实习 生活 很充实 大家都说好。", "实习生活很充实大家都说好。"),
    # a label after a byline's name, prose after it: the byline ends at the name
    ("本报记者 王丽 记 者会上，发言人表示。", "本报记者 王丽 记者会上，发言人表示。"),
    # a label in the paragraph: running text
    (f"本报记者 王丽 {LEAD}记 者 张强 来到现场。", f"本报记者 王丽 {LEAD}记者张强来到现场。"),
])
def test_a_stray_space_after_a_label_in_prose_still_goes(text: str, fixed: str) -> None:
    assert normalised_once(text) == fixed


#: Labels, names and leads the property test below draws from.
LABELS = ("本报记者", "记者", "通讯员", "见习记者", "特约通讯员", "本报通讯员", "融媒体记者", "实习生")
NAMES = ("王丽", "张强", "欧阳晓明", "李华", "王丽、李华")
LEADS = (LEAD, "日前，市政府召开常务会议。", "“十四五”以来，全省粮食产量稳定。")


@st.composite
def split_label_bylines(draw: st.DrawFn) -> tuple[str, str]:
    """A spaced byline whose label holds one stray space (a plain space or an ideographic one), with
    its lead, and the text `normalize` should give."""
    label = draw(st.sampled_from(LABELS))
    at = draw(st.integers(min_value=1, max_value=len(label) - 1))
    stray = draw(st.sampled_from(("\u0020", "\u3000")))
    name, lead = draw(st.sampled_from(NAMES)), draw(st.sampled_from(LEADS))
    return f"{label[:at]}{stray}{label[at:]} {name} {lead}", f"{label} {name} {lead}"


@settings(max_examples=60, deadline=None)
@given(split_label_bylines())
def test_a_split_label_byline_normalises_once_to_its_fields(pair: tuple[str, str]) -> None:
    text, fixed = pair
    assert normalised_once(text) == fixed


# --- 2. a contact person's label on a contact line ---------------------------------------------------

PARAGRAPH = "城关区雁滩路商铺出租，120平方米，临街。"

#: Contact lines under a paragraph in its block (no sentence punctuation on the line itself).
CONTACT_LINES = [
    "咨询电话 0931-8612345 联系人 王女士",
    "联系电话 0931-8612345 联系人 张先生",
    "联系人 王女士 咨询电话 0931-8612345",
    "联络人 李经理 手机 13912345678",
    "地址：兰州市城关区 联系人 王女士 电话：0931-8612345",
    "联系方式 0931-8612345",
    "聯繫人 王女士 諮詢電話 0931-8612345",
]


@pytest.mark.parametrize("line", CONTACT_LINES)
def test_a_contact_label_keeps_its_space_on_a_contact_line(tmp_path: Path, line: str) -> None:
    """Before, `咨询电话 0931-8612345 联系人 王女士` under the paragraph became `…联系人王女士`, and
    `联系方式 0931-8612345` became `联系方式0931-8612345`."""
    page = f"{PARAGRAPH}\n{line}\n"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(edits) == []


@pytest.mark.parametrize(("text", "fixed"), [
    # running text: the contact's fields are a sentence's words
    ("请联系人 王女士 咨询。", "请联系人王女士咨询。"),
    (f"{PARAGRAPH}\n联系人 王女士，电话 0931-8612345。", f"{PARAGRAPH}\n联系人王女士，电话0931-8612345。"),
    # no phone number on the line: no contact line to read
    (f"{PARAGRAPH}\n联系人 王女士", f"{PARAGRAPH}\n联系人王女士"),
    # the label glued to the word before it is no token of its own
    (f"{PARAGRAPH}\n请联系人 王女士 0931-8612345", f"{PARAGRAPH}\n请联系人王女士0931-8612345"),
])
def test_spaces_beside_a_contact_word_in_running_text_still_go(text: str, fixed: str) -> None:
    assert normalised_once(text) == fixed


# --- 3. a keyword line belongs to its article --------------------------------------------------------

TITLE = "全市召开会议部署秋冬季农业生产"
NEXT_TITLE = "全省秋粮收获进度过半"

#: Keyword lines, in either script, their terms set apart by spaces, 、 or ；.
KEYWORD_LINES = [
    "关键词：乡村振兴 基层治理",
    "关键词：乡村振兴、基层治理、数字化",
    "【关键词】乡村振兴 基层治理",
    "主题词：秋粮 冬种",
    "标签：非遗 传承",
    "關鍵詞：鄉村振興 基層治理",
]


def articles(tmp_path: Path, page: str) -> list[dict[str, object]]:
    out, _log = convert_txt(tmp_path, page, "json")
    found: list[dict[str, object]] = json.loads(out)["articles"]
    return found


def paragraphs(article: dict[str, object]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]  # type: ignore[attr-defined,index]


@pytest.mark.parametrize("line", KEYWORD_LINES)
def test_a_keyword_line_after_the_text_is_a_paragraph_of_the_article(tmp_path: Path, line: str) -> None:
    """Before, the line was the title of a second, empty article, with `＊＊＊` before it in the text."""
    page = f"{TITLE}\n\n本报记者 王丽\n\n{LEAD}\n\n{line}\n"
    (article,) = articles(tmp_path, page)
    assert article["titles"] == [TITLE]
    assert paragraphs(article) == [LEAD, line]
    out, _log = convert_txt(tmp_path, page)
    assert "＊＊＊" not in out


@pytest.mark.parametrize("line", KEYWORD_LINES[:3])
def test_a_keyword_line_under_the_title_is_a_paragraph_of_the_article(tmp_path: Path, line: str) -> None:
    """Before, the title became the kicker and the keyword line the title."""
    (article,) = articles(tmp_path, f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    assert (article["kicker"], article["titles"]) == ([], [TITLE])
    assert paragraphs(article) == [line, LEAD]
    # a byline under the keyword line is the same article's
    (article,) = articles(tmp_path, f"{TITLE}\n\n{line}\n\n本报记者 王丽\n\n{LEAD}\n")
    assert (article["kicker"], article["titles"], article["byline"]) == ([], [TITLE], ["本报记者 王丽"])
    assert paragraphs(article) == [line, LEAD]


def test_a_keyword_line_between_paragraphs_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    """Before, `关键词：高洁 江山` there was a subhead; it joins neither paragraph beside it."""
    line = "关键词：高洁 江山"
    (article,) = articles(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{line}\n\n会议要求各地抓好落实。\n")
    assert (article["subheads"], paragraphs(article)) == ([], [LEAD, line, "会议要求各地抓好落实。"])


def test_a_title_after_a_keyword_line_starts_the_next_article(tmp_path: Path) -> None:
    first, second = articles(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{KEYWORD_LINES[0]}\n\n{NEXT_TITLE}\n\n{LEAD}\n")
    assert (first["titles"], paragraphs(first)) == ([TITLE], [LEAD, KEYWORD_LINES[0]])
    assert (second["titles"], second["kicker"], paragraphs(second)) == ([NEXT_TITLE], [], [LEAD])


@pytest.mark.parametrize("heading", ["关键词：担当", "年度关键词 奋斗", "标签云 点亮生活", "主题词与关键词"])
def test_headings_naming_keywords_stay_titles(tmp_path: Path, heading: str) -> None:
    """One term after the label, or no label opening the line: a headline's forms."""
    (article,) = articles(tmp_path, f"{heading}\n\n{LEAD}\n")
    assert article["titles"] == [heading]
