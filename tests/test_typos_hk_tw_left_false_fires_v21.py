"""Typo false fires left on correct Hong Kong and Taiwan text after two rounds of guards (v21, C1c).

A reviewer's corpus of correct HK/TW sentences still saw `typo.ti-ba` write 提拔 for Taiwan's 提撥
(setting money aside) under `--variants t2s`, wherever no money word followed (提撥率, 提撥金額,
提撥人數): the conversion writes 撥 as 拨 before the typo rules read it, and 提拨 looks like a
misread 提拔. But the page printed 撥, which is no look-alike of 拔: a character the conversion
wrote is not one OCR read, so no rule corrects it. Each sentence here is correct and must come out
as printed (converted where asked), with no typo edit; the misreads the rules exist for are still
corrected.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize import NormalizeOptions, normalize_text

_T2S = opencc.OpenCC("t2s")

#: Taiwan's 提撥 with no money word right after it: correct, and no typo of 提拔 once converted.
TI_BO_TRADITIONAL = [
    "提撥率由百分之二調高至百分之四。",
    "提撥金額將依營收調整。",
    "政府提撥特別預算因應疫情。",
    "每年提撥固定比例充實基金。",
    "雇主的提撥比率不得低於百分之六。",
    "企業應提撥職工福利金。",
    "基金會每年提撥獎學金給清寒學生。",
    "勞退新制自願提撥人數增加。",
]


def _typo_rules(out_edits: list) -> list[str]:  # type: ignore[type-arg]
    return [e.rule for e in out_edits if e.kind == "typo"]


@pytest.mark.parametrize("text", TI_BO_TRADITIONAL)
def test_taiwan_ti_bo_converted_to_simplified_is_not_promoted(text: str) -> None:
    out = normalize_text(text, NormalizeOptions(variants="t2s", apply="low"))
    assert out.text == _T2S.convert(text)
    assert _typo_rules(out.edits) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a simplified 拨 the page printed is still a misread of 拔, converted or not
        ("他被破格提拨。", "他被破格提拔。"),
        ("提拨使用率明显提高。", "提拔使用率明显提高。"),
        # a traditional sentence holding a printed simplified 拨 (OCR read 拔 so)
        ("他被破格提拨，記者問他感想。", "他被破格提拔，记者问他感想。"),
        # the characters around the misread converted, the misread itself printed: corrected
        ("向全體教師致以節日問侯。", "向全体教师致以节日问候。"),
    ],
)
def test_printed_misreads_are_still_corrected_under_t2s(page: str, expected: str) -> None:
    assert normalize_text(page, NormalizeOptions(variants="t2s")).text == expected


def test_ti_bo_through_the_command_line_with_t2s(tmp_path: Path) -> None:
    page = tmp_path / "tw.txt"
    page.write_text("提撥率由百分之二調高至百分之四。\n\n他被破格提拨。\n", encoding="utf-8")
    log = tmp_path / "tw.edits.jsonl"
    result = CliRunner().invoke(app, ["normalize", str(page), "--variants", "t2s", "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "提拨率由百分之二调高至百分之四。\n\n他被破格提拔。\n"
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(r["before"], r["after"]) for r in records if r["kind"] == "typo"] == [("提拨", "提拔")]


#: Correct HK/TW sentences the rules still changed after the second round of guards (default options).
CORRECT_LEFT = [
    # 问 + a person surnamed 侯: a name before a clause end, a colon and a quotation, a title of work
    # with a question after it, a question word right after 侯
    "記者問侯友宜，他只說會全力以赴。",
    "民眾問侯友宜：「新北捷運何時通車？」",
    "記者問侯友宜：「會不會參選？」",
    "他問侯友宜能不能來。",
    "記者問侯友宜",
    "我去问侯老师这道题怎么做。",
    "他转身问侯经理：“这批货什么时候到？”",
    "記者問侯康，他表示不評論。",
    "記者問侯怎麼看這次選舉結果。",
    # 侯 (侯友宜) running for president, whatever follows
    "侯選總統需有全黨支持。",
    "侯選總統年滿六十五歲",
    "侯選總統資格無疑慮",
    "侯選總統名單出爐前夕",
    "侯選總統應先辭市長？",
    "侯選總統必須面對的挑戰",
    "侯選正副總統搭檔人選",
    # 住足 + a full stay of a day or more: 整整, approximate lengths, 一整…, a day in hours
    "他們在民宿住足整整一個月。",
    "他在醫院住足兩個多月才出院。",
    "一家人在老家住足一個半月。",
    "她在日本住足大半年。",
    "他在台北住足一整年。",
    "孩子們在外婆家住足一整個暑假。",
    "他們在鄉下住足十來天。",
    "他們住足整整三個星期。",
    "病人須在醫院住足二十四小時觀察。",
    "佢哋喺度住足兩個幾月。",
]


@pytest.mark.parametrize("text", CORRECT_LEFT)
def test_correct_text_left_by_the_second_guards_is_kept(text: str) -> None:
    out = normalize_text(text, NormalizeOptions(apply="low"))
    assert out.text == text
    assert _typo_rules(out.edits) == []


@pytest.mark.parametrize("text", CORRECT_LEFT)
def test_correct_text_left_by_the_second_guards_is_kept_in_simplified_characters(text: str) -> None:
    simplified = _T2S.convert(text)
    assert normalize_text(simplified).text == simplified


@pytest.mark.parametrize("text", CORRECT_LEFT)
def test_correct_text_left_by_the_second_guards_is_kept_under_t2s(text: str) -> None:
    out = normalize_text(text, NormalizeOptions(variants="t2s"))
    assert out.text == _T2S.convert(text)
    assert _typo_rules(out.edits) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # greetings: the greeted, 一声, 老师们, a quotation after four hanzi, a clause end after 问侯
        ("校长问侯老师们节日快乐。", "校长问候老师们节日快乐。"),
        ("书记问侯王大妈最近身体怎么样。", "书记问候王大妈最近身体怎么样。"),
        ("记者问侯一声，老人笑了。", "记者问候一声，老人笑了。"),
        ("市领导问侯环卫工人：“辛苦了！”", "市领导问候环卫工人：“辛苦了！”"),
        ("网友纷纷问侯，祝他早日康复。", "网友纷纷问候，祝他早日康复。"),
        ("记者问侯他，他笑了。", "记者问候他，他笑了。"),
        ("他热情地问侯每一位来宾。", "他热情地问候每一位来宾。"),
        # 候选 before an office after 本届/历届, before its list, or what every candidate must be
        ("本届侯选市长共有四人。", "本届候选市长共有四人。"),
        ("历届侯选总统均需通过资格审查。", "历届候选总统均需通过资格审查。"),
        ("侯选市长名单昨日公布。", "候选市长名单昨日公布。"),
        ("侯选总统需年满四十岁。", "候选总统需年满四十岁。"),
        # 驻足 for minutes, half an hour or half a day, with 整整 or not
        ("游客在此住足整整半个小时。", "游客在此驻足整整半个小时。"),
        ("许多市民住足整整十分钟。", "许多市民驻足整整十分钟。"),
        ("不少游客住足一两分钟便匆匆离去。", "不少游客驻足一两分钟便匆匆离去。"),
        ("观众住足十余分钟，掌声不断。", "观众驻足十余分钟，掌声不断。"),
        ("许多游客住足大半天。", "许多游客驻足大半天。"),
        ("行人住足两小时。", "行人驻足两小时。"),
    ],
)
def test_mainland_misreads_near_the_new_guards_are_still_corrected(page: str, expected: str) -> None:
    assert normalize_text(page).text == expected
