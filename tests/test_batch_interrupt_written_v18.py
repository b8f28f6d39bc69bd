"""Ctrl-C during `batch --jobs 2` says how many outputs were written, not only results received.

Workers return a chunk of pages (up to 32) whole, but write each page's output as they go: Ctrl-C a
few seconds in said `interrupted after 0 of 2448 pages` while 224 outputs were written and recorded
(the next `--resume` skipped 224). The line now counts the pages whose outputs were written too, and
says how many outputs this run wrote.

Its assertions hold by construction (B3): the outputs are counted once the pool is shut down (nothing is
written after), and a result's target is counted as reported only after its `on_result`, so each output
written is a page done or an unreported one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "pages"


def _archive(tmp_path: Path, copies: int) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for k in range(copies):
        for page in sorted(PAGES.glob("*.txt")):
            shutil.copyfile(page, src / f"c{k}-{page.name}")
    return src


def _outputs(out: Path) -> list[Path]:
    return sorted(out.glob("*.tei.xml")) if out.is_dir() else []


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_ctrl_c_counts_the_outputs_written(tmp_path: Path) -> None:
    src, out = _archive(tmp_path, copies=20), tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    command = [sys.executable, "-m", "layoutfix.cli", "batch", str(src), str(out), "-j", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while len(_outputs(out)) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends
        _, err = proc.communicate(timeout=120)
    stderr = err.decode("utf-8")
    if proc.returncode != 130:
        pytest.fail(f"the batch was not interrupted mid-run (exit {proc.returncode}): {stderr[-500:]}")
    written = len(_outputs(out))
    last = stderr.strip().splitlines()[-1]
    match = re.fullmatch(r"layoutfix: batch: interrupted after (\d+) of (\d+) pages, (\d+) output\(s\) "
                         r"written by this run; every output written is complete, and --resume goes on "
                         r"from there", last)
    assert match, last
    done, total, said_written = map(int, match.groups())
    assert total == 20 * len(list(PAGES.glob("*.txt")))
    assert said_written == written > 0
    assert written <= done < total
