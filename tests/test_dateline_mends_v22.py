"""Mends of the v22 dateline leftovers (review RD3 of the D3 commit).

Each case is a small flat-text page converted as a user would: the JSON's titles, bylines, captions
and paragraphs, the TEI's byline and the normalised text's gaps.
"""

from __future__ import annotations

import pytest

from test_datelines_v21 import SECOND, TITLE, _assert_dateline, _assert_text, _hanzi, _json, _normalized, _tei

# 1. Headings ending in 据 that are more than the words opening a sentence on its source.

#: Headlines ending in 有据, 为据 or 无据 (jieba cuts their 据 off as it cuts the preposition's).
#: Before the mend they became the start of a paragraph, the byline under them glued to it.
JU_HEADINGS = [
    "重大改革于法有据",
    "让每一项改革都于法有据",
    "执法有据",
    "决策有据",
    "持之有据",
    "以事实为据",
    "以法为据",
    "以此为据",
    "何以为据",
    "口说无凭立字为据",
    "为据",
]

#: (dateline, lead) under each heading: the paper's, an agency's with a place, an agency's alone.
JU_DISPATCHES = [
    ("本报讯", "市民纷纷表示欢迎。"),
    ("新华社北京电", "台湾当局表示。"),
    ("中新社电", "台湾当局表示。"),
]


@pytest.mark.parametrize("dispatch", JU_DISPATCHES, ids=[d for d, _ in JU_DISPATCHES])
@pytest.mark.parametrize("head", JU_HEADINGS)
def test_heading_ending_in_ju_stays_the_title_over_its_dispatch(head: str, dispatch: tuple[str, str]) -> None:
    dateline, lead = dispatch
    page = f"{head}\n{dateline} {lead}{SECOND}"
    assert f"\n{dateline} {lead}\n" in _normalized(page)
    first = _json(page)["articles"][0]
    assert (first["titles"], first["byline"]) == ([head], [dateline])
    assert [p["text"] for p in first["paragraphs"]] == [lead]
    assert f"<byline>{dateline}</byline>" in _tei(page)


@pytest.mark.parametrize("head", JU_HEADINGS)
def test_heading_ending_in_ju_stays_the_title_over_a_reporter_line(head: str) -> None:
    first = _json(f"{head}\n本报记者 王明\n市民纷纷表示欢迎。{SECOND}")["articles"][0]
    assert (first["titles"], first["byline"]) == ([head], ["本报记者 王明"])
    assert [p["text"] for p in first["paragraphs"]] == ["市民纷纷表示欢迎。"]


@pytest.mark.parametrize("head", ["重大改革于法有据", "以事实为据", "为据"])
def test_heading_ending_in_ju_alone_in_its_block_stays_the_title(head: str) -> None:
    first = _json(f"{head}\n\n本报记者 王明\n\n市民纷纷表示欢迎。{SECOND}")["articles"][0]
    assert (first["titles"], first["byline"]) == ([head], ["本报记者 王明"])


#: (title lines, dateline): two-line titles whose first or second line ends in 有据.
TWO_LINE_JU_TITLES = [
    ("重大改革于法有据\n全面深化改革稳步推进", "本报讯"),
    ("全面深化改革稳步推进\n——让每一项改革都于法有据", "本报讯"),
]


@pytest.mark.parametrize(("title", "dateline"), TWO_LINE_JU_TITLES, ids=["first", "second"])
def test_two_line_title_with_a_ju_line_stays_the_title(title: str, dateline: str) -> None:
    page = f"{TITLE}\n\n{title}\n{dateline} 市民纷纷表示欢迎。{SECOND}"
    assert f"\n{dateline} 市民纷纷表示欢迎。\n" in _normalized(page)
    article = next(a for a in _json(page)["articles"] if a["byline"] == [dateline])
    assert _hanzi("".join(article["titles"])) == _hanzi(title)
    assert [p["text"] for p in article["paragraphs"]] == ["市民纷纷表示欢迎。"]


#: Lines holding only the words opening a sentence on its source stay its start (v22 D3 and before).
@pytest.mark.parametrize("opener", ["据", "根据", "另据", "又据", "而据", "但据", "还据", "并据"])
def test_source_words_alone_stay_the_sentences_start(opener: str) -> None:
    first = _json(f"{TITLE}\n\n{opener}\n新华社北京电 国家统计局今日发布数据。{SECOND}")["articles"][0]
    assert (first["titles"], first["byline"]) == ([TITLE], [])
    assert [p["text"] for p in first["paragraphs"]] == [f"{opener}\n新华社北京电国家统计局今日发布数据。"]


# 2. One test of a line cut before its source: a noun ending in 据 cuts nothing.

#: (caption, dateline, lead): a caption closing on a noun of 据 (数据, 证据) over a dispatch naming
#: its source. Before, only a place's dateline was cut off such a caption, a named one stayed inside
#: it (`图为证据` / `新华社北京电 台湾当局表示。` one caption, `北京12日电 …` a byline).
JU_NOUN_CAPTIONS = [
    ("图为证据", "新华社北京电", "台湾当局表示。"),
    ("图为数据", "新华社北京电", "台湾当局表示。"),
    ("图为警方展示证据", "本报讯", "记者从市住建局获悉。"),
    ("图为数据", "本报记者王明北京电", "台风来袭。"),
]


