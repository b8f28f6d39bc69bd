"""A reporter's two-hanzi name padded to three that is also a word (`夏天`, `江山`, `高洁`) keeps its
byline when a lead opens after it (v15, helper RB): `本报记者 夏 天 近日，全市召开会议。` lost the
byline `本报记者 夏天` once 7550098 refused padded pairs that spell a word (to read `记者 高 温
天气下，…` as a sentence). What follows the pair tells them apart: after a gap, a lead's opening (a
time word or a date and its comma, or a dateline) means a byline; a clause going on means words."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt, normalize_logged, space_edits
from layoutfix.normalize.steps import normalize_text

_TITLE = "全市召开会议"
_SENTENCE = "全市召开会议，部署相关工作。"


@pytest.mark.parametrize("label", ["本报记者", "记者", "通讯员"])
@pytest.mark.parametrize(("padded", "name"), [("夏 天", "夏天"), ("江 山", "江山"), ("高 洁", "高洁")])
@pytest.mark.parametrize("opening", ["近日，", "日前，", "10月12日，", "昨天，", "2023年10月12日，"])
def test_a_padded_name_that_is_a_word_over_a_lead_is_the_byline(
    tmp_path: Path, label: str, padded: str, name: str, opening: str
) -> None:
    out, _log = convert_txt(tmp_path, f"{_TITLE}\n\n{label} {padded} {opening}{_SENTENCE}\n")
    assert out.split("\n\n")[1:3] == [f"{label} {name}", f"{opening}{_SENTENCE}\n"]


@pytest.mark.parametrize(("text", "fixed"), [
    ("本报记者 夏 天 近日，全市召开会议。", "本报记者 夏天 近日，全市召开会议。"),
    ("记者 江 山 10月12日，全市召开会议。", "记者 江山 10月12日，全市召开会议。"),
    ("本报记者 王丽 通讯员 江 山 近日，全市召开会议。", "本报记者 王丽 通讯员 江山 近日，全市召开会议。"),
    ("本报记者 王 丽 江 山 近日，全市召开会议。", "本报记者 王丽 江山 近日，全市召开会议。"),
])
def test_normalize_keeps_the_gap_before_the_lead(tmp_path: Path, text: str, fixed: str) -> None:
    """Before, every space went: `本报记者夏天近日，…`."""
    out, edits = normalize_logged(tmp_path, f"{_TITLE}\n\n{text}\n")
    assert out == f"{_TITLE}\n\n{fixed}\n"
    assert len(space_edits(edits)) == text.count(" ") - fixed.count(" ")


@pytest.mark.parametrize(("text", "fixed"), [
    ("记者 高 温 天气下，环卫工人坚守岗位。", "记者高温天气下，环卫工人坚守岗位。"),
    ("记者 夏 天 里，环卫工人坚守岗位。", "记者夏天里，环卫工人坚守岗位。"),
    ("本报记者 马 上 就到了现场，了解情况。", "本报记者马上就到了现场，了解情况。"),
    ("记者 江 山 如此多娇，令人感慨。", "记者江山如此多娇，令人感慨。"),
    ("记者 高 温 近日持续，环卫工人坚守岗位。", "记者高温近日持续，环卫工人坚守岗位。"),  # no comma after
])
def test_words_padded_after_a_label_over_a_clause_are_no_byline(
    tmp_path: Path, text: str, fixed: str
) -> None:
    assert normalize_text(text).text == fixed
    out, _log = convert_txt(tmp_path, f"{_TITLE}\n\n{text}\n")
    assert out.split("\n\n")[1] == fixed + "\n"
