"""Continuation marker forms an issue's jumps are written in (issue 6): every form the issue lists,
both parenthesis widths, with or without 第, Chinese or Arabic numerals up to 二十."""

from __future__ import annotations

import pytest

from layoutfix.layout.continuation import find_markers

FORMS = [
    ("接一版", "from", "1"),
    ("接第一版", "from", "1"),
    ("上接第1版", "from", "1"),
    ("上接1版", "from", "1"),
    ("紧接第1版", "from", "1"),
    ("下转第2版", "to", "2"),
    ("下转2版", "to", "2"),
    ("转第2版", "to", "2"),
    ("转A2版", "to", "A2"),
    ("转3版", "to", "3"),
    ("见第3版", "to", "3"),
    ("下转第十二版", "to", "12"),
    ("上接第二十版", "from", "20"),
    ("接十版", "from", "10"),
    ("下转第１５版", "to", "15"),
]


@pytest.mark.parametrize("parens", ["()", "（）", "(）", "（)"])
@pytest.mark.parametrize(("body", "direction", "page"), FORMS)
def test_every_marker_form_in_both_parenthesis_widths(
    body: str, direction: str, page: str, parens: str
) -> None:
    text = f"要加快推进项目建设{parens[0]}{body}{parens[1]}"
    (marker,) = find_markers(text)
    assert (marker.direction, marker.page) == (direction, page)
    assert text[marker.span[0] : marker.span[1]] == f"{parens[0]}{body}{parens[1]}"


@pytest.mark.parametrize(
    "text",
    [
        "全省共有(3版)个方案",  # no direction word
        "详情请见附件(第3版)",  # the reference is not a marker
        "他接(一)个电话",  # no page word
        "图见右(摄影)",
    ],
)
def test_text_that_only_looks_like_a_marker_is_not_one(text: str) -> None:
    assert find_markers(text) == []
