"""The same batch work on a Dask distributed cluster (optional extra: `pip install 'layoutfix[dask]'`).

Dask is imported inside the functions, so `import layoutfix` never needs it. The unit of work is the
one `layoutfix.batch` uses (`convert_chunk`: a few pages converted and written atomically, counts
returned), so a cluster run writes the same files and the same report as a local one. Workers must
see `in_dir` and `out_dir` at the same paths (a shared file system); the results sent back are counts.

Example, on a real cluster (a scheduler started with `dask scheduler`, workers with `dask worker
tcp://sched:8786 --nthreads 1` on each machine, each with layoutfix installed)::

    from distributed import Client
    from layoutfix.batch import BatchConfig, discover
    from layoutfix.distributed import convert_bag, pages_bag

    client = Client("tcp://sched:8786")
    jobs = discover(Path("/archive/ocr"), Path("/archive/tei"), "tei")
    results = convert_bag(pages_bag(jobs, partition_size=32), BatchConfig(fmt="tei")).compute()
    failed = [r for r in results if r.status == "failed"]

or simply `run_dask("/archive/ocr", "/archive/tei", address="tcp://sched:8786")`, which also reports
progress as partitions finish and returns a `BatchReport`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .batch import (
    BatchConfig,
    BatchReport,
    Job,
    PageFigures,
    PageResult,
    ProgressCallback,
    check_rules,
    chunk_size,
    chunks,
    collect,
    convert_chunk,
    iter_jobs,
    new_report,
    prepare_out_dir,
    remove_stale_temp_files,
)
from .errors import LayoutfixError


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise LayoutfixError(
            "--dask needs Dask: pip install 'layoutfix[dask]' (dask[distributed])"
        ) from None


def pages_bag(jobs: Sequence[Job], partition_size: int = 16) -> Any:
    """A `dask.bag.Bag` of `Job`s, `partition_size` pages per partition (one task each)."""
    _require_dask()
    import dask.bag as db

    return db.from_sequence(list(jobs), partition_size=max(1, partition_size))


def convert_bag(bag: Any, config: BatchConfig | None = None) -> Any:
    """Map a bag of `Job`s to a bag of `PageResult`s: each partition is converted as one chunk.

    Lazy, like every bag operation: call `.compute()` (or hand it to `Client.compute`) to run it.
    """
    config = config or BatchConfig()
    return bag.map_partitions(lambda part: convert_chunk(list(part), config))


def _results(futures: list[Any], parts: list[list[Job]],
             stop: Callable[[list[Any]], object]) -> Iterator[PageResult]:
    """Results as partitions finish; a partition whose task failed (a lost worker) fails its pages.
    Stopped early (Ctrl-C, or closed by `collect` on one), `stop(futures)` cancels the tasks not
    finished and closes a local cluster (which ends the tasks running), before the outputs are counted.

    The cancel is `stop`'s (`_stop`), under its Ctrl-C handling: before, each future was cancelled
    here, one blocking call each, and a second Ctrl-C among them skipped the stop, so the run counted
    its outputs while the workers still wrote (said 7 written, 26 were). A Ctrl-C before `stop` has
    set its handler starts it again (it is the one being handled)."""
    from distributed import as_completed

    index = {f.key: i for i, f in enumerate(futures)}
    try:
        for future in as_completed(futures):
            part = parts[index[future.key]]
            try:
                yield from future.result()
            except Exception as exc:
                for job in part:
                    yield PageResult(str(job.source), str(job.target), "failed",
                                     error=f"dask task failed: {type(exc).__name__}: {exc}")
            future.release()
    except BaseException:
        while True:
            with contextlib.suppress(KeyboardInterrupt):
                stop(futures)
                break
        raise


def run_dask(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    config: BatchConfig | None = None,
    *,
    address: str = "local",
    jobs: int | None = None,
    on_start: Any = None,
    on_result: ProgressCallback | None = None,
    on_warning: Any = None,
    cluster_options: dict[str, Any] | None = None,
    connect_timeout: str = "20s",
) -> BatchReport:
    """`run_batch` on a Dask cluster: `address` is a scheduler (`tcp://host:8786`) or `local`.

    `on_warning` as for `run_batch` (settings changed since the last run, with `resume`).
    `local` starts a `LocalCluster` with `jobs` single-threaded worker processes (default: all cores;
    `cluster_options` are passed on, e.g. `{"processes": False}`) and closes it at the end. Raises
    `LayoutfixError` when Dask is not installed or the scheduler cannot be reached within
    `connect_timeout`, and `RuleError` for a malformed rule file (`check_rules`), before anything is
    written.

    Ctrl-C (SIGINT) is held back while the local cluster starts and raised once it exists, which is
    then closed (no worker left running), whichever thread of the caller the signal reaches, when
    called from the main thread. From another thread no handler can be set: SIGINT is only blocked in
    the calling thread, and Python raises `KeyboardInterrupt` in the main thread, not here.
    """
    _require_dask()
    config = config or BatchConfig()
    check_rules(config)  # one error, not a failure per page on every worker
    src, dst = Path(in_dir), Path(out_dir)
    walk_warnings: list[dict[str, str]] = []
    found = list(iter_jobs(src, dst, config.fmt, issues=config.issues, warnings=walk_warnings,
                           on_warning=on_warning))  # (a symbolic-link loop said on stderr, as run_batch)
    if config.resume:
        found = list(remove_stale_temp_files(found, config))
    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    # Connect first: an address that is wrong leaves OUT_DIR as it was (no settings record written).
    client, cluster = _connect(address, workers, cluster_options, connect_timeout)
    try:
        report = _run_on(client, cluster, workers, src, dst, found, config, walk_warnings,
                         on_start, on_result, on_warning)
    except BaseException:
        _stop(client, cluster)
        raise
    if _stop(client, cluster):  # Ctrl-C as the finished run's cluster closed
        signal.raise_signal(signal.SIGINT)  # delivered again, to the handler it was meant for
    return report


def _run_on(client: Any, cluster: Any, workers: int, src: Path, dst: Path, found: list[Job],
            config: BatchConfig, walk_warnings: list[dict[str, str]], on_start: Any,
            on_result: ProgressCallback | None, on_warning: Any) -> BatchReport:
    """The body of `run_dask` once `client` is connected, to the local `cluster` or (None) a scheduler
    whose threads are the workers counted. Stopped early, the tasks not finished are cancelled and
    the cluster is closed (`_stop`) before the outputs are counted."""
    config = prepare_out_dir(dst, config, walk_warnings, on_warning)  # before any worker sees it
    if on_start is not None:
        on_start(sum(job.error is None for job in found))  # (an unread folder is no page)
    if cluster is None:
        workers = max(1, sum(client.nthreads().values()))
    report = new_report(src, dst, config, workers)
    report.warnings.extend(walk_warnings)
    if not found:
        return report
    size = chunk_size(len(found), workers)
    bag = pages_bag(found, size)
    parts = list(chunks(found, size))  # from_sequence cuts consecutive slices of `size`, too
    if len(parts) != bag.npartitions:
        raise LayoutfixError(f"unexpected Dask partitioning: {bag.npartitions} for {len(parts)} chunks")
    figures = PageFigures(dst, config.resume)  # (made anew before any worker appends to it)
    config = dataclasses.replace(config, figures_file=figures.path)
    futures = client.compute(convert_bag(bag, config).to_delayed())
    results = _results(futures, parts, lambda pending: _stop(client, cluster, pending))
    return collect(results, report, on_result, figures, on_warning)


def _connect(address: str, workers: int, cluster_options: dict[str, Any] | None,
             timeout: str) -> tuple[Any, Any]:
    """A client of the scheduler at `address`, or of a new `LocalCluster` for `local` (returned too, to
    be closed at the end). Raises `LayoutfixError` when the address is malformed or nothing answers.
    A local cluster is started with Ctrl-C held back (`_ctrl_c_held`): one pressed meanwhile is raised
    once it has started, and closes it (`_stop`)."""
    from distributed import Client, LocalCluster

    client = cluster = None
    try:
        if address == "local":
            options = _local_options(workers, cluster_options)
            with _ctrl_c_held():
                cluster = _local_cluster(LocalCluster, options)
                client = Client(cluster)
            return client, cluster
        return Client(address, timeout=timeout), None
    except BaseException as exc:  # Ctrl-C too: a cluster half made is stopped whatever ended it
        if cluster is not None:
            _stop(client, cluster)
        if not isinstance(exc, (OSError, ValueError, TypeError)):
            raise
        message = f"cannot reach the Dask scheduler at {address}: {exc}"  # (or malformed: "missing port")
    _collect_half_made()
    raise LayoutfixError(message)


def _local_options(workers: int, cluster_options: dict[str, Any] | None) -> dict[str, Any]:
    """The `LocalCluster` options of a run: one thread a worker, no dashboard, the caller's options
    over them. With no dashboard, the scheduler's HTTP server (health, metrics) listens on a free port:
    on its default, 8787, a second run at the same time (or any other cluster) printed Dask's four-line
    `Port 8787 is already in use` warning on stderr."""
    options: dict[str, Any] = {"n_workers": workers, "threads_per_worker": 1, "dashboard_address": None}
    options.update(cluster_options or {})
    scheduler = options.get("scheduler_kwargs") or {}
    if options["dashboard_address"] is None and "dashboard_address" not in scheduler:
        options["scheduler_kwargs"] = {**scheduler, "dashboard_address": ":0"}
    return options


@contextlib.contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Ctrl-C held back for the time of the block and raised as it ends: deferred on the main thread
    (`_ctrl_c_deferred`), and SIGINT blocked in this thread (`_sigint_blocked`). The mask is given
    back first, so a SIGINT pending in this thread is deferred too, then raised once."""
    with _ctrl_c_deferred(), _sigint_blocked():
        yield


