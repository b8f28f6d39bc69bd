"""Ctrl-C while a batch's process pool shuts down: the batch goes on only once the pool has closed.

Before, a Ctrl-C that fell while the batch waited for the pool's manager thread (a second Ctrl-C while
the pool stopped, or one while a finished pool closed) cut that wait short, and before Python 3.13 a
cut `Thread.join` marks the thread as ended while it runs (CPython gh-90882): the batch went on and
exited while the thread was still closing the pool, and the interpreter's exit printed "Exception
ignored in: <module 'threading'> ... OSError: [Errno 9] Bad file descriptor" under the interrupt line
(about one second Ctrl-C in 4 on a busy machine). Here the pool's closing is held until Ctrl-C was
pressed, so the Ctrl-C falls inside that wait every time.
"""

from __future__ import annotations

import concurrent.futures.process as futures_process
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

import layoutfix.batch
from layoutfix.batch import BatchConfig

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or os.name != "posix",
                                reason="signals the test process itself, kills workers with SIGKILL")

Manager = futures_process._ExecutorManagerThread


def _managers() -> set[threading.Thread]:
    """The pool manager threads that still run (a thread leaves `threading.enumerate()` only as it
    really ends, not when a cut `join` marks it as ended)."""
    return {t for t in threading.enumerate() if isinstance(t, Manager)}


@pytest.fixture
def ctrl_c(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[float], None]]:
    """`press(after)`: Ctrl-C (SIGINT to this process) `after` seconds from now, while every pool
    manager thread is held in its closing until then, and for half a second more."""
    pressed = threading.Event()
    name = "_join_executor_internals" if hasattr(Manager, "_join_executor_internals") else \
        "join_executor_internals"  # (the one both a normal and a broken pool close through)
    original = getattr(Manager, name)

    def held(self: Any, *args: Any) -> None:
        pressed.wait(30)
        time.sleep(0.5)
        original(self, *args)

    def press(after: float) -> None:
        def send() -> None:
            os.kill(os.getpid(), signal.SIGINT)
            pressed.set()
        threading.Timer(after, send).start()

    monkeypatch.setattr(Manager, name, held)
    monkeypatch.setattr(layoutfix.batch, "warm_up", lambda options=None: None)  # (quick forked workers)
    before = _managers()
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield press
    finally:
        pressed.set()
        deadline = time.monotonic() + 30  # leave no thread closing a pool to the next test
        while _managers() - before and time.monotonic() < deadline:
            time.sleep(0.05)
        signal.signal(signal.SIGINT, previous)


def test_a_second_ctrl_c_while_the_pool_stops_returns_once_the_pool_is_closed(
        ctrl_c: Callable[[float], None]) -> None:
    """A second Ctrl-C while `_stop_pool` waits for workers converting pages: the workers are
    killed, and `_stop_pool` returns only when the pool's manager thread has ended."""
    before = _managers()
    pool = ProcessPoolExecutor(max_workers=2, initializer=signal.signal,
                               initargs=(signal.SIGINT, signal.SIG_IGN))  # (as the batch's workers)
    for _ in range(2):
        pool.submit(time.sleep, 60)  # a page that takes long
    time.sleep(0.2)
    ctrl_c(0.3)
    started = time.monotonic()
    try:
        layoutfix.batch._stop_pool(pool, multiprocessing.RawValue("b", 0))
    except KeyboardInterrupt:
        pytest.fail("the second Ctrl-C escaped the stop")
    assert not _managers() - before, "the stop returned while the pool's manager thread was closing it"
    assert time.monotonic() - started < 20, "the workers were not killed"


def test_ctrl_c_while_a_finished_pool_closes_is_raised_once_it_is_closed(
        ctrl_c: Callable[[float], None]) -> None:
    """Ctrl-C while the pool of a finished run closes: it is raised, once the pool has closed."""
    before = _managers()
    with pytest.raises(KeyboardInterrupt), layoutfix.batch._stoppable_pool(1, BatchConfig()) as pool:
        assert pool.submit(int, "7").result() == 7
        ctrl_c(0.3)
    assert not _managers() - before, "Ctrl-C was raised while the pool's manager thread was closing it"
