"""A hanzi written with a variation selector (an ideographic variant, `葛\\U000E0100`) is spaced as
the plain hanzi: OCR's stray space after it goes, the selector stays."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from layoutfix import apply_edits, normalize_text
from layoutfix.cli import app

SELECTED = ["葛\U000E0100", "葛\ufe00", "葛\ufe00\U000E0100"]


@pytest.mark.parametrize("han", SELECTED)
def test_a_space_after_a_selected_hanzi_goes_as_after_the_plain_one(han: str) -> None:
    result = normalize_text(f"东晋{han} 洪著有抱朴子。")
    assert result.text == f"东晋{han}洪著有抱朴子。"
    assert normalize_text("东晋葛 洪著有抱朴子。").text == "东晋葛洪著有抱朴子。"
    assert [e.rule for e in result.edits] == ["space.cjk-cjk"]
    assert apply_edits(f"东晋{han} 洪著有抱朴子。", result.edits) == result.text


def test_the_cli_keeps_the_selector_and_drops_the_space() -> None:
    result = CliRunner().invoke(app, ["normalize", "-"], input="东晋葛\U000E0100 洪著有抱朴子。\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "东晋葛\U000E0100洪著有抱朴子。\n"


def test_a_headline_phrase_gap_after_a_selected_hanzi_stays() -> None:
    headline = "抱朴子葛\U000E0100 洪传奇"
    assert normalize_text(headline).text == headline


def test_a_selector_after_a_symbol_changes_nothing() -> None:
    assert normalize_text("☆\ufe0f 洪").text == "☆\ufe0f 洪"
