"""Datelines of places and web outlets (v21).

An archivist of Singapore's, Malaysia's and mainland papers found datelines read as sentences, the gap
after them removed and no byline cut: places jieba does not tag a place (`加影12日讯 雪州政府…` became
`加影12日讯雪州政府…`), now read from the shipped list `rules/names/dateline-places.txt`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

import layoutfix
from layoutfix.normalize.steps import NormalizeOptions, normalize_text

#: The title over each dateline, and a second article under it.
TITLE = "政府宣布新措施"
SECOND = "\n\n第二篇新闻\n\n本报讯 市民纷纷表示欢迎。\n"


def _json(page: str) -> dict:
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _tei(page: str) -> str:
    return layoutfix.convert(page.encode(), fmt="tei").output


def _normalized(text: str) -> str:
    return normalize_text(text, NormalizeOptions()).text


def _hanzi(text: str) -> str:
    return "".join(text.split())


def _assert_dateline(dateline: str, gap: str, lead: str) -> None:
    """The dateline is its article's byline, its gap kept in the text, the lead its paragraph."""
    page = f"{TITLE}\n\n{dateline}{gap}{lead}{SECOND}"
    assert f"{dateline}{gap}{lead}\n" in _normalized(page)
    first = _json(page)["articles"][0]
    assert (first["titles"], first["byline"]) == ([TITLE], [dateline])
    assert [p["text"] for p in first["paragraphs"]] == [lead]
    assert f"<byline>{dateline}</byline>" in _tei(page)


def _assert_text(line: str) -> None:
    """The line is no dateline: no byline, its hanzi whole in one paragraph."""
    page = f"{TITLE}\n\n{line}{SECOND}"
    first = _json(page)["articles"][0]
    assert first["byline"] == []
    assert any(_hanzi(line) == _hanzi(p["text"]) for p in first["paragraphs"])


#: (dateline, lead): places jieba reads as a person's name, an adverb or a noun, or does not know.
LISTED_PLACES = [
    ("加影12日讯", "雪州政府今日宣布，新的措施将于下月实施。"),
    ("雪兰莪12日讯", "州政府今日宣布多项新措施。"),
    ("士毛月12日讯", "当地居民今日举行集会。"),
    ("马尼拉12日电", "菲律宾总统今日宣布新措施。"),
    ("首尔12日电", "韩国政府今日宣布新措施。"),
    ("胡志明市12日电", "越南南部今日迎来降雨。"),
    ("仰光12日电", "缅甸政府今日宣布新措施。"),
    ("金边12日电", "柬埔寨政府今日宣布新措施。"),
    ("万象12日电", "老挝政府今日宣布新措施。"),
    ("莫斯科12日电", "俄罗斯政府今日宣布新措施。"),
    ("柏林十二日电", "德国政府今日宣布新措施。"),
    ("新德里12日电", "印度政府今日宣布新措施。"),
    ("乌兰巴托12日电", "蒙古国政府今日宣布新措施。"),
    ("文莱12日讯", "苏丹今日发表讲话。"),
]


@pytest.mark.parametrize(("dateline", "lead"), LISTED_PLACES, ids=[d for d, _ in LISTED_PLACES])
def test_listed_place_dateline_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


def test_listed_place_in_traditional_script() -> None:
    _assert_dateline("馬尼拉12日電", " ", "菲律賓總統今日宣佈新措施。")


#: Sentences that open with a word and a day before 日讯/日电 and must stay text: a place glued to its
#: word (`马尼拉12日讯息显示…`), a word naming no place (`新闻`, `今年`), a listed place inside a
#: sentence or after a reporting word.
LISTED_PLACE_LOOKALIKES = [
    "马尼拉12日讯息显示，菲律宾经济增长放缓。",
    "加影12日电视台播出了专题节目。",
    "新闻12日讯 全市新闻发布会召开。",
    "今年12日电 视台播出了专题节目。",
    "据马尼拉12日电，菲律宾总统今日宣布新措施。",
    "首相说加影12日讯 不实，并要求更正。",
]


