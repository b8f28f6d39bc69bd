"""The shipped rules: every rule's examples and keep lines pass through the whole pipeline.

One test per rule, so a failure names the rule; plus the properties the rule set promises a user:
enough rules, enough evidence per rule, the known look-alikes left alone, and the seed page fixed.
"""

from __future__ import annotations

import pytest

from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.normalize.ruletest import RuleCheckReport, check_rule, check_rules
from layoutfix.normalize.typos import load_ruleset

SHIPPED = load_ruleset()


@pytest.mark.parametrize("rule", SHIPPED.rules, ids=lambda r: r.id)
def test_shipped_rule_examples_and_keeps(rule) -> None:
    failures = check_rule(rule, NormalizeOptions(apply=rule.cert))
    assert not failures, "\n".join(str(f) for f in failures)


@pytest.mark.parametrize("rule", SHIPPED.rules, ids=lambda r: r.id)
def test_shipped_rule_carries_evidence(rule) -> None:
    assert len(rule.examples) >= 2, f"{rule.id}: needs at least two examples"
    assert len(rule.keep) >= 2, f"{rule.id}: needs at least two keep lines"
    assert rule.why.strip()
    assert rule.kind == "typo"


def test_check_rules_over_shipped_rules_counts_everything() -> None:
    report = check_rules()
    assert isinstance(report, RuleCheckReport)
    assert report.rules == len(SHIPPED) >= 40
    assert report.examples == sum(len(r.examples) for r in SHIPPED.rules)
    assert report.keeps == sum(len(r.keep) for r in SHIPPED.rules)
    assert report.failures == []


def test_rule_files_are_grouped_by_family() -> None:
    files = {r.file.name for r in SHIPPED.rules}
    assert len(files) >= 3


@pytest.mark.parametrize(
    "text", ["其层次分明", "签订出合同", "提出合理化建议", "作出合理安排", "他住香港", "干部", "未来"]
)
def test_correct_look_alikes_are_kept_even_at_low_certainty(text: str) -> None:
    assert normalize_text(text, NormalizeOptions(apply="low")).text == text
    assert any(text in r.keep for r in SHIPPED.rules), f"{text} should be a keep line"


def test_seed_page_typos_fixed_and_nothing_else(seed_text: str) -> None:
    page = seed_text
    out = normalize_text(page)
    typo_edits = [e for e in out.edits if e.kind == "typo"]
    fixes = {(e.before, e.after) for e in typo_edits}
    assert fixes == {
        ("其层", "基层"), ("出合", "出台"), ("住甘", "驻甘"), ("干站", "千站"), ("住香港", "驻香港"),
    }
    assert len(typo_edits) == 5
    assert "实现政协协商和\n\n基层协商有效衔接" in out.text  # block break kept
    assert "干站" not in out.text and "住甘" not in out.text
    # Less certain rules add nothing wrong on this page either.
    low = normalize_text(page, NormalizeOptions(apply="low"))
    assert {(e.before, e.after) for e in low.edits if e.kind == "typo"} == fixes
