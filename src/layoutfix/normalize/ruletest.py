"""`layoutfix rules test`: run every rule's own examples through the whole normalisation pipeline.

A rule carries its evidence: `examples` ("wrong => right") must come out exactly as written and must be
corrected by the rule itself; `keep` lines (correct text that looks like the error) must come through
unchanged; and a corrected example must not change again (no rule may fire on it). Each check runs the
whole pipeline (`normalize_text`) at the rule's own certainty level, so interactions between rules and
with the other normalisers show up too.

Rules also fire on pages printed in traditional characters (see `typos.traditional_form`), so every
example and keep line is checked a second time in its traditional form, derived here with OpenCC s2t:
a rule author writes them once, in simplified characters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .steps import NormalizeOptions, normalize_text
from .typos import Rule, load_ruleset, s2t_converter

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


def check_rules(dirs: Sequence[Path] = (), include_default: bool = True) -> RuleCheckReport:
    """Check every rule loaded from the shipped rules (unless `include_default` is false) and `dirs`.

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
    return report
