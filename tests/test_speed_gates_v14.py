"""The cheap tests put before the layout rules' patterns for speed (docs/performance.md, fourteenth
session) must not change an answer: each case below sits at the edge of one such test (a digit
that is no ASCII digit, a chess move without digits, a traditional signer's line or byline read
through its simplified view), where a gate that is too narrow would turn a kept gap into a removed
one."""

from __future__ import annotations

import pytest

from layoutfix.layout.continuation import _ARROWS, _CLOSERS, _OPENERS, find_markers
from layoutfix.layout.roles import data_field_gaps, filed_byline, keeps_its_lines, signer_line
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.tracked import TrackedText

LEAD = "近日，全市召开会议。"


def spaced(text: str) -> str:
    """`text` after the spacing step."""
    return fix_spacing(TrackedText(text)).text


@pytest.mark.parametrize(
    ("line", "gaps"),
    [
        ("票价：８０元 １８０元", [(6, 7)]),  # full-width digits are digits (`\d`) too
        ("车二进三 马八进七", [(4, 5)]),  # chess moves: no digit at all
        ("第一場 1200米 勝出馬匹：金多寶", [(3, 4), (9, 10)]),  # an ordinal, then a measure before a label
        ("全市召开会议 部署秋冬工作", []),
    ],
)
def test_data_field_gaps_at_the_edge_of_the_digit_gate(line: str, gaps: list[tuple[int, int]]) -> None:
    assert data_field_gaps(line) == gaps


@pytest.mark.parametrize(
    "line", ["讀者 劉建國", "张伟 李娜 敬启", "某某股份有限公司 董事會 謹啟", "王丽 李华 拜上"]
)
def test_signer_lines_are_found_in_either_script(line: str) -> None:
    assert signer_line(line) == (0, len(line))


@pytest.mark.parametrize("line", ["全市召开会议 部署秋冬工作", "王丽 李华 张强"])
def test_lines_without_a_signer_label_or_formula_are_no_signer_lines(line: str) -> None:
    assert signer_line(line) is None


@pytest.mark.parametrize(
    ("block", "end"),
    [
        ("記者王麗／台北報導 市府今天宣布新政策。", 9),
        ("本報記者王麗台北報道 市府今天宣布新政策。", 10),
        ("〔記者王麗／台北報導〕市府今天宣布新政策。", 11),
        ("【本報訊】市府今天宣布新政策。", 5),
    ],
)
def test_filed_bylines_in_traditional_characters(block: str, end: int) -> None:
    found = filed_byline(block)
    assert found is not None and found.end == end


@pytest.mark.parametrize(
    "page",
    [
        f"{LEAD}\n\n讀者 劉建國",
        f"{LEAD}\n\n某某股份有限公司 董事會 謹啟",
        "比分：\n车二进三 马八进七",
        "記者王麗 李華／台北報導 市府今天宣布。",
    ],
)
def test_the_gaps_these_rules_keep_stay(page: str) -> None:
    assert spaced(page) == page


@pytest.mark.parametrize(("opener", "closer"), list(zip(_OPENERS, _CLOSERS, strict=True)))
def test_a_marker_in_any_bracket_is_found(opener: str, closer: str) -> None:
    assert [m.page for m in find_markers(f"会议指出{opener}下转第4版{closer}")] == ["4"]


@pytest.mark.parametrize("arrow", list(_ARROWS))
def test_a_marker_after_any_arrow_is_found(arrow: str) -> None:
    assert [m.page for m in find_markers(f"会议指出{arrow}下转4版")] == ["4"]


def test_every_character_a_spaced_value_ends_with_passes_its_gate() -> None:
    """`roles._VALUE_TAIL` (spaced_value_before's cheap test) holds every character the value
    patterns can end with, IGNORECASE folding included (a scan of every code point)."""
    import sys

    import regex

    from layoutfix.layout import roles

    tail = regex.compile(r"[A-Za-z0-9.．\-－—/_元]", regex.IGNORECASE)
    found = {chr(c) for c in range(sys.maxunicode + 1) if tail.fullmatch(chr(c))}
    assert found == roles._VALUE_TAIL
    assert roles._SPACED_VALUE_WHOLE.pattern.startswith("[A-Za-z0-9][A-Za-z0-9.．\\-－—/_]*元?")


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        ("远山含黛色 近水映秋光\n清风拂柳岸 明月照山冈", True),  # five hanzi a half
        ("霜叶红于二月花，停车坐爱枫林晚。\n远上寒山石径斜，白云生处有人家。", True),  # seven, after marks
        ("，远山含黛色 近水映秋光\n清风拂柳岸 明月照山冈", True),  # a stray mark opening the first line
        ("　远山含黛色　近水映秋光\n清风拂柳岸　明月照山冈", True),  # ideographic spaces
        ("远山含黛色 近水映秋光\n清风拂柳 明月照山冈", False),  # halves of two sizes
        ("远山含黛色好 近水映秋光好\n清风拂柳岸好 明月照山冈好", False),  # six hanzi a half
        ("远山含黛色\n近水映秋光", False),  # one half a line: a title's two lines
        ("全 市 召开 会议 部署\n秋冬 工作 ， 要求 各地 抓好 落实", False),  # spaced prose, a mark on line 2
        ("《我爱你，中国》 王丽 演唱\n《红旗颂》 李华 演奏", True),  # a mark inside a work's title
        ("上海海港 2:1 北京国安\n山东泰山 0:0 成都蓉城，", False),  # a row line ending a clause
    ],
)
def test_blocks_at_the_edge_of_the_verse_and_row_gates_keep_their_answer(block: str, kept: bool) -> None:
    """`is_verse_stanza` reads only a first line opening with a half of five or seven hanzi and a
    break; `is_row_block` tests every line's punctuation and width before its fields."""
    assert keeps_its_lines(block) is kept
