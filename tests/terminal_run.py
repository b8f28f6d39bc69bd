"""Run the CLI with its stdout on a pseudo-terminal, as a user at a terminal sees it (colour, styles,
rich's own rendering), for the tests of what a terminal shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def on_a_terminal(args: list[str], cwd: Path, **env: str) -> tuple[int, str]:
    """Run `layoutfix ARGS` with stdout on a pseudo-terminal: its exit code and what it printed.
    `NO_COLOR` and `FORCE_COLOR` of the calling environment are dropped; `env` sets variables."""
    import pty

    leader, follower = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environ.update({"TERM": "xterm-256color", "COLUMNS": "200", **env})
    proc = subprocess.Popen([sys.executable, "-m", "layoutfix.cli", *args], stdout=follower,
                            stderr=subprocess.DEVNULL, env=environ, cwd=cwd)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    return proc.wait(), out.decode("utf-8")
