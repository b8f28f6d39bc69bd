"""Wire services' datelines with a hanzi day, other agencies, 特派员 bylines, 又讯 / 又电 (v20).

An archivist's walk-through of Republican-era and Taiwan papers found datelines missed and the space
after them removed: `中央社台北十日電 總統今日…` became one paragraph `中央社台北十日電總統今日…` (so did
`中央社南京十九日電`, and the agencies 合眾社, 路透社, 美聯社), while `中央社台北10日電` and
`新華社北京十日電` were read. `本報特派員 王大同` over the lead was glued into it
(`本報特派員王大同與會者…`): 特派員 (a correspondent sent out) was no reporter's label. `又訊` / `又電`
("another dispatch") under an item did not open the next one as `本報訊` does (`又電` lost its gap).
Now each is read as its kind is, on either script; sentences that only open with such words
(`路透社報道稱…`, `又電話聯繫…`) stay text.
"""

from __future__ import annotations

import json

import pytest

import layoutfix
from layoutfix.normalize.steps import NormalizeOptions, normalize_text

HEAD = "中央日報\n\n中華民國三十六年五月二十日 星期二\n\n"


def _json(page: str) -> dict:
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _normalized(text: str) -> str:
    return normalize_text(text, NormalizeOptions()).text


#: (title, dateline, lead): the dateline is the byline, its gap kept, the lead the paragraph.
DATELINES = [
    ("總統發表文告", "中央社台北十日電", "總統今日發表文告，呼籲全國團結。"),
    ("总统发表文告", "中央社台北十日电", "总统今日发表文告，呼吁全国团结。"),
    ("總統發表文告", "中央社南京十九日電", "國民政府主席於今日上午召見各部會首長。"),
    ("总统发表文告", "中央社南京十九日电", "国民政府主席于今日上午召见各部会首长。"),
    ("總統發表文告", "中央社記者王大同台北廿日電", "總統今日發表文告，呼籲全國團結。"),
    ("總統發表文告", "中央社華盛頓十一日專電", "美國國會今日通過援華法案。"),
    ("美國國會通過法案", "合眾社華盛頓十日電", "美國國會今日通過援華法案。"),
    ("美国国会通过法案", "合众社华盛顿十日电", "美国国会今日通过援华法案。"),
    ("英國內閣改組", "路透社倫敦十日電", "英國首相今日宣佈內閣改組。"),
    ("英国内阁改组", "路透社伦敦10日电", "英国首相今日宣布内阁改组。"),
    ("美國國會通過法案", "美聯社紐約十日電", "美國國會今日通過援華法案。"),
    ("美国国会通过法案", "美联社纽约十日电", "美国国会今日通过援华法案。"),
    ("法國大選揭曉", "法新社巴黎卅日電", "法國大選今日揭曉。"),
    ("和會開幕", "本報特派員巴黎十日電", "和會今日開幕。"),
]


@pytest.mark.parametrize(("title", "dateline", "lead"), DATELINES)
def test_dateline_is_the_byline(title: str, dateline: str, lead: str) -> None:
    page = f"{HEAD}{title}\n\n{dateline} {lead}\n"
    assert _normalized(page).endswith(f"{dateline} {lead}\n")
    (article,) = _json(page)["articles"]
    assert (article["titles"], article["byline"]) == ([title], [dateline])
    assert [p["text"] for p in article["paragraphs"]] == [lead]


#: (byline, lead): a correspondent's byline over the lead's block.
SPECIAL = [
    ("本報特派員 王大同", "與會者昨日抵達巴黎，和會今日開幕。"),
    ("本报特派员 王大同", "与会者昨日抵达巴黎，和会今日开幕。"),
    ("特派員 王大同", "與會者昨日抵達巴黎，和會今日開幕。"),
]


@pytest.mark.parametrize(("byline", "lead"), SPECIAL)
def test_special_correspondent_is_a_byline(byline: str, lead: str) -> None:
    page = f"{HEAD}和會開幕\n\n{byline}\n\n{lead}\n"
    assert f"\n{byline}\n" in _normalized(page)
    (article,) = _json(page)["articles"]
    assert article["byline"] == [byline]
    assert [p["text"] for p in article["paragraphs"]] == [lead]


#: (first dateline, another dispatch's word): the word opens the next item, as 本报讯 would.
ANOTHER = [
    ("本報南京十九日電", "又訊"),
    ("本报南京十九日电", "又讯"),
    ("中央社南京十九日電", "又電"),
    ("中央社南京十九日电", "又电"),
    ("本報訊", "又訊"),
]


@pytest.mark.parametrize(("dateline", "word"), ANOTHER)
def test_another_dispatch_opens_the_next_item(dateline: str, word: str) -> None:
    first, second = "京滬綫鐵路已於昨日全綫恢復通車。", "交通部決定自下月一日起增開夜車兩班。"
    page = f"{HEAD}京滬綫恢復通車\n\n{dateline} {first}\n\n{word} {second}\n"
    assert _normalized(page).endswith(f"{word} {second}\n")
    articles = _json(page)["articles"]
    assert [(a["byline"], [p["text"] for p in a["paragraphs"]]) for a in articles] == [
        ([dateline], [first]), ([word], [second])]


#: Paragraphs opening with such words, in a sentence: text, their spaces decided as before.
SENTENCES = [
    ("路透社報道稱，英國首相今日宣佈內閣改組。", "路透社報道稱，英國首相今日宣佈內閣改組。"),
    ("路透社报道称，英国首相今日宣布内阁改组。", "路透社报道称，英国首相今日宣布内阁改组。"),
    ("路透社 報道稱，英國首相今日宣佈內閣改組。", "路透社報道稱，英國首相今日宣佈內閣改組。"),
    ("據路透社倫敦十日電 英國首相今日宣佈內閣改組。", "據路透社倫敦十日電英國首相今日宣佈內閣改組。"),
    ("又電話聯繫了有關部門，確認消息屬實。", "又電話聯繫了有關部門，確認消息屬實。"),
    ("又电话联系了有关部门，确认消息属实。", "又电话联系了有关部门，确认消息属实。"),
    ("又電 話聯繫了有關部門，確認消息屬實。", "又電話聯繫了有關部門，確認消息屬實。"),
    ("又訊問了兩名嫌犯，案情已有進展。", "又訊問了兩名嫌犯，案情已有進展。"),
    ("中央社會工作部今日召開會議。", "中央社會工作部今日召開會議。"),
    ("本報特派員昨日抵達巴黎，與會者眾多。", "本報特派員昨日抵達巴黎，與會者眾多。"),
]


@pytest.mark.parametrize(("paragraph", "expected"), SENTENCES)
def test_sentences_stay_text(paragraph: str, expected: str) -> None:
    page = f"{HEAD}京滬綫恢復通車\n\n{paragraph}\n"
    assert _normalized(page).endswith(f"\n{expected}\n")
    (article,) = _json(page)["articles"]
    assert article["byline"] == []
    assert [p["text"] for p in article["paragraphs"]] == [expected]
