"""A sentence's question mark, written in ASCII by OCR, glued right after a URL.

What the user sees with `layoutfix normalize`: a `?` followed by hanzi, with no `=` after it before
the blank or Chinese mark that ends the URL, asks no query: the URL ends before it and the hanzi
after it are the sentence's, corrected as any text (`其层治理` becomes `基层治理`; after hanzi the
`?` becomes `？`). Before, everything after the `?` was read as the URL's query and left as
written. A `?` that opens a query with `=` (`?q=其层治理`, `?id=5&name=其层治理`) stays the URL's.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.normalize.steps import normalize_text
from url_pages import inside as _inside
from url_pages import page as _page
from url_pages import twice_is_once as _assert_twice_is_once

#: (line, the URL kept as written, what `normalize` writes for the line).
SENTENCE_QUESTIONS = [
    ("你访问过www.a.cn/新闻?其层治理成效明显。", "www.a.cn/", "你访问过www.a.cn/新闻？基层治理成效明显。"),
    ("你访问过www.a.cn?其层治理成效明显。", "www.a.cn", "你访问过www.a.cn?基层治理成效明显。"),
    ("登录www.gsrb.com/查询?其层治理信息都在这里。", "www.gsrb.com/",
     "登录www.gsrb.com/查询？基层治理信息都在这里。"),
    ("详情请见www.gsrb.com/jc?其层治理工作取得成效", "www.gsrb.com/jc",
     "详情请见www.gsrb.com/jc?基层治理工作取得成效"),
    ("登录http://www.a.cn/index.html?其层治理", "http://www.a.cn/index.html", "登录http://www.a.cn/index.html?基层治理"),
    ("见https://zh.wikipedia.org/wiki/其层?其层治理成效明显", "https://zh.wikipedia.org/wiki/其层",
     "见https://zh.wikipedia.org/wiki/其层？基层治理成效明显"),
    ("见www.a.cn/search?q=其层治理?其层治理成效明显。", "www.a.cn/search?q=其层治理",
     "见www.a.cn/search?q=其层治理？基层治理成效明显。"),
]


@pytest.mark.parametrize(("line", "url", "once"), SENTENCE_QUESTIONS)
def test_a_question_mark_before_hanzi_ends_the_url(line: str, url: str, once: str) -> None:
    """The sentence after the `?` is corrected, the URL before it keeps what it wrote, and a second
    run changes nothing. Before, the sentence was the URL's query: `其层治理` stayed, and after hanzi
    the `?` stayed ASCII (`…/新闻?其层治理成效明显。`)."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        start = page.index(url)
        assert _inside(out.edits, start, start + len(url)) == []
        assert once in _assert_twice_is_once(page)


def test_layoutfix_normalize_corrects_the_sentence_after_a_urls_question_mark(tmp_path: Path) -> None:
    """Run as a user runs it: `layoutfix normalize FILE` writes the corrected sentence."""
    src = tmp_path / "page.txt"
    src.write_text("".join(f"{line}\n\n" for line, _, _ in SENTENCE_QUESTIONS[:5]), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "layoutfix.cli", "normalize", str(src)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.split("\n\n")[:5] == [once for _, _, once in SENTENCE_QUESTIONS[:5]]


@pytest.mark.parametrize(
    "line",
    [
        "见www.a.cn/search?q=其层治理",
        "见www.a.cn/search?q=其层治理。",
        "网址:www.a.cn/index.html?id=5&name=其层治理",
        "见www.a.cn/?其层=治理",
        "见www.a.cn/s?q=其层治理?p=1",
    ],
)
def test_a_query_with_an_equals_sign_stays_the_urls(line: str) -> None:
    """Guard: a `?` with a `=` after it in the URL opens the URL's query, hanzi and all: no edit
    inside it."""
    url = line[line.index("www.") :].rstrip("。")
    for page in (line, _page(line)):
        out = normalize_text(page)
        start = page.index(url)
        assert _inside(out.edits, start, start + len(url)) == []
        assert url in _assert_twice_is_once(page)


@settings(max_examples=100, deadline=None)
@given(
    before=st.sampled_from(["", "见", "你访问过", "详情请见"]),
    host=st.sampled_from(["www.a.cn", "http://www.a.cn", "https://a.cn"]),
    path=st.sampled_from(["", "/", "/jc", "/index.html", "/a/b.html", "/news/jc", "/s?q=1", "/s?id=5&p=2"]),
    words=st.lists(st.sampled_from(["成效明显", "工作", "信息", "取得", "都在这里"]), max_size=3),
    end=st.sampled_from(["", "。", "\n", "，其层治理成效明显。"]),
)
def test_a_sentence_after_a_url_and_its_question_mark_is_corrected(
    before: str, host: str, path: str, words: list[str], end: str
) -> None:
    """Property: URL + `?` + a sentence of hanzi holding a typo: the URL stays as written, a `?`
    (or `？`) follows it, every typo of the sentence is corrected, the edits rebuild the output and
    undo gives the input back, and a second run changes nothing."""
    sentence = "其层治理" + "".join(words) + end
    page = before + host + path + "?" + sentence
    out = normalize_text(page)
    url = host + path
    start = len(before)
    assert _inside(out.edits, start, start + len(url)) == []
    assert url in out.text
    assert out.text[out.text.index(url) + len(url)] in "?？"
    assert "其层" not in out.text
    assert out.text.count("基层治理") == sentence.count("其层治理")
    _assert_twice_is_once(page)


@pytest.mark.parametrize(
    ("line", "url", "once"),
    [
        ("见www.a.cn/新闻?其层治理,请访问www.b.cn/wiki/其层", "www.b.cn/wiki/其层",
         "见www.a.cn/新闻？基层治理，请访问www.b.cn/wiki/其层"),
        ("见www.gsrb.com/a.html,请访问www.b.cn/wiki/其层", "www.b.cn/wiki/其层",
         "见www.gsrb.com/a.html，请访问www.b.cn/wiki/其层"),
        ("见www.a.cn?其层治理,详见www.b.cn/s?q=其层", "www.b.cn/s?q=其层",
         "见www.a.cn?基层治理，详见www.b.cn/s?q=其层"),
    ],
)
def test_a_url_in_the_sentence_after_a_url_is_kept(line: str, url: str, once: str) -> None:
    """The sentence left after a URL cut short (at a `?` or `,` before hanzi) may name a URL of its
    own: it is kept as written, the sentence between is corrected. Before, the second URL was no
    URL, its `其层` corrected (`…/wiki/基层`); and a `=` in the second URL made the first `?` a query
    (`www.a.cn?其层治理,…` left as written)."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        start = page.index(url)
        assert _inside(out.edits, start, start + len(url)) == []
        assert once in _assert_twice_is_once(page)
