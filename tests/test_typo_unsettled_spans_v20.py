"""Typo rules that do not settle fall back to the first look's corrections only where they loop (v20).

Before, a page whose user rules did not settle kept the first look's corrections everywhere, so a
chain of shipped rules elsewhere on the page (`戊边防冶`: typo.shu-bian, then typo.fang-zhi at the
second look) stopped half-way (`戍边防冶`), and a second run changed it. Now only the text the rules
do not settle on (the text the warning names) keeps the first look's corrections; the rest of the
page is corrected to its end. Text touching the unsettled text is part of it, as the warning says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize.steps import TYPO_PASSES, NormalizeOptions, normalize_text
from layoutfix.tracked import apply_edits, undo_edits
from test_typo_settle_v19 import PAIR, chain, rule_file

LONG = chain(TYPO_PASSES + 1)  # u.c0..: 一X → 丁X → 丂X → …, one more rule than there are looks



def with_shipped(path: Path) -> NormalizeOptions:
    """Options applying the rules of `path` and the shipped ones (the chain typo.shu-bian, then
    typo.fang-zhi on `戊边防冶`)."""
    return NormalizeOptions(rule_dirs=(path.parent,))


# (rules, page, once, twice): `once` the first run's text, `twice` a second run's on `once`.
CASES = [
    pytest.param(  # old once: 前文甲丙丁。\n\n卫国戍边防冶工作。\n (the chain half-way)
        PAIR, "前文甲乙丁。\n\n卫国戊边防冶工作。\n",
        "前文甲丙丁。\n\n卫国戍边防治工作。\n", "前文甲乙丁。\n\n卫国戍边防治工作。\n",
        id="pair-other-paragraph"),
    pytest.param(  # old once: 甲丙丁，卫国戍边防冶工作。\n
        PAIR, "甲乙丁，卫国戊边防冶工作。\n",
        "甲丙丁，卫国戍边防治工作。\n", "甲乙丁，卫国戍边防治工作。\n", id="pair-same-line"),
    pytest.param(  # old once: 丁X说，卫国戍边防冶工作。\n
        LONG, "一X说，卫国戊边防冶工作。\n",
        "丁X说，卫国戍边防治工作。\n", "丅X说，卫国戍边防治工作。\n", id="long-chain-same-line"),
    pytest.param(  # two unsettled places that touch are one; old once: 甲丙丁丁X，卫国戍边防冶工作。\n
        [*PAIR, *LONG], "甲乙丁一X，卫国戊边防冶工作。\n",
        "甲丙丁丁X，卫国戍边防治工作。\n", "甲乙丁丂X，卫国戍边防治工作。\n", id="unsettled-touching"),
    pytest.param(  # a chain touching the unsettled text is part of it: the first look there, as before
        PAIR, "甲乙丁戊邊防冶\n", "甲丙丁戍邊防冶\n", "甲乙丁戍邊防治\n", id="chain-touching"),
]


@pytest.mark.parametrize(("rules", "page", "once", "twice"), CASES)
def test_only_the_unsettled_text_keeps_the_first_look(
    tmp_path: Path, rules: list[tuple[str, str, str]], page: str, once: str, twice: str
) -> None:
    options = with_shipped(rule_file(tmp_path / "r" / "u.toml", rules))
    said: list[str] = []
    out = normalize_text(page, options, warn=said.append)
    assert out.text == once
    assert undo_edits(out.text, out.edits) == page  # each edit a correction of the text as printed
    assert apply_edits(page, out.edits) == out.text
    assert len(said) == 1 and "do not settle on" in said[0], said
    assert normalize_text(out.text, options).text == twice


def test_the_edit_log_names_each_rule_on_the_text_it_corrected(tmp_path: Path) -> None:
    options = with_shipped(rule_file(tmp_path / "r" / "u.toml", PAIR))
    out = normalize_text("前文甲乙丁。\n\n卫国戊边防冶工作。\n", options)
    assert [(e.before, e.after, e.rules) for e in out.edits] == [
        ("甲乙", "甲丙", ("u.ab",)), ("戊边", "戍边", ("typo.shu-bian",)),
        ("防冶", "防治", ("typo.fang-zhi",)),
    ]


def test_the_warning_line_still_names_only_the_unsettled_rules_and_text(tmp_path: Path) -> None:
    options = with_shipped(rule_file(tmp_path / "r" / "u.toml", PAIR))
    said: list[str] = []
    normalize_text("前文甲乙丁。\n\n卫国戊边防冶工作。\n", options, warn=said.append)
    assert said == [
        "typo rules u.ab, u.ba do not settle on 甲乙丁: they change it again at each of 4 looks, "
        "so that text keeps the first look's corrections (`layoutfix rules test` fails such rules)"
    ]


def test_edits_undo_rebuilds_the_page(tmp_path: Path) -> None:
    rules = rule_file(tmp_path / "pair.toml", PAIR)
    page = tmp_path / "p.txt"
    text = "前文甲乙丁。\n\n卫国戊边防冶工作。\n"
    page.write_text(text, encoding="utf-8")
    out, log, rebuilt = tmp_path / "p.clean.txt", tmp_path / "p.edits.jsonl", tmp_path / "p.back.txt"
    runner = CliRunner()
    args = ["normalize", str(page), "-o", str(out), "--edits", str(log), "--rules", str(rules)]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.stderr
    assert out.read_text(encoding="utf-8") == "前文甲丙丁。\n\n卫国戍边防治工作。\n"
    undone = runner.invoke(app, ["edits", "undo", str(out), str(log), "-o", str(rebuilt)])
    assert undone.exit_code == 0, undone.stderr
    assert rebuilt.read_text(encoding="utf-8") == text
