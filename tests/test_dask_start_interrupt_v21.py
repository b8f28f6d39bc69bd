"""Ctrl-C while `run_dask`'s local cluster starts leaves no worker process behind.

Before, SIGINT was only blocked in the calling thread during the start. A caller with another thread
(which had SIGINT unblocked) could have a process-wide Ctrl-C delivered there; Python then raised
`KeyboardInterrupt` in the main thread inside `LocalCluster(...)`, half-built, and its worker processes
were still running after `run_dask` had raised. Now, on the main thread, the Ctrl-C is deferred until the
cluster object exists, then raised, and the cluster is closed.

Each case runs in a child process of its own (a real SIGINT, real worker processes), bounded by a
subprocess timeout.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from batch_pages import small_archive
from cli_process import LAYOUTFIX, alive, cli_env, descendant_pids

pytest.importorskip("distributed")
pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not hasattr(os, "killpg"),
                                reason="finds the workers through Linux /proc, signals a process group")

#: A caller of `run_dask` (main thread) with a thread of its own, started before the call, that sends
#: SIGINT once the cluster has `argv[4]` worker processes: to the process (`argv[3]` "process": the
#: kernel hands it to a thread that has it unblocked, the caller's) or to the main thread ("main").
#: It prints what the call raised, whether the run started (`on_start`), and the worker processes
#: still alive 5 s after the call at most.
CALLER = r'''
import os, signal, sys, threading, time

import psutil


def workers():
    """The live processes this one started, Python's resource tracker left out."""
    found = []
    for proc in psutil.Process().children(recursive=True):
        with __import__("contextlib").suppress(psutil.Error):
            if "resource_tracker" not in " ".join(proc.cmdline()) and proc.status() != psutil.STATUS_ZOMBIE:
                found.append(proc.pid)
    return found


def interrupt(target, count):
    deadline = time.monotonic() + 60
    while len(workers()) < count and time.monotonic() < deadline:
        time.sleep(0.002)
    if target in ("process", "masked"):
        os.kill(os.getpid(), signal.SIGINT)
    else:
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


def main():
    from layoutfix.batch import BatchConfig
    from layoutfix.distributed import run_dask

    src, out, target, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if target == "masked":  # the main thread keeps SIGINT blocked; another thread of the caller takes it
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()  # (it would unblock SIGINT in this thread as it starts)
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        ready = threading.Event()

        def takes_signals():
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            ready.set()
            time.sleep(300)

        threading.Thread(target=takes_signals, daemon=True).start()
        ready.wait()
    threading.Thread(target=interrupt, args=(target, count), daemon=True).start()
    started = []
    try:
        run_dask(src, out, BatchConfig(fmt="txt"), jobs=2, on_start=started.append)
        outcome = "returned"
    except KeyboardInterrupt as exc:
        outcome = type(exc).__name__
    deadline = time.monotonic() + 5
    while workers() and time.monotonic() < deadline:
        time.sleep(0.05)
    left = workers()
    print(outcome, "started" if started else "starting", left, flush=True)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    os._exit(0)


if __name__ == "__main__":
    main()
'''


def _worker_pids(pid: int) -> set[int]:
    """The live processes `pid` started, Python's resource tracker left out (a cluster's workers)."""
    found = set()
    for child in descendant_pids(pid):
        with contextlib.suppress(OSError):
            if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes() and alive(child):
                found.add(child)
    return found


@pytest.mark.parametrize(("target", "count"), [("process", 1), ("process", 2), ("main", 1), ("masked", 1)])
def test_ctrl_c_while_the_local_cluster_starts_leaves_no_worker(tmp_path: Path, target: str,
                                                                count: int) -> None:
    """A SIGINT once the cluster's first (or second) worker process exists, the run not started yet:
    `run_dask` raises KeyboardInterrupt and no worker process is alive after it. Before, with SIGINT
    sent to the process (taken by the caller's other thread), both workers were left running. A main
    thread keeping SIGINT blocked ("masked") held the deferred Ctrl-C pending: the run went on."""
    script = tmp_path / "caller.py"
    script.write_text(CALLER, encoding="utf-8")
    src = small_archive(tmp_path)
    proc = subprocess.run([sys.executable, str(script), str(src), str(tmp_path / "out"), target, str(count)],
                          capture_output=True, text=True, env=cli_env(), timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    outcome, state, left = proc.stdout.strip().split(" ", 2)
    assert (outcome, state) == ("KeyboardInterrupt", "starting"), proc.stdout + proc.stderr[-1500:]
    assert left == "[]", f"worker processes left running after run_dask raised: {left}"


def test_ctrl_c_while_the_cli_starts_its_local_cluster_is_one_line(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the process group) once `batch --dask local` has its first worker process:
    exit 130, the interrupt line alone on stderr, no process of the run left."""
    src, out = small_archive(tmp_path), tmp_path / "out"
    batch = subprocess.Popen([*LAYOUTFIX, "batch", str(src), str(out), "--dask", "local", "-j", "2"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=cli_env(),
                             start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not _worker_pids(batch.pid) and batch.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        started = descendant_pids(batch.pid)
        assert batch.poll() is None and started, "the batch ended before Ctrl-C"
        os.killpg(batch.pid, signal.SIGINT)
        _, err = batch.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(batch.pid, signal.SIGKILL)
    text = err.decode("utf-8")
    assert batch.returncode == 130, text[-1500:]
    lines = text.strip().splitlines()
    assert len(lines) == 1, text[-3000:]
    [line] = lines
    assert line == "layoutfix: batch: interrupted while starting, before any of the pages was converted", line
    deadline = time.monotonic() + 5
    while [p for p in started if alive(p)] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [p for p in started if alive(p)]


def test_run_dask_from_another_thread_runs_and_leaves_sigint_alone(tmp_path: Path) -> None:
    """Called from a thread other than the main one (where no signal handler can be set), the run goes
    as before, and the main thread's SIGINT handler is the one it was."""
    from layoutfix.batch import BatchConfig
    from layoutfix.distributed import run_dask

    src, handler = small_archive(tmp_path), signal.getsignal(signal.SIGINT)
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(run_dask(src, tmp_path / "out", BatchConfig(fmt="txt"), jobs=1,
                                    cluster_options={"processes": False}).converted)
        except BaseException as exc:  # (reported by the assertion below, not lost in the thread)
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert outcome == [2]
    assert signal.getsignal(signal.SIGINT) is handler


@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(), reason="sets a handler")
def test_one_ctrl_c_waits_for_the_start_and_a_second_goes_through_at_once() -> None:
    """One Ctrl-C while the cluster starts is raised once the start is done; a second is not held
    back (a start that hangs can still be stopped)."""
    from layoutfix.distributed import _ctrl_c_deferred

    ran = []
    with pytest.raises(KeyboardInterrupt), _ctrl_c_deferred():
        signal.raise_signal(signal.SIGINT)
        ran.append("after the first")
    assert ran == ["after the first"]
    ran.clear()
    with pytest.raises(KeyboardInterrupt), _ctrl_c_deferred():
        signal.raise_signal(signal.SIGINT)
        signal.raise_signal(signal.SIGINT)
        ran.append("after the second")
    assert ran == []
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
