"""`layoutfix batch` and `layoutfix.batch`: every page converted like `convert` would, in parallel,
bad pages recorded without stopping the run, resumable, atomic outputs, report and summary."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

import layoutfix.pipeline
from cli_pages import one_error_line
from cli_process import alive, child_pids
from conftest_tei import assert_valid, tei_schema  # noqa: F401  (registers the fixture)
from layoutfix import convert
from layoutfix.batch import (
    FIGURES_FILE,
    SETTINGS_FILE,
    BatchConfig,
    PageResult,
    chunk_size,
    discover,
    run_batch,
    write_atomic,
)
from layoutfix.cli import app

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An input folder: five real pages, two of them in a sub-folder, and one undecodable file."""
    src = tmp_path / "in"
    (src / "1953" / "05").mkdir(parents=True)
    for page in PAGES[:3]:
        shutil.copy(page, src / page.name)
    shutil.copy(ROOT / "examples" / "seed-page.txt", src / "1953" / "05" / "p01.txt")
    shutil.copy(PAGES[3], src / "1953" / "05" / "p02.txt")
    (src / "broken.txt").write_bytes(b"\xff\xfe\x00\x00bad")  # a UTF-32 BOM and 3 bytes: undecodable
    (src / ".hidden.txt").write_text("本报讯 不该读到。\n", encoding="utf-8")
    (src / "p01.tif").write_bytes(b"II*\x00")  # the scan beside its OCR: not a page file
    return src


def _written(folder: Path) -> list[str]:
    """The names of what a batch wrote into `folder`, its records (settings, figures) left out."""
    return [p.name for p in folder.iterdir() if p.name not in (SETTINGS_FILE, FIGURES_FILE)]


def _outputs(out: Path) -> dict[str, str]:
    """The files a batch wrote into `out` by relative path, its settings record left out."""
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name not in (SETTINGS_FILE, FIGURES_FILE))
    return {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in files}


def test_every_page_is_converted_as_convert_would(archive: Path, tmp_path: Path, tei_schema) -> None:  # noqa: F811
    out = tmp_path / "out"
    report = run_batch(archive, out, jobs=1)
    files = _outputs(out)
    assert sorted(files) == sorted(
        [f"{p.stem}.tei.xml" for p in PAGES[:3]] + ["1953/05/p01.tei.xml", "1953/05/p02.tei.xml"]
    )
    for rel, xml in files.items():
        source = archive / Path(rel).parent / (Path(rel).name.removesuffix(".tei.xml") + ".txt")
        assert xml == convert(source, relative_to=archive).output
        assert_valid(tei_schema, xml)
    assert (report.pages, report.converted, report.failed, report.skipped) == (6, 5, 1, 0)
    expected_articles = sum(
        len(convert(archive / rel.replace(".tei.xml", ".txt")).document.articles) for rel in files
    )
    assert report.articles == expected_articles > 5


def test_a_bad_page_is_recorded_and_the_rest_converted(archive: Path, tmp_path: Path) -> None:
    report = run_batch(archive, tmp_path / "out", jobs=1)
    assert [f["source"] for f in report.failures] == [str(archive / "broken.txt")]
    assert "InputError" in report.failures[0]["error"] and "decode" in report.failures[0]["error"]
    assert not (tmp_path / "out" / "broken.tei.xml").exists()


def test_edit_counts_are_those_of_the_pages(archive: Path, tmp_path: Path) -> None:
    report = run_batch(archive, tmp_path / "out", BatchConfig(fmt="json"), jobs=1)
    edits = [e for p in discover(archive, tmp_path / "x", "json") if p.source.name != "broken.txt"
             for e in convert(p.source).edits]
    assert report.edits == len(edits) > 0
    assert sum(report.edits_by_kind.values()) == len(edits)
    assert report.edits_by_rule["punct.comma"] == sum("punct.comma" in e.rules for e in edits) > 0
    for path in (tmp_path / "out").rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_two_processes_write_the_same_files_as_one(archive: Path, tmp_path: Path) -> None:
    one = run_batch(archive, tmp_path / "one", BatchConfig(fmt="txt"), jobs=1)
    two = run_batch(archive, tmp_path / "two", BatchConfig(fmt="txt"), jobs=2)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    assert one.to_json()["edits_by_rule"] == two.to_json()["edits_by_rule"]
    assert (two.converted, two.failed, two.jobs) == (5, 1, 2)


