"""What surrounds a character: Chinese or not, protected (URL, e-mail, phone), block edges.

Shared by the punctuation and spacing normalisers. Everything here reads the CURRENT text and is
computed once per step with linear regex scans; lookups are binary searches, so a normaliser stays
linear even on a 50,000-character line of one repeated character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, Generic, TypeVar, overload

import regex

from ..tracked import merged_spans

#: Horizontal whitespace: tabs and every Unicode space separator (never a line break).
HSPACE_CLASS = r"[\t\p{Zs}]"
HSPACE_RUN = regex.compile(HSPACE_CLASS + "+")
#: The same class spelled out for the standard `re` module (tab and the Unicode space separators,
#: Zs), for whole-page scans where `re` is faster than `regex` (tests check that the two classes
#: hold the same characters).
HSPACE_RE_CLASS = r"[\t \xa0\u1680\u2000-\u200a\u202f\u205f\u3000]"

#: Punctuation and symbols that only East Asian typesetting uses (full-width forms, the CJK
#: symbols block: ，。、：；？！（）《》【】「」 ...). A space beside one of them is never wanted.
_STRICT_CJK_PUNCT = (
    r"[[\p{Block=CJKSymbolsAndPunctuation}\p{Block=HalfwidthAndFullwidthForms}]&&[\p{P}\p{S}]]"
)
STRICT_CJK_PUNCT = regex.compile(_STRICT_CJK_PUNCT, regex.V1)

#: Marks Chinese shares with Western typography (GB/T 15834 quotes, ellipsis, dash, middle dot).
SHARED_PUNCT = frozenset("“”‘’…—·")

#: A Han character or strictly CJK punctuation: evidence that the text around is Chinese.
CJK = regex.compile(r"[\p{Han}" + _STRICT_CJK_PUNCT + "]", regex.V1)
HAN = regex.compile(r"\p{Han}")
#: A letter of any script except Han (Latin, Greek, Cyrillic, kana...): a "Latin word" for spacing.
ALPHA = regex.compile(r"[\p{L}--\p{Han}]", regex.V1)
DIGIT = regex.compile(r"\p{Nd}")

#: A URL: a scheme or `www.`, the host (ASCII), and from the first `/`, `?` or `#` on a path that may
#: hold hanzi too (`http://www.gsrb.com/其层治理/園區,1.html`: an address, written as the site names
#: its pages). It runs up to the first character no URL holds: whitespace, a full-width mark (`，`,
#: `。`, `）`), a quote or bracket outside the ASCII set (`”`, `》`), `<`, `>`, `"`, `{`, `}`.
#: Where a URL begins: a scheme or `www.`, not inside an ASCII word or host.
_URL_SCHEME = r"(?:(?:https?|ftp)://|www\.)"
_URL_OPENING = r"(?i)(?<![a-z0-9.])" + _URL_SCHEME
#: A URL's opening glued to the hanzi before it: no image's path begins so (`htmlmarkup.path_line`:
#: `详见www.lz.gov.cn/a.jpg`). Inside a URL's match it ends that URL when those hanzi are a sentence's
#: (`_after_sentence`).
URL_OPENING_AFTER_HAN = regex.compile(r"(?i)(?<=\p{Han})" + _URL_SCHEME)
#: The ASCII marks OCR writes for a sentence's `，；！`: hanzi right after one, glued to a URL's
#: opening, are a sentence (`www.a.cn/s?q=1,其层治理请访问www.b.cn`).
_SENTENCE_MARKS = ",;!"
#: Words that point at an address, ending a sentence's hanzi right before one (`…其层治理请访问www.b.cn`,
#: `详见`, `登录`): a query value ends so rarely. Hanzi ending otherwise, after no sentence mark, are
#: the URL's (`?q=2024年其层治理www.gov.cn`, a search for that run).
_POINTING_WORDS = (
    "访问", "详见", "参见", "请见", "登录", "登陆", "浏览", "点击", "进入", "网址", "下载", "关注", "官网",
)
_URL = regex.compile(
    _URL_OPENING + r"[a-z0-9\-._~:@!$&'()*+,;=%\[\]]+"
    r"(?:[/?#][a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%\p{Han}]*)?"
)
#: What ends a URL's match but belongs to the sentence around it: ASCII sentence marks and quotes
#: (`见www.gsrb.com.`, `www.gsrb.com,`), a closing bracket the URL does not open (`(www.gsrb.com)`),
#: and hanzi glued to ASCII (`…/1.html查看`, `…/news/其层,1.html查看`, `…/abc查看`). A path segment
#: that begins with hanzi and names no file (`wiki/其层`, `wiki/其层_治理`, `?q=其层治理`) is the URL's
#: up to what ends the match: a space, a full-width mark (`。`, `，`), a sentence mark before hanzi.
_URL_TRAILING = ".,;:!?'\""
#: What begins a path segment or a query value: the hanzi right after one are a name in the URL.
_SEGMENT_BREAKS = "/?#&="
#: Where a URL's path or query begins after its host.
_PATH_BREAK = regex.compile(r"[/?#]")
_SENTENCE_MARK_IN_URL = regex.compile(r"[,;!](?=\p{Han})")
#: A `?` glued to hanzi: a query (`?q=其层治理`) or the sentence's question mark, written in ASCII.
_QUESTION_BEFORE_HAN = regex.compile(r"\?(?=\p{Han})")
#: Where a URL's query or fragment begins.
_QUERY_BREAK = regex.compile(r"[?#]")
_URL_CLOSERS = {")": "(", "]": "["}
_EMAIL = regex.compile(r"(?i)(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
#: Chinese phone numbers: area code with hyphen or parentheses (0931-8926232, (0931)8926232,
#: (010)8888-6666, 0755-8888 6666),
#: and mobile numbers; their ASCII stays as it is. A bare 7-8 digit number may be an amount, so
#: it needs the area code.
_PHONE = regex.compile(
    r"(?<![\d-])(?:\(0\d{2,3}\)[ \t]?|0\d{2,3}-)(?:[1-9]\d{6,7}|[1-9]\d{2,3}[- ]\d{4})"
    r"(?:-\d{1,5})?(?![\d-])"
    r"|(?<!\d)1[3-9]\d{9}(?!\d)"
)

#: What a URL without a scheme must contain: a text without it is not scanned with the full pattern.
_WWW = regex.compile(r"(?i)www\.")
#: Where a URL can begin (`_URL`'s opening), for the scan after a URL cut short (`_next_url`).
_URL_START = regex.compile(_URL_OPENING)
#: How far a URL found after one cut short is read (`_next_url`); printed URLs are far shorter.
_URL_REACH = 4096
#: What every phone number contains (`_PHONE`): seven digits in a row, or an area code before a
#: local number in two groups (`(010)8888-6666`, `0755-8888 6666`); a text without it is not scanned.
_PHONE_HINT = regex.compile(r"\d{7}|0\d{2,3}[)-]")

#: A block separator: a line break, then (whitespace-only lines and) another line break.
BLOCK_SEP = re.compile(r"\n(?:" + HSPACE_RE_CLASS + r"*\n)+")


_T = TypeVar("_T")


class lazy(Generic[_T]):
    """`functools.cached_property` without its lock: the value is computed on first access and stored
    in the instance's `__dict__` under the same name, where later lookups find it directly.

    Python 3.11's `cached_property.__get__` takes a lock on every first access; the normalisers build
    a few context objects per step and read each property once or twice, so the lock was a visible
    part of a short page's cost. Two threads racing on one object both compute the (pure) value and
    one wins, which is harmless.
    """

    def __init__(self, fn: Callable[[Any], _T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> lazy[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> lazy[_T] | _T:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


#: The character tests below are pure functions of one character and run several times per mark and
#: space run; memoised (a page holds a few thousand distinct characters), a test is a C-level cache
#: hit instead of a Python call and a regex match.
_CHAR_CACHE = 8192


@lru_cache(maxsize=_CHAR_CACHE)
def is_cjk(ch: str) -> bool:
    """True for a Han character or strictly CJK punctuation."""
    return bool(ch) and CJK.match(ch) is not None


@lru_cache(maxsize=_CHAR_CACHE)
def is_han(ch: str) -> bool:
    return bool(ch) and HAN.match(ch) is not None


@lru_cache(maxsize=_CHAR_CACHE)
def is_alpha(ch: str) -> bool:
    """A letter that is not Han."""
    return bool(ch) and ALPHA.match(ch) is not None


@lru_cache(maxsize=_CHAR_CACHE)
def is_digit(ch: str) -> bool:
    return bool(ch) and DIGIT.match(ch) is not None


@lru_cache(maxsize=_CHAR_CACHE)
def is_strict_cjk_punct(ch: str) -> bool:
    return bool(ch) and STRICT_CJK_PUNCT.match(ch) is not None


class Spans:
    """Sorted, non-overlapping spans of the text with O(log n) membership tests."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged = merged_spans(spans)
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends, strict=True)

    def span_at(self, pos: int) -> tuple[int, int] | None:
        """The span containing `pos`, if any."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._ends[i]:
            return self._starts[i], self._ends[i]
        return None

    def contains(self, pos: int) -> bool:
        return self.span_at(pos) is not None

    def ends_at(self, pos: int) -> bool:
        """True if a span ends exactly at `pos` (its last character is `pos - 1`)."""
        i = bisect_left(self._ends, pos)
        return i < len(self._ends) and self._ends[i] == pos

    def starts_at(self, pos: int) -> bool:
        i = bisect_left(self._starts, pos)
        return i < len(self._starts) and self._starts[i] == pos


def urls(text: str) -> list[tuple[int, int]]:
    """The URLs of `text` (without the trailing punctuation a URL sheds), in order.

    Of the protected spans (`protected`), only these can hold an ASCII , : ; ? ! mark: a phone number
    is digits, parentheses, spaces and hyphens, an e-mail address letters, digits and `._%+-@`.
    """
    spans: list[tuple[int, int]] = []
    # The pattern runs only where its literal part occurs: most pages have no link at all, and a
    # test for `://` or `www.` costs a fraction of the full pattern's scan.
    # Every `www.` match ends in `w.` or `W.`: two substring tests spare most pages the
    # case-insensitive regex search (a regex scan of the whole page).
    if "://" in text or (("w." in text or "W." in text) and _WWW.search(text) is not None):
        # A URL cut short of its match leaves the rest to the sentence, which may name a URL of its
        # own (`www.a.cn/a.html,请访问www.b.cn/wiki/其层`): the scan goes on where the URL ends.
        openings = _SentenceOpenings(text)
        m = _next_url(text, 0, openings)
        while m is not None:
            # the match ends at the first opening glued to a sentence's hanzi after its start
            # (`_next_url`): the scan finds the URL that opening begins
            matched = _before_sentence_question(text, m.start(), m.end())
            # an ASCII comma, semicolon or exclamation mark before a hanzi, ahead of any query, is the
            # sentence's, which OCR wrote in ASCII (`www.gsrb.com/a.html,会议于5月6日召开`): the URL
            # ends there; in a query it parts values (`search?q=其层治理,園區&p=1`), but not in
            # the last one (`?name=其层治理,欢迎访问`: no `&`, `=` after it, the sentence's again)
            query = _QUERY_BREAK.search(text, m.start(), matched)
            stop = matched if query is None else query.start()
            cut = _SENTENCE_MARK_IN_URL.search(text, m.start(), stop)
            if cut is None and query is not None:
                last_value = _segment_start(text, stop, matched)
                cut = _SENTENCE_MARK_IN_URL.search(text, last_value, matched)
            end = _url_end(text, m.start(), matched if cut is None else cut.start())
            if end > m.start():
                spans.append((m.start(), end))
            m = _next_url(text, end if end > m.start() else m.end(), openings)
    return spans


def _next_url(text: str, pos: int, openings: _SentenceOpenings) -> regex.Match[str] | None:
    """The first URL match (`_URL`) at or after `pos`, read at most `_URL_REACH` characters long and
    no further than the next opening glued to a sentence's hanzi (`openings`), where another URL
    begins (`s?q=1,其层治理请访问www.b.cn`). The match is the one read whole would give, cut there.

    The scan after a URL cut short starts inside the match it was cut from (`www.a.cn/a.html,请访问
    www.b.cn/…`), whose path runs on over hanzi and ASCII marks to the blank or Chinese mark that ends
    it: matched whole, each URL found there would read the rest of that run again, so a line of many
    (`见www.a.cn/新闻?其层`, `请访问www.a.cn/其层` over 100,000 characters) cost time growing with its
    square. No printed URL is near the reach."""
    while (start := _URL_START.search(text, pos)) is not None:
        stop = min(len(text), start.start() + _URL_REACH, openings.after(start.start()))
        m = _URL.match(text, start.start(), stop)
        if m is not None:
            return m
        pos = start.end()
    return None


class _SentenceOpenings:
    """The URL openings of one text glued to a sentence's hanzi (`_after_sentence`), found in order
    as `urls` asks for them, so the text is scanned for them once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found = (
            m.start() for m in _URL_START.finditer(text) if m.start() > 0 and _after_sentence(text, m.start())
        )
        self._next = -1  # none read yet; the text's length once all are

    def after(self, pos: int) -> int:
        """Where the first such opening after `pos` begins, or the text's length; `pos` never goes
        back from one call to the next."""
        while self._next <= pos < len(self._text):
            self._next = next(self._found, len(self._text))
        return self._next


