"""Pages that print (almost) no sentence marks: Republican-era papers set their news without any, or
with a rare 。 (`…動員工人逾` / `三千名耗資國幣二十億元`).

On a modern page a block that does not end a sentence was cut by a column or block break, and a short
block without punctuation is a headline; on such a page both cues say nothing, since no sentence
ends with a mark. The page is told by counting (`prints_few_marks`); the labels, the assembly and the
join then read a paragraph's end and a headline from the lines' widths instead (`stops_short`,
`page_measure`, `wrapped_at_measure`). See docs/architecture.md, "Pages without sentence marks".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from ..model import Block

#: The marks a page of modern punctuation prints within its sentences and at their ends.
_SENTENCE_MARKS = regex.compile(r"[，。；！？、：,;!?]")
_HAN = regex.compile(r"\p{Han}")
#: A gap between two hanzi on one line: names or fields set apart, not running text.
_INNER_GAP = regex.compile(r"\p{Han}[ \t\u3000]+\p{Han}")
#: The fewest hanzi of a block read as body text when the page's marks are counted: more than a
#: headline's line holds (`_NEWS_HEADLINE` takes 20), so titles do not dilute the count.
BODY_LIKE_HANZI = 30
#: The fewest hanzi of such blocks a page needs before its marks are counted at all.
MIN_COUNTED_HANZI = 40
#: A page prints (almost) no sentence marks when its body-like blocks hold fewer than one per this
#: many hanzi. Modern prose prints a comma or a full stop every 8 to 15 hanzi, a text printing only
#: its full stops one every 20 to 30; Republican-era news set without marks prints none in hundreds.
HANZI_PER_MARK = 40
#: How many hanzi short of its block's widest line a paragraph's last line must stop, and more, to
#: end the paragraph (the slack `join.WRAP_SLACK` gives a wrapped line: two hanzi).
SHORT_SLACK = 2


def _body_like(text: str) -> int:
    """The hanzi of a block read as running text, 0 when it is not: fewer than `BODY_LIKE_HANZI`, or
    fields or names set apart by gaps (`王丽 李华 张强`, a table), which print no marks on any page."""
    hanzi = len(_HAN.findall(text))
    if hanzi < BODY_LIKE_HANZI or len(_INNER_GAP.findall(text)) > 1:
        return 0
    return hanzi


def prints_few_marks(texts: Iterable[str]) -> bool:
    """Whether a page, given as its blocks' texts, prints (almost) no sentence marks: its body-like
    blocks (`_body_like`) hold `MIN_COUNTED_HANZI` hanzi or more and fewer than one sentence mark
    (`，。；！？、：`) per `HANZI_PER_MARK` of them. On such a page a missing 。 is no evidence."""
    hanzi = marks = 0
    for text in texts:
        counted = _body_like(text)
        if counted:
            hanzi += counted
            marks += len(_SENTENCE_MARKS.findall(text))
    return hanzi >= MIN_COUNTED_HANZI and marks * HANZI_PER_MARK < hanzi


def _columns(line: str) -> int:
    """A line's width in visible characters (a hanzi is one)."""
    return len(line) - line.count(" ") - line.count("\u3000") - line.count("\t")


def block_lines(block: Block) -> list[str]:
    """A block's lines: the boxes' lines on a coordinate page, else its text's."""
    if block.lines:
        return [ln.text for ln in block.lines]
    return [ln for ln in block.text.strip().split("\n") if ln.strip()]


def stops_short(block: Block) -> bool:
    """Whether a block of several lines ends with a line stopping short of its widest (by more than
    `SHORT_SLACK` hanzi): on a page without marks, the only sign that its paragraph ends there. A
    block of one line, or one whose last line fills the column, may run on into the next."""
    lines = block_lines(block)
    if len(lines) < 2:
        return False
    widest = max(map(_columns, lines))
    return _columns(lines[-1]) + SHORT_SLACK < widest


def page_measure(blocks: Sequence[Block]) -> int | None:
    """The page's column width in visible characters: the most common width of the lines (each
    block's last aside) of its flat-text blocks of three lines or more, the wrapped paragraphs. None
    when the page sets none (paragraphs on one line each)."""
    widths: Counter[int] = Counter()
    for b in blocks:
        if b.lines:
            continue
        lines = block_lines(b)
        if len(lines) >= 3:
            widths.update(_columns(ln) for ln in lines[:-1])
    if not widths:
        return None
    return widths.most_common(1)[0][0]


def wrapped_at_measure(text: str, measure: int | None) -> bool:
    """Whether a block of flat text is a paragraph wrapped at the page's column (`page_measure`):
    two lines or more, each but the last exactly that wide, the last no wider. A headline of two or
    three lines is set narrower or in lines of their own widths (`盧溝橋中日軍衝突` / `我軍奮勇抵抗`)."""
    if measure is None:
        return False
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    return all(_columns(ln) == measure for ln in lines[:-1]) and _columns(lines[-1]) <= measure