def test_resume_skips_up_to_date_outputs_only(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(archive, out, jobs=1)
    seed_out = out / "1953" / "05" / "p01.tei.xml"
    kept = out / f"{PAGES[0].stem}.tei.xml"
    kept_mtime = kept.stat().st_mtime_ns
    seed_out.unlink()  # as if the run had stopped before this page
    stale = out / f"{PAGES[1].stem}.tei.xml"  # an output older than its input (the input was edited)
    stat = (archive / PAGES[1].name).stat()
    os.utime(stale, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10**9))
    report = run_batch(archive, out, BatchConfig(resume=True), jobs=1)
    assert (report.converted, report.skipped, report.failed) == (2, 3, 1)
    assert seed_out.exists()
    assert kept.stat().st_mtime_ns == kept_mtime  # not rewritten
    again = run_batch(archive, out, BatchConfig(resume=True), jobs=1)
    assert (again.converted, again.skipped) == (0, 5)
    assert run_batch(archive, out, jobs=1).converted == 5  # without --resume everything is redone


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a" / "page.tei.xml"
    write_atomic(target, b"old complete output")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new output, never finished")
    assert target.read_bytes() == b"old complete output"
    assert [p.name for p in target.parent.iterdir()] == ["page.tei.xml"]  # no temporary file left


def test_output_folder_inside_input_is_not_read(archive: Path) -> None:
    out = archive / "out"
    first = run_batch(archive, out, BatchConfig(fmt="txt"), jobs=1)
    second = run_batch(archive, out, BatchConfig(fmt="txt"), jobs=1)
    assert first.pages == second.pages == 6  # the .txt outputs are not taken for pages


def test_page_without_articles_is_a_warning(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "p.txt").write_text("2023年10月12日 星期四\n\n第4版\n", encoding="utf-8")
    shutil.copy(PAGES[0], src / "q.txt")
    report = run_batch(src, tmp_path / "out", jobs=1)
    if convert(src / "p.txt").document.articles:
        pytest.skip("this furniture-only page now yields an article")
    assert report.warnings == [{"source": str(src / "p.txt"), "warning": "no article found on the page"}]


def test_chunks_balance_the_load() -> None:
    assert chunk_size(10, 2) == 1
    assert chunk_size(1000, 2) == 32
    assert chunk_size(1600, 4) == 32 and chunk_size(400, 4) == 12


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the crash is patched in by fork")
def test_a_page_that_kills_its_worker_fails_alone(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(PAGES[4], archive / "crash.txt")
    real = layoutfix.pipeline.convert

    def crashing(source, **kw):  # type: ignore[no-untyped-def]
        if Path(source).name == "crash.txt":
            os._exit(70)  # what an out-of-memory kill looks like to the pool
        return real(source, **kw)

    monkeypatch.setattr(layoutfix.pipeline, "convert", crashing)
    report = run_batch(archive, tmp_path / "out", jobs=2)
    failed = {Path(f["source"]).name: f["error"] for f in report.failures}
    assert set(failed) == {"broken.txt", "crash.txt"}
    assert "worker process died" in failed["crash.txt"]
    assert report.converted == 5


def test_cli_batch_reports_and_exits_1_on_a_failure(archive: Path, tmp_path: Path, runner) -> None:
    out, rep = tmp_path / "out", tmp_path / "report.json"
    result = runner.invoke(app, ["batch", str(archive), str(out), "-j", "2", "--format", "txt",
                                 "--report", str(rep)])
    assert result.exit_code == 1, result.output
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert (data["pages"], data["converted"], data["failed"]) == (6, 5, 1)
    assert data["failures"][0]["source"].endswith("broken.txt")
    assert data["edits"] == sum(data["edits_by_kind"].values()) > 0
    # Not a terminal: plain log lines, then the summary.
    assert "layoutfix: batch: 6 pages in" in result.stderr
    assert "6/6 pages, 1 failed" in result.stderr
    assert "FAILED " in result.stderr and "broken.txt" in result.stderr
    assert "5 converted, 0 skipped (up to date), 1 failed" in result.stderr
    assert len((out / "1953" / "05" / "p01.txt").read_text(encoding="utf-8")) > 100

    (archive / "broken.txt").unlink()
    again = runner.invoke(app, ["batch", str(archive), str(out), "--format", "txt", "--resume"])
    assert again.exit_code == 0, again.output
    assert "0 converted, 5 skipped (up to date), 0 failed" in again.stderr


def test_cli_batch_rejects_a_missing_folder(tmp_path: Path, runner) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), str(tmp_path / "out")])
    assert result.exit_code == 2


