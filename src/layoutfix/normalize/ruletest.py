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
and the contexts of the rule's examples, through the typo step; a rule that changes such a word fails,
but for one that changes only rare names jieba lists (`RARE_NAME_FREQUENCY`): it gets a note.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick
import regex

from ..hanscript import traditional_correction
from ..layout.roles import t2s_converter
from ..lexicon import word_tags
from ..model import CERT_LEVELS, Cert
from ..tracked import TrackedText
from .steps import TYPO_PASSES, NormalizeOptions, build_steps, normalize_text
from .typos import Rule, RuleSet, hant_around, load_ruleset, s2t_converter, shipped_rules_dir

#: `check_rule`'s report of one failure: text, expected, got, problem, and the rule it is filed under
#: when that is not the rule checked (another rule changed the rule's correct text).
_Fail = Callable[[str, str, str, str, "Rule | None"], None]


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
    #: (rule id, reason) of the rules that get no traditional form (`RuleSet.untraditional`): on pages
    #: printed in traditional characters they fire only where their own `find` stands.
    untraditional: list[tuple[str, str]] = field(default_factory=list)
    #: Where the rules came from, in load order: ("shipped", n) and (folder or file given, n); a
    #: shipped rule a folder replaces counts for the folder.
    origins: list[tuple[str, int]] = field(default_factory=list)
    #: How many shipped rules the folders switched off (`enabled = false`).
    switched_off: int = 0
    #: The rule files given more than once (alone and in their folder): read once, where first given.
    read_once: list[Path] = field(default_factory=list)
    #: (rule id, note): what a rule author should know that is no failure, such as a `find` that
    #: the normalisation before the rules changes (`find_notes`).
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def traditional_example(wrong: str, right: str) -> tuple[str, str]:
    """An example as a page printed in traditional characters would give it: the expected text
    converted with OpenCC s2t, and the wrong text the same but for the characters it misreads, which
    stay as written (OCR reads a printed shape; s2t would pick a character for a meaning the misread
    has not: 干家万户 is not 幹家萬戶); the corrected characters as the rule writes them in traditional
    text (`hanscript.traditional_correction`: 出台, not s2t's 出臺). Examples whose two sides differ
    in length are converted as they are."""
    cc = s2t_converter()
    trad_right = cc.convert(right)
    if not len(wrong) == len(right) == len(trad_right):
        return cc.convert(wrong), trad_right
    trad_wrong = "".join(w if w != r else t for w, r, t in zip(wrong, right, trad_right, strict=True))
    return trad_wrong, traditional_correction(wrong, right, trad_right)


def check_rule(rule: Rule, options: NormalizeOptions, traditional: bool = True) -> list[RuleFailure]:
    """The failures of one rule's examples and keep lines under `options`, as written and in their
    traditional form (`traditional_example`; keep lines converted with s2t). A rule without a
    traditional form (`traditional` false) is not expected to correct the traditional examples.

    A correct text (keep line, corrected example) that another loaded rule changes is filed under
    that rule, which is the one to mend; a failed example says which rule fired and, when this one
    did not, why (`_why_not`)."""
    failures: list[RuleFailure] = []

    def fail(text: str, expected: str, got: str, problem: str, owner: Rule | None = None) -> None:
        owner = owner or rule
        failures.append(RuleFailure(owner.id, owner.file, text, expected, got, problem))

    ruleset = load_ruleset(options.rule_dirs, include_default=options.default_rules)
    check = _Checker(rule, options, ruleset, fail)
    if not rule.examples:
        fail("", "", "", "no examples: a rule must show at least one 'wrong => right' line")
    for wrong, right in rule.examples:
        check.example(wrong, right, "")
        trad_wrong, trad_right = traditional_example(wrong, right)
        if trad_wrong == wrong:  # a sentence s2t leaves alone has no script: its correction is simplified
            continue
        if traditional:
            check.example(trad_wrong, trad_right, "traditional form: ")
        else:  # not expected to correct it, but a script-neutral `find` must not change the right text
            check.stays(trad_right, "traditional form: ")
    cc = s2t_converter()
    for line in rule.keep:
        check.keep(line, "")
        trad = cc.convert(line)
        if trad != line:
            check.keep(trad, "traditional form: ")
    return failures


