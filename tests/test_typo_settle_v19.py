"""Typo rules that do not settle, and `--rules FILE` (v19).

1. Since the typo rules look again at the text they corrected (at most `TYPO_PASSES` looks), two
   rules that undo each other (甲乙→甲丙, 丙丁→乙丁 on 甲乙丁) gave 甲乙丁 with no edit at all, and a
   chain of more rules than looks stopped half-way, so a second run changed it again, without a word.
   Now the page keeps the first look's corrections and says which rules do not settle, on which
   text; `layoutfix rules test` fails such rules.
2. `convert`, `normalize` and `batch --rules` refused a rule file (exit 2), as only `rules test`
   took one; now `--rules` takes a folder or a file everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize.steps import TYPO_PASSES, NormalizeOptions, normalize_text
from layoutfix.pipeline import build_document

PAIR = [("u.ab", "甲乙", "甲丙"), ("u.ba", "丙丁", "乙丁")]


def rule_file(path: Path, rules: list[tuple[str, str, str]], examples: bool = False) -> Path:
    """A rule file at `path` with the rules (id, find, replace), each with its own example when asked."""
    body = "".join(
        f'[[rule]]\nid = "{rid}"\nfind = {json.dumps(find, ensure_ascii=False)}\n'
        f'replace = {json.dumps(replace, ensure_ascii=False)}\ncert = "high"\nwhy = "test"\n'
        + (f'examples = [{json.dumps(f"{find} => {replace}", ensure_ascii=False)}]\n' if examples else "")
        + "\n"
        for rid, find, replace in rules
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def only(path: Path) -> NormalizeOptions:
    """Options applying only the rules of `path`."""
    return NormalizeOptions(rule_dirs=(path.parent,), default_rules=False)


def chain(length: int) -> list[tuple[str, str, str]]:
    """`length` rules, each turning the hanzi before X into the next code point's: a chain."""
    return [(f"u.c{i}", f"{chr(0x4E00 + i)}X", f"{chr(0x4E01 + i)}X") for i in range(length)]


# --- 1. the page says when its typo rules do not settle --------------------------------------------


def test_two_rules_that_undo_each_other_keep_the_first_correction_and_warn(tmp_path: Path) -> None:
    """Before: `甲乙丁` came out as it went in, with no edit and no warning."""
    options = only(rule_file(tmp_path / "r" / "pair.toml", PAIR))
    document = build_document("前文甲乙丁。\n", source="p.txt", options=options)
    assert document.text == "前文甲丙丁。\n"
    assert [(e.before, e.after, e.rules) for e in document.edits] == [("甲乙", "甲丙", ("u.ab",))]
    assert len(document.warnings) == 1, document.warnings
    line = document.warnings[0]
    assert line.startswith("p.txt: typo rules u.ab, u.ba do not settle on 甲乙丁: "), line


@pytest.mark.parametrize("length", [TYPO_PASSES + 1, TYPO_PASSES + 2])
def test_a_chain_longer_than_the_looks_names_every_rule_of_it(tmp_path: Path, length: int) -> None:
    """Before: the text stopped after the last look's rule, a second run changed it again, and no
    line said so."""
    rules = chain(length)
    said: list[str] = []
    out = normalize_text("一X", only(rule_file(tmp_path / "r" / "c.toml", rules)), warn=said.append)
    assert out.text == "丁X"  # the first look's correction (u.c0)
    assert [e.rules for e in out.edits] == [("u.c0",)]
    named = ", ".join(sorted(rid for rid, _f, _r in rules[:TYPO_PASSES + 1]))
    assert said == [said[0]] and said[0].startswith(f"typo rules {named} do not settle on 一X: "), said


def test_a_chain_the_looks_settle_says_nothing(tmp_path: Path) -> None:
    """Guard: a chain of as many rules as looks is corrected to its end in one run, without a warning."""
    said: list[str] = []
    options = only(rule_file(tmp_path / "r" / "c.toml", chain(TYPO_PASSES)))
    out = normalize_text("一X", options, warn=said.append)
    assert out.text == chr(0x4E00 + TYPO_PASSES) + "X"
    assert normalize_text(out.text, options).text == out.text
    assert said == []


def test_rules_settling_elsewhere_on_the_page_are_not_named(tmp_path: Path) -> None:
    """The line names the rules of the unsettled text only, not a rule that corrected another line."""
    rules = [*PAIR, ("u.other", "戊己", "戊庚")]
    options = only(rule_file(tmp_path / "r" / "p.toml", rules))
    document = build_document("戊己说。\n\n甲乙丁。\n", source="p.txt", options=options)
    assert document.text == "戊庚说。\n\n甲丙丁。\n"
    assert len(document.warnings) == 1 and "u.other" not in document.warnings[0], document.warnings


