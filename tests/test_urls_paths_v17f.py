"""URLs, image paths and markdown links: what the normaliser must never edit, first run or second.

What the user sees: `normalize` keeps an image's path and a URL as the input wrote them, and
normalising the normalised text changes nothing. The sentence around a URL is corrected as any text.
- An image whose path names no image file (`![](images/其层治理)`) keeps its path (before, the typo
  rule rewrote it on the first run, or on the second when the page held an ASCII `.`).
- A URL glued to the hanzi before it (`其层治理详见www.lz.gov.cn/其层.jpg`) is no image path line:
  the sentence before it is corrected, the URL is not (before, the whole line was left as written).
- A URL's path segment of hanzi is the URL's up to a space or a Chinese mark
  (`见https://zh.wikipedia.org/wiki/其层 治理`); before, its trailing hanzi were left to the sentence
  and corrected (`wiki/基层治理`).
- Brackets inside a URL are the URL's (`www.a.cn/b[1](c/d)`), not a markdown link whose target goes;
  a link of its own glued to a URL (`…/x.html[其层治理专题](http://a.cn/x.html)`) is read.
- A URL ending in a sentence's `?` makes `normalize` return (it looped for ever, or crashed); hanzi
  right after a bare host's `/` are the sentence's (`www.gsrb.com/查询其层治理信息`).
- A line of text between `<` and `>` (`<2024/05/01 其层治理>`) is no image's path; a path naming no
  image file (`![](其层治理)`) is written as a markdown image of its own line, and a second run keeps
  it (`tests/test_image_paths_links_v17g.py`).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.normalize.steps import normalize_text
from layoutfix.tracked import apply_edits, undo_edits
from url_pages import inside as _inside
from url_pages import page as _page
from url_pages import twice_is_once as _assert_twice_is_once


def _page_with_a_stop(line: str) -> str:
    """A page whose prose holds an ASCII `.` (a decimal number): a cheap pre-test once skipped the
    image path protection of a page without one."""
    return f"# 兰州新区打造西部陆港枢纽\n\n本报讯 全市GDP增长5.2%。\n\n{line}\n\n图为物流园区一角。\n"


# --- an image's path ------------------------------------------------------------------------------

#: (image line, the path it names): paths naming no image file (no extension; in a folder, or a
#: name of hanzi alone), a path whose folder holds hanzi, and one a URL glued to hanzi begins.
WRITTEN_IMAGES = [
    ("![](images/其层治理)", "images/其层治理"),
    ("![图](imgs/其层)", "imgs/其层"),
    ("![](其层/图.png)", "其层/图.png"),
    ('<img src="imgs/其层治理">', "imgs/其层治理"),
    ("![](其层治理)", "其层治理"),
    ("![图一](其层治理)", "其层治理"),
    ('<img src="其层治理">', "其层治理"),
]
IMAGES = [
    *WRITTEN_IMAGES,
    ("![](详见www.lz.gov.cn/其层.jpg)", "详见www.lz.gov.cn/其层.jpg"),
    ("![](imgs/a.jpg其层)", "imgs/a.jpg其层"),
]


@pytest.mark.parametrize(("line", "path"), IMAGES)
@pytest.mark.parametrize("page_of", [lambda line: line, _page, _page_with_a_stop])
def test_an_images_path_is_never_edited(line: str, path: str, page_of: object) -> None:
    """No edit lies inside the path (the typo rule's `其层` stays), its line holds it (bare, between
    `<` and `>`, or, naming no image file, as a markdown image `![](…)`), and a second run changes
    nothing."""
    page = page_of(line)  # type: ignore[operator]
    out = normalize_text(page)
    start = page.index(path)
    assert _inside(out.edits, start, start + len(path)) == []
    assert {path, f"<{path}>", f"![]({path})"} & set(out.text.split("\n"))
    _assert_twice_is_once(page)


@pytest.mark.parametrize(("line", "path"), WRITTEN_IMAGES)
def test_convert_writes_a_path_naming_no_image_file_as_written(
    tei_schema: etree.RelaxNG, line: str, path: str  # noqa: F811
) -> None:
    """TEI `graphic/@url` and JSON `graphics[].url` hold the path as written, without `<` and `>`."""
    page = _page(line)
    root = assert_valid(tei_schema, convert(page).output)
    assert [unquote(g.get("url") or "") for g in root.iter(f"{TEI}graphic")] == [path]
    article = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert [g["url"] for g in article["graphics"]] == [path]


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("<图/新华社 其层治理>", "<图/新华社 基层治理>"),
        ("<其层治理/专题报道>", "<基层治理/专题报道>"),
        ("<本报记者 王其层/文>", "<本报记者 王基层/文>"),
        ("<2024/05/01 其层治理>", "<2024/05/01 基层治理>"),
    ],
)
def test_a_line_of_text_between_angle_brackets_is_no_path(line: str, once: str) -> None:
    """A line between `<` and `>` is an image's path only as the markup step writes one: no blank
    in it unless it names an image file, an ASCII folder before its `/`. Before, any such line
    holding a `/` was protected as a path, its typo kept (`<2024/05/01 其层治理>`)."""
    for page in (line, _page(line)):
        assert once in _assert_twice_is_once(page)


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("其层治理详见www.lz.gov.cn/其层.jpg", "基层治理详见www.lz.gov.cn/其层.jpg"),
        ("其层治理详见http://www.lz.gov.cn/a/其层,1.png", "基层治理详见http://www.lz.gov.cn/a/其层,1.png"),
        ("www.lz.gov.cn/a.jpg,其层治理成效明显", "www.lz.gov.cn/a.jpg，基层治理成效明显"),
        ("见图images/a.jpg,其层治理", "见图images/a.jpg，基层治理"),
        ("其层/治理", "基层/治理"),
    ],
)
def test_a_sentence_naming_a_file_is_corrected_around_its_url(line: str, once: str) -> None:
    """A URL glued to the sentence's hanzi, or hanzi after the file's extension, do not make the
    line an image's path: the sentence is corrected, the URL is kept as written (before, the whole
    line stayed as written). A bare line with a slash and no image file is text too (guard)."""
    for page in (line, _page(line)):
        assert once in _assert_twice_is_once(page)


# --- where a URL ends -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "url", "once"),
    [
        ("见https://zh.wikipedia.org/wiki/其层 治理", "https://zh.wikipedia.org/wiki/其层",
         "见https://zh.wikipedia.org/wiki/其层 治理"),
        ("详见https://zh.wikipedia.org/wiki/其层治理", "https://zh.wikipedia.org/wiki/其层治理",
         "详见https://zh.wikipedia.org/wiki/其层治理"),
        ("见https://zh.wikipedia.org/wiki/其层。其层治理成效明显。", "https://zh.wikipedia.org/wiki/其层",
         "见https://zh.wikipedia.org/wiki/其层。基层治理成效明显。"),
        ("见https://zh.wikipedia.org/wiki/其层,其层治理成效明显。", "https://zh.wikipedia.org/wiki/其层",
         "见https://zh.wikipedia.org/wiki/其层，基层治理成效明显。"),
        ("见https://zh.wikipedia.org/wiki/其层_治理 其层治理", "https://zh.wikipedia.org/wiki/其层_治理",
         "见https://zh.wikipedia.org/wiki/其层_治理 基层治理"),
        ("搜索www.gsrb.com/search?q=其层治理。", "www.gsrb.com/search?q=其层治理",
         "搜索www.gsrb.com/search?q=其层治理。"),
        ("访问http://a.cn/x.html其层治理专题。", "http://a.cn/x.html", "访问http://a.cn/x.html基层治理专题。"),
        ("见http://a.cn/news/其层,1.html其层治理", "http://a.cn/news/其层,1.html",
         "见http://a.cn/news/其层,1.html基层治理"),
        ("请登录www.gansu.gov.cn其层治理栏目", "www.gansu.gov.cn", "请登录www.gansu.gov.cn基层治理栏目"),
    ],
)
def test_a_urls_hanzi_segment_ends_at_a_space_or_a_chinese_mark(line: str, url: str, once: str) -> None:
    """A path segment that begins with hanzi is the URL's up to a space, a Chinese mark or a sentence
    mark before hanzi: no edit inside it. Hanzi glued after ASCII (a host, a file name) are the
    sentence's, corrected as text."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        start = page.index(url)
        assert _inside(out.edits, start, start + len(url)) == []
        assert once in _assert_twice_is_once(page)


