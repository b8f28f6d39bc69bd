"""Ctrl-C in `layoutfix batch --dask local` ends as it does with the process pool.

Before, Ctrl-C reached the LocalCluster's worker processes too: each printed its KeyboardInterrupt
traceback (from Dask's nanny code) above the batch's line, and a second Ctrl-C while the batch closed
the cluster hung it for good. Now the workers never see SIGINT (they are started with it blocked), the
batch closes the cluster itself, and a second Ctrl-C meanwhile kills the workers: the close ends at
once, and no process of the run is left.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from batch_pages import heavy_archive, sample_archive, small_archive
from cli_process import (
    LAYOUTFIX,
    alive,
    cli_env,
    complete_tei_outputs,
    descendant_pids,
    load_factor,
    tei_outputs,
)

pytest.importorskip("distributed")
pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not hasattr(os, "killpg"),
                                reason="finds the workers through Linux /proc, signals a process group")

#: The last line of a batch stopped by Ctrl-C (its counts left open), as a pattern.
INTERRUPTED = (r"layoutfix: batch: interrupted after (\d+) of {total} pages, (\d+) output\(s\) written by "
               r"this run; every output written is complete, and --resume goes on from there")


def _start(src: Path, out: Path) -> subprocess.Popen[bytes]:
    """`layoutfix batch SRC OUT --dask local -j 2` in a process group of its own (as a shell starts a
    job, so that Ctrl-C, a SIGINT to the group, reaches the cluster's worker processes too)."""
    return subprocess.Popen([*LAYOUTFIX, "batch", str(src), str(out), "--dask", "local", "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=cli_env(),
                            start_new_session=True)


def _wait_for_outputs(batch: subprocess.Popen[bytes], out: Path, at_least: int) -> set[int]:
    """Once `at_least` outputs exist (the workers are converting pages), the processes the batch
    started so far (its workers and Python's resource tracker)."""
    started: set[int] = set()
    deadline = time.monotonic() + 60
    while len(tei_outputs(out)) < at_least and batch.poll() is None and time.monotonic() < deadline:
        started |= descendant_pids(batch.pid)
        time.sleep(0.01)
    return started | descendant_pids(batch.pid)


def _ended(batch: subprocess.Popen[bytes], patience: float) -> tuple[str, float, float]:
    """The batch's stderr, how long it took to end, and when (`time.time()`) its interrupt line was
    read (else when it ended), failing if it has not ended after `patience` seconds, times the
    machine's load factor (then killed with its group)."""
    assert batch.stderr is not None
    stream, lines, line_at = batch.stderr, [], []

    def read() -> None:
        for line in iter(stream.readline, b""):
            if b"interrupted after" in line and not line_at:
                line_at.append(time.time())
            lines.append(line.decode())

    patience *= load_factor()
    reader = threading.Thread(target=read, daemon=True)
    started = time.monotonic()
    reader.start()
    try:
        batch.wait(timeout=patience)
    except subprocess.TimeoutExpired:
        os.killpg(batch.pid, signal.SIGKILL)
        batch.wait()
        pytest.fail(f"the batch hung: still running {patience:.0f} s after Ctrl-C")
    took = time.monotonic() - started
    ended_at = time.time()
    reader.join(timeout=10)
    return "".join(lines), took, (line_at or [ended_at])[0]


def _written_after(out: Path, moment: float) -> list[str]:
    """The outputs in `out` last written after `moment` (`time.time()`), with how long after."""
    return [f"{path.name} +{path.stat().st_mtime - moment:.2f} s" for path in tei_outputs(out)
            if path.stat().st_mtime > moment]


def _left_alive(processes: set[int], patience: float = 5.0) -> list[int]:
    """The processes of `processes` still running after `patience` seconds (times the machine's load
    factor) at most."""
    deadline = time.monotonic() + patience * load_factor()
    while [p for p in processes if alive(p)] and time.monotonic() < deadline:
        time.sleep(0.05)
    return [p for p in processes if alive(p)]


def _started_line(batch: subprocess.Popen[bytes]) -> str:
    """The batch's stderr up to its line saying how many pages it converts, which it prints once its
    cluster is up (Dask may log warnings before it on a loaded machine)."""
    assert batch.stderr is not None
    lines = []
    while not lines or (lines[-1] and " pages in " not in lines[-1]):
        lines.append(batch.stderr.readline().decode())
    return "".join(lines)


def test_ctrl_c_stops_a_local_dask_run_with_one_line(tmp_path: Path) -> None:
    """Ctrl-C while pages are written: exit 130, the interrupt line counting what is on disk right after
    the line that the run started (no worker's traceback, no Dask log line), and no process left."""
    src, out = small_archive(tmp_path, pages=200), tmp_path / "out"
    batch = _start(src, out)
    try:
        started = _wait_for_outputs(batch, out, at_least=3)
        assert batch.poll() is None, "the batch ended before Ctrl-C"
        os.killpg(batch.pid, signal.SIGINT)
        err, _, _ = _ended(batch, patience=15)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(batch.pid, signal.SIGKILL)
    assert batch.returncode == 130, err[-1500:]
    # no worker's traceback, nor the Dask log line of each task the close cancelled, above the line
    assert not re.search("Traceback|KeyboardInterrupt|CancelledError", err), err[-1500:]
    *_, first, last = err.strip().splitlines()  # "N pages in ...", then the interrupt line alone
    assert first == f"layoutfix: batch: 200 pages in {src}"
    match = re.fullmatch(INTERRUPTED.format(total=200), last)
    assert match, last
    assert int(match.group(2)) == len(complete_tei_outputs(out)) > 0
    assert started and not _left_alive(started)


def test_a_second_ctrl_c_ends_a_local_dask_run_at_once(tmp_path: Path) -> None:
    """Ctrl-C, then Ctrl-C again while the batch closes its cluster (its workers converting pages of
    seconds each): the run ends at once, exit 130, its line, no traceback, nothing left running.
    Before, it hung."""
    src, out = heavy_archive(tmp_path), tmp_path / "out"
    batch = _start(src, out)
    try:
        first = _started_line(batch)  # "layoutfix: batch: 4 pages in ...": the cluster is up
        started = _wait_for_outputs(batch, out, at_least=0)
        time.sleep(1.0)  # the workers are converting their first page (seconds each)
        os.killpg(batch.pid, signal.SIGINT)
        time.sleep(0.3)
        os.killpg(batch.pid, signal.SIGINT)
        err, took, line_at = _ended(batch, patience=15)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(batch.pid, signal.SIGKILL)
    stderr = first + err
    assert batch.returncode == 130, stderr[-1500:]
    assert "Traceback" not in stderr, stderr[-1500:]
    match = re.fullmatch(INTERRUPTED.format(total=4), stderr.strip().splitlines()[-1])
    assert match, stderr[-500:]
    assert took < 3.0 * load_factor(), f"the batch took {took:.1f} s to end after the second Ctrl-C"
    assert started and not _left_alive(started)
    assert int(match.group(2)) == len(complete_tei_outputs(out))  # (counted once nothing runs)
    assert not _written_after(out, line_at)


@pytest.mark.parametrize("gap", [0.02, 0.1])
def test_a_quick_second_ctrl_c_counts_every_output_written(tmp_path: Path, gap: float) -> None:
    """Ctrl-C twice, `gap` seconds apart, while many short tasks run (12 copies of the sample pages,
    16 tasks): the line comes at once and counts every output on disk once nothing of the run is left,
    none written after it, and nothing but the line on stderr. Before, a second Ctrl-C among the
    tasks' cancellations skipped the stop: "7 output(s) written" with 26 on disk, the line 4 s later;
    one during the quiet before the close had the nannies restart the workers it killed (the line 5 s
    later); and Dask's event loop could log "tornado.application - ERROR ... NameError" above it. (Two
    presses at the same moment are one signal, so one Ctrl-C: no gap of 0.)"""
    src, out = sample_archive(tmp_path, copies=12), tmp_path / "out"
    total = sum(1 for _ in src.iterdir())  # (12 copies of each sample page: 216 with 18 samples)
    batch = _start(src, out)
    try:
        first = _started_line(batch)
        started = _wait_for_outputs(batch, out, at_least=5)
        assert batch.poll() is None, "the batch ended before Ctrl-C"
        os.killpg(batch.pid, signal.SIGINT)
        time.sleep(gap)
        os.killpg(batch.pid, signal.SIGINT)
        err, took, line_at = _ended(batch, patience=15)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(batch.pid, signal.SIGKILL)
    assert batch.returncode == 130, err[-1500:]
    assert first.strip().splitlines()[-1] == f"layoutfix: batch: {total} pages in {src}"
    last, *more = err.strip().splitlines()  # after the run started: its line alone
    assert not more, err[-1500:]
    match = re.fullmatch(INTERRUPTED.format(total=total), last)
    assert match, last
    assert started and not _left_alive(started)
    on_disk = len(complete_tei_outputs(out))  # (counted once nothing of the run runs)
    assert int(match.group(2)) == on_disk, f"the line says {match.group(2)}, {on_disk} on disk"
    assert not _written_after(out, line_at), "outputs written after the line"
    assert took < 3.0 * load_factor(), f"the batch took {took:.1f} s to end after the second Ctrl-C"


def test_a_stop_mutes_asyncios_never_retrieved_task_and_restores_it(caplog: pytest.LogCaptureFixture) -> None:
    """A Ctrl-C while a worker dies: asyncio logged `Task exception was never retrieved … AllExit` of the
    gather the stop cancels, a traceback above the batch's line (review of v20, 2 runs in 14). During a
    stop asyncio's logger says critical errors only, and its level is given back after."""
    pytest.importorskip("distributed")
    import logging

    from layoutfix.distributed import _quiet_here

    asyncio_logger = logging.getLogger("asyncio")
    before = asyncio_logger.level
    with caplog.at_level(logging.DEBUG), _quiet_here():
        asyncio_logger.error("Task exception was never retrieved")
    assert "never retrieved" not in caplog.text
    assert asyncio_logger.level == before