@contextlib.contextmanager
def _ctrl_c_deferred() -> Iterator[None]:
    """On the main thread, a Ctrl-C pressed during the block recorded, not raised, and handed to the
    handler it was meant for as the block ends, after its statements have run; a second Ctrl-C is
    handed on at once (a start that hangs can still be stopped: its workers may then be left).

    Why: Python runs a SIGINT handler in the main thread whichever thread the signal reaches. Blocking
    it in this thread alone (`_sigint_blocked`) left a process-wide SIGINT to a thread of the caller
    that had it unblocked, and `KeyboardInterrupt` was raised inside `LocalCluster(...)`, half-built:
    its worker processes were left running after `run_dask` raised. Deferred, it is raised once the
    cluster object exists, which is then closed (`_connect`). The caller's handler is called itself,
    not through `signal.raise_signal`: a main thread keeping SIGINT blocked would hold that signal
    pending, and the run would go on after the Ctrl-C. With `SIG_DFL` the signal is raised again (the
    process ends). Elsewhere (another thread, where no handler can be set; SIGINT ignored; a handler
    not set from Python) nothing is changed."""
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous in (signal.SIG_IGN, None):
        yield
        return
    pressed: list[int] = []

    def on_sigint(signum: int, frame: Any) -> None:
        pressed.append(signum)
        if len(pressed) == 2:  # the second: no more waiting
            signal.signal(signal.SIGINT, previous)
            _hand_on(previous, frame)

    signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if len(pressed) == 1:
            _hand_on(previous, None)


