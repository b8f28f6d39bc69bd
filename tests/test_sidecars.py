"""Files delivered beside the pages of a scan delivery (METS, metadata JSON, an index.html) are passed
over in folder runs with one warning each and listed in the batch report's `not_pages`, never failed;
named alone they stay an error (exit 3), and a broken page file beside them still fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.issue import convert_issue

ROOT = Path(__file__).resolve().parent.parent
OCR = ROOT / "tests" / "fixtures" / "ocr"
BAD = ROOT / "tests" / "bad_inputs" / "files"

METS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<mets:mets xmlns:mets="http://www.loc.gov/METS/"><mets:fileSec/></mets:mets>\n'
)
METADATA = '{"title": "甘肃日报", "date": "1953-05-12", "pages": 2}\n'
#: A web page as deliveries have it: not even well-formed XML.
INDEX = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>目录</title></head>'
         '<body>第1版<br></body></html>\n')
#: The same as XHTML, well-formed: still no hOCR in it.
TOC = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>目录</p></body></html>\n'
SIDECARS = {"mets.xml": METS, "metadata.json": METADATA, "index.html": INDEX, "toc.xhtml": TOC}


def _delivery(root: Path, broken: dict[str, Path] | None = None) -> Path:
    """A delivery folder `root/1953/05-12/`: two ALTO pages, the sidecars, and any `broken` files."""
    issue = root / "1953" / "05-12"
    issue.mkdir(parents=True)
    shutil.copy(OCR / "p1.alto.xml", issue / "p1.alto.xml")
    shutil.copy(OCR / "p2.alto.xml", issue / "p2.alto.xml")
    for name, text in SIDECARS.items():
        (issue / name).write_text(text, encoding="utf-8")
    for name, source in (broken or {}).items():
        shutil.copy(source, issue / name)
    return issue


def _batch(runner: CliRunner, tmp_path: Path, *extra: str) -> tuple[int, str, dict[str, object]]:
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), str(tmp_path / "out"), "--jobs", "1",
                                 "--report", str(report), *extra])
    return result.exit_code, result.stderr, json.loads(report.read_text(encoding="utf-8"))


def _not_pages(report: dict[str, object]) -> list[str]:
    entries = report["not_pages"]
    assert isinstance(entries, list)
    return sorted(Path(e["source"]).name for e in entries)


def _warned(stderr: str) -> list[str]:
    return sorted(Path(line.split(": not a page, skipped")[0].split("warning: ")[1]).name
                  for line in stderr.splitlines() if "not a page, skipped" in line)


def test_batch_passes_over_the_files_beside_the_pages(runner: CliRunner, tmp_path: Path) -> None:
    issue = _delivery(tmp_path / "in")
    code, stderr, report = _batch(runner, tmp_path)
    assert code == 0, stderr
    assert report["failed"] == 0 and report["converted"] == 2
    assert report["not_a_page"] == len(SIDECARS)
    assert _not_pages(report) == sorted(SIDECARS)
    assert _warned(stderr) == sorted(SIDECARS)  # one warning line each, naming the file
    assert "root element <mets:mets>" in stderr
    out = tmp_path / "out" / issue.relative_to(tmp_path / "in")
    assert sorted(p.name for p in out.iterdir()) == ["p1.alto.tei.xml", "p2.alto.tei.xml"]


def test_batch_issues_leaves_the_files_beside_the_pages_out_of_the_issue(
    runner: CliRunner, tmp_path: Path
) -> None:
    _delivery(tmp_path / "in")
    code, stderr, report = _batch(runner, tmp_path, "--issues", "-f", "txt")
    assert code == 0, stderr
    assert report["converted"] == 1 and report["failed"] == 0 and report["not_a_page"] == 0
    assert _not_pages(report) == sorted(SIDECARS)
    assert _warned(stderr) == sorted(SIDECARS)
    alone = [convert_issue([OCR / "p1.alto.xml", OCR / "p2.alto.xml"], fmt="txt").output]
    assert (tmp_path / "out" / "1953" / "05-12.txt").read_text(encoding="utf-8") == alone[0]


def test_batch_issues_passes_over_a_folder_of_sidecars_only(runner: CliRunner, tmp_path: Path) -> None:
    """A delivery's top folder holding only its index.html is no issue, and no failure."""
    _delivery(tmp_path / "in")
    (tmp_path / "in" / "index.html").write_text(INDEX, encoding="utf-8")
    code, stderr, report = _batch(runner, tmp_path, "--issues")
    assert code == 0, stderr
    assert report["converted"] == 1 and report["failed"] == 0 and report["not_a_page"] == 1
    assert _not_pages(report) == sorted([*SIDECARS, "index.html"])


