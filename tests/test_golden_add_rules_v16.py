"""`golden add --rules MYRULES/`: a case made under a project's own rules, as `check --rules` runs it.

`golden add` took no `--rules`, so a project keeping its golden files under its own rules added a case
whose expected files were made with the shipped rules only, and `golden check --rules MYRULES/` at once
reported it as differing (docs/golden.md). The rule folders are not written into the case: they are
given at check time, as for every other case.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: A typo rule of the project's own (a county's name misread); the page below holds the misreading.
RULE = (
    '[[rule]]\nid = "local.min-qin"\nkind = "typo"\nfind = "民芹"\nreplace = "民勤"\ncert = "high"\n'
    'why = "local place name"\n'
    'examples = ["民芹县治沙 => 民勤县治沙", "走进民芹 => 走进民勤"]\n'
    'keep = ["民勤县治沙", "芹菜种植"]\n'
)
PAGE = "民芹县治沙造林见成效\n\n本报讯 今年以来，民芹县完成造林5万亩。\n"


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """(the page, the project's rule folder)."""
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "local.toml").write_text(RULE, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    return page, rules


def test_a_case_added_with_rules_matches_a_check_with_them(
    runner: CliRunner, tmp_path: Path, project: tuple[Path, Path]
) -> None:
    page, rules = project
    cases = tmp_path / "mycases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--rules", str(rules)])
    assert added.exit_code == 0, added.output
    case = cases / "c1"
    assert "民勤县完成造林" in (case / "expected.txt").read_text(encoding="utf-8")
    assert '"rule": "local.min-qin"' in (case / "expected.edits.jsonl").read_text(encoding="utf-8")
    # the rule folders are given at check time, not written into the case: only that it had some
    # (and the rule ids they define, so that `update --rules OTHER/` can tell another folder:
    # test_golden_update_rules_v25)
    lines = (case / "options.toml").read_text(encoding="utf-8").splitlines()
    assert lines == ['own_rule_ids = ["local.min-qin"]', "own_rules = true"]
    checked = runner.invoke(app, ["golden", "check", "--rules", str(rules), str(cases)])
    assert checked.exit_code == 0, checked.stdout
    # without the project's rules the misreading stays: the case differs, so the rules took part
    assert runner.invoke(app, ["golden", "check", str(cases)]).exit_code == 1


def test_the_added_line_names_the_rules_to_check_with(
    runner: CliRunner, tmp_path: Path, project: tuple[Path, Path]
) -> None:
    page, rules = project
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(tmp_path / "cases"),
                                "--rules", str(rules)])
    assert added.exit_code == 0, added.output
    assert f"give `--rules {rules}` to golden check and update" in added.stdout


def test_rules_may_repeat_and_later_folders_win(
    runner: CliRunner, tmp_path: Path, project: tuple[Path, Path]
) -> None:
    page, rules = project
    other = tmp_path / "override"
    other.mkdir()
    (other / "local.toml").write_text(RULE.replace('replace = "民勤"', 'replace = "民琴"').replace(
        "=> 民勤", "=> 民琴"), encoding="utf-8")
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--rules", str(rules), "--rules", str(other)])
    assert added.exit_code == 0, added.output
    assert "民琴县完成造林" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    checked = runner.invoke(app, ["golden", "check", "--rules", str(rules), "--rules", str(other),
                                  str(cases)])
    assert checked.exit_code == 0, checked.stdout


def test_a_broken_rule_folder_leaves_no_case(
    runner: CliRunner, tmp_path: Path, project: tuple[Path, Path]
) -> None:
    page, rules = project
    (rules / "local.toml").write_text('[[rule]]\nid = "x"\nkind = "typo"\n', encoding="utf-8")
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--rules", str(rules)])
    assert added.exit_code == 2, added.output
    assert "local.toml" in added.stderr
    assert not cases.exists()
