"""Continuation markers: `(接一版)`, `(上接第2版)`, `(下转第3版)`, `(转A4版)`, `(见第3版)`, parsed into page
references.

A marker is kept as text (it is part of the page) and also parsed, so the article can say where it
came from (`continued_from`) and where it goes (`continued_to`), and the TEI export can mark the
article as a part (`@part`, `@prev`, `@next`).

Markers are read in simplified and traditional script alike (`（下轉第四版）`, `（續見A3版）`), in any of
the brackets papers print them in (`()`, `（）`, `【】`, `〔〕`, `［］`, widths mixed, spaces inside),
after an arrow (`▶下转4版`), or bare as a whole line of their own (`下转第3版`, `上接第1版`, `转A4版`:
`is_jump_line`; within a line such words are text). Hong Kong and Taiwan papers leave out 版 after a
lettered page (`（轉A4）`, `（接A1）`); a page without a letter needs 版, 页 or 面 (`（续三年）` is no
marker), unless it is one or two digits or a Chinese numeral closing brackets after 转 or 接 (`（转4）`,
`（接1）`, `（转四）`), not dialling a telephone extension (`服务电话（转2）`, or alone on the line under
`0931-8612345`; `_bare_number_marker`).

Direction: 转 / 见 ("see") point on to where the text goes ("to"); 接, 承 and 续 alone say the text
continues from the page named, printed at the head of the continuation ("from": Taiwan's `（續A1版）`).
Taiwan's `（續見A3版）` ("continued, see A3") is a "to" marker: 见 decides. A 续 marker closing a
paragraph's block (`…大廈。(續第四版)`, as Hong Kong papers print it) points on: the labels hint it
(`CLOSING_MARKER`) and `block_markers` reads it "to".

Republican-era papers name the sheet (张, 張) where others name the page (`（續第一張）`,
`（轉第二張）`): a sheet holds several pages (sheet 2 is pages 5 to 8 of a paper folded so), so the
marker names no page of the issue to link to, its page None. Two markers name no page of the issue
either: `（續昨）` ("continued from yesterday's issue", "from") and `（未完）` ("not finished", "to");
their page is None too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Set
from dataclasses import dataclass, replace
from typing import Literal

import regex

Direction = Literal["from", "to"]

#: Brackets a marker is printed in (either width of the parentheses, mixed by OCR as well).
_OPENERS = "(（【〔［"
_CLOSERS = ")）】〕］"
#: An arrow printed before a marker, with or without brackets (`▶下转4版`, `►（轉A4）`).
_ARROWS = "▶►→"
_DIRECTION = (
    r"上接|[紧緊]接|接|[续續]\s*[见見]|[续續]|承|下[转轉]|[转轉][至到]|[转轉]|[详詳][见見]|[见見]"
)
_PAGE = r"[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]{1,3}|[一二三四五六七八九十〇零两兩]{1,3}|[上下]"
_UNIT = r"版|页|頁|面|张|張"
#: The sheet's words among the units (`（續第一張）`): a sheet's number is no page (`_page_or_none`).
SHEET_UNITS = "张張"
#: A jump line of its own, without brackets or arrow, as mainland papers print it under a paragraph
#: (`下转第3版`, `上接第1版`, `转第4版`, `接A4版`, `续第二版`): a whole line holding only a direction
#: word, the page and 版. Within a line it is words (`详见下转第3版的报道`), and without 版 a title
#: (`转型第一年`, `接力第3棒`).
_JUMP_LINE_PATTERN = (
    r"(?<=(?:^|\n)[ \t\u3000]*)(?P<dir>下[转轉]|上接|[转轉]|接|[续續])[ \t\u3000]*(?:第[ \t\u3000]*)?"
    r"(?P<page>[A-Za-zＡ-Ｚａ-ｚ]?[ \t\u3000]*[0-9０-９]{1,3}|[一二三四五六七八九十〇零两兩]{1,3})"
    r"[ \t\u3000]*(?P<unit>[版张張])(?=[ \t\u3000]*(?:\n|\Z))"
)
_JUMP_LINE = regex.compile(_JUMP_LINE_PATTERN)
#: `unit` is optional: a page without one must have a section letter (`（轉A4）`), checked in
#: `_parse_markers`; words may follow the unit before the closing bracket (`（下转第3版 责编…）`).
_MARKER = regex.compile(
    rf"(?:[{_ARROWS}]\s*)?[{regex.escape(_OPENERS)}]\s*(?:[{_ARROWS}]\s*)?"
    rf"(?P<dir>{_DIRECTION})\s*(?:第\s*)?(?P<page>{_PAGE})\s*"
    rf"(?:(?P<unit>{_UNIT})[^{regex.escape(_OPENERS + _CLOSERS)}\n]{{0,12}})?[{regex.escape(_CLOSERS)}]"
    # without brackets only after an arrow, and ending where the word ends (`▶下转4版`)
    rf"|[{_ARROWS}]\s*(?P<dir>{_DIRECTION})\s*(?:第\s*)?(?P<page>{_PAGE})\s*(?P<unit>{_UNIT})?"
    r"(?![\p{Han}A-Za-z0-9Ａ-Ｚａ-ｚ０-９])"
    # or a whole line of its own (`下转第3版` under a paragraph)
    rf"|{_JUMP_LINE_PATTERN}"
    # or a marker naming another issue, no page (`（續昨）`, `（未完）`: `_ISSUE_WORDS`)
    rf"|[{regex.escape(_OPENERS)}]\s*(?P<issue>[续續接承]\s*昨[日天]?|未完)\s*[{regex.escape(_CLOSERS)}]"
)
#: How every `_MARKER` match in brackets or after an arrow starts, up to the first character of its
#: direction word (the cheap test before the pattern: a bracket or an arrow, spaces, an arrow in the
#: brackets and spaces). A bare jump line (`_JUMP_LINE`: `下转第3版`) opens with neither and has its
#: own cheap test in `find_markers` (版, then the line pattern).
_MARKER_START = regex.compile(
    rf"[{regex.escape(_OPENERS)}]\s*(?:[{_ARROWS}]\s*)?[上紧緊接续續承下转轉详詳见見未]"
    rf"|[{_ARROWS}]\s*[上紧緊接续續承下转轉详詳见見]"
)
#: A direction word holding one of these points on to the page named ("to").
_TO_WORDS = frozenset("转轉见見")
_SPACES = regex.compile(r"\s+")
_LATIN_PAGE = regex.compile(r"[A-Z]?\d{1,3}")
#: The page references of markers naming no page number, but the page after or before their own:
#: `（转下页）`, `（續下頁）`, `（下转下页）` ("continued on the next page"), `（接上頁）`, `（续上页）`.
NEXT_PAGE = "next"
PREVIOUS_PAGE = "previous"
#: The unit of a relative page (`下页`, `上版`): 面 is no page there (`接上面` is "as above").
_RELATIVE_UNITS = frozenset("页頁版")
_CN_DIGITS = dict(zip("〇零一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


@dataclass(frozen=True, slots=True)
class Marker:
    """A continuation marker found in a text: where it stands, which way it points, and the page
    (`NEXT_PAGE` / `PREVIOUS_PAGE` for a marker that names no number: `（转下页）`, `（接上页）`; None
    for one naming another issue: `（續昨）`, `（未完）`), and its direction word without spaces
    (`下转`, `详见`, `續見`; `續昨`, `未完`)."""

    span: tuple[int, int]
    direction: Direction
    page: str | None
    text: str
    word: str = ""


def chinese_number(numeral: str) -> int | None:
    """Value of a small Chinese numeral (一 .. 九十九, 〇 / 零 / 两 / 兩 allowed); None if it is not one."""
    if not numeral or any(c not in _CN_DIGITS and c != "十" for c in numeral):
        return None
    if "十" not in numeral:
        value = 0
        for c in numeral:
            value = value * 10 + _CN_DIGITS[c]
        return value
    tens, _, units = numeral.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def page_ref(raw: str) -> str | None:
    """Normalise a page reference: `一` -> `1`, `２` -> `2`, `a4` / `Ａ4` -> `A4`."""
    s = _SPACES.sub("", unicodedata.normalize("NFKC", raw)).upper()
    if _LATIN_PAGE.fullmatch(s):
        letter = s[0] if s[0].isalpha() else ""
        return letter + str(int(s[len(letter) :]))
    n = chinese_number(s)
    return str(n) if n else None


def find_markers(text: str) -> list[Marker]:
    """Every continuation marker in `text`, in order (a new list on every call).

    A block holding a marker is asked again by the labels, the assembly, the jumps between pages and
    the TEI writer: its markers are parsed once and remembered per text (`_FOUND`); a text without
    one is parsed each time, as before (it is asked once, by the labels)."""
    opened = (  # a bracket or an arrow opens every marker but a bare jump line: most blocks hold none
        "（" in text or "(" in text or "【" in text or "〔" in text or "［" in text
        or "▶" in text or "►" in text or "→" in text
    ) and _MARKER_START.search(text) is not None  # and a direction word follows: most brackets hold none
    if not opened and (not _holds_unit(text) or _JUMP_LINE.search(text) is None):  # nor a jump line
        return []
    found = _FOUND.get(text)
    if found is not None:
        return list(found)
    markers = _parse_markers(text)
    if markers:  # a text without a marker is not asked again (only marker blocks are)
        if len(_FOUND) >= _FOUND_MAX:
            _FOUND.clear()
        _FOUND[text] = tuple(markers)
    return markers


def _holds_unit(text: str) -> bool:
    """Whether `text` holds 版 or the sheet's word (张, 張), one of which every jump line ends with
    (`下转第3版`, `续第一张`): the cheap test before `_JUMP_LINE`."""
    return "版" in text or "张" in text or "張" in text


#: The hint the labels give a marker they cut off the end of a paragraph's block, the text before it
#: ending a sentence (`…大廈。(續第四版)`): `block_markers` reads a 续 marker there "to".
CLOSING_MARKER = "closing-marker"
#: The direction words that alone say no direction but "continued": 续 (`（續第四版）`), which names
#: where the text comes from at the head of a continuation and where it goes at a paragraph's end.
_BARE_CONTINUED = frozenset(("续", "續"))


def block_markers(text: str, hints: Set[str] = frozenset()) -> list[Marker]:
    """The continuation markers of a block's `text` as its place reads them: `find_markers`, with a
    续 marker pointing on ("to") when the labels cut it off the end of a paragraph (`hints` holding
    `CLOSING_MARKER`: `…大廈。(續第四版)`, "continued on page 4"); at the head of a continuation it
    says where the text comes from (`（續第一版）`). Everything that reads a marker block's direction
    asks here, so the article, the TEI note and the jumps agree."""
    found = find_markers(text)
    if CLOSING_MARKER not in hints:
        return found
    return [replace(m, direction="to") if _bare_continued(m) else m for m in found]


def _bare_continued(m: Marker) -> bool:
    """Whether a marker says only "continued" and the page or sheet (`（續第四版）`, `（续A3版）`,
    `（續第二張）`): neither a relative one, whose 上 or 下 says the way (`（续上页）`), nor one naming
    another issue (`續昨`, whose word is no bare 续)."""
    return m.word in _BARE_CONTINUED and not is_relative(m.page)


def is_jump_line(line: str) -> bool:
    """Whether a line is a jump line of its own, without brackets or arrow (`下转第3版`, `上接第1版`,
    `转A4版`, `续第一张`): a continuation marker, never a title, which the boxes keep on its line as
    flat text does (`geometry.line_join_changes`)."""
    return _holds_unit(line) and _JUMP_LINE.fullmatch(line.strip(" \t\u3000")) is not None


def _bare_number_marker(text: str, m: regex.Match[str]) -> bool:
    """Whether a match naming a page by its number without 版 / 页 / 面 is a marker: `（转4）`, `（接1）`,
    `（續見3）`, `（转四）`, `（下转三）`, as papers without section letters print them. Only in brackets
    closing right after one or two digits or a Chinese numeral (`（转4次）`, `（转4号线）`, `（转四次车）`,
    `（转一转）` never match), only after a word of 转 or 接 (or 续见):
    `（见1）` points to a note or figure and `（续2）` numbers an instalment, and not where `转` dials
    an extension (`0931-8888888（转2）`, `服务电话（转2）`, under a telephone number: `dials_extension`)."""
    return (
        m.group(0)[-1] in _CLOSERS
        and _BARE_NUMBER.fullmatch(m.group("page")) is not None
        and page_ref(m.group("page")) != "0"
        and _SPACES.sub("", m.group("dir")) in _BARE_NUMBER_WORDS
        and not dials_extension(text, m.start(), m.end())
        and not _dials_hotline(text, m)
    )


def _dials_hotline(text: str, m: regex.Match[str]) -> bool:
    """Whether a bare `（转二）` (转 alone, a Chinese numeral) dials an extension of a hotline or a
    service line (`服务热线（转二）`, `专线：（转三）`): after such a line (`_HOTLINE_BEFORE`) the
    numeral is the key to press. A digit there stays a page (`旅游热线（转2）`, a travel route may
    jump to page 2), as does a marker with a jump word (`热线（下转三）`) or with 版."""
    return (
        _SPACES.sub("", m.group("dir")) in ("转", "轉")
        and not m.group("page")[:1].isdigit()
        and _HOTLINE_BEFORE.search(text, max(0, m.start() - _EXTENSION_WINDOW), m.start()) is not None
    )


def dials_extension(text: str, start: int, end: int | None = None) -> bool:
    """Whether a `（转2）` at `start` of `text` dials a telephone extension rather than naming a page:
    it follows a number or a dash (`0931-8612345（转2）`, a space between too: `8612345 （转2）`) or a
    word naming a telephone line (`服务电话（转2）`, `总机：（转2）`), on the same line; or, given its
    `end`, it is a line of its own right under a line ending in a telephone number
    (`咨询电话：0931-8612345` / `（转2）`: the line broke before the extension)."""
    if _EXTENSION_BEFORE.search(text, max(0, start - _EXTENSION_WINDOW), start) is not None:
        return True
    return end is not None and _extension_line(text, start, end)


def extension_under_phone(above: str, line: str) -> bool:
    """Whether `line` is a bracketed extension alone (`（转2）`, `（转8001）`, `（转二）`: `_EXTENSION_ALONE`)
    that flat text reads as no marker under the line `above` (`咨询电话：0931-8612345` / `（转2）`:
    `dials_extension`, the line broke before the extension). A coordinate page keeps such a line in
    the paragraph of the number above it (`geometry.split_paragraphs`), as flat text keeps it in its
    block: cut off as a paragraph of its own, `（转2）` was a jump to page 2. A marker naming its page
    (`（转2版）`, `（下转第3版）`) or under a line ending in no telephone number stays a marker."""
    s = line.strip(" \t\u3000")
    if _EXTENSION_ALONE.fullmatch(s) is None or _PHONE_END.search(above) is None:
        return False
    text = f"{above}\n{s}"
    return not any(m.span[0] == len(above) + 1 for m in find_markers(text))


def _extension_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is alone on its line (spaces aside) and the line right above it ends
    in a telephone number (`_PHONE_END`). A number that is no telephone's (`12万人次`, `2023-2024`) or
    a closed sentence above leaves it a marker on a line of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:line_end] if line_end >= 0 else text[end:]
    if line_start == 0 or text[line_start:start].strip() or after.strip():
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return _PHONE_END.search(above) is not None


#: A telephone extension in brackets alone on its line (`extension_under_phone`): 转 and digits or a
#: Chinese numeral, nothing else (`（转2）`, `（转8001）`, `（转二）`; not `（转2版）`, `（下转3）`).
_EXTENSION_ALONE = regex.compile(
    r"[(（][ \t\u3000]*[转轉][ \t\u3000]*"
    r"(?:[0-9０-９]{1,6}|[一二三四五六七八九十〇零两兩]{1,4})[ \t\u3000]*[)）]"
)
#: A page number printed without 版 (one or two digits, either width, or a Chinese numeral up to
#: 九十九: `（转四）`, `（接十二）`) and the direction words it may follow (`_bare_number_marker`).
#: Only the positional forms (`十二`, `二十`, `二十二`): `二二` reads digit by digit, which no page
#: number without 版 is printed as (`（转二二）` is no page 22).
_BARE_NUMBER = regex.compile(
    r"[0-9０-９]{1,2}|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"
)
_BARE_NUMBER_WORDS = frozenset(
    ("转", "轉", "下转", "下轉", "转至", "轉至", "转到", "轉到", "接", "上接", "紧接", "緊接",
     "续见", "續見", "续見", "續见")
)
#: What stands right before a `（转2）` that dials a telephone extension, not a page
#: (`dials_extension`): a digit or a dash, or a word naming a telephone (电话, 总机, 分机, 座机, Tel),
#: then spaces or a colon. 热线 and 专线 are left out: they name bus, rail and travel lines as well
#: (`旅游热线（转2）` may jump to page 2).
_EXTENSION_BEFORE = regex.compile(
    r"(?:[0-9０-９\-－—]|[电電][话話]|[总總][机機]|分[机機]|座[机機]|(?<![A-Za-z])(?i:tel|phone)\.?)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*\Z"
)
#: A hotline or a service line right before a bare `（转二）` (`_dials_hotline`): 热线, 专线, then spaces
#: or a colon. After a telephone word (`_EXTENSION_BEFORE`) any number is an extension.
_HOTLINE_BEFORE = regex.compile(r"(?:[热熱][线線]|[专專][线線])[ \t\u3000]*[:：]?[ \t\u3000]*\Z")
#: How far before a marker `dials_extension` looks (a telephone word, a colon and spaces).
_EXTENSION_WINDOW = 12
_D = "[0-9０-９]"
_DASH = "[-－—]"
#: A line ending in a telephone number, over an extension on the next line (`_extension_line`): an
#: area code and a local number (`0931-8612345`, `（0931）8612345`, `021 62345678`), a local number of
#: 7 or 8 digits, a mobile number (`13912345678`) or a service number (`400-800-1234`), not inside a
#: longer run of digits or a decimal, spaces after it.
_PHONE_END = regex.compile(
    rf"(?<![0-9０-９.．])"
    rf"(?:[(（]?[0０]{_D}{{2,3}}[)）]?[ \t\u3000]*{_DASH}?[ \t\u3000]*{_D}{{7,8}}"
    rf"|{_D}{{7,8}}|[1１]{_D}{{10}}|[48４８][0０]{{2}}{_DASH}?{_D}{{3}}{_DASH}?{_D}{{4}})"
    r"[ \t\u3000]*\Z"
)


#: The markers of each text holding some that `find_markers` parsed (markers are frozen: the tuples
#: are shared; every caller gets its own list). Bounded: cleared when full.
_FOUND: dict[str, tuple[Marker, ...]] = {}
_FOUND_MAX = 1024


def is_relative(ref: str | None) -> bool:
    """Whether a marker's page reference names the page after or before its own (`（转下页）`)."""
    return ref in (NEXT_PAGE, PREVIOUS_PAGE)


