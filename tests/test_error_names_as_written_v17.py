"""Error and warning lines print file names as they are: rich read `:100:` or `:thumbs_up:` in a
name as an emoji code, so `layoutfix convert 'scan:100:a.txt'` said `scan💯a.txt: no such file`,
a name the user never typed (and could not search for), on a terminal or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app


@pytest.mark.parametrize("name", ["scan:100:a.txt", "page:thumbs_up:.txt", "报:smile:纸.txt"])
def test_a_missing_files_name_is_printed_as_typed(tmp_path: Path, name: str) -> None:
    result = CliRunner().invoke(app, ["convert", str(tmp_path / name)])
    assert result.exit_code != 0
    assert f"{name}: no such file" in result.stderr


def test_a_golden_case_folders_name_is_printed_as_typed(tmp_path: Path) -> None:
    case = tmp_path / "g" / "c:100:x"
    case.mkdir(parents=True)
    (case / "input.TXT").write_text("其层\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["golden", "update", str(tmp_path / "g")])
    assert result.exit_code == 2
    assert "c:100:x: no input file" in result.stderr
