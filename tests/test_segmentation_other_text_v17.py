"""`names_a_person` and `spells_words` refuse the segmentation of another text as `words=`.

`words=` passes the text's `lexicon.Segmentation`, kept for many questions about it. One of another
text answered about that text's characters at the same offsets, silently: `记者冯雪说` asked with the
words of `记者节到来` found the word 记者节 reaching into the label and read 冯雪 as no name. Such a
call now raises ValueError; the same text, or an equal string, is read as before.
"""

from __future__ import annotations

import pytest

from layoutfix.lexicon import Segmentation, names_a_person, spells_words


def test_names_a_person_refuses_the_words_of_another_text() -> None:
    text = "记者冯雪说"
    assert names_a_person(text, 2, 4)
    with pytest.raises(ValueError, match="segmentation of another text"):
        names_a_person(text, 2, 4, Segmentation("记者节到来"))


def test_spells_words_refuses_the_words_of_another_text() -> None:
    text = "市民冯雪表示"
    assert not spells_words(text, 2, 4)
    with pytest.raises(ValueError, match="segmentation of another text"):
        spells_words(text, 2, 4, Segmentation("举办培训班表示"))


def test_the_words_of_an_equal_text_are_read() -> None:
    text = "".join(["记者", "冯雪说"])  # built apart: an equal string, not the same object
    words = Segmentation("记者冯雪说")
    assert words.text == text and words.text is not text
    assert names_a_person(text, 2, 4, words) == names_a_person(text, 2, 4)
    assert spells_words(text, 2, 4, words) == spells_words(text, 2, 4)
