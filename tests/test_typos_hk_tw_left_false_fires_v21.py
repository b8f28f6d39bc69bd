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
