"""Gaps between fields that the spacing step removed (v15, round 2).

1. A labelled line of keywords or tags (`关键词：乡村振兴 基层治理 数字化`) lost the gaps between its
   terms (`关键词：乡村振兴基层治理数字化`): run together they cannot be told apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt, normalize_logged, space_edits
from layoutfix.normalize.steps import normalize_text

LEAD = "本报讯 近日，全市召开会议，部署相关工作。"


# --- 1. a keyword line keeps the gaps between its terms --------------------------------------------

KEYWORD_LINES = [
    "关键词：乡村振兴 基层治理 数字化",
    "关键词：高洁 江山",
    "关键字：乡村振兴 基层治理",
    "主题词：5G 数字经济 乡村振兴",
    "标签：非遗 传承 年轻人",
    "【关键词】乡村振兴 基层治理 数字化",
    "Tags: 乡村振兴 基层治理",
    "关键词：全过程人民民主 中国式现代化",
    "關鍵詞：鄉村振興 基層治理 數字化",
]


@pytest.mark.parametrize("line", KEYWORD_LINES)
def test_a_keyword_line_keeps_the_gaps_between_its_terms(tmp_path: Path, line: str) -> None:
    """Before, every gap went: `关键词：乡村振兴基层治理数字化`."""
    for page in (f"{line}\n", f"全市召开会议\n\n{LEAD}\n\n{line}\n", f"摘要：本文研究了基层治理。\n{line}\n"):
        out, edits = normalize_logged(tmp_path, page)
        assert out == page
        assert space_edits(edits) == []


def test_convert_prints_the_keyword_line_with_its_gaps(tmp_path: Path) -> None:
    out, _log = convert_txt(tmp_path, f"全市召开会议\n\n{LEAD}\n\n关键词：乡村振兴 基层治理 数字化\n")
    assert "关键词：乡村振兴 基层治理 数字化\n" in out


@pytest.mark.parametrize(("text", "fixed"), [
    # prose naming its keywords: a sentence, no list of fields
    ("本次会议的关键词：乡村振兴 基层治理，成为热议话题。",
     "本次会议的关键词：乡村振兴基层治理，成为热议话题。"),
    ("关键词：乡村 振兴，基层治理。", "关键词：乡村振兴，基层治理。"),
    # the label inside a line of prose, not opening it
    ("会议提出关键词：乡村振兴 基层治理 数字化。", "会议提出关键词：乡村振兴基层治理数字化。"),
    # a space beside the colon goes as anywhere
    ("关键词： 乡村振兴 基层治理", "关键词：乡村振兴 基层治理"),
    # a stray space splitting one hanzi off a term: no term of its own
    ("关键词：乡村振 兴", "关键词：乡村振兴"),
])
def test_stray_spaces_beside_keywords_still_go(text: str, fixed: str) -> None:
    once = normalize_text(text).text
    assert once == fixed
    assert normalize_text(once).text == once