def _after_sentence(text: str, pos: int) -> bool:
    """Whether the URL opening at `pos` is glued to a sentence's hanzi: inside another URL's match it
    ends that URL (`_next_url`). The hanzi before it are a sentence's when a sentence mark OCR wrote
    in ASCII stands right before them (`_SENTENCE_MARKS`: `s?q=1,其层治理请访问www.b.cn`) or a word
    pointing at an address ends them (`_POINTING_WORDS`: `s?q=1其层治理请访问www.b.cn`); otherwise
    they may be a query's or a path's (`?q=2024年其层治理www.gov.cn`), which no rule may change, so
    the URL runs on. Reads only the run of hanzi before `pos`."""
    if not is_han(text[pos - 1]):
        return False
    run = _han_run_start(text, 0, pos)
    return (run > 0 and text[run - 1] in _SENTENCE_MARKS) or text.endswith(_POINTING_WORDS, run, pos)


def _before_sentence_question(text: str, start: int, end: int) -> int:
    """Where the URL matched at `text[start:end]` (`_URL`) ends ahead of the sentence's question
    mark, which OCR wrote in ASCII: a `?` before hanzi with no `=` after it before the match ends
    (at a blank or a Chinese mark) or an ASCII `,;!` before hanzi (`_SENTENCE_MARK_IN_URL`) asks no
    query (`www.a.cn/新闻?其层治理成效明显。`), so the URL ends there and the hanzi after it are the
    sentence's; `end` when there is none. A `?` before `q=其层治理` or `id=5&name=其层治理` begins
    the URL's query. Each character is scanned a bounded number of times."""
    pos = start
    while (question := _QUESTION_BEFORE_HAN.search(text, pos, end)) is not None:
        equals = text.find("=", question.end(), end)
        if equals < 0 or _SENTENCE_MARK_IN_URL.search(text, question.end(), equals) is not None:
            return question.start()
        pos = equals
    return end


