"""A file holding several pages (multi-page hOCR, a MinerU content list of a whole PDF, PAGE-XML with
several `<Page>`s) is a golden case as `convert` reads it: one issue, whose TEI, text and edit log are
what `convert FILE` writes (docs/golden.md). `golden add` refused such a file ("holds N pages; a golden
case is one page"), so the output `convert` gives for it could not be kept under regression."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.golden import canonical_lines, edit_log_lines
from test_multipage_files import PAGE_TEXTS, _content_list, _hocr, _pagexml

#: A several-page file of each reader that gives several pages, as (file name, content).
SEVERAL_PAGE_FILES = {
    "hocr": ("issue.hocr", _hocr(PAGE_TEXTS)),
    "content-list": ("issue_content_list.json", _content_list(PAGE_TEXTS)),
    "page-xml": ("scan.page.xml", _pagexml(PAGE_TEXTS)),
}


def _several_page_file(tmp_path: Path, kind: str = "hocr") -> Path:
    name, content = SEVERAL_PAGE_FILES[kind]
    path = tmp_path / "scans" / name
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    return path


def _add(runner: CliRunner, page: Path, cases: Path, *extra: str) -> Path:
    """`golden add` the page as case `multi`; the case folder (the add must succeed)."""
    result = runner.invoke(app, ["golden", "add", str(page), "--name", "multi", "--dir", str(cases), *extra])
    assert result.exit_code == 0, result.stderr
    return cases / "multi"


def _convert_in(folder: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, name: str,
                *args: str) -> str:
    """What `convert NAME ARGS` prints, run inside `folder` (so the page file is named as in the case)."""
    monkeypatch.chdir(folder)
    result = runner.invoke(app, ["convert", name, *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("kind", sorted(SEVERAL_PAGE_FILES))
def test_add_keeps_what_convert_writes_for_a_several_page_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    page = _several_page_file(tmp_path, kind)
    case = _add(runner, page, tmp_path / "cases")
    copy = next(case.glob("input.*")).name
    # The log written beside the case's expected log: an issue's log records its pages relative to it.
    tei = _convert_in(case, runner, monkeypatch, copy, "--edits", str(case / "convert.edits.jsonl"))
    assert canonical_lines((case / "expected.tei.xml").read_text("utf-8"), "expected") == canonical_lines(
        tei, "convert")
    assert tei.count("<pb ") >= 3  # every page of the file, not its first only
    txt = _convert_in(case, runner, monkeypatch, copy, "-f", "txt")
    assert (case / "expected.txt").read_text("utf-8").splitlines() == txt.splitlines()
    log = (case / "convert.edits.jsonl").read_text("utf-8")
    expected_log = (case / "expected.edits.jsonl").read_text("utf-8")
    assert edit_log_lines(expected_log, "expected") == edit_log_lines(log, "convert")
    assert {json.loads(line)["source"] for line in expected_log.splitlines()} == {copy}


def test_check_passes_then_reports_a_changed_page_and_update_takes_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    cases = tmp_path / "cases"
    case = _add(runner, _several_page_file(tmp_path), cases)
    passed = runner.invoke(app, ["golden", "check", str(cases)])
    assert passed.exit_code == 0, passed.stdout + passed.stderr
    assert passed.stdout.splitlines()[-1] == "1 case: 1 match, 0 differ, 0 error"

    hocr = case / "input.hocr"  # page 3 of the case's input now reads otherwise
    hocr.write_text(hocr.read_text("utf-8").replace("三条公交线路", "四条公交线路"), encoding="utf-8")
    differs = runner.invoke(app, ["golden", "check", str(cases)])
    assert differs.exit_code == 1, differs.stdout + differs.stderr
    assert "DIFFER multi" in differs.stdout
    assert any(line.startswith("+") and "四条公交线路" in line for line in differs.stdout.splitlines())
    assert any(line.startswith("-") and "三条公交线路" in line for line in differs.stdout.splitlines())

    updated = runner.invoke(app, ["golden", "update", str(cases)])
    assert updated.exit_code == 0, updated.stderr
    assert updated.stdout.strip() == "updated multi (expected.tei.xml, expected.txt)"
    again = runner.invoke(app, ["golden", "check", str(cases)])
    assert again.exit_code == 0, again.stdout + again.stderr
    assert "四条公交线路" in (case / "expected.txt").read_text("utf-8")


def test_a_page_number_for_a_several_page_file_is_refused_and_leaves_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    """As `convert FILE --page N` is refused: the file numbers its pages."""
    page = _several_page_file(tmp_path)
    cases = tmp_path / "cases"
    result = runner.invoke(app, ["golden", "add", str(page), "--name", "multi", "--dir", str(cases),
                                 "--page", "2"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"layoutfix: error: {page}: holds 3 pages, numbered by the file; --page (page in options.toml) "
        "numbers a file of one page"]
    assert not cases.exists()
