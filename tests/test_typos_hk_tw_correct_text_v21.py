"""Typo rules leave correct Hong Kong and Taiwan text alone (v21).

A Hong Kong archivist saw `佢哋住足成個月。` come out as `佢哋駐足成個月。`: 住足 + a duration is
ordinary Cantonese (and Mandarin) for "stay a full …", and `typo.zhu-zu` took it for a misread 驻足.
Each sentence here is correct and must come out as printed, with no typo edit; the misread this
rule exists for is still corrected.
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

#: Correct sentences as Hong Kong and Taiwan papers print them, in traditional characters.
CORRECT = [
    # 住足 + a duration: stay a full month, week, three days…
    "佢哋住足成個月。",
    "遊客住足一星期，話好鍾意香港嘅夜景。",
    "陳太話：「我哋一家住足三日兩夜，啲嘢食好正。」",
    "佢喺醫院住足兩晚先出院。",
    "佢哋喺日本住足半年先返嚟。",
    "我哋住足咗一個禮拜。",
    "佢喺酒店住足廿日。",
    "佢住足晒成個假期都唔肯走。",
    "佢喺加拿大住足三年先入籍。",
    "病人在醫院住足十四天才出院。",
    "他在台北住足了一個月。",
    "他們全家在花蓮住足整個暑假。",
]


def _typo_edits(text: str, options: NormalizeOptions) -> list[tuple[str, str, str]]:
    out = normalize_text(text, options)
    return [(e.before, e.after, e.rule) for e in out.edits if e.kind == "typo"]


@pytest.mark.parametrize("apply", ["high", "low"])
@pytest.mark.parametrize("text", CORRECT)
def test_correct_traditional_text_is_kept(text: str, apply: str) -> None:
    out = normalize_text(text, NormalizeOptions(apply=apply))
    assert out.text == text
    assert _typo_edits(text, NormalizeOptions(apply=apply)) == []


@pytest.mark.parametrize("text", CORRECT)
def test_correct_text_in_simplified_characters_is_kept(text: str) -> None:
    simplified = _T2S.convert(text)
    assert normalize_text(simplified, NormalizeOptions(apply="low")).text == simplified


@pytest.mark.parametrize("text", CORRECT)
def test_converting_correct_traditional_text_to_simplified_adds_no_typo_fix(text: str) -> None:
    # --variants t2s writes 提撥 as 提拨 before the typo rules read it
    out = normalize_text(text, NormalizeOptions(variants="t2s", apply="low"))
    assert out.text == _T2S.convert(text)
    assert [e.rule for e in out.edits if e.kind == "typo"] == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("遊客紛紛住足觀看。", "遊客紛紛駐足觀看。"),
        ("精美展品引得市民紛紛住足。", "精美展品引得市民紛紛駐足。"),
        ("游客纷纷住足观看。", "游客纷纷驻足观看。"),
    ],
)
def test_the_misreads_these_rules_exist_for_are_still_corrected(page: str, expected: str) -> None:
    assert normalize_text(page).text == expected


def test_the_archivists_sentence_through_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "hk.txt"
    page.write_text("佢哋住足成個月。\n\n遊客住足一星期。\n", encoding="utf-8")
    log = tmp_path / "hk.edits.jsonl"
    result = CliRunner().invoke(app, ["normalize", str(page), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "佢哋住足成個月。\n\n遊客住足一星期。\n"
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [r for r in records if r["kind"] == "typo"] == []
