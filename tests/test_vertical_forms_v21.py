"""Vertical presentation forms of punctuation (`﹁我哋走啦﹂`, `︵記者 陳大文︶`), which OCR of vertical
pages emits, become the ordinary marks: a Hong Kong archive's page kept them (search for 「 found
nothing), and a closing `︵記者 陳大文︶` was read as a new article's title. Each change is a
`unicode.vertical-form` edit that undo reverses."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize.unicode import VERTICAL_FORMS, fix_unicode
from layoutfix.pipeline import convert
from layoutfix.tracked import TrackedText, undo_edits

PAGE = ("港聞\n\n旺角街坊盼生意回升\n\n街坊陳先生話﹁我哋走啦﹂，佢哋好失望，商戶表示生意大跌︒\n\n"
        "︵記者 陳大文︶\n")


def test_each_form_is_what_nfkc_makes_of_it_in_chinese_width() -> None:
    """The table is Unicode's compatibility mapping, ASCII marks read as Chinese full-width ones."""
    wider = {"...": "…", "..": "‥"}
    for form, mark in VERTICAL_FORMS.items():
        nfkc = unicodedata.normalize("NFKC", form)
        if len(nfkc) == 1 and "!" <= nfkc <= "~":
            nfkc = chr(ord(nfkc) + 0xFEE0)
        assert wider.get(nfkc, nfkc) == mark, form


@pytest.mark.parametrize(("text", "expected"), [
    ("他說﹁我哋走啦﹂。", "他說「我哋走啦」。"),
    ("﹃大地﹄一書︵上冊︶", "『大地』一書（上冊）"),
    ("︻本報訊︼昨日︐市民︑學生︔", "【本報訊】昨日，市民、學生；"),
    ("︽明報︾︙︙", "《明報》……"),
])
def test_vertical_marks_become_the_ordinary_ones(text: str, expected: str) -> None:
    fixed = fix_unicode(TrackedText(text))
    assert fixed.text == expected
    assert {e.rule for e in fixed.edits} == {"unicode.vertical-form"}
    assert undo_edits(fixed.text, fixed.edits) == text


@pytest.mark.parametrize("text", ["「我哋走啦」（記者 陳大文）", "＿底線︳︴", "芝麻點﹅﹆"])
def test_ordinary_marks_and_forms_without_a_plain_twin_are_left(text: str) -> None:
    assert fix_unicode(TrackedText(text)).edits == []


def test_a_vertical_page_closing_signature_is_the_signature() -> None:
    result = convert(PAGE, fmt="json")
    data = json.loads(result.output)
    [article] = data["articles"]
    assert article["signature"] == "（記者 陳大文）"
    assert "「我哋走啦」" in convert(PAGE, fmt="txt").output


def test_cli_convert_then_edits_undo_gives_the_page_back(tmp_path: Path) -> None:
    runner = CliRunner()
    page, log, clean = tmp_path / "page.txt", tmp_path / "page.jsonl", tmp_path / "clean.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = runner.invoke(app, ["convert", str(page), "--edits", str(log)])
    assert done.exit_code == 0, done.stderr
    applied = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert applied.exit_code == 0, applied.stderr
    assert "﹁" not in applied.stdout and "「我哋走啦」" in applied.stdout
    clean.write_text(applied.stdout, encoding="utf-8")
    undone = runner.invoke(app, ["edits", "undo", str(clean), str(log)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == PAGE
