"""Edit logs for whole issues: `convert PAGE... --edits` records each edit against its own page file,
and `edits apply|undo` rebuild each page's output and original from those records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.editlog import loads_edit_log, select_page
from layoutfix.errors import EditLogError
from layoutfix.issue import convert_issue
from layoutfix.layout.jumps import QUOTE_RULE
from layoutfix.pipeline import build_document
from layoutfix.readers.detect import read_input
from layoutfix.tracked import apply_edits, undo_edits

ISSUES = Path(__file__).resolve().parent / "issues"
OCR = Path(__file__).resolve().parent / "fixtures" / "ocr"
NAMES = ["daily-a", "weekly-b", "evening-c"]


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=NAMES)
def issue_copy(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """A copy of a test issue with its edit log written by the CLI."""
    root = tmp_path_factory.mktemp(request.param)
    shutil.copytree(ISSUES / request.param, root / request.param)
    res = _invoke("convert", str(root / request.param), "-o", str(root / "issue.xml"),
                  "--edits", str(root / "edits.jsonl"))
    assert res.exit_code == 0, res.output
    return request.param, root


def test_issue_log_names_each_page_and_points_into_its_file(issue_copy: tuple[str, Path]) -> None:
    name, root = issue_copy
    records = _records(root / "edits.jsonl")
    files = sorted((root / name).glob("*.txt"))
    # every page of these issues has edits; each recorded relative to the log's folder
    assert {r["source"] for r in records} == {f.relative_to(root).as_posix() for f in files}
    assert [(r["page"], r["start"]) for r in records] == sorted((r["page"], r["start"]) for r in records)
    for rec in records:
        original = (root / rec["source"]).read_text(encoding="utf-8")
        assert original[rec["start"] : rec["end"]] == rec["before"], rec
        assert rec["block"] is not None and rec["block"].startswith("b")


@pytest.mark.parametrize("selector", ["by-name", "by-page", "by-source"])
def test_each_page_round_trips_through_edits_apply_and_undo(
    issue_copy: tuple[str, Path], selector: str
) -> None:
    name, root = issue_copy
    log = root / "edits.jsonl"
    result = convert_issue([root / name])
    assert len(result.pages) == len(list((root / name).glob("*.txt")))
    for page in result.pages:
        original = Path(page.source).read_text(encoding="utf-8")
        pick = {"by-name": [], "by-page": ["--page", str(page.number)],
                "by-source": ["--source", Path(page.source).name]}[selector]
        out = root / f"out-{selector}-{page.number}.txt"
        res = _invoke("edits", "apply", page.source, str(log), "-o", str(out), *pick)
        assert res.exit_code == 0, res.output
        assert out.read_text(encoding="utf-8") == page.text != original
        back = root / f"back-{selector}-{page.number}.txt"
        # The output file's name is no page file's name: undo needs --page or --source.
        res = _invoke("edits", "undo", str(out), str(log), "-o", str(back),
                      *(pick or ["--page", str(page.number)]))
        assert res.exit_code == 0, res.output
        assert back.read_text(encoding="utf-8") == original


def test_issue_pages_are_cut_back_out_of_the_issue_by_their_shifts() -> None:
    for name in NAMES:
        result = convert_issue([ISSUES / name])
        doc = result.document
        assert sum(len(p.edits) for p in result.pages) == len(doc.edits)
        for page in result.pages:
            assert page.original == Path(page.source).read_text(encoding="utf-8")
            assert doc.original[page.orig_offset : page.orig_offset + len(page.original)] == page.original
            assert doc.text[page.text_offset : page.text_offset + len(page.text)] == page.text
            assert apply_edits(page.original, page.edits) == page.text
            assert undo_edits(page.text, page.edits) == page.original


def test_page_log_is_the_single_page_log_except_quotes_paired_across_a_jump(tmp_path: Path) -> None:
    """A page's records in the issue log are what `convert PAGE --edits` writes for that page alone,
    but for the quotes paired across a jump, which sit on the continuation page only."""
    issue_log = tmp_path / "issue.jsonl"
    res = _invoke("convert", str(ISSUES / "daily-a"), "-o", str(tmp_path / "i.xml"),
                  "--edits", str(issue_log))
    assert res.exit_code == 0, res.output
    records = _records(issue_log)
    jump = [r for r in records if QUOTE_RULE in r["rules"]]
    assert len(jump) == 1 and jump[0]["page"] == 3 and jump[0]["after"] == "”"
    for page in sorted({r["page"] for r in records}):
        source = str(issue_log.parent / next(r["source"] for r in records if r["page"] == page))
        single_log = tmp_path / f"single-{page}.jsonl"
        res = _invoke("convert", source, "-o", str(tmp_path / "s.xml"), "--edits", str(single_log))
        assert res.exit_code == 0, res.output
        single = _records(single_log)
        mine = [{k: v for k, v in r.items() if k not in ("source", "page")}
                for r in records if r["page"] == page]
        if page == 3:  # alone, page 3 opens the quotation the jump carries over from page 1
            (i,) = [k for k, r in enumerate(mine) if QUOTE_RULE in r["rules"]]
            assert single[i]["after"] == "“" and single[i]["start"] == mine[i]["start"]
            single[i] = mine[i]
        assert mine == single


def test_coordinate_pages_log_offsets_into_their_laid_out_text(tmp_path: Path) -> None:
    files = [OCR / "p3.rapidocr.json", OCR / "p1.alto.xml", OCR / "p2.hocr"]
    result = convert_issue(files)
    log = tmp_path / "edits.jsonl"
    res = _invoke("convert", *map(str, files), "-o", str(tmp_path / "i.xml"), "--edits", str(log))
    assert res.exit_code == 0, res.output
    records = _records(log)
    assert [r["page"] for r in records] == sorted(r["page"] for r in records)
    assert {r["page"] for r in records} == {1, 2, 3}
    for page in result.pages:
        found = read_input(page.source)
        alone = build_document(found.pages[0], source=page.source, page=page.number)
        assert page.original == alone.original  # the page text a single coordinate page logs against
        laid_out = tmp_path / f"page{page.number}.txt"
        laid_out.write_text(page.original, encoding="utf-8")
        out = tmp_path / f"out{page.number}.txt"
        res = _invoke("edits", "apply", str(laid_out), str(log), "--page", str(page.number), "-o", str(out))
        assert res.exit_code == 0, res.output
        assert out.read_text(encoding="utf-8") == page.text == alone.text
        # The page file, recorded relative to the log's folder (through `..`: the fixtures lie elsewhere).
        recorded = {r["source"] for r in records if r["page"] == page.number}
        assert len(recorded) == 1 and not Path(next(iter(recorded))).is_absolute()
        assert (log.parent / next(iter(recorded))).resolve() == Path(page.source).resolve()


def test_page_text_folder_lets_edits_apply_and_undo_rebuild_each_coordinate_page(tmp_path: Path) -> None:
    """`convert PAGES... --edits E --page-text DIR`: each page's laid-out text lands in DIR, and the CLI's own
    `edits apply|undo --page N` rebuild that page's output and original from it."""
    files = [OCR / "p3.rapidocr.json", OCR / "p1.alto.xml", OCR / "p2.hocr"]
    log, folder = tmp_path / "edits.jsonl", tmp_path / "texts" / "issue"
    res = _invoke("convert", *map(str, files), "-o", str(tmp_path / "i.xml"), "--edits", str(log),
                  "--page-text", str(folder))
    assert res.exit_code == 0, res.output
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["p1.alto.xml.txt", "p2.hocr.txt", "p3.rapidocr.json.txt"]
    for page in convert_issue(files).pages:
        laid_out = folder / (Path(page.source).name + ".txt")
        assert laid_out.read_text(encoding="utf-8") == page.original
        out = tmp_path / f"out{page.number}.txt"
        res = _invoke("edits", "apply", str(laid_out), str(log), "--page", str(page.number), "-o", str(out))
        assert res.exit_code == 0, res.output
        assert out.read_text(encoding="utf-8") == page.text
        back = tmp_path / f"back{page.number}.txt"
        res = _invoke("edits", "undo", str(out), str(log), "--page", str(page.number), "-o", str(back))
        assert res.exit_code == 0, res.output
        assert back.read_text(encoding="utf-8") == page.original


