"""`Segmentation.words_over` reads only the words near the span it is asked about.

A long line with no punctuation is one piece of jieba's, and the name finder (`suggest.names`) asks
about it at each of its reporter labels. `words_over` used to scan every word of the piece for each
question, so `suggest('记者冯雪说' * n)` still grew with the square of `n` (8,000 labels: 30 s, more
than half of it in that scan). It now bisects the piece's word starts to the word holding `start`
and stops at the first word starting at `end`. The words visited are counted, not timed; the
answers are compared with the window's words in `test_suggest_label_lines_v17.py`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any, SupportsIndex, overload

import pytest

from layoutfix import lexicon
from layoutfix.lexicon import Segmentation, Token
from layoutfix.suggest import names, suggest


class _CountingWords(list[Token]):
    """A piece's words that count each word read from them, by index or by iteration."""

    visited = 0

    @overload
    def __getitem__(self, i: SupportsIndex) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: SupportsIndex | slice) -> Token | list[Token]:
        got = super().__getitem__(i)
        _CountingWords.visited += len(got) if isinstance(i, slice) else 1
        return got

    def __iter__(self) -> Iterator[Token]:
        for word in super().__iter__():
            _CountingWords.visited += 1
            yield word


@pytest.fixture
def visited(monkeypatch: pytest.MonkeyPatch) -> type[_CountingWords]:
    """Count the words read from any piece's words from here on (`_CountingWords.visited`)."""
    real = Segmentation._piece_words

    def counting(self: Segmentation, k: int) -> list[Token]:
        words = real(self, k)
        return words if isinstance(words, _CountingWords) else _CountingWords(words)

    monkeypatch.setattr(Segmentation, "_piece_words", counting)
    _CountingWords.visited = 0
    return _CountingWords


def test_each_question_about_a_long_piece_reads_a_few_words(visited: type[_CountingWords]) -> None:
    text = "记者冯雪说" * 2000
    words = Segmentation(text)
    everything = lexicon._plain_checker().tokens(text)
    assert len(everything) > 4000  # one piece of many words
    starts = range(0, len(text), 5)
    for s in starts:
        over = words.words_over(s + 2, s + 4)  # the name after each label
        if s % 97 == 0:
            assert over == [w for w in everything if w[1] < s + 4 and w[2] > s + 2]
    assert visited.visited <= 4 * len(starts), visited.visited


class _CountingPattern:
    """A compiled pattern whose `match` adds the length of each match to `read`."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.read = 0

    def match(self, *args: Any) -> Any:
        found = self.pattern.match(*args)
        self.read += len(found.group()) if found is not None else 0
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_suggest_on_a_long_line_of_labels_reads_each_word_a_few_times(
    visited: type[_CountingWords], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither the words of the line's segmentation nor the runs of hanzi after its labels (matched to
    the line's end at each label, before) are read again for each label."""
    run = _CountingPattern(names._RUN)
    piece = _CountingPattern(lexicon._jieba_piece())
    monkeypatch.setattr(names, "_RUN", run)
    monkeypatch.setattr(lexicon, "_jieba_piece", lambda: piece)
    n = 1000
    text = "记者冯雪说" * n
    found = suggest(text)
    assert len(found) == n and all(s.cert == "low" for s in found)
    assert visited.visited <= 10 * n, visited.visited
    assert run.read <= 10 * n, run.read
    assert piece.read <= 10 * n, piece.read


#: Runs of hanzi after labels, of every length around what the name finder reads of them.
_RUNS = ["冯雪", "欧阳晓明", "冯雪说", "王丽表示出行", "冯雪为方便群众出行", "欧阳晓明扎根基层多年",
         "江山如画风景这边独好啊", "节到来", "了解到", "扎西", "、李华", "、欧阳晓明为", " 严宇 王丽"]


@pytest.mark.parametrize("seed", range(3))
def test_a_label_reads_the_same_names_from_a_bounded_run(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The name finder reads at most `_RUN_READ` hanzi after a label (matching the run to its end at
    each label of a long line made the cost grow with its square): the names found are those of the
    whole run."""
    rng = random.Random(seed)
    labels = ["记者", "本报记者", "通讯员", "摄影"]
    lines = ["".join(rng.choice(labels) + rng.choice(_RUNS) for _ in range(30)) for _ in range(20)]
    bounded = [_label_names(line) for line in lines]
    monkeypatch.setattr(names, "_RUN_READ", 10**9)
    whole = [_label_names(line) for line in lines]
    assert bounded == whole
    assert any(len(found) > 0 for found in whole)


def _label_names(line: str) -> dict[int, str]:
    """Why each position of `line` stands in a name after one of its labels (`names._label_names`)."""
    return names._label_names(line, list(names._LABEL.finditer(line)), Segmentation(line))
