"""Two hanzi jieba does not list, which its tagger guesses a verb, open the lead after a reporter label.

Before (eafc21a), such a pair opening with no surname was read as a name in a spaced byline's field
before its lead, so that `本报记者 依明 近日，…` named 依明; but `本报记者 实探 兰州新区多个工地，…`
then printed the byline `本报记者 实探` over `兰州新区多个工地，…`, the sentence losing its subject
and verb, and `normalize` kept the gaps. Now only the given-name list (`rules/names/given-names.txt`,
which holds 依明) makes such a pair a name; any other is the verb of the lead.
"""

from __future__ import annotations

import pytest

from conftest_tei import article_parts as article
from layoutfix import lexicon, normalize_text

TITLE = "新区建设提速"
#: Verbs a reporter's sentence may open with that jieba does not list (its hidden Markov model
#: tags each a verb), none a name.
UNKNOWN_VERBS = ["实探", "探营", "探班", "实拍"]
REST = "兰州新区多个工地，发现施工进度明显加快。"
LABELS = ["本报记者", "记者", "本报讯 记者"]


@pytest.mark.parametrize("verb", UNKNOWN_VERBS)
@pytest.mark.parametrize("label", LABELS)
def test_an_unknown_verb_after_a_label_stays_in_the_lead(label: str, verb: str) -> None:
    """The verb stays the lead's, glued to its label; a dateline before the label is the byline."""
    dateline, _, reporter = label.rpartition(" ")
    page = f"{TITLE}\n\n{label} {verb} {REST}\n"
    assert article(page) == ([TITLE], [dateline] if dateline else [], [f"{reporter}{verb}{REST}"])
    assert normalize_text(page).text.endswith(f"{reporter}{verb}{REST}\n")


@pytest.mark.parametrize("verb", UNKNOWN_VERBS)
def test_the_reporter_label_and_verb_are_joined_in_the_text(verb: str) -> None:
    page = f"{TITLE}\n\n本报记者 {verb} {REST}\n"
    assert normalize_text(page).text == f"{TITLE}\n\n本报记者{verb}{REST}\n"


@pytest.mark.parametrize("verb", UNKNOWN_VERBS)
def test_an_unknown_verb_is_no_name_in_a_field(verb: str) -> None:
    assert lexicon.tagged_words(verb)[0][1].startswith("v")
    assert not lexicon.names_a_person(f"本报记者 {verb} {REST}", 5, 7)


def test_a_guessed_verb_names_the_reporter_only_through_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """依明 is a name because the shipped list holds it: emptied, 依明 reads as 实探 does."""
    page = f"{TITLE}\n\n本报记者 依明 {REST}\n"
    assert article(page) == ([TITLE], ["本报记者 依明"], [REST])
    monkeypatch.setattr(lexicon, "given_names", frozenset)
    assert article(page) == ([TITLE], [], [f"本报记者依明{REST}"])


def test_a_spaced_column_word_before_the_lead_is_no_byline() -> None:
    """`本报记者 直击 全市召开会议，…`: 直击 is the sentence's verb (as before eafc21a)."""
    page = f"{TITLE}\n\n本报记者 直击 全市召开会议，部署冬季工作。\n"
    assert article(page)[1] == []
    assert normalize_text(page).text == f"{TITLE}\n\n本报记者直击全市召开会议，部署冬季工作。\n"
