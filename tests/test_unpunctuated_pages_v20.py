"""Pages that print no sentence marks, as Republican-era papers do (v20).

An archivist's walk-through of such pages found the lack of a 。 read as evidence: the rest of a
sentence after a blank line (`…動員工人逾` / `三千名耗資國幣二十億元`) was the headline of a new,
empty article, a short paragraph wrapped in lines of the page's column (`此間各界人士聞訊後羣` /
`情激昂紛紛集會聲援前` / `方將士並發起募捐運動`) the multi-line title of an empty article, and every
paragraph was flagged incomplete (TEI `part="I"`, JSON `incomplete`). On a page whose body text holds
fewer than one sentence mark per 40 hanzi (`unpunctuated.prints_few_marks`) none of this happens now;
punctuated pages read as before: a short headline stays a headline, a paragraph cut mid-sentence
still joins the next or is incomplete. Each case runs in traditional and simplified characters.
"""

from __future__ import annotations

import json

import pytest

import layoutfix
from layoutfix.hanscript import opencc_converter
from layoutfix.layout.unpunctuated import HANZI_PER_MARK, prints_few_marks


def _both(text: str) -> list[str]:
    """A traditional page and its simplified twin."""
    return [text, opencc_converter("t2s").convert(text)]


def _convert(page: str, fmt: str) -> str:
    return layoutfix.convert(page.encode(), fmt=fmt).output


def _json(page: str) -> dict:
    return json.loads(_convert(page, "json"))


def _paragraphs(article: dict) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


TITLE = "京滬綫恢復通車"
BYLINE = "本報南京十九日電"
LEAD = "京滬綫鐵路已於昨日全綫恢復通車鐵路局長表示此次搶修工程動員工人逾"
#: The rest of the lead's sentence after a blank line, with and without more words after it.
TAILS = ["三千名耗資國幣二十億元", "三千名耗資國幣二十億元各站秩序良好"]


@pytest.mark.parametrize("page", [
    p for tail in TAILS for p in _both(f"{TITLE}\n\n{BYLINE} {LEAD}\n\n{tail}\n")
])
def test_sentence_cut_by_a_blank_line_goes_on(page: str) -> None:
    (article,) = _json(page)["articles"]
    lead, tail = page.split("\n\n")[1].split(" ", 1)[1], page.split("\n\n")[2].strip()
    assert article["titles"] == [page.split("\n")[0]]
    assert _paragraphs(article) == [lead + tail]
    assert article["flags"] == []
    assert "＊＊＊" not in _convert(page, "txt")


@pytest.mark.parametrize("page", _both(
    f"{TITLE}\n\n{BYLINE} {LEAD}\n\n三千名耗資國幣二十億元\n\n"
    "又訊 交通部決定自下月一日起增開夜車兩班並於各大站設立問訊處以資指導云\n"
))
def test_tail_over_another_dispatch_goes_on(page: str) -> None:
    first, second = _json(page)["articles"]
    assert first["titles"] and not first["flags"]
    assert opencc_converter("t2s").convert(_paragraphs(first)[0]).endswith("逾三千名耗资国币二十亿元")
    assert second["titles"] == [] and second["byline"][0] in ("又訊", "又讯")


MINGUO2 = """大公報

中華民國二十六年七月八日 星期四

盧溝橋中日軍衝突

本報北平七日專電 今晨
二時許日軍在盧溝橋附
近演習藉口失蹤士兵一
名要求入宛平縣城搜查
經我方拒絕後日軍竟開
砲轟擊我駐軍當即還擊
雙方激戰約二小時現仍
在對峙中

本市米價昨日又漲每石
已達十二元之譜市民衆
口一詞咸謂生活日艱當
局宜速設法平抑以安民
生

此間各界人士聞訊後羣
情激昂紛紛集會聲援前
方將士並發起募捐運動
"""


