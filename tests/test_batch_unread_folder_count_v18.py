"""A folder `batch` cannot list is a failure, but no page: the summary's page count leaves it out.

`layoutfix batch in out` over `in/ok/a.txt` and an unreadable `in/locked/` said `2 pages in in`, `pages
2: 1 converted, 0 skipped (up to date), 1 failed`: the folder counted as a page, though it may hold
none or hundreds. Now it is named as a folder that could not be read, in the FAILED line and the
report's `failures` (exit 1), and `pages` counts the pages found: `pages 1: 1 converted, 0 skipped (up
to date), 0 failed; 1 folder(s) could not be read (FAILED below)`; the report's `unread_folders`
counts such folders, and `pages` = `converted` + `skipped` + `failed` + `not_a_page` still holds.
Tests run as root too (where chmod 000 stops nothing), so the folder's listing is made to fail.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = Path(__file__).resolve().parent / "pages" / "photo-item.txt"


@pytest.mark.usefixtures("locked_listing")
@pytest.mark.parametrize("issues", [False, True])
def test_an_unreadable_folder_is_no_page_in_the_count(tmp_path: Path, issues: bool) -> None:
    src = tmp_path / "in"
    for folder, name in (("ok", "a.txt"), ("ok", "b.txt"), ("locked", "c.txt")):
        (src / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(PAGE, src / folder / name)
    report = tmp_path / "r.json"
    args = ["batch", str(src), str(tmp_path / "out"), "-j", "1", "--report", str(report)]
    result = CliRunner().invoke(app, args + (["--issues"] if issues else []))
    assert result.exit_code == 1, result.output
    unit, found = ("issues", 1) if issues else ("pages", 2)
    lines = result.stderr.splitlines()
    assert f"layoutfix: batch: {found} {unit} in {src}" in lines
    summary = [x for x in lines if x.startswith(f"layoutfix: batch: {unit} ")]
    assert summary == [f"layoutfix: batch: {unit} {found}: {found} converted, 0 skipped (up to date), "
                       "0 failed; 1 folder(s) could not be read (FAILED below)"]
    failed = f"layoutfix: batch: FAILED {src / 'locked'}: cannot read the folder"
    assert any(x.startswith(failed) for x in lines)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["pages"], data["converted"], data["failed"], data["unread_folders"]) == (found, found, 0, 1)
    assert [f["source"] for f in data["failures"]] == [str(src / "locked")]
