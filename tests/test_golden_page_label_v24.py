"""`golden add --page A4`: a case of a page of a paper printed in sections, as `convert --page A4` takes it.

It was refused (exit 2: options.toml could keep a page number only). The label is kept as `page =
"A4"` in the case's options.toml, and `check` and `update` convert the page with it. `--page ０` is
still refused, in one line quoting the value.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "敦煌研究院举办壁画数字化成果展\n\n本报讯 11月3日，敦煌研究院在莫高窟举办壁画数字化成果展。\n"


def _add(runner: CliRunner, source: Path, cases: Path, page: str) -> Result:
    """`golden add SOURCE --name c1 --dir CASES --page PAGE`."""
    return runner.invoke(app, ["golden", "add", str(source), "--name", "c1", "--dir", str(cases),
                               "--page", page])


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.mark.parametrize("given", ["A4", "a04", "Ａ４"])
def test_add_keeps_the_label_and_makes_what_convert_makes(
    runner: CliRunner, tmp_path: Path, page: Path, given: str
) -> None:
    cases = tmp_path / "cases"
    added = _add(runner, page, cases, given)
    assert added.exit_code == 0, added.output
    case = cases / "c1"
    assert (case / "options.toml").read_text(encoding="utf-8") == 'page = "A4"\n'
    tei = (case / "expected.tei.xml").read_text(encoding="utf-8")
    assert '<pb n="A4"/>' in tei and "第A4版" in tei
    copy = tmp_path / "input.txt"  # (convert names the source by file name, as the case does)
    copy.write_text(PAGE, encoding="utf-8")
    converted = runner.invoke(app, ["convert", str(copy), "--page", "A4", "-f", "tei", "-o", "-"])
    assert converted.exit_code == 0, converted.output
    assert converted.stdout.strip() == tei.strip()
    assert runner.invoke(app, ["golden", "check", str(cases)]).exit_code == 0


def test_check_and_update_read_the_label(runner: CliRunner, tmp_path: Path, page: Path) -> None:
    cases = tmp_path / "cases"
    added = _add(runner, page, cases, "B2")
    assert added.exit_code == 0, added.output
    tei = cases / "c1" / "expected.tei.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace('<pb n="B2"/>', '<pb n="B3"/>'), encoding="utf-8")
    checked = runner.invoke(app, ["golden", "check", str(cases)])
    assert checked.exit_code == 1 and '<pb n="B2"/>' in checked.stdout, checked.output
    updated = runner.invoke(app, ["golden", "update", str(cases)])
    assert updated.exit_code == 0 and "updated c1 (expected.tei.xml)" in updated.stdout, updated.output
    assert '<pb n="B2"/>' in tei.read_text(encoding="utf-8")
    assert runner.invoke(app, ["golden", "check", str(cases)]).exit_code == 0


def test_a_label_written_by_hand_is_read_as_convert_reads_it(
    runner: CliRunner, tmp_path: Path, page: Path
) -> None:
    cases = tmp_path / "cases"
    added = _add(runner, page, cases, "A4")
    assert added.exit_code == 0, added.output
    (cases / "c1" / "options.toml").write_text('page = "a04"\n', encoding="utf-8")
    assert runner.invoke(app, ["golden", "check", str(cases)]).exit_code == 0
    (cases / "c1" / "options.toml").write_text('page = "AB4"\n', encoding="utf-8")
    bad = runner.invoke(app, ["golden", "check", str(cases)])
    assert bad.exit_code == 2
    assert "page must be a whole number from 1 (a page number) or a section label" in bad.stdout


@pytest.mark.parametrize("given", ["０", "0"])
def test_page_zero_is_one_quoted_line(runner: CliRunner, tmp_path: Path, page: Path, given: str) -> None:
    cases = tmp_path / "cases"
    result = _add(runner, page, cases, given)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"Invalid value for '--page': {given!r}: page numbers start at 1." in lines[0]
    assert not cases.exists()


def test_a_label_for_an_issue_is_refused(runner: CliRunner, tmp_path: Path, page: Path) -> None:
    issue = tmp_path / "issue"
    issue.mkdir()
    (issue / "A01.txt").write_text(PAGE, encoding="utf-8")
    result = _add(runner, issue, tmp_path / "cases", "A4")
    assert result.exit_code == 2
    assert "--page is for one page" in result.stderr
