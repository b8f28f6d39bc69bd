"""The `layoutfix` console script's entry point: the command line, with a Ctrl-C while it loads handled.

The command line's module (`layoutfix.cli`) imports the whole pipeline (jieba, lxml, opencc and the
rules), which takes a second or two, and many more on a loaded machine. A Ctrl-C in that time came out
as a KeyboardInterrupt traceback from inside some import; here it is the line every other interrupt
gets, `layoutfix: interrupted`, and exit 130 (as `cli.main` ends one that falls outside a command).
"""

from __future__ import annotations

import signal
import sys


def main() -> None:
    """Load the command line and run it (`layoutfix.cli.main`); a Ctrl-C while loading: one line, 130."""
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # (the process is ending: see `cli.main`)
        sys.stderr.write("layoutfix: interrupted\n")
        sys.exit(130)
    run()
