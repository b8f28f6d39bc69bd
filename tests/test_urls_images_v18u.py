"""URLs in an image's markup, a URL glued after a sentence inside another, a fragment after a host.

What the user sees with `layoutfix normalize` (and `convert`):
- An image whose alt text holds a URL (`![见http://a.cn/x](a.png)`) is read as any image: its alt
  text and its path, one per line. Before, the URL's protection ran over the image's `](a.png)`,
  so only `![` went and the line read `见http://a.cn/x](a.png)`; an `<img>` whose `alt` held a URL
  kept its attributes as text (`a.png“ alt=”见http://a.cn/x">`).
- A URL glued to the hanzi of a sentence inside another URL's match ends that URL
  (`见www.a.cn/s?q=1,其层治理请访问www.b.cn/s?q=2`): the sentence between is corrected. Before,
  the whole run was one URL and the sentence kept its typo.
- Hanzi right after a fragment's `#` (`http://a.cn/#其层治理`, `wiki/其层#历史`) are the URL's: an
  anchor, kept as written, even right after a bare host.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from layoutfix import convert
from layoutfix.normalize.steps import normalize_text
from url_pages import assert_url_kept as _assert_url_kept
from url_pages import inside as _inside
from url_pages import page as _page
from url_pages import twice_is_once as _twice_is_once

# --- a URL in an image's alt text or attributes -----------------------------------------------------

#: (image line, the alt text line, the path line `normalize` writes).
ALT_URLS = [
    ("![见http://a.cn/x](a.png)", "见http://a.cn/x", "a.png"),
    ("![http://a.cn/wiki/其层](images/a.png)", "http://a.cn/wiki/其层", "images/a.png"),
    ("![其层治理 www.a.cn/s?q=1](图/a.jpg)", "基层治理 www.a.cn/s?q=1", "图/a.jpg"),
    ("![见www.a.cn/新闻](其层治理)", "见www.a.cn/新闻", "![](其层治理)"),
    ("![见http://a.cn/x.](a.png)", "见http://a.cn/x.", "a.png"),
]


@pytest.mark.parametrize(("line", "alt", "path"), ALT_URLS)
def test_an_image_whose_alt_text_holds_a_url_is_read(line: str, alt: str, path: str) -> None:
    """The image's markup goes: its alt text (typos corrected, the URL kept) and its path stand one
    per line, and a second run changes nothing."""
    for page in (line, _page(line)):
        out = _twice_is_once(page)
        assert f"\n{alt}\n{path}\n" in f"\n{out}\n"


@pytest.mark.parametrize(
    "line",
    [
        '<img src="a.png" alt="见http://a.cn/x">',
        '<img src="其层_" alt="见http://a.cn/x">',
        '<img alt="http://a.cn/其层" src="images/a.jpg">',
        '<img src="#其层" alt="http://a.cn/其层">',
    ],
)
def test_an_img_whose_alt_holds_a_url_is_read(line: str) -> None:
    """An `<img>` keeps only its path (an `alt` attribute is not kept), whatever its alt holds; a
    second run changes nothing. Before, the URL in `alt` kept the tag's end from going."""
    path = line.split('src="')[1].split('"')[0]
    for page in (line, _page(line)):
        out = _twice_is_once(page)
        assert {path, f"![]({path})"} & set(out.split("\n"))
        assert "alt" not in out


def test_convert_writes_the_figure_of_an_image_whose_alt_holds_a_url() -> None:
    """The JSON lists the image with its path and alt text; the text output leaves it out."""
    page = _page("![见http://a.cn/x](a.png)")
    article = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert [(g["url"], g["alt"]) for g in article["graphics"]] == [("a.png", "见http://a.cn/x")]
    assert "a.png" not in convert(page, fmt="txt").output


@pytest.mark.parametrize("line", ["见图![见http://a.cn/x](a.png)", "![见http://a.cn/x](a.png)其层治理"])
def test_an_image_in_a_paragraph_whose_alt_holds_a_url_is_never_half_read(line: str) -> None:
    """An image inside a line of text keeps its URL and is not cut in half: before, a later pass
    read its `[` as a link's and removed it, while the URL's protection kept `](a.png)`
    (`见图！见http://a.cn/x](a.png)`)."""
    for page in (line, _page(line)):
        out = _twice_is_once(page)
        assert "http://a.cn/x" in out
        assert ("](" in out) == ("[" in out)


