"""A stopped batch leaves no page out of the totals of `--resume`, and SIGTERM ends it as Ctrl-C does.

Workers write outputs chunk by chunk, but the batch recorded a page's figures only when its whole chunk
came back. After Ctrl-C, SIGTERM or kill -9, the outputs written by the chunks in flight were complete
but had no figures: every later `--resume` skipped them as up to date and left them out of the totals
for good ("195 up-to-date pages without recorded figures", articles 2,709 where a full run gives
3,343). Now `--resume` converts such an output again, so the totals are a full run's; an output whose
figures were recorded and which was edited since is still kept and listed (test_batch_resume.py).

SIGTERM (timeout, systemd, job schedulers) ended the run with no word; now it is handled as Ctrl-C: the
chunks running are finished and counted, one `interrupted after N of M pages` line, exit 143.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from batch_pages import small_archive
from layoutfix.batch import FIGURES_FILE
from layoutfix.cli import app

TOTALS = ("pages", "articles", "edits", "edits_by_kind", "edits_by_rule", "suggestions", "warnings")


def _report(args: list[str], report: Path) -> dict[str, object]:
    result = CliRunner().invoke(app, [*args, "--report", str(report)])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return data


def test_resume_converts_outputs_whose_figures_were_never_recorded(tmp_path: Path) -> None:
    src, out = small_archive(tmp_path, pages=4), tmp_path / "out"
    full = _report(["batch", str(src), str(out), "-j", "1"], tmp_path / "full.json")
    # What a stopped run leaves: four complete outputs, the figures of the first chunk's pages only.
    record = out / FIGURES_FILE
    lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
    record.write_text("".join(lines[:1]), encoding="utf-8")
    resumed = _report(["batch", str(src), str(out), "-j", "1", "--resume"], tmp_path / "r.json")
    assert {k: resumed[k] for k in TOTALS} == {k: full[k] for k in TOTALS}
    assert (resumed["converted"], resumed["skipped"], resumed["unrecorded"]) == (3, 1, [])
    again = _report(["batch", str(src), str(out), "-j", "1", "--resume"], tmp_path / "r2.json")
    assert (again["converted"], again["skipped"], again["articles"]) == (0, 4, full["articles"])


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    src = str(Path(__import__("layoutfix").__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    return env


def test_sigterm_ends_the_run_as_ctrl_c_and_counts_what_was_written(tmp_path: Path) -> None:
    pages = 120
    src, out = small_archive(tmp_path, pages=pages), tmp_path / "out"
    command = [sys.executable, "-m", "layoutfix.cli", "batch", str(src), str(out), "-j", "2"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=_environment()) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:  # the first progress line: pages are being converted
            if f"/{pages} pages" in line:
                break
        proc.send_signal(signal.SIGTERM)
        started = time.monotonic()
        rest = proc.stderr.read()
        code = proc.wait(timeout=120)
    assert time.monotonic() - started < 60
    assert code == 143, rest
    last = rest.strip().splitlines()[-1]
    prefix = "layoutfix: batch: interrupted after "
    assert last.startswith(prefix) and " by SIGTERM; " in last and "--resume" in last, rest
    done = int(last.removeprefix(prefix).split()[0])
    written = len(list(out.glob("*.tei.xml")))
    assert 0 < written < pages
    assert done == written  # every output written is counted, none left without its figures
    resumed = _report(["batch", str(src), str(out), "-j", "1", "--resume"], tmp_path / "r.json")
    assert (resumed["converted"], resumed["skipped"], resumed["unrecorded"]) == (pages - written, written, [])
    assert resumed["articles"] == pages