def _hand_on(handler: Any, frame: Any) -> None:
    """A Ctrl-C given to `handler`, the SIGINT handler it was meant for: called when it is Python's
    (`KeyboardInterrupt` by default), else (`SIG_DFL`) the signal raised again."""
    if callable(handler):
        handler(signal.SIGINT, frame)
    else:
        signal.raise_signal(signal.SIGINT)


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT blocked in this thread for the time of the block, and a Ctrl-C pressed meanwhile raised
    as it ends (Python runs the handler as the signal is unblocked).

    Why: Ctrl-C in a terminal reaches every process of the batch. The worker processes of a
    `LocalCluster` are started by threads that the cluster starts, which inherit this thread's signal
    mask, and a process keeps it: those workers never see SIGINT. Before, each printed its
    KeyboardInterrupt traceback, and a second Ctrl-C while the cluster closed hung the batch; now the
    batch alone stops them (`_stop`). Python's resource tracker, which Dask's processes need, unblocks
    SIGINT in the thread that starts it, so it is started first. Where signal masks do not exist
    (Windows), nothing is held."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _collect_half_made() -> None:
    """Collect the Dask object whose constructor just failed, now. The failure's traceback keeps it
    in a reference cycle, so otherwise the collector deletes it at some later allocation, and its
    `__del__` (`Client.close`) takes the lock every Dask event loop starts under (a class lock of
    `distributed.utils.LoopRunner`): when that allocation is inside the next `LocalCluster`'s start,
    which holds the lock, the process hangs for good (seen in a CI run's test_dask.py)."""
    gc.collect()


def _local_cluster(factory: Any, options: dict[str, Any], attempts: int = 2) -> Any:
    """A new `LocalCluster`. Dask gives the thread of its event loop 10 s to start and otherwise fails
    with a bare `AssertionError` (distributed.utils.LoopRunner), which a loaded machine can hit once;
    the start is tried again, and a second failure is one `LayoutfixError` line, not a traceback."""
    why = ""
    for _ in range(attempts):
        try:
            return factory(**options)
        except (AssertionError, TimeoutError) as exc:
            why = str(exc)  # (not the exception: its traceback holds the half-made cluster)
        _collect_half_made()
    why = why or "its event loop did not start in time"
    raise LayoutfixError(f"cannot start a local Dask cluster: {why} ({attempts} attempts)")


