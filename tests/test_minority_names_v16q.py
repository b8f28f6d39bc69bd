"""Tibetan, Mongolian, Uyghur and Kazakh reporters' names that are also dictionary words name the
reporter after a label, and so does a listed two-hanzi name the tagger guesses a verb (依明).

Before, `lexicon.names_a_person` refused a name that opens with no surname and that jieba lists as a
word (扎西 and 德吉 places, 宝音 and 买买提 nouns, 加措 a verb), so the byline was lost and the spacing
step deleted its gaps: `本报记者 扎西 近日，…` became the paragraph `本报记者扎西近日，…`; `作者 扎西` under
a title was a second title; `本报讯（记者 扎西）` lost its space. And two hanzi the tagger reads as one
verb by its hidden Markov model (`依明`: jieba does not list it) opened a clause even between the label
and the lead's gap. The shipped list `rules/names/given-names.txt` (`lexicon.given_names`) names such
reporters, 依明 among them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest_tei import article_parts as article
from layoutfix import lexicon, normalize_text
from layoutfix.lexicon import names_a_person, opens_with_surname, spells_words, tagged_words

#: The shipped list, read here as a file so that the tests of what users see run on older code too.
GIVEN_NAMES = Path(__file__).resolve().parents[1] / "rules" / "names" / "given-names.txt"
TITLE = "全市冬小麦播种过半"
LEAD = "近日，全市召开会议。"


def listed_names() -> list[str]:
    """The names of the shipped list file, as `lexicon.given_names` reads them."""
    lines = GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
    return [name for line in lines for name in line.split("#", 1)[0].split()]


def dictionary_word_names() -> list[str]:
    """The listed names that open with no surname and that jieba's dictionary spells as words no
    person's name tag marks, after a label (`spells_words`): the ones only the list tells from words
    (乌兰, 边巴 open with the surnames 乌, 边, which named them before)."""
    names = []
    for name in sorted(set(listed_names())):
        text = f"记者 {name} {LEAD}"
        if not opens_with_surname(name) and spells_words(text, 3, 3 + len(name)):
            names.append(name)
    return names


WORD_NAMES = dictionary_word_names()
#: Two listed names run together, as Tibetan names are.
DOUBLE_NAMES = ["扎西顿珠", "土登扎西"]


def test_the_list_holds_the_names_the_review_named() -> None:
    assert {"扎西", "宝音", "买买提", "德吉"} <= set(WORD_NAMES)
    assert len(WORD_NAMES) >= 8


def test_the_package_reads_the_shipped_list() -> None:
    assert lexicon.given_names() == frozenset(listed_names())


def test_every_listed_name_is_two_to_four_hanzi_and_listed_once() -> None:
    names = listed_names()
    assert len(names) == len(set(names))
    assert all(2 <= len(n) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in n) for n in names)


@pytest.mark.parametrize("name", WORD_NAMES + DOUBLE_NAMES)
@pytest.mark.parametrize("label", ["本报记者", "记者", "通讯员"])
def test_a_spaced_byline_keeps_a_name_that_is_a_word(label: str, name: str) -> None:
    page = f"{TITLE}\n\n{label} {name} {LEAD}\n"
    assert article(page) == ([TITLE], [f"{label} {name}"], [LEAD])
    assert normalize_text(page).text == page


@pytest.mark.parametrize("name", WORD_NAMES)
def test_a_dated_spaced_byline_keeps_a_name_that_is_a_word(name: str) -> None:
    page = f"{TITLE}\n\n本报讯 记者 {name} {LEAD}\n"
    assert article(page) == ([TITLE], [f"本报讯 记者 {name}"], [LEAD])
    assert normalize_text(page).text == page


@pytest.mark.parametrize("name", WORD_NAMES)
def test_a_bracketed_reporter_keeps_its_space(name: str) -> None:
    for page in (f"{TITLE}\n\n本报讯（记者 {name}）{LEAD}\n", f"{TITLE}\n\n{LEAD}（记者 {name}）\n"):
        assert normalize_text(page).text == page


@pytest.mark.parametrize("name", WORD_NAMES)
def test_a_byline_line_naming_a_word_name_is_the_byline(name: str) -> None:
    for line in (f"本报记者 {name}", f"作者 {name}"):
        page = f"{TITLE}\n\n{line}\n\n{LEAD}\n"
        assert article(page) == ([TITLE], [line], [LEAD])


def test_a_listed_name_glued_to_the_text_after_it_is_not_read_from_the_list() -> None:
    """`记者才让我们…`: 才让 is a listed name, but glued to hanzi it may be a clause's first words."""
    assert lexicon.is_listed_name("才让")
    text = "记者才让我们看到了希望。"
    assert not lexicon.stands_as_a_listed_name(text, 2, 4)
    assert article(f"{TITLE}\n\n{text}\n") == ([TITLE], [], [text])


#: Hanzi after a label and a space that stay the lead's: clauses and words, none a listed name.
CLAUSES = [
    "记者 日前 从市教育局获悉，全市将新建学校十所。",
    "通讯员 培训班 近日在京开班。",
    "本报记者 近日 走访了多家企业。",
    "记者 现场 看到，工人正在施工。",
    "记者 于日前 从市教育局获悉，全市将新建学校十所。",
    "记者 和市民 一起参加了活动。",
]


@pytest.mark.parametrize("text", CLAUSES)
def test_a_clause_after_a_label_stays_in_the_lead(text: str) -> None:
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n{text}\n")
    assert bylines == []
    assert paragraphs == [text.replace(" ", "")]


def test_a_column_name_over_its_text_stays_a_heading() -> None:
    """`记者直击`, a column's name, is no byline: in a block of its own the tagger's verb still counts."""
    for line in ("记者直击", "记者 直击"):
        assert article(f"{TITLE}\n\n{line}\n\n{LEAD}\n") == ([TITLE, line], [], [LEAD])


#: A two-hanzi given name jieba's dictionary does not list, which its hidden Markov model tags a
#: verb: the shipped list names it (an unlisted pair so tagged is a verb: test_unknown_verb_after_label_v16).
GUESSED_VERB = "依明"


def test_a_guessed_verb_between_label_and_lead_names_the_reporter_through_the_list() -> None:
    assert tagged_words(GUESSED_VERB) == ((GUESSED_VERB, "v"),)
    assert lexicon.is_listed_name(GUESSED_VERB)
    assert names_a_person(f"记者 {GUESSED_VERB}", 3, 5)
    page = f"{TITLE}\n\n本报记者 {GUESSED_VERB} {LEAD}\n"
    assert article(page) == ([TITLE], [f"本报记者 {GUESSED_VERB}"], [LEAD])
    assert normalize_text(page).text == page
    bracketed = f"{TITLE}\n\n本报讯（记者 {GUESSED_VERB}）{LEAD}\n"
    assert normalize_text(bracketed).text == bracketed
