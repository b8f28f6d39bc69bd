"""Structure of Singapore's and Malaysia's Chinese pages (v20).

An archivist's walk-through of 联合早报, 南洋商报, 星洲日报 and 光华日报 pages found structure missed:
a dateline naming neither paper nor agency (`吉隆坡12日讯 马来西亚首相…`, the usual form there) was no
dateline, so the gap after it went (`吉隆坡12日讯马来西亚首相…`) and, under a jump marker, the next
article's title became a subhead of the article above. Now such a dateline is the byline of its
article, as `本报吉隆坡12日讯` is, in either script; a sentence that only reports a dispatch
(`据吉隆坡12日讯，…`) or glues a verb to the day (`警方12日讯问…`) stays text.
"""

from __future__ import annotations

import json

import pytest

import layoutfix
from layoutfix.normalize.steps import NormalizeOptions, normalize_text

#: An article continued on another page, then the next article's title: the page of t/m1.txt.
ABOVE_SC = (
    "李光耀吁国人团结\n\n本报记者 陈美玲\n\n总理李光耀昨天在群众大会上致词，他强调新加坡人民必须团结。\n\n"
    "（下转第4版）\n\n"
)
ABOVE_TC = (
    "李光耀籲國人團結\n\n本報記者 陳美玲\n\n總理李光耀昨天在群眾大會上致詞，他強調新加坡人民必須團結。\n\n"
    "（下轉第4版）\n\n"
)


def _json(page: str) -> dict:
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _normalized(text: str) -> str:
    return normalize_text(text, NormalizeOptions()).text


#: (page above, title, dateline, gap, lead): the dateline is the next article's byline.
DATELINES = [
    (ABOVE_SC, "马来西亚首相敦阿都拉萨访新", "吉隆坡12日讯", " ", "马来西亚首相将于本月下旬访问新加坡。"),
    (ABOVE_SC, "马来西亚首相敦阿都拉萨访新", "吉隆坡十二日电", " ", "马来西亚首相将于本月下旬访问新加坡。"),
    (ABOVE_SC, "霹雳州政府宣布新措施", "怡保12日讯", " ", "霹雳州政府昨日宣布多项新措施。"),
    (ABOVE_SC, "马来西亚首相敦阿都拉萨访新", "（吉隆坡12日讯）", "", "马来西亚首相将于本月下旬访问新加坡。"),
    (ABOVE_SC, "马来西亚首相敦阿都拉萨访新", "【吉隆坡12日讯】", "", "马来西亚首相将于本月下旬访问新加坡。"),
    (ABOVE_TC, "馬來西亞首相敦阿都拉薩訪新", "吉隆坡12日訊", " ", "馬來西亞首相將於本月下旬訪問新加坡。"),
    (ABOVE_TC, "檳州政府宣佈新措施", "檳城十日電", " ", "檳州政府昨日宣佈多項新措施。"),
    (ABOVE_TC, "馬來西亞首相敦阿都拉薩訪新", "（吉隆坡12日訊）", "", "馬來西亞首相將於本月下旬訪問新加坡。"),
    ("", "新加坡国会通过预算案", "新加坡12日讯", " ", "国会今天三读通过新财政年度预算案。"),
]


@pytest.mark.parametrize(
    ("above", "title", "dateline", "gap", "lead"), DATELINES, ids=[d[2] for d in DATELINES]
)
def test_place_dateline_opens_the_next_article(
    above: str, title: str, dateline: str, gap: str, lead: str
) -> None:
    page = f"{above}{title}\n\n{dateline}{gap}{lead}\n"
    assert _normalized(page).endswith(f"{dateline}{gap}{lead}\n")  # the gap kept
    article = _json(page)["articles"][-1]
    assert (article["titles"], article["byline"], article["subheads"]) == ([title], [dateline], [])
    assert [p["text"] for p in article["paragraphs"]] == [lead]


#: (paragraph under the title): text that only looks like a place's dateline stays text, so the title
#: stays a subhead of the article above (as before) and the paragraph keeps its words.
NOT_DATELINES = [
    "据吉隆坡12日讯，马来西亚首相将于本月下旬访问新加坡。",
    "另据吉隆坡12日电，马来西亚首相将于本月下旬访问新加坡。",
    "警方12日讯问了三名嫌犯，案情仍在调查中。",
    "总统12日电贺新加坡国庆，两国关系良好。",
    "首相说吉隆坡12日讯 不实，并要求更正。",
    "據吉隆坡12日訊，馬來西亞首相將於本月下旬訪問新加坡。",
]


