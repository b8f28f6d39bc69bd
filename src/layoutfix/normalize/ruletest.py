"""`layoutfix rules test`: run every rule's own examples through the whole normalisation pipeline.

A rule carries its evidence: `examples` ("wrong => right") must come out exactly as written and must be
corrected by the rule itself; `keep` lines (correct text that looks like the error) must come through
unchanged; and a corrected example must not change again (no rule may fire on it). Each check runs the
whole pipeline (`normalize_text`) at the rule's own certainty level, so interactions between rules and
with the other normalisers show up too.

Rules also fire on pages printed in traditional characters (see `typos.traditional_form`), so every
example and keep line is checked a second time in its traditional form, derived here with OpenCC s2t:
a rule author writes them once, in simplified characters.

Keep lines are hand-picked, so every rule is also audited against the dictionary of the word check
(`dictionary_edits`): each dictionary word holding a rule's `find` goes into neutral sentence frames
and the contexts of the rule's examples, through the typo step; a rule that changes such a word fails.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from ..model import Cert
from ..tracked import TrackedText
from .steps import NormalizeOptions, build_steps, normalize_text
from .typos import Rule, RuleSet, load_ruleset, s2t_converter

#: `check_rule`'s report of one failure: text, expected, got, problem.
_Fail = Callable[[str, str, str, str], None]


@dataclass(frozen=True)
class RuleFailure:
    """One failed check: which rule, where it is defined, the input, what was expected and what came out."""

    rule_id: str
    file: Path
    text: str
    expected: str
    got: str
    problem: str

    def __str__(self) -> str:
        return (
            f"{self.file}: {self.rule_id}: {self.problem}\n  input:    {self.text}\n"
            f"  expected: {self.expected}\n  got:      {self.got}"
        )


@dataclass
class RuleCheckReport:
    """What `check_rules` ran and what failed."""

    rules: int = 0
    examples: int = 0
    keeps: int = 0
    failures: list[RuleFailure] = field(default_factory=list)
    #: (rule id, reason) of the rules that get no traditional form (`RuleSet.untraditional`): they do
    #: not fire on pages printed in traditional characters.
    untraditional: list[tuple[str, str]] = field(default_factory=list)
    #: Where the rules came from, in load order: ("shipped", n) and (folder or file given, n); a
    #: shipped rule a folder replaces counts for the folder.
    origins: list[tuple[str, int]] = field(default_factory=list)
    #: How many shipped rules the folders switched off (`enabled = false`).
    switched_off: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def traditional_example(wrong: str, right: str) -> tuple[str, str]:
    """An example as a page printed in traditional characters would give it: the expected text
    converted with OpenCC s2t, and the wrong text the same but for the characters it misreads, which
    stay as written (OCR reads a printed shape; s2t would pick a character for a meaning the misread
    has not: 干家万户 is not 幹家萬戶). Examples whose two sides differ in length are converted as
    they are."""
    cc = s2t_converter()
    trad_right = cc.convert(right)
    if not len(wrong) == len(right) == len(trad_right):
        return cc.convert(wrong), trad_right
    trad_wrong = "".join(w if w != r else t for w, r, t in zip(wrong, right, trad_right, strict=True))
    return trad_wrong, trad_right


def check_rule(rule: Rule, options: NormalizeOptions, traditional: bool = True) -> list[RuleFailure]:
    """The failures of one rule's examples and keep lines under `options`, as written and in their
    traditional form (`traditional_example`; keep lines converted with s2t). A rule without a
    traditional form (`traditional` false) is not expected to correct the traditional examples."""
    failures: list[RuleFailure] = []

    def fail(text: str, expected: str, got: str, problem: str) -> None:
        failures.append(RuleFailure(rule.id, rule.file, text, expected, got, problem))

    if not rule.examples:
        fail("", "", "", "no examples: a rule must show at least one 'wrong => right' line")
    for wrong, right in rule.examples:
        _check_example(rule, wrong, right, options, fail, "")
        trad_wrong, trad_right = traditional_example(wrong, right)
        if trad_wrong == wrong:  # a sentence s2t leaves alone has no script: its correction is simplified
            continue
        if traditional:
            _check_example(rule, trad_wrong, trad_right, options, fail, "traditional form: ")
        else:  # not expected to correct it, but a script-neutral `find` must not change the right text
            _check_stays(right=trad_right, options=options, fail=fail, prefix="traditional form: ")
    cc = s2t_converter()
    for line in rule.keep:
        _check_keep(line, options, fail, "")
        trad = cc.convert(line)
        if trad != line:
            _check_keep(trad, options, fail, "traditional form: ")
    return failures


def _check_example(
    rule: Rule, wrong: str, right: str, options: NormalizeOptions, fail: _Fail, prefix: str
) -> None:
    """An example must come out as written, corrected by `rule`, and stay so when normalised again."""
    out = normalize_text(wrong, options)
    if out.text != right:
        fail(wrong, right, out.text, f"{prefix}example does not come out as written")
    elif not any(rule.id in e.rules for e in out.edits):
        fail(wrong, right, out.text, f"{prefix}example is corrected, but not by this rule")
    _check_stays(right, options, fail, prefix)


def _check_stays(right: str, options: NormalizeOptions, fail: _Fail, prefix: str) -> None:
    """A corrected example must stay as it is when normalised again."""
    again = normalize_text(right, options)
    if again.text != right:
        rules = ", ".join(sorted({r for e in again.edits for r in e.rules}))
        fail(right, right, again.text, f"{prefix}corrected example changes again ({rules})")


def _check_keep(line: str, options: NormalizeOptions, fail: _Fail, prefix: str) -> None:
    """A keep line must come through unchanged."""
    out = normalize_text(line, options)
    if out.text != line:
        rules = ", ".join(sorted({r for e in out.edits for r in e.rules}))
        fail(line, line, out.text, f"{prefix}keep line is changed ({rules})")


def check_rules(
    dirs: Sequence[Path] = (), include_default: bool = True, dictionary: bool = True
) -> RuleCheckReport:
    """Check every rule loaded from the shipped rules (unless `include_default` is false) and `dirs`:
    its examples and keep lines (`check_rule`) and, unless `dictionary` is false, the dictionary
    words it changes (`dictionary_failures`).

    Raises `RuleError` if a rule file is malformed; a rule whose examples fail is reported, not raised.
    """
    rule_dirs = tuple(Path(d) for d in dirs)
    ruleset = load_ruleset(rule_dirs, include_default=include_default)
    report = RuleCheckReport(untraditional=list(ruleset.untraditional))
    simplified_only = {rule_id for rule_id, _reason in ruleset.untraditional}
    for rule in ruleset.rules:
        options = NormalizeOptions(apply=rule.cert, rule_dirs=rule_dirs, default_rules=include_default)
        report.rules += 1
        report.examples += len(rule.examples)
        report.keeps += len(rule.keep)
        report.failures.extend(check_rule(rule, options, traditional=rule.id not in simplified_only))
    if dictionary:
        report.failures.extend(dictionary_failures(ruleset, rule_dirs, include_default))
    report.origins = _origins(ruleset, rule_dirs, include_default)
    if include_default:
        loaded = {rule.id for rule in ruleset.rules}
        report.switched_off = sum(1 for rule in load_ruleset().rules if rule.id not in loaded)
    return report


def _origins(ruleset: RuleSet, rule_dirs: Sequence[Path], include_default: bool) -> list[tuple[str, int]]:
    """How many of `ruleset`'s rules each source gave: the shipped folder, then each of `rule_dirs`
    (a folder, or a rule file given as one), as `RuleCheckReport.origins`."""
    sources = [str(d) for d in rule_dirs]
    counts = dict.fromkeys(sources, 0)
    shipped = 0
    for rule in ruleset.rules:
        source = next((d for d in sources if str(rule.file) == d or str(rule.file.parent) == d), None)
        if source is None:
            shipped += 1
        else:
            counts[source] += 1
    return ([("shipped", shipped)] if include_default else []) + list(counts.items())


# --------------------------------------------------------------------------------------------------
# The dictionary audit

#: Words jieba lists that are misspellings, each corrected by the rule named, to the right word.
#: That rule may change these (tests/test_rules_false_positives.py checks that each is still in the
#: dictionary and still corrected, so the list cannot go stale). A user's own such word goes in a
#: `lexicon/*.txt` of their folder with frequency 0, which takes it out of the dictionary.
MISSPELLED_WORDS: dict[str, tuple[str, str]] = {
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
#: The certainty levels the audit applies rules at: the default, and every rule.
AUDIT_LEVELS: tuple[Cert, ...] = ("high", "low")
#: How many of the words a rule changes its failure names (the most frequent first).
_WORDS_NAMED = 3


@dataclass(frozen=True)
class WordEdit:
    """An edit a rule made on a dictionary word: the word, the text it stood in, the level applied,
    and the edit's before and after."""

    word: str
    text: str
    level: Cert
    before: str
    after: str


