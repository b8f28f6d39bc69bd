"""`layoutfix batch` and `layoutfix.batch`: every page converted like `convert` would, in parallel,
bad pages recorded without stopping the run, resumable, atomic outputs, report and summary."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

import layoutfix.pipeline
from conftest_tei import assert_valid, tei_schema  # noqa: F401  (registers the fixture)
from layoutfix import convert
from layoutfix.batch import BatchConfig, PageResult, chunk_size, discover, run_batch, write_atomic
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
    (src / "notes.md").write_text("not a page\n", encoding="utf-8")
    return src


def _outputs(out: Path) -> dict[str, str]:
    files = sorted(p for p in out.rglob("*") if p.is_file())
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
        assert xml == convert(source).output
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
                                "edits_by_rule", "suggestions", "warnings", "error"}


def test_coordinate_pages_are_converted_and_names_do_not_collide(tmp_path: Path) -> None:
    ocr = ROOT / "tests" / "fixtures" / "ocr"
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ocr / "p1.alto.xml", src / "p1.xml")
    shutil.copy(ocr / "p1.hocr", src / "p1.hocr")
    shutil.copy(ocr / "p2.rapidocr.json", src / "p2.json")
    report = run_batch(src, tmp_path / "out", BatchConfig(fmt="txt"), jobs=1)
    assert report.failures == []
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["p1.hocr.txt", "p1.xml.txt", "p2.txt"]
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