def _url_end(text: str, start: int, end: int) -> int:
    """Where the URL matched at `text[start:end]` (`_URL`) ends once what belongs to the sentence is
    left out (`_URL_TRAILING`, hanzi glued to ASCII, an unopened closing bracket), repeatedly:
    `…/1.html,欢迎` ends after `html`, `(见http://a.cn/x_(1))` after `(1)`, `wiki/其层.` after `层`.
    Hanzi are the URL's when the segment holding them begins with them, after a real path segment
    or in a query, and names no file before them (`_hanzi_segment`); each turn of the loop shortens
    the URL, so it ends."""
    first_break = _first_break(text, start, end)
    # The segment the URL ends in and its first `.`: found again only when the loop has stripped
    # the break that began it (a `?` is both a break and a sentence's mark: `/新闻?`), so each
    # character is scanned once.
    segment, dot = end + 1, -1
    while end > start:
        last = text[end - 1]
        opener = _URL_CLOSERS.get(last)
        if opener is not None:
            url = text[start:end]
            if url.count(opener) >= url.count(last):
                break  # (balanced: `wiki/Foo_(bar)`)
        elif is_han(last):
            if segment >= end:
                segment = _segment_start(text, start, end)
                dot = text.find(".", segment, end)
            run = _han_run_start(text, segment, end)
            if _hanzi_segment(text, segment, run, dot, first_break):
                break  # a segment that begins with hanzi and names no file before them: the URL's
            end = run
            continue
        elif last not in _URL_TRAILING:
            break
        end -= 1
    return end