def test_page_text_refuses_a_file_for_an_issue_a_folder_for_a_page_and_clashing_names(tmp_path: Path) -> None:
    a_file = tmp_path / "taken.txt"
    a_file.write_text("x", encoding="utf-8")
    issue = [str(OCR / "p1.alto.xml"), str(OCR / "p2.hocr")]
    res = _invoke("convert", *issue, "-o", str(tmp_path / "i.xml"), "--page-text", str(a_file))
    assert res.exit_code == 2 and "name a folder" in res.stderr
    res = _invoke("convert", issue[0], "-o", str(tmp_path / "p.xml"), "--page-text", str(tmp_path))
    assert res.exit_code == 2 and "name a file" in res.stderr
    twin = tmp_path / "other"
    twin.mkdir()
    shutil.copy(OCR / "p1.alto.xml", twin / "p1.alto.xml")
    folder = tmp_path / "texts"
    res = _invoke("convert", f"{issue[0]}:1", f"{twin / 'p1.alto.xml'}:2", "-o", str(tmp_path / "i2.xml"),
                  "--page-text", str(folder))
    assert res.exit_code == 3 and "p1.alto.xml.txt" in res.stderr
    assert not folder.exists() and not (tmp_path / "i2.xml").exists()  # refused before writing anything


def test_file_numbers_and_absolute_paths_find_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(ISSUES / "weekly-b" / "page-1.txt", tmp_path / "front.txt")
    shutil.copy(ISSUES / "weekly-b" / "page-3.txt", tmp_path / "back.txt")
    monkeypatch.chdir(tmp_path)
    res = _invoke("convert", "front.txt:1", "back.txt:3", "-o", "i.xml", "--edits", "e.jsonl")
    assert res.exit_code == 0, res.output
    recorded = {(r["source"], r["page"]) for r in _records(tmp_path / "e.jsonl")}
    assert recorded == {("front.txt", 1), ("back.txt", 3)}
    # The same file by another path: picked by the file on disk.
    res = _invoke("edits", "apply", str(tmp_path / "back.txt"), "e.jsonl")
    assert res.exit_code == 0, res.output
    assert res.stdout == convert_issue(["front.txt", "back.txt"], pages=[1, 3]).pages[1].text


