"""Subheads that read as sentence openers, and a kicker over a numbered title (v15, helper FB).

1. `多措并举` / `会议要求…` under a story was merged into its paragraph: jieba tags `并举` an adverb,
   and any line ending with an adverb or a conjunction read as a sentence's opener that lost its
   comma. Now only a closed list of discourse openers (`此外`, `同时`, `据悉`…) does, and an idiom or
   a set phrase never does; common subhead phrases stay subheads.
2. `聚焦两会` / `1.代表委员热议政府工作报告` / `10月20日，…` made `聚焦两会` the title and the numbered
   news title a subhead. A single numbered heading under a kicker is the title again; the heading
   above a numbered one is the title only when more numbered sections follow (`二、` after `一、`)
   or the run holds two numbered headings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix.pipeline import convert

_NEWS = "全市召开会议\n\n本报讯 近日，全市召开会议。\n\n会议听取了各地工作汇报。"
_PROSE = "会议要求各地抓好落实，确保取得实效。"


def _articles(tmp_path: Path, text: str) -> list[dict[str, object]]:
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(convert(page, fmt="json").output)
    return [{"kicker": a["kicker"], "titles": a["titles"], "subheads": a["subheads"],
             "paragraphs": [p["text"] for p in a["paragraphs"]]} for a in data["articles"]]


_SUBHEADS = [
    "多措并举", "从严从实", "多管齐下", "真抓实干", "久久为功", "齐抓共管", "统筹推进", "综合施策",
    "标本兼治", "守正创新", "凝心聚力", "同向发力", "持续发力", "提质增效", "压实责任", "细化措施",
    "严防死守", "稳中求进", "因地制宜", "全力以赴", "精准施策", "立足当前", "坚持到最后", "再接再厉",
]


@pytest.mark.parametrize("subhead", _SUBHEADS)
def test_a_common_subhead_phrase_over_its_prose_is_a_subhead(tmp_path: Path, subhead: str) -> None:
    (art,) = _articles(tmp_path, f"{_NEWS}\n\n{subhead}\n{_PROSE}\n")
    assert art["subheads"] == [subhead]
    assert art["paragraphs"][-1] == _PROSE  # type: ignore[index]


_MORE_OPENERS = ["另外", "然而", "因此", "首先", "最后", "总之", "例如", "据悉", "据了解", "当前",
                 "如今", "此前", "随后", "届时", "为此", "其中", "市政府同时", "有关部门对此"]


@pytest.mark.parametrize("opener", _MORE_OPENERS)
def test_a_discourse_opener_over_its_sentence_stays_in_the_paragraph(tmp_path: Path, opener: str) -> None:
    (art,) = _articles(tmp_path, f"{_NEWS}\n\n{opener}\n{_PROSE}\n")
    assert art["subheads"] == []
    assert art["paragraphs"][-1].replace("\n", "") == opener + _PROSE  # type: ignore[index]


_KICKER = "聚焦两会"
_ITEM = "1.代表委员热议政府工作报告"
_LEAD = "10月20日，代表委员们热议政府工作报告。"


@pytest.mark.parametrize("lead", [_LEAD, "代表委员们热议政府工作报告。"])
@pytest.mark.parametrize("item", [_ITEM, "一、代表委员热议政府工作报告", "（一）代表委员热议政府工作报告"])
def test_a_kicker_over_a_single_numbered_title_stays_a_kicker(tmp_path: Path, item: str, lead: str) -> None:
    (art,) = _articles(tmp_path, f"{_KICKER}\n\n{item}\n\n{lead}\n")
    assert art["kicker"] == [_KICKER]
    assert art["titles"] == [item]
    assert art["subheads"] == []


def test_a_kicker_over_a_numbered_title_after_a_story(tmp_path: Path) -> None:
    arts = _articles(tmp_path, f"{_NEWS}\n\n{_KICKER}\n\n{_ITEM}\n\n{_LEAD}\n")
    assert [(a["kicker"], a["titles"]) for a in arts] == [([], ["全市召开会议"]), ([_KICKER], [_ITEM])]


# --- guards: a cue makes the numbered heading the first section ----------------------------------------


def test_a_second_numbered_section_later_makes_the_first_a_subhead(tmp_path: Path) -> None:
    """Sections numbered as a story's are: short phrases. (Numbered news headlines over news leads,
    `1.代表委员热议政府工作报告` / `2.代表委员建言乡村振兴`, are a column under the label since v16:
    tests/test_column_of_numbered_items_v16f.py.)"""
    second = "2.建言献策\n\n10月21日，代表委员们建言乡村振兴。"
    page = f"{_KICKER}\n\n1.热议报告\n\n{_LEAD}\n\n{second}\n"
    (art,) = _articles(tmp_path, page)
    assert art["titles"] == [_KICKER]
    assert art["subheads"] == ["1.热议报告", "2.建言献策"]


def test_two_numbered_headings_in_the_run_make_the_first_a_subhead(tmp_path: Path) -> None:
    page = "市政府部署冬季供暖工作\n\n一、总体要求\n\n（一）指导思想\n\n今年将提前供暖。\n"
    (art,) = _articles(tmp_path, page)
    assert (art["kicker"], art["titles"]) == ([], ["市政府部署冬季供暖工作"])
    assert art["subheads"] == ["一、总体要求", "（一）指导思想"]  # one run of headings, heads listed apart
