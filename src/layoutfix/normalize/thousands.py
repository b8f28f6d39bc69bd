"""Thousands commas that OCR printed with a space after them (`1, 280万台`, `HK$12, 345, 678`).

A figure with digit groups is `1,280`; OCR engines often see a gap after the comma and write
`1, 280`. Read as a clause comma it became `1，280` and the figure a list of two numbers. A comma is
a thousands comma when it stands inside a chain of digit groups whose first group has one or two
digits and every later group exactly three (`1, 280`, `12, 345, 678`), each comma followed by at most
one space, the chain opening after no letter, digit or decimal point (`G312, 310国道` is a road's code,
`1.5, 280` a list of decimals) and ending before no further digit. Lists of small numbers
(`1, 2, 3`, `第1, 2名`), years (`2023, 2024年`: a four-digit group opens no figure) and set
scores (`15:12, 15:9`) are no such chain. A chain opening with three digits (`120, 150名`,
`280, 380, 480元`) is read as before: its groups are as often a list of prices or counts as one
figure; unless a later group is `000` (`285, 000噸`, `120, 000人次`), which no list of amounts
holds. So is any chain in a clause that names a list (`分别`, `分为`, `不等`, `两种`, `或`, `至`…:
`票價分別為80, 120, 180元`), whose commas separate the amounts it lists.

Such a comma stays ASCII (`punctuation.fix_marks`). Its space is closed (`space.thousands`,
`spacing.fix_spacing`) only where the figure surely is one amount in Chinese text: a currency sign
before it (`HK$1, 280`, `NT$ 3, 500`) or an amount or measure word after it (`12, 345, 678元`,
`1, 280万台`, `2, 500名`), and no ordinal `第` before it. Elsewhere (`房间101, 102`, a Latin page's
`in 1, 280 cases`) the space stays as printed: three-digit groups may be a list.
"""

from __future__ import annotations

import regex

from ..model import Cert
from .context import is_alpha, is_cjk

#: The one space OCR puts after a thousands comma (an ASCII or no-break space).
_GAP = "[ \u00a0]"
#: A chain of digit groups joined by commas, each comma followed by at most one space.
_CHAIN = regex.compile(r"\d+(?:," + _GAP + r"?\d+)+")
#: How far a chain may reach on either side of one of its commas: a figure has a few groups.
_REACH = 40
#: A currency sign before a figure, with the code printed before it (`HK$`, `NT$`, `US$`, `RMB¥`),
#: and one space after it at most (`HK$ 998`); matched backwards from the figure's first digit.
_CURRENCY_BEFORE = regex.compile(r"(?:[A-Z]{0,3}[$¥￥€£]|RMB|HKD|USD|MOP)" + _GAP + r"?$")
#: Money printed after a figure (`元`, `万元`, `港元`, `亿`).
_MONEY = r"[万萬亿億千百]?(?:元|圆|圓|美元|港元|港幣|港币|日元|欧元|歐元|英镑|英鎊|镑|鎊)|[万萬亿億]"
#: Measure words after a figure: the counted things newspapers print large figures of.
_MEASURE = (
    r"[台臺人名位件个個吨噸辆輛户戶家只隻头頭册冊份套张張间間座所项項株棵亩畝米斤克升箱股宗例篇部块塊艘架]"
    r"|公里|公斤|公顷|公頃|平方|千米|千克|人次|余|餘|多"
)
#: What may stand between the last group and the word: a decimal part, one space.
_TAIL = r"(?:\.\d+)?" + _GAP + "?"
#: Money after a figure, or a currency sign before it: `high`; another measure word: `medium`.
_MONEY_AFTER = regex.compile(_TAIL + "(?:" + _MONEY + ")")
_MEASURE_AFTER = regex.compile(_TAIL + "(?:" + _MEASURE + ")")


#: Words naming a list of amounts (`分别为80, 120元`, `100, 200元不等`, `300, 500元两种`, `3, 500或
#: 4, 000元`): a chain in a clause holding one is a list, its commas clause commas, as before.
_LIST_WORDS = regex.compile(r"分别|分別|分为|分為|依次|各|不等|两种|兩種|三种|三種|檔|档|或|至|和|及")
#: What ends a clause around a chain: a clause or sentence mark, ASCII or CJK, or a line break. A
#: comma inside the chain is a figure's (a digit and at most one space after it) and is not one.
_CLAUSE_MARK = regex.compile(r"[，。；！？：、;!?:\n]|,(?![ \u00a0]?\d)")


