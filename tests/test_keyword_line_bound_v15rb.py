"""The spacing step and the labels read a keyword line by one definition (v15, helper RB): the
spacing step keeps the gaps of a labelled keyword line whose terms are no longer than
`roles.MAX_KEYWORD`, the bound the labels read a keyword block by; a longer term makes the line no
keyword line for either. A guard: the behaviour is that of the two former copies."""

from __future__ import annotations

import pytest

from layoutfix.layout.roles import MAX_KEYWORD, is_keyword_line, keyword_label_end
from layoutfix.normalize.steps import normalize_text

_TERM = "乡村振兴基层治理数字化改革"  # thirteen hanzi: a longest term is cut from it and its repeats


def _term(length: int) -> str:
    return (_TERM * 2)[:length]


@pytest.mark.parametrize("label", ["关键词：", "【关键词】", "标签：", "  关键词： "])
def test_a_keyword_line_within_the_bound_keeps_its_gaps(label: str) -> None:
    line = f"{label}{_term(MAX_KEYWORD)} 基层治理"
    assert normalize_text(line).text.endswith(f"{_term(MAX_KEYWORD)} 基层治理")
    assert is_keyword_line(line)
    assert keyword_label_end(line) == len(label)


@pytest.mark.parametrize("label", ["关键词：", "标签：", "Tags:"])
def test_a_term_past_the_bound_makes_no_keyword_line(label: str) -> None:
    line = f"{label}{_term(MAX_KEYWORD + 1)} 基层治理"
    assert normalize_text(line).text == line.replace(" ", "")
    assert not is_keyword_line(line)


@pytest.mark.parametrize("line", ["本次会议的关键词 乡村振兴 基层治理", "关键 词：乡村振兴"])
def test_no_label_no_keyword_line(line: str) -> None:
    assert keyword_label_end(line) is None