@dataclass
class _Checker:
    """The checks of one rule's lines, with what they need to say which rule fired and why."""

    rule: Rule
    options: NormalizeOptions
    ruleset: RuleSet
    fail: _Fail

    def example(self, wrong: str, right: str, prefix: str) -> None:
        """An example must come out as written, corrected by the rule, and stay so when normalised
        again."""
        said: list[str] = []
        out = normalize_text(wrong, self.options, warn=said.append)
        for line in said:  # rules that do not settle on the example (`steps._typos_settled`)
            self.fail(wrong, right, out.text, f"{prefix}{line}", None)
        own = any(self.rule.id in e.rules for e in out.edits)
        if out.text != right:
            problem = f"{prefix}example does not come out as written"
            self.fail(wrong, right, out.text, problem + self._what_fired(wrong, out, own), None)
        elif not own:
            problem = f"{prefix}example is corrected, but not by this rule"
            self.fail(wrong, right, out.text, problem + self._what_fired(wrong, out, own), None)
        self.stays(right, prefix)

    def stays(self, right: str, prefix: str) -> None:
        """A corrected example must stay as it is when normalised again."""
        self._unchanged(right, prefix, "corrected example changes again", "corrected example")

    def keep(self, line: str, prefix: str) -> None:
        """A keep line must come through unchanged."""
        self._unchanged(line, prefix, "keep line is changed", "keep line")

    def _unchanged(self, text: str, prefix: str, problem: str, what: str) -> None:
        """`text` must come through normalisation unchanged; a change is filed under each other loaded
        rule that made it (`FAIL gs.x (…): changes a keep line of typo.y`), else under this rule."""
        out = normalize_text(text, self.options)
        if out.text == text:
            return
        fired = sorted({r for e in out.edits for r in e.rules})
        others = [o for o in (self.ruleset.get(r) for r in fired if r != self.rule.id) if o is not None]
        for other in others:
            self.fail(text, text, out.text, f"{prefix}changes a {what} of {self.rule.id}", other)
        if not others or self.rule.id in fired:
            self.fail(text, text, out.text, f"{prefix}{problem} ({', '.join(fired)})", None)

    def _what_fired(self, wrong: str, out: TrackedText, own: bool) -> str:
        """`: gs.x did not fire: <why>; typo.y fired`: which loaded rules changed the example, and
        why this one did not when it did not."""
        others = sorted({r for e in out.edits for r in e.rules if r != self.rule.id and self.ruleset.get(r)})
        if own:
            return f": {', '.join([self.rule.id, *others])} fired"
        why = _why_not(self.rule, wrong, others, self.ruleset, self.options)
        parts = [f"{self.rule.id} did not fire" + (f": {why}" if why else "")]
        if others:
            parts.append(f"{', '.join(others)} fired")
        return ": " + "; ".join(parts)


def untraditional_notes(ruleset: RuleSet) -> list[tuple[str, str]]:
    """(rule id, note) for each rule of `ruleset` without a traditional form (`RuleSet.untraditional`):
    why, and where it fires in traditional text: only where its own `find` stands, and not at all
    where the text around reads as traditional when its replacement has simplified characters
    (`typos._spellings`, `typos.hant_around`)."""
    notes = []
    for rule_id, reason in ruleset.untraditional:
        spelling = ruleset.spellings_of(rule_id)[0]
        rule = spelling.rule
        if spelling.script == "hans-here":
            where = (f"it fires where its find {rule.find} stands in simplified text, not where the text"
                     f" around it reads as traditional (a traditional page, masthead or quote), where its"
                     f" replacement {rule.replace} would bring in simplified characters")
        else:
            where = (f"on a traditional page it fires only where its own find {rule.find} stands, and"
                     f" writes {rule.replace} as written")
        notes.append((rule_id, f"no traditional form ({reason}): {where}"))
    return notes


def find_notes(rule: Rule, options: NormalizeOptions) -> list[str]:
    """What is wrong with `rule`'s `find` as the rules meet text: ASCII punctuation in it that the
    normalisation before the rules makes full-width (`兰洲,` is `兰洲，` by then), so the rule never
    fires as written."""
    if not any(c in string.punctuation for c in rule.find):
        return []
    ruleset = load_ruleset(options.rule_dirs, include_default=options.default_rules)
    seen = _before_typos(rule.find, options, ruleset)
    if seen == rule.find:
        return []
    return [f"its find {rule.find!r} holds ASCII punctuation that the normalisation before the rules "
            f"changes ({seen!r}), so it never fires as written: write {seen!r}"]


