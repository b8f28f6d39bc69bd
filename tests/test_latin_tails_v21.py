"""A line ending in a full stop or a comma inside a Latin word, before a Latin word on the next line.

Flat text (`join.wrap`) and an ALTO page's lines (`join.line`) alike, and a paragraph joined across
a column (`layout.join-paragraph`).

A wrap inside a short link, a file name or a domain (`t.` / `co`, `report.` / `pdf`, `nikkei.` /
`jp`) is inside one word and takes no space; the join spaced it, since the one-letter word before the
stop read as an initial and the list of a domain's last pieces lacked the piece. A capitalised English
word opening the next line read as a domain's last piece (`in London.` / `UK officials` gave
`London.UK`), and a year before a comma as a number's thousands (`in 1998,` / `200 people` gave
`1998,200`). A single letter glued to hanzi after the stop (`p.` / `H值`, `A.` / `B两款`) goes on
the word before it.

English and Malay words that look like a name's piece keep their space (`LOOKALIKES`): a hyphenated
word (`Corp.` / `co-founder`), a tail after initials (`e.g.` / `pdf and docx`), a phrase (`the zoo.` /
`txt files`), a word or unit among the country codes (`Bhd.` / `ke`, `approx.` / `km`), a capital glued
to hanzi after a word (`Ltd.` / `H股`) and an English word after a lone letter (`point a.` / `to`).
"""

from __future__ import annotations

import json

import pytest

from layoutfix.pipeline import convert
from layoutfix.tracked import apply_edits, undo_edits
from test_latin_abbrev_wrap_v21 import _ALTO, _ALTO_COLUMNS
from test_wrapped_lines import TITLE, _wrapped_block

#: (end of one line, start of the next, the joined text the output must hold): these failed before.
FIXED = [
    # a short link, a domain or a file name cut at its stop: nothing between the lines
    ("链接t.", "co查询", "链接t.co查询"),
    ("网站x.", "ai查询", "网站x.ai查询"),
    ("电报t.", "me查询", "电报t.me查询"),
    ("访问nikkei.", "jp查询", "访问nikkei.jp查询"),
    ("下载report.", "pdf文件", "下载report.pdf文件"),
    ("下载report_v2.", "docx文件", "下载report_v2.docx文件"),
    ("附件photo.", "jpeg格式", "附件photo.jpeg格式"),
    ("文件main.", "c编译", "文件main.c编译"),
    # a single letter glued to hanzi goes on the word before the stop
    ("酸碱度p.", "H值", "酸碱度p.H值"),
    ("型号A.", "B两款", "型号A.B两款"),
    # a capitalised English word is no domain's piece: the sentence or abbreviation ends at the stop
    ("说the end.", "My friend", "说the end. My friend"),
    ("说in London.", "UK officials", "说in London. UK officials"),
    ("说the U.S.", "UK and", "说the U.S. UK and"),
    ("前往U.S.", "Com总部", "前往U.S. Com总部"),
    ("他说it.", "Io is", "他说it. Io is"),
    # a comma after four digits is no thousands separator
    ("他说in 1998,", "200 people", "他说in 1998, 200 people"),
]

