"""Every text frozen because its typo rules do not settle gets its warning line (v20 mend).

When the looks are made again with the looping text frozen, other text may stop settling: rules
whose guard reads the frozen text (`before = "丙丁，"` after the loop 甲乙→甲丙 / 丙丁→乙丁 frozen at
甲丙丁) fire at every look. That text was frozen too, without a word: the page `甲乙丁，子。` kept 子
and the warning named u.ab, u.ba only. Now each set of rules frozen gets a line. When the tries give
up and the whole page keeps the first look's corrections, the lines say so ("the page keeps"), not
"that text keeps".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.normalize.steps import TYPO_PASSES, NormalizeOptions, normalize_text
from layoutfix.tracked import apply_edits, undo_edits
from test_rules_test_unsettled_sound_v20 import rule_folder

LOOP = [("u.ab", "甲乙", "甲丙", {}), ("u.ba", "丙丁", "乙丁", {})]
#: Chains of five rules each (one more than the looks); the n-th chain's rules want the loop's 丙丁，
#: and the first hanzi of every chain before it right before their match.
CHAINS = ["子丑寅卯辰巳", "天地玄黄宇宙", "金木水火土石", "东南西北上下"]
#: A chain of two rules in another paragraph, which settles at the second look.
OTHER = [("u.k0", "戊己", "庚己", {}), ("u.k1", "庚己", "庚辛", {})]


def guarded_chains(count: int) -> list[tuple[str, str, str, dict[str, str]]]:
    """The rules of the first `count` chains, each chain's ids `u.<letter><i>`."""
    rules: list[tuple[str, str, str, dict[str, str]]] = []
    before = "丙丁，"
    for letter, chars in zip("ghij"[:count], CHAINS[:count], strict=True):
        rules += [(f"u.{letter}{i}", chars[i], chars[i + 1], {"before": before}) for i in range(5)]
        before += chars[0] + "，"
    return rules


def run(
    tmp_path: Path, rules: list[tuple[str, str, str, dict[str, str]]], page: str
) -> tuple[str, list[str]]:
    """The text of `page` normalised with `rules` alone, and the warning lines; the edit log must
    rebuild the page both ways."""
    options = NormalizeOptions(rule_dirs=(rule_folder(tmp_path / "r", rules),), default_rules=False)
    said: list[str] = []
    out = normalize_text(page, options, warn=said.append)
    assert undo_edits(out.text, out.edits) == page
    assert apply_edits(page, out.edits) == out.text
    return out.text, said


def test_text_left_unsettled_by_freezing_the_loop_gets_its_own_line(tmp_path: Path) -> None:
    """Before: 甲丙丁，子。 and one line, naming u.ab, u.ba only."""
    text, said = run(tmp_path, [*LOOP, *guarded_chains(1)], "甲乙丁，子。\n")
    assert text == "甲丙丁，子。\n"
    assert [line.split(":")[0] for line in said] == [
        "typo rules u.ab, u.ba do not settle on 甲乙丁",
        "typo rules u.g0, u.g1, u.g2, u.g3 do not settle on 子",
    ]
    assert all("so that text keeps the first look's corrections" in line for line in said), said


@pytest.mark.parametrize(("chains", "other", "keeps"), [
    pytest.param(TYPO_PASSES - 1, "庚辛说", "that text keeps", id="settled-on-the-last-try"),
    pytest.param(TYPO_PASSES, "庚己说", "the page keeps", id="whole-page-falls-back"),
])
def test_each_try_names_what_it_froze_and_the_page_falling_back_says_so(
    tmp_path: Path, chains: int, other: str, keeps: str
) -> None:
    """Each try freezes one more chain; after TYPO_PASSES tries the whole page keeps the first look's
    corrections (the other paragraph's chain stops at 庚己). Before: one line, 'that text keeps'."""
    page = "甲乙丁，" + "，".join(chars[0] for chars in CHAINS[:chains]) + "。\n\n戊己说。\n"
    text, said = run(tmp_path, [*LOOP, *guarded_chains(chains), *OTHER], page)
    assert text == "甲丙丁" + page[3:].replace("戊己说", other)
    assert [line.split(" do not settle on ")[1].split(":")[0] for line in said] == [
        "甲乙丁", *(chars[0] for chars in CHAINS[:chains])
    ]
    assert all(f"so {keeps} the first look's corrections" in line for line in said), said