def _first_break(text: str, start: int, end: int) -> int:
    """Where the path or query of the URL `text[start:end]` begins (its first `/`, `?` or `#` after
    the host), or -1 when it has none."""
    scheme = -1 if text[start : start + 4].lower() == "www." else text.find("://", start, end)
    host = start if scheme < 0 else scheme + 3
    m = _PATH_BREAK.search(text, host, end)
    return -1 if m is None else m.start()


def _segment_start(text: str, start: int, end: int) -> int:
    """Where the segment of the URL `text[start:end]` ending at `end` begins: after its last
    `_SEGMENT_BREAKS` character, or at `start`."""
    pos = end
    while pos > start and text[pos - 1] not in _SEGMENT_BREAKS:
        pos -= 1
    return pos


def _hanzi_segment(text: str, segment: int, run: int, dot: int, first_break: int) -> bool:
    """Whether the hanzi from `run` on are the URL's: its last segment, from `segment`, begins with
    hanzi (`wiki/其层`, `wiki/其层_治理`, `?q=其层治理`, `wiki/其层#历史`, `http://a.cn/#其层`: a `#`
    begins an anchor, even right after the host), names no file before them (`dot`: no
    `x.html其层`), and is no first segment right after the host's `/` (`www.gsrb.com/查询其层治理信息`:
    a sentence glued to a bare host and its `/`, read as text as in v16)."""
    return (
        first_break >= 0
        and segment > first_break
        and is_han(text[segment])
        and not (segment == first_break + 1 and text[first_break] == "/")
        and not 0 <= dot < run
    )


