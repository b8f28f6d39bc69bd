"""Today's features used together through the CLI, as an archivist runs them (the v6 audit).

Each test here failed on 3098339, before the fix it names.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app

TESTS = Path(__file__).resolve().parent
SECTIONS = TESTS / "issues" / "sections-d"


def test_one_page_given_its_section_label_converts_like_one_given_its_number(runner: CliRunner) -> None:
    """`convert A03.txt:A3` (one page file with its section label) was refused as 'no such file'
    (exit 3) although the file exists, while `A03.txt:3` converted: the label form was only
    recognised among several pages."""
    page = SECTIONS / "gsrb_A03.txt"
    result = runner.invoke(app, ["convert", "-f", "txt", f"{page}:A3"])
    assert result.exit_code == 0, result.stderr
    assert "no such file" not in result.stderr
    assert "打造面向中亚的物流集散中心" in result.stdout
    # The label is in force: the jump from A1 is matched against section labels, and A1 is missing.
    assert "page A1 is not in this issue" in result.stderr
