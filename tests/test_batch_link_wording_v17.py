"""A broken symbolic link is named one way by `convert` and `batch`, and a FIFO among an issue's files
is refused, not waited on.

`layoutfix convert dangling.txt` said `dangling.txt: no such file` where `batch` (and `convert DIR/`)
said `dangling.txt: broken symbolic link (to nonexistent.txt)`: two wordings for one file, the first
hiding that the file is there as a link. Now both say the second. `convert p1.txt fifo.txt` (two files,
one issue) waited for a writer for good; now it is refused as `batch` refuses it: `not a regular file`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = Path(__file__).resolve().parent / "pages" / "photo-item.txt"


def _error_line(stderr: str) -> str:
    """The first line naming the link (batch names a failure as it fails and in its summary)."""
    return next(x for x in stderr.splitlines() if "dangling.txt" in x)


def test_convert_and_batch_name_a_broken_link_alike(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "dangling.txt").symlink_to("nonexistent.txt")
    runner = CliRunner()
    converted = runner.invoke(app, ["convert", str(src / "dangling.txt"), "-o", str(tmp_path / "o.xml")])
    assert converted.exit_code == 3
    batch = runner.invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1"])
    assert batch.exit_code == 1
    said = _error_line(converted.stderr).removeprefix("layoutfix: error: ")
    assert said == f"{src / 'dangling.txt'}: broken symbolic link (to nonexistent.txt)"
    assert _error_line(batch.stderr) == f"layoutfix: batch: FAILED {said}"


def test_a_missing_file_is_still_no_such_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["convert", str(tmp_path / "nothere.txt"), "-o",
                                      str(tmp_path / "o.xml")])
    assert result.exit_code == 3
    assert result.stderr.strip().endswith("nothere.txt: no such file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_among_an_issues_files_is_refused(tmp_path: Path) -> None:
    shutil.copy(PAGE, tmp_path / "p1.txt")
    os.mkfifo(tmp_path / "p2.txt")
    env = {**os.environ, "PYTHONPATH": str(Path(__import__("layoutfix").__file__).resolve().parents[1])}
    try:
        done = subprocess.run([sys.executable, "-m", "layoutfix.cli", "convert", "p1.txt", "p2.txt", "-o",
                               "o.xml"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("convert waited for a writer of the FIFO")
    assert done.returncode == 3
    assert done.stderr.strip() == ("layoutfix: error: p2.txt: a pipe, not a regular file: the pages of an "
                                   "issue are read from files (save it to one first)")  # (what it is: v18)
