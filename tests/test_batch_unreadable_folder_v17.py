"""A folder of IN_DIR that `batch` cannot list is a failure, not a silent gap.

`layoutfix batch in out` over `in/ok/a.txt` and an unreadable `in/locked/` (chmod 000) said "pages 1:
1 converted" and exited 0: `os.walk` skipped the folder without a word, and its pages were missing from
the outputs and the report. Now the folder is one failed job, in `convert`'s words (`in/locked: cannot
read the folder: Permission denied ...`), on stderr and in the report's failures, and the exit code is 1.
Tests run as root too (where chmod 000 stops nothing), so the folder's listing is also made to fail.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix.batch import BatchConfig, convert_job, iter_jobs
from layoutfix.cli import app

PAGE = Path(__file__).resolve().parent / "pages" / "photo-item.txt"


def _tree(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    for folder, name in (("ok", "a.txt"), ("locked", "b.txt")):
        (src / folder).mkdir(parents=True)
        shutil.copy(PAGE, src / folder / name)
    return src


def _check_run(tmp_path: Path, src: Path) -> None:
    report = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1",
                                      "--report", str(report)])
    assert result.exit_code == 1, result.output
    locked = src / "locked"
    line = f"layoutfix: batch: FAILED {locked}: cannot read the folder: Permission denied"
    assert any(x.startswith(line) for x in result.stderr.splitlines()), result.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["converted"], data["failed"], data["unread_folders"]) == (1, 0, 1)  # (no page: v18)
    [failure] = data["failures"]
    assert failure["source"] == str(locked)
    assert failure["message"].startswith(f"{locked}: cannot read the folder: Permission denied")
    assert (tmp_path / "out" / "ok" / "a.tei.xml").is_file()


@pytest.mark.usefixtures("locked_listing")
def test_a_folder_that_cannot_be_listed_fails_the_run(tmp_path: Path) -> None:
    _check_run(tmp_path, _tree(tmp_path))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a chmod 000 folder")
def test_a_chmod_000_folder_fails_the_run(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    (src / "locked").chmod(0)
    try:
        _check_run(tmp_path, src)
    finally:
        (src / "locked").chmod(0o755)


@pytest.mark.usefixtures("locked_listing")
@pytest.mark.parametrize("issues", [False, True])
def test_the_walk_yields_a_failing_job_for_the_folder(tmp_path: Path, issues: bool) -> None:
    src, out = _tree(tmp_path), tmp_path / "out"
    jobs: Iterator[Any] = iter_jobs(src, out, "txt", issues=issues)
    by_source = {job.source: job for job in jobs}
    ok = src / "ok" if issues else src / "ok" / "a.txt"
    assert set(by_source) == {ok, src / "locked"}
    result = convert_job(by_source[src / "locked"], BatchConfig(fmt="txt", issues=issues))
    assert result.status == "failed"
    assert result.message is not None
    assert result.message.startswith(f"{src / 'locked'}: cannot read the folder: Permission denied")
    assert not (out / "locked").exists()


@pytest.mark.parametrize("system", ["lost+found", "System Volume Information", "$RECYCLE.BIN"])
def test_a_disks_system_folder_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           system: str) -> None:
    """A batch over a mounted disk's root met ext4's `lost+found` (which a user other than root cannot
    list) and failed every run with `cannot read the folder`; such folders hold no pages: not read."""
    src = tmp_path / "in"
    (src / "ok").mkdir(parents=True)
    shutil.copy(PAGE, src / "ok" / "a.txt")
    (src / system).mkdir()
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.path.basename(os.fspath(path)) == system:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "FAILED" not in result.stderr
    assert (tmp_path / "out" / "ok" / "a.tei.xml").is_file()