@pytest.mark.parametrize("line", LISTED_PLACE_LOOKALIKES, ids=[t[:8] for t in LISTED_PLACE_LOOKALIKES])
def test_listed_place_lookalike_stays_text(line: str) -> None:
    _assert_text(line)


def test_every_listed_place_names_one() -> None:
    """Every name of the shipped list is of 2 to 5 hanzi, the length of a place a dateline reads."""
    from layoutfix.lexicon import dateline_places

    places = dateline_places()
    assert {"吉隆坡", "加影", "马尼拉", "首尔"} <= places
    assert all(2 <= len(p) <= 5 for p in places)


#: (dateline, lead): a named place's dated dateline before a gap on its line, whose 讯 or 电 makes a
#: word with the lead's first hanzi (电线, 讯息, 电流, 电台, 电视, 电力). Before, read as a sentence: the
#: gap went (`吉隆坡12日电线上会议…`) and no byline was cut.
FUSED_LEADS = [
    ("吉隆坡12日电", "线上会议今日举行。"),
    ("新山12日讯", "息口上调引发关注。"),
    ("槟城12日电", "流感病例今日增加。"),
    ("吉隆坡12日电", "台风来袭，多所学校停课。"),
    ("加影十二日电", "视察团今日抵达。"),
    ("马尼拉12日电", "力争经济增长的计划公布。"),
    # Decided (v21): a sentence cut by a stray space right after its day's 电 reads as a dateline too.
    # Read so, every character stays (the space too); read as a sentence, a real dispatch lost its gap.
    ("上海12日电", "力供应紧张，多区限电。"),
    ("香港7日电", "影节开幕，众多明星出席。"),
]