#: English and Malay words that look like a name's piece after a stop: a space, as printed. The join
#: glued them (`Corp.co-founder`, `e.g.pdf`, `Bhd.ke`, `Ltd.H股`, `point a.to`): these failed before.
LOOKALIKES = [
    # a word with a hyphen or an apostrophe is no domain's piece (`co` of `co-founder`)
    ("微软Microsoft Corp.", "co-founder Bill", "微软Microsoft Corp. co-founder Bill"),
    ("竞选the U.S.", "re-election bid", "竞选the U.S. re-election bid"),
    ("前往the U.K.", "re-entry签证", "前往the U.K. re-entry签证"),
    ("谷歌Google LLC.", "de-escalation", "谷歌Google LLC. de-escalation"),
    ("他说the pres.", "ma'am", "他说the pres. ma'am"),
    # a word of initials keeps its space before a tail; English and Malay words and units are no tails
    ("格式e.g.", "pdf and docx", "格式e.g. pdf and docx"),
    ("格式i.e.", "jpg files", "格式i.e. jpg files"),
    ("时间a.m.", "pm", "时间a.m. pm"),
    ("公司ABC Sdn. Bhd.", "ke mahkamah", "公司ABC Sdn. Bhd. ke mahkamah"),
    ("蔬菜sayur-sayuran dll.", "ke pasar", "蔬菜sayur-sayuran dll. ke pasar"),
    ("作者Tan et al.", "es", "作者Tan et al. es"),
    ("等等etc.", "er", "等等etc. er"),
    ("对阵Ali vs.", "ca", "对阵Ali vs. ca"),
    ("距离approx.", "km away", "距离approx. km away"),
    ("说the zoo.", "txt files", "说the zoo. txt files"),
    ("他说he said.", "de facto", "他说he said. de facto"),
    ("电影the film.", "la la land", "电影the film. la la land"),
    ("球队the club.", "ac milan", "球队the club. ac milan"),
    ("他说hello.", "tv", "他说hello. tv"),
    # a capital glued to hanzi is a word of its own after a word (H股, A股, C罗, T恤, A栋)
    ("港股ABC Ltd.", "H股周二", "港股ABC Ltd. H股周二"),
    ("上市Tencent Ltd.", "A股", "上市Tencent Ltd. A股"),
    ("球星Real Madrid.", "C罗表示", "球星Real Madrid. C罗表示"),
    ("公司Nike Inc.", "T恤销量", "公司Nike Inc. T恤销量"),
    ("美国U.S.", "A股", "美国U.S. A股"),
    ("位于Tower A.", "A栋", "位于Tower A. A栋"),
    # a lone lowercase letter before an English word: no short link
    ("路线point a.", "to point b", "路线point a. to point b"),
    ("计划plan a.", "go", "计划plan a. go"),
    ("选择option b.", "no", "选择option b. no"),
    ("补充vitamin c.", "in", "补充vitamin c. in"),
]

#: Cases that read the same before and after: a dotted name or a number going on, words spaced.
KEPT = [
    ("人口1,", "234,567人", "人口1,234,567人"),
    ("资金S$12,", "000元", "资金S$12,000元"),
    ("浏览zaobao.com.", "sg查询", "浏览zaobao.com.sg查询"),
    ("网站yna.co.", "kr查询", "网站yna.co.kr查询"),
    ("浏览zaobao.", "com.sg查询", "浏览zaobao.com.sg查询"),
    ("浏览ZAOBAO.", "COM.SG查询", "浏览ZAOBAO.COM.SG查询"),
    ("浏览ZAOBAO.", "COM查询", "浏览ZAOBAO.COM查询"),
    ("采用ASP.", "NET开发", "采用ASP.NET开发"),
    ("采用Node.", "js开发", "采用Node.js开发"),
    ("来自U.", "S.的代表", "来自U.S.的代表"),
    ("前往U.S.", "Embassy递交", "前往U.S. Embassy递交"),
    ("上午9 a.m.", "to 5 p.m.", "上午9 a.m. to 5 p.m."),
    ("美国U.S.", "is the", "美国U.S. is the"),
    ("下午4 p.m.", "in the", "下午4 p.m. in the"),
    ("作家J.", "Rowling的新书", "作家J. Rowling的新书"),
    ("编程语言C.", "Java等", "编程语言C. Java等"),
    ("会见Mr.", "S. Iswaran时", "会见Mr. S. Iswaran时"),
    ("页码p.", "12的", "页码p. 12的"),
    ("增长3.", "5 percent以上", "增长3.5 percent以上"),
    ("型号A.", "B两款", "型号A.B两款"),
    ("文件readme.", "txt文件", "文件readme.txt文件"),
    ("浏览zaobao.com.", "sg for more", "浏览zaobao.com.sg for more"),
    ("链接t.", "co/abc查询", "链接t.co/abc查询"),
    ("浏览thestar.com.", "my查询", "浏览thestar.com.my查询"),
]

#: Cases the second mend broke (review RL1c): a domain before a phrase, a possessive or a hyphen; a
#: one-letter name's domain (X.com); a line of English in capitals.
DOMAINS_AND_CAPITALS = [
    ("请浏览visit zaobao.", "com for more", "请浏览visit zaobao.com for more"),
    ("亚马逊Amazon.", "com's profit", "亚马逊Amazon.com's profit"),
    ("亚马逊Amazon.", "com-owned", "亚马逊Amazon.com-owned"),
    ("请浏览see mothership.", "sg for", "请浏览see mothership.sg for"),
    ("请上layari Malaysiakini.", "com untuk", "请上layari Malaysiakini.com untuk"),
    ("他在X.", "com上发文", "他在X.com上发文"),
    ("标题WORLD NEWS.", "ASIA EDITION", "标题WORLD NEWS. ASIA EDITION"),
    ("标题TOP STORIES.", "ASIA PACIFIC", "标题TOP STORIES. ASIA PACIFIC"),
    ("标题TIMES OF INDIA.", "INFO DESK", "标题TIMES OF INDIA. INFO DESK"),
]

