"""Form feeds in flat text are page breaks (pdftotext, Tesseract's txt of a multi-page scan).

Before, `\\f` was an ordinary character inside a line: the next page's first line was glued into the
last paragraph of the page before. A file whose form feeds separate pages holding text is now an
issue of its own, as a PAGE-XML file holding several `<Page>`s is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.issue import convert_issue
from layoutfix.pipeline import SeveralPagesError, build_document, convert

PAGE_1 = "全省会议召开\r\n\r\n近日，全省会议在兰州召开。\r\n"
PAGE_2 = "第二版\r\n\r\n本报讯 会议强调，要加强基层建设。\r\n"
#: pdftotext's layout: each page ends with a form feed at the start of the line after its text.
TWO_PAGES = PAGE_1 + "\f" + PAGE_2 + "\f"


@pytest.fixture
def two_pages(tmp_path: Path) -> Path:
    path = tmp_path / "scan.txt"
    path.write_bytes(TWO_PAGES.encode("utf-8"))
    return path


def test_a_form_feed_ends_the_paragraph_and_is_not_written(runner: CliRunner, two_pages: Path) -> None:
    result = runner.invoke(app, ["convert", str(two_pages), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    assert "近日，全省会议在兰州召开。\n" in result.stdout
    assert "召开。第二版" not in result.stdout and "召开。\n第二版" not in result.stdout
    assert "\f" not in result.stdout


def test_a_file_of_form_feed_pages_is_an_issue_in_tei(runner: CliRunner, two_pages: Path) -> None:
    result = runner.invoke(app, ["convert", str(two_pages)])
    assert result.exit_code == 0, result.stderr
    tei = result.stdout
    assert '<pb n="1" xml:id="p1"/>' in tei and '<pb n="2" xml:id="p2"/>' in tei
    assert tei.index("近日，全省会议在兰州召开。</p>") < tei.index('<pb n="2"') < tei.index("第二版")
    assert "\f" not in tei and "&#12;" not in tei


def test_the_json_lists_each_page_s_articles(runner: CliRunner, two_pages: Path) -> None:
    result = runner.invoke(app, ["convert", str(two_pages), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["p1-a1", "p2-a1"]
    assert "\f" not in result.stdout and "\\f" not in result.stdout


def test_each_page_round_trips_through_its_edit_log(runner: CliRunner, two_pages: Path,
                                                     tmp_path: Path) -> None:
    texts, log = tmp_path / "texts", tmp_path / "e.jsonl"
    result = runner.invoke(app, ["convert", str(two_pages), "-f", "txt", "-o", str(tmp_path / "o.txt"),
                                 "--edits", str(log), "--page-text", str(texts)])
    assert result.exit_code == 0, result.stderr
    for number, original in ((1, PAGE_1), (2, PAGE_2)):
        page_text = texts / f"scan.txt.p{number}.txt"
        assert page_text.read_bytes().decode("utf-8") == original  # the form feeds are in no page
        clean, back = tmp_path / f"c{number}.txt", tmp_path / f"u{number}.txt"
        applied = runner.invoke(app, ["edits", "apply", str(page_text), str(log), "--page", str(number),
                                      "-o", str(clean)])
        assert applied.exit_code == 0, applied.stderr
        assert "\r" not in clean.read_text(encoding="utf-8")
        undone = runner.invoke(app, ["edits", "undo", str(clean), str(log), "--page", str(number),
                                     "-o", str(back)])
        assert undone.exit_code == 0, undone.stderr
        assert back.read_bytes() == page_text.read_bytes()


def test_stdin_and_page_are_refused_as_for_a_page_xml_of_several_pages(runner: CliRunner,
                                                                        two_pages: Path) -> None:
    piped = runner.invoke(app, ["convert", "-"], input=TWO_PAGES)
    assert piped.exit_code == 3
    assert piped.stderr.strip() == ("layoutfix: error: convert: <stdin> holds 2 pages; a file of several "
                                    "pages is read as an issue, from its file: save it and give the file")
    numbered = runner.invoke(app, ["convert", str(two_pages), "--page", "4"])
    assert numbered.exit_code == 2  # an option that cannot work: a usage error
    assert "holds 2 pages, numbered by the file" in numbered.stderr


def test_a_single_trailing_form_feed_leaves_one_page_unchanged(runner: CliRunner, tmp_path: Path) -> None:
    """Tesseract's txt of one page ends with a form feed: the output is the page's without it, and
    the form feed is one edit; beside it, a two-page file is two pages (fails before: one page)."""
    plain, tess = tmp_path / "plain.txt", tmp_path / "tess.txt"
    plain.write_text(PAGE_1, encoding="utf-8", newline="")
    tess.write_text(PAGE_1 + "\f\n", encoding="utf-8", newline="")
    outs = [runner.invoke(app, ["convert", str(p), "-f", "txt"]) for p in (plain, tess)]
    assert [r.exit_code for r in outs] == [0, 0]
    assert outs[0].stdout == outs[1].stdout
    both = tmp_path / "both.txt"
    both.write_text(PAGE_1 + "\f" + PAGE_1, encoding="utf-8", newline="")
    assert len(convert_issue([both]).document.pages) == 2


def test_batch_converts_such_a_file_as_one_issue(runner: CliRunner, two_pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(two_pages.parent), str(out), "-f", "tei"])
    assert result.exit_code == 0, result.stderr
    tei = next(out.glob("scan*")).read_text(encoding="utf-8")
    assert '<pb n="2" xml:id="p2"/>' in tei and "\f" not in tei


def test_the_python_api_reads_it_as_an_issue(two_pages: Path) -> None:
    with pytest.raises(SeveralPagesError, match="holds 2 pages"):
        convert(two_pages)
    with pytest.raises(SeveralPagesError, match="holds 2 pages"):
        build_document(TWO_PAGES)
    issue = convert_issue([two_pages])
    assert [pg.number for pg in issue.pages] == [1, 2]
    assert [pg.original for pg in issue.pages] == [PAGE_1, PAGE_2]


@pytest.mark.parametrize("page", ["1", "2"])
def test_edits_apply_refuses_the_whole_file_of_several_pages(
    runner: CliRunner, two_pages: Path, tmp_path: Path, page: str
) -> None:
    """A page's offsets are into that page's text: applied to the whole file, page 1's edits gave page
    1 corrected with page 2 raw behind it (and the form feed kept), exit 0. The page texts to apply
    them to are what `convert --page-text` writes."""
    log = tmp_path / "e.jsonl"
    assert runner.invoke(app, ["convert", str(two_pages), "-o", str(tmp_path / "o.xml"),
                               "--edits", str(log)]).exit_code == 0
    out = tmp_path / "applied.txt"
    result = runner.invoke(app, ["edits", "apply", str(two_pages), str(log), "--page", page, "-o", str(out)])
    assert result.exit_code == 5
    assert "form feed" in result.stderr and "--page-text" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