def test_a_log_of_several_pages_needs_to_know_which(issue_copy: tuple[str, Path]) -> None:
    name, root = issue_copy
    log = root / "edits.jsonl"
    first = sorted((root / name).glob("*.txt"))[0]
    res = CliRunner().invoke(app, ["edits", "apply", "-", str(log)], input=first.read_text(encoding="utf-8"))
    assert res.exit_code == 5
    # the pages are listed, as the log records them: relative to its folder
    assert "--page" in res.stderr and first.relative_to(root).as_posix() in res.stderr
    # The file is recorded as page 1: no lines for page 99 must not give it back unchanged as a result.
    res = _invoke("edits", "apply", str(first), str(log), "--page", "99")
    assert res.exit_code == 5 and res.stdout == "" and "is recorded as page 1, not page 99" in res.stderr
    res = CliRunner().invoke(app, ["edits", "apply", "-", str(log), "--page", "99"],
                             input=first.read_text(encoding="utf-8"))
    assert res.exit_code == 0 and res.stdout == first.read_text(encoding="utf-8")  # no lines: no edits
    assert "no lines for page 99" in res.stderr  # read from stdin, nothing to check it by: a note says so
    # Another page's records do not fit this page: the file is recorded as page 1, and that is said
    # before any line is tried (it was an edit-position mismatch, `expects '(' but the text has ...`).
    res = _invoke("edits", "apply", str(first), str(log), "--page", "2")
    assert res.exit_code == 5 and res.stdout == "" and "is recorded as page 1, not page 2" in res.stderr
    assert "expects" not in res.stderr
    # From stdin nothing tells which page the text is: page 2's lines are tried, and do not fit.
    res = CliRunner().invoke(app, ["edits", "apply", "-", str(log), "--page", "2"],
                             input=first.read_text(encoding="utf-8"))
    assert res.exit_code == 5 and "expects" in res.stderr


