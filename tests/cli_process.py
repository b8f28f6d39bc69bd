"""Run the CLI in a child process of its own, as a shell does, for the tests of what only a real
process shows: pages given as pipes (`convert <(cat a.txt)`), and a batch stopped by a signal sent
to its whole process group mid-run (Ctrl-C, SIGKILL)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

#: The command that runs this checkout's `layoutfix` in a child process.
LAYOUTFIX = [sys.executable, "-m", "layoutfix.cli"]


def cli_env() -> dict[str, str]:
    """The environment a child `layoutfix` runs in: this one, with the import path of the tests (so
    the child imports the code under test)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}


def convert_pipes(pages: list[Path], *after: str) -> tuple[list[int], subprocess.CompletedProcess[str]]:
    """Run `layoutfix convert /dev/fd/N ... AFTER` with each of `pages` given as a pipe holding its
    bytes, as a shell's `<(cat page)` does: the pipes' descriptors (closed once it has run) and the
    finished process, its output captured as text."""
    fds: list[int] = []
    for page in pages:
        read, write = os.pipe()
        os.write(write, page.read_bytes())
        os.close(write)
        fds.append(read)
    try:
        command = [*LAYOUTFIX, "convert", *(f"/dev/fd/{fd}" for fd in fds), *after]
        proc = subprocess.run(command, capture_output=True, text=True, env=cli_env(), pass_fds=fds,
                              timeout=120)
    finally:
        for fd in fds:
            os.close(fd)
    return fds, proc


def load_factor() -> float:
    """How many times busier than its cores the machine has been over the last minute (1.0 when idle
    or unknown): a bound on how long a process may take scales with it, so that a test measuring
    "ends at once" fails on a hang or a wait for work, not on a runner shared with other jobs."""
    try:
        return max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))
    except OSError:
        return 1.0


def tei_outputs(out: Path) -> list[Path]:
    """The TEI outputs a batch has written into `out` so far (none while `out` is not made yet)."""
    return sorted(out.glob("*.tei.xml")) if out.is_dir() else []


def complete_tei_outputs(out: Path) -> list[Path]:
    """The TEI outputs in `out`, each checked to be whole XML (a cut file raises `ParseError`)."""
    import xml.etree.ElementTree as ET

    outputs = tei_outputs(out)
    for path in outputs:
        ET.parse(path)
    return outputs


def batch_stopped_midrun(
    src: Path, out: Path, sig: signal.Signals, at_least: int = 3, patience: float = 120.0
) -> tuple[int, int, str]:
    """Run `layoutfix batch SRC OUT --jobs 2` in a process group of its own and send `sig` to the
    whole group once `at_least` outputs exist (polled, no timing assumed about the pages) or after
    `patience` seconds: its exit code, the outputs on disk as the signal was sent, and its stderr."""
    command = [*LAYOUTFIX, "batch", str(src), str(out), "-j", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=cli_env(),
                            start_new_session=True)
    deadline = time.monotonic() + patience
    try:
        while len(tei_outputs(out)) < at_least and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    finally:
        at_signal = len(tei_outputs(out))
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        _, err = proc.communicate(timeout=patience)
    return proc.returncode, at_signal, err.decode("utf-8")


def child_pids(pid: int) -> set[int]:
    """The processes `pid` started (a batch's workers), from Linux's /proc; empty elsewhere."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(c) for c in path.read_text().split()} if path.exists() else set()


def descendant_pids(pid: int) -> set[int]:
    """Every process `pid` started, and those they started, whichever of its threads started them
    (a Dask cluster's workers are started by its threads), from Linux's /proc; empty elsewhere."""
    found: set[int] = set()
    with contextlib.suppress(OSError):  # (gone meanwhile)
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                found |= {int(child)} | descendant_pids(int(child))
    return found


def alive(pid: int) -> bool:
    """Whether process `pid` runs (not gone, not a zombie)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False
