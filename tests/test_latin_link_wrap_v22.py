"""A link or an e-mail address cut at a line's end between two Latin letters or digits.

Flat text (`join.wrap`), ALTO and hOCR lines (`join.line`) and a paragraph joined across a column
(`layout.join-paragraph`) alike.

The joins read any break between two Latin letters as a break between words and put a space inside
the address (`info@discover` / `hk.com` gave `info@discover hk.com`, `www.discover` / `hk.com` gave
`www.discover hk.com`). An address that cannot end at the break (no stop in its host yet, one letter
after its last stop) or a next line opening on a link's piece (`ents/2024/…`) now goes on with
nothing between the lines. Where the join cannot tell (a whole-looking address before a word glued
to hanzi, a word glued to hanzi before an address) the line break stays as printed, no space and no
words run together. A phrase of English after a whole link, or an address after an English word,
keeps its space. A single capital initial with its stop before a name keeps its space (`J.` /
`Crew`), and an initial before another goes on (`J.` / `K. Rowling`): these read the same before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert
from layoutfix.tracked import apply_edits, undo_edits
from test_latin_abbrev_wrap_v21 import _ALTO, _ALTO_COLUMNS
from test_wrapped_lines import TITLE, _wrapped_block

#: (end of one line, start of the next, the joined text): the address goes on, nothing between the
#: lines. These were joined with a space before.
GOES_ON = [
    ("电邮至info@discover", "hk.com查询", "info@discoverhk.com查询"),
    ("电邮至press@xinhua", "net.cn查询", "press@xinhuanet.cn查询"),
    ("网站www.discover", "hk.com查询", "www.discoverhk.com查询"),
    ("网址https://www.exa", "mple.com/events查询", "https://www.example.com/events查询"),
    ("网址https://www.example.com/ev", "ents/2024/index.html查询", "https://www.example.com/events/2024/index.html查询"),
    ("电邮至info@discover.c", "om查询", "info@discover.com查询"),
]

#: (end of one line, start of the next): the join cannot tell whether the address goes on, so the line
#: break stays. These were joined with a space before.
UNDECIDED = [
    ("电邮至info@sph.com", "sg查询"),
    ("网址www.zaobao.com", "sg查询"),
    ("网址https://www.example.com/ev", "ents查询"),
    ("电邮至john", "tan@sph.com.sg查询"),
]

#: Read the same before: words around a link or an address, initials and words at a wrap.
SPACED = [
    ("请浏览visit www.zaobao.com", "for more details", "www.zaobao.com for more details"),
    ("请电邮email us at", "info@sph.com.sg查询", "email us at info@sph.com.sg查询"),
    ("请关注follow @XHNews", "and @CGTN账号", "@XHNews and @CGTN账号"),
    ("美国服装品牌J.", "Crew今天", "J. Crew今天"),
    ("作家J.", "Rowling的新书", "J. Rowling的新书"),
    ("作家J.", "K. Rowling的新书", "J.K. Rowling的新书"),
    ("特首C.", "Y. Leung表示", "C.Y. Leung表示"),
    ("他说the", "company said", "the company said"),
    ("前往U.S.", "Embassy递交", "U.S. Embassy递交"),
    ("上午10 a.m.", "and下午", "a.m. and下午"),
    ("链接t.", "co查询", "t.co查询"),
    ("下载report.", "pdf文件", "report.pdf文件"),
    ("微软Microsoft Corp.", "co-founder Bill", "Corp. co-founder Bill"),
    ("浏览tan@sph.com.", "sg查询", "tan@sph.com.sg查询"),
    ("网址https://www.example.com/events/", "2024/index.html查询", "events/2024/index.html查询"),
]


def _case_id(end: str, start: str) -> str:
    """A test id of the case's Latin text: `info@discover|hk.com`."""
    return f"{end}|{start}".encode("ascii", "ignore").decode()


def _hocr(end: str, start: str) -> bytes:
    """An hOCR paragraph of two lines of the one column: `end` closes the first, `start` opens the next."""
    lines = ""
    for text, y in (("会议在北京召开，代表" + end, 180), (start + "递交文件，会议指出。", 220)):
        word = f"<span class='ocrx_word' title='bbox 60 {y} 940 {y + 30}'>{text}</span>"
        lines += f"<span class='ocr_line' title='bbox 60 {y} 940 {y + 30}'>{word}</span>"
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><head><title>p</title></head><body>"
            "<div class='ocr_page' title='bbox 0 0 1000 1200'><div class='ocr_carea'>"
            f"<p class='ocr_par' title='bbox 60 180 940 250'>{lines}</p></div></div></body></html>").encode()


