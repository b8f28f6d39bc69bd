"""One table of top lines, read alike by flat text and ALTO: the running heads (page furniture, their
date the issue date) and the titles (kept in the txt, no issue date).

Before (v17c3, 36501c0): real mastheads became the first article's kicker and the page lost its
date: a listed page's name after a listed periodical (`南方周末 2024年5月6日 星期四 A5 深度`:
`_holds_title_words` counted both names as a title's words), a lunar date without 农历 or spaced
(`2024年5月6日 星期一 三月廿八`), a solar term beside it (`农历三月廿八 立夏`), the postal code, the
price, the website, the publisher, the wind, a page without 第 (`三版`); `2024年5月6日 天气 晴` was a
head on ALTO and a heading in flat text; `2024年5月6日 第25678号` a heading everywhere. And titles
became the running head, gone from the txt, their day the issue date: a weather word or a solar term
alone before the date (`小雪 2024年11月22日 星期五`), an event beside a written page
(`开国大典 1949年10月1日 星期六 第5版`), a common headline word listed as a page's name
(`聚焦 2024年5月6日 星期一`, `市场 2024年5月6日 周一 A5`).

Losing a headline is worse than a head read as a kicker: a name a headline may open with is a head's
only with the page written with its word (`市场 2024年5月6日 第5版`).
"""

from __future__ import annotations

import json
import re

import pytest

import layoutfix
from block_pages import page_bytes, squeezed
from test_dated_headline_coords_v16c3 import COORDS, tei_header
from test_running_head_titles_v17c3 import HEADLINES

TITLE = "全市冬小麦播种过半"
LEAD = "本报讯 近日，全市召开会议，部署今冬明春各项重点工作。"
READERS = ["txt", "alto", "hocr"]

#: Running heads: each line's every part is a head's piece or a name heads print. Top lines of
#: one or two lines (a masthead over its date line).
HEADS: list[tuple[str, ...]] = [
    # v17c3 read these as kickers
    ("南方周末 2024年5月6日 星期四 A5 深度",),
    ("参考消息 2024年5月6日 星期一 第5版 国际",),
    ("每日甘肃 2024年5月6日 星期一 A2 今日关注",),
    # a masthead's pieces
    ("2024年5月6日 星期一 三月廿八",),
    ("2024年5月6日 星期一 农历 三月廿八",),
    ("2024年5月6日 星期一 甲辰年 三月廿八",),
    ("2024年5月6日 星期一 农历三月廿八 立夏",),
    ("甘肃日报 2024年5月6日 星期一 邮发代号53-1",),
    ("2024年5月6日 星期一 今日8版 零售价1.5元",),
    ("2024年5月6日 星期一 今日16版 定价1元",),
    ("人民日报 2024年5月6日 星期一 人民网网址 www.people.com.cn",),
    ("新民晚报 2024年5月6日 星期一 今日32版 上海报业集团主管主办",),
    ("2024年5月6日 星期一 多云转晴 北风3级",),
    ("2024年5月6日 星期一 三版 城市",),
    ("甘肃日报", "2024年5月6日 星期一 农历三月廿八 立夏"),
    ("2024年5月6日 天气 晴",),
    ("2024年5月6日 第25678号",),
    # a headline word listed as a page's name, with the page written with its word
    ("市场 2024年5月6日 第5版",),
    ("聚焦 2024年5月6日 星期一 第5版",),
    # guards from the earlier tables
    ("健康 2024年5月6日 第5版",),
    ("观点 2024年5月6日 星期一",),
    ("南方周末 2024年5月6日 星期一",),
    ("2024年5月6日 星期一 第三版 国际",),
    ("2024年5月6日 星期一 天气 晴转多云",),
    ("2024年5月6日 星期一 总第12345期",),
    ("2024年5月6日 星期一 国内统一连续出版物号 CN62-0001",),
    # v17c4 read these as kickers: a page's name no list held, with the page written with its word
    ("大地 2024年5月6日 第5版",),
    ("副中心 2024年5月6日 第5版",),
    ("笔会 2024年5月6日 星期一 第5版",),
    ("2024年5月6日 星期一 第5版 夜光杯",),
    # a section's name in Latin capitals beside the date (a guard: heads before, heads now)
    ("2024年5月6日 星期一 NBA",),
    ("IT 2024年5月6日 星期一",),
    # a masthead's publisher line, a run of its own with no clause word (a headline says who holds
    # an event with 由: `农民丰收节由农业农村部主办` in TITLES), and a supplement's issue number
    ("国家统计局主办 2024年5月6日 星期一",),
    ("2024年5月6日 星期一 省文化厅主办",),
    ("2024年5月6日 第3期",),
]

