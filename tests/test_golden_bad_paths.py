"""`layoutfix golden` given a path of the wrong kind (a file for a folder, a folder for a file, a file it
cannot read or write): one `layoutfix: error:` line and exit 2, never a traceback, and nothing made."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix import atomic
from layoutfix.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
SEED = ROOT / "examples" / "seed-page.txt"


def one_error_line(stderr: str) -> str:
    """The only line of `stderr`, which must be a layoutfix error line."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: "), stderr
    return lines[0]


def copy_case(tmp_path: Path, name: str = "markdown-export") -> Path:
    dest = tmp_path / "cases" / name
    shutil.copytree(GOLDEN / name, dest)
    return dest


@pytest.mark.parametrize("under", ["", "sub"], ids=["dir-is-a-file", "dir-under-a-file"])
def test_add_with_a_dir_that_is_a_file(runner: CliRunner, tmp_path: Path, under: str) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a folder\n", encoding="utf-8")
    result = runner.invoke(app, ["golden", "add", str(SEED), "--name", "x", "--dir", str(afile / under)])
    assert result.exit_code == 2
    assert "afile" in one_error_line(result.stderr)
    assert "Traceback" not in result.output
    assert afile.read_text(encoding="utf-8") == "not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


def test_add_over_a_file_of_the_case_name(runner: CliRunner, tmp_path: Path) -> None:
    cases = tmp_path / "g"
    cases.mkdir()
    (cases / "x").write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["golden", "add", str(SEED), "--name", "x", "--dir", str(cases)])
    assert result.exit_code == 2
    assert "g/x: a file with this name exists already" in one_error_line(result.stderr)
    assert (cases / "x").read_text(encoding="utf-8") == "mine\n"


def test_a_control_character_in_the_case_name_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["golden", "add", str(SEED), "--name", "a\nb", "--dir", str(tmp_path / "g")])
    assert result.exit_code == 2
    assert "bad case name" in one_error_line(result.stderr)
    assert not (tmp_path / "g").exists()


@pytest.mark.parametrize("name", ["expected.tei.xml", "expected.txt", "expected.edits.jsonl", "options.toml"])
@pytest.mark.parametrize("command", ["check", "update"])
def test_a_case_file_that_cannot_be_read(runner: CliRunner, tmp_path: Path, command: str, name: str) -> None:
    # a folder in a file's place stands for any unreadable file (no permission, an I/O error): the
    # read raises OSError, which crashed check and update with a traceback
    case = copy_case(tmp_path)
    (case / name).unlink(missing_ok=True)
    (case / name).mkdir()
    result = runner.invoke(app, ["golden", command, str(case.parent)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    if command == "check":  # (the report names the case and its error on stdout)
        assert f"{name}: cannot read" in result.stdout
    else:
        assert f"{name}: cannot read" in one_error_line(result.stderr)
    assert (case / name).is_dir()


@pytest.mark.parametrize("command", ["check", "update"])
def test_options_that_are_not_utf8(runner: CliRunner, tmp_path: Path, command: str) -> None:
    case = copy_case(tmp_path)
    (case / "options.toml").write_bytes(b'paper = "\xff"\n')
    result = runner.invoke(app, ["golden", command, str(case.parent)])
    assert result.exit_code == 2
    assert "options.toml: not UTF-8" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["check", "update"])
def test_a_folder_in_place_of_a_one_page_input(runner: CliRunner, tmp_path: Path, command: str) -> None:
    # input.txt/ holding pages was read as an issue: the case compared (and update rewrote its
    # expected files from) an output that is not the one-page case's
    case = copy_case(tmp_path)
    page = (case / "input.txt").read_bytes()
    (case / "input.txt").unlink()
    (case / "input.txt").mkdir()
    (case / "input.txt" / "p1.txt").write_bytes(page)
    before = {p.name: p.read_bytes() for p in case.iterdir() if p.is_file()}
    result = runner.invoke(app, ["golden", command, str(case.parent)])
    assert result.exit_code == 2
    if command == "check":  # (the report names the case and its error on stdout)
        assert "input.txt: a folder" in result.stdout
    else:
        assert "input.txt: a folder" in one_error_line(result.stderr)
    assert {p.name: p.read_bytes() for p in case.iterdir() if p.is_file()} == before


def test_update_that_cannot_write_names_the_file(runner: CliRunner, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    case = copy_case(tmp_path)
    (case / "expected.txt").unlink()

    def disk_full(path: Path, data: bytes) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_stage", disk_full)
    result = runner.invoke(app, ["golden", "update", str(case.parent)])
    assert result.exit_code == 2
    line = one_error_line(result.stderr)
    assert "expected.txt: cannot write: No space left on device" in line


def test_update_that_fails_on_one_file_leaves_the_case_as_it_was(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = copy_case(tmp_path)
    for name in ("expected.tei.xml", "expected.txt", "expected.edits.jsonl"):
        (case / name).write_text("stale\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in case.iterdir()}
    real = atomic._stage

    def disk_full_at_txt(path: Path, data: bytes) -> str:
        if path.name == "expected.txt":
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(atomic, "_stage", disk_full_at_txt)
    result = runner.invoke(app, ["golden", "update", str(case.parent)])
    assert result.exit_code == 2
    assert "expected.txt: cannot write: No space left on device" in one_error_line(result.stderr)
    assert {p.name: p.read_bytes() for p in case.iterdir()} == before  # no new TEI beside an old log