@pytest.mark.parametrize("lead", NOT_DATELINES, ids=[t[:8] for t in NOT_DATELINES])
def test_sentence_is_no_place_dateline(lead: str) -> None:
    page = f"{ABOVE_SC}马来西亚首相敦阿都拉萨访新\n\n{lead}\n"
    (article,) = _json(page)["articles"]
    assert article["byline"] == ["本报记者 陈美玲"]
    assert article["paragraphs"][-1]["text"] == _normalized(lead).strip()
    assert _normalized(lead).strip().startswith(lead[:4])


#: Sentences opening with a word, a day and 日电/日讯 that look like a place's dateline and are none
#: (review of s20-M2): the 电 or 讯 opens a word with the hanzi after a stray space or a line break
#: (电力, 电视, 讯息, 讯问, 电贺, 电话, 电影, 电汇, 电报, 电令, 电台, 电告, 电子), the word before the day
#: names no place (`新闻`, `该公司`), or a closing quote, bracket, dash or ellipsis follows the day.
#: (v21: a named place's dated dateline before a gap on its line is one whatever hanzi follows, so
#: `上海12日电 力供应紧张…`, `香港7日电 影节…`, `深市12日电 子股…` left this table for
#: tests/test_datelines_v21.py, read as datelines that keep every character.)
PLACE_DATELINE_LOOKALIKES = [
    "今年12日电 视台播出了专题节目。",
    "全市12日讯 息发布平台正式上线。",
    "警方12日讯 问了三名嫌犯。",
    "总统12日电 贺新加坡国庆。",
    "他们在12日电 话中表示同意。",
    "公司十二日电 汇款项已到账。",
    "三月十二日电 视台报道了此事。",
    "各地12日电 报纷纷传来喜讯。",
    "政府12日电 令各部门做好防汛准备。",
    "今天12日电 台播出节目。",
    "李明12日电 告家人平安。",
    "金价12日电 子盘走高。",
    "上证12日电 力板块大涨。",
    "昨天12日讯 问笔录完成。",
    "新闻12日讯 全市新闻发布会召开。",
    "香港七日电\n影节开幕，众多明星出席。",
    "上海12日电\n力供应紧张，多区限电。",
    "大会12日讯\n息发布平台上线。",
    "全国12日电\n视电话会议召开。",
    "本月12日电”一文引起关注。",
    "中央12日电——这是最新消息。",
    "两国12日电）各方表示欢迎。",
    "市长5日电…… 各方关注。",
    "该公司12日电",
]
#: Where such a sentence stands: under a title after a jump marker, inside an article, opening the
#: page. (page before it, page after it, the page's bylines)
LOOKALIKE_PLACES = [
    (f"{ABOVE_SC}马来西亚首相敦阿都拉萨访新\n\n", "", ["本报记者 陈美玲"]),
    (
        "全市推进老旧小区改造\n\n本报记者 王丽\n\n今年以来，全市共改造老旧小区120个。\n\n",
        "\n居民纷纷表示满意。\n",
        ["本报记者 王丽"],
    ),
    ("", "", []),
]