#: Letter-spaced running heads (a name's hanzi set apart one by one, `南 方 周 末`). v17c4 read such a
#: name's hanzi as a title's words, one by one, past `_HEAD_WORDS_MAX`: the spacing step took the line
#: for no head and ran its hanzi together (`南方周末2024年5月6日 星期一 A5深度` on ALTO).
LETTER_SPACED: list[tuple[str, ...]] = [
    ("南 方 周 末   2024年5月6日   星期一",),
    ("南 方 周 末   2024年5月6日   星期四   A5   深 度",),
    ("新 华 每 日 电 讯   2024年5月6日   星期一",),
    ("2024年5月6日   星期一   第5版   要 闻",),
]
HEADS += LETTER_SPACED

#: Latin words a masthead prints beside its date (v17c5, 2d49af8, read them as a title's and made the
#: head the first article's kicker, the page undated): an English weekday or date, the paper's name
#: in capitals, a section's name in English beside its hanzi name, the issue's or volume's number,
#: a contact field; tokens read whole (`PM2.5`, `5G`, not their letters once the digits are masked).
LATIN_HEADS: list[tuple[str, ...]] = [
    ("2024年5月6日 星期一 Monday",),
    ("2024年5月6日 星期一 MONDAY",),
    ("2024年5月6日 星期一 农历三月廿八 Monday",),
    ("2024年5月6日 星期一 May 6, 2024",),
    ("甘肃日报", "2024年5月6日 星期一 Monday"),
    ("中国日报 CHINA DAILY 2024年5月6日 星期一",),
    ("中国日报 2024年5月6日 星期一 CHINA DAILY",),
    ("环球时报 GLOBAL TIMES 2024年5月6日 星期一",),
    ("上海日报 SHANGHAI DAILY 2024年5月6日 星期一",),
    ("新华每日电讯 2024年5月6日 星期一 XINHUA DAILY TELEGRAPH",),
    ("2024年5月6日 星期一 第5版 观点 OPINION",),
    ("2024年5月6日 星期一 A5 体育 SPORTS",),
    ("A5 财经 FINANCE 2024年5月6日 星期一",),
    ("2024年5月6日 星期一 A5 北京 BEIJING",),
    ("2024年5月6日 星期一 A5 深度 In-depth",),
    ("2024年5月6日 星期一 No.25678",),
    ("2024年5月6日 第25678号 No.25678",),
    ("2024年5月6日 今日24版 Vol.12",),
    ("2024年5月6日 星期一 多云 PM2.5 75",),
    ("2024年5月6日 星期一 5G",),
    # furniture by its contact field before as now, its gaps run together before
    ("2024年5月6日 星期一 邮发代号1-1 Email:news@abc.com",),
    ("2024年5月6日 星期一 今日8版 Tel:0931-1234567",),
    # v18 review: a field word with its value set apart by a blank, an English weekday of the date's
    # own day, a listed section's English name in capitalised letters after its hanzi name
    ("2024年5月6日 星期一 No 25678",),
    ("2024年5月6日 星期一 CN 62-0001",),
    ("2024年5月6日 Monday",),
    ("2024年5月6日 星期一 A5 体育 Sports",),
    # v18 review, fourth round: common papers and pages the list lacked (read as kickers before)
    ("中国青年报 CHINA YOUTH DAILY 2024年5月6日 星期一",),
    ("北京日报 BEIJING DAILY 2024年5月6日 星期一",),
    ("新京报 THE BEIJING NEWS 2024年5月6日 星期一",),
    ("解放日报 JIEFANG DAILY 2024年5月6日 星期一",),
    ("南方日报 NANFANG DAILY 2024年5月6日 星期一",),
    ("人民日报 RENMIN RIBAO 2024年5月6日 星期一",),
    ("2024年5月6日 星期一 CHINA YOUTH DAILY",),
    ("2024年5月6日 星期一 A5 国际 INTERNATIONAL",),
    ("2024年5月6日 星期一 第5版 评论 COMMENTARY",),
    ("2024年5月6日 星期一 A5 娱乐 ENTERTAINMENT",),
    ("2024年5月6日 星期一 A5 体育 SPORT",),
    ("2024年5月6日 星期一 A5 体育 Sport",),
    ("2024年5月6日 星期一 A5 教育 EDUCATION",),
    ("2024年5月6日 星期一 A5 健康 HEALTH",),
]
HEADS += LATIN_HEADS

#: Page headers with a field mark between the page and its name (`第2版|要闻`): a head's every gap
#: stays, and its page is read with an English weekday after it too.
PIPED_HEADS: list[tuple[str, ...]] = [
    ("第2版|要闻 2024年5月6日 星期一",),
    ("第2版|要闻 2024年5月6日 星期一 Monday",),
]
HEADS += PIPED_HEADS

