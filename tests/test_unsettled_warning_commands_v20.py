"""`suggest`, `golden add/check/update` and `review` say when a page's typo rules do not settle (v20).

Before, only `convert`, `normalize` and `batch` said it: `suggest` and `golden` read the page with
the user's rules and said nothing, and the review report did not show the page's warnings (only
stderr did), so an archivist reading the report later did not learn why a correction stopped.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app
from test_typo_settle_v19 import PAIR, rule_file

PAGE = "前文甲乙丁。\n"


def setup(tmp_path: Path) -> tuple[Path, Path]:
    """The rules that undo each other, and a page they do not settle on."""
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    return rule_file(tmp_path / "pair.toml", PAIR), page


def settle_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "do not settle" in line]


def test_suggest_says_it_once_as_convert_does(tmp_path: Path) -> None:
    rules, page = setup(tmp_path)
    convert = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "--rules", str(rules)])
    result = CliRunner().invoke(app, ["suggest", str(page), "--rules", str(rules)])
    assert result.exit_code == 0, result.stderr
    assert settle_lines(result.stderr) == settle_lines(convert.stderr)
    assert len(settle_lines(result.stderr)) == 1, result.stderr


def test_golden_add_check_and_update_say_it(tmp_path: Path) -> None:
    rules, page = setup(tmp_path)
    cases = tmp_path / "cases"
    runner = CliRunner()
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "loop", "--dir", str(cases),
                                "--rules", str(rules)])
    assert added.exit_code == 0, added.stderr
    [line] = settle_lines(added.stderr)
    assert line.startswith("layoutfix: warning: ") and "u.ab, u.ba" in line and "甲乙丁" in line
    for command in ("check", "update"):
        result = runner.invoke(app, ["golden", command, str(cases), "--rules", str(rules)])
        assert result.exit_code == 0, (command, result.stdout, result.stderr)
        [line] = settle_lines(result.stderr)
        assert line.startswith("layoutfix: warning: loop: "), line


def test_golden_check_of_a_case_that_settles_says_nothing(tmp_path: Path) -> None:
    """Guard: no warning line for a page the rules settle on."""
    _rules, page = setup(tmp_path)
    cases = tmp_path / "cases"
    runner = CliRunner()
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "ok", "--dir", str(cases)])
    assert added.exit_code == 0 and "warning" not in added.stderr, added.stderr
    result = runner.invoke(app, ["golden", "check", str(cases)])
    assert result.exit_code == 0 and "warning" not in result.stderr, result.stderr


def test_the_review_report_shows_the_warning_at_the_top(tmp_path: Path) -> None:
    rules, page = setup(tmp_path)
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["review", str(page), "-o", str(out), "--rules", str(rules)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    header = html[html.index('<header class="top">'):html.index("</header>")]
    assert 'id="warnings"' in header and "u.ab, u.ba do not settle on 甲乙丁" in header, header


def test_golden_add_names_the_page_the_user_gave(tmp_path: Path) -> None:
    """Before: `layoutfix: warning: input.txt: …`, the case's copy, which the user never named."""
    rules, page = setup(tmp_path)
    added = CliRunner().invoke(app, ["golden", "add", str(page), "--name", "loop", "--dir",
                                     str(tmp_path / "cases"), "--rules", str(rules)])
    assert added.exit_code == 0, added.stderr
    [line] = settle_lines(added.stderr)
    assert line.startswith(f"layoutfix: warning: {page}: typo rules u.ab, u.ba do not settle on 甲乙丁: "), \
        line


def test_golden_add_of_an_issue_names_its_page_in_the_users_folder(tmp_path: Path) -> None:
    """Before: `layoutfix: warning: input/0001.txt: …`."""
    rules, _page = setup(tmp_path)
    issue = tmp_path / "issue"
    issue.mkdir()
    (issue / "0001.txt").write_text(PAGE, encoding="utf-8")
    (issue / "0002.txt").write_text("后文。\n", encoding="utf-8")
    added = CliRunner().invoke(app, ["golden", "add", str(issue), "--name", "loop", "--dir",
                                     str(tmp_path / "cases"), "--rules", str(rules)])
    assert added.exit_code == 0, added.stderr
    [line] = settle_lines(added.stderr)
    assert line.startswith(f"layoutfix: warning: {issue}/0001.txt: typo rules u.ab, u.ba "), line
