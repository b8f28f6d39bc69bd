"""Gaps between fields that the spacing step removed (v15, round 2).

1. A labelled line of keywords or tags (`关键词：乡村振兴 基层治理 数字化`) lost the gaps between its
   terms (`关键词：乡村振兴基层治理数字化`): run together they cannot be told apart.
2. A phone label set apart from its number by a space on a contact line (`总机 0931-8612345` under a
   paragraph, `地址：兰州市城关区 咨询电话 0931-8612345`) lost that space, and the gap before the label:
   the space stands for the label's colon, as `电话：` would. In a sentence the space goes as before
   (`请拨打电话 12345 咨询。`: the project's convention for hanzi and digits in running text).
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


# --- 2. a phone label's space on a contact line ----------------------------------------------------

PARAGRAPH = "城关区雁滩路商铺出租，120平方米，临街。"

#: Contact lines under a paragraph in its block (no sentence punctuation on the line itself).
PHONE_LINES = [
    "总机 0931-8612345",
    "咨询电话 0931-8612345",
    "服务热线 12345",
    "手机 13912345678",
    "总机 0931-8612345 传真 0931-8612346",
    "地址：兰州市城关区 咨询电话 0931-8612345",
    "聯繫電話 0931-8612345",
]


@pytest.mark.parametrize("line", PHONE_LINES)
def test_a_phone_label_keeps_its_space_on_a_contact_line(tmp_path: Path, line: str) -> None:
    """Before, `总机 0931-8612345` under the paragraph became `总机0931-8612345`, and
    `地址：兰州市城关区 咨询电话 0931-8612345` became `地址：兰州市城关区咨询电话0931-8612345`."""
    for page in (f"{PARAGRAPH}\n{line}\n", f"{line}\n"):
        out, edits = normalize_logged(tmp_path, page)
        assert out == page
        assert space_edits(edits) == []


@pytest.mark.parametrize(("text", "fixed"), [
    # running text: hanzi and digits are set without a space
    ("请拨打电话 12345 咨询。", "请拨打电话12345咨询。"),
    ("近日，市政府开通热线，总机 0931-8612345。", "近日，市政府开通热线，总机0931-8612345。"),
    (f"{PARAGRAPH}总机 0931-8612345", f"{PARAGRAPH}总机0931-8612345"),
    # no phone number after the label: a year, a count
    (f"{PARAGRAPH}\n总机 2023年启用", f"{PARAGRAPH}\n总机2023年启用"),
    # no label before the number
    (f"{PARAGRAPH}\n门牌 0931-8612345", f"{PARAGRAPH}\n门牌0931-8612345"),
])
def test_spaces_before_a_number_in_running_text_still_go(text: str, fixed: str) -> None:
    once = normalize_text(text).text
    assert once == fixed
    assert normalize_text(once).text == once