def _why_not(
    rule: Rule, wrong: str, others: Sequence[str], ruleset: RuleSet, options: NormalizeOptions
) -> str:
    """Why `rule` did not correct `wrong`, when it can be told: its find is not there (or the
    normalisation before the rules changed it), another rule with the same or an overlapping find
    won, its certainty is not applied, a guard or the word check refused it. Empty when unknown."""
    if CERT_LEVELS.index(rule.cert) > CERT_LEVELS.index(options.apply):
        return f"its cert {rule.cert} is below --apply {options.apply}"
    finds = {sp.find for sp in ruleset.spellings_of(rule.id)} or {rule.find}
    if not any(f in wrong for f in finds):
        return f"its find {rule.find} is not in the example"
    seen = _before_typos(wrong, options, ruleset)
    if not any(f in seen for f in finds):
        return f"the normalisation before the rules changes its find (the rules read {seen})"
    for other_id in others:
        other = ruleset.get(other_id)
        if other is not None and other.find == rule.find:
            return _same_find(rule, other)
    overlapping = [
        o for o in others if (r := ruleset.get(o)) is not None and _overlaps(r.find, rule.find, seen)
    ]
    if overlapping:
        return f"{', '.join(overlapping)} matched first (the earliest, then the longest match wins)"
    at = seen.find(rule.find)
    if _simplified_only(rule, ruleset) and at >= 0 and hant_around(seen, at, at + len(rule.find)):
        return ("the text around its find reads as traditional (more of its Han characters are written"
                " only in traditional than only in simplified text), where a rule writing simplified"
                " characters does not fire; give an example in simplified text")
    view = t2s_converter().convert(seen)
    text = view if len(view) == len(seen) else seen
    at = text.find(rule.find)
    if at < 0:
        return ""
    guard = _refusing_guard(rule, text, at, at + len(rule.find))
    if guard:
        return guard
    if rule.word_check:
        return _word_check_refusal(rule, text, at, ruleset)
    return ""


def _simplified_only(rule: Rule, ruleset: RuleSet) -> bool:
    """Whether `rule` fires in simplified text only (`typos._spellings`: no traditional form, and a
    replacement with simplified characters; `typos.hant_around` tells the text)."""
    return any(sp.script == "hans-here" for sp in ruleset.spellings_of(rule.id))


def _before_typos(text: str, options: NormalizeOptions, ruleset: RuleSet) -> str:
    """`text` as the typo rules read it: after the normalisation steps that run before them."""
    tracked = TrackedText(text)
    for name, step in build_steps(options, ruleset):
        if name == "typos":
            break
        tracked = step(tracked)
    return tracked.text


def _same_find(rule: Rule, other: Rule) -> str:
    """Why a rule lost to `other`, which has the same find and is tried first (file order)."""
    shipped = shipped_rules_dir()
    if other.file.parent == shipped:
        return (f"the shipped {other.id} has the same find {rule.find} and is tried first; to replace it,"
                f' give your rule its id (id = "{other.id}"), or switch it off ([[rule]] id = "{other.id}",'
                " enabled = false)")
    return f"{other.id} ({other.file}) has the same find {rule.find} and is tried first (file order)"


def _overlaps(find: str, own: str, text: str) -> bool:
    """Whether an occurrence of `find` in `text` overlaps one of `own`."""
    spans = [(m, m + len(own)) for m in _positions(text, own)]
    return any(a < e and s < a + len(find) for a in _positions(text, find) for s, e in spans)


def _positions(text: str, find: str) -> list[int]:
    """Every offset where `find` starts in `text`, overlapping ones included."""
    out, at = [], text.find(find)
    while at >= 0:
        out.append(at)
        at = text.find(find, at + 1)
    return out


def _refusing_guard(rule: Rule, text: str, start: int, end: int) -> str:
    """Which guard of `rule` refuses its match at `text[start:end]` (as the typo step reads guards),
    or empty."""
    checks = (
        ("after", rule.after, lambda g: g.match(text, end) is None),
        ("not_after", rule.not_after, lambda g: g.match(text, end) is not None),
        ("before", rule.before, lambda g: g.match(text, 0, start) is None),
        ("not_before", rule.not_before, lambda g: g.match(text, 0, start) is not None),
    )
    for name, guard, refuses in checks:
        if guard is not None and refuses(guard):
            return f"its guard {name} = {guard.pattern!r} refuses it in {text}"
    return ""


