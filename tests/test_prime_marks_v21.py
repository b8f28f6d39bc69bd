"""Prime marks after digits are no quotes (session 21, helper P1).

A reviewer found feet and inches, minutes and seconds read as quotation marks: a player's height
`6'2"` came out `6'2”` (curly) or `6'2」` (corner), a minute `89'` came out `89‘` / `89『`, a screen
size `3"` came out `3“`, and the stray mark threw the pairing of the real quotations after it.
A straight quote directly after a digit, where no quotation of its kind is open, is a prime and
stays as printed; a quotation open there still closes after a digit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix import NormalizeOptions, normalize_text
from layoutfix.cli import app

#: Curly output -> corner output: the marks the corner style writes for the same quotes.
_AS_CORNER = str.maketrans("“”‘’", "「」『』")

#: Pages with prime marks, and their normalised text in the curly style.
PRIMES = [
    ("球員身高6'2\",司職中鋒。", "球員身高6'2\"，司職中鋒。"),
    ("比賽第89'入球。", "比賽第89'入球。"),
    ("屏幕為55\"。明天上市。", "屏幕為55\"。明天上市。"),
    ("价格为3\"的屏幕", "价格为3\"的屏幕"),
    ("身高由6'2\"長到6'5\"。", "身高由6'2\"長到6'5\"。"),
    # the prime must not throw the pairing of the quotation after it
    ("身高6'2\"的球員被稱爲\"大個子\"。", "身高6'2\"的球員被稱爲“大個子”。"),
    ("他說:\"第89'入球,是'絕殺'。\"", "他說：“第89'入球，是‘絕殺’。”"),
]

#: Quotations that close (or open) after a digit: they must still pair.
LOOK_ALIKES = [
    ("他说\"2024年\"很关键", "他说“2024年”很关键"),
    ("他说\"目标是5\"", "他说“目标是5”"),
    ("他说:\"把'3'号拿来\"", "他说：“把‘3’号拿来”"),
    ("排名第1\"最佳球员\"称号", "排名第1“最佳球员”称号"),
    ("他说\"身高6'2\"的那人很高。", "他说“身高6'2”的那人很高。"),  # open: a prime closes it (limit)
    ("Xi'an的6'2", "Xi'an的6'2"),
]


def _normalized(text: str, quotes: str) -> str:
    return normalize_text(text, NormalizeOptions(quotes=quotes)).text.strip()


@pytest.mark.parametrize("quotes", ["curly", "corner"])
@pytest.mark.parametrize(("page", "curly"), PRIMES + LOOK_ALIKES)
def test_primes_stay_and_quotations_pair(page: str, curly: str, quotes: str) -> None:
    expected = curly.translate(_AS_CORNER) if quotes == "corner" else curly
    assert _normalized(page, quotes) == expected


@pytest.mark.parametrize("quotes", ["auto", "curly", "corner"])
@pytest.mark.parametrize(("page", "_curly"), PRIMES + LOOK_ALIKES)
def test_normalising_twice_equals_once(page: str, _curly: str, quotes: str) -> None:
    once = _normalized(page, quotes)
    assert _normalized(once, quotes) == once


def test_the_edit_log_records_no_quote_for_a_prime() -> None:
    result = normalize_text("身高6'2\"的球員被稱爲\"大個子\"。", NormalizeOptions(quotes="curly"))
    quoted = [e for e in result.edits if "punct.quote" in e.rules]
    assert [(e.before, e.after) for e in quoted] == [('"', "“"), ('"', "”")]


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        ("corner", "球員身高6'2\"，司職中鋒。他說：「第89'入球，是『絕殺』。」"),
        ("curly", "球員身高6'2\"，司職中鋒。他說：“第89'入球，是‘絕殺’。”"),
    ],
)
def test_the_cli_keeps_primes(tmp_path: Path, quotes: str, expected: str) -> None:
    page = tmp_path / "page.txt"
    text = "球員身高6'2\",司職中鋒。他說:\"第89'入球,是'絕殺'。\"\n\n屏幕為55\"。\n"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(page), "--quotes", quotes])
    assert result.exit_code == 0, result.output
    assert expected in result.stdout and "屏幕為55\"。" in result.stdout
