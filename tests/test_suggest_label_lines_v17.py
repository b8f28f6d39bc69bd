"""A long line with many reporter labels and no punctuation is segmented once, not once per label.

`suggest('记者冯雪说' * 1000)` took about 10 s (0.2 s with a space after each piece): for each label,
`lexicon.names_a_person` segmented the whole run of hanzi around the name again (to see whether a
dictionary word reaches into the label, `记者节到来`), and such a line is one run. The name finder
(`suggest.names`) now keeps the line's segmentation (`lexicon.Segmentation`) for all its labels; the
suggestions must be the very ones the old path gave.
"""

from __future__ import annotations

import random

import pytest

from layoutfix import lexicon
from layoutfix.suggest import names, suggest

#: Pieces of lines with labels, names glued to running text, words reaching into a label, lists.
PIECES = ["记者冯雪说", "记者节到来", "通讯员培训班", "本报记者王丽", "记者了解到", "摄影杨帆", "、李华",
          "记者 严宇 ", "作者阿依古丽", "市民冯雪表示", "出行更方便了", "王米丰收", "文/范涛", "（", "）",
          "，", " ", "记者江山", "2023年", "abc"]


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count)]


@pytest.fixture
def segmented(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every text the plain word check segments from here on."""
    tokenizer = lexicon._plain_checker().tokenizer
    real = tokenizer.tokenize
    lengths: list[int] = []

    def counting(text: str, *args: object, **kwargs: object) -> object:
        lengths.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(tokenizer, "tokenize", counting)
    return lengths


@pytest.mark.parametrize(("piece", "name", "label"), [("记者冯雪说", "冯雪", "记者"),
                                                     ("本报记者王丽表示", "王丽", "本报记者"),
                                                     ("通讯员严宇指出", "严宇", "通讯员")])
def test_a_line_of_many_labels_is_segmented_about_once(
    piece: str, name: str, label: str, segmented: list[int]
) -> None:
    text = piece * 300
    found = suggest(text)
    assert sum(segmented) <= 2 * len(text), (len(text), sum(segmented))
    # every name is still read as one: its look-alike swap is offered at low, with the reason (the
    # last label's name is the whole run after it: `冯雪说`, `王丽表示`)
    assert len(found) == 300
    assert all(s.cert == "low" and s.why.startswith(f"a name: {name}") for s in found)
    assert all(f"after the label {label};" in s.why for s in found)


def _old_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The name finder as it was: each question segments the pieces around its span again."""
    def names_a_person(text: str, start: int, end: int, words: object = None) -> bool:
        return lexicon.names_a_person(text, start, end)

    def spells_words(text: str, start: int, end: int, words: object = None) -> bool:
        return lexicon.spells_words(text, start, end)

    monkeypatch.setattr(names, "names_a_person", names_a_person)
    monkeypatch.setattr(names, "spells_words", spells_words)


@pytest.mark.parametrize("seed", range(4))
def test_the_suggestions_are_those_of_the_old_path(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(seed, 30)
    text = "\n".join(lines)
    now = suggest(text)
    long_line = "记者冯雪说" * 60 + "记者节到来" + "本报记者王丽" * 20
    now_long = suggest(long_line)
    _old_path(monkeypatch)
    assert suggest(text) == now
    assert suggest(long_line) == now_long
    assert any(s.why.startswith("a name: ") for s in now_long)


@pytest.mark.parametrize("seed", range(4))
def test_segmentation_finds_the_words_of_the_window(seed: int) -> None:
    rng = random.Random(seed)
    for line in _lines(seed, 40):
        words = lexicon.Segmentation(line)
        for _ in range(10):
            start = rng.randrange(len(line) + 1)
            end = rng.randrange(start, len(line) + 1)
            window = lexicon._plain_checker().window_tokens(line, start, end)
            assert words.words_over(start, end) == [w for w in window if w[1] < end and w[2] > start]
            assert lexicon.spells_words(line, start, end, words) == lexicon.spells_words(line, start, end)
            if end > start:
                named = lexicon.names_a_person(line, start, end, words)
                assert named == lexicon.names_a_person(line, start, end)