def _pages(end: str, start: str) -> list[tuple[bytes, str, str]]:
    """The break between `end` and `start` as flat text, ALTO and hOCR: (data, format, join rule)."""
    flat = f"{TITLE}\n\n{_wrapped_block(end, start)}\n".encode()
    alto = _ALTO.format(end=end, start=start).encode()
    return [(flat, "txt", "join.wrap"), (alto, "alto", "join.line"), (_hocr(end, start), "hocr", "join.line")]


def _break_edits(data: bytes, fmt: str, rule: str, end: str) -> tuple[str, str, list[str]]:
    """The txt output, the JSON paragraphs' text and the glue of the `rule` edits at the break after
    `end`, checked to undo back to the original."""
    result = convert(data, fmt="txt", input_format=fmt)
    original = result.document.original
    assert undo_edits(apply_edits(original, result.edits), result.edits) == original
    at = original.index(end + "\n") + len(end)
    glue = [e.after for e in result.edits if e.rule == rule and e.start == at]
    paragraphs = json.loads(convert(data, fmt="json", input_format=fmt).output)["articles"]
    texts = "\n\n".join(p["text"] for art in paragraphs for p in art["paragraphs"])
    return result.output, texts, glue


@pytest.mark.parametrize(("end", "start", "joined"), GOES_ON, ids=[_case_id(e, s) for e, s, _ in GOES_ON])
def test_an_address_that_goes_on_is_joined_without_a_space(end: str, start: str, joined: str) -> None:
    for data, fmt, rule in _pages(end, start):
        txt, paragraphs, glue = _break_edits(data, fmt, rule, end)
        assert joined in txt, fmt
        assert joined in paragraphs, fmt
        assert glue == [""], fmt


@pytest.mark.parametrize(("end", "start"), UNDECIDED, ids=[_case_id(e, s) for e, s in UNDECIDED])
def test_an_address_the_join_cannot_tell_keeps_its_line_break(end: str, start: str) -> None:
    kept = f"{end[-8:]}\n{start}"
    for data, fmt, rule in _pages(end, start):
        txt, paragraphs, glue = _break_edits(data, fmt, rule, end)
        assert kept in txt, fmt
        assert kept in paragraphs, fmt
        assert glue == [], fmt  # no edit: the break is as printed
        tei = convert(data, fmt="tei", input_format=fmt).output
        assert kept in tei, fmt


@pytest.mark.parametrize(("end", "start", "joined"), SPACED, ids=[_case_id(e, s) for e, s, _ in SPACED])
def test_words_around_an_address_and_initials_read_as_before(end: str, start: str, joined: str) -> None:
    for data, fmt, rule in _pages(end, start):
        txt, paragraphs, glue = _break_edits(data, fmt, rule, end)
        assert joined in txt, fmt
        assert joined in paragraphs, fmt
        assert glue == [" " if f"{end[-2:]} {start[:2]}" in joined else ""], fmt


@pytest.mark.parametrize(
    ("end", "start", "glue"),
    [
        ("info@discover", "hk.com", ""),
        ("电邮至john", "tan@sph.com", "\n"),
        ("visit www.zaobao.com", "for", " "),
    ],
    ids=["goes-on", "undecided", "spaced"],
)
def test_a_paragraph_joined_across_a_column_inside_an_address(end: str, start: str, glue: str) -> None:
    """The paragraph join asks the line joins' question; an undecided one keeps one line break."""
    data = _ALTO_COLUMNS.format(end=end, start=start).encode()
    result = convert(data, fmt="txt", input_format="alto")
    joined = f"{end[-6:]}{glue}{start} divided"
    assert joined in result.output
    (join,) = [e for e in result.edits if e.rule == "layout.join-paragraph"]
    assert join.after == glue
    article = json.loads(convert(data, fmt="json", input_format="alto").output)["articles"][0]
    assert joined in article["paragraphs"][0]["text"]
    original = result.document.original
    assert undo_edits(apply_edits(original, result.edits), result.edits) == original


#: The reported page: a domain, an address and a link cut at line ends, a name's initial.
REPORTED = (
    "本报讯 详情可浏览香港旅游发展局网站 www.discover\n"
    "hk.com 或致电查询热线，亦可发送电邮至 info@discover\n"
    "hk.com 查询。活动网址为 https://www.example.com/events/\n"
    "2024/index.html ，欢迎市民参加本次活动并提出宝贵意见。\n"
    "美国服装品牌 J.\n"
    "Crew 今天宣布进入中国市场，其首家门店将开设于上海。\n"
)


def test_the_reported_page_gets_no_space_inside_an_address(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "u.txt"
    page.write_text(REPORTED, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "--format", "txt", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert "info@discoverhk.com查询" in result.stdout
    assert "discover hk" not in result.stdout
    assert "https://www.example.com/events/2024/index.html" in result.stdout
    # the first and the last line stop short of the column: their breaks stay, as any short line's
    assert "www.discover\nhk.com" in result.stdout
    assert "J.\nCrew" in result.stdout
