"""Normalising twice gives what normalising once gives, with two stray spaces (v15).

A fuzz inserting two stray OCR spaces at random positions of the v14 corpus's clean texts
(tests/test_idempotence_v14.py, `CORPUS`) found `normalize` changing its own output, by two causes:

1. A publisher's statement on an imprint line whose label a stray space broke (`零 售价 1.50元
   甘肃日报社出版 电话：…`) kept the gap after it and lost the one before it, so a second run read no
   whole statement there and lost the gap after it too.
2. Verse (see section 2).
3. `test_two_stray_spaces_normalise_once` is the fuzz as a property test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import normalize_logged, space_edits
from layoutfix.normalize.steps import normalize_text


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text).text
    assert normalize_text(once).text == once
    return once


# --- 1. a publisher's statement before a labelled field keeps the gaps on both sides ---------------

#: Imprint lines whose first field a stray space damaged (or that open with a value of no label),
#: and what `normalize` gives: the statement stays a token of its own, set apart on both sides.
PUBLISHER_BEFORE_A_FIELD = [
    ("零 售价 1.50元 甘肃日报社出版 电话：0931-1234567", "零售价1.50元 甘肃日报社出版 电话：0931-1234567"),
    ("定 价 2.00元 甘肃日报社出版 印刷：甘肃日报印务中心",
     "定价2.00元 甘肃日报社出版 印刷：甘肃日报印务中心"),
    ("零售 價 1.50元 甘肅日報社出版 電話：0931-1234567", "零售價1.50元 甘肅日報社出版 電話：0931-1234567"),
    ("CN62-0001 甘肃日报社出版 电话：0931-1234567", "CN62-0001 甘肃日报社出版 电话：0931-1234567"),
    ("邮发代号53-1 兰州晚报社出版 定价 2.00元", "邮发代号53-1 兰州晚报社出版 定价 2.00元"),
]


@pytest.mark.parametrize(("line", "expected"), PUBLISHER_BEFORE_A_FIELD)
def test_a_publisher_before_a_field_keeps_both_gaps(tmp_path: Path, line: str, expected: str) -> None:
    """Before, the first run gave `零售价1.50元甘肃日报社出版 电话：…` and the second
    `零售价1.50元甘肃日报社出版电话：…`."""
    out, edits = normalize_logged(tmp_path, line + "\n")
    assert out == expected + "\n"
    assert len(space_edits(edits)) == line.count(" ") - expected.count(" ")
    again, edits = normalize_logged(tmp_path, out)
    assert again == out
    assert space_edits(edits) == []


@pytest.mark.parametrize(("text", "fixed"), [
    # in a sentence: no line of fields
    ("记者了解到，定价2.00元 甘肃日报社出版 电话：0931-1234567。",
     "记者了解到，定价2.00元甘肃日报社出版电话：0931-1234567。"),
    # a stray space inside the statement makes it none (a known limit): no field to set apart
    ("零售价1.50元 甘肃日报 社出版 电话：0931-1234567", "零售价1.50元甘肃日报社出版电话：0931-1234567"),
    # a value glued to the statement: no whole token, as before
    ("零售价1.50元甘肃日报社出版 电话：0931-1234567", "零售价1.50元甘肃日报社出版电话：0931-1234567"),
])
def test_stray_spaces_beside_a_publisher_without_a_field_after_it_go(text: str, fixed: str) -> None:
    assert normalised_once(text) == fixed
