"""`layoutfix rules test`: run every rule's own examples through the whole normalisation pipeline.

A rule carries its evidence: `examples` ("wrong => right") must come out exactly as written and must be
corrected by the rule itself; `keep` lines (correct text that looks like the error) must come through
unchanged; and a corrected example must not change again (no rule may fire on it). Each check runs the
whole pipeline (`normalize_text`) at the rule's own certainty level, so interactions between rules and
with the other normalisers show up too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .steps import NormalizeOptions, normalize_text
from .typos import Rule, load_ruleset


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

    @property
    def ok(self) -> bool:
        return not self.failures


def check_rule(rule: Rule, options: NormalizeOptions) -> list[RuleFailure]:
    """The failures of one rule's examples and keep lines under `options`."""
    failures: list[RuleFailure] = []

    def fail(text: str, expected: str, got: str, problem: str) -> None:
        failures.append(RuleFailure(rule.id, rule.file, text, expected, got, problem))

    if not rule.examples:
        fail("", "", "", "no examples: a rule must show at least one 'wrong => right' line")
    for wrong, right in rule.examples:
        out = normalize_text(wrong, options)
        if out.text != right:
            fail(wrong, right, out.text, "example does not come out as written")
        elif not any(rule.id in e.rules for e in out.edits):
            fail(wrong, right, out.text, "example is corrected, but not by this rule")
        again = normalize_text(right, options)
        if again.text != right:
            rules = ", ".join(sorted({r for e in again.edits for r in e.rules}))
            fail(right, right, again.text, f"corrected example changes again ({rules})")
    for line in rule.keep:
        out = normalize_text(line, options)
        if out.text != line:
            rules = ", ".join(sorted({r for e in out.edits for r in e.rules}))
            fail(line, line, out.text, f"keep line is changed ({rules})")
    return failures


def check_rules(dirs: Sequence[Path] = (), include_default: bool = True) -> RuleCheckReport:
    """Check every rule loaded from the shipped rules (unless `include_default` is false) and `dirs`.

    Raises `RuleError` if a rule file is malformed; a rule whose examples fail is reported, not raised.
    """
    rule_dirs = tuple(Path(d) for d in dirs)
    ruleset = load_ruleset(rule_dirs, include_default=include_default)
    report = RuleCheckReport()
    for rule in ruleset.rules:
        options = NormalizeOptions(apply=rule.cert, rule_dirs=rule_dirs, default_rules=include_default)
        report.rules += 1
        report.examples += len(rule.examples)
        report.keeps += len(rule.keep)
        report.failures.extend(check_rule(rule, options))
    return report
