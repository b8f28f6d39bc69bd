"""The whole-text gate of `strip_markup` (`markup._MARKUP_CHARS`) skips only texts the full parse
leaves alone: a marker kind whose characters the gate does not know would go unremoved on every page
holding no other marker character, so these tests run the parse with and without the gate."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.normalize import markup
from layoutfix.tracked import TrackedText

#: One text per kind of markup the step removes or decodes.
_EVERY_KIND = [
    "# 标题",
    "> 引文",
    "正文**加粗**正文",
    "正文 *强调* 正文",
    "正文 __强调__ 正文",
    "正文<b>加粗</b>正文",
    "正文&amp;正文",
    "![图片说明](images/a.jpg)",
    "| 地区 | 数量 |\n| --- | --- |\n| 兰州 | 3 |",
    "<table><tr><td>兰州</td><td>3</td></tr></table>",
    "面积 $x^2$ 平方米",
]

_ALPHABET = st.sampled_from([
    *"政协调研abcX3 #*_>|$!<&;()[]/，。\n", "\n\n", "**", "__", "# ", "> ", "![", "](a.jpg)",
    "&amp;", "&nbsp;", "<b>", "</b>", "| a |", "| --- |", "<table><tr><td>", "</td></tr></table>", "$x$",
])


def _ungated(text: str, monkeypatch: pytest.MonkeyPatch) -> TrackedText:
    """`strip_markup` with a gate that lets every text through to the full parse."""
    with monkeypatch.context() as m:
        m.setattr(markup, "_MARKUP_CHARS", re.compile(""))
        return markup.strip_markup(TrackedText(text))


@pytest.mark.parametrize("text", _EVERY_KIND)
def test_every_kind_of_markup_passes_the_gate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    full = _ungated(text, monkeypatch)
    assert full.text != text  # (each example is markup the step changes)
    gated = markup.strip_markup(TrackedText(text))
    assert (gated.text, gated.edits) == (full.text, full.edits)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=20).map("".join))
def test_the_gate_skips_only_texts_the_parse_leaves_alone(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        full = _ungated(text, m)
    gated = markup.strip_markup(TrackedText(text))
    assert (gated.text, gated.edits) == (full.text, full.edits)
    if markup._MARKUP_CHARS.search(text) is None:
        assert full.text == text and not full.edits
