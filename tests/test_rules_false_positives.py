"""No shipped typo rule changes a correct word: every dictionary word that contains a rule's `find`.

A rule's keep lines are hand-picked; this audit is systematic. The words are those of the dictionary
the word check itself uses: jieba's plus the shipped `rules/lexicon/*.txt` (where frequency 0 removes
the misspellings jieba lists, such as 自已). Each word holding some rule's `find` (one Aho-Corasick
pass over the ~350,000 words) goes into neutral sentence frames, at block edges, split across a block
break, and into the contexts of the rule's own examples (so `before`/`after` guards meet the text they
look for), and through the typo step `convert` runs, at the default certainty and at `low`. Any edit is
a rule changing correct text, unless the word is itself a misspelling (ALLOWED, below).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import ahocorasick
import pytest

from layoutfix.normalize import NormalizeOptions
from layoutfix.normalize.steps import build_steps
from layoutfix.normalize.typos import Rule, load_ruleset
from layoutfix.tracked import TrackedText

SHIPPED = load_ruleset()

#: Words jieba lists that are misspellings, each corrected by the rule named, to the right word.
#: A rule may change these; each must still be in the dictionary and still be corrected (see
#: test_allowed_words_are_misspellings_the_rule_corrects), so the list cannot go stale.
ALLOWED: dict[str, tuple[str, str]] = {
    "卫戊部队": ("typo.wei-shu", "卫戍部队"),  # the garrison is 卫戍 (a dot in 戍); 卫戊 is not a word
    "汩罗市": ("typo.mi-luo", "汨罗市"),  # the city on the 汨罗 river is written with 汨 (日), not 汩 (曰)
}

#: Neutral frames: in a sentence, at a block's start and end, as a block on its own, next to blocks
#: that do not end a sentence (the rules read on across such a break).
FRAMES = (
    "{w}",
    "他说{w}。",
    "关于{w}的报道",
    "一{w}二",
    "前面的话\n\n{w}",
    "{w}\n\n后面的话。",
    "他说\n\n{w}。",
    "标题\n\n{w}\n\n正文。",
)
LEVELS = ("high", "low")


@cache
def typo_step(level: str):
    """The typo step of the normalisation `convert` runs, applying rules of certainty `level` or better."""
    return dict(build_steps(NormalizeOptions(apply=level)))["typos"]


@cache
def dictionary_words() -> frozenset[str]:
    """Every word of the word check's dictionary: jieba's plus the shipped lexicon, removals applied
    (jieba also keeps every prefix of a word, with frequency 0: not words)."""
    return frozenset(w for w, freq in SHIPPED.checker.tokenizer.FREQ.items() if freq > 0)


def words_by_find(rules: tuple[Rule, ...]) -> dict[str, set[str]]:
    """For each `find` of `rules`, the dictionary words containing it (one pass over the dictionary)."""
    automaton = ahocorasick.Automaton()
    for rule in rules:
        automaton.add_word(rule.find, rule.find)
    automaton.make_automaton()
    found: dict[str, set[str]] = defaultdict(set)
    for word in dictionary_words():
        for _end, find in automaton.iter(word):
            found[find].add(word)
    return found


def frames_for(word: str, rules: list[Rule]) -> list[str]:
    """The texts `word` is checked in: the neutral frames, the word split across a block break, and
    the text around the `find` in each example of `rules` (the rules whose `find` the word holds)."""
    texts = [frame.format(w=word) for frame in FRAMES]
    if len(word) >= 2:
        half = len(word) // 2
        texts.append(f"他说{word[:half]}\n\n{word[half:]}。")
    for rule in rules:
        if word == rule.find:
            continue  # the find alone in its own example context is the example: a real error
        for wrong, _right in rule.examples:
            at = wrong.find(rule.find)
            texts.append(wrong[:at] + word + wrong[at + len(rule.find) :])
    return texts


@cache
def edits_on_words() -> dict[str, list[tuple[str, str, str, str, str]]]:
    """Per rule id, every (word, text, level, before, after) edit the typo step made on a word."""
    by_find: dict[str, list[Rule]] = defaultdict(list)
    for rule in SHIPPED.rules:
        by_find[rule.find].append(rule)
    holders: dict[str, list[Rule]] = defaultdict(list)
    for find, words in words_by_find(SHIPPED.rules).items():
        for word in words:
            holders[word].extend(by_find[find])
    found: dict[str, list[tuple[str, str, str, str, str]]] = defaultdict(list)
    for word, rules in sorted(holders.items()):
        for text in frames_for(word, rules):
            for level in LEVELS:
                for edit in typo_step(level)(TrackedText(text)).edits:
                    for rule_id in edit.rules:
                        found[rule_id].append((word, text, level, edit.before, edit.after))
    return found


@pytest.mark.parametrize("rule_id", [r.id for r in SHIPPED.rules])
def test_rule_leaves_dictionary_words_alone(rule_id: str) -> None:
    wrong = [
        f"{word}: {text!r} at {level}: {before} -> {after}"
        for word, text, level, before, after in edits_on_words().get(rule_id, [])
        if ALLOWED.get(word, ("", ""))[0] != rule_id
    ]
    assert not wrong, f"{rule_id} changes correct words:\n" + "\n".join(wrong)


@pytest.mark.parametrize("word", sorted(ALLOWED))
def test_allowed_words_are_misspellings_the_rule_corrects(word: str) -> None:
    rule_id, right = ALLOWED[word]
    assert word in dictionary_words(), f"{word} left the dictionary: drop it from ALLOWED"
    out = typo_step("high")(TrackedText(f"他说{word}。"))
    assert out.text == f"他说{right}。"
    assert [e.rules for e in out.edits] == [(rule_id,)]
