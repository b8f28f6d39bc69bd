"""Dateline leftovers of the v21 review (v22, D3).

Each case is a small flat-text page converted as a user would: the TEI/JSON's titles, bylines and
paragraphs, and the normalised text's gaps.
"""

from __future__ import annotations

import pytest

from test_datelines_v21 import SECOND, TITLE, _assert_dateline, _assert_text, _json, _normalized, _tei

# 1. A line ending with the preposition a sentence names its source after (`另据`, `又据`).

#: (lines, paragraph): a line `另据` / `又据` over a named source's dispatch is the opening of the
#: sentence (`另据中新社电，…`), as `据` over one is. Before, `另据` was the article's title and the
#: dateline under it a byline (`另据` / `中新社电` / `台湾当局表示。`), or a title over a paragraph.
SOURCE_CUT_LINES = [
    ("另据\n中新社电 台湾当局表示。", "另据\n中新社电台湾当局表示。"),
    ("又据\n新华社电 台湾当局表示，将继续推进。", "又据\n新华社电台湾当局表示，将继续推进。"),
    ("另据\n中新社电，台湾当局表示。", "另据\n中新社电，台湾当局表示。"),
    ("而据\n新华社北京电 国家统计局今日发布数据。", "而据\n新华社北京电国家统计局今日发布数据。"),
]


@pytest.mark.parametrize(
    ("lines", "paragraph"), SOURCE_CUT_LINES, ids=[t[:2] + t[3:6] for t, _ in SOURCE_CUT_LINES]
)
def test_line_cut_before_a_source_opens_one_paragraph(lines: str, paragraph: str) -> None:
    first = _json(f"{TITLE}\n\n{lines}{SECOND}")["articles"][0]
    assert (first["titles"], first["byline"]) == ([TITLE], [])
    assert [p["text"] for p in first["paragraphs"]] == [paragraph]


#: Look-alikes: a heading ending in a noun of 据 (数据, 证据) stays the title over its byline, and a
#: sentence opening with `另据了解` stays a paragraph.
def test_heading_ending_in_a_noun_of_ju_stays_a_title() -> None:
    for head in ("大数据", "掌握证据", "有理有据"):
        first = _json(f"{head}\n本报讯 市民纷纷表示欢迎。{SECOND}")["articles"][0]
        assert (first["titles"], first["byline"]) == ([head], ["本报讯"])


def test_another_source_opener_stays_a_sentence() -> None:
    _assert_text("另据了解，市场持续回暖。")
    _assert_text("另据中新社电，台湾当局表示。")


# 3. A reporter's name and a place glued between the label and an undated 电.

#: (dateline, lead): an agency's or the paper's reporter, glued name and place before 电, whose lead
#: owns the word the 电 would open (电台 / 台风, 台湾; 电视 / 视察). Before, read as a sentence, the gap
#: removed: `本报记者王明北京电台风来袭，…`, no byline.
REPORTER_DATELINES = [
    ("本报记者王明北京电", "台风来袭，多所学校停课。"),
    ("新华社记者李华北京电", "台湾当局表示，将继续推进。"),
    ("新华社记者李华北京电", "视察组今日抵达。"),
    ("新华社记者欧阳晓明上海电", "台风来袭，多所学校停课。"),
    ("本报记者王明北京专电", "台湾当局表示。"),
    ("本报记者 王明 北京电", "台风来袭，多所学校停课。"),
]


@pytest.mark.parametrize(("dateline", "lead"), REPORTER_DATELINES, ids=[d for d, _ in REPORTER_DATELINES])
def test_reporter_and_place_dateline_before_its_own_word_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


def test_reporter_and_place_dateline_in_traditional_script() -> None:
    _assert_dateline("本報記者王明北京電", " ", "台灣當局表示。")


#: (dateline, lead): their line-broken and dated forms, bylines before as after.
REPORTER_DATELINES_KEPT = [
    ("本报记者王明北京电", "\n", "台风来袭，多所学校停课。"),
    ("本报记者 王明 北京12日电", " ", "国家统计局今日发布数据。"),
    ("新华社记者李华北京电", " ", "国家统计局今日发布数据。"),
]


@pytest.mark.parametrize(
    ("dateline", "gap", "lead"), REPORTER_DATELINES_KEPT, ids=[d for d, _, _ in REPORTER_DATELINES_KEPT]
)
def test_reporter_and_place_dateline_forms_stay_bylines(dateline: str, gap: str, lead: str) -> None:
    page = f"{TITLE}\n\n{dateline}{gap}{lead}{SECOND}"
    first = _json(page)["articles"][0]
    assert first["byline"] == [dateline]
    assert [p["text"] for p in first["paragraphs"]] == [lead]


#: Sentences with a reporter, a place and 电 that stay text, none of their words in a byline: a
#: preposition or a verb between the name and the place (`王明在北京`), the lead's hanzi inside the word
#: of 电 (电视台, 电信), a clause before 电 (REPORTER_SENTENCES of v21 too).
REPORTER_LOOKALIKES = [
    "记者王明在北京电视台工作。",
    "本报记者王明在北京电视台工作。",
    "本报记者王明在北京电 视台工作。",
    "新华社记者李华北京电视台报道，市场回暖。",
    "本报记者王明北京电 视台记者走访了市民。",
    "本报记者从北京电 力公司获悉情况。",
    "本报记者昨日获悉北京电 价将上调。",
]


