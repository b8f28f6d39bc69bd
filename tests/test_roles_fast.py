"""The cheap tests `roles.py` makes before its regex searches answer as the searches themselves would.

Each gate is a necessary condition of its pattern (when the gate says no, the pattern cannot match),
and a search started late (`_tail_start`) finds the same match as one from the start. Random texts
mix the characters the patterns look for with hanzi, digits, spaces and other whitespace.
"""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.layout import roles

_PIECES = [
    "本报", "记者", "特约摄影师", "通讯员", "实习生", "摄", "摄影报道", "供图", "(", ")", "（", "）",
    "完", "马俊", "张三丰", "·", "、", " ", "  ", "\u3000", "\t", "\n", "\u00a0", "。", "，", ",",
    ":", "：", "；", ";", "!", "？", "…", "”", "1", "3", "138", "13912345678", "0931-8888888", "—",
    "-", "－", "强调", "指出", "据了解", "会议", "的", "和", "a", "Z", "５", "٣", "\x1c", "政协",
    "秦", "州", "区", "调", "研",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_gates_pass_whatever_their_pattern_matches(text: str) -> None:
    if roles._PHONE.search(text):
        assert roles._may_hold_phone(text)
    if roles._SPEECH_LEAD.match(text):
        assert roles._may_open_with_speech(text)
    if roles._CLAUSE_BREAK.search(text):
        assert roles._may_break_clauses(text)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_two_han_search_is_two_single_searches(text: str) -> None:
    first = roles._HAN.search(text)
    fewer = first is None or roles._HAN.search(text, first.end()) is None
    assert roles._fewer_han_than_two(text) == fewer


@settings(max_examples=1500, deadline=None)
@given(_TEXT, _TEXT)
def test_tail_searches_find_the_full_searches_match(lead: str, tail: str) -> None:
    text = lead + tail
    for pattern, span in ((roles._CREDIT, roles._CREDIT_SPAN), (roles._SIGNATURE, roles._SIGNATURE_SPAN)):
        full = pattern.search(text)
        late = pattern.search(text, roles._tail_start(text, span))
        assert (full and full.span()) == (late and late.span())


def test_tail_searches_on_longest_credits_and_signatures() -> None:
    names = "、".join(["欧阳·某某"[:4]] * 4)
    for text in (
        f"说明文字。（本报特约摄影师 {names} 摄影报道）",
        f"说明文字。( 本报 特约记者  {names} 供图 )  ",
        f"正文结束。（本报特约记者{names}）",
        f"（本报特约记者 {names}）",
    ):
        padded = "前" * 50 + text
        for pattern, span in ((roles._CREDIT, roles._CREDIT_SPAN), (roles._SIGNATURE, roles._SIGNATURE_SPAN)):
            for t in (text, padded):
                full = pattern.search(t)
                late = pattern.search(t, roles._tail_start(t, span))
                assert (full and full.span()) == (late and late.span())


def test_in_printable_text_the_space_is_the_only_whitespace() -> None:
    """What `_tail_start` and `_may_break_clauses` rely on (as `visible_len` does)."""
    space = regex.compile(r"\s")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c.isprintable() and space.match(c):
            assert c == " "
