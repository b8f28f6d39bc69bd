"""Typo rules on 侯/候 leave a person surnamed 侯 alone (v23 OCR-quality walk-through).

`typo.hou-xuan` and `typo.hou-che` took the surname 侯 for a misread 候: `老侯选了一张靠窗的座位。`
came out as `老候选了…` and `侯车队长说明了情况。` as `候车队长…`. `typo.wen-hou` kept 问侯 only
before a few titles and question words, so `主持人问侯先生有什么打算。` and `他问侯老师借了一本书。`
came out as greetings (`问候先生`, `问候老师`). Each sentence here is correct and must come out as
printed, with no typo edit; the misreads the rules exist for are still corrected.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize import NormalizeOptions, normalize_text

#: Correct sentences with a person surnamed 侯 (老侯, 小侯, 侯 + a title, 侯 + a verb).
CORRECT: list[str] = [
    # 侯 + 选 as a verb: chose, has chosen, picks…
    "老侯选了一张靠窗的座位。",
    "小侯选了一个好位置。",
    "老侯选的座位靠窗。",
    "老侯选过三次班长。",
    "阿侯选了红色的那件。",
    "侯选择了留下。",
    "侯选这条路线最近。",
    "这回老侯选哪个方案？",
    # 侯 + 车 opening a word or a clause: his car, the motorcade's head
    "老侯车开得很稳。",
    "侯车队长说明了情况。",
    "他看见老侯车停在门口。",
    "侯车开到了门口。",
    "我搭老侯车回家。",
    # 问 + 侯 + a title and a question or a request
    "主持人问侯先生有什么打算。",
    "他问侯老师借了一本书。",
    "记者问侯教授对此有何看法。",
    "记者问侯局长几时到任。",
    "学生问侯老师哪天有空。",
    "家长问侯校长什么时候开学。",
    "记者问侯和平有什么打算。",
]

#: (rule, misread as printed, the text the rule must make of it)
MISREADS: list[tuple[str, str, str]] = [
    ("typo.hou-che", "旅客在侯车室有序等待。", "旅客在候车室有序等待。"),
    ("typo.hou-che", "在站台侯车。", "在站台候车。"),
    ("typo.hou-che", "侯车队伍排得很长。", "候车队伍排得很长。"),
    ("typo.hou-che", "老侯车室改造完工。", "老候车室改造完工。"),
    ("typo.hou-che", "小侯车亭建成投用。", "小候车亭建成投用。"),
    ("typo.hou-xuan", "公示侯选项目名单。", "公示候选项目名单。"),
    ("typo.hou-xuan", "具备侯选资格。", "具备候选资格。"),
    ("typo.hou-xuan", "小侯选项目都已公示。", "小候选项目都已公示。"),
    ("typo.hou-xuan-ren", "确定代表侯选人名单。", "确定代表候选人名单。"),
    ("typo.wen-hou", "学生们起立问侯老师。", "学生们起立问候老师。"),
    ("typo.wen-hou", "问侯老师好。", "问候老师好。"),
    ("typo.wen-hou", "同学们向老师问侯。", "同学们向老师问候。"),
    ("typo.wen-hou", "同学们问侯老师们节日快乐。", "同学们问候老师们节日快乐。"),
    ("typo.wen-hou", "书记问侯群众有什么困难。", "书记问候群众有什么困难。"),
]


@pytest.mark.parametrize("apply", ["high", "low"])
@pytest.mark.parametrize("text", CORRECT)
def test_a_person_surnamed_hou_is_kept(text: str, apply: str) -> None:
    out = normalize_text(text, NormalizeOptions(apply=apply))
    assert out.text == text
    assert [e.rule for e in out.edits if e.kind == "typo"] == []


@pytest.mark.parametrize(("rule", "page", "expected"), MISREADS)
def test_the_misread_is_still_corrected(rule: str, page: str, expected: str) -> None:
    out = normalize_text(page)
    assert out.text == expected
    assert [e.rule for e in out.edits if e.kind == "typo"] == [rule]


def test_normalize_prints_the_surname_as_printed(tmp_path: Path) -> None:
    # the walk-through's own command: `printf '老侯选了…' | layoutfix normalize -`, with an edit log
    page = "老侯选了一张靠窗的座位。\n\n侯车队长说明了情况。\n\n旅客在站台侯车。\n"
    log = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["normalize", "-", "--edits", str(log)], input=page)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "老侯选了一张靠窗的座位。\n\n侯车队长说明了情况。\n\n旅客在站台候车。\n"
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [r["rule"] for r in records if r["kind"] == "typo"] == ["typo.hou-che"]
