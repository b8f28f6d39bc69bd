"""A reviewer's findings on the v17 golden commands: rich turned `:100:` in a case's text into an emoji
on a terminal, `golden update > /dev/full` stopped after the first case without saying what it had
written, a bad options.toml in a later case stopped `update` after earlier cases were rewritten, and
the note `1 of 1 cases has no …`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from terminal_run import on_a_terminal

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"


def golden(*args: str) -> object:
    return CliRunner().invoke(app, ["golden", *args])


def cases_folder(tmp_path: Path, names: tuple[str, ...]) -> Path:
    root = tmp_path / "cases"
    for name in names:
        shutil.copytree(GOLDEN / name, root / name)
    return root


def _stale(case: Path, old: str = "植树", new: str = "植樹") -> None:
    """Make the case's expected text differ from its output."""
    txt = case / "expected.txt"
    text = txt.read_text(encoding="utf-8")
    assert old in text
    txt.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- 4. a case's text is printed as it is on a terminal ------------------------------------------


def test_emoji_codes_in_a_cases_text_are_printed_as_text(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("separators",))
    txt = root / "separators" / "expected.txt"
    txt.write_text(txt.read_text(encoding="utf-8") + "比分98:100:95，:thumbs_up:\n", encoding="utf-8")
    code, out = on_a_terminal(["golden", "check", str(root)], tmp_path)
    assert code == 1
    assert "98:100:95，:thumbs_up:" in out and "\U0001f4af" not in out, out[-300:]


# --- 5. update: a report it cannot write, a bad options.toml in a later case -----------------------


def test_update_to_an_unwritable_stdout_updates_every_case_and_names_them(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    root = cases_folder(tmp_path, ("separators", "subheads", "kicker-subtitle"))
    _stale(root / "separators")
    _stale(root / "subheads", *_a_hanzi_pair(root / "subheads"))
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "layoutfix.cli", "golden", "update", str(root)],
                              stdout=full, stderr=subprocess.PIPE, cwd=tmp_path, check=False)
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, stderr
    assert stderr.count("\n") == 1 and stderr.startswith("layoutfix: error: "), stderr
    assert "separators" in stderr and "subheads" in stderr and "kicker-subtitle" not in stderr.split(
        "unchanged")[0]
    assert golden("check", str(root)).exit_code == 0  # type: ignore[attr-defined]


def _a_hanzi_pair(case: Path) -> tuple[str, str]:
    text = (case / "expected.txt").read_text(encoding="utf-8")
    hanzi = next(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return hanzi, "龘"


def test_update_checks_every_cases_options_before_it_writes(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("separators", "subheads"))
    _stale(root / "separators")
    before = (root / "separators" / "expected.txt").read_bytes()
    (root / "subheads" / "options.toml").write_text('page = "three"\n', encoding="utf-8")
    result = golden("update", str(root))
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert (root / "separators" / "expected.txt").read_bytes() == before
    assert "subheads" in result.stderr and "options.toml" in result.stderr  # type: ignore[attr-defined]
    assert "updated" not in result.stdout  # type: ignore[attr-defined]


# --- 6. the note on cases without an edit log ---------------------------------------------------


@pytest.mark.parametrize(("without", "total", "note"), [
    (1, 1, "the case has no expected.edits.jsonl"),
    (2, 2, "both cases have no expected.edits.jsonl"),
    (1, 2, "1 of 2 cases has no expected.edits.jsonl"),
])
def test_the_note_on_cases_without_an_edit_log_reads(tmp_path: Path, without: int, total: int,
                                                      note: str) -> None:
    names = ("separators", "subheads")[:total]
    root = cases_folder(tmp_path, names)
    for name in names[:without]:
        (root / name / "expected.edits.jsonl").unlink()
    result = golden("check", str(root))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert f"layoutfix: note: {note}," in result.stderr  # type: ignore[attr-defined]
