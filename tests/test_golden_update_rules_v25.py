"""`golden update --rules OTHER/` on a case made with `golden add --rules MINE/`.

It rewrote the case's expected files with OTHER's rules without a word when OTHER was not the folder
the case was made with (a rule id OTHER shares with the shipped rules left nothing to warn about). The
case now records the digest of its rule folders (`own_rules_sha256` in options.toml, never their
paths), and `update` refuses it, writing nothing of any case, exit 2, when the `--rules` given have
another digest and would change its files; `--rules-changed` says the rules changed on purpose, and the
update records their digest.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: The project's rules: a shipped rule switched off under its id (`typo.ji-chu`, 其础 -> 基础), so the
#: misreading is left as printed.
MINE = '[[rule]]\nid = "typo.ji-chu"\nenabled = false\n'
#: Other rules, given by mistake: they leave the shipped 其础 -> 基础 on, and define one rule of their own.
OTHER = ('[[rule]]\nid = "my.ji-ceng"\nfind = "其层"\nreplace = "基层"\ncert = "high"\nwhy = "test"\n'
         'examples = ["和其层协商。 => 和基层协商。"]\n')
PAGE = "夯实发展的其础\n\n本报讯 今年以来，夯实发展的其础。\n"


def _folder(root: Path, name: str, text: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "rules.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def made(runner: CliRunner, tmp_path: Path) -> tuple[Path, Path, Path]:
    """(the folder of cases, the rules case c1 was added with, other rules)."""
    mine, other = _folder(tmp_path, "mine", MINE), _folder(tmp_path, "other", OTHER)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--rules", str(mine)])
    assert added.exit_code == 0, added.output
    assert "其础" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    return cases, mine, other


def _files(case: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(case.iterdir())}


def test_update_with_other_rules_is_refused_and_writes_nothing(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    cases, _mine, other = made
    before = _files(cases / "c1")
    result = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"layoutfix: error: {cases / 'c1'}: made with other rule")
    assert "own_rules_sha256" in lines[0] and "--rules-changed" in lines[0]
    assert "expected.txt" in lines[0]  # what it would have rewritten
    assert _files(cases / "c1") == before


def test_update_with_the_same_rules_elsewhere_is_not_refused(
    runner: CliRunner, made: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """The digest is of the rule files, not of where the folder is: a checkout elsewhere matches."""
    cases, mine, _other = made
    moved = tmp_path / "elsewhere" / "rules"
    shutil.copytree(mine, moved)
    before = _files(cases / "c1")
    for folder in (mine, moved):
        result = runner.invoke(app, ["golden", "update", "--rules", str(folder), str(cases)])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("unchanged c1")
    assert _files(cases / "c1") == before


def test_rules_changed_updates_and_records_the_new_digest(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    cases, mine, other = made
    options_before = (cases / "c1" / "options.toml").read_text(encoding="utf-8")
    result = runner.invoke(app, ["golden", "update", "--rules", str(other), "--rules-changed", str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("updated c1 (") and "options.toml" in result.stdout
    assert "基础" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")  # the other rules' output
    options = (cases / "c1" / "options.toml").read_text(encoding="utf-8")
    assert options != options_before and options.startswith("own_rules = true\n")
    assert len(options.splitlines()) == 2  # the digest line replaced, not added
    # The case now checks against the new rules: they are its own, the old ones are other.
    again = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert again.exit_code == 0 and again.stdout.startswith("unchanged c1"), again.output
    back = runner.invoke(app, ["golden", "update", "--rules", str(mine), str(cases)])
    assert back.exit_code == 2 and "made with other rule" in back.stderr, back.output


def test_other_rules_that_change_nothing_leave_the_case_as_it_is(
    runner: CliRunner, made: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    cases, _mine, _other = made
    harmless = _folder(tmp_path, "harmless", MINE + "\n# a comment: another digest, the same output\n")
    before = _files(cases / "c1")
    result = runner.invoke(app, ["golden", "update", "--rules", str(harmless), str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("unchanged c1")
    assert _files(cases / "c1") == before  # options.toml untouched too


def test_check_with_other_rules_says_so_first(runner: CliRunner, made: tuple[Path, Path, Path]) -> None:
    cases, _mine, other = made
    result = runner.invoke(app, ["golden", "check", "--rules", str(other), str(cases)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines()[1].startswith("  note: made with other rule folders of your own")


def test_a_case_made_before_the_digest_was_kept_is_updated_and_records_it(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    """Such a case cannot tell its rules from others: it is updated as before (with the warning of
    rule ids no folder defines, when there are), and records the digest of the rules given."""
    cases, _mine, other = made
    options = cases / "c1" / "options.toml"
    options.write_text('paper = "甘肃日报"\nown_rules = true\n', encoding="utf-8")
    result = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert result.exit_code == 0, result.output
    assert "options.toml" in result.stdout
    lines = options.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ['paper = "甘肃日报"', "own_rules = true"]
    assert lines[2].startswith("own_rules_sha256 = ")
    again = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert again.exit_code == 0 and again.stdout.startswith("unchanged c1"), again.output


def test_a_digest_that_is_none_is_an_error_of_the_case(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    cases, mine, _other = made
    options = cases / "c1" / "options.toml"
    options.write_text('own_rules = true\nown_rules_sha256 = "mine"\n', encoding="utf-8")
    result = runner.invoke(app, ["golden", "update", "--rules", str(mine), str(cases)])
    assert result.exit_code == 2
    assert "own_rules_sha256 must be a SHA-256 digest" in result.stderr
