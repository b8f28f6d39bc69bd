"""Run the CLI in a child process of its own, as a shell does, for the tests of what only a real
process shows: pages given as pipes (`convert <(cat a.txt)`)."""

from __future__ import annotations

import os
import subprocess
import sys
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
