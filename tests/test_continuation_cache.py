"""`find_markers` remembers the markers of a text: the same answer as parsing it, cold or warm."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.layout import continuation
from layoutfix.layout.continuation import _parse_markers, find_markers

_PIECES = st.sampled_from((
    "(", "（", ")", "）", "接", "上接", "下转", "转", "见", "续", "第", "版", "页", "面", "一", "十", "二",
    "3", "12", "Ａ", "A", "４", " ", "\n", "方面", "全文", "会议", "。", "，",
))
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=_TEXTS, clear=st.booleans())
def test_same_markers_as_parsing_cold_and_warm(text: str, clear: bool) -> None:
    if clear:
        continuation._FOUND.clear()
    expected = _parse_markers(text)
    first = find_markers(text)
    second = find_markers(text)  # from the memory when there were markers
    assert first == expected
    assert second == expected
    first.append(None)  # type: ignore[arg-type]  # a caller's list is its own
    assert find_markers(text) == expected


def test_memory_is_bounded() -> None:
    continuation._FOUND.clear()
    for n in range(continuation._FOUND_MAX + 10):
        assert find_markers(f"{n}(下转第3版)")[0].page == "3"
    assert len(continuation._FOUND) <= continuation._FOUND_MAX
