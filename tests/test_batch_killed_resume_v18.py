"""`batch --resume` after a run killed with SIGKILL counts every output the killed run wrote.

Workers convert pages chunk by chunk and the batch recorded a page's figures only when the whole chunk
came back, so the outputs of the chunks in flight were complete but had no figures: every later
`--resume` skipped them as up to date, listed them as "without recorded figures" and left them out of
the totals for good. Now each page's figures are recorded as its output is written, so a resumed run's
totals are those of one uninterrupted run. An output edited by hand since is still kept, not rewritten,
and listed.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from batch_pages import sample_archive
from cli_process import batch_stopped_midrun, tei_outputs
from layoutfix.cli import app

PAGES = Path(__file__).resolve().parent / "pages"
#: The report fields that must not depend on whether the run was interrupted.
TOTALS = ("pages", "failed", "articles", "edits", "edits_by_kind", "edits_by_rule", "suggestions", "warnings")


def _killed_run(src: Path, out: Path, at_least: int = 3) -> None:
    """Run `layoutfix batch SRC OUT --jobs 2` and kill its whole process group with SIGKILL once
    `at_least` outputs exist."""
    returncode, _at_signal, stderr = batch_stopped_midrun(src, out, signal.SIGKILL, at_least)
    if returncode != -signal.SIGKILL:
        pytest.fail(f"the batch was not killed mid-run (exit {returncode}): {stderr[-500:]}")


def _report(runner: CliRunner, src: Path, out: Path, path: Path, *extra: str) -> dict:
    result = runner.invoke(app, ["batch", str(src), str(out), "-j", "1", "--report", str(path), *extra])
    assert result.exit_code == 0, result.stderr
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_resume_after_kill_counts_every_output_written(tmp_path: Path) -> None:
    runner = CliRunner()
    src = sample_archive(tmp_path, copies=7)
    full = _report(runner, src, tmp_path / "full", tmp_path / "full.json")
    out = tmp_path / "out"
    _killed_run(src, out)
    written = len(tei_outputs(out))
    assert 0 < written < full["pages"]

    resumed = _report(runner, src, out, tmp_path / "resumed.json", "--resume")
    assert resumed["unrecorded"] == []
    assert resumed["skipped"] == written  # (the whole group was killed: no output came after)
    assert {k: resumed[k] for k in TOTALS} == {k: full[k] for k in TOTALS}


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_an_output_edited_by_hand_after_a_kill_is_kept_and_listed(tmp_path: Path) -> None:
    runner = CliRunner()
    src = sample_archive(tmp_path, copies=4)
    out = tmp_path / "out"
    _killed_run(src, out, at_least=2)
    edited = tei_outputs(out)[0]
    text = edited.read_text(encoding="utf-8") + "<!-- checked by hand -->\n"
    edited.write_text(text, encoding="utf-8")
    os.utime(edited, ns=(edited.stat().st_mtime_ns + 10**9,) * 2)

    resumed = _report(runner, src, out, tmp_path / "resumed.json", "--resume")
    assert edited.read_text(encoding="utf-8") == text
    assert resumed["unrecorded"] == [str(src / edited.name.replace(".tei.xml", ".txt"))]
