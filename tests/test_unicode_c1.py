"""DEL and the C1 controls (U+007F-U+009F) never reach the output: Windows-1252 bytes read as Latin-1
become the characters they were, the rest is removed, each change an edit that undo reverses."""

from __future__ import annotations

import json
from pathlib import Path

import regex
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize import normalize_text
from layoutfix.normalize.unicode import fix_unicode
from layoutfix.pipeline import convert
from layoutfix.tracked import TrackedText, undo_edits

C1 = regex.compile(r"[\x7F-\x9F]")
#: 他说“你好”…价格100€–200元 as a Windows-1252 export read as Latin-1, with the empty 0x81 and a DEL.
PAGE = "本报讯\n\n他说\x93你好\x94\x85价格100\x80\x96200元\x81。\x7f\n"


def test_convert_writes_no_c1_character_and_logs_each_change() -> None:
    result = convert(PAGE.encode("utf-8"), fmt="tei")
    assert not C1.search(result.output)
    assert "<p>他说“你好”……价格100€–200元。</p>" in result.output
    by_before = {e.before: e for e in result.edits if C1.fullmatch(e.before)}
    assert set(by_before) == {"\x93", "\x94", "\x85", "\x80", "\x96", "\x81", "\x7f"}
    assert by_before["\x93"].rules == ("unicode.cp1252",) and by_before["\x93"].cert == "medium"
    assert by_before["\x85"].rules == ("unicode.cp1252", "punct.ellipsis")  # … goes on to ……
    assert by_before["\x81"].rules == ("unicode.control",) and by_before["\x81"].after == ""
    assert by_before["\x7f"].rules == ("unicode.control",) and by_before["\x7f"].cert == "high"


def test_cli_convert_then_edits_undo_gives_the_page_back(runner: CliRunner, tmp_path: Path) -> None:
    page, log, clean = tmp_path / "page.txt", tmp_path / "page.jsonl", tmp_path / "page.clean.txt"
    page.write_bytes(PAGE.encode("utf-8"))
    done = runner.invoke(app, ["convert", str(page), "--edits", str(log)])
    assert done.exit_code == 0, done.stderr
    assert done.stderr == ""
    assert not C1.search(done.stdout)
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").split("\n") if line]
    rules = {rule for record in records for rule in record["rules"]}
    assert {"unicode.cp1252", "unicode.control"} <= rules  # split on "\n": the log holds a raw U+0085
    applied = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert applied.exit_code == 0, applied.stderr
    assert not C1.search(applied.stdout)
    clean.write_text(applied.stdout, encoding="utf-8")
    undone = runner.invoke(app, ["edits", "undo", str(clean), str(log)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == PAGE


def test_every_c1_code_is_mapped_by_windows_1252_or_removed() -> None:
    codes = "".join(map(chr, range(0x7F, 0xA0)))
    t = fix_unicode(TrackedText(f"甲{codes}乙"))
    assert not C1.search(t.text)
    mapped = {e.before: e.after for e in t.edits if e.rule == "unicode.cp1252"}
    assert len(mapped) == 27  # Windows-1252 leaves 0x81 0x8D 0x8F 0x90 0x9D empty; DEL is no character
    assert all(bytes([ord(c)]).decode("cp1252") == after for c, after in mapped.items())
    assert undo_edits(t.text, t.edits) == f"甲{codes}乙"


def test_a_line_of_controls_goes_whole_so_the_block_stays_one() -> None:
    text = "第一行正文\n\x7f\x81\n第二行正文。"
    t = normalize_text(text)
    assert "\n\n" not in t.text and not C1.search(t.text)
    assert normalize_text(t.text).edits == []  # a second run changes nothing
    assert undo_edits(t.text, t.edits) == text
