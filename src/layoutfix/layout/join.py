"""Join split paragraphs in the text itself, and follow blocks through later edits.

Where a paragraph runs across a block break with nothing between the two blocks, the blank-line
separator is replaced by a `join` edit on the same `TrackedText`, so the paragraph is one run of text
and the typo rules that run afterwards see a word split across the break (`…和` / `其层协商…`).
Blocks with furniture or a figure between them are not moved (the text never changes order); the
paragraph is rendered around them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import attrgetter, itemgetter

import regex

from ..model import Block
from ..tracked import Change, TrackedText
from .assemble import Assembly

JOIN_RULE = "layout.join-paragraph"
_LATIN_END = regex.compile(r"[\p{Latin}\d]$")
_LATIN_START = regex.compile(r"^[\p{Latin}\d]")
_EDIT, _END = itemgetter(2), attrgetter("end")


def join_changes(assembly: Assembly, text: str) -> list[Change]:
    """The `join` changes (in `text` offsets) for every paragraph whose blocks touch in the text."""
    changes: list[Change] = []
    for art in assembly.articles:
        for part in art.parts:
            if part.kind != "p":
                continue
            for a, b in zip(part.blocks, part.blocks[1:], strict=False):
                if a.role != "body" or b.role != "body" or text[a.end : b.start].strip():
                    continue
                glue = " " if _LATIN_END.search(a.text) and _LATIN_START.search(b.text) else ""
                changes.append(Change(a.end, b.start, glue, JOIN_RULE, "join", "high"))
    return changes


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