def _word_check_refusal(rule: Rule, text: str, start: int, ruleset: RuleSet) -> str:
    """Why the word check refuses `rule` at `text[start:]`: the word that reaches into the match, or
    the corrected text's characters left outside any word."""
    end = start + len(rule.find)
    for word, s, e in ruleset.checker.tokens(text):
        if e - s >= 2 and s < end and e > start and (s < start or e > end or (s, e) == (start, end)):
            return f"the word check refuses it: {word} is a word of the dictionary"
    corrected = text[:start] + rule.replace + text[end:]
    words = "/".join(w for w, _s, _e in ruleset.checker.tokens(corrected))
    return (f"the word check refuses it: after the change not every changed character is in a word ({words});"
            " add the word to your lexicon/*.txt")


def check_rules(
    dirs: Sequence[Path] = (), include_default: bool = True, dictionary: bool = True
) -> RuleCheckReport:
    """Check every rule loaded from the shipped rules (unless `include_default` is false) and `dirs`:
    its examples and keep lines (`check_rule`) and, unless `dictionary` is false, the dictionary
    words it changes (`dictionary_findings`).

    Raises `RuleError` if a rule file is malformed; a rule whose examples fail is reported, not raised.
    """
    rule_dirs = tuple(Path(d) for d in dirs)
    ruleset = load_ruleset(rule_dirs, include_default=include_default)
    report = RuleCheckReport(untraditional=list(ruleset.untraditional))
    untraditional_ids = {rule_id for rule_id, _reason in ruleset.untraditional}
    report.notes.extend(untraditional_notes(ruleset))
    for rule in ruleset.rules:
        options = NormalizeOptions(apply=rule.cert, rule_dirs=rule_dirs, default_rules=include_default)
        report.rules += 1
        report.examples += len(rule.examples)
        report.keeps += len(rule.keep)
        report.failures.extend(check_rule(rule, options, traditional=rule.id not in untraditional_ids))
        report.notes.extend((rule.id, note) for note in find_notes(rule, options))
    report.failures.extend(unsettled_findings(ruleset, rule_dirs, include_default))
    if dictionary:
        failures, notes = dictionary_findings(ruleset, rule_dirs, include_default)
        report.failures.extend(failures)
        report.notes.extend(notes)
    report.origins = _origins(ruleset, rule_dirs, include_default)
    report.read_once = list(ruleset.read_once)
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
# Rules that do not settle


def unsettled_findings(
    ruleset: RuleSet, rule_dirs: Sequence[Path] = (), include_default: bool = True
) -> list[RuleFailure]:
    """A failure for each set of rules that do not settle (`steps._typos_settled`): one rule's
    correction makes a match for another, which makes one for the first again (甲乙→甲丙, 丙丁→乙丁
    on 甲乙丁) or for a chain of more rules than the typo step looks. Each text where a rule's
    replacement makes another's find (`feeding_texts`), as printed before the first rule corrected
    it, goes through the normalisation at the less certain rule's level, and a warning that the
    rules do not settle fails the first rule: its input, what one run gives (expected) and what a
    second run gives (got). One failure per set of rules named.

    Only a text that may not settle is normalised (most texts of a large folder are not, which
    halves the time of this check; bench/bench_rules_test.py): one on which more than TYPO_PASSES
    corrections can be made one after another (`_may_not_settle`). On any other text the looks
    settle, however one look leads to the next: a correction making another's find, a match hiding
    one it overlaps until it is corrected, a guard or word check that stops refusing. (A filter on
    the graph of rules feeding each other alone, as tried before, saw the first way only.)"""
    failures: list[RuleFailure] = []
    seen: set[str] = set()
    for rule, other, text in feeding_texts(ruleset):
        if not _may_not_settle(text, ruleset):
            continue
        level = max(rule.cert, other.cert, key=CERT_LEVELS.index)
        options = NormalizeOptions(apply=level, rule_dirs=tuple(rule_dirs), default_rules=include_default)
        said: list[str] = []
        once = normalize_text(text, options, warn=said.append).text
        for line in said:
            named = line.split(" do not settle on ")[0]
            if named not in seen:
                seen.add(named)
                twice = normalize_text(once, options).text
                failures.append(RuleFailure(rule.id, rule.file, text, once, twice,
                                            f"{line} (at --apply {level}; a second run changes it again)"))
    return failures


#: Text the typo step reads as printed and corrects as the rules say: unified hanzi only (no step
#: before it changes them, the step's view removes no break, no spacing decision is made again).
_PLAIN_HANZI = regex.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]*")
#: How many (text, corrections left) states `_may_not_settle` looks at before it gives up and lets
#: the text be normalised: many rules on one find (甲 -> 100 different characters) make the walk try
#: every order of corrections, 13.7 s of CPU for one text of 102 rules; normalising it takes
#: milliseconds.
_WALK_LIMIT = 2000


