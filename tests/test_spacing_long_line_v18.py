"""Each gap of a long spaced line is decided reading a bounded stretch of it, not the rest of the line.

The spacing step on one line of 25,000 spaced hanzi (`'中 ' * 25000`) took 3-7 s and grew faster than
the line: each gap's phone-field test (`_phone_field_gap`) took the rest of the line (a `find` of the
line break, the line's simplified view, then a match), the publisher test (`_publisher_gap`) searched
the rest of the line for `社出版`, and a gap of two spaces, a TAB or an ideographic space asked
`_in_sentence_line` (a search of the whole line) again at each gap. The characters those helpers are
handed are counted here, not timed (the time is `python bench/bench_limits.py pathological`'s).
"""

from __future__ import annotations

from typing import Any

import pytest

from layoutfix.normalize import spacing
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.tracked import TrackedText, undo_edits


class _Reads:
    """The characters the spacing step's line helpers were handed, summed."""

    def __init__(self) -> None:
        self.chars = 0


class _CountingSearch:
    """A compiled pattern whose `search` adds the stretch it may read (`pos` to `endpos`) to `reads`."""

    def __init__(self, pattern: Any, reads: _Reads) -> None:
        self.pattern = pattern
        self.reads = reads

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.reads.chars += (len(text) if endpos is None else endpos) - pos
        return self.pattern.search(text, pos, endpos if endpos is not None else len(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> _Reads:
    """Count what the spacing step's per-line helpers read: the lines it views (`line_view`) or checks
    for the simplified set, and the stretches it searches for sentence punctuation (`_SENTENCE_LINE`)."""
    counted = _Reads()
    real_view, real_charset = spacing.line_view, spacing.in_simplified_charset

    def line_view(line: str) -> str:
        counted.chars += len(line)
        return real_view(line)

    def in_simplified_charset(text: str) -> bool:
        counted.chars += len(text)
        return real_charset(text)

    monkeypatch.setattr(spacing, "line_view", line_view)
    monkeypatch.setattr(spacing, "in_simplified_charset", in_simplified_charset)
    monkeypatch.setattr(spacing, "_SENTENCE_LINE", _CountingSearch(spacing._SENTENCE_LINE, counted))
    return counted


@pytest.mark.parametrize("piece", ["中 ", "中  ", "中\t", "中\u3000", "电话 12345 "])
def test_a_long_spaced_line_is_read_a_few_times_not_once_per_gap(piece: str, reads: _Reads) -> None:
    text = piece * (20_000 // len(piece))
    out = fix_spacing(TrackedText(text))
    assert undo_edits(out.text, out.edits) == text
    assert reads.chars <= 10 * len(text), reads.chars  # was about a half of len(text) per gap


def test_gaps_keep_their_decisions_on_a_long_line() -> None:
    """A long line of spaced hanzi loses its gaps as a short one does: none of them depends on the
    line's length."""
    for piece in ("中 ", "中\u3000", "中 文 "):
        short, long = piece * 4, piece * 3000
        assert fix_spacing(TrackedText(long)).text == fix_spacing(TrackedText(short)).text * 750, piece
