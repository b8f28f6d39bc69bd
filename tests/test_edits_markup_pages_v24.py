"""`edits apply` given an engine's coordinate file (hOCR, OCR/layout JSON) instead of the page text its
log points into: a one-line error, exit 5, naming `convert --page-text`, as a flat file of several
pages set apart by form feeds is refused; never the markup back as if it were the normalised page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from edit_results import error_line
from layoutfix.cli import app
from test_multipage_files import PAGE_TEXTS, _content_list, _hocr

OCR = Path(__file__).resolve().parent / "fixtures" / "ocr"


def _run(monkeypatch: pytest.MonkeyPatch, cwd: Path, *args: str, stdin: str | None = None) -> Any:
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.mark.parametrize(("name", "text"), [("issue.hocr", _hocr(PAGE_TEXTS)),
                                            ("issue_content_list.json", _content_list(PAGE_TEXTS))],
                         ids=["hocr", "content-list"])
def test_a_markup_file_of_several_pages_is_refused_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    made = _run(monkeypatch, tmp_path, "convert", name, "-o", "issue.xml", "--edits", "log.jsonl",
                "--page-text", "texts/")
    assert made.exit_code == 0, made.output
    pages = {json.loads(line)["page"] for line in (tmp_path / "log.jsonl").read_text("utf-8").splitlines()}
    assert 1 in pages and 2 not in pages  # page 2 had no edits
    for page in ("1", "2"):  # with lines and without: the markup is no page's text
        line = error_line(_run(monkeypatch, tmp_path, "edits", "apply", name, "log.jsonl", "--page", page))
        assert f"{name}: is " in line and "holding 3 pages" in line
        assert f"convert {name} --page-text DIR" in line and f"DIR/{name}.pN.txt" in line
    line = error_line(_run(monkeypatch, tmp_path, "edits", "apply", "-", "log.jsonl", "--page", "2",
                            stdin=text))
    assert "<stdin>: is " in line and "holding 3 pages" in line
    # What the error says to do works: the page's text with --page N.
    page2 = (tmp_path / "texts" / f"{name}.p2.txt").read_text(encoding="utf-8")
    done = _run(monkeypatch, tmp_path, "edits", "apply", f"texts/{name}.p2.txt", "log.jsonl", "--page", "2")
    assert done.exit_code == 0, done.output
    assert done.stdout == page2 and "no lines for page 2," in done.stderr


def test_a_one_page_coordinate_file_is_refused_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(OCR / "p1.hocr", tmp_path / "p1.hocr")
    made = _run(monkeypatch, tmp_path, "convert", "p1.hocr", "-o", "p1.xml", "--edits", "p1.jsonl",
                "--page-text", "p1.txt")
    assert made.exit_code == 0, made.output
    line = error_line(_run(monkeypatch, tmp_path, "edits", "apply", "p1.hocr", "p1.jsonl"))
    assert "p1.hocr: is hOCR, not the page's text" in line and "convert p1.hocr --page-text PAGE.txt" in line
    done = _run(monkeypatch, tmp_path, "edits", "apply", "p1.txt", "p1.jsonl")
    assert done.exit_code == 0, done.output
    back = _run(monkeypatch, tmp_path, "edits", "undo", "-", "p1.jsonl", stdin=done.stdout)
    assert back.exit_code == 0 and back.stdout == (tmp_path / "p1.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", [None, "1", "2"], ids=["one-page", "page-with-edits", "page-without"])
def test_undo_on_the_markup_is_refused_and_leaves_nothing_altered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str | None
) -> None:
    """`edits undo` on the markup itself is refused as `apply` is: undone on hOCR, the log's `after`
    texts could match by chance and the markup would come back silently altered."""
    if page is None:
        name = "p1.hocr"
        shutil.copy(OCR / name, tmp_path / name)
    else:
        name = "issue.hocr"
        (tmp_path / name).write_text(_hocr(PAGE_TEXTS), encoding="utf-8")
    made = _run(monkeypatch, tmp_path, "convert", name, "-o", "o.xml", "--edits", "log.jsonl")
    assert made.exit_code == 0, made.output
    extra = () if page is None else ("--page", page)
    line = error_line(_run(monkeypatch, tmp_path, "edits", "undo", name, "log.jsonl", *extra))
    assert f"{name}: is hOCR" in line and "undo it on what `edits apply` gives for" in line
    assert (tmp_path / name).read_text(encoding="utf-8").count("content=") >= 1  # the file is untouched
