"""`golden update --rules OTHER/` on a case made with `golden add --rules MINE/`.

It rewrote the case's expected files with OTHER's rules without a word when OTHER was not the folder
the case was made with (a rule id OTHER shares with the shipped rules left nothing to warn about). The
case now records the rule ids its folders define (`own_rule_ids` in options.toml, never their paths),
and `update` refuses it, writing nothing of any case, exit 2, when the `--rules` given do not define
them all and would change its files; `--rules-changed` says rules were removed or renamed on purpose,
and the update records the ids given. Rules edited or added in the same folder, the normal workflow of
docs/golden.md, update the case as ever (review R25-CLIMSG: a digest of the rule files refused them).
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: The project's rules: a shipped rule switched off under its id (`typo.ji-chu`, 其础 -> 基础), so the
#: misreading is left as printed, a house-style rule, and one that meets nothing on the page.
XIE = ('[[rule]]\nid = "my.xie"\nfind = "协商"\nreplace = "協商"\ncert = "high"\nwhy = "house style"\n'
       'examples = ["和基层协商。 => 和基层協商。"]\n')
UNUSED = ('[[rule]]\nid = "my.unused"\nfind = "甲乙丙"\nreplace = "甲乙丁"\ncert = "high"\nwhy = "test"\n'
          'examples = ["甲乙丙。 => 甲乙丁。"]\n')
MINE = '[[rule]]\nid = "typo.ji-chu"\nenabled = false\n\n' + XIE + "\n" + UNUSED
#: Other rules, given by mistake: they leave the shipped 其础 -> 基础 on, and define one rule of their own.
OTHER = ('[[rule]]\nid = "my.ji-ceng"\nfind = "其层"\nreplace = "基层"\ncert = "high"\nwhy = "test"\n'
         'examples = ["和其层协商。 => 和基层协商。"]\n')
#: A house-style rule added to MINE later, on purpose.
ADDED = ('[[rule]]\nid = "my.hang"\nfind = "夯实"\nreplace = "夯實"\ncert = "high"\nwhy = "house style"\n'
         'examples = ["夯实基础。 => 夯實基础。"]\n')
PAGE = "夯实发展的其础\n\n本报讯 今年以来，夯实发展的其础，和其层协商。\n"


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
    text = (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    assert "其础" in text and "協商" in text
    return cases, mine, other


def _files(case: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(case.iterdir())}


def _recorded(cases: Path) -> list[str]:
    options = tomllib.loads((cases / "c1" / "options.toml").read_text(encoding="utf-8"))
    assert options["own_rules"] is True
    return list(options["own_rule_ids"])


def test_add_records_the_rule_ids_not_the_folder(made: tuple[Path, Path, Path]) -> None:
    cases, mine, _other = made
    assert _recorded(cases) == ["my.unused", "my.xie", "typo.ji-chu"]
    assert str(mine) not in (cases / "c1" / "options.toml").read_text(encoding="utf-8")


def test_update_with_another_folder_is_refused_and_writes_nothing(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    cases, _mine, other = made
    before = _files(cases / "c1")
    result = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"layoutfix: error: {cases / 'c1'}: the --rules given do not define "
                               "my.unused, my.xie, typo.ji-chu, which the case was made with")
    assert "give the folder it was made with, or --rules-changed" in lines[0]
    assert "expected.txt" in lines[0]  # what it would have rewritten
    assert _files(cases / "c1") == before


def test_a_rule_edited_on_purpose_updates_the_case(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    """docs/golden.md's workflow: edit your rules, check, update. The ids stay; nothing is refused."""
    cases, mine, _other = made
    options_before = (cases / "c1" / "options.toml").read_bytes()
    rules = mine / "rules.toml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("協商", "商议"), encoding="utf-8")
    checked = runner.invoke(app, ["golden", "check", "--rules", str(mine), str(cases)], env={"NO_COLOR": "1"})
    assert checked.exit_code == 1 and "do not define" not in checked.stdout, checked.output
    result = runner.invoke(app, ["golden", "update", "--rules", str(mine), str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("updated c1 (") and "options.toml" not in result.stdout
    assert "和基层商议" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    assert (cases / "c1" / "options.toml").read_bytes() == options_before


def test_a_rule_added_on_purpose_updates_the_case_and_is_recorded(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    cases, mine, _other = made
    rules = mine / "rules.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n" + ADDED, encoding="utf-8")
    result = runner.invoke(app, ["golden", "update", "--rules", str(mine), str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("updated c1 (") and "options.toml" in result.stdout
    assert "夯實发展的其础" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    assert _recorded(cases) == ["my.hang", "my.unused", "my.xie", "typo.ji-chu"]
    # The folder without that rule now lacks an id the case was made with.
    rules.write_text(MINE, encoding="utf-8")
    again = runner.invoke(app, ["golden", "update", "--rules", str(mine), str(cases)])
    assert again.exit_code == 2 and "do not define my.hang," in again.stderr, again.output


def test_update_with_the_same_rules_elsewhere_is_not_refused(
    runner: CliRunner, made: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """The ids are of the rules, not of where the folder is: a checkout elsewhere matches."""
    cases, mine, _other = made
    moved = tmp_path / "elsewhere" / "rules"
    shutil.copytree(mine, moved)
    (moved / "rules.toml").rename(moved / "mine.TOML")
    before = _files(cases / "c1")
    for folder in (mine, moved):
        result = runner.invoke(app, ["golden", "update", "--rules", str(folder), str(cases)])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("unchanged c1")
    assert _files(cases / "c1") == before


def test_rules_changed_updates_and_records_the_new_ids(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    cases, mine, other = made
    result = runner.invoke(app, ["golden", "update", "--rules", str(other), "--rules-changed", str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("updated c1 (") and "options.toml" in result.stdout
    assert "基础" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")  # the other rules' output
    assert _recorded(cases) == ["my.ji-ceng"]
    assert len((cases / "c1" / "options.toml").read_text(encoding="utf-8").splitlines()) == 2  # replaced
    # The case now checks against the new rules: they are its own, the old ones are another folder.
    again = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert again.exit_code == 0 and again.stdout.startswith("unchanged c1"), again.output
    back = runner.invoke(app, ["golden", "update", "--rules", str(mine), str(cases)])
    assert back.exit_code == 2 and "do not define my.ji-ceng, which" in back.stderr, back.output


def test_rules_changed_records_the_ids_when_no_file_changes(
    runner: CliRunner, made: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """A rule that meets nothing on the page removed on purpose: only options.toml is written."""
    cases, _mine, _other = made
    fewer = _folder(tmp_path, "fewer", '[[rule]]\nid = "typo.ji-chu"\nenabled = false\n\n' + XIE)
    result = runner.invoke(app, ["golden", "update", "--rules", str(fewer), "--rules-changed", str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("updated c1 (options.toml)")
    assert _recorded(cases) == ["my.xie", "typo.ji-chu"]


def test_another_folder_that_changes_nothing_leaves_the_case_as_it_is(
    runner: CliRunner, made: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    cases, _mine, _other = made
    fewer = _folder(tmp_path, "fewer", '[[rule]]\nid = "typo.ji-chu"\nenabled = false\n\n' + XIE)
    before = _files(cases / "c1")
    result = runner.invoke(app, ["golden", "update", "--rules", str(fewer), str(cases)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("unchanged c1")
    assert _files(cases / "c1") == before  # options.toml untouched too


def test_check_with_another_folder_says_so_first(runner: CliRunner, made: tuple[Path, Path, Path]) -> None:
    cases, _mine, other = made
    result = runner.invoke(app, ["golden", "check", "--rules", str(other), str(cases)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines()[1].startswith(
        "  note: the --rules given do not define my.unused, my.xie, typo.ji-chu, which the case was made "
        "with")


def test_a_case_made_before_the_ids_were_kept_is_updated_and_records_them(
    runner: CliRunner, made: tuple[Path, Path, Path]
) -> None:
    """Such a case cannot tell its rules from others: it is updated as before (with the warning of
    rule ids no folder defines, when there are), and records the ids of the rules given."""
    cases, _mine, other = made
    options = cases / "c1" / "options.toml"
    options.write_text('paper = "甘肃日报"\nown_rules = true\n', encoding="utf-8")
    result = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert result.exit_code == 0, result.output
    assert "options.toml" in result.stdout
    lines = options.read_text(encoding="utf-8").splitlines()
    assert lines == ['paper = "甘肃日报"', "own_rules = true", 'own_rule_ids = ["my.ji-ceng"]']
    again = runner.invoke(app, ["golden", "update", "--rules", str(other), str(cases)])
    assert again.exit_code == 0 and again.stdout.startswith("unchanged c1"), again.output


@pytest.mark.parametrize("value", ['"typo.ji-chu"', '["Typo Ji"]', "[1]"])
def test_rule_ids_that_are_none_are_an_error_of_the_case(
    runner: CliRunner, made: tuple[Path, Path, Path], value: str
) -> None:
    cases, mine, _other = made
    options = cases / "c1" / "options.toml"
    options.write_text(f"own_rules = true\nown_rule_ids = {value}\n", encoding="utf-8")
    result = runner.invoke(app, ["golden", "update", "--rules", str(mine), str(cases)])
    assert result.exit_code == 2
    assert "own_rule_ids must be a list of rule ids" in result.stderr