#: (line, each image of the line as `normalize` writes it: its markup and path as written, its alt
#: text corrected). An image inside a paragraph stays text, read whole: no rule reaches into its
#: markup or its path, whether or not its alt text holds a URL.
INLINE_IMAGES = [
    ("见图![见http://a.cn/x](a.png)其层治理。", ["![见http://a.cn/x](a.png)"]),
    ("- ![见http://a.cn/z](d.png)", ["![见http://a.cn/z](d.png)"]),
    ("见 ![见http://a.cn/x](a.png) 图", ["![见http://a.cn/x](a.png)"]),
    ("![见http://a.cn/x](a.png)\n![见http://b.cn/y](b.png)", ["![见http://a.cn/x](a.png)", "![见http://b.cn/y](b.png)"]),
    ("见图![见http://a.cn/x](a.png)和![见http://b.cn/y](b.png)", ["![见http://a.cn/x](a.png)", "![见http://b.cn/y](b.png)"]),
    ("见图![图](a.png)", ["![图](a.png)"]),
    ("见图![其层治理](其层,1.png)其层治理。", ["![基层治理](其层,1.png)"]),
    ("正文其层\n![图](images/其层,1(2).png)", ["![图](images/其层,1(2).png)"]),
    ('见图<img src="其层,1.png" alt="图">其层治理。', ['<img src="其层,1.png" alt="图">']),
]


@pytest.mark.parametrize(("line", "images"), INLINE_IMAGES)
def test_an_image_inside_a_paragraph_keeps_its_markup_and_path(line: str, images: list[str]) -> None:
    """Each image is in the output, its `!`, brackets, parentheses and path as written (before, its
    `!` and parentheses became full-width and its path was corrected, `见图！[图]（基层，1.png）`, or,
    its alt text holding a URL, its path went to the edit log as a link's target); the sentence
    around it is corrected; a second run changes nothing."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        assert not [e for e in out.edits if "markup.link" in e.rules]
        once = _twice_is_once(page)
        for image in images:
            assert image in once
        assert "其层治理" not in once.replace("](其层", "")


def test_convert_keeps_the_path_of_an_image_inside_a_paragraph() -> None:
    """The text output has the image's path as written (before: `基层，1.png`, or no path at all)."""
    for line in ("见图![图](其层,1.png)其层治理。", "见图![见http://a.cn/x](a.png)其层治理。"):
        page = _page(line)
        txt = convert(page, fmt="txt").output
        assert line.split("](")[1].split(")")[0] in txt
        article = json.loads(convert(page, fmt="json").output)["articles"][0]
        assert any("基层治理。" in p["text"] and "](" in p["text"] for p in article["paragraphs"])


# --- a URL glued after a sentence inside another URL's match -------------------------------------

#: (line, the URLs kept as written, what `normalize` writes for the line).
GLUED_URLS = [
    ("见www.a.cn/s?q=1,其层治理请访问www.b.cn/s?q=2", ["www.a.cn/s?q=1", "www.b.cn/s?q=2"],
     "见www.a.cn/s?q=1，基层治理请访问www.b.cn/s?q=2"),
    ("见http://a.cn/s?q=1,其层治理请访问http://b.cn/s?q=2", ["http://a.cn/s?q=1", "http://b.cn/s?q=2"],
     "见http://a.cn/s?q=1，基层治理请访问http://b.cn/s?q=2"),
    ("见www.a.cn/s?id=5&q=其层,其层治理详见www.b.cn/wiki/其层",
     ["www.a.cn/s?id=5&q=其层", "www.b.cn/wiki/其层"],
     "见www.a.cn/s?id=5&q=其层，基层治理详见www.b.cn/wiki/其层"),
    ("见www.a.cn/s?q=1其层治理请访问www.b.cn/s?q=2", ["www.a.cn/s?q=1", "www.b.cn/s?q=2"],
     "见www.a.cn/s?q=1基层治理请访问www.b.cn/s?q=2"),
    ("见http://a.cn/news/1.html;其层治理www.b.cn/x", ["http://a.cn/news/1.html", "www.b.cn/x"],
     "见http://a.cn/news/1.html；基层治理www.b.cn/x"),
    # `官网` (official site) points at the address after it, as `登录` does
    ("报名网址:www.a.cn/bm或登录其层官网www.b.cn查询。", ["www.a.cn/bm", "www.b.cn"],
     "报名网址：www.a.cn/bm或登录基层官网www.b.cn查询。"),
]