def _clause_around(text: str, chain: regex.Match[str]) -> str:
    """The clause holding `chain`: the text from the mark before it to the mark after it, within
    `_REACH` characters on either side."""
    lo = max(0, chain.start() - _REACH)
    marks_before = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, chain.start())]
    after = _CLAUSE_MARK.search(text, chain.end(), min(len(text), chain.end() + _REACH))
    start = marks_before[-1] if marks_before else lo
    end = after.start() if after is not None else min(len(text), chain.end() + _REACH)
    return text[start:end]


def _chain_at(text: str, pos: int) -> regex.Match[str] | None:
    """The chain of comma-joined digit groups holding the comma at `pos`, or None."""
    lo, hi = max(0, pos - _REACH), min(len(text), pos + _REACH)
    for m in _CHAIN.finditer(text, lo, hi):
        if m.start() <= pos < m.end():
            cut = (m.start() == lo and lo > 0) or (m.end() == hi and hi < len(text))
            return None if cut else m  # a chain longer than the window is no figure
    return None


def _groups(chain: str) -> list[str]:
    """The digit groups of a chain (`12, 345,678` -> 12, 345, 678)."""
    return [g.strip(" \u00a0") for g in chain.split(",")]


def _is_figure(text: str, chain: regex.Match[str]) -> bool:
    """Whether `chain` reads as one figure with digit groups: a first group of one or two digits,
    every later group of exactly three, after no letter or decimal point, before no digit (the
    chain is maximal, so none stands next to it), in a clause naming no list (`_LIST_WORDS`).
    A first group of three digits (`120, 150名`) may as well open a list, so it is read as before,
    unless a later group is `000` (`285, 000噸`): no amount in a list is printed so."""
    groups = _groups(chain.group())
    if any(len(g) != 3 for g in groups[1:]):
        return False
    if not (1 <= len(groups[0]) <= 2 or (len(groups[0]) == 3 and "000" in groups[1:])):
        return False
    before = text[chain.start() - 1] if chain.start() else ""
    if is_alpha(before) or before in ".．":
        return False
    return _LIST_WORDS.search(_clause_around(text, chain)) is None


def reads_as_figure(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, digit groups joined by ASCII commas, reads as one figure where it
    stands (`_is_figure`: `1,280元`, `12,345,678元`; not `101,102`, `分别为80,120元`). For a figure
    printed in full-width digits and commas (`１，２８０元`), asked of its ASCII form in its context
    (`unicode.fix_fullwidth_figures`)."""
    chain = _CHAIN.fullmatch(text, start, end)
    return chain is not None and _is_figure(text, chain)


def spaced_thousands(text: str, pos: int) -> bool:
    """Is the comma at `pos`, followed by one space and digits, a thousands comma (`1, 280`)?"""
    if not text.startswith((" ", "\u00a0"), pos + 1) or not text[pos + 2 : pos + 3].isdigit():
        return False
    chain = _chain_at(text, pos)
    return chain is not None and _is_figure(text, chain)


def _chinese_around(text: str, start: int, end: int) -> bool:
    """Is the first visible character before `start` or after `end` (spaces and ASCII marks
    skipped after it: `HK$1, 280,早鳥價`) Chinese? A Latin page keeps its spacing as printed."""
    i = start
    while i > 0 and text[i - 1] in " \u00a0\t":
        i -= 1
    if i > 0 and is_cjk(text[i - 1]):
        return True
    j = end
    while j < len(text) and (text[j] in " \u00a0\t" or (text[j].isascii() and not text[j].isalnum()
                                                        and text[j] != "\n")):
        j += 1
    return j < len(text) and is_cjk(text[j])


def thousands_gap_cert(text: str, start: int, end: int) -> Cert | None:
    """The certainty that the space `text[start:end]` after a thousands comma is a stray gap inside
    one amount in Chinese text (`1, 280万台` -> `1,280万台`), or None to keep it as printed.

    `high` after a currency sign (`HK$1, 280`) or before money (`元`, `万`); `medium` before another
    measure word (`台`, `名`, `人次`). An ordinal (`第1, 280名`) or no such word keeps the space."""
    if end - start != 1 or start == 0 or text[start - 1] != ",":
        return None
    chain = _chain_at(text, start - 1)
    if chain is None or not _is_figure(text, chain):
        return None
    head = text[max(0, chain.start() - 8) : chain.start()]
    if head.endswith("第"):
        return None
    currency = _CURRENCY_BEFORE.search(head)
    if currency is not None:
        sign = chain.start() - len(head) + currency.start()
        return "high" if _chinese_around(text, sign, chain.end()) else None
    if _MONEY_AFTER.match(text, chain.end()) is not None:
        return "high"
    if _MEASURE_AFTER.match(text, chain.end()) is not None:
        return "medium"
    return None