@pytest.mark.parametrize(("dateline", "lead"), FUSED_LEADS, ids=[d + t[:2] for d, t in FUSED_LEADS])
def test_dated_place_dateline_before_a_gap_is_one(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


#: Look-alikes of those that stay text: the word before the day names no place, the dateline is glued
#: to its 讯 or 电's word, or a line break (a line wraps anywhere) separates the word's hanzi.
FUSED_LOOKALIKES = [
    "今年12日电 视台播出了专题节目。",
    "全市12日讯 息发布平台正式上线。",
    "警方12日讯 问了三名嫌犯。",
    "上证12日电 力板块大涨。",
    "吉隆坡12日电线上会议今日举行。",
    "上海12日电\n力供应紧张，多区限电。",
    "香港七日电\n影节开幕，众多明星出席。",
]


@pytest.mark.parametrize("line", FUSED_LOOKALIKES, ids=[t[:8] for t in FUSED_LOOKALIKES])
def test_fused_lookalike_stays_text(line: str) -> None:
    _assert_text(line)


#: (dateline, lead): news sites' datelines, as 新华社's (`新华社北京5月6日电`). Before, all but 人民网's
#: dated one were read as sentences, the gap removed (`中新网北京12日电国家统计局…`, `央视网消息国家…`).
WEB_OUTLETS = [
    ("中新网北京12日电", "国家统计局今日发布数据。"),
    ("中国新闻网北京12日电", "国家统计局今日发布数据。"),
    ("央视网消息", "国家统计局今日发布数据。"),
    ("央广网北京5月6日消息", "国家统计局今日发布数据。"),
    ("光明网北京5月6日电", "国家统计局今日发布数据。"),
    ("人民网北京5月6日电", "国家统计局今日发布数据。"),
    ("新华社北京5月6日电", "国家统计局今日发布数据。"),
]


@pytest.mark.parametrize(("dateline", "lead"), WEB_OUTLETS, ids=[d for d, _ in WEB_OUTLETS])
def test_web_outlet_dateline_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


def test_web_outlet_dateline_in_traditional_script() -> None:
    _assert_dateline("央視網消息", " ", "國家統計局今日發佈數據。")


#: Sentences opening with a news site's name that stay text: a verb or other words before 消息, a hanzi
#: glued after it, a reporting mark after the dateline, a dispatch reported.
WEB_OUTLET_LOOKALIKES = [
    "央视网消息显示，国家统计局今日发布数据。",
    "央视网消息称，国家统计局今日发布数据。",
    "人民网发布消息说，国家统计局今日发布数据。",
    "据中新网北京12日电，国家统计局今日发布数据。",
    "中新网北京12日电，国家统计局今日发布数据。",
]


@pytest.mark.parametrize("line", WEB_OUTLET_LOOKALIKES, ids=[t[:8] for t in WEB_OUTLET_LOOKALIKES])
def test_web_outlet_lookalike_stays_text(line: str) -> None:
    _assert_text(line)


#: (dateline, lead): an agency's or the paper's dateline without a day before a gap, whose 电 makes a
#: word with the lead's first hanzi that the lead's own first word reaches past (电台 / 台湾, 台风).
#: Before, read as a sentence: `新华社北京电台湾当局…`, no byline.
UNDATED_WIRES = [
    ("新华社北京电", "台湾当局今日宣布新措施。"),
    ("本报北京电", "台风“杜苏芮”今日登陆。"),
    ("新华社北京电", "记者王丽报道，国家统计局今日发布数据。"),
]


@pytest.mark.parametrize(("dateline", "lead"), UNDATED_WIRES, ids=[d + t[:2] for d, t in UNDATED_WIRES])
def test_undated_wire_before_a_gap_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


def test_undated_wire_in_traditional_script() -> None:
    _assert_dateline("新華社北京電", " ", "台灣當局今日宣佈新措施。")


#: Sentences a stray space cut inside a word of 电 that stay text, glued back: the lead's first hanzi
#: belong to that word (电信, 电视台, 电话), or no gap at all (电网).
UNDATED_WIRE_LOOKALIKES = [
    "本报记者走进中国电 信营业厅，了解情况。",
    "本报记者走进市电 视台演播厅。",
    "本报记者拨打电 话联系了当事人。",
    "新华社记者在国家电网公司了解到，电网运行平稳。",
]


@pytest.mark.parametrize("line", UNDATED_WIRE_LOOKALIKES, ids=[t[:8] for t in UNDATED_WIRE_LOOKALIKES])
def test_undated_wire_lookalike_stays_text(line: str) -> None:
    _assert_text(line)
    page = f"{TITLE}\n\n{line}{SECOND}"
    assert _hanzi(line) + "\n" in _normalized(page)  # the stray space gone


def test_web_outlet_dateline_before_a_colon_opens_the_paragraph() -> None:
    """`央视网消息（新闻联播）：…` is one paragraph, as `本报讯：…` is: no byline cut before the colon."""
    _assert_text("央视网消息（新闻联播）：国家统计局今日发布数据。")
    _assert_text("央视网消息：国家统计局今日发布数据。")


# Review mend (v21, D1b): what the dateline commits above made wrong.

#: Sentences opening with a reporter's label, a verb or other words before a 电 and a stray space:
#: only an agency's or the paper's name and a place alone before 电 (`新华社北京电`) may have a lead
#: owning the word its 电 opens (台风 past 电台). Before, `本报记者获悉居民用电 价格将上调。` was cut into
#: the byline `本报记者获悉居民用电` and the paragraph `价格将上调。`.
REPORTER_SENTENCES = [
    "本报记者获悉居民用电 价格将上调。",
    "新华社记者获悉居民用电 价格保持稳定。",
    "本报记者昨日获悉居民用电 价格将调整。",
    "本报记者在市电 话题引发关注。",
    "本报记者在中国电 信息中心采访。",
    "本报记者从国家电 力公司获悉情况。",
]


@pytest.mark.parametrize("line", REPORTER_SENTENCES, ids=[t[:10] for t in REPORTER_SENTENCES])
def test_reporter_sentence_with_a_stray_space_after_dian_stays_text(line: str) -> None:
    _assert_text(line)
    assert _hanzi(line) + "\n" in _normalized(f"{TITLE}\n\n{line}{SECOND}")  # the stray space gone


#: (dateline, lead): an agency's, a site's or the paper's undated dateline naming a place alone, whose
#: lead owns the word its 电 would open (台风, 台湾): bylines, as before the review.
SOURCE_AND_PLACE_DATELINES = [
    ("中新网北京电", "台风来袭，多所学校停课。"),
    ("本报南宁市电", "台风来袭，多所学校停课。"),
    ("新华社联合国电", "台湾问题再度引发关注。"),
]


@pytest.mark.parametrize(
    ("dateline", "lead"), SOURCE_AND_PLACE_DATELINES, ids=[d for d, _ in SOURCE_AND_PLACE_DATELINES]
)
def test_source_and_place_dateline_before_its_own_word_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


def test_long_gap_after_an_undated_wire_reads_the_lead_as_the_labels_do() -> None:
    """The spacing step read 8 characters from the gap's start, the labels 8 after it: under a gap of 7
    spaces the spacing step saw `台` alone (电台) and glued `本报北京电台风…`, no byline."""
    page = f"{TITLE}\n\n本报北京电       台风来袭，多所学校停课。{SECOND}"
    first = _json(page)["articles"][0]
    assert first["byline"] == ["本报北京电"]
    assert [p["text"] for p in first["paragraphs"]] == ["台风来袭，多所学校停课。"]


#: A line inside a paragraph opening with what reads as a dateline and a stray space: the labels cut no
#: byline there, so the space goes as any stray one. Before, it stayed (`…首尔7日电 影节开幕。`).
INNER_LINES = [
    ("据报道，\n首尔7日电 影节开幕。", "首尔7日电影节开幕。"),
    ("记者获悉，\n北京12日讯 息平台上线。", "北京12日讯息平台上线。"),
    ("他说：“\n金宝12日电 话联系了我。”", "金宝12日电话联系了我。”"),
    # a named source after a line cut before it (review RD1c: the gap stayed inside the sentence)
    ("据\n新华社电 台湾当局表示，将继续推进。", "新华社电台湾当局表示，将继续推进。"),
    ("他说：“\n又电 台湾省政府表示。”", "又电台湾省政府表示。”"),
]


@pytest.mark.parametrize(("lines", "glued"), INNER_LINES, ids=[g[:6] for _, g in INNER_LINES])
def test_dateline_look_inside_a_sentence_loses_its_stray_space(lines: str, glued: str) -> None:
    _assert_text(lines)
    assert f"\n{glued}\n" in _normalized(f"{TITLE}\n\n{lines}{SECOND}")


#: A dateline's line under a title line or a finished sentence in its block keeps its gap.
LATER_DATELINES = [
    ("市民纷纷表示欢迎\n", "吉隆坡12日讯 马来西亚首相今日宣布新措施。"),
    ("会议今日召开。\n", "吉隆坡12日讯 马来西亚首相今日宣布新措施。"),
]


@pytest.mark.parametrize(("above", "line"), LATER_DATELINES, ids=["title", "sentence"])
def test_dateline_under_a_title_or_a_sentence_keeps_its_gap(above: str, line: str) -> None:
    assert f"\n{line}\n" in _normalized(f"{TITLE}\n\n{above}{line}{SECOND}")


#: A news site's `消息` before a verb of speech or report is the subject of a sentence. Before,
#: `人民网消息 称，…` was cut into the byline `人民网消息` and a paragraph opening with `称，`.
SITE_NEWS_SENTENCES = [
    "人民网消息 称，今年夏粮丰收。",
    "中新网消息 显示，市场持续回暖。",
    "央视网消息 报道，国家统计局今日发布数据。",
    "人民网消息\n称，今年夏粮丰收。",
]


@pytest.mark.parametrize("line", SITE_NEWS_SENTENCES, ids=[t[:8] for t in SITE_NEWS_SENTENCES])
def test_site_news_before_a_reporting_verb_stays_text(line: str) -> None:
    _assert_text(line)


def test_site_news_before_its_lead_is_still_a_byline() -> None:
    _assert_dateline("人民网消息", " ", "国务院今日发布通知。")


#: Listed places that are also common words or names (marked `*` in the list): a stray space after
#: their 讯 or 电 inside a word (电话, 电视台, 讯问) is a sentence's, as before the list. Before,
#: `林茂12日电 话中表示…` was cut into the byline `林茂12日电` and the paragraph `话中表示…`.
PLACE_WORD_SENTENCES = [
    "林茂12日电 话中表示，将尽快处理。",
    "金宝12日电 话联系了当事人。",
    "太平12日电 视台播出专题节目。",
    "古来12日讯 问了三名嫌犯。",
]


@pytest.mark.parametrize("line", PLACE_WORD_SENTENCES, ids=[t[:6] for t in PLACE_WORD_SENTENCES])
def test_place_that_is_a_word_before_a_split_word_stays_text(line: str) -> None:
    _assert_text(line)
    assert _hanzi(line) + "\n" in _normalized(f"{TITLE}\n\n{line}{SECOND}")


#: Their datelines before a lead opening with its own word stay bylines.
PLACE_WORD_DATELINES = [
    ("林茂12日电", "当地政府宣布新措施。"),
    ("太平12日讯", "当地居民反映问题。"),
    ("北海12日电", "广西沿海今日迎来降雨。"),
]


@pytest.mark.parametrize(("dateline", "lead"), PLACE_WORD_DATELINES, ids=[d for d, _ in PLACE_WORD_DATELINES])
def test_place_that_is_a_word_dateline_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


def test_marked_places_are_listed_places() -> None:
    """The `*` marks name places of the list, read without the mark."""
    from layoutfix.lexicon import dateline_place_words, dateline_places

    words = dateline_place_words()
    assert {"林茂", "太平", "古来", "芙蓉", "北海"} <= words <= dateline_places()
    assert not {"吉隆坡", "东京", "槟城"} & words
    assert not any("*" in p for p in dateline_places())


# Review mend (v21, D1c): what the D1b mend above made wrong.

#: (dateline, lead): an agency's or the paper's undated dateline naming no place, or a 专电, whose
#: lead owns the word its 电 would open (电台 / 台湾, 电视 / 视察, 电力 / 力争, 电网 / 网络). Before, read
#: as a sentence: `新华社电台湾地区今年出生人口创新低。`, no byline.
UNDATED_WIRES_WITHOUT_PLACE = [
    ("新华社电", "台湾地区今年出生人口创新低。"),
    ("中新社电", "台湾当局表示。"),
    ("本报电", "台风来袭。"),
    ("新华社专电", "台湾当局表示。"),
    ("新华社北京专电", "台湾当局表示。"),
    ("新华社电", "视察组抵达。"),
    ("新华社电", "力争今年完成。"),
    ("新华社电", "网络安全周开幕。"),
]


@pytest.mark.parametrize(
    ("dateline", "lead"), UNDATED_WIRES_WITHOUT_PLACE, ids=[d + t[:2] for d, t in UNDATED_WIRES_WITHOUT_PLACE]
)
def test_undated_wire_without_a_place_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


#: Their look-alikes stay sentences: the lead's first hanzi belong to the word of 电 (电视台, 电讯稿),
#: or a word stands before the agency's name.
UNDATED_WIRE_WITHOUT_PLACE_LOOKALIKES = [
    "本报电 视台记者走访了市民。",
    "新华社电 讯稿显示，经济回暖。",
    "据新华社电 台湾当局表示。",
]


@pytest.mark.parametrize(
    "line", UNDATED_WIRE_WITHOUT_PLACE_LOOKALIKES, ids=[t[:6] for t in UNDATED_WIRE_WITHOUT_PLACE_LOOKALIKES]
)
def test_undated_wire_without_a_place_lookalike_stays_text(line: str) -> None:
    _assert_text(line)


CAPTION = "图：市民在街头排队（王明摄）\n"

#: (line above, dateline's line): a dateline on its block's second line under a photo's caption, an
#: end mark or a caption's lead; or a dateline naming its agency, paper or site under any line. Before,
#: its gap went (`…10日電台灣今天…`), as inside a sentence.
SECOND_LINE_DATELINES = [
    (CAPTION, "中央社台北10日電 台灣今天發布數據。"),
    (CAPTION, "新华社北京电 台湾当局表示，将继续推进。"),
    (CAPTION, "本报吉隆坡12日讯 马来西亚首相表示。"),
    (CAPTION, "本报讯 记者从市住建局获悉。"),
    (CAPTION, "人民网消息 据统计，今年夏粮丰收。"),
    (CAPTION, "首尔12日电 韩国政府宣布。"),
    (CAPTION, "吉隆坡12日电 线上会议今天举行。"),
    ("（完）\n", "吉隆坡12日电 线上会议今天举行。"),
    ("（完）\n", "新华社北京电 台湾当局表示。"),
    ("(完)\n", "中央社台北10日電 台灣今天發布數據。"),
    ("——完——\n", "吉隆坡12日电 线上会议今天举行。"),
    ("——完——\n", "本报北京电 台风“梅花”登陆。"),
    ("图为市民排队\n", "中央社台北10日電 台灣今天發布數據。"),
    ("图为市民排队\n", "新山12日讯 息口上调。"),
]


@pytest.mark.parametrize(
    ("above", "line"), SECOND_LINE_DATELINES, ids=[a[:3] + b[:6] for a, b in SECOND_LINE_DATELINES]
)
def test_second_line_dateline_after_a_caption_or_end_mark_keeps_its_gap(above: str, line: str) -> None:
    assert f"\n{line}\n" in _normalized(f"{TITLE}\n\n{above}{line}{SECOND}")


#: (dateline, lead): marked places (`*`: words or names too) whose lead owns the word their 电 would
#: open (电台 / 台风, 电力 / 力争, 电话 / 话剧). Before, read as a sentence: `太平12日电台风来袭。`.
PLACE_WORD_OWN_LEADS = [
    ("太平12日电", "台风来袭，多所学校停课。"),
    ("万象12日电", "力争今年完成电网改造。"),
    ("金宝12日电", "话剧节今日开幕。"),
]


@pytest.mark.parametrize(("dateline", "lead"), PLACE_WORD_OWN_LEADS, ids=[d for d, _ in PLACE_WORD_OWN_LEADS])
def test_marked_place_dateline_before_a_lead_owning_its_word_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


#: (dateline, lead): a reporting verb opening a noun (`报道组`, `报道员`) is no verb: a site's dateline.
#: Before, `人民网消息 报道组抵达灾区。` read as a sentence (jieba's first word 报道), no byline.
SITE_NEWS_AGENT_LEADS = [
    ("人民网消息", "报道组抵达灾区。"),
    ("央视网消息", "报道员深入一线采访。"),
]


@pytest.mark.parametrize(
    ("dateline", "lead"), SITE_NEWS_AGENT_LEADS, ids=[t[:3] for _, t in SITE_NEWS_AGENT_LEADS]
)
def test_site_news_before_a_reporting_noun_is_a_byline(dateline: str, lead: str) -> None:
    _assert_dateline(dateline, " ", lead)


def test_site_news_before_two_reporting_verbs_stays_text() -> None:
    _assert_text("人民网消息 报道称，市场回暖。")


def test_block_of_dateline_lines_reads_its_title_lines_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each line of a long block of place datelines asked where the block's title lines end (an
    8,000-line block took 8 times as long as before the line test); now each block asks once."""
    import layoutfix.normalize.spacing as spacing

    calls: list[int] = []
    title_line_ends = spacing.title_line_ends

    def counted(text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
        calls.append(start)
        return title_line_ends(text, start, end)

    monkeypatch.setattr(spacing, "title_line_ends", counted)
    _normalized(TITLE + "\n" + "\n".join(["北京12日电 国家统计局发布数据"] * 200) + "\n")
    assert len(calls) < 20
