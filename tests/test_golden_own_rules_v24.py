"""`golden update` without `--rules` on a case made with the project's own rules (`golden add --rules`).

It re-made the case's expected files with the shipped rules alone: the project's corrections went from
its golden files, and when its rules reuse a shipped id (replacing a shipped rule, or switching one
off) nothing said so. `golden add --rules` now records `own_rules = true` in the case's options.toml
(never the folders' paths), and `update` without `--rules` refuses such a case, writing nothing, when
it would change its files; a case the shipped rules leave as it is, or one made without `--rules`, is
updated as before, without a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: A project's own rule switching a shipped one off under its id (`typo.ji-chu`, 其础 -> 基础): with it, the
#: misreading is left as printed. No rule id of the case is unknown without the folder.
REPLACED = (
    '[[rule]]\nid = "typo.ji-chu"\nenabled = false\n'
)
PAGE = "夯实发展的其础\n\n本报讯 今年以来，夯实发展的其础。\n"


@pytest.fixture
def made(runner: CliRunner, tmp_path: Path) -> tuple[Path, Path]:
    """(the folder of cases, the project's rule folder): case c1 added with the rules."""
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "local.toml").write_text(REPLACED, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--rules", str(rules)])
    assert added.exit_code == 0, added.output
    assert "其础" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    return cases, rules


def _files(case: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(case.iterdir())}


def test_add_with_rules_records_that_not_where(made: tuple[Path, Path]) -> None:
    cases, rules = made
    options = (cases / "c1" / "options.toml").read_text(encoding="utf-8")
    assert "own_rules = true" in options.splitlines()  # (and the rule ids they define: never their path)
    assert str(rules) not in options and rules.name not in options


def test_update_without_the_rules_refuses_and_writes_nothing(
    runner: CliRunner, made: tuple[Path, Path]
) -> None:
    cases, _rules = made
    before = _files(cases / "c1")
    result = runner.invoke(app, ["golden", "update", str(cases)])
    assert result.exit_code == 2, result.output
    assert _files(cases / "c1") == before
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"layoutfix: error: {cases / 'c1'}: made with rule folders of your own")
    assert "expected.txt" in lines[0] and "--rules" in lines[0]


def test_update_with_the_rules_writes_and_says_nothing(runner: CliRunner, made: tuple[Path, Path]) -> None:
    cases, rules = made
    (cases / "c1" / "expected.txt").unlink()
    result = runner.invoke(app, ["golden", "update", str(cases), "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert "updated c1 (expected.txt)" in result.stdout and result.stderr == ""
    assert "其础" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")


def test_no_word_when_nothing_of_the_rules_would_go(runner: CliRunner, tmp_path: Path) -> None:
    """A case made with rules that change nothing on its page, and one made without rules: updated
    without `--rules` as before (a line for every update would be noise)."""
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "local.toml").write_text(REPLACED, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("定西市政协委员走进基层\n\n本报讯 活动在漳县启动。\n", encoding="utf-8")
    cases = tmp_path / "cases"
    for name, extra in (("mine", ["--rules", str(rules)]), ("plain", [])):
        added = runner.invoke(app, ["golden", "add", str(page), "--name", name, "--dir", str(cases), *extra])
        assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["golden", "update", str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "unchanged mine" in result.stdout and "unchanged plain" in result.stdout


def test_check_without_the_rules_says_the_case_had_them(runner: CliRunner, made: tuple[Path, Path]) -> None:
    cases, _rules = made
    result = runner.invoke(app, ["golden", "check", str(cases)])
    assert result.exit_code == 1, result.output
    assert "note: made with rule folders of your own (own_rules = true in its options.toml)" in result.stdout


def test_removing_the_key_lets_the_shipped_rules_remake_it(
    runner: CliRunner, made: tuple[Path, Path]
) -> None:
    cases, _rules = made
    (cases / "c1" / "options.toml").unlink()
    result = runner.invoke(app, ["golden", "update", str(cases)])
    assert result.exit_code == 0, result.output
    assert "基础" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")


def test_own_rules_must_be_a_boolean(runner: CliRunner, made: tuple[Path, Path]) -> None:
    cases, _rules = made
    (cases / "c1" / "options.toml").write_text('own_rules = "myrules"\n', encoding="utf-8")
    result = runner.invoke(app, ["golden", "check", str(cases)])
    assert result.exit_code == 2, result.output
    assert "own_rules must be true or false" in result.stdout
