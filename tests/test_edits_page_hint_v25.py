"""`edits apply|undo` refusing a page file given another page's number names the page as the user
did and its file as they would type it.

Review R25-CLIMSG: `--page B1` (a section label, page 3 of the log) was answered `not page 3: drop
--page 3`, an option the user never gave; and the page's own file was named as the log records it,
from the log's folder (`../daily-a/gsrb_p03.txt`), a path that does not exist from the current folder.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from edit_results import error_line
from layoutfix.cli import app

ISSUES = Path(__file__).resolve().parent / "issues"
LOG = "out/log.jsonl"


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def _converted(root: Path, issue: str) -> Path:
    """`issue` copied under `root` and converted with its log in `root/out` (sources recorded from
    the log's folder: `../ISSUE/FILE`)."""
    shutil.copytree(ISSUES / issue, root / issue)
    (root / "out").mkdir()
    made = _invoke("convert", str(root / issue), "-o", str(root / "out/issue.xml"), "--edits",
                   str(root / LOG), "--page-text", str(root / "out/pages"))
    assert made.exit_code == 0, made.output
    return root


@pytest.fixture(scope="module")
def sections(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _converted(tmp_path_factory.mktemp("sections"), "sections-d")


@pytest.fixture(scope="module")
def daily(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _converted(tmp_path_factory.mktemp("daily"), "daily-a")


def _own_text(line: str) -> str:
    """The file the message names for the page's own text."""
    found = re.search(r"its own text \((.*)\)$", line.strip())
    assert found is not None, line
    return found.group(1)


@pytest.mark.parametrize(("label", "number", "own"), [("B1", 3, "gsrb_B01.txt"), ("A3", 2, "gsrb_A03.txt")])
def test_a_section_label_is_named_as_given(
    sections: Path, monkeypatch: pytest.MonkeyPatch, label: str, number: int, own: str
) -> None:
    monkeypatch.chdir(sections)
    line = error_line(_invoke("edits", "apply", "sections-d/gsrb_A01.txt", LOG, "--page", label))
    assert f"is recorded as page 1, not page {label} (page {number}): drop --page {label} " in line
    assert f"drop --page {number}" not in line
    assert f"page {number}'s lines are for its own text (sections-d/{own})" in line


def test_what_the_message_says_to_do_works(sections: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropping `--page B1` applies page 1's lines; the file it names, given with `--page B1`, too."""
    monkeypatch.chdir(sections)
    line = error_line(_invoke("edits", "apply", "sections-d/gsrb_A01.txt", LOG, "--page", "B1"))
    dropped = _invoke("edits", "apply", "sections-d/gsrb_A01.txt", LOG)
    assert dropped.exit_code == 0, dropped.output
    assert dropped.stdout != Path("sections-d/gsrb_A01.txt").read_text("utf-8")  # page 1's edits applied
    named = _invoke("edits", "apply", _own_text(line), LOG, "--page", "B1")
    assert named.exit_code == 0, named.output
    assert named.stdout != Path(_own_text(line)).read_text("utf-8")  # page 3 had edits, now applied


@pytest.mark.parametrize("cwd", [".", "out", "out/pages", "daily-a"])
def test_the_own_text_is_named_from_the_current_folder(
    daily: Path, monkeypatch: pytest.MonkeyPatch, cwd: str
) -> None:
    monkeypatch.chdir(daily / cwd)
    up = "/".join([".."] * (0 if cwd == "." else cwd.count("/") + 1)) or "."
    page1 = f"{up}/daily-a/gsrb_p01.txt"
    for options in (["--page", "3"], ["--source", f"{up}/daily-a/gsrb_p03.txt"]):
        line = error_line(_invoke("edits", "apply", page1, f"{up}/{LOG}", *options))
        own = _own_text(line)
        assert Path(own).is_file(), (cwd, line)  # a path that works from here, as typed
        assert Path(own).resolve() == (daily / "daily-a/gsrb_p03.txt").resolve()
        assert "/out/../" not in own and not own.startswith("out/")


def test_a_recorded_file_found_nowhere_is_named_as_recorded(
    daily: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Page 3's file moved away: said as the log records it, from its folder, not as a path from here."""
    shutil.copytree(daily, tmp_path / "w")
    monkeypatch.chdir(tmp_path / "w")
    Path("daily-a/gsrb_p03.txt").unlink()
    line = error_line(_invoke("edits", "apply", "daily-a/gsrb_p01.txt", LOG, "--page", "3"))
    assert line.rstrip().endswith("its own text (recorded as ../daily-a/gsrb_p03.txt from the log's folder)")