@pytest.mark.parametrize(
    ("caption", "dateline", "lead"), JU_NOUN_CAPTIONS, ids=[c + d[:3] for c, d, _ in JU_NOUN_CAPTIONS]
)
def test_dispatch_under_a_caption_ending_in_a_noun_of_ju_is_cut_off(
    caption: str, dateline: str, lead: str
) -> None:
    page = f"{TITLE}\n\n{caption}\n{dateline} {lead}\n第二段。{SECOND}"
    assert f"\n{dateline} {lead}\n" in _normalized(page)
    first = _json(page)["articles"][0]
    assert (first["captions"], first["byline"]) == ([caption], [dateline])


def test_place_and_named_datelines_are_cut_alike_under_a_caption_ending_in_zhengju() -> None:
    for dateline, lead in (("北京12日电", "视察组抵达。"), ("新华社北京电", "台湾当局表示。")):
        first = _json(f"{TITLE}\n\n图为证据\n{dateline} {lead}{SECOND}")["articles"][0]
        assert (first["captions"], first["byline"]) == (["图为证据"], [dateline])


# 3. A dispatch naming its source under a caption left open: cut off (third mend, review RD3b).

#: Caption lines whose sentence goes on across the break: a comma, a preposition, a particle.
OPEN_CAPTIONS = ["图为视察组在", "图为市民排队，", "图为市民排队的", "图为市民在"]
#: Dispatches naming their paper or agency (a place's alone stays the caption's words).
NAMED_DISPATCHES = [
    "新华社北京电 台湾当局表示。",
    "本报讯 记者从市住建局获悉。",
    "本报记者王明北京电 台风来袭。",
]


@pytest.mark.parametrize("dispatch", NAMED_DISPATCHES, ids=[d[:3] for d in NAMED_DISPATCHES])
@pytest.mark.parametrize("caption", OPEN_CAPTIONS)
def test_named_dispatch_under_a_caption_left_open_is_cut_off(caption: str, dispatch: str) -> None:
    """The first mend kept the dispatch in the caption; a named dateline never goes on its sentence
    (test_dateline_third_mend_v22 holds the review's rows)."""
    dateline, lead = dispatch.split(" ")
    page = f"{TITLE}\n\n{caption}\n{dispatch}{SECOND}"
    assert f"\n{dispatch}\n" in _normalized(page)
    first = _json(page)["articles"][0]
    assert (first["captions"], first["byline"]) == ([caption], [dateline])
    assert [p["text"] for p in first["paragraphs"]] == [lead]


def test_named_dispatch_under_a_closing_caption_is_still_cut_off() -> None:
    for caption in ("图为市民排队", "图为市民排队。", "图：市民在街头排队（王明摄）"):
        first = _json(f"{TITLE}\n\n{caption}\n新华社北京电 台湾当局表示。{SECOND}")["articles"][0]
        assert (first["captions"], first["byline"]) == ([caption], ["新华社北京电"])


# 4. A verb of report after a wire's 电 makes it a subject only when it says what the report says.

#: (dateline, lead): a lead opening with a verb and its object (a relative clause), not with what a
#: report says. Before the mend, `新华社北京电 指出问题的人受到表彰。` was one sentence, its gap gone
#: (the first two rows); the last two are look-alikes bylines before and after.
VERB_OBJECT_LEADS = [
    ("新华社北京电", "指出问题的人受到表彰。"),
    ("新华社北京12日电", "指出问题的人受到表彰。"),
    ("新华社电", "透露消息的人被查处。"),
    ("中新社电", "显示器行业回暖。"),
]


@pytest.mark.parametrize(
    ("dateline", "lead"), VERB_OBJECT_LEADS, ids=[d + t[:2] for d, t in VERB_OBJECT_LEADS]
)
def test_wire_before_a_verb_and_its_object_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


#: Sentences about a wire's report: the verb before a comma, a colon, a quote or 称, or 称 / 报称
#: before a clause (one sentence, as test_datelines_v22's REPORT_SENTENCES), and a site's `消息`
#: before any verb of report (v21). Must-keep rows: one sentence before and after the mend.
REPORT_SENTENCES = [
    "新华社北京电 报称停战。",
    "新华社电 称今年夏粮丰收。",
    "新华社北京电 指出：今年夏粮丰收。",
    "新华社北京电 报道称，今年夏粮丰收。",
    "新华社北京12日电 表示，将继续推进。",
    "人民网消息 指出问题。",
]


@pytest.mark.parametrize("line", REPORT_SENTENCES, ids=[t[:9] for t in REPORT_SENTENCES])
def test_wire_before_what_a_report_says_stays_one_sentence(line: str) -> None:
    _assert_text(line)
    assert _hanzi(line) + "\n" in _normalized(f"{TITLE}\n\n{line}{SECOND}")
