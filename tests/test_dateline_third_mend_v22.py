"""Third mend of the v22 dateline leftovers (review RD3b of the second).

Each case is a small flat-text page converted as a user would: the JSON's titles, bylines, captions
and paragraphs, the TEI's byline and the normalised text's gaps.
"""

from __future__ import annotations

import pytest

from test_datelines_v21 import SECOND, TITLE, _assert_dateline, _hanzi, _json, _normalized, _tei

# 1. A sentence's opening ending in the preposition 据 is no headline.

#: Openings of a sentence naming its source on the next line: more words than 据 / 另据 alone.
#: After the second mend each was the article's title over a byline (one paragraph before it).
JU_OPENINGS = [
    "此外据",
    "另外据",
    "同时据",
    "不过据",
    "然而据",
    "与此同时据",
    "也据",
    "再据",
    "记者据",
    "此外，据",
    "会议期间根据",
]

#: (dateline, lead) under each opening: the paper's, an agency's with a place, an agency's alone.
DISPATCHES = [
    ("本报讯", "市民纷纷表示欢迎。"),
    ("新华社北京电", "台湾当局表示。"),
    ("中新社电", "台湾当局表示。"),
]


@pytest.mark.parametrize("dispatch", DISPATCHES, ids=[d for d, _ in DISPATCHES])
@pytest.mark.parametrize("opening", JU_OPENINGS)
def test_opening_ending_in_ju_is_the_sentences_start(opening: str, dispatch: tuple[str, str]) -> None:
    dateline, lead = dispatch
    first = _json(f"{TITLE}\n\n{opening}\n{dateline} {lead}{SECOND}")["articles"][0]
    assert (first["titles"], first["byline"]) == ([TITLE], [])
    assert [p["text"] for p in first["paragraphs"]] == [f"{opening}\n{dateline}{lead}"]


#: Headlines ending in 据 made a noun by the word before it (有据, 为据, 无据, 毫无根据): titles.
JU_NOUN_HEADINGS = ["重大改革于法有据", "以事实为据", "口说无凭立字为据", "指控毫无根据", "以事实为根据",
                    # any headline's words before 根据/据 (review RD3c: were text glued to the lead)
                    "决策要有科学根据", "指控缺乏根据", "涨价有何根据", "以此作为根据", "寻找法律根据",
                    "拿不出根据", "找不到根据", "有充分根据", "调查有了新根据", "这种说法没根据", "引以为据",
                    "政策根据"]


@pytest.mark.parametrize("head", JU_NOUN_HEADINGS)
def test_heading_ending_in_a_noun_of_ju_stays_the_title(head: str) -> None:
    page = f"{head}\n新华社北京电 台湾当局表示。{SECOND}"
    first = _json(page)["articles"][0]
    assert (first["titles"], first["byline"]) == ([head], ["新华社北京电"])
    assert "<byline>新华社北京电</byline>" in _tei(page)


# 2. A caption left open never swallows a named dispatch and the paragraphs under it.

#: Caption lines left open (a comma, the particle 的, the preposition 在, an enumeration comma) and
#: closed by a semicolon, which must agree.
OPEN_CAPTIONS = ["图为市民排队，", "图为市民排队的", "图为市民在", "图为市民排队、", "图为市民排队；"]
#: Named dispatches: the paper's, an agency's wire, a reporter's with a place.
NAMED = [
    ("本报讯", "记者从市住建局获悉，今年共有三万户受益。"),
    ("新华社北京电", "台湾当局表示。"),
    ("本报记者王明北京电", "台风来袭。"),
]


@pytest.mark.parametrize("dispatch", NAMED, ids=[d for d, _ in NAMED])
@pytest.mark.parametrize("caption", OPEN_CAPTIONS)
def test_named_dispatch_and_its_paragraphs_leave_an_open_caption(
    caption: str, dispatch: tuple[str, str]
) -> None:
    """After the second mend the caption held all four lines (one caption, no byline, no text)."""
    dateline, lead = dispatch
    page = f"{TITLE}\n\n{caption}\n{dateline} {lead}\n第二段内容在此。\n第三段。{SECOND}"
    assert f"\n{dateline} {lead}\n" in _normalized(page)
    first = _json(page)["articles"][0]
    assert (first["captions"], first["byline"]) == ([caption], [dateline])
    text = "".join(p["text"] for p in first["paragraphs"])
    assert _hanzi(text) == _hanzi(f"{lead}第二段内容在此。第三段。")
    assert f"<byline>{dateline}</byline>" in _tei(page)


#: Must-keep rows (before and after): a caption cut before its source goes on with the dateline;
#: a place's dateline reading as words stays in the open caption, glued.
CAPTION_SENTENCES = [
    ("图为：", "新华社北京电 台湾当局表示。"),
    ("图为根据", "新华社北京电 台湾当局表示。"),
    ("图为视察组在", "北京12日电 视台参观。"),
]


@pytest.mark.parametrize(("caption", "line"), CAPTION_SENTENCES, ids=[c for c, _ in CAPTION_SENTENCES])
def test_caption_cut_before_its_source_keeps_the_dateline(caption: str, line: str) -> None:
    first = _json(f"{TITLE}\n\n{caption}\n{line}{SECOND}")["articles"][0]
    assert first["byline"] == []
    assert [_hanzi(c) for c in first["captions"]] == [_hanzi(caption + line)]


# 3. A wire's verb of report followed by what the report says, past a gap or line break.

#: Sentences about a wire's report. After the second mend each was a byline and a paragraph opening
#: with the verb.
REPORT_SENTENCES = [
    "新华社电 报道说，市场回暖。",
    "新华社北京电 报道指出，市场回暖。",
    "中新社北京电 报道指，会议闭幕。",
    "新华社电 报道说：“市场回暖。”",
    "新华社电 报道中称，市场回暖。",
    "新华社电 报道还称，市场回暖。",
    "新华社电 报道援引消息人士说，市场回暖。",
    "美联社华盛顿12日电 报道说，市场回暖。",
    "新华社北京电 表示\n，会议闭幕。",
    "新华社电 报道\n称，市场回暖。",
]


@pytest.mark.parametrize("line", REPORT_SENTENCES, ids=[t[:12] for t in REPORT_SENTENCES])
def test_wire_before_what_a_report_says_is_one_sentence(line: str) -> None:
    page = f"{TITLE}\n\n{line}{SECOND}"
    first = _json(page)["articles"][0]
    assert first["byline"] == []
    assert [_hanzi(p["text"]) for p in first["paragraphs"]] == [_hanzi(line)]
    assert " " not in _normalized(page).split("\n\n")[1]


#: Must-keep rows: a lead opening with a verb and its object, or a noun the verb opens.
VERB_LEADS = [
    ("新华社北京电", "指出问题的人受到表彰。"),
    ("新华社电", "报道中心今日成立。"),
    ("新华社电", "报道组抵达灾区。"),
]


@pytest.mark.parametrize(("dateline", "lead"), VERB_LEADS, ids=[t[:4] for _, t in VERB_LEADS])
def test_wire_before_a_lead_of_its_own_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)