@pytest.mark.parametrize("issues", [False, True])
@pytest.mark.parametrize(("broken", "error"), [
    ("truncated.alto.xml", "malformed XML"), ("truncated.json", "malformed JSON"),
    ("no-ocr-page.hocr", "no ocr_page element"),  # hOCR classes, but its page misspelt: broken, not a sidecar
])
def test_a_broken_page_beside_the_sidecars_still_fails(
    runner: CliRunner, tmp_path: Path, broken: str, error: str, issues: bool
) -> None:
    _delivery(tmp_path / "in", {"p3." + broken.split(".", 1)[1]: BAD / broken})
    code, _stderr, report = _batch(runner, tmp_path, *(["--issues"] if issues else []))
    assert code == 1
    assert report["failed"] == 1
    failures = report["failures"]
    assert isinstance(failures, list) and error in failures[0]["error"]
    assert "p3" in failures[0]["error"]
    if issues:  # the issue stops at its broken page: the files read before it are listed
        assert set(_not_pages(report)) <= set(SIDECARS)
    else:
        assert _not_pages(report) == sorted(SIDECARS)


@pytest.mark.parametrize("name", sorted(SIDECARS))
def test_naming_a_sidecar_is_still_an_error(runner: CliRunner, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(SIDECARS[name], encoding="utf-8")
    result = runner.invoke(app, ["convert", str(path)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"layoutfix: error: {path}: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_issue_folder_keeps_its_pages_only_when_asked(tmp_path: Path) -> None:
    """Library callers opt in: without `on_not_a_page` a sidecar is the error it always was."""
    from layoutfix.errors import InputError, NotAPageError  # here: the module's other tests run on old code

    issue = _delivery(tmp_path / "in")
    with pytest.raises(NotAPageError):
        convert_issue([issue], fmt="txt")
    passed_over: list[NotAPageError] = []
    result = convert_issue([issue], fmt="txt", on_not_a_page=passed_over.append)
    assert sorted(Path(e.path).name for e in passed_over) == sorted(SIDECARS)
    assert [page.source for page in result.pages] == [str(issue / "p1.alto.xml"), str(issue / "p2.alto.xml")]
    named = issue / "mets.xml"  # named itself, not found in a folder: still an error
    with pytest.raises(NotAPageError):
        convert_issue([issue / "p1.alto.xml", named], fmt="txt", on_not_a_page=passed_over.append)
    assert issubclass(NotAPageError, InputError)


def test_convert_of_an_issue_folder_passes_over_the_files_beside_the_pages(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`convert DIR/` reads a delivery folder as batch --issues does: the METS, metadata JSON and
    index.html beside the pages are left out with one warning each, the pages make the issue."""
    issue = _delivery(tmp_path / "in")
    out = tmp_path / "issue.tei.xml"
    result = runner.invoke(app, ["convert", f"{issue}/", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert _warned(result.stderr) == sorted(SIDECARS)
    tei = out.read_text(encoding="utf-8")
    assert tei.count("<pb n=") == 2
    assert "mets" not in tei


def test_a_dask_batch_warns_of_each_file_beside_the_pages(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    _delivery(tmp_path / "in")
    code, stderr, report = _batch(runner, tmp_path, "--dask", "local")
    assert code == 0, stderr
    assert report["not_a_page"] == len(SIDECARS)
    assert _warned(stderr) == sorted(SIDECARS)
