"""Outputs are written whole or not at all, with the permissions a plain write gives them.

Batch outputs came out mode 0600 (the temporary file's), unreadable by the group an archive shares its
folders with; `convert -o` and `--edits` wrote in place, so a failing write left a half-written file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

import layoutfix.atomic
from cli_pages import disk_full_at
from layoutfix.batch import BatchConfig, run_batch
from layoutfix.cli import app

PAGE = Path(__file__).parent / "pages" / "signature.txt"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_batch_outputs_get_the_mode_a_plain_write_gives(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "p1.txt").write_bytes(PAGE.read_bytes())
    run_batch(src, tmp_path / "out", BatchConfig(edits=True), jobs=1)
    expected = 0o666 & ~_umask()
    for out in (tmp_path / "out" / "p1.tei.xml", tmp_path / "out" / "p1.edits.jsonl"):
        assert stat.S_IMODE(out.stat().st_mode) == expected, out.name


def test_convert_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    out = tmp_path / "page.xml"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    result = CliRunner().invoke(app, ["convert", str(PAGE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8").startswith("<?xml")


def test_a_failing_write_leaves_the_old_output_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, log = tmp_path / "page.xml", tmp_path / "page.jsonl"
    out.write_text("the output of yesterday", encoding="utf-8")

    def disk_full(_src: str, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layoutfix.atomic.os, "replace", disk_full)
    result = CliRunner().invoke(app, ["convert", str(PAGE), "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert out.read_text(encoding="utf-8") == "the output of yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.xml"]  # no log, no temporary file


def test_special_files_and_links_are_written_through(tmp_path: Path) -> None:
    """`-o /dev/null` must not replace /dev/null; a symlinked output keeps its link."""
    result = CliRunner().invoke(app, ["convert", str(PAGE), "-o", os.devnull])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    target, link = tmp_path / "real.xml", tmp_path / "link.xml"
    target.write_text("", encoding="utf-8")
    link.symlink_to(target)
    result = CliRunner().invoke(app, ["convert", str(PAGE), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("<?xml")


def test_convert_writes_no_output_without_its_edit_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`convert -o OUT --edits LOG` wrote OUT, then failed on the log: an output nothing explains. (The
    log's write fails on a full disk: a missing folder is now refused before any work, exit 2.)"""
    disk_full_at(monkeypatch, "page.jsonl")
    out = tmp_path / "page.xml"
    result = CliRunner().invoke(app, ["convert", str(PAGE), "-o", str(out), "--edits",
                                      str(tmp_path / "page.jsonl")])
    assert result.exit_code == 1
    assert "cannot write the edit log: No space left on device" in result.stderr
    assert not out.exists()