def _close(client: Any, cluster: Any, futures: Sequence[Any] = ()) -> None:
    """Cancel the tasks of `futures` not finished (one call), close the client, and the local cluster
    if this run started one (again: nothing happens)."""
    if futures and client is not None and client.status == "running":
        with contextlib.suppress(Exception):  # (the scheduler gone already: the close goes on)
            client.cancel(list(futures))
    if client is not None and client.status != "closed":
        client.close()
    if cluster is not None and cluster.status.name != "closed":
        cluster.close()


def _stop(client: Any, cluster: Any, futures: Sequence[Any] = ()) -> bool:
    """Cancel the tasks of `futures` not finished and close the client and the cluster (a run stopped
    by Ctrl-C, or at its end), Dask's logs quiet (`_quiet_workers`, `_quiet_here`), however often
    Ctrl-C is pressed meanwhile: a Ctrl-C kills the local cluster's worker processes (`_kill_workers`:
    the pages they were converting are abandoned, every output written is whole) and the stop goes
    on, so it ends at once and leaves no process behind. Before, a second Ctrl-C cut the close short
    and the batch hung in closing it again. Returns whether Ctrl-C was pressed. Outside the main
    thread, where no handler can be set, and where SIGINT is ignored, a plain close."""
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is signal.SIG_IGN):
        _close(client, cluster, futures)
        return False
    pressed: list[int] = []

    def on_sigint(signum: int, frame: Any) -> None:
        pressed.append(signum)
        _kill_workers(cluster)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        with _quiet_here():
            _quiet_workers(client, cluster)
            _close(client, cluster, futures)
    finally:
        signal.signal(signal.SIGINT, previous)
    return bool(pressed)


def _quiet_workers(client: Any, cluster: Any) -> None:
    """Have the workers of a local `cluster` log nothing but critical errors from now on: closed while
    they convert pages, each logs "Async instruction ... ended with CancelledError" for its task, and
    a busy one "Failed to communicate with scheduler during heartbeat" with a traceback, which are the
    stop the user asked for (`_stop`), not news for them."""
    if cluster is not None and client.status == "running":
        with contextlib.suppress(Exception):  # (a worker gone already: the close goes on)
            client.run(_log_critical_only, on_error="ignore")


def _log_critical_only() -> None:
    """Run on a worker (`_quiet_workers`): Dask's loggers there log critical errors only."""
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


#: The loggers `_quiet_here` quiets: Dask's, and that of the event loop Dask runs its calls on, where
#: a blocking call cut short by Ctrl-C (`distributed.utils.sync`) can fail its own clean-up:
#: "tornado.application - ERROR - Exception in callback ... sync.<locals>.cancel ... NameError".
_STOP_LOGGERS = ("distributed", "tornado.application", "asyncio")


@contextlib.contextmanager
def _quiet_here() -> Iterator[None]:
    """Dask's loggers in this process (a local cluster's scheduler and nannies, the event loop's, and
    asyncio's "Task exception was never retrieved" of a gather the stop cancels: `_STOP_LOGGERS`) log
    critical errors only for the time of the block, a stop (`_stop`), for the reason of
    `_quiet_workers`."""
    loggers = [logging.getLogger(name) for name in _STOP_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _kill_workers(cluster: Any) -> None:
    """End the worker processes of a local `cluster` now (SIGKILL), read from its nannies without a
    lock (run in a signal handler). A cluster of threads (`processes=False`) or none has none.

    Each nanny is told first that the cluster closes (`_no_restart`): a nanny still running restarts
    a worker process that ends, and the close then waited for the new one (the line 5 s after a
    second Ctrl-C pressed before the close had started)."""
    for nanny in list(getattr(cluster, "workers", {}).values()):
        _no_restart(nanny)
        process = getattr(getattr(nanny, "process", None), "process", None)  # (its AsyncProcess)
        pid = getattr(process, "pid", None)
        # (not reaped yet: the number is still its own)
        if process is not None and isinstance(pid, int) and process.is_alive():
            with contextlib.suppress(OSError):  # ended meanwhile
                os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))


def _no_restart(nanny: Any) -> None:
    """Mark a running `nanny` closing gracefully (Dask's own status for "the cluster shuts down: do not
    restart the worker if it ends"; an attribute set, no lock taken, as `_kill_workers` needs), so
    it closes itself once its worker process has ended. A nanny closing or closed already is left
    as it is (its close goes on)."""
    status: Any = getattr(nanny, "status", None)  # (a `distributed.core.Status`, not imported here)
    if getattr(status, "name", None) == "running":
        nanny.status = type(status).closing_gracefully


__all__ = ["convert_bag", "pages_bag", "run_dask"]