def test_page_result_is_small() -> None:
    """What travels back from a worker is counts, not documents (memory independent of page count)."""
    r = PageResult("a.txt", "a.tei.xml", "ok", articles=3, edits_by_kind={"punct": 2})
    assert set(r.__slots__) == {"source", "target", "status", "seconds", "articles", "edits_by_kind",
                                "edits_by_rule", "suggestions", "warnings", "error", "message", "stamp",
                                "not_pages", "recorded_stamp", "unread_folder", "edits_by_cert"}


def test_coordinate_pages_are_converted_and_names_do_not_collide(tmp_path: Path) -> None:
    ocr = ROOT / "tests" / "fixtures" / "ocr"
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ocr / "p1.alto.xml", src / "p1.xml")
    shutil.copy(ocr / "p1.hocr", src / "p1.hocr")
    shutil.copy(ocr / "p2.rapidocr.json", src / "p2.json")
    report = run_batch(src, tmp_path / "out", BatchConfig(fmt="txt"), jobs=1)
    assert report.failures == []
    assert sorted(_written(tmp_path / "out")) == ["p1.hocr.txt", "p1.xml.txt", "p2.txt"]
    assert (tmp_path / "out" / "p1.xml.txt").read_text(encoding="utf-8") == convert(
        src / "p1.xml", fmt="txt").output
    assert report.articles == sum(len(convert(p).document.articles) for p in sorted(src.iterdir())) > 0