@pytest.mark.parametrize("line", REPORTER_LOOKALIKES, ids=[t[:10] for t in REPORTER_LOOKALIKES])
def test_reporter_sentence_stays_text(line: str) -> None:
    _assert_text(line)


# 4. A verb of report after an agency's 电.

#: An agency's or the paper's 电 before a verb of report across its gap or line break is the subject
#: of a sentence about the report, as a news site's `消息` is (`人民网消息 称，…`). Before,
#: `新华社电 报称，…` was cut into the byline `新华社电` and a paragraph opening with `报称，`.
REPORT_SENTENCES = [
    "新华社电 报称，今年夏粮丰收。",
    "新华社电 称，今年夏粮丰收。",
    "新华社北京电 报称，今年夏粮丰收。",
    "中新社电 报道，今年夏粮丰收。",
    "新华社北京12日电 报称，今年夏粮丰收。",
    "新华社电\n报称，今年夏粮丰收。",
    "新華社電 報稱，今年夏糧豐收。",
    "新华社电视台报道，市场回暖。",
]


@pytest.mark.parametrize("line", REPORT_SENTENCES, ids=[t[:8] for t in REPORT_SENTENCES])
def test_agency_wire_before_a_reporting_verb_stays_text(line: str) -> None:
    _assert_text(line)


def test_agency_wire_before_a_reporting_verb_loses_the_stray_gap_as_site_news_does() -> None:
    """The gap goes in both: the spacing step and the labels read one sentence."""
    for line in ("新华社电 报称，今年夏粮丰收。", "人民网消息 称，今年夏粮丰收。"):
        assert "".join(line.split()) + "\n" in _normalized(f"{TITLE}\n\n{line}{SECOND}")


#: (dateline, lead): a lead opening with a noun of a reporting verb (报告会, 报道组) or with 据 keeps
#: its agency's dateline a byline.
REPORT_NOUN_LEADS = [
    ("新华社电", "报告会今日举行。"),
    ("新华社电", "报道组抵达灾区。"),
    ("新华社北京电", "据统计，今年夏粮丰收。"),
]


@pytest.mark.parametrize(("dateline", "lead"), REPORT_NOUN_LEADS, ids=[t[:3] for _, t in REPORT_NOUN_LEADS])
def test_agency_wire_before_a_reporting_noun_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


# 2. A dispatch under a photo's caption in one block.

#: (caption, dateline, lead): a caption's line closing its sentence, then a dispatch's dateline and
#: its lead on the next line. Before, the dispatch was the caption's text, the dateline's gap kept
#: inside the caption (`图为市民排队` / `北京12日电 视察组抵达。`, no byline, no paragraph); now the
#: dispatch is cut off the caption, as with a blank line between.
CAPTION_DISPATCHES = [
    ("图为市民排队", "北京12日电", "视察组今日抵达。"),
    ("图为北京电视塔", "北京12日电", "视察组今日抵达。"),
    ("图：市民在街头排队（王明摄）", "新华社北京电", "台湾当局表示，将继续推进。"),
    ("图为市民排队", "中央社台北10日電", "台灣今天發布數據。"),
    ("图为市民排队。", "本报讯", "记者从市住建局获悉。"),
]


@pytest.mark.parametrize(
    ("caption", "dateline", "lead"), CAPTION_DISPATCHES, ids=[c[:4] + d[:4] for c, d, _ in CAPTION_DISPATCHES]
)
def test_dispatch_under_a_caption_is_cut_off_it(caption: str, dateline: str, lead: str) -> None:
    page = f"{TITLE}\n\n{caption}\n{dateline} {lead}{SECOND}"
    assert f"\n{dateline} {lead}\n" in _normalized(page)
    first = _json(page)["articles"][0]
    assert (first["captions"], first["byline"]) == ([caption], [dateline])
    assert [p["text"] for p in first["paragraphs"]] == [lead]
    assert f"<byline>{dateline}</byline>" in _tei(page)


#: (block, caption): a caption's sentence left open on its line goes on across the break, a dateline's
#: look on the next line being its words, and the stray space after it goes (电视台). Before, it stayed
#: inside the caption (`图为视察组在` / `北京12日电 视台参观。`). A sentence reporting a dispatch (`据…`)
#: and a 电 glued to its word stay the caption's too.
CAPTION_SENTENCES = [
    ("图为视察组在\n北京12日电 视台参观。", "图为视察组在\n北京12日电视台参观。"),
    ("图为视察组成员与\n北京12日电 视台记者交流。", "图为视察组成员与\n北京12日电视台记者交流。"),
    ("图为市民排队\n据新华社电 台湾当局表示。", "图为市民排队\n据新华社电台湾当局表示。"),
    ("图为北京电视塔\n北京12日电视塔迎来游客。", "图为北京电视塔\n北京12日电视塔迎来游客。"),
]


@pytest.mark.parametrize(("block", "caption"), CAPTION_SENTENCES, ids=[c[:6] for c, _ in CAPTION_SENTENCES])
def test_caption_sentence_across_a_line_break_stays_the_captions(block: str, caption: str) -> None:
    first = _json(f"{TITLE}\n\n{block}{SECOND}")["articles"][0]
    assert (first["captions"], first["byline"], first["paragraphs"]) == ([caption], [], [])


def test_caption_alone_stays_one() -> None:
    first = _json(f"{TITLE}\n\n图为北京电视塔{SECOND}")["articles"][0]
    assert (first["captions"], first["byline"]) == (["图为北京电视塔"], [])