def _hanzi(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lead", PLACE_DATELINE_LOOKALIKES, ids=[t[:8] for t in PLACE_DATELINE_LOOKALIKES])
@pytest.mark.parametrize(("before", "after", "byline"), LOOKALIKE_PLACES, ids=["under-title", "mid", "open"])
def test_place_dateline_lookalike_stays_whole(lead: str, before: str, after: str, byline: list[str]) -> None:
    articles = _json(f"{before}{lead}\n{after}")["articles"]
    assert [b for a in articles for b in a["byline"]] == byline  # no byline cut off the sentence
    texts = [t for a in articles for t in a["titles"] + a["subheads"] + [p["text"] for p in a["paragraphs"]]]
    assert any(_hanzi(lead) in _hanzi(t) for t in texts)  # its words whole, in one piece


#: (dateline, gap, lead): a place's dateline whose 讯 or 电 opens no word with the lead (`电 / 台湾`,
#: `讯 / 12名`), named by jieba (`北京`), the list of Malaysian places (`槟城`) or its last hanzi
#: (`霹雳州`, `新山市`), before a gap, a line break or an opening bracket.
MORE_DATELINES = [
    ("北京12日讯", " ", "北京市政府今天发布通知。"),
    ("吉隆坡12日电", " ", "台湾代表团今天抵达。"),
    ("吉隆坡12日讯", " ", "12名议员出席会议。"),
    ("吉隆坡12日讯", "", "《南洋商报》报道，首相将访问新加坡。"),
    ("新山十日电", "", "《南洋商报》报道。"),
    ("霹雳州12日讯", " ", "州政府宣布新措施。"),
    ("新山市12日电", " ", "柔佛州政府宣布新措施。"),
    ("槟城十二日电", " ", "槟州政府宣布新措施。"),
    ("吉隆坡12日讯", "\n", "马来西亚首相将于本月下旬访问新加坡。"),
]


@pytest.mark.parametrize(
    ("dateline", "gap", "lead"), MORE_DATELINES, ids=[d[0] + d[2][:2] for d in MORE_DATELINES]
)
def test_place_dateline_before_its_lead(dateline: str, gap: str, lead: str) -> None:
    title = "马来西亚首相敦阿都拉萨访新"
    article = _json(f"{ABOVE_SC}{title}\n\n{dateline}{gap}{lead}\n")["articles"][-1]
    assert (article["titles"], article["byline"]) == ([title], [dateline])
    assert [p["text"] for p in article["paragraphs"]] == [lead]


def test_place_dateline_mid_paragraph_is_text() -> None:
    page = "新加坡国会通过预算案\n\n国会今天通过预算案。新加坡12日讯 另有消息指出，部长将出访。\n"
    (article,) = _json(page)["articles"]
    assert article["byline"] == []
    (paragraph,) = article["paragraphs"]
    assert paragraph["text"].startswith("国会今天通过预算案。新加坡12日讯")


#: An article under the jump marker's, then the agencies' credit on a line of its own.
WIRE_STORY_SC = (
    "马来西亚首相敦阿都拉萨访新\n\n本报吉隆坡12日讯 马来西亚首相将于本月下旬访问新加坡。\n\n"
    "两国关系正在改善。\n\n"
)
WIRE_STORY_TC = (
    "馬來西亞首相敦阿都拉薩訪新\n\n本報吉隆坡12日訊 馬來西亞首相將於本月下旬訪問新加坡。\n\n"
    "兩國關係正在改善。\n\n"
)

#: (story, credit line): the credit signs the story; it is neither an article nor a paragraph.
AGENCY_CREDITS = [
    (WIRE_STORY_SC, "(路透社/法新社)", "（路透社/法新社）"),
    (WIRE_STORY_SC, "（美联社/路透社）", "（美联社/路透社）"),
    (WIRE_STORY_SC, "（美联社、路透社、法新社）", "（美联社、路透社、法新社）"),
    (WIRE_STORY_SC, "(路透社)", "（路透社）"),
    (WIRE_STORY_SC, "（马新社）", "（马新社）"),
    (WIRE_STORY_TC, "（美聯社／路透社）", "（美聯社／路透社）"),
    (WIRE_STORY_TC, "（路透社）", "（路透社）"),
]


@pytest.mark.parametrize(("story", "line", "signature"), AGENCY_CREDITS, ids=[c[1] for c in AGENCY_CREDITS])
def test_agency_credit_signs_the_story(story: str, line: str, signature: str) -> None:
    page = f"{story}{line}\n"
    (article,) = _json(page)["articles"]
    assert article["signature"] == signature
    assert [p["text"] for p in article["paragraphs"]][-1] in ("两国关系正在改善。", "兩國關係正在改善。")
    tei = layoutfix.convert(page.encode()).output
    assert f"<signed>{signature[1:-1]}</signed>" in tei


#: Bracketed words that are no agency credit stay as they were: a paragraph, not a signature.
@pytest.mark.parametrize("line", ["（路透社报道）", "（会议现场）", "（路透社/完）"])
def test_other_bracketed_line_is_no_agency_credit(line: str) -> None:
    article = _json(f"{WIRE_STORY_SC}{line}\n")["articles"][-1]
    assert article["signature"] is None


#: The page under the masthead: a date line, then an article.
UNDER_MASTHEAD = (
    "\n\n1985年3月12日 星期二 第3版\n\n李光耀吁国人团结\n\n本报记者 陈美玲\n\n"
    "总理李光耀昨天在群众大会上致词。\n"
)

#: Mastheads printing the paper's name in Latin letters beside its hanzi name.
BILINGUAL_MASTHEADS = [
    "联合早报 Lianhe Zaobao",
    "南洋商报 Nanyang Siang Pau",
    "甘肃日报 GANSU DAILY",
    "联合早报 LIANHE ZAOBAO",
    "Lianhe Zaobao 联合早报",
    "聯合早報 Lianhe Zaobao",
    "星洲日報 Sin Chew Daily",
    "联合早报",
]


@pytest.mark.parametrize("masthead", BILINGUAL_MASTHEADS)
def test_bilingual_masthead_is_furniture(masthead: str) -> None:
    data = _json(masthead + UNDER_MASTHEAD)
    assert data["furniture"] == [masthead, "1985年3月12日 星期二 第3版"]
    (article,) = data["articles"]
    assert (article["titles"], article["byline"]) == (["李光耀吁国人团结"], ["本报记者 陈美玲"])
    assert data["paper"] is None  # `paper` is only what `--paper` gives (docs/json.md)


#: Lines naming a paper beside words that are no paper's name stay a headline over the date line.
@pytest.mark.parametrize("line", ["甘肃日报 Welcome to China", "甘肃日报创刊70周年 GANSU DAILY"])
def test_other_line_over_the_date_is_no_masthead(line: str) -> None:
    data = _json(line + UNDER_MASTHEAD)
    assert line not in data["furniture"]
    assert data["articles"][0]["titles"] == [line]


HEAD = "联合早报\n\n1985年3月12日 星期二 第3版\n\n"

#: (English headline, Chinese headline, byline, lead): the English line heads the article below.
ENGLISH_HEADLINES = [
    ("PM URGES UNITY AT NATIONAL RALLY", "李光耀吁国人团结", "本报记者 陈美玲",
     "总理李光耀昨天在群众大会上致词。"),
    ("PM URGES UNITY AT NATIONAL RALLY", "李光耀籲國人團結", "本報記者 陳美玲",
     "總理李光耀昨天在群眾大會上致詞。"),
    ("GDP GROWS 2.5% IN 1984", "去年经济增长2.5%", "本报记者 陈美玲",
     "贸工部昨天公布，去年经济增长率为2.5%。"),
    ("ARE WE READY?", "李总理问国人", "本报记者 陈美玲", "总理李光耀昨天在群众大会上致词。"),
]


#: What leaves the next line at an article's top: the page's start, its masthead and date line, the
#: article above closed by a jump marker, an end note, its signature or a separator.
TOPS = [
    "",
    HEAD,
    HEAD + "旧闻标题\n\n本报记者 王丽\n\n上一篇文章的最后一段。\n\n（下转第4版）\n\n",
    HEAD + "旧闻标题\n\n本报记者 王丽\n\n上一篇文章的最后一段。\n\n（完）\n\n",
    HEAD + "旧闻标题\n\n本报吉隆坡12日讯 上一篇文章的最后一段。\n\n(路透社/法新社)\n\n",
    HEAD + "旧闻标题\n\n本报记者 王丽\n\n上一篇文章的最后一段。\n\n＊＊＊\n\n",
]


@pytest.mark.parametrize(
    ("english", "title", "byline", "lead"), ENGLISH_HEADLINES, ids=[h[1] for h in ENGLISH_HEADLINES]
)
def test_english_headline_heads_the_article_below(english: str, title: str, byline: str, lead: str) -> None:
    for above in TOPS:
        article = _json(f"{above}{english}\n\n{title}\n\n{byline}\n\n{lead}\n")["articles"][-1]
        assert article["kicker"] + article["titles"] == [english, title]
        assert (article["byline"], article["flags"]) == ([byline], [])
        assert [p["text"] for p in article["paragraphs"]] == [lead]


#: English lines in capitals a paper prints inside an article (review of s20-M2): a sign, a slogan,
#: an acronym list, a table's header.
ENGLISH_INSIDE = [
    "NO PARKING", "THE END", "GOD SAVE THE QUEEN", "WHO UNICEF WFP", "STOCK PRICE CHANGE", "I HAVE A DREAM",
    "HAPPY NEW YEAR!", "NBA FINALS 2024",
]
ARTICLE = "全市推进老旧小区改造\n\n本报记者 王丽\n\n今年以来，全市共改造老旧小区120个，惠及居民3万余户。\n\n"


@pytest.mark.parametrize("english", ENGLISH_INSIDE)
def test_english_line_ending_an_article_stays_its_paragraph(english: str) -> None:
    page = f"{ARTICLE}{english}\n\n新加坡国会通过预算案\n\n本报记者 陈美玲\n\n国会今天三读通过预算案。\n"
    articles = _json(page)["articles"]
    assert [p["text"] for p in articles[0]["paragraphs"]][-1] == english  # not the next article's kicker
    assert all(english not in a["kicker"] + a["titles"] + a["subheads"] for a in articles)


@pytest.mark.parametrize("english", ENGLISH_INSIDE)
def test_english_line_over_a_subhead_stays_a_paragraph(english: str) -> None:
    (article,) = _json(f"{ARTICLE}{english}\n\n小区改造成效显著\n\n居民纷纷表示满意。\n")["articles"]
    assert article["subheads"] == ["小区改造成效显著"]
    assert english in [p["text"] for p in article["paragraphs"]]


@pytest.mark.parametrize("english", ENGLISH_INSIDE)
def test_english_line_over_a_chinese_line_in_its_block_stays_one_subhead(english: str) -> None:
    (article,) = _json(f"{ARTICLE}{english}\n禁止停车\n\n居民纷纷表示满意。\n")["articles"]
    assert article["subheads"] == [f"{english}\n禁止停车"]  # its line break kept, no kicker cut off


def test_table_header_in_capitals_heads_no_rows() -> None:
    page = "股价一览\n\nSTOCK PRICE CHANGE\n\n中国银行 3.50 +0.10\n\n工商银行 5.20 -0.05\n"
    for above in ("", HEAD):
        articles = _json(above + page)["articles"]
        assert all("STOCK PRICE CHANGE" not in a["kicker"] for a in articles)
        assert all("股价一览" not in a["kicker"] for a in articles)


#: English text that is body stays body: a sentence, small letters, a line the paragraph above runs
#: into. (above, English line): the line stays in the paragraphs of the article above.
ENGLISH_BODY = [
    ("他说：\n\n", "We must be united, not divided."),
    ("他用英语说了一句话。\n\n", "WE MUST BE UNITED."),
    ("他用英语说了一句话。\n\n", "Unity in diversity"),
    ("他在演讲结束时高喊口号：\n\n", "UNITY AND PROGRESS"),
]


@pytest.mark.parametrize(("above", "english"), ENGLISH_BODY, ids=[b[1] for b in ENGLISH_BODY])
def test_english_body_line_stays_body(above: str, english: str) -> None:
    page = (
        f"{HEAD}旧闻标题\n\n本报记者 王丽\n\n上一篇文章的第一段。\n\n{above}{english}\n\n"
        "李光耀吁国人团结\n\n本报记者 陈美玲\n\n总理李光耀昨天在群众大会上致词。\n"
    )
    first, second = _json(page)["articles"]
    assert english in "\n".join(p["text"] for p in first["paragraphs"])
    assert second["kicker"] + second["titles"] == ["李光耀吁国人团结"]


#: A Singapore page's top (t/e.txt, p2.txt of the walk-through): a bilingual masthead, the date line,
#: an English headline over the Chinese one, a section's kicker over a title, a wire story and its credit.
SEA_PAGES = [
    "联合早报 Lianhe Zaobao\n\n1985年3月12日 星期二 第3版\n\nPM URGES UNITY AT NATIONAL RALLY\n\n"
    "李光耀吁国人团结\n\n本报记者 陈美玲\n\n总理李光耀昨天在群众大会上致词。\n\n（下转第4版）\n\n"
    "马来西亚首相敦阿都拉萨访新\n\n吉隆坡12日讯 马来西亚首相将于本月下旬访问新加坡。\n\n(路透社/法新社)\n",
    "南洋商报 Nanyang Siang Pau\n\n1978年6月5日 星期一 第12版\n\n商业新闻\n\n外汇行情\n\n"
    "货币 买入 卖出\n美元 2.3450 2.3550\n英镑 4.2310 4.2510\n\n隆市股价昨日上扬\n\n本报记者 黄志明\n\n"
    "吉隆坡5日讯 吉隆坡股票交易所综合指数昨天上涨12.45点。\n",
    "聯合早報 Lianhe Zaobao\n\n1985年3月12日 星期二 第3版\n\nPM URGES UNITY AT NATIONAL RALLY\n\n"
    "李光耀籲國人團結\n\n本報記者 陳美玲\n\n總理李光耀昨天在群眾大會上致詞。\n",
]


@pytest.mark.parametrize("page", SEA_PAGES, ids=["zaobao", "nanyang", "zaobao-tc"])
def test_txt_output_converts_to_itself(page: str) -> None:
    once = layoutfix.convert(page.encode(), fmt="txt").output
    assert layoutfix.convert(once.encode(), fmt="txt").output == once
    assert "Lianhe Zaobao" not in once and "Nanyang Siang Pau" not in once  # the masthead: furniture
    assert once.startswith(("PM URGES UNITY AT NATIONAL RALLY\n李", "商业新闻\n外汇行情\n\n"))