@pytest.mark.parametrize(("line", "kept", "once"), GLUED_URLS)
def test_a_url_glued_to_a_sentence_inside_a_url_ends_the_first(line: str, kept: list[str], once: str) -> None:
    """Both URLs are kept as written, the sentence between them is corrected, a second run changes
    nothing."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        for url in kept:
            start = page.index(url)
            assert _inside(out.edits, start, start + len(url)) == []
        assert once in _twice_is_once(page)


@pytest.mark.parametrize(
    "line",
    [
        "见www.a.cn/s?url=http://b.cn/x",
        "见http://a.cn/go?to=www.b.cn/其层",
        "见www.a.cn/wiki/其层www.b",
        "见http://a.cn/s?q=2024年其层治理www.gov.cn",
        "见www.a.cn/s?q=2024年其层www.b.cn&p=1",
        "见www.a.cn/s?q=其层,2024年其层www.b.cn",
    ],
)
def test_a_url_inside_a_query_stays_the_urls(line: str) -> None:
    """A scheme or `www.` after ASCII (a query's `=`, a path's `/`) is the URL's, and so is one after
    hanzi that are no sentence (no ASCII `,;!` right before them, no word pointing at an address such
    as 请访问 or 详见 ending them): a query searching for `2024年其层治理www.gov.cn` is kept as
    written. Before, such a run ended the URL and the query's hanzi were corrected
    (`?q=2024年基层治理www.gov.cn`)."""
    _assert_url_kept(line, line[1:])


# --- a fragment's `#` after a bare host ----------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["详见http://a.cn/#其层治理", "详见www.a.cn#其层治理成效明显", "详见http://a.cn/#其层治理成效明显"]
)
def test_hanzi_after_a_bare_hosts_fragment_mark_stay_the_anchor(line: str) -> None:
    """A `#` begins a fragment: the hanzi after it name an anchor of the page, which a correction
    would point elsewhere, so the URL is kept as written, `#其层` and all (as before v18; a sentence
    glued to a bare host's `#` is rarer than an anchor named in hanzi). Before this fix the hanzi
    after a bare host's `#` were corrected (`http://a.cn/#基层治理`)."""
    _assert_url_kept(line, line[2:])


@pytest.mark.parametrize(
    "line", ["见https://zh.wikipedia.org/wiki/其层#其层治理", "见www.a.cn/新闻#其层", "见www.a.cn/#/其层治理"]
)
def test_a_fragment_after_a_path_segment_stays_the_urls(line: str) -> None:
    """Guard: a fragment after a real path segment (or a route after `#/`) is the URL's, hanzi and all."""
    _assert_url_kept(line, line[1:])


# --- an image alone on its line once markers or entities around it are gone ------------------------

#: (line, the lines `normalize` writes for it): the image stands alone once the markup step has
#: removed the quote, heading or emphasis markers around it, or decoded the entities beside it.
ALONE_ONCE_READ = [
    ("> ![图](a.png)", ["图", "a.png"]),
    ("**![图](a.png)**", ["图", "a.png"]),
    ("*![图](a.png)*", ["图", "a.png"]),
    ("__![图](a.png)__", ["图", "a.png"]),
    ("# ![图](a.png)", ["图", "a.png"]),
    ("> **![图](a.png)**", ["图", "a.png"]),
    ("## ![其层图](a.png)", ["基层图", "a.png"]),
    ('> <img src="其层.png" alt="其层">', ["其层.png"]),
    ('**<img src="a.png">**', ["a.png"]),
    ("&nbsp;![图](a.png)", ["图", "a.png"]),
    ("![图](a.png)&nbsp;", ["图", "a.png"]),
    ("&#x3000;![其层](a.png)", ["基层", "a.png"]),
]


@pytest.mark.parametrize(("line", "lines"), ALONE_ONCE_READ)
def test_an_image_alone_once_its_markers_are_gone_is_read_at_once(line: str, lines: list[str]) -> None:
    """The first run writes the image's alt text and path, one per line, as a second run would:
    before, its markup was kept as an image's inside a line of text (judged on the raw line) and
    only a second run read it (`> ![图](a.png)` gave `![图](a.png)`, then `图` / `a.png`)."""
    for page in (line, _page(line)):
        once = _twice_is_once(page)
        assert [row.strip() for row in once.split("\n") if row.strip() in lines] == lines
        assert "](" not in once and "<img" not in once


def test_convert_reads_a_quoted_image_as_its_alt_text_and_path() -> None:
    """The text and JSON outputs hold the alt text (corrected) and the path, no markdown."""
    page = "本报讯 近日，兰州新区召开会议。\n\n> ![其层现场](img/其层.jpg)\n\n会议指出，要加快建设。\n"
    txt = convert(page, fmt="txt").output
    assert "基层现场\nimg/其层.jpg" in txt
    assert "](" not in txt
    assert "](" not in convert(page, fmt="json").output


def test_entities_make_no_link_when_the_markup_step_reads_images_again() -> None:
    """Guard: after the entities are decoded only images alone on their line are read: brackets
    written as entities stay text, both of them (reading every marker again removed the `[` of
    `&#91;其层&#93;(http://a.cn/x.html)` and kept its `]`, the URL's protection holding the rest)."""
    for page in ("&#91;其层&#93;(http://a.cn/x.html)", _page("&#91;其层&#93;(http://a.cn/x.html)")):
        assert "[基层]" in _twice_is_once(page)


# --- markdown images read in one pass ------------------------------------------------------------


def test_md_images_finds_what_the_pattern_matches_at_each_start() -> None:
    """`htmlmarkup.md_images` (one pass) gives the image `_MD_IMAGE.match` gives at each `![`: every
    short line of a small alphabet of the characters that matter, and a few written by hand."""
    import random

    from layoutfix.normalize import htmlmarkup

    pieces = ["![", "!", "[", "]", "(", ")", "<", ">", " ", "\t", '"', "a", "图", "\n", "](", "\u3000"]
    pieces.append("\xa0")
    rng = random.Random(18)
    texts = ["![a](b(c)d)", '![a](<b c> "t")', "![a](b(c d))", "![![a](b)](c)", "![a]((b)(c) \"x\")"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(3000)]
    for text in texts:
        expected = []
        for m in htmlmarkup._MD_IMAGE_START.finditer(text):
            if (image := htmlmarkup._MD_IMAGE.match(text, m.start())) is not None:
                alt, url = image.span("alt"), image.span("url")
                expected.append(htmlmarkup.MdImage(image.start(), *alt, *url, image.end()))
        assert htmlmarkup.md_images(text) == expected, text


# --- twice is once --------------------------------------------------------------------------------


#: Lines whose output a second run must keep: paths beginning or ending with a `/`, the inputs above.
TWICE = [
    "![](/其层治理)",
    "![](其层治理/)",
    "![图](/其层治理)",
    '<img src="其层治理/">',
    "![见http://a.cn/x](a.png)",
    '<img src="a.png" alt="见http://a.cn/x">',
    "见www.a.cn/s?q=1,其层治理请访问www.b.cn/s?q=2",
    "详见http://a.cn/#其层治理",
    "见图![见http://a.cn/x](a.png)其层治理。",
    "见图![图](其层,1.png)",
    "![见http://a.cn/x](a.png)\n![见http://b.cn/y](b.png)",
    '见图<img src="其层,1.png" alt="图">其层治理。',
    "见http://a.cn/s?q=2024年其层治理www.gov.cn",
    "见www.a.cn/s?q=1其层治理请访问www.b.cn/s?q=2",
    "详见www.a.cn#其层治理成效明显",
    ("请访问www.a.cn/新闻" * 40),
    *(line for line, _ in ALONE_ONCE_READ),
]


@pytest.mark.parametrize("line", TWICE)
def test_normalize_twice_is_once(line: str) -> None:
    """`normalize` of its own output keeps it, edit-free, alone and in a page."""
    for page in (line, _page(line)):
        _twice_is_once(page)


def test_layoutfix_normalize_twice_is_once(tmp_path: Path) -> None:
    """Run as a user runs it: `layoutfix normalize` of its own output writes it unchanged."""
    src = tmp_path / "page.txt"
    src.write_text("".join(f"{line}\n\n" for line in TWICE), encoding="utf-8")
    outputs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "layoutfix.cli", "normalize", str(src)],
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        outputs.append(done.stdout)
        src.write_text(done.stdout, encoding="utf-8")
    assert outputs[0] == outputs[1]
