"""Dispatch words that open a sentence, and datelines whose 电 starts a word across the gap (v20 review).

A reviewer of the wire datelines (`又讯`, `又电`, agencies' datelines with a hanzi day) found text
altered: `又訊息傳來，…` and `又訊號中斷…` were cut into a byline `又訊` and a paragraph `息傳來，…`
(a new article mid-article); `又訊 問了三名證人…` (a stray space inside 訊問) likewise; `又電，要求…`,
`中央社台北廿日電，總統…` and `路透社十日電稱，…` became a byline and a paragraph opening with `，` or
`稱，`. And a hanzi-dated dateline lost its gap where 電 and the lead's first hanzi spell a word
(`中央社台北十日電 台灣省政府…` became `中央社台北十日電台灣省政府…`, 電台), also after `又電`.
Now a dateline glued to a mark or a reporting verb is the sentence's subject, `又訊`/`又電` open a
dispatch only before a gap or the line's end and not when the hanzi after a stray space continues
the word, and a dated dateline keeps its gap whatever follows; on both scripts, idempotent.
"""

from __future__ import annotations

import json

import opencc
import pytest

import layoutfix
from layoutfix.normalize.steps import NormalizeOptions, normalize_text

_T2S = opencc.OpenCC("t2s")
HEAD = "中央日報\n\n中華民國三十六年五月二十日 星期二\n\n"
TITLE = "市政府召開會議"
FIRST = "本報訊 市政府今日上午召開全體會議，討論本年度預算案。"
LAST = "與會人士均表示支持，會議於中午結束。"


def _both(cases: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """Each case as printed (traditional) and in simplified characters (the flag)."""
    return [(a, b, simplified) for a, b in cases for simplified in (False, True)]


def _script(text: str, simplified: bool) -> str:
    return _T2S.convert(text) if simplified else text


def _articles(page: str) -> list[dict]:
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)["articles"]


def _normalized(text: str) -> str:
    return normalize_text(text, NormalizeOptions()).text


#: (paragraph under the lead, as the output prints it): a sentence, never cut into a byline.
SENTENCES = _both([
    ("又訊息傳來，前線戰況好轉。", "又訊息傳來，前線戰況好轉。"),
    ("又訊號中斷，前線消息不明。", "又訊號中斷，前線消息不明。"),
    ("又訊問了三名證人之後，法官宣佈休庭。", "又訊問了三名證人之後，法官宣佈休庭。"),
    ("又訊 問了三名證人之後，法官宣佈休庭。", "又訊問了三名證人之後，法官宣佈休庭。"),
    ("又電告各地駐軍加強戒備。", "又電告各地駐軍加強戒備。"),
    ("又電話聯繫了有關部門。", "又電話聯繫了有關部門。"),
    ("又電 話聯繫了有關部門。", "又電話聯繫了有關部門。"),
    ("又電影院昨日重新開放。", "又電影院昨日重新開放。"),
    ("又電，要求各部會加強戒備。", "又電，要求各部會加強戒備。"),
    ("路透社十日電稱，倫敦股市大跌。", "路透社十日電稱，倫敦股市大跌。"),
    ("共同社、路透社十日電均稱，雙方已達成協議。", "共同社、路透社十日電均稱，雙方已達成協議。"),
    ("中央社台北廿日電，總統今日發表文告。", "中央社台北廿日電，總統今日發表文告。"),
    ("據路透社十日電報道，英國內閣今日改組。", "據路透社十日電報道，英國內閣今日改組。"),
    ("塔斯社十日電訊全文如下：蘇聯政府聲明。", "塔斯社十日電訊全文如下：蘇聯政府聲明。"),
    ("中央社十日電話採訪了部長。", "中央社十日電話採訪了部長。"),
    ("新華社北京五月六日電，記者從有關部門獲悉。", "新華社北京五月六日電，記者從有關部門獲悉。"),
])


@pytest.mark.parametrize(("paragraph", "expected", "simplified"), SENTENCES)
def test_a_sentence_stays_in_its_article(paragraph: str, expected: str, simplified: bool) -> None:
    page = _script(f"{HEAD}{TITLE}\n\n{FIRST}\n\n{paragraph}\n\n{LAST}\n", simplified)
    (article,) = _articles(page)
    assert article["byline"] == [_script("本報訊", simplified)]
    texts = [p["text"] for p in article["paragraphs"]]
    assert texts[1:] == [_script(expected, simplified), _script(LAST, simplified)]


@pytest.mark.parametrize(("paragraph", "expected", "simplified"), SENTENCES)
def test_a_sentence_under_the_title_has_no_byline(paragraph: str, expected: str, simplified: bool) -> None:
    page = _script(f"{HEAD}{TITLE}\n\n{paragraph}\n\n{LAST}\n", simplified)
    (article,) = _articles(page)
    assert article["byline"] == []
    assert [p["text"] for p in article["paragraphs"]] == [_script(t, simplified) for t in (expected, LAST)]


#: (dateline, lead): a dispatch whose 电 and the lead's first hanzi spell a word (电台), its gap kept.
DISPATCHES = _both([
    ("中央社台北十日電", "台灣省政府今日公佈本年度預算。"),
    ("中央社台北廿日電", "台灣省政府今日公佈本年度預算。"),
    ("又電", "台灣省政府今日公佈本年度預算。"),
    ("又訊", "市政府今日公佈本年度預算。"),
])


@pytest.mark.parametrize(("dateline", "lead", "simplified"), DISPATCHES)
def test_a_dispatch_keeps_its_gap_and_opens_an_item(dateline: str, lead: str, simplified: bool) -> None:
    page = _script(f"{HEAD}{TITLE}\n\n{FIRST}\n\n{dateline} {lead}\n", simplified)
    dateline, lead = _script(dateline, simplified), _script(lead, simplified)
    once = _normalized(page)
    assert once.endswith(f"\n{dateline} {lead}\n")
    assert _normalized(once) == once
    last = _articles(page)[-1]
    assert (last["byline"], [p["text"] for p in last["paragraphs"]]) == ([dateline], [lead])


@pytest.mark.parametrize(("paragraph", "expected", "simplified"), SENTENCES)
def test_normalizing_twice_is_normalizing_once(paragraph: str, expected: str, simplified: bool) -> None:
    once = _normalized(_script(f"{HEAD}{TITLE}\n\n{FIRST}\n\n{paragraph}\n\n{LAST}\n", simplified))
    assert _normalized(once) == once
    assert f"\n{_script(expected, simplified)}\n" in once
