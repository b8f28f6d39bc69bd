"""Fast paths of the look-alike suggester give what the plain definitions give, on varied input.

The suggester's speed work (docs/suggest.md, "Measured") may not change a single suggestion: each fast
path is compared here with the plain definition it replaced, kept in this file as the reference.
"""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.lexicon import WordChecker
from layoutfix.suggest import Suggester
from layoutfix.suggest.scoring import _PROBE, _makes_word

# characters of common words and their look-alikes (基/其, 台/合, 千/干, 驻/住, 大/太, 王/玉), so that
# words, broken words and near-names turn up often
WORDY = "基层其建设没台合千干驻住香港澳门大太王玉国家人民的了，。A1"


def _plain_makes_word(freq: dict[str, int], text: str, i: int) -> bool:
    """The definition: some word of 2.._PROBE characters with a positive frequency covers `i`."""
    return any(
        freq.get(text[s : s + n], 0) > 0
        for n in range(2, _PROBE + 1)
        for s in range(max(0, i - n + 1), min(i, len(text) - n) + 1)
    )


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=WORDY, min_size=1, max_size=12), st.data())
def test_makes_word_agrees_with_the_plain_definition(text: str, data: st.DataObject) -> None:
    tok = WordChecker().tokenizer
    i = data.draw(st.integers(0, len(text) - 1))
    assert _makes_word(tok, text, i) == _plain_makes_word(tok.FREQ, text, i)


class _Everything:
    """A set holding every character: with it the gazetteer asks rapidfuzz about every window."""

    def __contains__(self, item: object) -> bool:
        return True


def _scanning_every_window(fast: Suggester) -> Suggester:
    """The same suggester without the gazetteer's first/second-character filter (the plain scan)."""
    plain = copy.copy(fast)
    plain._heads = {n: (_Everything(), _Everything()) for n in fast.names}  # type: ignore[misc]
    return plain


NAME = st.text(alphabet="基其台合千干驻住香港澳门大太", min_size=3, max_size=5)
LOOK_ALIKE = str.maketrans("基其台合千干驻住大太", "其基合台干千住驻太大")


@st.composite
def _names_and_text(draw: st.DrawFn) -> tuple[list[str], str]:
    """Names, and a text of names with at most one character turned into its look-alike, and filler."""
    names = draw(st.lists(NAME, min_size=1, max_size=8))
    pieces = []
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(names))
        k = draw(st.integers(0, len(name)))  # k == len(name): the name as it is
        swapped = name[:k] + name[k:k + 1].translate(LOOK_ALIKE) + name[k + 1:]
        pieces.append(swapped + draw(st.text(alphabet=WORDY, max_size=3)))
    return names, "".join(pieces)


@settings(max_examples=500, deadline=None)
@given(_names_and_text())
def test_gazetteer_filter_finds_what_scanning_every_window_finds(case: tuple[list[str], str]) -> None:
    names, text = case
    fast = Suggester(gazetteer=names)
    want = [s.to_json() for s in _scanning_every_window(fast)(text)]
    assert [s.to_json() for s in fast(text)] == want
