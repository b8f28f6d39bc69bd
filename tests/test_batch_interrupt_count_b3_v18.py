"""A batch stopped by Ctrl-C counts its outputs once its workers have stopped, and starts no more.

Before, `collect` counted the outputs written while the pool (or Dask cluster) behind the results was
still running, and the pool went on converting every chunk queued: `batch -j 2` stopped by Ctrl-C said
`64 output(s) written` while 224 were on disk, `--dask local` said 61 where 96 were. Also here: the
error `BatchInterrupted` survives pickling; the pipe advice of `convert` is attached to the pipes, not
to a missing file after them; a symbolic-link loop where an output folder goes is named a loop.
"""

from __future__ import annotations

import os
import pickle
import re
import signal
import time
from pathlib import Path

import pytest

from batch_pages import sample_archive
from cli_pages import failed_under_a_link
from cli_process import batch_stopped_midrun, convert_pipes, tei_outputs
from layoutfix.batch import BatchConfig, BatchInterrupted, PageResult, run_batch

PAGES = Path(__file__).resolve().parent / "pages"


def _outputs(out: Path) -> int:
    return len(tei_outputs(out))


def _stop_at_first(result: PageResult) -> None:
    raise KeyboardInterrupt  # what Ctrl-C raises in the batch's process while results come in


def _settled(out: Path) -> int:
    """The outputs on disk, after a pause in which nothing should have been written any more."""
    before = _outputs(out)
    time.sleep(1.5)
    assert _outputs(out) == before, "outputs were still being written after the batch returned"
    return before


def test_an_interrupted_pool_is_shut_down_before_its_outputs_are_counted(tmp_path: Path) -> None:
    src, out = sample_archive(tmp_path, copies=20), tmp_path / "out"
    total = len(list(src.iterdir()))
    with pytest.raises(BatchInterrupted) as caught:
        run_batch(src, out, BatchConfig(fmt="tei"), jobs=2, on_result=_stop_at_first)
    written = _settled(out)
    assert caught.value.written == written > 0
    # the chunks no worker had taken are cancelled: far from every page is converted after the stop
    assert written < total / 2


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_ctrl_c_starts_no_more_chunks_and_counts_what_is_on_disk(tmp_path: Path) -> None:
    src, out = sample_archive(tmp_path, copies=20), tmp_path / "out"
    # SIGINT: what Ctrl-C in a terminal sends
    returncode, at_signal, stderr = batch_stopped_midrun(src, out, signal.SIGINT)
    assert returncode == 130, stderr[-500:]
    written = _settled(out)
    match = re.search(r"interrupted after (\d+) of (\d+) pages, (\d+) output\(s\) written", stderr)
    assert match, stderr[-500:]
    assert int(match.group(3)) == written
    # the chunks queued (22 pages each) never start: each worker stops after the page it converts
    # once the batch has set its stop flag, which on a loaded machine can take a few pages' time
    # (a full-suite run: 7 pages after the signal); a queued chunk started would write 22 more
    assert written - at_signal < 22, (at_signal, written)


def test_an_interrupted_dask_run_closes_its_cluster_before_counting(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from layoutfix.distributed import run_dask

    src, out = sample_archive(tmp_path, copies=10), tmp_path / "out"
    with pytest.raises(BatchInterrupted) as caught:
        run_dask(src, out, BatchConfig(fmt="tei"), address="local", jobs=2, on_result=_stop_at_first)
    assert caught.value.written == _settled(out) > 0


def test_batch_interrupted_survives_pickling() -> None:
    again = pickle.loads(pickle.dumps(BatchInterrupted(3, 1)))
    assert isinstance(again, BatchInterrupted) and isinstance(again, KeyboardInterrupt)
    assert (again.written, again.unreported) == (3, 1)
    assert str(again) == str(BatchInterrupted(3, 1))


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
def test_the_pipe_advice_goes_with_the_pipe_not_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nothere.txt"
    [read], proc = convert_pipes([PAGES / "photo-item.txt"], str(missing))
    assert proc.returncode == 3
    [line] = proc.stderr.splitlines()
    pipe, gone = line.split("; ")
    assert pipe.startswith(f"layoutfix: error: /dev/fd/{read}: symbolic link to a pipe")
    assert pipe.endswith("(save it to one first)")
    assert gone.startswith(str(missing)) and "save" not in gone


def test_a_symbolic_link_loop_where_an_output_folder_goes_is_named_a_loop(tmp_path: Path) -> None:
    page, failed = failed_under_a_link(tmp_path, "sub")  # out/sub -> out/sub
    out = tmp_path / "out"
    assert failed and all(
        line == f"layoutfix: batch: FAILED {page}: {out / 'sub'}: cannot write: symbolic link loop "
                "(to sub; outputs go into a folder there)" for line in failed), failed


def test_a_page_counted_by_the_progress_callback_is_not_also_unreported(tmp_path: Path) -> None:
    """Ctrl-C inside the progress callback, after it counted its page (the CLI counts on its first
    line): the page is reported, so pages done + unreported equals what was written (a review found
    one page in both: "6 pages done" with 5 on disk)."""
    src, out = sample_archive(tmp_path, copies=1), tmp_path / "out"
    done = 0

    def count_then_stop(result: PageResult) -> None:
        nonlocal done
        done += 1
        if done == 5:
            raise KeyboardInterrupt

    with pytest.raises(BatchInterrupted) as caught:
        run_batch(src, out, BatchConfig(fmt="tei"), jobs=1, on_result=count_then_stop)
    assert done + caught.value.unreported == caught.value.written == _outputs(out)
