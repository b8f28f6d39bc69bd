"""`layoutfix batch` (v12, second round): a `--report` naming a page or an output of the run is refused
before any work; a symbolic-link loop is a warning on stderr as other walk warnings; a run of many
failed pages names the first of them on stderr, not every one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "全市召开会议\n\n近日，全市召开会议。\n"


def _pages(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(PAGE, encoding="utf-8")


def _batch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", *args, "-j", "1"])
    return result.exit_code, result.stderr


@pytest.mark.parametrize("report", ["in/a.txt", "in/sub/b.txt", "in/../in/a.txt", "link.json"])
def test_a_report_naming_a_page_is_refused_and_the_page_kept(tmp_path: Path, report: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "in", "a.txt", "sub/b.txt")
    os.link("in/a.txt", "link.json")  # a hard link: one file under two names
    code, err = _batch("in", "out", "--report", report)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"layoutfix: error: batch: --report {report} and PAGE ")
    assert (tmp_path / "in/a.txt").read_text(encoding="utf-8") == PAGE
    assert (tmp_path / "in/sub/b.txt").read_text(encoding="utf-8") == PAGE
    assert not (tmp_path / "out").exists()  # nothing written, not even the settings record


@pytest.mark.parametrize("report, extra", [("out/a.tei.xml", []), ("out/sub/b.edits.jsonl", ["--edits"]),
                                           ("out/a.json", ["--format", "json"])])
def test_a_report_naming_an_output_is_refused(tmp_path: Path, report: str, extra: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "in", "a.txt", "sub/b.txt")
    (tmp_path / "out/sub").mkdir(parents=True)  # a first run: the output does not exist yet
    code, err = _batch("in", "out", "--report", report, *extra)
    assert code == 2
    assert err.startswith(f"layoutfix: error: batch: --report {report} and output {report} name the same")
    assert not list((tmp_path / "out").rglob("*.*"))


def test_a_report_replacing_the_previous_output_is_refused(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "in", "a.txt")
    assert _batch("in", "out")[0] == 0
    before = (tmp_path / "out/a.tei.xml").read_bytes()
    code, err = _batch("in", "out", "--report", "out/a.tei.xml")
    assert code == 2 and "name the same file" in err
    assert (tmp_path / "out/a.tei.xml").read_bytes() == before


def test_a_report_elsewhere_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "in", "a.txt")
    (tmp_path / "out").mkdir()
    code, _ = _batch("in", "out", "--report", "out/run.json")  # in OUT_DIR, of no page's name
    assert code == 0
    assert (tmp_path / "out/run.json").read_text(encoding="utf-8").startswith("{")
    assert (tmp_path / "in/a.txt").read_text(encoding="utf-8") == PAGE


@pytest.mark.parametrize("dask", [False, True], ids=["local", "dask"])
def test_a_symlink_loop_is_a_warning_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dask: bool
) -> None:
    if dask:
        pytest.importorskip("distributed")
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "in", "d/a.txt")
    (tmp_path / "in/d/up").symlink_to("..")  # a loop: in/d/up/d/up/...
    code, err = _batch("in", "out", "--report", "r.json", *(["--dask", "local"] if dask else []))
    assert code == 0
    warned = [line for line in err.splitlines() if line.startswith("layoutfix: batch: warning: ")]
    assert warned == [f"layoutfix: batch: warning: in/d/up: symbolic link to {(tmp_path / 'in').resolve()}, "
                      "walked already as in: not followed"]
    assert "warnings 1" in err  # the summary counts it, as the report lists it


def _undecodable(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"p{k:03}.txt").write_bytes(b"\x00\x01binary\x02" * 4)


def test_with_a_report_only_the_first_failures_are_named_on_stderr(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _undecodable(tmp_path / "in", 30)
    code, err = _batch("in", "out", "--report", "r.json")
    assert code == 1
    live = [line for line in err.splitlines() if line.startswith("layoutfix: batch: FAILED")]
    assert len(live) == 20 + 8  # the first 20 as they fail, then the summary's first 8
    assert "more than 20 pages failed: the others are not named here" in err
    assert "pages 30: 0 converted, 0 skipped (up to date), 30 failed" in err
    assert len(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["failures"]) == 30


def test_without_a_report_every_failure_is_named_on_stderr(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _undecodable(tmp_path / "in", 30)
    code, err = _batch("in", "out")
    assert code == 1
    named = {line.split(": ")[2] for line in err.splitlines() if line.startswith("layoutfix: batch: FAILED")}
    assert named == {f"FAILED in/p{k:03}.txt" for k in range(30)}  # the log is the failures' only list
