"""Ctrl-C in `layoutfix batch -j N` is the batch's alone: its workers ignore SIGINT.

Before, Ctrl-C reached every process of the batch; a worker it stopped inside `result_queue.put`
kept the queue's write lock, and the batch waited for that queue for good (about one run in 15; a
second Ctrl-C did not help). Now the workers ignore SIGINT, the batch tells them to stop after the
page each converts, and a second Ctrl-C while it waits for them ends them at once.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from batch_pages import heavy_archive, sample_archive
from cli_process import LAYOUTFIX, alive, child_pids, cli_env, complete_tei_outputs, tei_outputs

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not hasattr(os, "killpg"),
                                reason="finds the workers through Linux /proc, signals a process group")

#: The last line of a batch stopped by Ctrl-C (its counts left open), as a pattern.
INTERRUPTED = (r"interrupted after {done} of {total} pages, {written} output\(s\) written by this run; "
               r"every output written is complete, and --resume goes on from there")




def _start_batch(src: Path, out: Path) -> subprocess.Popen[bytes]:
    """`layoutfix batch SRC OUT -j 2` in a process group of its own (as a shell starts a job)."""
    return subprocess.Popen([*LAYOUTFIX, "batch", str(src), str(out), "-j", "2"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=cli_env(), start_new_session=True)


def test_a_sigint_to_the_workers_alone_neither_stops_nor_breaks_the_batch(tmp_path: Path) -> None:
    """`kill -INT` of the workers (what Ctrl-C does to them, without the batch) changes nothing: every
    page is converted. Before, the workers' KeyboardInterrupt came back to the batch (exit 130)."""
    src, out = sample_archive(tmp_path, copies=20), tmp_path / "out"
    total = len(list(src.iterdir()))
    batch = _start_batch(src, out)
    try:
        deadline = time.monotonic() + 60
        while len(tei_outputs(out)) < 3 and batch.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        workers = child_pids(batch.pid)
        assert workers and batch.poll() is None, "the batch ended before its workers could be signalled"
        for _ in range(5):
            for worker in workers:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker, signal.SIGINT)
            time.sleep(0.05)
        _, err = batch.communicate(timeout=120)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(batch.pid, signal.SIGKILL)
    assert batch.returncode == 0, err.decode()[-500:]
    assert len(complete_tei_outputs(out)) == total


def _workers_started(batch: subprocess.Popen[bytes], workers: int = 2, patience: float = 60) -> set[int]:
    """The batch's worker processes, once all `workers` have started (on a busy machine the batch
    may take seconds to load what it shares with them before it starts them: a fixed wait found
    none in one run of 15)."""
    deadline = time.monotonic() + patience
    while len(child_pids(batch.pid)) < workers and batch.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    return child_pids(batch.pid)


def test_a_second_ctrl_c_stops_at_once(tmp_path: Path) -> None:
    """Ctrl-C, then Ctrl-C again while the batch waits for the pages its workers convert: the run ends
    at once (the pages abandoned), exit 130, its line, no traceback, and what is on disk is whole."""
    src, out = heavy_archive(tmp_path), tmp_path / "out"
    batch = _start_batch(src, out)
    try:
        assert batch.stderr is not None
        first = batch.stderr.readline().decode()  # "layoutfix: batch: 4 pages in ...": started
        workers = _workers_started(batch)
        time.sleep(1.0)  # the workers are converting their first page (seconds each)
        os.killpg(batch.pid, signal.SIGINT)
        time.sleep(0.3)
        again = time.monotonic()
        os.killpg(batch.pid, signal.SIGINT)
        _, err = batch.communicate(timeout=120)
        took = time.monotonic() - again
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(batch.pid, signal.SIGKILL)
    stderr = first + err.decode()
    assert batch.returncode == 130, stderr[-500:]
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    pattern = INTERRUPTED.format(done=r"(\d+)", total="4", written=r"(\d+)")
    match = re.fullmatch(f"layoutfix: batch: {pattern}", last)
    assert match, last
    assert int(match.group(2)) == len(complete_tei_outputs(out))  # (a killed worker's page is a temporary
    # file, which --resume removes)
    assert took < 2.0, f"the batch took {took:.1f} s to end after the second Ctrl-C"
    # the workers were ended before the count, not left to write after it
    assert workers and not [w for w in workers if alive(w)]



def test_ctrl_c_twice_in_a_row_exits_130(tmp_path: Path) -> None:
    """Ctrl-C pressed twice, 0.3 s apart, while pages are converted: exit 130 and the line, however the
    second falls (during the stop, the count, the line or the end of the process). Before, the batch
    was mostly ended by the signal once its line was printed (-2 to its parent; 13 runs in 20)."""
    src = heavy_archive(tmp_path, pages=40, repeat=4)
    for attempt in range(3):
        out = tmp_path / f"out{attempt}"
        batch = _start_batch(src, out)
        try:
            assert batch.stderr is not None
            first = batch.stderr.readline().decode()  # "layoutfix: batch: N pages in ...": started
            time.sleep(1.0)
            os.killpg(batch.pid, signal.SIGINT)
            time.sleep(0.3)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(batch.pid, signal.SIGINT)
            _, err = batch.communicate(timeout=120)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(batch.pid, signal.SIGKILL)
        stderr = first + err.decode()
        assert batch.returncode == 130, (attempt, stderr[-500:])
        assert "Traceback" not in stderr and "interrupted after" in stderr
