"""Normalising the output again changes nothing, where a typo rule rewrites a word the spacing step
read before it (cases from the property tests' minimal examples, tests/test_properties.py)."""

from __future__ import annotations

import pytest

from layoutfix.normalize import normalize_text
from layoutfix.tracked import undo_edits


@pytest.mark.parametrize(
    "text",
    [
        "通讯员 其层\n基层",  # hypothesis seed 2: a byline naming 其层 until the typo rule made it 基层
        "记者 其层\n近日，干部到基层调研。",
    ],
)
def test_a_typo_fix_in_a_byline_name_leaves_nothing_for_a_second_run(text: str) -> None:
    once = normalize_text(text)
    assert "其层" not in once.text
    assert normalize_text(once.text).edits == []
    assert undo_edits(once.text, once.edits) == text


def test_a_real_byline_keeps_its_spaces_and_the_lead_its_typo_fix() -> None:
    once = normalize_text("本报记者 王丽 通讯员 张强\n近日，干部要多到其层一线调研。")
    assert once.text == "本报记者 王丽 通讯员 张强\n近日，干部要多到基层一线调研。"
    assert normalize_text(once.text).edits == []