def _may_not_settle(text: str, ruleset: RuleSet) -> bool:
    """Whether the typo rules may still change `text` after TYPO_PASSES looks: more than TYPO_PASSES
    corrections can be made on it one after another, each any spelling of any rule replaced wherever
    it occurs, overlapping matches included (a match one look's earlier match hides may be made at a
    later look), with no level, guard, word check or earlier correction refusing it. Each look makes at
    least one correction, and those of one look (apart from each other) can be made one after
    another, so on any other text the looks settle. Text other than plain hanzi at any point counts
    as text that may not settle: the other steps could change it, and so does a text whose walk
    looks at more than _WALK_LIMIT states (normalising it answers sooner)."""
    spellings = ruleset.spellings
    memo: dict[tuple[str, int], bool] = {}

    def walks(t: str, steps: int) -> bool:  # whether `steps` more corrections can be made on `t`
        if steps == 0 or not _PLAIN_HANZI.fullmatch(t) or len(memo) >= _WALK_LIMIT:
            return True
        if (t, steps) not in memo:
            memo[t, steps] = any(
                walks(t[:start] + spellings[i].replace + t[end:], steps - 1)
                for start, end, idxs in ruleset.matches(t) for i in idxs
                if spellings[i].replace != spellings[i].find
            )
        return memo[t, steps]

    return walks(text, TYPO_PASSES + 1)


def feeding_texts(ruleset: RuleSet) -> list[tuple[Rule, Rule, str]]:
    """(rule, other, text): each text, as printed, where `rule`'s correction makes a match for
    `other`'s find that was not there: `other`'s find laid over `rule`'s replacement, reaching into
    the characters the rule changes, with the rule's find in the replacement's place. Found through
    an index of the finds' characters, so a folder of many rules pays for the pairs that meet only."""
    at: dict[str, list[tuple[Rule, int]]] = defaultdict(list)
    for other in ruleset.rules:
        for j, char in enumerate(other.find):
            at[char].append((other, j))
    out: list[tuple[Rule, Rule, str]] = []
    for rule in ruleset.rules:
        rep = rule.replace
        lo, hi = _changed_span(rule.find, rep)
        made: set[tuple[str, int]] = set()
        for i in range(lo, hi):
            for other, j in at.get(rep[i], ()):
                k = i - j  # where the other's find starts, relative to the replacement
                if (other.id, k) in made or not _fits(other.find, rep, k):
                    continue
                made.add((other.id, k))
                printed = other.find[:max(0, -k)] + rule.find + other.find[len(rep) - k:]
                if other.find not in printed:
                    out.append((rule, other, printed))
    return out


def _changed_span(find: str, replace: str) -> tuple[int, int]:
    """The span of `replace` a rule writes anew: between what it shares with `find` at either end;
    for a deletion, the characters either side of where the text went."""
    p = 0
    while p < min(len(find), len(replace)) and find[p] == replace[p]:
        p += 1
    q = 0
    while q < min(len(find), len(replace)) - p and find[-1 - q] == replace[-1 - q]:
        q += 1
    end = len(replace) - q
    return (p, end) if end > p else (max(p - 1, 0), min(p + 1, len(replace)))


def _fits(find: str, replace: str, k: int) -> bool:
    """Whether `find`, starting at offset `k` of `replace` (negative: before it), agrees with every
    character of `replace` it lies over."""
    return all(replace[i] == find[i - k] for i in range(max(k, 0), min(k + len(find), len(replace))))


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
    ruleset: RuleSet,
    rule_dirs: Sequence[Path] = (),
    include_default: bool = True,
    words: dict[str, int] | None = None,
) -> dict[str, list[WordEdit]]:
    """Per rule id, every edit the typo step (with `ruleset`, loaded from `rule_dirs` and the shipped
    rules unless `include_default` is false) made on a dictionary word holding some rule's `find`,
    at each of `AUDIT_LEVELS`. The words of `MISSPELLED_WORDS` are left out for their own rule.
    `words` is `dictionary_words(ruleset)` when the caller has it (some 350,000 entries to build)."""
    by_find: dict[str, list[Rule]] = defaultdict(list)
    for rule in ruleset.rules:
        by_find[rule.find].append(rule)
    holders: dict[str, list[Rule]] = defaultdict(list)
    words = dictionary_words(ruleset) if words is None else words
    for find, found_words in words_by_find(ruleset.rules, words).items():
        for word in found_words:
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