def relative_page(ref: str, page: int, label: str | None = None) -> str | None:
    """The page a relative reference (`NEXT_PAGE`, `PREVIOUS_PAGE`) names from the page it stands on,
    as a marker would name it: on page 3 the next page is `"4"`; on the page labelled A3 of a paper
    printed in sections, `"A4"` (the next page within its section: where a section ends is not
    known). None before page 1 (or A1): there is no such page."""
    number, prefix = (int(label[1:]), label[0]) if label is not None else (page, "")
    number += 1 if ref == NEXT_PAGE else -1
    return f"{prefix}{number}" if number > 0 else None


def _relative_marker(text: str, m: regex.Match[str]) -> Marker | None:
    """The marker of a match naming `上`/`下` for its page (`（转下页）`, `（接上頁）`), or None when it is
    no marker: 下 points to the next page and 上 comes from the previous one, whatever the word
    (`（续下页）`, `（接下页）` "continued on the next page"); 上 after 转 or 见 (`（见上页）`) refers to
    the page, the text does not continue there. The unit must be 页, 頁 or 版 and close the brackets
    (`（见下页图）` is a reference) or, after an arrow, end the word."""
    unit = m.group("unit")
    if unit is None or unit not in _RELATIVE_UNITS:
        return None
    rest = text[m.end("unit") : m.end()]
    if rest.strip() not in ("", *_CLOSERS):
        return None
    if m.group("page") == "上":
        if _TO_WORDS.intersection(m.group("dir")):
            return None
        return Marker(m.span(), "from", PREVIOUS_PAGE, m.group(0), _word(m))
    return Marker(m.span(), "to", NEXT_PAGE, m.group(0), _word(m))