def dictionary_words(ruleset: RuleSet) -> dict[str, int]:
    """Every word of the word check's dictionary with its frequency: jieba's plus the lexicon files of
    the loaded folders, removals (frequency 0) applied. jieba also keeps every prefix of a word, with
    frequency 0: those are no words either."""
    return {w: freq for w, freq in ruleset.checker.tokenizer.FREQ.items() if freq > 0}


def words_by_find(rules: Sequence[Rule], words: Sequence[str] | dict[str, int]) -> dict[str, set[str]]:
    """For each `find` of `rules`, the `words` containing it (one Aho-Corasick pass over the words)."""
    automaton = ahocorasick.Automaton()
    for rule in rules:
        automaton.add_word(rule.find, rule.find)
    found: dict[str, set[str]] = defaultdict(set)
    if not rules:
        return found
    automaton.make_automaton()
    for word in words:
        for _end, find in automaton.iter(word):
            found[find].add(word)
    return found


def frames_for(word: str, rules: Sequence[Rule]) -> list[str]:
    """The texts `word` is checked in: the neutral frames, the word split across a block break, and
    the text around the `find` in each example of `rules` (the rules whose `find` the word holds), so
    `before`/`after` guards meet the text they look for."""
    texts = [frame.format(w=word) for frame in FRAMES]
    if len(word) >= 2:
        half = len(word) // 2
        texts.append(f"他说{word[:half]}\n\n{word[half:]}。")
    for rule in rules:
        if word == rule.find:
            continue  # the find alone in its own example context is the example: a real error
        for wrong, _right in rule.examples:
            at = wrong.find(rule.find)
            if at >= 0:
                texts.append(wrong[:at] + word + wrong[at + len(rule.find) :])
    return texts