CASES = FIXED + LOOKALIKES + KEPT + DOMAINS_AND_CAPITALS


def _case_id(end: str, start: str) -> str:
    """A test id of the case's Latin text: `t.|co`."""
    return f"{end}|{start}".encode("ascii", "ignore").decode()


IDS = [_case_id(e, s) for e, s, _ in CASES]


@pytest.mark.parametrize(("end", "start", "joined"), CASES, ids=IDS)
def test_a_flat_text_wrap_after_a_latin_mark_reads_as_printed(end: str, start: str, joined: str) -> None:
    page = f"{TITLE}\n\n{_wrapped_block(end, start)}\n".encode()
    result = convert(page, fmt="txt", input_format="txt")
    assert joined in result.output
    original = result.document.original
    (wrap,) = [e for e in result.edits if e.start == original.index(end + "\n") + len(end)]
    assert wrap.after == (" " if joined.startswith(end + " ") else "")
    again = convert(result.output.encode(), fmt="txt", input_format="txt")
    assert again.output == result.output  # the later steps leave the stop, the comma and the space


@pytest.mark.parametrize(("end", "start", "joined"), CASES, ids=IDS)
def test_an_alto_line_break_after_a_latin_mark_reads_as_printed(end: str, start: str, joined: str) -> None:
    data = _ALTO.format(end=end, start=start).encode()
    result = convert(data, fmt="txt", input_format="alto")
    assert joined in result.output
    (join,) = [e for e in result.edits if e.rule == "join.line"]
    assert join.after == (" " if joined.startswith(end + " ") else "")
    original = result.document.original
    assert undo_edits(apply_edits(original, result.edits), result.edits) == original


#: Short English and Malay words, units and lowercase abbreviations, which open a line after a
#: sentence or an abbreviation: none is read as a domain's last piece, which some of them spell.
WORDS = [
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of",
    "on", "or", "so", "to", "up", "us", "we", "ke", "la", "ma", "pa", "re", "er", "es", "et", "de", "ca",
    "se", "ni", "je", "ye", "di", "km", "cm", "mm", "kg", "mg", "ml", "lb", "ie", "eg", "pm", "ms", "tv",
]


@pytest.mark.parametrize("word", WORDS)
def test_a_short_word_after_a_sentence_keeps_its_space(word: str) -> None:
    page = f"{TITLE}\n\n{_wrapped_block('他说hello.', word)}\n".encode()
    assert f"他说hello. {word}" in convert(page, fmt="txt", input_format="txt").output


@pytest.mark.parametrize(
    ("end", "start", "joined"),
    [("in 1998,", "200 people", "in 1998, 200 people"), ("in 12,", "000 people", "in 12,000 people")],
    ids=["year", "thousands"],
)
def test_a_paragraph_joined_across_a_column_after_a_comma(end: str, start: str, joined: str) -> None:
    result = convert(_ALTO_COLUMNS.format(end=end, start=start).encode(), fmt="txt", input_format="alto")
    assert joined in result.output
    (join,) = [e for e in result.edits if e.rule == "layout.join-paragraph"]
    assert join.after == (" " if " 200" in joined else "")


def test_an_engine_line_break_inside_a_line_reads_as_a_line_break() -> None:
    """A RapidOCR line holding a CR/LF: the break is joined by the same rule as the line ends."""
    lines = [("会议代表前往U.S.\r\nEmbassy递交文件", 0), ("请浏览链接t.\r\nco查询，会议在北京召开。", 40)]
    data = json.dumps([[[[0, y], [400, y], [400, y + 30], [0, y + 30]], text, 0.9] for text, y in lines],
                      ensure_ascii=False).encode()
    result = convert(data, fmt="txt", input_format="ocrjson")
    assert "前往U.S. Embassy递交文件" in result.output
    assert "链接t.co查询" in result.output
    assert sorted(e.after for e in result.edits if e.before == "\r\n") == ["", " "]
