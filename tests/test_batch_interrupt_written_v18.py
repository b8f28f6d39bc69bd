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

import os
import re
import signal
from pathlib import Path

import pytest

from batch_pages import sample_archive
from cli_process import batch_stopped_midrun, complete_tei_outputs

PAGES = Path(__file__).resolve().parent / "pages"


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_ctrl_c_counts_the_outputs_written(tmp_path: Path) -> None:
    src, out = sample_archive(tmp_path, copies=20), tmp_path / "out"
    # SIGINT: what Ctrl-C in a terminal sends
    returncode, _at_signal, stderr = batch_stopped_midrun(src, out, signal.SIGINT)
    if returncode != 130:
        pytest.fail(f"the batch was not interrupted mid-run (exit {returncode}): {stderr[-500:]}")
    written = len(complete_tei_outputs(out))  # every output on disk is whole
    # the workers finished their pages (they ignore SIGINT): no write was cut, no temporary file left
    assert not list(out.glob(".*.tmp"))
    last = stderr.strip().splitlines()[-1]
    match = re.fullmatch(r"layoutfix: batch: interrupted after (\d+) of (\d+) pages, (\d+) output\(s\) "
                         r"written by this run; every output written is complete, and --resume goes on "
                         r"from there", last)
    assert match, last
    done, total, said_written = map(int, match.groups())
    assert total == 20 * len(list(PAGES.glob("*.txt")))
    assert said_written == written > 0
    assert written <= done < total
