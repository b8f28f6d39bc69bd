"""Mend of the 侯 surname guards (review of d48ca8f): the real misreads are corrected again.

d48ca8f let `typo.hou-xuan`, `typo.hou-che` and `typo.wen-hou` keep 侯 as a person's surname, but its
guards kept real OCR misreads of 候 as well:

- 老/小/姓 before 侯 counted as a person even when they close another word: `解决老百姓侯车难问题。`,
  `进一步缩小侯车间隔。`, `最小侯选年龄为十八岁。`, `敬老侯车专区投入使用。` stayed misread;
- `侯车队长` was always a title, also in `侯车队长达两百米。` (the queue's length);
- the question words of the titles counted after any 1-2 hanzi, and a greeting's 有什么困难, 哪怕,
  借此, 最近, 多少有些, 几天 read as a question: `书记问侯师生有什么需要。` stayed misread;
- a line break between 小侯车 and 亭 hid the 候车 word (`小侯车\\n亭建成投用。`).

Each misread must come out corrected with one typo edit; each correct sentence (d48ca8f's fixes) as
printed, with none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize import NormalizeOptions, normalize_text

#: (rule, misread as printed, the text the rule must make of it)
MISREADS: list[tuple[str, str, str]] = [
    # a word ending in 老, 小 or 姓 before 侯 makes no person 老侯, 小侯, 姓侯
    ("typo.hou-che", "为方便老百姓侯车，新建了一批候车亭。", "为方便老百姓候车，新建了一批候车亭。"),
    ("typo.hou-che", "解决老百姓侯车难问题。", "解决老百姓候车难问题。"),
    ("typo.hou-che", "让百姓侯车更舒适。", "让百姓候车更舒适。"),
    ("typo.hou-che", "方便百姓侯车出行。", "方便百姓候车出行。"),
    ("typo.hou-che", "为老百姓侯车提供便利。", "为老百姓候车提供便利。"),
    ("typo.hou-che", "进一步缩小侯车间隔。", "进一步缩小候车间隔。"),
    ("typo.hou-che", "缩小侯车时间差距。", "缩小候车时间差距。"),
    ("typo.hou-che", "加大力度缩小侯车时长。", "加大力度缩小候车时长。"),
    ("typo.hou-che", "敬老侯车专区投入使用。", "敬老候车专区投入使用。"),
    ("typo.hou-xuan", "大大缩小侯选范围。", "大大缩小候选范围。"),
    ("typo.hou-xuan", "最小侯选年龄为十八岁。", "最小候选年龄为十八岁。"),
    ("typo.hou-xuan", "提名侯选这一环节十分重要。", "提名候选这一环节十分重要。"),
    # the queue's length, not its captain
    ("typo.hou-che", "侯车队长达两百米。", "候车队长达两百米。"),
    ("typo.hou-che", "站外侯车队长约百米。", "站外候车队长约百米。"),
    # a 候车/候选 word on the next line
    ("typo.hou-che", "小侯车\n亭建成投用。", "小候车\n亭建成投用。"),
    ("typo.hou-xuan", "小侯选\n项目都已公示。", "小候选\n项目都已公示。"),
    # greetings: a group greeted, or a title greeted and no question put to it
    ("typo.wen-hou", "同学们问侯老师最近身体可好。", "同学们问候老师最近身体可好。"),
    ("typo.wen-hou", "书记问侯师生有什么需要。", "书记问候师生有什么需要。"),
    ("typo.wen-hou", "书记问侯战士有什么困难。", "书记问候战士有什么困难。"),
    ("typo.wen-hou", "市长问侯乡亲有什么困难。", "市长问候乡亲有什么困难。"),
    ("typo.wen-hou", "问侯亲人有什么需要。", "问候亲人有什么需要。"),
    ("typo.wen-hou", "书记问侯大伙有什么困难。", "书记问候大伙有什么困难。"),
    ("typo.wen-hou", "问侯家属有什么要求。", "问候家属有什么要求。"),
    ("typo.wen-hou", "问侯医生有什么困难需要解决。", "问候医生有什么困难需要解决。"),
    ("typo.wen-hou", "问侯老师哪怕只是一句话也好。", "问候老师哪怕只是一句话也好。"),
    ("typo.wen-hou", "校长问侯老师哪里需要帮助。", "校长问候老师哪里需要帮助。"),
    ("typo.wen-hou", "他问侯家人什么时候回来过年。", "他问候家人什么时候回来过年。"),
    ("typo.wen-hou", "书记问侯师生借此机会表达感谢。", "书记问候师生借此机会表达感谢。"),
    ("typo.wen-hou", "他问侯同学几天没见了。", "他问候同学几天没见了。"),
    ("typo.wen-hou", "问侯老师多少有些紧张。", "问候老师多少有些紧张。"),
    ("typo.wen-hou", "他问侯朋友最近过得怎样。", "他问候朋友最近过得怎样。"),
    ("typo.wen-hou", "记者问侯战友是否还记得当年。", "记者问候战友是否还记得当年。"),
]

#: Misreads printed in traditional characters: (misread, corrected).
TRADITIONAL: list[tuple[str, str]] = [
    ("老百姓侯車難問題。", "老百姓候車難問題。"),
]

#: Correct sentences that d48ca8f stopped changing and that must stay as printed.
CORRECT: list[str] = [
    "老侯选了一条近路。",
    "小侯选好了房子。",
    "老侯选的那套房子很好。",
    "侯选过两次班长。",
    "侯选了一个好日子。",
    "侯选了三名代表。",
    "侯选这条路线最近。",
    "这回老侯选哪个方案？",
    "姓侯选这个专业的人不多。",
    "老侯车停在楼下。",
    "我坐老侯车去了县城。",
    "今年老侯车换了新的。",
    "侯车停在路边。",
    "老侯车开得很慢。",
    "侯车队长接受了采访。",
    "侯车队长带领队员出发。",
    "主持人问侯先生有什么打算。",
    "他问侯老师借了一本书。",
    "小王问侯老师能不能请假。",
    "记者问侯队长几时出发。",
    "我问侯同学借了一支笔。",
    "学生问侯老师哪天有空。",
    "我问侯师傅多少钱一斤。",
    "记者问侯和平有什么打算。",
]


@pytest.mark.parametrize(("rule", "page", "expected"), MISREADS)
def test_the_misread_is_corrected(rule: str, page: str, expected: str) -> None:
    out = normalize_text(page)
    assert out.text == expected
    assert [e.rule for e in out.edits if e.kind == "typo"] == [rule]


@pytest.mark.parametrize(("page", "expected"), TRADITIONAL)
def test_a_traditional_misread_is_corrected(page: str, expected: str) -> None:
    out = normalize_text(page)
    assert out.text == expected
    assert [e.rule for e in out.edits if e.kind == "typo"] == ["typo.hou-che"]


@pytest.mark.parametrize("text", CORRECT)
def test_the_surname_stays(text: str) -> None:
    out = normalize_text(text, NormalizeOptions(apply="low"))
    assert out.text == text
    assert [e.rule for e in out.edits if e.kind == "typo"] == []


def test_normalize_corrects_the_misreads_and_keeps_the_person(tmp_path: Path) -> None:
    page = "解决老百姓侯车难问题。\n\n侯车队长接受了采访。\n\n书记问侯师生有什么需要。\n"
    log = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["normalize", "-", "--edits", str(log)], input=page)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "解决老百姓候车难问题。\n\n侯车队长接受了采访。\n\n书记问候师生有什么需要。\n"
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [r["rule"] for r in records if r["kind"] == "typo"] == ["typo.hou-che", "typo.wen-hou"]