@pytest.mark.parametrize("page", _both(MINGUO2))
def test_paragraph_wrapped_at_the_column_is_text(page: str) -> None:
    (article,) = _json(page)["articles"]  # no empty article titled with the last paragraph
    assert len(article["paragraphs"]) == 3  # each last line stops short: three paragraphs
    assert article["paragraphs"][2]["text"].startswith(("此間各界人士", "此间各界人士"))
    assert not any(p["incomplete"] for p in article["paragraphs"])
    assert "incomplete" not in article["flags"]
    assert '<p part="I"' not in _convert(page, "tei")


@pytest.mark.parametrize("page", _both(MINGUO2.replace(
    "此間各界人士聞訊後羣\n情激昂紛紛集會聲援前\n方將士並發起募捐運動", "各界聲援前方將士\n發起募捐運動")))
def test_two_line_headline_at_the_page_end_stays_a_headline(page: str) -> None:
    articles = _json(page)["articles"]
    assert articles[-1]["titles"][0].startswith(("各界聲援", "各界声援"))


#: Punctuated pages: what was read before is read so still.
MODERN = [
    # a paragraph cut mid-sentence joins the text after the blank line
    (f"{TITLE}\n\n{BYLINE} 京滬綫鐵路已於昨日全綫恢復通車。鐵路局長表示，此次搶修工程動員工人逾\n\n"
     "三千名，耗資國幣二十億元。\n", [([TITLE], 1, False)]),
    # a paragraph cut at the page's end is incomplete
    ("全市部署冬季供暖工作\n\n本报讯 全市冬季供暖工作会议昨日召开，"
     "会议要求各地提前做好准备，确保群众温暖过冬，同时加强\n", [(["全市部署冬季供暖工作"], 1, True)]),
    # briefs: a headline after a finished paragraph opens the next item
    ("机场客运量持续回升\n\n本报讯 今年以来，机场旅客吞吐量持续回升，"
     "前三季度累计完成八百万人次，同比增长一成以上。\n\n"
     "城区新增公交线路三条\n\n本报讯 为方便群众出行，市公交集团近日新开通三条公交线路，覆盖多个新建小区。\n",
     [(["机场客运量持续回升"], 1, False), (["城区新增公交线路三条"], 1, False)]),
]


@pytest.mark.parametrize(("page", "expected"), [
    (p, exp) for page, exp in MODERN for p in _both(page)
])
def test_punctuated_pages_read_as_before(page: str, expected: list[tuple[list[str], int, bool]]) -> None:
    conv = opencc_converter("t2s").convert
    articles = _json(page)["articles"]
    assert [([conv(t) for t in a["titles"]], len(a["paragraphs"]), "incomplete" in a["flags"])
            for a in articles] == [([conv(t) for t in titles], n, flag) for titles, n, flag in expected]


def test_kicker_and_title_on_a_punctuated_page_keep_their_labels() -> None:
    page = ("聚焦两会\n\n代表委员热议政府工作报告\n\n本报记者 王丽\n\n"
            "十四届全国人大二次会议开幕以来，代表委员们围绕政府工作报告展开热烈讨论，纷纷建言献策。\n")
    for p in _both(page):
        (article,) = _json(p)["articles"]
        assert (len(article["kicker"]), len(article["titles"])) == (1, 1)


def test_threshold_counts_marks_per_hanzi_of_body_text() -> None:
    body = "京滬綫鐵路已於昨日全綫恢復通車鐵路局長表示此次搶修工程動員工人逾三千名耗資國幣二十億元"
    hanzi = len(body)
    assert prints_few_marks([body * 2])
    # one mark per HANZI_PER_MARK hanzi is punctuation enough: the lack of one is evidence again
    marked = body * 2 + "。" * (2 * hanzi // HANZI_PER_MARK + 1)
    assert not prints_few_marks([marked])
    # headlines and short lines are not counted: a page of them says nothing
    assert not prints_few_marks(["京滬綫恢復通車", "市商會開會討論物價"])
    # names set apart by spaces print no marks on any page
    names = "王麗 李華 張強 劉洋 趙敏 孫傑 周婷 吳剛 陳明 楊帆 黃磊 林峰 何靜 郭勇 馬超 高潔"
    assert not prints_few_marks([names])