# --- brackets inside a URL ------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["www.a.cn/b[1](c/d)", "详见www.a.cn/b[12](c/d)。", "见http://a.cn/w[x](y/z.html)"])
def test_brackets_inside_a_url_are_no_link(line: str) -> None:
    """Before, the link step read `[1](c/d)` as a markdown link and dropped `(c/d)` from the URL
    (`www.a.cn/b1`). Now the URL stays as written, no `markup.link` edit."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        assert line in out.text
        assert [e for e in out.edits if e.rule == "markup.link"] == []
        _assert_twice_is_once(page)


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("详见www.a.cn [其层](http://www.a.cn/b.html)。", "详见www.a.cn 基层。"),
        ("详见[www.a.cn](http://www.a.cn/b.html)。", "详见www.a.cn。"),
    ],
)
def test_a_link_beside_a_url_is_still_read(line: str, once: str) -> None:
    """Guard: a link after a URL and a space, or whose text is a URL, is read as ever."""
    out = normalize_text(line)
    assert out.text == once
    assert {e.rule for e in out.edits if e.kind == "markup"} == {"markup.link"}


@pytest.mark.parametrize(
    ("line", "target", "once"),
    [
        ("见http://a.cn/x.html[其层治理专题](http://a.cn/x.html)", "http://a.cn/x.html",
         "见http://a.cn/x.html基层治理专题"),
        ("访问www.a.cn/新闻[其层治理](http://b.cn)了解详情", "http://b.cn",
         "访问www.a.cn/新闻基层治理了解详情"),
        ("更多报道见www.gsrb.com/[其层治理专题](http://www.gsrb.com/jc)", "http://www.gsrb.com/jc",
         "更多报道见www.gsrb.com/基层治理专题"),
        ("详见www.a.cn/b[其层](c/d)。", "c/d", "详见www.a.cn/b基层。"),
        ("见www.a.cn/x.html[专题](www.a.cn/jc)", "www.a.cn/jc", "见www.a.cn/x.html专题"),
    ],
)
def test_a_link_glued_to_a_url_is_read(line: str, target: str, once: str) -> None:
    """A link whose target has its own scheme or `www.`, or whose text holds hanzi, is a link even
    right after a URL: its text is corrected, its markup goes and the edit log keeps its target;
    undo gives the line back. Before, the URL's match ran over it and the line stayed as written,
    brackets, target and typo (`…/x.html[其层治理专题](http://a.cn/x.html)`)."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        assert once in out.text
        links = [e for e in out.edits if e.rule == "markup.link"]
        assert len(links) == 2
        assert target in links[1].before
        assert undo_edits(out.text, out.edits) == page
        _assert_twice_is_once(page)


