"""A `golden add` that fails, at whatever stage, leaves nothing behind and removes nothing that was there.

A half-made case (or an empty `--dir` the add created) makes the next `golden check` fail on it, or the
next `add` of the same name refuse; removing a folder that existed before would lose a user's cases.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix import atomic
from layoutfix.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-page.txt"
ISSUE = ROOT / "golden" / "issue-jumps" / "input"


def one_error_line(stderr: str) -> str:
    """The only line of `stderr`, which must be a layoutfix error line."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: "), stderr
    return lines[0]


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its content (None for a folder)."""
    return {str(p.relative_to(folder)): None if p.is_dir() else p.read_bytes() for p in folder.rglob("*")}


def binary_page(tmp_path: Path) -> Path:
    page = tmp_path / "bin.txt"
    page.write_bytes(b"\x00\x01binary\x00" * 50)
    return page


def binary_issue(tmp_path: Path) -> Path:
    issue = tmp_path / "issue"
    shutil.copytree(ISSUE, issue)
    (issue / "p02.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    return issue


@pytest.mark.parametrize("cases", ["D", "D/E/F"], ids=["dir", "nested-dir"])
def test_failed_add_leaves_no_dir_it_made(runner: CliRunner, tmp_path: Path, cases: str) -> None:
    # the add made D/ (and D/E/ ...) for the case and removed only D/x/: `golden check` (./golden is
    # the default) then failed on an empty folder of cases
    result = runner.invoke(app, ["golden", "add", str(binary_page(tmp_path)), "--name", "x",
                                 "--dir", str(tmp_path / cases)])
    assert result.exit_code == 2
    assert "binary" in one_error_line(result.stderr)
    assert not (tmp_path / "D").exists()


def test_failed_add_names_the_users_file_not_its_removed_copy(runner: CliRunner, tmp_path: Path) -> None:
    page = binary_page(tmp_path)
    result = runner.invoke(app, ["golden", "add", str(page), "--name", "x", "--dir", str(tmp_path / "g")])
    line = one_error_line(result.stderr)
    assert f"{page}: looks like a binary file" in line
    assert "input.txt" not in line


def test_failed_issue_add_names_the_page_and_leaves_nothing(runner: CliRunner, tmp_path: Path) -> None:
    issue = binary_issue(tmp_path)
    result = runner.invoke(app, ["golden", "add", str(issue), "--name", "x", "--dir", str(tmp_path / "g")])
    assert result.exit_code == 2
    assert f"{issue / 'p02.txt'}: looks like a binary file" in one_error_line(result.stderr)
    assert not (tmp_path / "g").exists()


@pytest.mark.parametrize("options", [["--from", "hocr"], ["--encoding", "no-such-codec"]],
                         ids=["wrong-format", "unknown-encoding"])
def test_add_whose_conversion_fails_leaves_nothing(runner: CliRunner, tmp_path: Path,
                                                   options: list[str]) -> None:
    result = runner.invoke(app, ["golden", "add", str(SEED), "--name", "x", "--dir", str(tmp_path / "g"),
                                 *options])
    assert result.exit_code == 2
    one_error_line(result.stderr)
    assert not (tmp_path / "g").exists()


def test_add_whose_input_cannot_be_copied_leaves_nothing(runner: CliRunner, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(src: object, dst: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(shutil, "copyfile", unreadable)
    result = runner.invoke(app, ["golden", "add", str(SEED), "--name", "x", "--dir", str(tmp_path / "g")])
    assert result.exit_code == 2
    assert "seed-page.txt: cannot copy into the case: Permission denied" in one_error_line(result.stderr)
    assert not (tmp_path / "g").exists()


@pytest.mark.parametrize("failing",
                         ["options.toml", "expected.tei.xml", "expected.txt", "expected.edits.jsonl"])
def test_add_that_cannot_write_a_file_leaves_nothing(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    real: Callable[..., str] = atomic._stage

    def disk_full_at(path: Path, data: bytes) -> str:
        if path.name == failing:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(atomic, "_stage", disk_full_at)
    cases = tmp_path / "g"
    cases.mkdir()
    (cases / "README").write_text("my cases\n", encoding="utf-8")
    result = runner.invoke(app, ["golden", "add", str(SEED), "--name", "x", "--dir", str(cases),
                                 "--paper", "甘肃日报"])
    assert result.exit_code == 2
    assert f"{failing}: cannot write: No space left on device" in one_error_line(result.stderr)
    assert tree(cases) == {"README": b"my cases\n"}


def test_add_of_an_issue_into_itself_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    # the copy of the issue went on copying itself until a RecursionError traceback
    issue = tmp_path / "issue"
    shutil.copytree(ISSUE, issue)
    before = tree(issue)
    result = runner.invoke(app, ["golden", "add", str(issue), "--name", "x", "--dir", str(issue / "g")])
    assert result.exit_code == 2
    assert "would be inside the issue" in one_error_line(result.stderr)
    assert tree(issue) == before
