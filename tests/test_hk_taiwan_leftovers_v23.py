"""Hong Kong's and Taiwan's leftovers of the twenty-third session (helper H2).

Each case is a small flat-text page converted as a user would (JSON, TEI, normalised text).
"""

from __future__ import annotations

import pytest

from test_datelines_v21 import SECOND, TITLE, _hanzi, _json, _normalized, _tei

# 1. Taiwan's spelling 報導 of the verb of report after a wire's 電 reads as 報道 does.

#: A wire's dispatch followed by what its report says, in Taiwan's spelling 報導 (报导). Before, the
#: dated ones were a byline over a paragraph opening with the verb (`中央社台北12日電` / `報導說，…`),
#: where 報道說 was one sentence.
TAIWAN_REPORT_SENTENCES = [
    "中央社台北12日電 報導說，市場回暖。",
    "中央社台北12日電 報導稱，市場回暖。",
    "中央社台北12日電 報導中稱，市場回暖。",
    "中央社台北12日電 報導還稱，市場回暖。",
    "中央社台北12日電 報導：市場回暖。",
    "中央社台北12日電 報導援引消息人士說，市場回暖。",
    "新华社北京12日电 报导说，市场回暖。",
    "新华社电 报导说，市场回暖。",
]


@pytest.mark.parametrize("line", TAIWAN_REPORT_SENTENCES)
def test_taiwan_spelling_of_a_report_verb_after_a_wire_is_one_sentence(line: str) -> None:
    page = f"{TITLE}\n\n{line}{SECOND}"
    first = _json(page)["articles"][0]
    assert first["byline"] == []
    assert [_hanzi(p["text"]) for p in first["paragraphs"]] == [_hanzi(line)]
    assert " " not in _normalized(page).split("\n\n")[1]
    # as the mainland's spelling is read
    mainland = page.replace("報導", "報道").replace("报导", "报道")
    assert _json(mainland)["articles"][0]["byline"] == []


#: Dispatches whose lead opens with a noun 報導 begins (a team, reportage, a centre, a show) or with
#: the verb before its object: the wire's dateline stays the byline (must-keep rows).
TAIWAN_REPORT_LEADS = [
    ("中央社台北12日電", "報導組抵達災區。"),
    ("中央社台北12日電", "報導文學獎今日揭曉。"),
    ("中央社台北12日電", "報導者今日公布調查。"),
    ("中央社台北12日電", "報導中心今日成立。"),
    ("中央社台北12日電", "報導攝影展今日開幕。"),
    ("中央社台北12日電", "報導說明會今日舉行。"),
    ("中央社台北12日電", "報導了這一消息的記者獲獎。"),
    ("中央社台北12日電", "台灣今日宣布新措施。"),
    ("新华社电", "报导组抵达灾区。"),
]


@pytest.mark.parametrize(("dateline", "lead"), TAIWAN_REPORT_LEADS)
def test_a_lead_opening_with_a_noun_of_the_verb_keeps_the_dateline(dateline: str, lead: str) -> None:
    page = f"{TITLE}\n\n{dateline} {lead}{SECOND}"
    first = _json(page)["articles"][0]
    assert (first["byline"], [p["text"] for p in first["paragraphs"]]) == ([dateline], [lead])


# 2. A lettered head naming the paper by its kind (`晚報`) or the entertainment desk (`娛聞`).

#: Lettered heads a Hong Kong page prints, and the page each names. Before, each was the first
#: article's kicker (`A4 日報 國際 …` and `A4 娛聞 …` furniture naming no page).
HK_HEADS = [
    ("A4 晚報 港聞 2015年3月12日", "A4"),
    ("A4 晚報 港聞 2015年3月12日 星期四", "A4"),
    ("A4 日報 國際 2015年3月12日", "A4"),
    ("A4 明報 娛聞 2015年3月12日", "A4"),
    ("C2 明報 娛聞 2015年3月12日 星期四", "C2"),
    ("A4 明報 娛聞", "A4"),
    ("A4 娛聞 2015年3月12日", "A4"),
]
#: Look-alikes that stay the article's kicker: no desk (a scandal, a rumour, a marvel, a headline's
#: words), a report word or no date beside the paper's kind, no section page (must-keep rows).
HK_HEAD_LOOKALIKES = [
    "A4 明報 醜聞",
    "A4 明報 醜聞 2015年3月12日",
    "A4 晚報 醜聞 2015年3月12日",
    "A4 晚報 傳聞 2015年3月12日",
    "A4 晚報 奇聞 2015年3月12日",
    "A4 晚報 見聞",
    "A4 晚報 港聞",
    "A4 晚报 要闻",
    "A4 日報 港聞",
    "A4 財報 港聞 2015年3月12日",
    "A4 喜報 港聞 2015年3月12日",
    "A4 捷報 娛聞 2015年3月12日",
    "A4 季報 港聞 2015年3月12日",
    "A4 晚報 遊戲展 2015年3月12日",
    "G20 晚報 港聞 2015年3月12日",
]
HK_PAGE = "立法會通過預算\n\n立法會昨日通過財政預算案。\n"


@pytest.mark.parametrize(("head", "label"), HK_HEADS)
def test_a_hong_kong_head_names_its_page(head: str, label: str) -> None:
    data = _json(f"{head}\n\n{HK_PAGE}")
    assert (data.get("label"), data["furniture"]) == (label, [head])
    assert data["articles"][0]["kicker"] == []
    assert f'<pb n="{label}"/>' in _tei(f"{head}\n\n{HK_PAGE}")


@pytest.mark.parametrize("head", HK_HEAD_LOOKALIKES)
def test_a_hong_kong_head_lookalike_stays_the_kicker(head: str) -> None:
    data = _json(f"{head}\n\n{HK_PAGE}")
    assert ("label" in data, data["furniture"]) == (False, [])
    assert data["articles"][0]["kicker"] == [head]


HK_LEAD = "立法會昨日通過財政預算案。"


# 3. Columns' names after a bracketed reporter label: 來論 (readers' letters), 兩岸直擊.

#: Before, each was the byline; it is the paragraph's text, its printed space kept.
LISTED_HK_COLUMNS = ["【記者 來論】", "（記者 來論）", "【記者 兩岸直擊】", "【記者 来论】"]


@pytest.mark.parametrize("bracketed", LISTED_HK_COLUMNS)
def test_a_listed_hong_kong_column_after_a_bracketed_label_stays_text(bracketed: str) -> None:
    page = f"{TITLE}\n\n{bracketed}{HK_LEAD}\n"
    first = _json(page)["articles"][0]
    assert (first["byline"], [p["text"] for p in first["paragraphs"]]) == ([], [bracketed + HK_LEAD])
    assert _normalized(page) == page


#: A second field after the column's name says a reporter's name stands there, and a name that is
#: no listed column stays one (must-keep rows).
LISTED_COLUMN_LOOKALIKES = ["【記者 來論 報道】", "【記者 來倫】", "【記者 李明】"]


@pytest.mark.parametrize("bracketed", LISTED_COLUMN_LOOKALIKES)
def test_a_name_beside_a_listed_column_stays_the_byline(bracketed: str) -> None:
    first = _json(f"{TITLE}\n\n{bracketed}{HK_LEAD}\n")["articles"][0]
    assert (first["byline"], [p["text"] for p in first["paragraphs"]]) == ([bracketed], [HK_LEAD])
