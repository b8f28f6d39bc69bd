"""A URL is an address and a markdown link's target is one too: no rule of the normaliser changes them.

What the user sees: `normalize` and `convert` (TEI, plain text, JSON, edit log) keep a URL whose path
holds hanzi as the input wrote it: no typo rule, variant, punctuation or spacing edit inside it. The
sentence's marks after it are the sentence's. A markdown link `[text](target)` is read: its text is
text (corrected), its markup and target go as `markup.link` edits, which keep the target as written.
"""

from __future__ import annotations

import json

import pytest
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.editlog import dumps_document_edits
from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.tracked import apply_edits, undo_edits

#: (URL, --variants): paths holding what the normalisers change in text (a typo rule's find 其层, a
#: comma after Han, traditional characters under t2s, balanced parentheses, a query).
URLS = [
    ("http://www.gsrb.com/其层治理/園區,1.html", "none"),
    ("http://www.gsrb.com/其层治理/園區,1.html", "t2s"),
    ("https://www.gsrb.com/news/其层,2(1).html", "none"),
    ("www.gsrb.com/search?q=其层治理,園區&p=1", "t2s"),
    ("http://www.gsrb.com/物流园区/2024,5.html", "s2t"),
]


def _page(sentence: str) -> str:
    return f"# 兰州新区打造西部陆港枢纽\n\n本报讯 近日，物流园区建设加快。{sentence}\n"


def _edits_inside(page: str, edits: list, start: int, end: int) -> list:  # type: ignore[type-arg]
    """The edits that change a character of `page[start:end]` or insert at its edges."""
    return [e for e in edits if (e.start < end and start < e.end) or start <= e.start == e.end <= end]


@pytest.mark.parametrize(("url", "variants"), URLS)
@pytest.mark.parametrize("after", ["。", "，其层治理成效明显。", " 其层治理", ",其层治理"])
def test_normalize_leaves_a_url_as_written(url: str, variants: str, after: str) -> None:
    """The URL stands in the normalised text as written and no edit of the log lies inside it; the
    text after it is corrected (`其层` -> `基层`, an ASCII comma after the URL -> `，`); normalising the
    output again changes nothing."""
    page = _page(f"详见{url}{after}")
    options = NormalizeOptions(variants=variants)
    out = normalize_text(page, options)
    assert url in out.text
    start = page.index(url)
    assert _edits_inside(page, out.edits, start, start + len(url)) == []
    assert apply_edits(page, out.edits) == out.text
    if "其层治理" in after:
        assert "其层" not in out.text.replace(url, "")  # (基层, or 基層 under s2t)
    if after.startswith(","):
        assert f"{url}，" in out.text
    assert normalize_text(out.text, options).edits == []


@pytest.mark.parametrize(("url", "variants"), URLS[:3])
def test_convert_writes_a_url_as_written(
    tei_schema: etree.RelaxNG, url: str, variants: str  # noqa: F811
) -> None:
    """TEI `p`, the plain text and the JSON paragraph hold the URL as written, with no `choice` in
    it; the edit log holds no edit inside it."""
    page = _page(f"详见{url}。")
    options = NormalizeOptions(variants=variants)
    result = convert(page, options=options)
    root = assert_valid(tei_schema, result.output)
    paragraphs = ["".join(p.itertext()) for p in root.iter(f"{TEI}p")]
    assert any(url in p for p in paragraphs)
    assert all(url not in "".join(c.itertext()) for c in root.iter(f"{TEI}choice"))
    assert url in convert(page, fmt="txt", options=options).output
    article = json.loads(convert(page, fmt="json", options=options).output)["articles"][0]
    assert any(url in p["text"] for p in article["paragraphs"])
    start = page.index(url)
    logged = [json.loads(ln) for ln in dumps_document_edits(result.document).splitlines() if ln]
    assert [e for e in logged if e["start"] < start + len(url) and start < e["end"]] == []


def test_hanzi_glued_after_a_host_or_a_file_name_are_the_sentences() -> None:
    """A URL ends in an ASCII character: hanzi right after the host or the file name are text, and
    are corrected as text (`请登录www.gansu.gov.cn查询其层治理`)."""
    page = _page("请登录www.gansu.gov.cn其层治理栏目，或访问http://a.cn/x.html其层治理专题。")
    out = normalize_text(page)
    assert "www.gansu.gov.cn基层治理栏目" in out.text
    assert "http://a.cn/x.html基层治理专题" in out.text


def test_a_url_the_unicode_step_makes_ascii_is_protected_from_then_on() -> None:
    """`www．gsrb．com/其层,1.html` (full-width stops, as OCR reads them) is a URL once the unicode step
    made the stops ASCII: its path keeps its hanzi and comma from then on."""
    page = _page("详见www．gsrb．com/其层,1.html。")
    out = normalize_text(page)
    assert "详见www.gsrb.com/其层,1.html。" in out.text
    assert {e.rule for e in out.edits if e.start >= page.index("详见")} == {"unicode.fullwidth-ascii"}


#: (link, its text, its target): a relative path with hanzi and a comma, a URL with a title, a
#: target between `<` and `>` holding a space, one with balanced parentheses.
LINKS = [
    ("[其层治理](news/其层,1.html)", "其层治理", "news/其层,1.html"),
    ('[其层治理](http://www.gsrb.com/其层,1.html "其层")', "其层治理", "http://www.gsrb.com/其层,1.html"),
    ("[園區其层](<news/園區 其层.html>)", "園區其层", "news/園區 其层.html"),
    ("[其层治理](news/其层(2).html)", "其层治理", "news/其层(2).html"),
]