#: Titles: a headline printing a date, a weekday, a page or the weather beside words no head prints.
TITLES: list[str] = [
    *HEADLINES,
    "小雪 2024年11月22日 星期五",
    "大雪 2024年12月6日 星期五",
    "阴 2024年5月6日 星期一",
    "开国大典 1949年10月1日 星期六 第5版",
    "春节 2024年2月10日 第5版",
    "聚焦 2024年5月6日 星期一",
    "对话 2024年5月6日 星期一",
    "两岸 2024年5月6日 星期一",
    "乡村振兴 2024年5月6日 星期一",
    "读者 2024年5月6日 星期一",
    "市场 2024年5月6日 周一 A5",
    "《1976年1月8日》",
    "（原载《人民日报》2024年5月6日 第5版）",
    # a serial number's suffix is Latin letters and digits: a title glued after it is no piece
    "2024年5月6日 星期一 国内统一连续出版物号 CN62-0001全市召开会议",
    # a headline naming who holds an event is no publisher's line (a review of d8c2db8)
    "农民丰收节由农业农村部主办 2024年9月22日 星期日",
    "第五届进博会由商务部主办 2024年11月5日 星期二",
    "智博会由市政府和工信部主办 2024年5月6日 星期一",
    "本届展会由甘肃日报社主办 2024年5月6日 星期一",
    "全国书博会由中宣部主办 2024年5月6日 第5版",
    "2024年5月6日 星期一 全国书博会由中宣部主办",
    "新书由人民出版社出版 2024年5月6日 星期一",
    # a page's name headlines may open with is a head's only with the page written with its word
    "大地 2024年5月6日 星期一",
    "周末 2024年5月6日 周六 A5",
    # Latin words beside the date other than one section's name in capitals: v17c4 read them as heads
    "2024年5月6日 星期一 Happy Birthday",
    "2024年5月6日 星期一 iPhone",
    "Hello World 2024年5月6日 星期一",
    "2024年5月6日 星期一 Hello World",
    "2024年5月6日 星期一 iPhone 15",
    "2024年5月6日 星期一 体育 Happy Birthday",
    # an issue number beside words no head prints is a column's title
    "新书分享会 2024年5月6日 第3期",
    # v18 (d37ab5b) read these as heads, gone from the txt: a word opening as a field word does
    # (No+thing, Vol+vo, Of+fice, Tel+evision, Page+ant, Cn+n), capitals that are no listed name nor
    # one short acronym, a lone English month or weekday of no day the line prints, a field word
    # without its value, a short hanzi word before capitals that are no listed English name of it
    *(f"2024年5月6日 星期一 {word}" for word in (
        "Nothing", "Novel", "Nobel", "Volvo", "Office", "Television", "Pageant", "Cnn", "nothing",
        "HELLO WORLD", "I LOVE YOU", "MADE IN CHINA",
        "May", "Sunday", "Sun", "SUNDAY", "No", "Tel", "Mar. 3", "May 7, 2024",
        "习近平 APEC", "梅西 MESSI", "中美 USA", "欢迎 WELCOME", "中国 CHINA", "华为 MATE60",
        "A5 夺冠 CHAMPION", "第5版 永远 FOREVER", "欢迎 Sports", "体育 Welcome",
    )),
    "2024年5月6日 Sunday",
    # v18 review, fourth round: a weekday in capitals beside other capitals (a shopping day's name),
    # a listed page's English name with no hanzi name beside it (a headline's word, `BEIJING 2008`)
    "2024年11月29日 星期五 BLACK FRIDAY",
    "2023年11月27日 星期一 CYBER MONDAY",
    "2024年5月6日 星期一 BLUE MONDAY",
    "2008年8月8日 星期五 BEIJING 2008",
    *(f"2024年5月6日 星期一 {word}" for word in (
        "BEIJING", "WORLD", "NEWS", "SPORTS", "SPORT", "A5 SPORTS", "INTERNATIONAL", "体育 NEWS",
        "EDUCATION",
    )),
]


def _page(blocks: list[list[str]], fmt: str) -> bytes:
    return page_bytes(blocks, fmt) if fmt == "txt" else COORDS[fmt](blocks)


def _convert(blocks: list[list[str]], fmt: str, out: str) -> str:
    return layoutfix.convert(_page(blocks, fmt), fmt=out, input_format=fmt).output


def _iso(lines: tuple[str, ...]) -> str:
    """The ISO date the head prints (`2024年5月6日` -> `2024-05-06`)."""
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", "".join(lines))  # (`中国青年报` holds a 年)
    assert m is not None
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("head", HEADS, ids=" / ".join)
def test_a_running_head_is_page_furniture_dated_by_its_date(head: tuple[str, ...], fmt: str) -> None:
    """The head's lines are the page's furniture, every character kept there; the TEI header and the
    JSON take its date; the article's title is the first article's title, no kicker."""
    blocks = [list(head), [TITLE], [LEAD]]
    doc = json.loads(_convert(blocks, fmt, "json"))
    assert doc["date"] == _iso(head)
    assert squeezed("".join(doc["furniture"])) == squeezed("".join(head))
    assert (doc["articles"][0]["kicker"], doc["articles"][0]["titles"]) == ([], [TITLE])
    assert f'<date when="{_iso(head)}">' in tei_header(_convert(blocks, fmt, "tei"))


