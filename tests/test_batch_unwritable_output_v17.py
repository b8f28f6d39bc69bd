"""An output `batch` cannot write is told in `convert`'s words, not as a Python exception.

A page whose output folder was not writable failed with `FAILED in/i0004/p06.txt: PermissionError:
[Errno 13] Permission denied: '…' (at atomic.py:42)`: the errno, the exception class and a source line
of layoutfix. Now the live FAILED line, the summary and the report's `message` say what `convert -o`
says of a file it cannot write: `out/i0004/p06.tei.xml: cannot write: Permission denied`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = Path(__file__).resolve().parent / "pages" / "photo-item.txt"


def _run(tmp_path: Path) -> tuple[str, dict[str, object], Path]:
    report = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), str(tmp_path / "out"), "-j", "1",
                                      "--report", str(report)])
    assert result.exit_code == 1, result.output
    return result.stderr, json.loads(report.read_text(encoding="utf-8")), tmp_path / "out"


def _tree(tmp_path: Path) -> Path:
    folder = tmp_path / "in" / "i0004"
    folder.mkdir(parents=True)
    shutil.copy(PAGE, folder / "p06.txt")
    return folder / "p06.txt"


def test_a_file_in_the_way_of_the_output_folder(tmp_path: Path) -> None:
    page = _tree(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "i0004").write_text("not a folder", encoding="utf-8")
    stderr, data, out = _run(tmp_path)
    in_way = out / "i0004"  # (v18: the file in the way is named, not the output to go in its folder)
    [failure] = data["failures"]  # type: ignore[misc]
    assert failure["message"].startswith(f"{in_way}: cannot write: a file, not a folder")
    assert "Errno" not in failure["message"] and "atomic.py" not in failure["message"]
    assert f"layoutfix: batch: FAILED {page}: {in_way}: cannot write: " in stderr
    assert "Errno" not in stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into a read-only folder")
def test_a_folder_without_write_permission(tmp_path: Path) -> None:
    page = _tree(tmp_path)
    locked = tmp_path / "out" / "i0004"
    locked.mkdir(parents=True)
    locked.chmod(0o555)
    try:
        stderr, _data, out = _run(tmp_path)
    finally:
        locked.chmod(0o755)
    line = f"FAILED {page}: {out / 'i0004' / 'p06.tei.xml'}: cannot write: Permission denied"
    assert f"layoutfix: batch: {line}" in stderr