def test_issues_one_document_per_folder(tmp_path: Path, runner) -> None:
    from layoutfix.issue import convert_issue

    src = tmp_path / "in"
    shutil.copytree(ROOT / "tests" / "issues", src / "1953")
    out, rep = tmp_path / "out", tmp_path / "r.json"
    result = runner.invoke(app, ["batch", str(src), str(out), "--issues", "-j", "1", "--report", str(rep)])
    assert result.exit_code == 0, result.stderr
    folders = sorted(p.name for p in (src / "1953").iterdir())
    assert sorted(p.name for p in (out / "1953").iterdir()) == [f"{f}.tei.xml" for f in folders]
    for f in folders:
        expected = convert_issue([src / "1953" / f]).output
        assert (out / "1953" / f"{f}.tei.xml").read_text(encoding="utf-8") == expected
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert (data["unit"], data["pages"], data["converted"]) == ("issues", len(folders), len(folders))
    unresolved = {f: len(convert_issue([src / "1953" / f]).unresolved) for f in folders}
    assert {Path(w["source"]).name for w in data["warnings"]} == {f for f, n in unresolved.items() if n}
    assert f"issues {len(folders)}: {len(folders)} converted" in result.stderr

    # A page added to one issue makes only that issue out of date.
    first = sorted((src / "1953" / folders[0]).iterdir())[0]
    stat = (out / "1953" / f"{folders[0]}.tei.xml").stat()
    extra = first.with_name("zz-extra" + first.suffix)
    shutil.copy(first, extra)
    os.utime(extra, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    again = run_batch(src, out, BatchConfig(issues=True, resume=True), jobs=1)
    assert (again.converted + again.failed, again.skipped) == (1, len(folders) - 1)


def test_input_folder_inside_the_output_folder_is_converted(tmp_path: Path, runner) -> None:
    """`cd /archive && layoutfix batch scans .` converted nothing and exited 0: every folder of the
    input lies inside the output folder, and the walk left out everything under OUT_DIR."""
    src = tmp_path / "scans"
    (src / "1953").mkdir(parents=True)
    shutil.copy(PAGES[0], src / "1953" / "p1.txt")
    result = runner.invoke(app, ["batch", str(src), str(tmp_path), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert "1 converted" in result.stderr
    written = (tmp_path / "1953" / "p1.tei.xml").read_text(encoding="utf-8")
    assert written == convert(src / "1953" / "p1.txt", relative_to=src).output


def test_output_folder_equal_to_the_input_folder_is_a_usage_error(tmp_path: Path, runner) -> None:
    """IN_DIR as OUT_DIR converted nothing and exited 0; with --format txt it would overwrite the pages."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PAGES[0], src / "p1.txt")
    before = (src / "p1.txt").read_bytes()
    result = runner.invoke(app, ["batch", str(src), str(src / "."), "--format", "txt", "-j", "1"])
    assert result.exit_code == 2
    assert "OUT_DIR" in result.stderr and "IN_DIR" in result.stderr
    assert (src / "p1.txt").read_bytes() == before and sorted(p.name for p in src.iterdir()) == ["p1.txt"]


@pytest.mark.skipif(os.name != "posix" or os.uname().sysname == "Darwin",
                    reason="needs a file system that takes any bytes as a name")
def test_a_file_name_that_is_not_utf8_keeps_the_report(tmp_path: Path, runner) -> None:
    """A page named in Latin-1 (b'bad\\xe9.txt') made the report's JSON encoding fail after the whole run:
    a traceback, no report and no summary."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PAGES[0], src / "ok.txt")
    (src / os.fsdecode(b"bad\xe9.txt")).write_bytes(b"\xff\xfe\x00\x00bad")
    shutil.copy(PAGES[1], src / os.fsdecode(b"p\xe9.txt"))
    rep = tmp_path / "r.json"
    result = runner.invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1", "--report", str(rep)])
    assert result.exit_code == 1, result.stderr
    assert "2 converted, 0 skipped (up to date), 1 failed" in result.stderr
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert [Path(f["source"]).name for f in data["failures"]] == ["bad\\xe9.txt"]
    assert (tmp_path / "out" / os.fsdecode(b"p\xe9.tei.xml")).is_file()


def test_resume_with_review_redoes_a_page_whose_review_is_missing(archive: Path, tmp_path: Path) -> None:
    """A run stopped between a page's output and its review report (or a first run without --review)
    left the review missing for good: --resume took the output alone for a complete page."""
    out = tmp_path / "out"
    config = BatchConfig(review=True)
    run_batch(archive, out, config, jobs=1)
    review = out / "1953" / "05" / "p01.review.html"
    review.unlink()
    kept = out / f"{PAGES[0].stem}.review.html"
    kept_mtime = kept.stat().st_mtime_ns
    report = run_batch(archive, out, BatchConfig(review=True, resume=True), jobs=1)
    assert (report.converted, report.skipped) == (1, 4)
    assert review.is_file() and kept.stat().st_mtime_ns == kept_mtime


def test_no_two_pages_of_a_folder_write_one_output(tmp_path: Path) -> None:
    """p1.hocr (named in full, as p1.xml is beside it) and p1.hocr.xml (by its stem p1.hocr) both went
    to p1.hocr.tei.xml: five pages converted, four outputs, one page lost without a word."""
    ocr = ROOT / "tests" / "fixtures" / "ocr"
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ocr / "p1.alto.xml", src / "p1.xml")
    shutil.copy(ocr / "p1.hocr", src / "p1.hocr")
    shutil.copy(ocr / "p2.alto.xml", src / "p1.hocr.xml")
    shutil.copy(PAGES[0], src / "p1.txt")
    report = run_batch(src, tmp_path / "out", BatchConfig(fmt="txt"), jobs=1)
    outputs = [tmp_path / "out" / name for name in sorted(_written(tmp_path / "out"))]
    assert report.converted == len(outputs) == 4
    for page in src.iterdir():
        written = [p for p in outputs if p.read_text(encoding="utf-8") == convert(page, fmt="txt").output]
        assert written, f"the output of {page.name} was overwritten"




@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the workers through Linux /proc")
def test_workers_end_when_the_batch_is_killed(tmp_path: Path) -> None:
    """kill -9 (or a plain SIGTERM, as `timeout` and job schedulers send) of `layoutfix batch` left its
    worker processes running for good, idle, each holding jieba's dictionary (~125 MB)."""
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "in"
    src.mkdir()
    for i in range(300):
        os.link(ROOT / "examples" / "seed-page.txt", src / f"p{i:03}.txt")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    batch = subprocess.Popen([sys.executable, "-c", "from layoutfix.cli import main; main()", "batch",
                              str(src), str(tmp_path / "out"), "-j", "2"],
                             env=env, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 30
        while len(workers := child_pids(batch.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) == 2, "the workers did not start"
        batch.send_signal(signal.SIGKILL)
        batch.wait()
        deadline = time.monotonic() + 5
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(w) for w in workers), "a worker outlived the batch"
    finally:
        batch.kill()
        for w in workers:
            with contextlib.suppress(OSError):
                os.kill(w, signal.SIGKILL)


_SLOW_START = """
import os, signal, sys, time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from layoutfix import batch

def slow_start(config, batch_pid):
    time.sleep(1.5)  # the batch is killed while its workers are still starting
    batch._init_worker(config, batch_pid)

if __name__ == "__main__":
    import multiprocessing
    multiprocessing.set_start_method(sys.argv[2])
    pool = ProcessPoolExecutor(max_workers=2, initializer=slow_start,
                               initargs=(batch.BatchConfig(), os.getpid()))
    pool.submit(int, 1)
    time.sleep(0.3)
    Path(sys.argv[1]).write_text(" ".join(map(str, pool._processes)))
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the workers through Linux /proc")
def test_workers_end_when_the_batch_is_killed_while_they_start(tmp_path: Path) -> None:
    """A worker started the watch on its parent after the batch was already killed: its parent was
    then init, which never ends, and the worker stayed for good (this made the test above fail now
    and then on a loaded machine)."""
    import subprocess
    import sys
    import time

    script = tmp_path / "slow_start.py"
    script.write_text(_SLOW_START, encoding="utf-8")
    pids = tmp_path / "workers"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, str(script), str(pids), "fork"], env=env, timeout=60,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = {int(w) for w in pids.read_text().split()}
    assert len(workers) == 2
    try:
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(w) for w in workers), "a worker outlived the batch"
    finally:
        for w in workers:
            with contextlib.suppress(OSError):
                os.kill(w, 9)


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no forkserver here")
def test_batch_runs_with_forkserver_workers(tmp_path: Path) -> None:
    """Python 3.14 starts worker processes with `forkserver` on Linux. Workers that watched for the
    batch's pid as their parent saw the forkserver instead and ended at once: every page failed with
    'the worker process died'."""
    import subprocess
    import sys

    pages = sorted((ROOT / "tests" / "pages").glob("*.txt"))[:4]
    src = tmp_path / "in"
    src.mkdir()
    for page in pages:
        shutil.copy(page, src / page.name)
    code = ("import multiprocessing, sys; multiprocessing.set_start_method('forkserver'); "
            "from layoutfix.cli import main; main()")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", code, "batch", str(src), str(tmp_path / "out"), "-j", "2"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert sorted(_written(tmp_path / "out")) == sorted(
        p.stem + ".tei.xml" for p in pages
    )


def _edit_log_pages(tmp_path: Path) -> Path:
    """Two flat pages (one in a sub-folder) and a coordinate page: what a batch's edit logs must match."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "seed-page.txt", src / "seed.txt")
    shutil.copy(PAGES[1], src / "sub" / "p2.txt")
    shutil.copy(ROOT / "tests" / "fixtures" / "ocr" / "p1.alto.xml", src / "p1.xml")
    return src


def test_batch_edits_are_the_logs_convert_writes_and_undo_gives_the_input_back(
    tmp_path: Path, runner
) -> None:
    """`layoutfix batch` wrote no edit log at all: a batch's changes could be neither reviewed nor undone."""
    src, out = _edit_log_pages(tmp_path), tmp_path / "out"
    result = runner.invoke(app, ["batch", str(src), str(out), "--edits", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    pages = ((src / "seed.txt", "seed"), (src / "sub" / "p2.txt", "sub/p2"), (src / "p1.xml", "p1"))
    for page, name in pages:
        log = out / f"{name}.edits.jsonl"
        expected = tmp_path / "convert.edits.jsonl"
        assert runner.invoke(app, ["convert", str(page), "-o", str(tmp_path / "c.xml"),
                                   "--edits", str(expected)]).exit_code == 0
        assert log.read_bytes() == expected.read_bytes(), name
        # the batch records the page by its path under IN_DIR (`sub/p2.txt`), as `relative_to` does
        assert (out / f"{name}.tei.xml").read_text(encoding="utf-8") == convert(page, relative_to=src).output
    seed, log = src / "seed.txt", out / "seed.edits.jsonl"
    assert log.read_text(encoding="utf-8").count("\n") > 5
    normalised = tmp_path / "seed.normalised.txt"
    applied = runner.invoke(app, ["edits", "apply", str(seed), str(log), "-o", str(normalised)])
    assert applied.exit_code == 0, applied.stderr
    assert normalised.read_text(encoding="utf-8") == convert(seed).document.text  # what the output holds
    undone = runner.invoke(app, ["edits", "undo", str(normalised), str(log)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == seed.read_text(encoding="utf-8")


def test_batch_issue_edits_are_the_log_convert_dir_writes(tmp_path: Path, runner) -> None:
    src = tmp_path / "in"
    shutil.copytree(ROOT / "tests" / "issues", src)
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(src), str(out), "--issues", "--edits", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    folders = sorted(p.name for p in src.iterdir())
    for folder in folders:
        # Written beside batch's log: an issue's log records its page files relative to its folder.
        expected = out / f"{folder}.expected.jsonl"
        assert runner.invoke(app, ["convert", str(src / folder), "-o", str(tmp_path / "c.xml"),
                                   "--edits", str(expected)]).exit_code == 0
        assert (out / f"{folder}.edits.jsonl").read_bytes() == expected.read_bytes(), folder
        assert expected.stat().st_size > 0


def test_resume_with_edits_redoes_a_page_whose_edit_log_is_missing(tmp_path: Path) -> None:
    src, out = _edit_log_pages(tmp_path), tmp_path / "out"
    run_batch(src, out, BatchConfig(fmt="txt"), jobs=1)  # a first run without edit logs
    first = run_batch(src, out, BatchConfig(fmt="txt", edits=True, resume=True), jobs=1)
    assert (first.converted, first.skipped) == (3, 0)
    log = out / "sub" / "p2.edits.jsonl"
    log.unlink()  # as if the run had stopped between the page's output and its edit log
    kept = out / "seed.edits.jsonl"
    kept_mtime = kept.stat().st_mtime_ns
    again = run_batch(src, out, BatchConfig(fmt="txt", edits=True, resume=True), jobs=1)
    assert (again.converted, again.skipped) == (1, 2)
    assert log.is_file() and kept.stat().st_mtime_ns == kept_mtime


def test_two_runs_finishing_in_another_order_give_the_same_report() -> None:
    """Warnings and failures were listed in completion order, so two runs over one corpus (pages of
    parallel workers finish in any order) gave reports that differ."""
    from layoutfix.batch import BatchReport

    results = [
        PageResult("b/p2.txt", "b/p2.tei.xml", "failed", error="InputError: b/p2.txt: cannot decode"),
        PageResult("a/p9.txt", "a/p9.tei.xml", "ok", warnings=["no article found on the page",
                                                               "3 words below confidence 0.5"],
                   edits_by_kind={"space": 2}, edits_by_rule={"space.cjk-cjk": 2}),
        PageResult("a/p3.txt", "a/p3.tei.xml", "ok", edits_by_kind={"punct": 2},
                   edits_by_rule={"punct.comma": 2}),  # ties with p9: listed by name, not by finish
        PageResult("a/p1.txt", "a/p1.tei.xml", "failed", error="XMLError: a/p1.txt: not well-formed"),
        PageResult("a/p10.txt", "a/p10.tei.xml", "ok", warnings=["no article found on the page"]),
    ]
    reports = []
    for order in (results, results[::-1], results[1:] + results[:1]):
        report = BatchReport("in", "out", "tei", 2)
        for r in order:
            report.add(r)
        reports.append((json.dumps(report.to_json() | {"seconds": 0}), report.summary()))
    assert reports[0] == reports[1] == reports[2]
    data = json.loads(reports[0][0])
    assert [f["source"] for f in data["failures"]] == ["a/p1.txt", "b/p2.txt"]
    assert [(w["source"], w["warning"]) for w in data["warnings"]] == [
        ("a/p10.txt", "no article found on the page"), ("a/p9.txt", "3 words below confidence 0.5"),
        ("a/p9.txt", "no article found on the page")]
    assert list(data["edits_by_rule"]) == ["punct.comma", "space.cjk-cjk"]
    assert list(data["edits_by_kind"]) == ["punct", "space"]
    assert [line for line in reports[0][1] if line.startswith("FAILED")] == [
        "FAILED a/p1.txt: XMLError: a/p1.txt: not well-formed",
        "FAILED b/p2.txt: InputError: b/p2.txt: cannot decode"]


needs_symlinks = pytest.mark.skipif(os.name != "posix", reason="makes symbolic links")


@needs_symlinks
def test_a_broken_symlink_is_a_failed_page(tmp_path: Path, runner) -> None:
    """A page that is a broken symbolic link was neither converted nor reported: exit 0, one page less."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PAGES[0], src / "p1.txt")
    (src / "p2.txt").symlink_to(tmp_path / "moved-away" / "p2.txt")
    rep = tmp_path / "r.json"
    result = runner.invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1", "--report", str(rep)])
    assert result.exit_code == 1, result.stderr
    assert "1 converted, 0 skipped (up to date), 1 failed" in result.stderr
    failures = json.loads(rep.read_text(encoding="utf-8"))["failures"]
    assert [Path(f["source"]).name for f in failures] == ["p2.txt"]
    assert "broken symbolic link" in failures[0]["error"] and "moved-away" in failures[0]["error"]


@needs_symlinks
def test_an_issue_with_a_broken_symlink_page_fails(tmp_path: Path) -> None:
    """`--issues` took a folder whose page was a broken link for a whole issue without that page."""
    src = tmp_path / "in"
    shutil.copytree(ROOT / "tests" / "issues" / "daily-a", src / "daily-a")
    (src / "daily-a" / "p99.txt").symlink_to(tmp_path / "nowhere.txt")
    report = run_batch(src, tmp_path / "out", BatchConfig(issues=True), jobs=1)
    assert report.failed == 1 and "broken symbolic link" in report.failures[0]["error"]
    assert "p99.txt" in report.failures[0]["error"]
    assert not (tmp_path / "out" / "daily-a.tei.xml").exists()


@needs_symlinks
def test_symlinked_folders_are_followed_once_and_loops_reported(tmp_path: Path) -> None:
    """A symbolic link to a folder was neither converted nor reported. Now a folder outside IN_DIR is
    walked through its link; a link back into IN_DIR (a loop, or a second name for a folder converted
    anyway) is not followed and is a warning."""
    src, ext, out = tmp_path / "in", tmp_path / "elsewhere" / "1954", tmp_path / "elsewhere" / "out"
    (src / "1953").mkdir(parents=True)
    ext.mkdir(parents=True)
    out.mkdir()
    shutil.copy(PAGES[0], src / "1953" / "p1.txt")
    shutil.copy(PAGES[1], ext / "p1.txt")
    (src / "1954").symlink_to(ext)
    (src / "1953" / "loop").symlink_to(src)  # a loop
    (src / "again").symlink_to(src / "1953")  # a second name
    (ext / "back").symlink_to(ext)  # a loop outside IN_DIR
    (src / "all").symlink_to(ext.parent)  # holds 1954 (walked already) and OUT_DIR
    report = run_batch(src, out, BatchConfig(fmt="txt"), jobs=1)
    assert (report.converted, report.failed) == (2, 0)
    assert sorted(_outputs(out)) == [
        "1953/p1.txt", "1954/p1.txt"]
    assert (out / "1954" / "p1.txt").read_text(encoding="utf-8") == convert(ext / "p1.txt", fmt="txt").output
    warned = {str(Path(w["source"]).relative_to(src)): w["warning"] for w in report.warnings}
    assert set(warned) == {"1953/loop", "again", "1954/back", "all/1954", "all/out"}
    assert all("not followed" in w for w in warned.values())


def test_resume_removes_the_temporary_files_a_killed_worker_left(archive: Path, tmp_path: Path) -> None:
    """A worker killed while writing leaves `.NAME.XXXXXXXX.tmp` beside the output, and no later run
    removed it. A resumed run removes those of its own outputs, and nothing else."""
    out = tmp_path / "out"
    run_batch(archive, out, BatchConfig(edits=True), jobs=1)
    folder = out / "1953" / "05"
    stale = [folder / ".p01.tei.xml.k3x_9q0a.tmp", folder / ".p02.edits.jsonl.zz00zz00.tmp",
             out / f".{PAGES[0].stem}.tei.xml.abcdefgh.tmp"]
    kept = [folder / ".p01.tei.xml.abc.tmp",  # not mkstemp's eight characters
            folder / ".p01.tei.xml.ABCDEFGH.tmp",  # nor its alphabet
            folder / ".p03.tei.xml.abcdefgh.tmp",  # no output of this run
            folder / ".p01.review.html.abcdefgh.tmp",  # not written by this run (no --review)
            folder / "p01.tei.xml.abcdefgh.tmp", folder / "notes.tmp"]
    for path in stale + kept:
        path.write_bytes(b"<TEI half written")
    report = run_batch(archive, out, BatchConfig(edits=True, resume=True), jobs=1)
    assert report.skipped == 5
    assert [p.name for p in stale if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []


def test_batch_page_text_makes_a_coordinate_page_undoable(tmp_path: Path, runner) -> None:
    """With `--edits` alone, an ALTO page's log pointed into a page text the batch never wrote, so it
    could not be applied or undone. `--page-text` writes it, as `convert --page-text` does; `--resume`
    redoes a page whose page text is missing."""
    src, out = _edit_log_pages(tmp_path), tmp_path / "out"
    result = runner.invoke(app, ["batch", str(src), str(out), "--edits", "--page-text", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    page_text, log = out / "p1.page.txt", out / "p1.edits.jsonl"
    document = convert(src / "p1.xml").document
    assert page_text.read_text(encoding="utf-8") == document.original
    applied = runner.invoke(app, ["edits", "apply", str(page_text), str(log)])
    assert applied.exit_code == 0, applied.stderr
    assert applied.stdout == document.text
    (out / "seed.page.txt").unlink()
    again = run_batch(src, out, BatchConfig(edits=True, page_text=True, resume=True), jobs=1)
    assert (again.converted, again.skipped) == (1, 2)


def test_batch_issue_page_texts_are_the_ones_convert_dir_writes(tmp_path: Path, runner) -> None:
    src = tmp_path / "in" / "1953-05-12"
    shutil.copytree(ROOT / "tests" / "issues" / "daily-a", src)
    out = tmp_path / "out"
    args = ["batch", str(tmp_path / "in"), str(out), "--issues", "--page-text", "-j", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    expected = tmp_path / "expected"
    assert runner.invoke(app, ["convert", str(src), "-o", str(tmp_path / "c.xml"),
                               "--page-text", str(expected)]).exit_code == 0
    written = out / "1953-05-12.pages"
    assert sorted(p.name for p in written.iterdir()) == sorted(p.name for p in expected.iterdir())
    for page in expected.iterdir():
        assert (written / page.name).read_bytes() == page.read_bytes()


def test_report_in_a_missing_folder_is_refused_before_the_run(tmp_path: Path, runner) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "p1.txt").write_text("标题\n\n正文一句话。\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), str(tmp_path / "out"),
                                      "--report", str(tmp_path / "no" / "r.json")])
    assert result.exit_code == 2
    assert f"'--report': file '{tmp_path / 'no' / 'r.json'}': no folder '{tmp_path / 'no'}'" in \
        one_error_line(result.stderr)
    assert not (tmp_path / "out").exists()  # nothing converted for a report that cannot be written


def test_a_page_named_like_anothers_page_text_keeps_its_full_name(tmp_path: Path) -> None:
    """`a.page.txt`'s text output would be the file `a.txt`'s page text goes to: both pages keep their
    full names, as two pages sharing a stem do, and every file survives."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("第一篇标题\n\n第一篇正文。\n", encoding="utf-8")
    (src / "a.page.txt").write_text("第二篇标题\n\n第二篇正文。\n", encoding="utf-8")
    report = run_batch(src, tmp_path / "out", BatchConfig(fmt="txt", page_text=True), jobs=1)
    assert (report.converted, report.failed) == (2, 0)
    out = tmp_path / "out"
    assert "第一篇正文" in (out / "a.txt.txt").read_text(encoding="utf-8")
    assert (out / "a.txt.page.txt").read_text(encoding="utf-8") == (src / "a.txt").read_text(encoding="utf-8")
    assert "第二篇正文" in (out / "a.page.txt.txt").read_text(encoding="utf-8")
    assert (out / "a.page.txt.page.txt").read_text(encoding="utf-8") == (
        src / "a.page.txt").read_text(encoding="utf-8")
