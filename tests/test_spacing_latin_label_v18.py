"""A Latin field label (`e-mail`) between hanzi read its own space as a field's (v18, helper Z).

`printf ',\\n基层 e-mail 基层' | layoutfix normalize -` gave `,\\n基层 e-mail基层`: the gap before `e-mail`
stayed, as before a field's label, because a space followed the label; the spacing step then removed
that very space (a Latin word and a hanzi in running text), so a second run no longer saw a label and
removed the first gap too (`,\\n基层e-mail基层`). An e-mail field's value is an address, not hanzi: a
Latin label followed by a space and hanzi opens no field, and both gaps go on the first run. A label
before its colon or an address keeps the gap before it, as before.
"""

from __future__ import annotations

import pytest

from cli_pages import normalize_stdin
from layoutfix.normalize.steps import normalize_text

#: Inputs and what normalising them once gives; a second run must give the same.
CASES = [
    (",\n基层 e-mail 基层", ",\n基层e-mail基层"),
    (",\n基层 E-mail 基层", ",\n基层E-mail基层"),
    (",\n基层 Email 基层", ",\n基层Email基层"),
    (",\n基层 email 基層", ",\n基层email基層"),
    # A one-line block without sentence punctuation is a headline: its phrase gaps stay.
    ("基层 E-mail 基层", "基层 E-mail 基层"),
    ("电话 0931 基层 e-mail 基层", "电话 0931 基层 e-mail 基层"),
    # A label before its colon, or before an address, still opens a field: the gap before it stays.
    ("联系 邮箱 e-mail：a@b.cn", "联系 邮箱 e-mail:a@b.cn"),
    (",\n基层 e-mail：a@b.cn", ",\n基层 e-mail:a@b.cn"),
    (",\n基层 e-mail a@b.cn", ",\n基层 e-mail a@b.cn"),
]


@pytest.mark.parametrize(("text", "once"), CASES)
def test_normalising_a_latin_label_twice_equals_once(text: str, once: str) -> None:
    """Before, `,\\n基层 e-mail 基层` gave `,\\n基层 e-mail基层`, then `,\\n基层e-mail基层`."""
    first = normalize_text(text).text
    assert first == once
    assert normalize_text(first).text == first


def test_the_cli_gives_the_final_text_on_the_first_run() -> None:
    """What the user saw: `layoutfix normalize -` kept one gap that a second run removed."""
    once = normalize_stdin(",\n基层 e-mail 基层")
    assert once == ",\n基层e-mail基层"
    assert normalize_stdin(once) == once


@pytest.mark.parametrize("headline", ["推广 X-ray 检查", "推进 E-mail 服务"])
def test_a_headline_keeps_its_phrase_gap_before_a_hyphenated_latin_word(headline: str) -> None:
    """A headline's phrase gap stays beside words of two characters or more; a hyphenated Latin word
    was read as its first letter alone, so `推广 X-ray 检查` gave `推广X-ray 检查`
    (`推进 E-mail 服务` kept its gap only as one before a field label, which `e-mail 服务` opens no more)."""
    assert normalize_text(headline).text == headline