#: A dictionary word jieba tags a person's or a place's name (`nr`, `ns`) and counts fewer times than
#: this is rare: a rule changing only such words gets a note, not a failure (`dictionary_findings`).
#: jieba lists some 63,000 names below it, mostly pieces of classical text (农曰羲, 宣帝诏); the names
#: the shipped rules' guards keep whole are below it too (侯选者 2, 孟子曰 3, 诗云子曰 8), and a correct
#: user rule met 冯兰洲 (2), 本洲 and 河洲 (3), 江洲 (6). Common names (满洲 1543, 亚洲 5863) and
#: words of any other kind, however rare (一式两份 3), still fail.
RARE_NAME_FREQUENCY = 10
#: jieba's tags of names: a person's (`nr`, `nrt`, `nrfg`) or a place's (`ns`).
_NAME_TAGS = ("nr", "ns")


def dictionary_findings(
    ruleset: RuleSet, rule_dirs: Sequence[Path] = (), include_default: bool = True
) -> tuple[list[RuleFailure], list[tuple[str, str]]]:
    """The dictionary audit of `ruleset` (`dictionary_edits`) as `rules test` reports it: a failure per
    rule that changes dictionary words, naming the most frequent of them and what would stop it; a
    (rule id, note) instead for a rule that changes only rare names (`RARE_NAME_FREQUENCY`)."""
    freq = dictionary_words(ruleset)
    failures: list[RuleFailure] = []
    notes: list[tuple[str, str]] = []
    for rule_id, edits in dictionary_edits(ruleset, rule_dirs, include_default, freq).items():
        rule = ruleset.get(rule_id)
        if rule is None:  # a built-in step's edit (spacing after a rule's change): the rule is named too
            continue
        changed = _changed_words(edits)
        if _rare_names(changed, freq):
            notes.append((rule.id, _rare_note(rule, changed, freq)))
        else:
            failures.append(RuleFailure(rule.id, rule.file, "", "", "", _word_problem(rule, changed, freq)))
    return failures, notes


def _changed_words(edits: Sequence[WordEdit]) -> dict[str, str]:
    """Each dictionary word of `edits` and what the rule made of it."""
    changed: dict[str, str] = {}
    for e in edits:
        changed.setdefault(e.word, e.word.replace(e.before, e.after, 1) if e.before in e.word else e.after)
    return changed


def _rare_names(words: Iterable[str], freq: dict[str, int]) -> bool:
    """Whether every one of `words` is a rare name of the dictionary (`RARE_NAME_FREQUENCY`)."""
    words = list(words)
    if any(freq.get(w, 0) >= RARE_NAME_FREQUENCY for w in words):
        return False
    tags = word_tags()  # (read only here: a second's work, for rules that change rare words)
    return all(tags.get(w, "").startswith(_NAME_TAGS) for w in words)


def _named_words(changed: dict[str, str], freq: dict[str, int]) -> str:
    """The most frequent words of `changed` as `word -> changed`, and how many more there are."""
    words = sorted(changed, key=lambda w: (-freq.get(w, 0), w))
    named = ", ".join(f"{w} -> {changed[w]}" for w in words[:_WORDS_NAMED])
    return named + (f" and {len(words) - _WORDS_NAMED} more" if len(words) > _WORDS_NAMED else "")


def _word_hint(rule: Rule) -> str:
    """What stops `rule` changing a dictionary word."""
    if rule.word_check:
        return "its word check lets them through: add a guard (not_before, not_after) that refuses them"
    return "set word_check = true, or add a guard (not_before, not_after) that refuses them"


def _word_problem(rule: Rule, changed: dict[str, str], freq: dict[str, int]) -> str:
    """The failure line of a rule that changes the dictionary words of `changed`."""
    return (
        f"changes correct dictionary words: {_named_words(changed, freq)}; {_word_hint(rule)} (a word"
        " that is itself a misspelling: list it with frequency 0 in your lexicon/*.txt)"
    )


def _rare_note(rule: Rule, changed: dict[str, str], freq: dict[str, int]) -> str:
    """The note on a rule that changes only the rare names of `changed`."""
    return (
        f"changes rare names of the dictionary (frequency below {RARE_NAME_FREQUENCY}):"
        f" {_named_words(changed, freq)}; where they may stand in your text, {_word_hint(rule)}"
    )