def _han_run_start(text: str, floor: int, end: int) -> int:
    """Where the run of hanzi ending at `end` begins (not before `floor`)."""
    pos = end
    while pos > floor and is_han(text[pos - 1]):
        pos -= 1
    return pos


def links(text: str) -> Spans:
    """URLs and e-mail addresses: their ASCII punctuation and the spaces that delimit them stay."""
    spans = urls(text)
    if "@" in text:
        spans.extend(m.span() for m in _EMAIL.finditer(text))
    return Spans(spans)


def phones(text: str) -> list[tuple[int, int]]:
    """The phone numbers of `text`, in order (digits, hyphens, parentheses and spaces only)."""
    return [(m.start(), m.end()) for m in _PHONE.finditer(text)] if _PHONE_HINT.search(text) else []


def protected(text: str) -> Spans:
    """Links and phone numbers: nothing inside them is Chinese punctuation."""
    spans = phones(text)
    spans.extend(links(text))
    return Spans(spans)


class Blocks:
    """Where the blocks of a page text start and end (blocks are separated by blank lines)."""

    def __init__(self, text: str) -> None:
        self.text = text
        seps = [m.span() for m in BLOCK_SEP.finditer(text)]
        self.starts = [0] + [e for _, e in seps]
        self.ends = [s for s, _ in seps] + [len(text)]

    def index(self, pos: int) -> int:
        """The number of the block that holds `pos` (a separator belongs to the block after it)."""
        return bisect_right(self.starts, pos) - 1

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        return self.starts[i], self.ends[i]