# --- a URL ending in a mark that also begins a segment: no hang, no crash --------------------------

#: (page, what `layoutfix normalize` writes): a `?` ends the URL's match and is the sentence's; it is
#: also what begins a query, so the segment the URL ends in must be found again once it is stripped.
HANGS = [
    ("你访问过www.a.cn/新闻?\n其层治理成效明显。", "你访问过www.a.cn/新闻？\n基层治理成效明显。"),
    ("http://a.cn/wiki/其层?", "http://a.cn/wiki/其层？"),
    ("见www.a.cn/search?q=其层治理?", "见www.a.cn/search?q=其层治理？"),
]


@pytest.mark.parametrize(("page", "once"), HANGS)
def test_normalize_returns_on_a_url_ending_in_a_question_mark(tmp_path: Path, page: str, once: str) -> None:
    """Before, the first page made `layoutfix normalize` (and `convert`) loop for ever, and the other
    two ended in an IndexError. Run as a user runs it, in a process of its own with a time limit."""
    src = tmp_path / "page.txt"
    src.write_text(page, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "layoutfix.cli", "normalize", str(src)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == once


def test_convert_returns_on_a_url_ending_in_a_question_mark(tmp_path: Path) -> None:
    """`layoutfix convert -f txt` of the page that looped: its sentence is corrected."""
    src = tmp_path / "page.txt"
    src.write_text(HANGS[0][0], encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "layoutfix.cli", "convert", str(src), "-f", "txt"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "基层治理成效明显" in done.stdout
    assert "www.a.cn/新闻" in done.stdout


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Fail the example instead of hanging when the code under test loops (SIGALRM, POSIX only)."""

    def _expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"no answer in {seconds}s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: What a URL and the sentence around it are made of: ASCII URL characters and names, the marks that
#: end or part a URL (`?/#&=.,;!`), hanzi (a typo rule's `其层`), Chinese marks, a blank and a line
#: break. Pieces, not single characters, so a few of them make a path, a query or a sentence.
_URLISH = [
    *"ab1.-_~:/?#&=,;!()[]'", "x.html", "a.jpg", "wiki", "[其层](c/d)", "](",
    "其层", "新闻", "治理", "成效明显", "。", "，", "？", "！", "：", " ", "\n",
]


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")
@settings(max_examples=300, deadline=None)
@given(
    before=st.sampled_from(["", "见", "其层治理详见", "(见"]),
    scheme=st.sampled_from(["www.a.cn", "http://a.cn", "https://a.cn/"]),
    rest=st.lists(st.sampled_from(_URLISH), max_size=8).map("".join),
)
def test_normalize_returns_and_undo_rebuilds_on_any_urlish_text(before: str, scheme: str, rest: str) -> None:
    """Property: whatever follows a URL's start, `normalize` returns (a small text: a few seconds is
    ample), its edits rebuild the output from the input and undo gives the input back."""
    page = before + scheme + rest
    with _time_limit(10):
        out = normalize_text(page)
    assert apply_edits(page, out.edits) == out.text
    assert undo_edits(out.text, out.edits) == page


# --- a sentence after a host and its `/`; a query's last value ------------------------------------


@pytest.mark.parametrize(
    ("line", "url", "once"),
    [
        ("请登录www.gsrb.com/查询其层治理信息。", "www.gsrb.com/", "请登录www.gsrb.com/查询基层治理信息。"),
        ("详情请访问http://www.gov.cn/了解其层治理。", "http://www.gov.cn/", "详情请访问http://www.gov.cn/了解基层治理。"),
        ("网址:www.a.cn/index.html?id=5&name=其层治理,欢迎访问", "www.a.cn/index.html?id=5&name=其层治理",
         "网址：www.a.cn/index.html?id=5&name=其层治理，欢迎访问"),
        ("见www.a.cn/search?q=其层治理,其层治理成效明显", "www.a.cn/search?q=其层治理",
         "见www.a.cn/search?q=其层治理，基层治理成效明显"),
    ],
)
def test_a_sentence_glued_after_a_host_and_its_slash_is_text(line: str, url: str, once: str) -> None:
    """Hanzi right after a bare host and its `/` are the sentence's (as in v16): they are corrected,
    the URL keeps what it wrote. A `,` before hanzi in a query's last value ends the URL. Before,
    the whole sentence was read as the URL's, its typo left (`…/查询其层治理信息。`)."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        start = page.index(url)
        assert _inside(out.edits, start, start + len(url)) == []
        assert once in _assert_twice_is_once(page)


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("见https://zh.wikipedia.org/wiki/其层。", "见https://zh.wikipedia.org/wiki/其层。"),
        ("www.a.cn/新闻/其层治理", "www.a.cn/新闻/其层治理"),
        ("见www.a.cn/?q=其层治理", "见www.a.cn/?q=其层治理"),
        ("见www.gsrb.com/search?q=其层治理,園區&p=1", "见www.gsrb.com/search?q=其层治理,園區&p=1"),
    ],
)
def test_a_hanzi_segment_after_a_path_segment_stays_the_urls(line: str, once: str) -> None:
    """Guard: a hanzi segment after a real path segment, or a query value, is the URL's, kept whole
    (a query's `,` before hanzi parts values when more of the query follows)."""
    for page in (line, _page(line)):
        assert once in _assert_twice_is_once(page)