def _loose_sheet(text: str, m: regex.Match[str]) -> bool:
    """Whether a match naming a sheet (张, 張) is words, not a marker: a sheet is named with 第 and
    closes its marker (`（續第一張）`, `（转第二张）`), while 张 also counts photos and tickets
    (`（续第二张照片）`, `（转两张）`)."""
    unit = m.group("unit")
    if unit is None or unit not in SHEET_UNITS:
        return False
    rest = text[m.end("unit") : m.end()].strip(" \t\u3000")
    return "第" not in text[m.start("dir") : m.start("page")] or rest not in ("", *_CLOSERS)


def _page_or_none(m: regex.Match[str], page: str) -> str | None:
    """The page a marker's match names, or None for a sheet's number (`（轉第二張）`): a sheet holds
    several pages (sheet 2 pages 5 to 8 of a paper folded so), so its number is no page of the issue
    to link to; the marker stays, as one naming another issue does (`（續昨）`)."""
    unit = m.group("unit")
    return None if unit is not None and unit in SHEET_UNITS else page


def _word(m: regex.Match[str]) -> str:
    """The direction word of a marker's match, without the spaces OCR left in it (`下 转` -> `下转`)."""
    return _SPACES.sub("", m.group("dir"))


def _parse_markers(text: str) -> list[Marker]:
    """Every continuation marker in `text`, in order, parsed from the text itself."""
    out: list[Marker] = []
    for m in _MARKER.finditer(text):
        if m.group("issue") is not None:
            word = _SPACES.sub("", m.group("issue"))
            out.append(Marker(m.span(), "to" if word == "未完" else "from", None, m.group(0), word))
            continue
        if m.group("page") in ("上", "下"):
            if (relative := _relative_marker(text, m)) is not None:
                out.append(relative)
            continue
        page = page_ref(m.group("page"))
        if page is None or (m.group("unit") is None and not page[0].isalpha()
                            and not _bare_number_marker(text, m)):
            continue  # a page without 版 / 页 / 面 needs its section letter: `（续三年）` is words
        if _loose_sheet(text, m):
            continue
        direction: Direction = "to" if _TO_WORDS.intersection(m.group("dir")) else "from"
        out.append(Marker(m.span(), direction, _page_or_none(m, page), m.group(0), _word(m)))
    return out
