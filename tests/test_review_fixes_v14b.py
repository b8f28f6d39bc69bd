"""Fixes from the review of the fourteenth session's second round: a bracketed end note under a
signature, the gaps between data fields after a mid-line label, and a lone date between two
entries of a chronicle.

Before: `（记者 王丽）` / `（本报综合）` / a title printed `（本报综合）` as the next article's kicker;
`normalize` of `第三场 1600米 胜出马匹：金多宝 第四场 1200米` gave `…金多宝第四场1200米`.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest

from cli_pages import convert_stdin
from layoutfix.normalize.steps import normalize_text

TEXT = "近日，全市召开会议，部署工作。"
NEXT_TEXT = "本报讯 10月10日，农民正在收割玉米。"


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


# --- 1. an end note under a signature --------------------------------------------------------------

END_NOTES = ["（本报综合）", "（王丽 整理）", "（完）", "（据新华社电）"]


@pytest.mark.parametrize("note", END_NOTES)
def test_an_end_note_under_a_signature_stays_with_the_signed_article(note: str) -> None:
    page = f"标题一\n\n{TEXT}\n\n（记者 王丽）\n\n{note}\n\n标题二\n\n{NEXT_TEXT}\n"
    first, second = _articles(page)
    assert first["titles"] == ["标题一"]
    assert first["signature"] == "（记者 王丽）"
    assert _paragraphs(first) == [TEXT, note]
    assert second["titles"] == ["标题二"] and second["kicker"] == []
    assert second["flags"] == []
    txt = convert_stdin(page, "-f", "txt")
    assert txt.count("＊＊＊") == 1
    assert txt.index(note) < txt.index("＊＊＊") < txt.index("标题二")
    assert f'<head type="kicker">{note}</head>' not in convert_stdin(page, "-f", "tei")


@pytest.mark.parametrize("note", END_NOTES)
def test_an_end_note_under_a_signature_ending_the_page(note: str) -> None:
    """Before, the note was an article of its own (flagged no-title, ＊＊＊ before it)."""
    page = f"标题一\n\n{TEXT}\n\n（记者 王丽）\n\n{note}\n"
    (article,) = _articles(page)
    assert _paragraphs(article) == [TEXT, note]
    assert "＊＊＊" not in convert_stdin(page, "-f", "txt")


def test_an_end_note_under_the_text_stays_its_last_paragraph() -> None:
    """A guard: right under the text the note already closed its article."""
    page = f"标题一\n\n{TEXT}\n\n（本报综合）\n\n标题二\n\n{NEXT_TEXT}\n"
    first, second = _articles(page)
    assert _paragraphs(first) == [TEXT, "（本报综合）"]
    assert second["kicker"] == []


def test_bracketed_words_after_a_signature_and_an_ornament_are_a_kicker() -> None:
    """A guard: an ornament line ends the signed article; what stands after it opens the next."""
    page = f"标题一\n\n{TEXT}\n\n（记者 王丽）\n\n＊＊＊\n\n（受权发布）\n\n标题二\n\n{NEXT_TEXT}\n"
    first, second = _articles(page)
    assert _paragraphs(first) == [TEXT]
    assert second["kicker"] == ["（受权发布）"]


def test_bracketed_words_under_a_signature_over_text_open_an_article() -> None:
    """A guard: with text under them the words are left as they were (an article's first text)."""
    page = f"标题一\n\n{TEXT}\n\n（记者 王丽）\n\n（本报综合）\n\n农民正在收割玉米。\n"
    first, second = _articles(page)
    assert _paragraphs(first) == [TEXT]
    assert _paragraphs(second) == ["（本报综合）", "农民正在收割玉米。"]


# --- 2. data fields after a label in the middle of a line ------------------------------------------

#: Race cards and odds: the fields after a mid-line label's value keep their gaps, as the line's
#: first ones do (`第一場 1200米`).
MID_LINE_LABELS = [
    "第三场 1600米 胜出马匹：金多宝 第四场 1200米",
    "第三場 1600米 勝出馬匹：金多寶 第四場 1200米",
    "第三场 1600米 胜出马匹：金多宝 第四场 1200米 胜出马匹：好运来",
    "第一场 1200米 赔率：3.5倍 2.1倍",
]


@pytest.mark.parametrize("line", MID_LINE_LABELS)
def test_data_fields_after_a_mid_line_label_keep_their_gaps(line: str) -> None:
    result = normalize_text(line)
    assert result.text == line
    assert result.edits == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # a label opening the line may head several words: the glued field goes with them, but two
        # amounts of one unit keep the gap between them (41f24fe): `80元120元` reads as one number
        ("门票：成人 80元 120元 学生半价", "门票：成人80元 120元学生半价"),
        # a name after a mid-line label before a word, no data field: the stray space goes
        ("第一场 1200米 胜出马匹：金多宝 好运", "第一场 1200米 胜出马匹：金多宝好运"),
    ],
)
def test_gaps_beside_no_data_field_still_go_once(text: str, fixed: str) -> None:
    once = normalize_text(text).text
    assert once == fixed
    assert normalize_text(once).text == once


# --- 3. a lone date over the next heading ------------------------------------------------------------

#: A chronicle (大事记): each entry's date over its title, under the entry before.
CHRONICLE = [
    ("2023年10月1日", "国庆假期首日", "全市景区接待游客12万人次，同比增长15%。"),
    ("2023年10月2日", "兰州马拉松开跑", "3万名选手参加比赛，赛事平稳有序。"),
    ("2023年10月3日", "黄河灯会开幕", "灯会持续至10月8日。"),
]


@pytest.mark.parametrize("top", ["", "本月大事记\n\n"])
def test_a_chronicles_dates_close_no_entry(top: str) -> None:
    page = top + "".join(f"{date}\n\n{title}\n\n{text}\n\n" for date, title, text in CHRONICLE)
    articles = _articles(page)
    assert [a["signature"] for a in articles] == [None] * len(articles)
    texts = [t for a in articles for t in _paragraphs(a)]
    assert texts == [text for _, _, text in CHRONICLE]
    txt = convert_stdin(page, "-f", "txt")
    for (_, _, text), (date, _, _) in itertools.pairwise(CHRONICLE):
        assert f"{text}\n\n{date}" not in txt  # no date closes the entry above it


#: How a notice's or a letter's text ends: a notice's formula, a complimentary close.
NOTICE_ENDS = ["特此通知。", "特此公告！", "为此，特此声明。", "此致敬礼！", "\n此致\n敬礼！"]


@pytest.mark.parametrize("formula", NOTICE_ENDS)
def test_a_date_under_a_notices_formula_closes_it_over_the_next_title(formula: str) -> None:
    """A guard: under a notice's last sentence the date is its closing date, whatever follows."""
    page = (f"关于调整部分公交线路的公告\n\n为方便市民出行，决定调整线路。{formula}\n\n2023年10月12日\n\n"
            "关于暂停办理业务的通知\n\n因系统升级，10月14日暂停办理业务。\n")
    first, second = _articles(page)
    assert first["signature"] == "2023年10月12日"
    assert second["titles"] == ["关于暂停办理业务的通知"]


def test_a_date_under_the_text_ending_the_page_still_closes_it() -> None:
    """A guard: with nothing after it for it to head, a date under any paragraph closes it."""
    page = f"秋日随笔\n\n{TEXT}\n\n2023年10月12日\n"
    (article,) = _articles(page)
    assert article["signature"] == "2023年10月12日"
