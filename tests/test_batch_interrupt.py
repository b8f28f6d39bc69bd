"""Ctrl-C during `layoutfix batch`: the run ends with exit 130 and one line saying how far it got and
that `--resume` goes on from there, instead of ending silently."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import layoutfix.batch
from layoutfix.batch import PageResult
from layoutfix.cli import app


def test_an_interrupted_batch_says_where_it_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for k in range(5):
        (src / f"p{k}.txt").write_text("全市召开会议\n\n近日，全市召开会议。\n", encoding="utf-8")

    def interrupted(in_dir: Path, out_dir: Path, config: Any, **kw: Any) -> None:
        kw["on_start"](5)
        for k in range(2):
            kw["on_result"](PageResult(str(src / f"p{k}.txt"), str(out_dir / f"p{k}.tei.xml"), "ok"))
        raise KeyboardInterrupt  # what SIGINT raises in the main process while pages are converted

    monkeypatch.setattr(layoutfix.batch, "run_batch", interrupted)
    result = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "out")])
    assert result.exit_code == 130
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("layoutfix: batch: interrupted after 2 of 5 pages")
    assert "--resume" in last


def test_a_batch_interrupted_while_starting_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C before the run counted its pages (a Dask cluster starting, a huge folder walked) says the
    run was starting, not `interrupted after 0 of 0 pages` with two pages in the folder."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(2):
        (src / f"p{k}.txt").write_text("全市召开会议\n\n近日，全市召开会议。\n", encoding="utf-8")

    def interrupted(in_dir: Path, out_dir: Path, config: Any, **kw: Any) -> None:
        raise KeyboardInterrupt  # before on_start: nothing counted, nothing converted

    monkeypatch.setattr(layoutfix.batch, "run_batch", interrupted)
    result = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "out")])
    assert result.exit_code == 130
    last = result.stderr.strip().splitlines()[-1]
    assert last == "layoutfix: batch: interrupted while starting, before any of the pages was converted"