#: Heads whose gaps are not all kept yet (the weather's label runs into its value, `天气晴`).
GLUED: list[tuple[str, ...]] = [("2024年5月6日 天气 晴",)]


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize(
    "head",
    [pytest.param(h, marks=pytest.mark.xfail(strict=True)) if h in GLUED else h for h in HEADS],
    ids=" / ".join,
)
def test_a_running_head_keeps_its_gaps_as_printed(head: tuple[str, ...], fmt: str) -> None:
    """Every gap of the head stays in its furniture (ALTO gives one space for a wider gap): a
    letter-spaced name's, those between the head's parts and beside its Latin words, none run
    together."""
    doc = json.loads(_convert([list(head), [TITLE], [LEAD]], fmt, "json"))
    assert " ".join(doc["furniture"]).split() == " ".join(head).split()


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("top", TITLES)
def test_a_title_stays_in_the_text_with_no_issue_date(top: str, fmt: str) -> None:
    """The line heads the first article, kept in the txt; the page has no furniture and no date."""
    blocks = [[top], [TITLE], [LEAD]]
    assert squeezed(top) in squeezed(_convert(blocks, fmt, "txt"))
    doc = json.loads(_convert(blocks, fmt, "json"))
    assert (doc["date"], doc["furniture"]) == (None, [])
    assert "<date" not in tei_header(_convert(blocks, fmt, "tei"))


@pytest.mark.parametrize("fmt", READERS)
def test_a_source_note_at_the_foot_stays_in_the_text(fmt: str) -> None:
    """The reprint note under the last paragraph is the article's text, its date no issue date."""
    note = "（原载《人民日报》2024年5月6日 第5版）"
    blocks = [[TITLE], [LEAD], [note]]
    assert squeezed(note) in squeezed(_convert(blocks, fmt, "txt"))
    doc = json.loads(_convert(blocks, fmt, "json"))
    assert (doc["date"], doc["furniture"]) == (None, [])


#: Short headlines quoting a page (`“第2版”背后`): the coordinate readers read the quotes as gaps
#: and took them for a page header (v18, c94a9b2), the page numbered, the headline furniture.
QUOTED_PAGE_TITLES: list[str] = [
    "“第2版”背后", "“第2版”故事", "第2版“背后”", "“第3版”的秘密", "“第1版”头条", "‘第2版’背后",
    "“第2版” 背后", "第5版“一带一路”", "第5版“要闻”", "第5版”要闻", "“3”要闻",
]


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("top", QUOTED_PAGE_TITLES)
def test_a_headline_quoting_a_page_stays_in_the_text_with_no_page(top: str, fmt: str) -> None:
    """The line heads the first article, kept in the txt; the page has no furniture and no number."""
    blocks = [[top], [TITLE], [LEAD]]
    assert squeezed(top) in squeezed(_convert(blocks, fmt, "txt"))
    doc = json.loads(_convert(blocks, fmt, "json"))
    assert (doc["page"], doc["furniture"]) == (None, [])


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("head", PIPED_HEADS, ids=" / ".join)
def test_a_piped_page_header_numbers_its_page(head: tuple[str, ...], fmt: str) -> None:
    """`第2版|要闻 …` numbers page 2, as `第2版 要闻 …` does."""
    doc = json.loads(_convert([list(head), [TITLE], [LEAD]], fmt, "json"))
    assert doc["page"] == 2


#: Headlines printing a field mark (`第2版|要闻`) beside a date and words no head prints: v18 read them
#: as titles but ran every gap of the line together in the txt (`第2版|要闻2024年5月6日星期一HELLO WORLD`),
#: where the same line without the mark kept them.
MARKED_TITLES: list[str] = [
    "第2版|要闻 2024年5月6日 星期一 HELLO WORLD",
    "第2版 要闻 2024年5月6日 星期一 HELLO WORLD",
    "第2版｜要闻 2024年5月6日 星期一 HELLO WORLD",
    "第2版/要闻 2024年5月6日 星期一 全市召开会议",
]


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("top", MARKED_TITLES)
def test_a_title_keeps_its_printed_gaps_whatever_marks_it_holds(top: str, fmt: str) -> None:
    """The title line is a line of the txt with every gap it prints, none run together."""
    assert top in _convert([[top], [TITLE], [LEAD]], fmt, "txt").splitlines()
