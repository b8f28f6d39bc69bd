"""`layoutfix normalize` and `normalize_text` on flat text whose form feeds set pages apart.

Before, normalize removed a page-break form feed as a `unicode.xml-illegal` edit and normalised the
pages as one text: the next page's first line joined the last block of the page before, and was
decided on as part of it (`第二版 会议` lost its space). The cleaned text now keeps each page break
(plain text, where a form feed is legal), each page is normalised on its own, as `convert` reads it,
and the one edit log has offsets into the whole file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix import normalize_text
from layoutfix.cli import app
from layoutfix.editlog import read_edits
from layoutfix.model import Edit
from layoutfix.readers.text import split_pages
from layoutfix.tracked import apply_edits, undo_edits

PAGE_1 = "全省会议召开\n\n近日，全省 会议\f在兰州召开.\n"  # (a stray form feed inside a line)
PAGE_2 = "第二版 会议\n\n本报讯 会议强调.\n"
#: pdftotext's layout: every page, the last one too, ends with a form feed.
TWO_PAGES = PAGE_1 + "\f" + PAGE_2 + "\f"


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "scan.txt"
    path.write_bytes(TWO_PAGES.encode("utf-8"))
    return path


def _normalize(runner: CliRunner, scan: Path, tmp_path: Path) -> tuple[str, Path]:
    """The cleaned text of `scan` and its edit log, through the CLI."""
    out, log = tmp_path / "clean.txt", tmp_path / "e.jsonl"
    result = runner.invoke(app, ["normalize", str(scan), "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    return out.read_bytes().decode("utf-8"), log


def test_the_cleaned_text_keeps_the_page_breaks_and_normalises_each_page(
    runner: CliRunner, scan: Path, tmp_path: Path
) -> None:
    cleaned, _log = _normalize(runner, scan, tmp_path)
    assert cleaned == normalize_text(PAGE_1).text + "\f" + normalize_text(PAGE_2).text + "\f"
    assert "召开。\n\f第二版 会议\n" in cleaned  # page 2's first line was glued and lost its space
    assert cleaned.count("\f") == 2  # the stray form feed inside page 1's line is still removed
    assert len(split_pages(cleaned)) == 2


def test_the_one_log_rebuilds_the_cleaned_file_and_back(
    runner: CliRunner, scan: Path, tmp_path: Path
) -> None:
    cleaned, log = _normalize(runner, scan, tmp_path)
    assert "\f" in cleaned
    edits = read_edits(log)
    assert apply_edits(TWO_PAGES, edits) == cleaned
    applied = tmp_path / "applied.txt"
    result = runner.invoke(app, ["edits", "apply", str(scan), str(log), "-o", str(applied)])
    assert result.exit_code == 0, result.stderr
    assert applied.read_bytes().decode("utf-8") == cleaned
    back = tmp_path / "back.txt"
    undone = runner.invoke(app, ["edits", "undo", str(tmp_path / "clean.txt"), str(log), "-o", str(back)])
    assert undone.exit_code == 0, undone.stderr
    assert back.read_bytes() == scan.read_bytes()
    assert undo_edits(cleaned, edits) == TWO_PAGES


def test_the_log_names_each_page_s_own_blocks(runner: CliRunner, scan: Path, tmp_path: Path) -> None:
    """Blocks are numbered on through the file; page 2's first line is a block of its own (b3)."""
    _cleaned, log = _normalize(runner, scan, tmp_path)
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    stray = TWO_PAGES.index("\f")
    removed = [(r["start"], r["rule"]) for r in records if r["before"] == "\f"]
    assert removed == [(stray, "unicode.xml-illegal")]
    assert records[-1]["start"] == TWO_PAGES.rindex(".") and records[-1]["block"] == "b4"


def test_the_api_gives_each_page_s_edits_at_its_offset_in_the_text() -> None:
    tracked = normalize_text(TWO_PAGES)
    second = len(PAGE_1) + 1
    shifted = [Edit(e.start + second, e.end + second, e.before, e.after, e.rules, e.kind, e.cert)
               for e in normalize_text(PAGE_2).edits]
    assert tracked.edits == normalize_text(PAGE_1).edits + shifted
    assert tracked.to_original(tracked.text.index("第二版")) == TWO_PAGES.index("第二版")


def test_normalising_the_cleaned_text_again_changes_nothing() -> None:
    once = normalize_text(TWO_PAGES)
    twice = normalize_text(once.text)
    assert twice.text == once.text and twice.edits == []
    assert len(split_pages(once.text)) == 2


@pytest.mark.parametrize("tail", ["\f", "\f\n"])
def test_a_single_trailing_form_feed_is_removed_as_before(tail: str) -> None:
    """Tesseract's txt of one page: one page, its form feed one edit, the rest as without it (a
    guard: passes before too)."""
    plain, tess = normalize_text(PAGE_2), normalize_text(PAGE_2 + tail)
    assert tess.text == plain.text + tail[1:]
    [extra] = [e for e in tess.edits if e not in plain.edits]
    assert (extra.start, extra.before, extra.rule) == (len(PAGE_2), "\f", "unicode.xml-illegal")


def test_a_page_holding_only_a_control_character_does_not_break_idempotence() -> None:
    """split_pages counts a page holding only `\\x07` as text; normalised it is blank, so its page
    break would be a stray form feed to a second run: such a text is normalised whole (a guard:
    passes before too, where every text was normalised whole)."""
    text = "\x07\n\f" + PAGE_2
    once = normalize_text(text)
    assert normalize_text(once.text).text == once.text
    assert apply_edits(text, once.edits) == once.text


def test_joined_pieces_keep_their_edits_and_every_rule() -> None:
    """`TrackedText.joined`: pieces normalised one by one make one text over the whole original,
    each edit at its place there with all the rules that made it."""
    from layoutfix.normalize.steps import normalize_text
    from layoutfix.tracked import TrackedText, apply_edits, undo_edits

    first, second = normalize_text("全省 会议召开.\n"), normalize_text("本报讯 会议强调 .\n")
    whole = TrackedText.joined([first, TrackedText("\f"), second])
    assert whole.original == "全省 会议召开.\n\f本报讯 会议强调 .\n"
    assert whole.text == first.text + "\f" + second.text
    shift = len(first.original) + 1
    assert [(e.start, e.rules) for e in whole.edits] == [
        *((e.start, e.rules) for e in first.edits), *((e.start + shift, e.rules) for e in second.edits)]
    assert apply_edits(whole.original, whole.edits) == whole.text
    assert undo_edits(whole.text, whole.edits) == whole.original
