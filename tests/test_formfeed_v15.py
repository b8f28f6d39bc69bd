"""Form feeds inside a line: a page break after a sentence's end, a warned-about stray elsewhere.

Before, a form feed with text on both sides in one line (`…召开。\\f\\f第三版…`, as an export writes
when a page's text does not end with a line break) was a stray control character: removed as a
`unicode.xml-illegal` edit, and the two pages' text glued into one paragraph, with no word on stderr.
Now a run of two or more form feeds, or one after a sentence's end, is a page break as one at a
line's start or end is; one inside a sentence stays a stray control character, and a warning names
the file and line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.editlog import read_edits
from layoutfix.readers.text import split_pages
from layoutfix.tracked import apply_edits

PAGE_1 = "全省会议召开\n\n近日，全省会议在兰州召开。"
PAGE_3 = "第三版\n\n本报讯 会议强调，要加强基层建设。\n"
#: Page 1's text ends without a line break, so the export writes its form feed, the blank page 2's
#: and then page 3's text on one line.
BLANK_BETWEEN = PAGE_1 + "\f\f" + PAGE_3
#: One form feed right after a sentence's end (closing quote and spaces allowed between).
AFTER_SENTENCE = [PAGE_1 + "\f" + PAGE_3, "近日，他说：“会议召开了。” \f" + PAGE_3]
#: A form feed inside a sentence, on line 3 of the file.
INSIDE = "全省会议召开\n\n近日，全省会议\f在兰州召开。\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scan.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("layoutfix: warning:")]


def test_two_form_feeds_inside_a_line_are_two_page_breaks(runner: CliRunner, tmp_path: Path) -> None:
    """Before: one page, `…召开。第三版` glued in one paragraph, nothing on stderr."""
    path = _write(tmp_path, BLANK_BETWEEN)
    result = runner.invoke(app, ["convert", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    articles = json.loads(result.stdout)["articles"]
    assert [(a["id"], a["paragraphs"][-1]["text"]) for a in articles] == [
        ("p1-a1", "近日，全省会议在兰州召开。"), ("p3-a1", "会议强调，要加强基层建设。")]
    assert _warnings(result.stderr) == [
        f"layoutfix: warning: {path}: page 2 is blank (no text): kept in its place, with no article"]
    tei = runner.invoke(app, ["convert", str(path)]).stdout
    assert [n for n in "123" if f'<pb n="{n}"' in tei] == ["1", "2", "3"]
    assert tei.index("召开。</p>") < tei.index('<pb n="3"') < tei.index("第三版")
    txt = runner.invoke(app, ["convert", str(path), "-f", "txt"]).stdout
    assert "召开。第三版" not in txt and "召开。\n第三版" not in txt and "\f" not in txt


@pytest.mark.parametrize("text", AFTER_SENTENCE, ids=["full-stop", "quote-and-space"])
def test_one_form_feed_after_a_sentence_is_a_page_break(
    runner: CliRunner, tmp_path: Path, text: str
) -> None:
    """Before: one page, the next page's heading glued to the sentence before it."""
    path = _write(tmp_path, text)
    result = runner.invoke(app, ["convert", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["p1-a1", "p2-a1"]
    assert result.stderr == ""
    assert len(split_pages(text)) == 2


def test_each_page_round_trips_through_its_page_text_and_edit_log(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, BLANK_BETWEEN)
    texts, log = tmp_path / "texts", tmp_path / "e.jsonl"
    result = runner.invoke(app, ["convert", str(path), "-o", str(tmp_path / "o.xml"), "--edits", str(log),
                                 "--page-text", str(texts)])
    assert result.exit_code == 0, result.stderr
    assert (texts / "scan.txt.p1.txt").read_bytes().decode("utf-8") == PAGE_1
    assert (texts / "scan.txt.p3.txt").read_bytes().decode("utf-8") == PAGE_3
    page_text, clean, back = texts / "scan.txt.p3.txt", tmp_path / "c.txt", tmp_path / "u.txt"
    assert runner.invoke(app, ["edits", "apply", str(page_text), str(log), "--page", "3",
                               "-o", str(clean)]).exit_code == 0
    assert runner.invoke(app, ["edits", "undo", str(clean), str(log), "--page", "3",
                               "-o", str(back)]).exit_code == 0
    assert back.read_bytes() == page_text.read_bytes()


@pytest.mark.parametrize("text", [BLANK_BETWEEN, *AFTER_SENTENCE],
                         ids=["blank-between", "full-stop", "quote-and-space"])
def test_normalize_keeps_the_page_breaks_and_its_log_rebuilds_the_file(
    runner: CliRunner, tmp_path: Path, text: str
) -> None:
    """Before: the form feeds were removed as stray control characters, the pages one text."""
    path = _write(tmp_path, text)
    out, log = tmp_path / "clean.txt", tmp_path / "e.jsonl"
    result = runner.invoke(app, ["normalize", str(path), "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    cleaned = out.read_bytes().decode("utf-8")
    assert cleaned.count("\f") == text.count("\f")
    assert [e for e in read_edits(log) if "\f" in e.before] == []
    assert apply_edits(text, read_edits(log)) == cleaned
    back = tmp_path / "back.txt"
    undone = runner.invoke(app, ["edits", "undo", str(out), str(log), "-o", str(back)])
    assert undone.exit_code == 0, undone.stderr
    assert back.read_bytes() == path.read_bytes()


@pytest.mark.parametrize("command", ["convert", "normalize"])
def test_a_form_feed_inside_a_sentence_is_removed_with_a_warning(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """Between two words of one sentence a form feed is no page break (kept so: the text reads on),
    but it may be one an export wrote mid-sentence: before, it went without a word."""
    path = _write(tmp_path, INSIDE)
    result = runner.invoke(app, [command, str(path), *(["-f", "txt"] if command == "convert" else [])])
    assert result.exit_code == 0, result.stderr
    assert "近日，全省会议在兰州召开。" in result.stdout and "\f" not in result.stdout
    [warning] = _warnings(result.stderr)
    assert warning.startswith(f"layoutfix: warning: {path}: line 3: a form feed inside a sentence")
    assert "page break" in warning


def test_the_warning_names_the_line_of_the_file_in_a_file_of_several_pages(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The line is the file's, not the page's: what an editor opening the file shows."""
    path = _write(tmp_path, PAGE_3 + "\f" + INSIDE)
    result = runner.invoke(app, ["convert", str(path), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    [warning] = _warnings(result.stderr)
    assert f"{path}: line 6: a form feed inside a sentence" in warning


@pytest.mark.parametrize("text", ["共计3.\f5亿元。\n", "他说：“会议\f召开了。”\n", "本报讯\v\f记者 王明\n"],
                         ids=["decimal-point", "open-quote", "noise"])
def test_a_form_feed_not_after_a_sentence_end_is_no_page_break(text: str) -> None:
    """A guard (passes before too): a decimal point, an open quotation, OCR noise are no ends."""
    assert split_pages(text) == [text]


def test_batch_counts_the_warning_in_its_report(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    _write(tmp_path / "in", INSIDE)
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), str(tmp_path / "out"), "-j", "1",
                                 "--report", str(report)])
    assert result.exit_code == 0, result.stderr
    [entry] = json.loads(report.read_text(encoding="utf-8"))["warnings"]
    assert ": line 3: a form feed inside a sentence" in entry["warning"]


def test_normalize_warns_when_it_cleans_a_file_of_several_pages_whole(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A page holding only a control character is blank once cleaned: the file is normalised whole and
    its page break removed as a stray control character (as before), which said nothing."""
    path = _write(tmp_path, "\x07\n\f" + PAGE_3)
    result = runner.invoke(app, ["normalize", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "\f" not in result.stdout
    [warning] = _warnings(result.stderr)
    assert f"{path}: its 2 pages are normalised as one text" in warning
