"""`golden check` and `golden update` take the cases folder as `--dir DIR`, as `golden add` does, besides
the positional `DIR...` golden users' scripts pass; both forms at once are refused in one line (exit 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASE = "markdown-export"


def cases_with_a_stale_case(tmp_path: Path, folder: str = "cases", case: str = CASE) -> Path:
    """A folder of cases holding one case whose expected text no longer matches the output."""
    dest = tmp_path / folder / case
    shutil.copytree(GOLDEN / case, dest)
    (dest / "expected.txt").write_text("stale\n", encoding="utf-8")
    return dest.parent


@pytest.mark.parametrize("form", ["option", "argument"])
def test_check_reads_the_folder_given_either_way(runner: CliRunner, tmp_path: Path, form: str) -> None:
    cases = cases_with_a_stale_case(tmp_path)
    args = ["--dir", str(cases)] if form == "option" else [str(cases)]
    result = runner.invoke(app, ["golden", "check", *args])
    assert result.exit_code == 1, result.stderr
    assert f"DIFFER {CASE}" in result.stdout
    assert "+stale" in result.stdout or "-stale" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 case: 0 match, 1 differ, 0 error"


def test_check_takes_several_dir_options(runner: CliRunner, tmp_path: Path) -> None:
    first = cases_with_a_stale_case(tmp_path, "a")
    second = cases_with_a_stale_case(tmp_path, "b", "signature-closer")
    result = runner.invoke(app, ["golden", "check", "--dir", str(first), "--dir", str(second), "--json"])
    assert result.exit_code == 1, result.stderr
    assert '"differ": 2' in result.stdout


def test_update_with_dir_rewrites_the_cases_of_that_folder(runner: CliRunner, tmp_path: Path) -> None:
    cases = cases_with_a_stale_case(tmp_path)
    result = runner.invoke(app, ["golden", "update", "--dir", str(cases)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"updated {CASE} (expected.txt)"
    expected = (GOLDEN / CASE / "expected.txt").read_text(encoding="utf-8")
    assert (cases / CASE / "expected.txt").read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("command", ["check", "update"])
def test_a_folder_given_both_ways_is_refused(runner: CliRunner, tmp_path: Path, command: str) -> None:
    cases = cases_with_a_stale_case(tmp_path)
    result = runner.invoke(app, ["golden", command, str(cases), "--dir", str(cases)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "layoutfix: error: give the folders of cases as DIR arguments or with --dir, not both"
    ]
    assert result.stdout == ""
    assert (cases / CASE / "expected.txt").read_text(encoding="utf-8") == "stale\n"


def test_a_dir_option_that_is_no_folder_of_cases_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "none"
    result = runner.invoke(app, ["golden", "check", "--dir", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"layoutfix: error: {missing}: no such folder"]