def test_one_line_per_set_of_rules_naming_the_text_they_loop_on(tmp_path: Path) -> None:
    """The same pair looping in two places gives one line naming 甲乙丁, not the text between them;
    another pair gets its own line."""
    rules = [*PAIR, ("u.xy", "子丑", "子寅"), ("u.yx", "寅卯", "丑卯")]
    said: list[str] = []
    text = "甲乙丁说。\n\n中间的话很长。\n\n甲乙丁说。\n\n子丑卯说。\n"
    out = normalize_text(text, only(rule_file(tmp_path / "r" / "p.toml", rules)), warn=said.append)
    assert out.text == "甲丙丁说。\n\n中间的话很长。\n\n甲丙丁说。\n\n子寅卯说。\n"
    assert [line.split(":")[0] for line in said] == [
        "typo rules u.ab, u.ba do not settle on 甲乙丁", "typo rules u.xy, u.yx do not settle on 子丑卯"
    ]


def test_normalize_and_convert_say_it_on_stderr(tmp_path: Path) -> None:
    rules = rule_file(tmp_path / "pair.toml", PAIR)
    page = tmp_path / "p.txt"
    page.write_text("前文甲乙丁。\n", encoding="utf-8")
    for command in (["normalize", str(page)], ["convert", str(page), "-f", "txt"]):
        result = CliRunner().invoke(app, [*command, "--rules", str(rules)])
        assert result.exit_code == 0, result.stderr
        assert "甲丙丁" in result.stdout
        lines = [ln for ln in result.stderr.splitlines() if "do not settle" in ln]
        assert len(lines) == 1 and lines[0].startswith("layoutfix: warning: "), result.stderr
        assert "u.ab, u.ba" in lines[0] and "甲乙丁" in lines[0]


def test_rules_test_fails_two_rules_that_undo_each_other(tmp_path: Path) -> None:
    """Each rule's own example passes; only laying one's replacement over the other's find shows it."""
    rules = rule_file(tmp_path / "pair.toml", PAIR, examples=True)
    result = CliRunner().invoke(app, ["rules", "test", str(rules)])
    assert result.exit_code == 1
    fails = [ln for ln in result.stdout.splitlines() if ln.startswith("FAIL ") and "do not settle" in ln]
    assert len(fails) == 1, result.stdout
    assert "u.ab, u.ba" in fails[0]


def test_rules_test_fails_a_chain_longer_than_the_looks(tmp_path: Path) -> None:
    rules = rule_file(tmp_path / "c.toml", chain(TYPO_PASSES + 1), examples=True)
    result = CliRunner().invoke(app, ["rules", "test", str(rules)])
    assert result.exit_code == 1
    assert any(ln.startswith("FAIL ") and "do not settle" in ln for ln in result.stdout.splitlines())


def test_rules_test_passes_rules_that_feed_each_other_but_settle(tmp_path: Path) -> None:
    """Guard: a rule whose correction makes a match for another that settles (甲乙→丙乙, then 丙乙丁→
    戊己丁) is no failure of this kind."""
    rules = rule_file(tmp_path / "ok.toml", [("t.one", "甲乙", "丙乙"), ("t.two", "丙乙丁", "戊己丁")],
                      examples=True)
    result = CliRunner().invoke(app, ["rules", "test", str(rules)])
    assert "do not settle" not in result.stdout


# --- 2. --rules takes a rule file everywhere ------------------------------------------------------


@pytest.mark.parametrize("command", ["normalize", "convert"])
def test_a_rule_file_is_taken_by_convert_and_normalize(tmp_path: Path, command: str) -> None:
    """Before: exit 2, `Invalid value for '--rules': directory ... is a file`."""
    rules = rule_file(tmp_path / "mine.toml", [("u.ji", "其层", "基层")])
    page = tmp_path / "p.txt"
    page.write_text("加强其层组织建设。\n", encoding="utf-8")
    args = [command, str(page), "--rules", str(rules)] + (["-f", "txt"] if command == "convert" else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "加强基层组织建设。" in result.stdout


def test_a_rule_file_is_taken_by_batch(tmp_path: Path) -> None:
    rules = rule_file(tmp_path / "mine.toml", [("u.dong", "甘肃东乡", "甘肃东乡族")])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.txt").write_text("甘肃东乡自治县。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), str(tmp_path / "out"), "-f", "txt",
                                      "--rules", str(rules)])
    assert result.exit_code == 0, result.stderr
    assert "甘肃东乡族自治县。" in (tmp_path / "out" / "p.txt").read_text(encoding="utf-8")


def test_a_rule_file_that_does_not_exist_is_still_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["normalize", "-", "--rules", str(tmp_path / "no.toml")], input="x\n")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
