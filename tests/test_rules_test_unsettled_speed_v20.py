"""`layoutfix rules test` normalises only the feeding texts that may not settle (v20).

Before, the check for typo rules that do not settle normalised every text where one rule's
replacement makes another's find (`feeding_texts`, ~19,600 for 5,000 rules), which took `rules test`
from ~4.7 s to ~7.6 s. Now only the texts on which a walk of more corrections than the typo step's
looks can be made are normalised; the failures are the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.normalize import ruletest
from layoutfix.normalize.steps import TYPO_PASSES
from layoutfix.normalize.typos import load_ruleset
from test_typo_settle_v19 import PAIR, chain, rule_file


def harmless(count: int) -> list[tuple[str, str, str]]:
    """`count` pairs of rules where the first makes the second's find and both settle (AB→CB, then
    CBD→EFD), each pair on hanzi of its own."""
    rules = []
    for i in range(count):
        a, b, c, d, e, f = (chr(0x5000 + 6 * i + k) for k in range(6))
        rules += [(f"h.{i}.one", a + b, c + b), (f"h.{i}.two", c + b + d, e + f + d)]
    return rules


def findings(tmp_path: Path, rules: list[tuple[str, str, str]],
             monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int, int]:
    """The sets of rules `unsettled_findings` fails, how many feeding texts there are, and how many
    texts it normalised."""
    folder = rule_file(tmp_path / "r" / "u.toml", rules).parent
    ruleset = load_ruleset([folder], include_default=False)
    calls: list[str] = []
    normalize = ruletest.normalize_text

    def counted(text: str, *args: object, **kwargs: object) -> object:
        calls.append(text)
        return normalize(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ruletest, "normalize_text", counted)
    found = ruletest.unsettled_findings(ruleset, [folder], include_default=False)
    named = sorted(f.problem.split(" do not settle")[0] for f in found)
    return named, len(ruletest.feeding_texts(ruleset)), len(calls)


def test_a_cycle_and_a_long_chain_among_many_harmless_rules_still_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the same two failures, after normalising all ~100 feeding texts."""
    long = [(rid, find.replace("X", "Y"), replace.replace("X", "Y"))  # (no hanzi of PAIR's: 丁)
            for rid, find, replace in chain(TYPO_PASSES + 3)[2:]]
    named, texts, normalised = findings(tmp_path, [*harmless(100), *PAIR, *long], monkeypatch)
    chain_names = ", ".join(sorted(rid for rid, _f, _r in long))
    assert named == ["typo rules u.ab, u.ba", f"typo rules {chain_names}"]
    assert texts > 100
    assert normalised <= 10, normalised  # the cycle's two texts, the chain's, the second runs


def test_a_harmless_feeding_pair_is_not_failed_nor_normalised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    named, texts, normalised = findings(tmp_path, harmless(1), monkeypatch)
    assert (named, texts, normalised) == ([], 1, 0)


def test_a_chain_as_long_as_the_looks_is_not_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the longest chain the looks settle passes."""
    named, _texts, _normalised = findings(tmp_path, chain(TYPO_PASSES), monkeypatch)
    assert named == []
