"""`batch --issues`: no two issues are written to one output file."""

from __future__ import annotations

import shutil
from pathlib import Path

from layoutfix.cli import app

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))


def _run_issues(tmp_path: Path, runner, inner: str):
    """`batch --issues` over IN_DIR `scans/` holding a page and a folder `inner` holding another."""
    src, out = tmp_path / "scans", tmp_path / "out"
    (src / inner).mkdir(parents=True)
    shutil.copy(PAGES[0], src / "p1.txt")
    shutil.copy(PAGES[1], src / inner / "p1.txt")
    result = runner.invoke(app, ["batch", str(src), str(out), "--issues", "-f", "txt", "-j", "1"])
    return src, out, result


def test_in_dir_and_a_folder_of_its_name_are_not_written_to_one_output(tmp_path: Path, runner) -> None:
    """IN_DIR `scans/` holding pages and a folder `scans/scans/` holding pages (an archive unpacked
    into itself) were both converted, "2 converted", exit 0, into the one file `OUT_DIR/scans.txt`: the
    second issue overwrote the first without a word."""
    src, out, result = _run_issues(tmp_path, runner, "scans")
    assert result.exit_code == 3, result.stderr
    message = result.stderr.strip()
    assert message.startswith("layoutfix: error: --issues:") and "\n" not in message
    assert str(src / "scans") in message and str(out / "scans.txt") in message
    assert not (out / "scans.txt").exists()  # nothing converted before the error


def test_issue_folders_of_distinct_names_still_go_beside_each_other(tmp_path: Path, runner) -> None:
    """IN_DIR holding pages and folders of other names: every issue has its own output."""
    _src, out, result = _run_issues(tmp_path, runner, "a")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.txt")) == ["a.txt", "scans.txt"]
