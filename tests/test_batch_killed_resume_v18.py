"""`batch --resume` after a run killed with SIGKILL counts every output the killed run wrote.

Workers convert pages chunk by chunk and the batch recorded a page's figures only when the whole chunk
came back, so the outputs of the chunks in flight were complete but had no figures: every later
`--resume` skipped them as up to date, listed them as "without recorded figures" and left them out of
the totals for good. Now each page's figures are recorded as its output is written, so a resumed run's
totals are those of one uninterrupted run. An output edited by hand since is still kept, not rewritten,
and listed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGES = Path(__file__).resolve().parent / "pages"
#: The report fields that must not depend on whether the run was interrupted.
TOTALS = ("pages", "failed", "articles", "edits", "edits_by_kind", "edits_by_rule", "suggestions", "warnings")


def _archive(tmp_path: Path, copies: int = 7) -> Path:
    """Several copies of the sample pages: enough for chunks of several pages on two workers."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(copies):
        for page in sorted(PAGES.glob("*.txt")):
            shutil.copyfile(page, src / f"c{k}-{page.name}")
    return src


def _outputs(out: Path) -> list[Path]:
    return sorted(out.glob("*.tei.xml")) if out.is_dir() else []


def _killed_run(src: Path, out: Path, at_least: int = 3, patience: float = 120.0) -> None:
    """Run `layoutfix batch SRC OUT --jobs 2` in a process group of its own and kill the whole group
    with SIGKILL once `at_least` outputs exist (polled, no timing assumed about the pages)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    command = [sys.executable, "-m", "layoutfix.cli", "batch", str(src), str(out), "-j", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + patience
    try:
        while len(_outputs(out)) < at_least and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
    if proc.returncode != -signal.SIGKILL:
        pytest.fail(f"the batch was not killed mid-run (exit {proc.returncode}): {err.decode()[-500:]}")


def _report(runner: CliRunner, src: Path, out: Path, path: Path, *extra: str) -> dict:
    result = runner.invoke(app, ["batch", str(src), str(out), "-j", "1", "--report", str(path), *extra])
    assert result.exit_code == 0, result.stderr
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_resume_after_kill_counts_every_output_written(tmp_path: Path) -> None:
    runner = CliRunner()
    src = _archive(tmp_path)
    full = _report(runner, src, tmp_path / "full", tmp_path / "full.json")
    out = tmp_path / "out"
    _killed_run(src, out)
    written = len(_outputs(out))
    assert 0 < written < full["pages"]

    resumed = _report(runner, src, out, tmp_path / "resumed.json", "--resume")
    assert resumed["unrecorded"] == []
    assert resumed["skipped"] == written  # (the whole group was killed: no output came after)
    assert {k: resumed[k] for k in TOTALS} == {k: full[k] for k in TOTALS}


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_an_output_edited_by_hand_after_a_kill_is_kept_and_listed(tmp_path: Path) -> None:
    runner = CliRunner()
    src = _archive(tmp_path, copies=4)
    out = tmp_path / "out"
    _killed_run(src, out, at_least=2)
    edited = _outputs(out)[0]
    text = edited.read_text(encoding="utf-8") + "<!-- checked by hand -->\n"
    edited.write_text(text, encoding="utf-8")
    os.utime(edited, ns=(edited.stat().st_mtime_ns + 10**9,) * 2)

    resumed = _report(runner, src, out, tmp_path / "resumed.json", "--resume")
    assert edited.read_text(encoding="utf-8") == text
    assert resumed["unrecorded"] == [str(src / edited.name.replace(".tei.xml", ".txt"))]
