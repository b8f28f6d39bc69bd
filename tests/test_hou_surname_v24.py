"""Typo rules leave a person surnamed 侯 alone and still correct 候选, 候车 and 问候 (v24).

An OCR walk-through found three shipped rules changing correct text where 侯 is a surname:
`typo.hou-xuan` made 老侯选了一条近路。 `老候选了…`, `typo.hou-che` made 老侯车开得很稳。 `老候车…`,
and `typo.wen-hou` made 他问侯师傅要了一把扳手。 a greeting (`问候师傅`). Their guards now keep
侯 as a person only on clear evidence (an address 老侯/小侯 whose 老/小 closes no other word, and
a verb's company after 选/车; an everyday title after 问侯 with something asked of him), so the
misreads around the same characters (老侯车室, 年老侯车时, 小侯选项目, 学生们问侯老师。) are still
corrected. The whole acceptance set is here; the second field of each sentence records what main
(before v24) did with it.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.model import Cert
from layoutfix.normalize import NormalizeOptions, normalize_text

_S2T = opencc.OpenCC("s2t")
HOU_RULES = {"typo.hou-xuan", "typo.hou-xuan-ren", "typo.hou-che", "typo.wen-hou"}

#: Correct text with 侯 a surname, and whether main changed it (True: main made 侯 候 there).
CORRECT: list[tuple[str, bool]] = [
    # 老侯/小侯 + 选: the person choosing
    ("老侯选了一条近路。", True),
    ("小侯选了三本书。", True),
    ("老侯选的种子出苗好。", True),
    ("我问老侯选哪个。", True),
    ("小侯选中了一件蓝色的外套。", False),  # 选中 is a word: the word check kept it
    ("老侯选好了日子就去提亲。", True),
    ("这次老侯选了最难的一条路线。", True),
    ("老侯选过三次村长。", True),
    ("小侯选哪个专业还没定。", True),
    ("让小侯选一个吧。", True),
    ("老侯选这块地种玉米。", True),
    ("小侯选什么都行。", True),
    ("老侯选完种子就下地了。", True),
    ("小侯选对了方向。", True),
    # 老侯/小侯 + 车: the person's car
    ("老侯车开得很稳。", True),
    ("小侯车开得飞快。", True),
    ("老侯车停在楼下。", True),
    ("我搭老侯车回家。", True),
    ("老侯车坏在半路上了。", True),
    ("小侯车刚买没多久。", True),
    ("老侯车被人刮了一道印子。", True),
    ("老侯车很旧了。", True),
    ("老侯车上装满了菜。", False),  # 车上: the word check
    ("小侯车技不错。", False),  # 车技: the word check
    ("我坐小侯车去了县城。", True),
    ("老侯车又坏了。", True),
    # 问 + 侯 + a title, and what is asked of him
    ("他问侯师傅要了一把扳手。", True),
    ("村民都来问侯书记的意见。", True),
    ("我问侯大爷身体怎么样。", True),
    ("我问侯老师借了一本书。", True),
    ("记者问侯同志对此有什么看法。", False),
    ("记者问侯同志对这个问题有什么看法。", False),
    ("大家都去问侯主任的看法。", True),
    ("我问侯局长什么时候开会。", True),
    ("小王问侯经理能不能请假。", True),
    ("我问侯队长几点出发。", True),
    ("他问侯厂长要了一张条子。", True),
    ("我去问侯村长的想法。", True),
    ("记者问侯支书今年收成怎么样。", True),
    ("我问侯师傅这个零件多少钱。", True),
    ("我问侯大爷家住哪儿。", True),
    ("他问侯经理借了五百块钱。", True),
    ("我问侯同志借把伞。", True),
    # after a word ending in 长/人 (队长, 工人), 老侯 is still the person (mend of v24)
    ("队长老侯车开得很稳。", True),
    ("工人老侯选了一套新房。", True),
    ("退休工人老侯车开了三十年。", True),
    ("厂长老侯选了三个徒弟。", True),
    # 就/也/已 + what a car does, 要到 + what is got, 还有没有 + what is asked
    ("老侯车就停在门口。", True),
    ("老侯车也坏了。", True),
    ("我问侯老师要到了一本书。", True),
    ("我问侯医生还有没有号。", True),
]

#: (rule, misread as printed, the text the rule makes of it); main corrected every one.
MISREADS: list[tuple[str, str, str]] = [
    # 候车 read 侯车: waiting rooms and shelters (the old one, the small one), waiting for a bus
    ("typo.hou-che", "乘客在侯车室有序等待。", "乘客在候车室有序等待。"),
    ("typo.hou-che", "新建公交侯车亭。", "新建公交候车亭。"),
    ("typo.hou-che", "老侯车室改造完成。", "老候车室改造完成。"),
    ("typo.hou-che", "小侯车亭。", "小候车亭。"),
    ("typo.hou-che", "车站的老侯车大厅重新开放。", "车站的老候车大厅重新开放。"),
    ("typo.hou-che", "年老侯车时要有人陪同。", "年老候车时要有人陪同。"),
    ("typo.hou-che", "解决老百姓侯车难问题。", "解决老百姓候车难问题。"),
    ("typo.hou-che", "敬老侯车专区投入使用。", "敬老候车专区投入使用。"),
    ("typo.hou-che", "进一步缩小侯车间隔。", "进一步缩小候车间隔。"),
    ("typo.hou-che", "侯车队长达两百米。", "候车队长达两百米。"),
    ("typo.hou-che", "旅客侯车时请注意安全。", "旅客候车时请注意安全。"),
    ("typo.hou-che", "小侯车\n亭建成投用。", "小候车\n亭建成投用。"),
    ("typo.hou-che", "为一老一小侯车开辟绿色通道。", "为一老一小候车开辟绿色通道。"),
    ("typo.hou-che", "老侯车楼将改建为展厅。", "老候车楼将改建为展厅。"),
    ("typo.hou-che", "缩小侯车的时间差距。", "缩小候车的时间差距。"),
    # 候选 read 侯选
    ("typo.hou-xuan", "公示侯选项目。", "公示候选项目。"),
    ("typo.hou-xuan", "小侯选项目都已公示。", "小候选项目都已公示。"),
    ("typo.hou-xuan", "大大缩小侯选范围。", "大大缩小候选范围。"),
    ("typo.hou-xuan", "最小侯选年龄为十八岁。", "最小候选年龄为十八岁。"),
    ("typo.hou-xuan", "最小侯选的年龄为十八岁。", "最小候选的年龄为十八岁。"),
    ("typo.hou-xuan", "在侯选过程中要公开透明。", "在候选过程中要公开透明。"),
    ("typo.hou-xuan", "进一步缩小侯选的范围。", "进一步缩小候选的范围。"),
    ("typo.hou-xuan", "老侯选名单已经作废。", "老候选名单已经作废。"),
    ("typo.hou-xuan-ren", "他是长老侯选人之一。", "他是长老候选人之一。"),
    # 问候 read 问侯: the greeting, a title alone or with the greeting's own words
    ("typo.wen-hou", "向大家问侯。", "向大家问候。"),
    ("typo.wen-hou", "市领导看望问侯困难群众。", "市领导看望问候困难群众。"),
    ("typo.wen-hou", "学生们问侯老师。", "学生们问候老师。"),
    ("typo.wen-hou", "春节前夕问侯老党员。", "春节前夕问候老党员。"),
    ("typo.wen-hou", "同学们问侯老师好。", "同学们问候老师好。"),
    ("typo.wen-hou", "全体起立问侯老师。", "全体起立问候老师。"),
    ("typo.wen-hou", "我们去问侯老师怎么样？", "我们去问候老师怎么样？"),
    ("typo.wen-hou", "同学们问侯老师们节日快乐。", "同学们问候老师们节日快乐。"),
    ("typo.wen-hou", "见面先问侯书记一声。", "见面先问候书记一声。"),
    ("typo.wen-hou", "学生向老师问侯致敬。", "学生向老师问候致敬。"),
    ("typo.wen-hou", "书记问侯师傅们，并送上慰问品。", "书记问候师傅们，并送上慰问品。"),
    ("typo.wen-hou", "问侯老师，祝老师节日快乐。", "问候老师，祝老师节日快乐。"),
    ("typo.wen-hou", "书记问侯病号有什么不适。", "书记问候病号有什么不适。"),
    ("typo.wen-hou", "院长问侯医生有什么困难需要解决。", "院长问候医生有什么困难需要解决。"),
    ("typo.wen-hou", "问侯老师哪怕只是一句话也好。", "问候老师哪怕只是一句话也好。"),
    ("typo.wen-hou", "校长问侯老师哪里需要帮助。", "校长问候老师哪里需要帮助。"),
    ("typo.wen-hou", "新春问侯老师傅。", "新春问候老师傅。"),
    ("typo.wen-hou", "书记问侯大爷大妈身体怎么样。", "书记问候大爷大妈身体怎么样。"),
    ("typo.wen-hou", "致以新春的问侯。", "致以新春的问候。"),
    ("typo.wen-hou", "市长问侯书记和村民。", "市长问候书记和村民。"),
    ("typo.wen-hou", "问侯师傅们辛苦了。", "问候师傅们辛苦了。"),
    ("typo.wen-hou", "亲切问侯老党员。", "亲切问候老党员。"),
    ("typo.wen-hou", "向老师问侯新春快乐。", "向老师问候新春快乐。"),
    ("typo.wen-hou", "问侯书记新春快乐。", "问候书记新春快乐。"),
    ("typo.wen-hou", "你问侯老师了吗？", "你问候老师了吗？"),
    ("typo.wen-hou", "书记问侯老师们身体怎么样。", "书记问候老师们身体怎么样。"),
    ("typo.wen-hou", "问侯老师要有礼貌。", "问候老师要有礼貌。"),
    ("typo.wen-hou", "书记问侯老师借此机会表达感谢。", "书记问候老师借此机会表达感谢。"),
    ("typo.wen-hou", "书记问侯医生哪些地方需要帮助。", "书记问候医生哪些地方需要帮助。"),
    ("typo.wen-hou", "书记问侯大爷家里还缺什么。", "书记问候大爷家里还缺什么。"),
    ("typo.wen-hou", "问侯老师什么时候都不晚。", "问候老师什么时候都不晚。"),
    ("typo.wen-hou", "市长问侯老师们节日好。", "市长问候老师们节日好。"),
    ("typo.wen-hou", "校长问侯老师有什么困难。", "校长问候老师有什么困难。"),
    ("typo.wen-hou", "领导问侯书记的家属。", "领导问候书记的家属。"),
    ("typo.wen-hou", "问侯老师要了解学生的心愿。", "问候老师要了解学生的心愿。"),
    ("typo.hou-che", "春运期间老侯车室人满为患。", "春运期间老候车室人满为患。"),
    ("typo.hou-che", "最老侯车的乘客也有了座位。", "最老候车的乘客也有了座位。"),
    # found by a fresh-eyes review of v24: a greeting followed by a question, a festival headline
    ("typo.wen-hou", "书记亲切问侯大爷身体怎么样。", "书记亲切问候大爷身体怎么样。"),
    ("typo.wen-hou", "院长问侯老师家人身体怎么样。", "院长问候老师家人身体怎么样。"),
    ("typo.wen-hou", "书记问侯医生还有哪些困难需要解决。", "书记问候医生还有哪些困难需要解决。"),
    ("typo.wen-hou", "书记问侯医生护士有没有困难。", "书记问候医生护士有没有困难。"),
    ("typo.wen-hou", "书记问侯医生护士还需要哪些物资。", "书记问候医生护士还需要哪些物资。"),
    ("typo.wen-hou", "书记问侯老师身体是否安康。", "书记问候老师身体是否安康。"),
    ("typo.wen-hou", "春节问侯老师要带什么礼物？", "春节问候老师要带什么礼物？"),
    ("typo.wen-hou", "教师节问侯老师说什么好？", "教师节问候老师说什么好？"),
    ("typo.wen-hou", "教师节问侯老师有哪些温馨的话？", "教师节问候老师有哪些温馨的话？"),
    ("typo.wen-hou", "教师节问侯老师应该怎么说？", "教师节问候老师应该怎么说？"),
    ("typo.wen-hou", "教师节问侯老师的短信怎么写", "教师节问候老师的短信怎么写"),
    ("typo.wen-hou", "节日问侯老师要走心。", "节日问候老师要走心。"),
    ("typo.wen-hou", "元旦问侯老师多少句都不嫌多。", "元旦问候老师多少句都不嫌多。"),
    ("typo.wen-hou", "过年问侯老师几点发微信合适？", "过年问候老师几点发微信合适？"),
    ("typo.wen-hou", "问侯老师要到位。", "问候老师要到位。"),
    # 候车 + 就/也/还/已/很… in prose, after 携小, 带小, 年纪小 or 老 (always)
    ("typo.hou-che", "扶老携小侯车已成为春运一景。", "扶老携小候车已成为春运一景。"),
    ("typo.hou-che", "拖老带小侯车很不方便。", "拖老带小候车很不方便。"),
    ("typo.hou-che", "孩子年纪小侯车很辛苦。", "孩子年纪小候车很辛苦。"),
    ("typo.hou-che", "班次太少，乘客老侯车就是等不来。", "班次太少，乘客老候车就是等不来。"),
    # found by a second review of v24: 问侯 + a title after no asker (书记, 中秋, 亲切地…),
    # 要把/要点/要来/要几, 侯车 + 到/回/来/又/了/被 with no car, and 侯选 + 的/一 after an
    # adjective's 小/老 (规模小, 资历老)
    (
        "typo.wen-hou",
        "书记握着老人的手，亲切地问侯大爷身体怎么样。",
        "书记握着老人的手，亲切地问候大爷身体怎么样。",
    ),
    ("typo.wen-hou", "县长关切地问侯老师生活过得怎么样。", "县长关切地问候老师生活过得怎么样。"),
    ("typo.wen-hou", "书记挨家挨户问侯大爷身体怎么样。", "书记挨家挨户问候大爷身体怎么样。"),
    ("typo.wen-hou", "省长握手问侯师傅工作怎么样。", "省长握手问候师傅工作怎么样。"),
    ("typo.wen-hou", "中秋问侯老师说什么好？", "中秋问候老师说什么好？"),
    ("typo.wen-hou", "新年问侯老师说什么好？", "新年问候老师说什么好？"),
    ("typo.wen-hou", "国庆问侯老师发什么祝福语？", "国庆问候老师发什么祝福语？"),
    ("typo.wen-hou", "重阳问侯大爷身体怎么样是最好的礼物。", "重阳问候大爷身体怎么样是最好的礼物。"),
    ("typo.wen-hou", "除夕问侯老师几点发合适？", "除夕问候老师几点发合适？"),
    ("typo.wen-hou", "端午问侯老师用什么话？", "端午问候老师用什么话？"),
    ("typo.wen-hou", "电话问侯老师说些什么好？", "电话问候老师说些什么好？"),
    ("typo.wen-hou", "视频问侯大爷身体怎么样。", "视频问候大爷身体怎么样。"),
    ("typo.wen-hou", "书记问侯老师生活上有哪些困难。", "书记问候老师生活上有哪些困难。"),
    ("typo.wen-hou", "书记问侯大爷家里有啥困难。", "书记问候大爷家里有啥困难。"),
    ("typo.wen-hou", "校长问侯老师工作中遇到哪些难处。", "校长问候老师工作中遇到哪些难处。"),
    ("typo.wen-hou", "书记问侯大爷身体是否硬朗。", "书记问候大爷身体是否硬朗。"),
    ("typo.wen-hou", "市长问侯医生护士是否吃得消。", "市长问候医生护士是否吃得消。"),
    ("typo.wen-hou", "问侯老师要把心意送到。", "问候老师要把心意送到。"),
    ("typo.wen-hou", "问侯老师要点到为止。", "问候老师要点到为止。"),
    ("typo.wen-hou", "问侯老师要来点新意。", "问候老师要来点新意。"),
    ("typo.wen-hou", "问侯师傅要几句暖心话就够了。", "问候师傅要几句暖心话就够了。"),
    ("typo.wen-hou", "书记问侯师傅收入怎么样。", "书记问候师傅收入怎么样。"),
    ("typo.wen-hou", "书记问侯大爷年货备得怎么样。", "书记问候大爷年货备得怎么样。"),
    ("typo.wen-hou", "书记问侯大爷过冬物资准备得如何。", "书记问候大爷过冬物资准备得如何。"),
    ("typo.wen-hou", "镇长问侯大爷今年收成怎么样。", "镇长问候大爷今年收成怎么样。"),
    ("typo.wen-hou", "校长问侯老师近来身体如何。", "校长问候老师近来身体如何。"),
    ("typo.wen-hou", "学生们纷纷问侯老师近况如何。", "学生们纷纷问候老师近况如何。"),
    ("typo.wen-hou", "书记问侯书记家属身体怎么样。", "书记问候书记家属身体怎么样。"),
    ("typo.wen-hou", "书记在电话里问侯大爷身体怎么样。", "书记在电话里问候大爷身体怎么样。"),
    ("typo.wen-hou", "新春佳节来临之际问侯老师什么话最暖心？", "新春佳节来临之际问候老师什么话最暖心？"),
    ("typo.wen-hou", "市长问侯局长家中老人身体如何。", "市长问候局长家中老人身体如何。"),
    ("typo.wen-hou", "镇长问侯村长今年工作怎么样。", "镇长问候村长今年工作怎么样。"),
    ("typo.wen-hou", "厅长问侯所长近期工作如何开展。", "厅长问候所长近期工作如何开展。"),
    ("typo.wen-hou", "书记问侯医生一线防护怎么样。", "书记问候医生一线防护怎么样。"),
    ("typo.wen-hou", "市长问侯主任身体是否康复。", "市长问候主任身体是否康复。"),
    ("typo.wen-hou", "市长问侯教授身体怎么样。", "市长问候教授身体怎么样。"),
    ("typo.hou-che", "孩子还小侯车到深夜实在辛苦。", "孩子还小候车到深夜实在辛苦。"),
    ("typo.hou-che", "人老侯车回家不容易。", "人老候车回家不容易。"),
    ("typo.hou-che", "班次少，乘客老侯车到深夜。", "班次少，乘客老候车到深夜。"),
    ("typo.hou-che", "公交班次少，市民老侯车又等不到车。", "公交班次少，市民老候车又等不到车。"),
    ("typo.hou-che", "线路绕，乘客老侯车来回折腾。", "线路绕，乘客老候车来回折腾。"),
    ("typo.hou-che", "市民老侯车被人插队。", "市民老候车被人插队。"),
    ("typo.hou-che", "孩子小侯车了一夜。", "孩子小候车了一夜。"),
    ("typo.hou-xuan", "规模小侯选的项目不多。", "规模小候选的项目不多。"),
    ("typo.hou-xuan", "年龄小侯选的机会反而多。", "年龄小候选的机会反而多。"),
    ("typo.hou-xuan", "资历老侯选的更受青睐。", "资历老候选的更受青睐。"),
    ("typo.hou-xuan", "个子小侯选一事引发争议。", "个子小候选一事引发争议。"),
]


def _hou_edits(text: str, options: NormalizeOptions | None = None) -> tuple[str, list[str]]:
    """The normalised text and the ids of the 侯/候 typo edits made on it."""
    out = normalize_text(text, options)
    return out.text, [e.rule for e in out.edits if e.kind == "typo" and e.rule in HOU_RULES]


def test_the_acceptance_set_is_as_large_as_asked() -> None:
    assert len({s for s, _ in CORRECT}) == len(CORRECT) >= 40
    assert len({m for _, m, _ in MISREADS}) == len(MISREADS) >= 40
    assert sum(changed for _, changed in CORRECT) >= 30  # what main got wrong


@pytest.mark.parametrize("apply", ["high", "low"])
@pytest.mark.parametrize(("text", "main_changed"), CORRECT)
def test_a_person_surnamed_hou_is_left_as_printed(text: str, main_changed: bool, apply: Cert) -> None:
    assert _hou_edits(text, NormalizeOptions(apply=apply)) == (text, [])


@pytest.mark.parametrize(("rule", "page", "expected"), MISREADS)
def test_a_misread_is_still_corrected(rule: str, page: str, expected: str) -> None:
    assert _hou_edits(page) == (expected, [rule])


@pytest.mark.parametrize(("text", "main_changed"), CORRECT)
def test_the_person_on_a_traditional_page_is_left_as_printed(text: str, main_changed: bool) -> None:
    page = _S2T.convert(text)
    assert _hou_edits(page) == (page, [])


@pytest.mark.parametrize(("rule", "page", "expected"), MISREADS)
def test_the_misread_on_a_traditional_page_is_corrected(rule: str, page: str, expected: str) -> None:
    assert _hou_edits(_S2T.convert(page)) == (_S2T.convert(expected), [rule])


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # main kept these as a question to a person named 侯医生: 有没有困难 is the greeting's own
        ("书记问侯医生有没有困难。", "书记问候医生有没有困难。"),
        ("书记问侯医生还有没有困难。", "书记问候医生还有没有困难。"),
    ],
)
def test_a_greeting_asking_about_difficulties_is_corrected(page: str, expected: str) -> None:
    assert _hou_edits(page) == (expected, ["typo.wen-hou"])
    assert _hou_edits(_S2T.convert(page)) == (_S2T.convert(expected), ["typo.wen-hou"])


def test_normalize_on_a_page_keeps_the_people_and_logs_only_the_misreads(tmp_path: Path) -> None:
    people = [
        "老侯选了一条近路。",
        "老侯车开得很稳。",
        "他问侯师傅要了一把扳手。",
        "村民都来问侯书记的意见。",
    ]
    misreads = [
        ("老侯车室改造完成。", "老候车室改造完成。"),
        ("学生们问侯老师。", "学生们问候老师。"),
        ("小侯选项目都已公示。", "小候选项目都已公示。"),
    ]
    page = tmp_path / "p.txt"
    page.write_text("\n\n".join(people + [m for m, _ in misreads]) + "\n", encoding="utf-8")
    log = tmp_path / "p.edits.jsonl"
    result = CliRunner().invoke(app, ["normalize", str(page), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "\n\n".join(people + [c for _, c in misreads]) + "\n"
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(r["before"], r["after"], r["rule"]) for r in records if r["kind"] == "typo"] == [
        ("侯车", "候车", "typo.hou-che"),
        ("问侯", "问候", "typo.wen-hou"),
        ("侯选", "候选", "typo.hou-xuan"),
    ]


#: Correct text with 侯 a surname that main changed and the guards still change: 问侯 + a title
#: keeps 侯 only after an asker the rule knows (我/你/他/她/咱们, 记者, 去/来/找…, 小X), so an asker
#: it does not know (学生, 村民, 亲自) reads as the greeting. Strict: a fix must move them to CORRECT.
KNOWN_MISSES = [
    "学生问侯老师这道题怎么做。",
    "村民问侯书记要了一张证明。",
    "他亲自问侯书记要了批条。",
]


@pytest.mark.xfail(strict=True, reason="known limit of typo.wen-hou: an asker outside its allow-list")
@pytest.mark.parametrize("text", KNOWN_MISSES)
def test_a_person_after_an_unknown_asker_is_still_changed(text: str) -> None:
    assert _hou_edits(text) == (text, [])