def dictionary_edits(
    ruleset: RuleSet, rule_dirs: Sequence[Path] = (), include_default: bool = True
) -> dict[str, list[WordEdit]]:
    """Per rule id, every edit the typo step (with `ruleset`, loaded from `rule_dirs` and the shipped
    rules unless `include_default` is false) made on a dictionary word holding some rule's `find`,
    at each of `AUDIT_LEVELS`. The words of `MISSPELLED_WORDS` are left out for their own rule."""
    by_find: dict[str, list[Rule]] = defaultdict(list)
    for rule in ruleset.rules:
        by_find[rule.find].append(rule)
    holders: dict[str, list[Rule]] = defaultdict(list)
    for find, words in words_by_find(ruleset.rules, dictionary_words(ruleset)).items():
        for word in words:
            holders[word].extend(by_find[find])
    steps = {
        level: dict(build_steps(NormalizeOptions(apply=level, rule_dirs=tuple(rule_dirs),
                                                 default_rules=include_default), ruleset))["typos"]
        for level in AUDIT_LEVELS
    }
    found: dict[str, list[WordEdit]] = defaultdict(list)
    for word, rules in sorted(holders.items()):
        for text in frames_for(word, rules):
            for level, step in steps.items():
                for edit in step(TrackedText(text)).edits:
                    for rule_id in edit.rules:
                        if MISSPELLED_WORDS.get(word, ("", ""))[0] != rule_id:
                            found[rule_id].append(WordEdit(word, text, level, edit.before, edit.after))
    return found


def dictionary_failures(
    ruleset: RuleSet, rule_dirs: Sequence[Path] = (), include_default: bool = True
) -> list[RuleFailure]:
    """One failure per rule of `ruleset` that changes dictionary words (`dictionary_edits`), naming
    the most frequent of them and what would stop it."""
    freq = dictionary_words(ruleset)
    failures = []
    for rule_id, edits in dictionary_edits(ruleset, rule_dirs, include_default).items():
        rule = ruleset.get(rule_id)
        if rule is None:  # a built-in step's edit (spacing after a rule's change): the rule is named too
            continue
        failures.append(RuleFailure(rule.id, rule.file, "", "", "", _word_problem(rule, edits, freq)))
    return failures


def _word_problem(rule: Rule, edits: Sequence[WordEdit], freq: dict[str, int]) -> str:
    """The failure line of a rule that changes the dictionary words of `edits`."""
    changed: dict[str, str] = {}
    for e in edits:
        changed.setdefault(e.word, e.word.replace(e.before, e.after, 1) if e.before in e.word else e.after)
    words = sorted(changed, key=lambda w: (-freq.get(w, 0), w))
    named = ", ".join(f"{w} -> {changed[w]}" for w in words[:_WORDS_NAMED])
    more = f" and {len(words) - _WORDS_NAMED} more" if len(words) > _WORDS_NAMED else ""
    if rule.word_check:
        hint = "its word check lets them through: add a guard (not_before, not_after) that refuses them"
    else:
        hint = "set word_check = true, or add a guard (not_before, not_after) that refuses them"
    return (
        f"changes correct dictionary words: {named}{more}; {hint} (a word that is itself a misspelling:"
        " list it with frequency 0 in your lexicon/*.txt)"
    )