@pytest.mark.parametrize(("link", "text", "target"), LINKS)
def test_normalize_reads_a_markdown_link(link: str, text: str, target: str) -> None:
    """The link's text stays, corrected (`其层` -> `基层`, `園區` -> `园区` under t2s); its markup
    and target go as `markup.link` edits, the target as written in the edit's `before`, with no other
    edit inside it; the edit log rebuilds the output and undoes it to the input; normalising the
    output again changes nothing. Before, the link stayed text and became
    `[基层治理]（news/基层，1.html）`."""
    page = _page(f"详见{link}。")
    options = NormalizeOptions(variants="t2s")
    out = normalize_text(page, options)
    corrected = text.replace("其层", "基层").replace("園區", "园区")
    assert f"详见{corrected}。" in out.text
    assert target not in out.text and "](" not in out.text and "（" not in out.text
    start = page.index(link)
    in_link = _edits_inside(page, out.edits, start, start + len(link))
    markup = [e for e in in_link if e.kind == "markup"]
    assert {e.rule for e in markup} == {"markup.link"}
    assert markup[0].before == "["
    assert target in markup[-1].before
    t_start = page.index(target, start)
    assert [e.rule for e in _edits_inside(page, out.edits, t_start, t_start + len(target))] == ["markup.link"]
    assert apply_edits(page, out.edits) == out.text
    assert undo_edits(out.text, out.edits) == page
    assert normalize_text(out.text, options).edits == []


def test_convert_writes_a_links_text_and_logs_its_target(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    """TEI: the link's text in the paragraph with its correction as a `choice`, no target; the plain
    text and JSON likewise; the edit log's `markup.link` edit keeps the target as written."""
    page = _page("详见[其层治理](news/其层,1.html)。")
    result = convert(page)
    root = assert_valid(tei_schema, result.output)
    paragraphs = ["".join(p.itertext()) for p in root.iter(f"{TEI}p")]
    assert any("详见其层基层治理。" in p for p in paragraphs)  # sic and corr, read in a row
    assert [c.text for c in root.iter(f"{TEI}corr")] == ["基层"]
    assert "news/" not in result.output
    txt = convert(page, fmt="txt").output
    assert "详见基层治理。" in txt and "news/" not in txt
    article = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert any("详见基层治理。" in p["text"] for p in article["paragraphs"])
    logged = [json.loads(ln) for ln in dumps_document_edits(result.document).splitlines() if ln]
    assert [e["before"] for e in logged if e["rule"] == "markup.link"] == ["[", "](news/其层,1.html)"]


@pytest.mark.parametrize("line", ["[注](见下文)", "[1](2)", "见[](news/a.html)"])
def test_brackets_naming_no_page_stay_text(line: str) -> None:
    """Guard: words or a number in round brackets after square ones name no page or file, and a link
    without text has nothing to keep: they stay text, no `markup.link` edit."""
    out = normalize_text(_page(line))
    assert [e for e in out.edits if e.rule == "markup.link"] == []


def test_an_image_is_still_an_image() -> None:
    """Guard: `![alt](path)` is no link: it stays a figure (`markup.image`), its path kept."""
    page = "# 标题\n\n![其层治理](images/其层,1.jpg)\n\n图为物流园区一角。\n"
    out = normalize_text(page)
    assert {e.rule for e in out.edits if e.kind == "markup"} == {"markup.heading", "markup.image"}
    assert "images/其层,1.jpg" in out.text.split("\n")


# --- a review's finds: prose brackets and a sentence after a URL ------------------------------------


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("据统计[注](数据来源：国家统计局/新华社)，全省粮食产量增长。",
         "据统计[注]（数据来源：国家统计局/新华社），全省粮食产量增长。"),
        ("本报讯[编者按](2023/2024年度)全市共有3个试点。",
         "本报讯[编者按]（2023/2024年度）全市共有3个试点。"),
        ("本届运动会[男子组](成绩见A4版/B2版)共有30人参赛。",
         "本届运动会[男子组]（成绩见A4版/B2版）共有30人参赛。"),
        ("参见附件[1](表2.xlsx)和文件(见第3版)。", "参见附件[1]（表2.xlsx）和文件（见第3版）。"),
        ("[新华社](记者王丽摄/CFP)", "[新华社]（记者王丽摄/CFP）"),
        ("[电话](Tel:0931-8612345)", "[电话]（Tel:0931-8612345）"),
    ],
)
def test_brackets_in_running_text_keep_every_word(line: str, once: str) -> None:
    """A bracketed note after a bracketed word is no markdown link: a link's target goes (it is
    written only in the edit log), and these hold the sentence's words. Only a web address, an ASCII
    path or a file path (a folder and an extension, no Chinese punctuation) is a link's target."""
    out = normalize_text(line).text
    assert out == once
    assert normalize_text(out).text == out


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("详见www.gsrb.com/a.html,会议于5月6日召开,其层干部1000人参加。",
         "详见www.gsrb.com/a.html，会议于5月6日召开，基层干部1000人参加。"),
        ("请登录http://www.gsrb.com/news/查询,其层治理成效显著,全市共有3个试点。",
         "请登录http://www.gsrb.com/news/查询，基层治理成效显著，全市共有3个试点。"),
        ("详见www.gsrb.com/a.html;其层治理成效显著。", "详见www.gsrb.com/a.html；基层治理成效显著。"),
    ],
)
def test_a_sentence_after_a_url_is_corrected(line: str, once: str) -> None:
    """An ASCII comma, semicolon or exclamation mark before a hanzi ends the URL: what follows is the
    sentence (OCR wrote its marks in ASCII), corrected as any; the address before it is kept."""
    out = normalize_text(line).text
    assert out == once
    assert normalize_text(out).text == out
