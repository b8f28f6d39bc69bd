"""Continuation markers: `(接一版)`, `(上接第2版)`, `(下转第3版)`, `(转A4版)`, `(见第3版)`, parsed into page
references.

A marker is kept as text (it is part of the page) and also parsed, so the article can say where it
came from (`continued_from`) and where it goes (`continued_to`), and the TEI export can mark the
article as a part (`@part`, `@prev`, `@next`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

import regex

Direction = Literal["from", "to"]

_MARKER = regex.compile(
    r"[(（]\s*(?P<dir>上接|紧接|接|续|承|下转|转至|转到|转|详见|见)\s*(?:第\s*)?"
    r"(?P<page>[A-Za-zＡ-Ｚ]?\s*[0-9０-９]{1,3}|[一二三四五六七八九十〇零两]{1,3})\s*(?:版|页|面)"
    r"[^()（）\n]{0,12}[)）]"
)
_SPACES = regex.compile(r"\s+")
_LATIN_PAGE = regex.compile(r"[A-Z]?\d{1,3}")
_CN_DIGITS = dict(zip("〇零一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


@dataclass(frozen=True, slots=True)
class Marker:
    """A continuation marker found in a text: where it stands, which way it points, and the page."""

    span: tuple[int, int]
    direction: Direction
    page: str
    text: str


def chinese_number(numeral: str) -> int | None:
    """Value of a small Chinese numeral (一 .. 九十九, 〇 / 零 / 两 allowed); None if it is not one."""
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
    if "(" not in text and "（" not in text:  # every marker opens with one; most blocks hold none
        return []
    if "版" not in text and "页" not in text and "面" not in text:  # and names a 版, 页 or 面
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


#: The markers of each text holding some that `find_markers` parsed (markers are frozen: the tuples
#: are shared; every caller gets its own list). Bounded: cleared when full.
_FOUND: dict[str, tuple[Marker, ...]] = {}
_FOUND_MAX = 1024


def _parse_markers(text: str) -> list[Marker]:
    """Every continuation marker in `text`, in order, parsed from the text itself."""
    out: list[Marker] = []
    for m in _MARKER.finditer(text):
        page = page_ref(m.group("page"))
        if page is None:
            continue
        direction: Direction = "to" if "转" in m.group("dir") or "见" in m.group("dir") else "from"
        out.append(Marker(m.span(), direction, page, m.group(0)))
    return out
