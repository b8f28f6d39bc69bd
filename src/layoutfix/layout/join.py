"""Join split paragraphs in the text itself, and follow blocks through later edits.

Where a paragraph runs across a block break with nothing between the two blocks, the blank-line
separator is replaced by a `join` edit on the same `TrackedText`, so the paragraph is one run of text
and the typo rules that run afterwards see a word split across the break (`…和` / `其层协商…`).
Blocks with furniture or a figure between them are not moved (the text never changes order); the
paragraph is rendered around them.

Flat text wrapped at the column width (a Tesseract txt export: single newlines inside a paragraph,
blank lines between paragraphs) has its line breaks inside a body paragraph joined the same way, by
`join.wrap` edits (`wrap_changes`), so the paragraph reads as one line as a coordinate page's does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import pairwise
from operator import attrgetter, itemgetter

import regex

from ..model import Block, Cert
from ..tracked import Change, TrackedText
from .assemble import LISTING_ROW, Assembly
from .geometry import DEHYPHENATE_RULE, number_cut_at_line_end
from .latin import LATIN_WORD_END, latin_break, space_after_mark, split_number
from .roles import (
    LINE_END_MARKS,
    LISTED_NAMES,
    VERSE_LINES,
    WRAP_SLACK,
    columns,
    ends_sentence,
    is_set_line_by_line,
    names_in_sentence,
    opens_like_paragraph,
    opens_list_item,
)

JOIN_RULE = "layout.join-paragraph"
#: A paragraph join is `high` where the next block goes on with the sentence, and `medium`, so it goes
#: to review, where a block ending in a word is followed by one opening as a paragraph does
#: (`…要求加强领导` / `会议指出，…`): the first may have lost its sentence end rather than been cut by
#: a column break. After a mark (`本报讯（记者 王立新）` / `5月5日，…`) the lead goes on.
JOIN_CERTAINTY: Cert = "high"
DOUBTFUL_JOIN_CERTAINTY: Cert = "medium"
#: A line break of flat text read as a wrap at the column width. Its own rule, at `medium`: the
#: coordinate join (`join.line`, `high`) knows from the boxes that two lines are one paragraph; here
#: the line widths are the only cue.
WRAP_RULE = "join.wrap"
#: A block whose widest line is narrower than this (in columns: a hanzi is two) is not a wrapped
#: column but short lines set on their own (verse, a list): its breaks stay.
MIN_MEASURE = 16
#: How many columns short of the block's widest line a wrapped line may stop after a sentence end:
#: one hanzi (`roles.WRAP_SLACK` elsewhere: two, a line that cannot end on the next character, OCR
#: dropping one).
_SENTENCE_SLACK = 2
#: A field gap (a table row's cells, `编辑：赵静  美编：王强`): a block holding one is no running text.
_FIELD_GAP = regex.compile(r"\t|\S[ \u3000]{2,}\S")
#: Marks a wrapped line of running text may end with inside a sentence: a comma, an enumeration
#: comma, a closing quote or bracket (hanging at the column's end, as Chinese type sets them).
_IN_SENTENCE_END = frozenset("，、”’」』）")
#: The measure (columns) a block whose lines all end in marks needs to be read as running text: wider
#: than two clauses of seven-character verse with their marks (`两个黄鹂鸣翠柳，一行白鹭上青天。`,
#: 16 hanzi), so a line of verse is never joined to the next.
_PROSE_MEASURE = 36
_NEXT_UNIT = regex.compile(r"[\p{Latin}\p{N}]+|.")
_ENDS_IN_WORD = regex.compile(r"[\p{Han}\p{L}\p{N}]\s*$")
_LATIN_END = regex.compile(r"[\p{Latin}\d]$")
_LATIN_START = regex.compile(r"^[\p{Latin}\d]")
_LATIN_LETTER = regex.compile(r"\p{Latin}")
_SMALL_LATIN = regex.compile(r"[\p{Latin}&&\p{Ll}]", regex.V1)
_EDIT, _END = itemgetter(2), attrgetter("end")


def join_changes(assembly: Assembly, text: str) -> list[Change]:
    """The `join` changes (in `text` offsets) for every paragraph whose blocks touch in the text, and
    for the wrapped lines inside its body blocks (`wrap_changes`)."""
    changes: list[Change] = []
    for art in assembly.articles:
        for part in art.parts:
            if part.kind != "p":
                continue
            for a, b in zip(part.blocks, part.blocks[1:], strict=False):
                if a.role != "body" or b.role != "body" or text[a.end : b.start].strip():
                    continue
                if LISTING_ROW in a.hints or LISTING_ROW in b.hints:
                    glue = "\n"  # a listing's rows, one a block: one paragraph, a row a line
                else:
                    glue = " " if _latin_blocks(a.text, b.text) else ""
                cert = JOIN_CERTAINTY
                if _ENDS_IN_WORD.search(a.text) and opens_like_paragraph(b.text):
                    cert = DOUBTFUL_JOIN_CERTAINTY
                mark = _word_break_into(a, b, text)
                if mark:
                    changes.append(Change(a.end - len(mark), a.end, "", DEHYPHENATE_RULE, "join", cert))
                changes.append(Change(a.end, b.start, glue, JOIN_RULE, "join", cert))
    return changes + wrap_changes(assembly, text)


def rewrites_text(changes: Sequence[Change]) -> bool:
    """Whether `join_changes` made text the paragraph steps must read again: any join but a
    listing's rows' (`LISTING_ROW`), whose blank line between two rows became one line break. Those
    leave every line as it was, so spacing and punctuation, which read the page line by line and
    block by block, have nothing new to decide; running them again over the page was most of the
    time a page of listings took."""
    return any(c.after != "\n" or c.rule != JOIN_RULE for c in changes)


def _latin_blocks(a: str, b: str) -> bool:
    """Whether the join of block text `a` to the next block's `b` stands between two Latin words: a
    Latin letter or digit on each side (`World` / `Health`), or after a Latin mark ending a word
    (`united,` / `not`, `Dr.` / `Mahathir`: `latin.space_after_mark`, asked of `a`'s last line). Not
    inside one number of a Chinese sentence cut by the block break, asked as the box join asks it
    (`geometry.number_cut_at_line_end`: not two table rows, not two whole numbers: `共接待游客1` /
    `35万人次` joins, `总分90` / `85分` keeps its space). A block's text here holds its lines already
    joined, so the width test passes for running text: a block's last line stopping short (W16's
    `每场1,2` / `00名` set apart) still joins."""
    if _LATIN_END.search(a) and _LATIN_START.search(b):
        lines = a.split("\n")
        first = b.split("\n", 1)[0]
        return not number_cut_at_line_end(lines[-1], first, max(map(columns, lines)))
    if not a or a[-1] not in LATIN_WORD_END:
        return False
    end = b.find("\n")
    return space_after_mark(a[a.rfind("\n") + 1 :], b if end < 0 else b[:end])


def _word_break_into(a: Block, b: Block, text: str) -> str | None:
    """The mark ending block `a` that breaks a word going on in `b`, the next block of its paragraph:
    the file marks `a`'s last line as ending in a word break (`Line.word_break`, ALTO's `¬` closing a
    `TextBlock`), `a`'s text ends with it after a Latin letter, and `b` opens with a small Latin
    letter, the word's second part (`Inter¬` / `national`). The blocks' order is the layout's
    reading, so a capital or a hanzi after the mark leaves it in place: no character is removed on a
    guess."""
    mark = a.lines[-1].word_break if a.lines else None
    if not mark or not text.endswith(mark, a.start, a.end):
        return None
    before = text[a.end - len(mark) - 1] if a.end - len(mark) > a.start else ""
    after = text[b.start] if b.start < b.end else ""
    return mark if _LATIN_LETTER.fullmatch(before) and _SMALL_LATIN.fullmatch(after) else None


def wrap_changes(assembly: Assembly, text: str) -> list[Change]:
    """The `join.wrap` changes (in `text` offsets) for the line breaks inside the body blocks of every
    paragraph that read as a wrap at the column width.

    Only flat text has them: a coordinate page's lines are joined from the boxes before (`join.line`),
    and its blocks carry their `lines`. Headings, bylines, captions, furniture and tables are never
    body blocks of a paragraph, so their lines stay, as do a list's lines of winners (hint
    `LISTED_NAMES`: `周涛 吴敏 郑凯 黄磊` / `林峰 何静`), whose break glued would read two names as one,
    and a stanza of free verse read so by the stanza above it (hint `VERSE_LINES`).
    """
    changes: list[Change] = []
    for art in assembly.articles:
        for part in art.parts:
            if part.kind != "p":
                continue
            for b in part.blocks:
                if b.role == "body" and not b.lines and LISTED_NAMES not in b.hints \
                        and VERSE_LINES not in b.hints and "\n" in text[b.start : b.end]:
                    changes.extend(_block_wraps(text, b.start, b.end))
    return changes


def _block_wraps(text: str, start: int, end: int) -> list[Change]:
    """The wrap joins of one block `text[start:end]`, read on its whole lines (the first may open
    with a byline cut off the block): a break joins when the line before it fills the block's
    measure (the next line's first character or Latin word would not have fitted), or cuts one
    number of a Chinese sentence whatever its width (`latin.split_number`: `票价为180元和2` / `80元`;
    no paragraph or line set on its own ends inside a number), the next line opens without an
    indent or an item number (`（二）…`), and, after a sentence end, when the block also shows a wrap
    inside a sentence (lines that each end a sentence are one paragraph each)."""
    line_start = text.rfind("\n", 0, start) + 1  # a block cut from a byline starts mid-line
    lines = text[line_start:end].split("\n")
    measure = max(map(columns, lines))
    if not _may_be_wrapped(lines, measure):
        return []
    inside: list[Change] = []
    after_sentence: list[Change] = []
    listed = names_in_sentence(text[line_start:end])  # a list of names wrapped over lines
    pos = line_start
    for line, nxt in pairwise(lines):
        brk = pos + len(line)
        pos = brk + 1
        body = line.rstrip()
        if not nxt or nxt[0].isspace() or not body or opens_list_item(nxt):
            continue  # an indent opens a paragraph, an item number a list item (left as they are)
        closes = ends_sentence(body)
        slack = _SENTENCE_SLACK if closes else WRAP_SLACK
        unit = _NEXT_UNIT.match(nxt)
        if columns(body) + columns(unit.group() if unit else nxt[0]) + slack <= measure \
                and not (body[-1].isdigit() and nxt[0].isdigit() and split_number(body, nxt)):
            continue  # the line stops short: the end of a paragraph or a line set on its own
        glue = " " if latin_break(body, nxt) or _inside_names(listed, brk - line_start) else ""
        change = Change(brk - (len(line) - len(body)), brk + 1, glue, WRAP_RULE, "join", "medium")
        (after_sentence if closes else inside).append(change)
    return inside + after_sentence if inside else []


def _inside_names(listed: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether offset `pos` (a line break) stands inside one of the lists of names `listed`
    (`roles.names_in_sentence`: `…出席会议的有：毛泽东 刘少奇` / `朱德 周恩来。`), where the join puts a
    space between the two names, as between the others: glued, they read as one (`刘少奇朱德`). Only
    a list after a label announcing people, its other names spaced, is one: any other wrap gains no
    space the input did not have (`他表示：王明` / `强调，…`)."""
    return any(start < pos < end for start, end in listed)


def _may_be_wrapped(lines: Sequence[str], measure: int) -> bool:
    """Whether a block's lines, the widest `measure` columns, can be a column of running text: a
    measure wide enough, no field gap, no rows set with spaces between their fields (a league table,
    a listing: `roles.is_row_block`), no lines of names, figures or verse (`roles.is_listing`:
    `一等奖：王丽 李华`, `床前明月光 疑是地上霜`), and not every line ending in punctuation (verse, a
    list, one sentence per line)."""
    if measure < MIN_MEASURE or any(_FIELD_GAP.search(ln) for ln in lines) \
            or is_set_line_by_line("\n".join(lines)):
        return False
    if all(ln.rstrip() and ln.rstrip()[-1] in LINE_END_MARKS for ln in lines):
        return _sentence_wrapped(lines, measure)
    return True


def _sentence_wrapped(lines: Sequence[str], measure: int) -> bool:
    """Whether a block whose lines all end in a mark is still running text wrapped at the column:
    every line but the last ends inside a sentence (`，、` or a closing quote) at the measure, the
    last line stops short of it, and the measure is wider than a line of verse. A paragraph of two
    lines whose first happens to end at a comma (`…建成服务站一百二十个，` / `实现了全覆盖。`) is one;
    verse (lines of one length), a list of sentences (`。；` at each line's end) is not."""
    if measure < _PROSE_MEASURE or len(lines) < 2:
        return False
    *body, last = (ln.rstrip() for ln in lines)
    if columns(last) + WRAP_SLACK > measure:
        return False
    return all(ln[-1] in _IN_SENTENCE_END and columns(ln) + WRAP_SLACK > measure for ln in body)


def original_spans(
    blocks: Iterable[Block], tracked: TrackedText, mapped: dict[int, int] | None = None
) -> dict[int, tuple[int, int]]:
    """Each block's span in the ORIGINAL text (keyed by `id(block)`), from its span in `tracked`.

    `mapped` may hold offsets of `tracked`'s text already mapped by `tracked.to_original` (the
    pipeline maps every block edge when it splits the page): their answers are taken from it, since
    they cannot differ, and only the other edges (where a block was split) are mapped again.
    """
    if not mapped:
        return {id(b): (tracked.to_original(b.start), tracked.to_original(b.end)) for b in blocks}
    to_original, known = tracked.to_original, mapped.get
    spans: dict[int, tuple[int, int]] = {}
    for b in blocks:
        start, end = known(b.start), known(b.end)
        spans[id(b)] = (
            to_original(b.start) if start is None else start,
            to_original(b.end) if end is None else end,
        )
    return spans


class OutputMap:
    """Maps ORIGINAL offsets to offsets in a tracked text's current text (computed once per text)."""

    __slots__ = ("_edits", "_ends")

    def __init__(self, tracked: TrackedText) -> None:
        self._edits = tracked.edits_in_output()
        self._ends = list(map(_END, map(_EDIT, self._edits)))  # each edit's end in the original

    def position(self, pos: int, side: str) -> int:
        """Where ORIGINAL offset `pos` stands in the output.

        `side` is `start` or `end`: a position inside an edit maps to the edit's start or end in the
        output, so a block's span grows to cover every edit that touches it. The scan after the
        bisection walks indexes (not a slice of the rest of the edits, which copied a page's
        hundreds of edits per call) and usually stops at the first edit.
        """
        edits = self._edits
        i = bisect_left(self._ends, pos)  # edits before i end before pos
        shift = 0
        if i > 0:
            _s, out_end, ed = edits[i - 1]
            shift = out_end - ed.end
        n = len(edits)
        while i < n:
            out_start, out_end, ed = edits[i]
            if ed.start == ed.end == pos:
                return out_start if side == "start" else out_end
            if ed.end <= pos:  # an edit ending exactly at pos
                shift = out_end - ed.end
                i += 1
                continue
            if ed.start < pos:
                return out_start if side == "start" else out_end
            break
        return pos + shift


def relocate(blocks: Iterable[Block], spans: dict[int, tuple[int, int]], tracked: TrackedText) -> None:
    """Move blocks (in place) to their spans in `tracked`'s text, given their original spans."""
    text = tracked.text
    where = OutputMap(tracked)
    for b in blocks:
        os_, oe = spans[id(b)]
        b.start = where.position(os_, "start")
        b.end = max(b.start, where.position(oe, "end"))
        b.text = text[b.start : b.end]