def test_one_page_logs_are_read_as_before(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    shutil.copy(ISSUES / "daily-a" / "gsrb_p02.txt", page)
    log = tmp_path / "e.jsonl"
    res = _invoke("convert", str(page), "-o", str(tmp_path / "p.xml"), "--edits", str(log))
    assert res.exit_code == 0, res.output
    assert all("page" not in r and "source" not in r for r in _records(log))
    res = CliRunner().invoke(app, ["edits", "apply", "-", str(log)], input=page.read_text("utf-8"))
    assert res.exit_code == 0, res.output
    assert res.stdout == convert_issue([page], pages=[2]).pages[0].text
    res = _invoke("edits", "apply", str(page), str(log), "--page", "2")
    assert res.exit_code == 5 and "without page numbers" in res.stderr


def _line(start: int, page: int | None, source: str | None = "a.txt") -> str:
    rec: dict[str, Any] = {"start": start, "end": start + 1, "before": "x", "after": "y", "rule": "t",
                           "kind": "typo", "cert": "high"}
    if page is not None:
        rec |= {"page": page, "source": source}
    return json.dumps(rec)


def test_malformed_issue_logs_are_refused_with_the_line() -> None:
    logs = loads_edit_log("\n".join([_line(0, 1), _line(5, 1), _line(2, 2, "b.txt")]))
    assert [(lg.page, len(lg.edits)) for lg in logs] == [(1, 2), (2, 1)]
    assert select_page(logs, file="dir/b.txt")[0].start == 2  # by file name
    with pytest.raises(EditLogError, match=r":3: the lines of page 1 .* not together"):
        loads_edit_log("\n".join([_line(0, 1), _line(2, 2, "b.txt"), _line(5, 1)]))
    with pytest.raises(EditLogError, match=r":2: lines with and without"):
        loads_edit_log("\n".join([_line(0, 1), _line(2, None)]))
    with pytest.raises(EditLogError, match=r":2: edits are out of order"):
        loads_edit_log("\n".join([_line(5, 1), _line(2, 1)]))
    with pytest.raises(EditLogError, match=r"'page' must be"):
        loads_edit_log(_line(0, 0))
    # Two pages recorded under the same file name in different folders: the name alone cannot pick.
    twins = loads_edit_log("\n".join([_line(0, 1, "x/p.txt"), _line(0, 2, "y/p.txt")]))
    with pytest.raises(EditLogError, match="none is recorded as"):
        select_page(twins, file="z/p.txt")
    assert select_page(twins, file="z/p.txt", page=2)[0].start == 0
    # Only page 1 had edits: page 2's file must not get page 1's lines; stdin gets the one page's.
    lone = loads_edit_log(_line(0, 1, "x/p01.txt"))
    with pytest.raises(EditLogError, match=r"one page .* none is recorded as x/p02\.txt"):
        select_page(lone, file="x/p02.txt")
    assert len(select_page(lone, file="-")) == len(select_page(lone, file="elsewhere/p01.txt")) == 1
    assert select_page(lone, file="x/p02.txt", page=2) == []
