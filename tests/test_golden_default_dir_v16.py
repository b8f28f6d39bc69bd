"""`golden check` and `golden update` run with no folder where there is no `./golden` say that
`./golden` is the folder they looked in by default, and how to name one.

Before: `layoutfix golden check` in a folder without `golden/` printed `layoutfix: error: golden: not a
folder of golden cases`, where `golden:` reads as the command's name, and gave no hint that a folder
was expected as an argument. Now the line names `./golden` as the default and the `DIR` / `--dir` forms.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


@pytest.mark.parametrize("command", ["check", "update"])
def test_no_default_folder_is_one_line_naming_it(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["golden", command])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("layoutfix: error: "), result.stderr
    assert "./golden" in lines[0]
    assert f"layoutfix golden {command} DIR" in lines[0] and "--dir DIR" in lines[0]
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_the_default_folder_is_still_used_when_it_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(GOLDEN / "markdown-export", tmp_path / "golden" / "markdown-export")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["golden", "check"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "1 case: 1 match, 0 differ, 0 error"


def test_a_folder_named_on_the_command_line_keeps_its_own_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["golden", "check", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "nope: no such folder" in result.stderr
