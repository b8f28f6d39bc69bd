"""No shipped typo rule changes a correct word: every dictionary word that contains a rule's `find`.

A rule's keep lines are hand-picked; this audit is systematic. The words are those of the dictionary
the word check itself uses: jieba's plus the shipped `rules/lexicon/*.txt` (where frequency 0 removes
the misspellings jieba lists, such as 自已). Each word holding some rule's `find` (one Aho-Corasick
pass over the ~350,000 words) goes into neutral sentence frames, at block edges, split across a block
break, and into the contexts of the rule's own examples (so `before`/`after` guards meet the text they
look for), and through the typo step `convert` runs, at the default certainty and at `low`. Any edit is
a rule changing correct text, unless the word is itself a misspelling (ALLOWED, below). The audit
is `layoutfix.normalize.ruletest`'s, which `layoutfix rules test` runs on every rule it loads.
"""

from __future__ import annotations

from functools import cache

import pytest

from layoutfix.normalize import NormalizeOptions
from layoutfix.normalize.ruletest import MISSPELLED_WORDS, WordEdit, dictionary_edits, dictionary_words
from layoutfix.normalize.steps import build_steps
from layoutfix.normalize.typos import load_ruleset
from layoutfix.tracked import TrackedText

SHIPPED = load_ruleset()
#: Words jieba lists that are misspellings, each corrected by the rule named (`ruletest.MISSPELLED_WORDS`).
ALLOWED = MISSPELLED_WORDS


@cache
def edits_on_words() -> dict[str, list[WordEdit]]:
    """Per rule id, every edit the typo step made on a dictionary word (`ruletest.dictionary_edits`,
    the audit `layoutfix rules test` runs)."""
    return dictionary_edits(SHIPPED)


@pytest.mark.parametrize("rule_id", [r.id for r in SHIPPED.rules])
def test_rule_leaves_dictionary_words_alone(rule_id: str) -> None:
    edits = edits_on_words().get(rule_id, [])
    wrong = [f"{e.word}: {e.text!r} at {e.level}: {e.before} -> {e.after}" for e in edits]
    assert not wrong, f"{rule_id} changes correct words:\n" + "\n".join(wrong)


@pytest.mark.parametrize("word", sorted(ALLOWED))
def test_allowed_words_are_misspellings_the_rule_corrects(word: str) -> None:
    rule_id, right = ALLOWED[word]
    assert word in dictionary_words(SHIPPED), f"{word} left the dictionary: drop it from ALLOWED"
    typo_step = dict(build_steps(NormalizeOptions(apply="high")))["typos"]
    out = typo_step(TrackedText(f"他说{word}。"))
    assert out.text == f"他说{right}。"
    assert [e.rules for e in out.edits] == [(rule_id,)]
