"""The command line of the v12 audit: one file named by two path options, review's --from/--min-conf,
the message for a flat page opening with an XML declaration, and `review DIR/`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGES = Path(__file__).parent / "pages"
PAGE = PAGES / "signature.txt"


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    """A copy of a flat-text page that a command may be asked to overwrite."""
    copy = tmp_path / "p.txt"
    copy.write_bytes(PAGE.read_bytes())
    return copy


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# Each case: the arguments (with {p} the page, {d} its folder) and the two options the error names.
_CLASHES = [
    (["convert", "{p}", "-o", "{p}"], ("PAGE", "-o")),
    (["convert", "{p}", "-o", "{d}/./p.txt"], ("PAGE", "-o")),
    (["convert", "{p}:3", "-o", "{p}"], ("PAGE", "-o")),
    (["convert", "{p}", "-o", "{d}/s.tei", "--page-text", "{d}/s.tei"], ("-o", "--page-text")),
    (["convert", "{p}", "-o", "{d}/s.tei", "--edits", "{d}/s.tei"], ("-o", "--edits")),
    (["convert", "{p}", "--edits", "{d}/e.jsonl", "--page-text", "{d}/e.jsonl"], ("--edits", "--page-text")),
    (["convert", "{p}", "--edits", "{p}"], ("PAGE", "--edits")),
    (["convert", "{p}", "{d}/q.txt", "-o", "{d}/q.txt"], ("PAGE", "-o")),
    (["convert", "{p}", "{d}/q.txt", "-o", "{d}/i.tei", "--report", "{d}/i.tei"], ("-o", "--report")),
    (["convert", "{d}/", "-o", "{d}/q.txt"], ("PAGE", "-o")),
    (["convert", "{d}", "--edits", "{d}/p.txt"], ("PAGE", "--edits")),
    (["review", "{d}/", "-o", "{d}/q.txt"], ("INPUT", "-o")),
    (["normalize", "{p}", "-o", "{p}"], ("PAGE.txt", "-o")),
    (["normalize", "{p}", "-o", "{d}/out.txt", "--edits", "{d}/out.txt"], ("-o", "--edits")),
    (["review", "{p}", "-o", "{p}"], ("INPUT", "-o")),
    (["suggest", "{p}", "-o", "{p}"], ("PAGE.txt", "-o")),
    (["suggest", "{p}", "--gazetteer", "{d}/q.txt", "-o", "{d}/q.txt"], ("--gazetteer", "-o")),
    (["edits", "apply", "{p}", "{d}/e.jsonl", "-o", "{d}/e.jsonl"], ("EDITS", "-o")),
    (["edits", "undo", "{p}", "{d}/e.jsonl", "-o", "{p}"], ("OUTPUT", "-o")),
    (["rules", "learn", "{d}/e.jsonl", "-o", "{d}/e.jsonl"], ("EDITS_REVIEWED.jsonl", "-o")),
]


def _case_id(value: object) -> str:
    return " ".join(value) if isinstance(value, list) else ""


@pytest.mark.parametrize(("args", "options"), _CLASHES, ids=_case_id)
def test_two_options_naming_one_file_are_refused_before_anything_is_written(
    runner: CliRunner, page: Path, args: list[str], options: tuple[str, str]
) -> None:
    folder = page.parent
    (folder / "q.txt").write_bytes(PAGE.read_bytes())
    (folder / "e.jsonl").write_text("", encoding="utf-8")
    before = _listing(folder)
    result = runner.invoke(app, [a.format(p=page, d=folder) for a in args])
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "same file" in line
    for option in options:
        assert option in line
    assert result.stdout == ""
    assert _listing(folder) == before  # the page, the log: every file as it was, none added


def test_a_link_to_the_input_is_the_input(runner: CliRunner, page: Path) -> None:
    hard = page.parent / "hard.tei"
    os.link(page, hard)
    soft = page.parent / "soft.tei"
    soft.symlink_to(page)
    original = page.read_bytes()
    for target in (hard, soft):
        result = runner.invoke(app, ["convert", str(page), "-o", str(target)])
        assert result.exit_code == 2, result.stderr
        assert "same file" in one_error_line(result.stderr)
    assert page.read_bytes() == original


def test_review_image_cannot_be_the_report(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    image = tmp_path / "p.png"
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    image.write_bytes(png)
    result = runner.invoke(app, ["review", str(page), "--image", str(image), "-o", str(image)])
    assert result.exit_code == 2, result.stderr
    line = one_error_line(result.stderr)
    assert "--image" in line and "-o" in line
    assert image.read_bytes() == png


def test_distinct_files_and_streams_still_work(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    """`-` and devices never clash: two streams to /dev/null lose nothing."""
    log = tmp_path / "e.jsonl"
    result = runner.invoke(app, ["normalize", str(page), "-o", str(tmp_path / "n.txt"), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert log.read_text(encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "-o", os.devnull, "--edits", os.devnull])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["edits", "apply", str(page), str(log), "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (tmp_path / "n.txt").read_text(encoding="utf-8")


OCR = Path(__file__).parent / "fixtures" / "ocr"
#: A flat page whose first line is an XML declaration: detected as XML of no page format.
DECLARED = '<?xml version="1.0"?>\n\n本报讯 近日，市里召开会议。\n'


def test_review_reads_the_input_as_from_says(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "x.txt"
    page.write_text(DECLARED, encoding="utf-8")
    report = tmp_path / "x.html"
    refused = runner.invoke(app, ["review", str(page), "-o", str(report)])
    assert refused.exit_code == 3, refused.stderr
    assert "--from txt" in one_error_line(refused.stderr)
    result = runner.invoke(app, ["review", str(page), "--from", "txt", "-o", str(report)])
    assert result.exit_code == 0, result.stderr
    assert "市里召开会议" in report.read_text(encoding="utf-8")
    wrong = runner.invoke(app, ["review", str(OCR / "p1.hocr"), "--from", "alto", "-o", str(report)])
    converted = runner.invoke(app, ["convert", str(OCR / "p1.hocr"), "--from", "alto"])
    assert wrong.exit_code == converted.exit_code == 3
    assert one_error_line(wrong.stderr) == one_error_line(converted.stderr)


def test_review_min_conf_flags_as_convert_does(runner: CliRunner, tmp_path: Path) -> None:
    page = str(OCR / "p1.alto.xml")
    for level in ("0.99", "0.3"):
        result = runner.invoke(app, ["review", page, "--min-conf", level, "-o", str(tmp_path / "r.html")])
        assert result.exit_code == 0, result.stderr
        converted = runner.invoke(app, ["convert", page, "--min-conf", level, "-o", str(tmp_path / "r.tei")])
        assert result.stderr == converted.stderr
    strict = runner.invoke(app, ["review", page, "--min-conf", "0.99", "-o", str(tmp_path / "r.html")])
    default = runner.invoke(app, ["review", page, "-o", str(tmp_path / "r.html")])
    assert "below 0.99 are flagged" in strict.stderr
    assert strict.stderr != default.stderr
    bad = runner.invoke(app, ["review", page, "--min-conf", "2", "-o", str(tmp_path / "r.html")])
    assert bad.exit_code == 2
    assert "--min-conf" in one_error_line(bad.stderr)


ISSUE = Path(__file__).parent / "issues" / "daily-a"


def test_review_of_an_issue_folder_is_the_report_batch_writes(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # the header's time: the same for both runs
    folder = tmp_path / "in" / "daily-a"
    folder.mkdir(parents=True)
    for page in ISSUE.iterdir():
        (folder / page.name).write_bytes(page.read_bytes())
    batch = runner.invoke(app, ["batch", str(tmp_path / "in"), str(tmp_path / "out"), "--issues", "--review",
                                "-j", "1"])
    assert batch.exit_code == 0, batch.stderr
    report = tmp_path / "daily-a.html"
    result = runner.invoke(app, ["review", str(folder), "-o", str(report)])
    assert result.exit_code == 0, result.stderr
    assert report.read_bytes() == (tmp_path / "out" / "daily-a.review.html").read_bytes()


def test_review_of_an_issue_folder_skips_what_is_no_page(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "issue"
    folder.mkdir()
    for page in ISSUE.iterdir():
        (folder / page.name).write_bytes(page.read_bytes())
    (folder / "mets.xml").write_text('<?xml version="1.0"?>\n<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>\n',
                                     encoding="utf-8")
    report = tmp_path / "i.html"
    result = runner.invoke(app, ["review", f"{folder}/", "-o", str(report)])
    assert result.exit_code == 0, result.stderr
    assert "mets.xml: not a page, skipped" in result.stderr
    assert "gsrb_p04.txt" in report.read_text(encoding="utf-8")
    image = tmp_path / "p.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    for extra in (["--page", "2"], ["--image", str(image)]):
        refused = runner.invoke(app, ["review", str(folder), *extra, "-o", str(tmp_path / "x.html")])
        assert refused.exit_code == 2, refused.stderr
        assert extra[0] in one_error_line(refused.stderr)
    assert not (tmp_path / "x.html").exists()
