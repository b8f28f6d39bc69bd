"""The batch's figures record when two processes wrote one output, and when it cannot be written.

Two writers of one output (a Dask task run twice, two batches into one OUT_DIR) each append their
figures line before their rename: A appends, B appends, B renames, A renames. The file is then A's,
but the record kept only the last line per output (B's), so `--resume` listed the page as without
recorded figures and left it out of the totals. Every line is now kept and the one whose stamp is
the file's on disk counts.

A record that is a folder ended the batch in a Python traceback naming a temporary file; it is now
one `cannot write` line naming the record, exit 1.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from layoutfix.batch import (
    FIGURES_FILE,
    BatchReport,
    PageFigures,
    PageResult,
    append_figures,
    collect,
    figures_entry,
)
from layoutfix.cli import app

PAGES = Path(__file__).resolve().parent / "pages"


def _archive(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("photo-item.txt", "signature.txt", "xinhua-byline.txt"):
        shutil.copyfile(PAGES / name, src / name)
    return src


def _batch(src: Path, out: Path, report: Path, *extra: str) -> tuple[int, str, dict | None]:
    result = CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1", "--report", str(report),
                                      *extra])
    data = json.loads(report.read_text(encoding="utf-8")) if report.exists() else None
    return result.exit_code, result.stderr, data


def _lines(record: Path) -> list[dict]:
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


def test_a_later_line_of_another_writer_does_not_hide_the_line_of_the_file_on_disk(tmp_path: Path) -> None:
    src, out = _archive(tmp_path), tmp_path / "out"
    code, stderr, full = _batch(src, out, tmp_path / "full.json")
    assert code == 0, stderr
    record = out / FIGURES_FILE
    lines = _lines(record)
    # B's line, appended after A's: B's file (another time, another size) was renamed before A's
    rival = {**lines[0], "stamp": [lines[0]["stamp"][0] + 1, lines[0]["stamp"][1] + 7], "articles": 99}
    with record.open("a", encoding="utf-8") as f:
        f.write(json.dumps(rival, sort_keys=True) + "\n")

    code, stderr, resumed = _batch(src, out, tmp_path / "resumed.json", "--resume")
    assert code == 0, stderr
    assert resumed is not None and full is not None
    assert resumed["unrecorded"] == []
    assert resumed["skipped"] == 3
    assert resumed["articles"] == full["articles"]
    # the record holds one line per output again: the one of the file on disk
    assert sorted(map(json.dumps, _lines(record))) == sorted(map(json.dumps, lines))


def test_the_line_of_the_file_on_disk_wins_when_it_is_the_last_too(tmp_path: Path) -> None:
    src, out = _archive(tmp_path), tmp_path / "out"
    _batch(src, out, tmp_path / "full.json")
    record = out / FIGURES_FILE
    lines = _lines(record)
    rival = {**lines[1], "stamp": [lines[1]["stamp"][0] - 5, lines[1]["stamp"][1]], "articles": 99}
    rest = [line for k, line in enumerate(lines) if k != 1]
    record.write_text("".join(json.dumps(e, sort_keys=True) + "\n" for e in [*rest, rival, lines[1]]),
                      encoding="utf-8")
    code, stderr, resumed = _batch(src, out, tmp_path / "resumed.json", "--resume")
    assert code == 0, stderr
    assert resumed is not None and resumed["unrecorded"] == []


def test_a_record_that_is_a_folder_is_one_cannot_write_line(tmp_path: Path) -> None:
    src, out = _archive(tmp_path), tmp_path / "out"
    (out / FIGURES_FILE).mkdir(parents=True)
    for extra in ((), ("--resume",)):
        code, stderr, _ = _batch(src, out, tmp_path / "r.json", *extra)
        assert code == 1
        assert f"layoutfix: error: {out / FIGURES_FILE}: cannot write: " in stderr
        assert "Traceback" not in stderr and ".tmp" not in stderr


def test_a_complete_run_whose_page_was_written_twice_keeps_the_line_of_the_file_on_disk(
        tmp_path: Path) -> None:
    """A Dask task run twice: the result the batch gets is B's, the file renamed last A's."""
    out = tmp_path / "out"
    out.mkdir()
    figures = PageFigures(out, resume=False)
    target = out / "p.tei.xml"
    target.write_text("<TEI>A</TEI>\n", encoding="utf-8")
    st = target.stat()
    a_stamp, b_stamp = (st.st_mtime_ns, st.st_size), (st.st_mtime_ns - 1000, st.st_size + 3)
    a = PageResult("in/p.txt", str(target), "ok", articles=1, stamp=a_stamp, recorded_stamp=a_stamp)
    b = dataclasses.replace(a, articles=2, stamp=b_stamp, recorded_stamp=b_stamp)
    append_figures(figures.path, figures_entry(out, a))
    append_figures(figures.path, figures_entry(out, b))
    collect([b], BatchReport("in", str(out), "tei", 1, "pages"), figures=figures)
    assert [line["stamp"] for line in _lines(figures.path)] == [list(a_stamp)]
