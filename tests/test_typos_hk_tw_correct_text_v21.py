"""Typo rules leave correct Hong Kong and Taiwan text alone (v21).

A Hong Kong archivist saw `佢哋住足成個月。` come out as `佢哋駐足成個月。`: 住足 + a duration is
ordinary Cantonese (and Mandarin) for "stay a full …", and `typo.zhu-zu` took it for a misread 驻足.
A hunt over correct Hong Kong and Taiwan newspaper sentences found four more rules firing on
correct text: `typo.wen-hou` on 問 + a person surnamed 侯 (記者問侯友宜), `typo.hou-xuan` on a
headline's 侯 (侯友宜) before 選 + an office (侯選總統), and `typo.ti-ba` on Taiwan's 提撥
(allocating money to a fund), which a simplified page or `--variants t2s` writes 提拨, and
`typo.chu-tai` on 出 + 合輯 (an album; jieba's dictionary lacks the word).
Each sentence here is correct and must come out as printed, with no typo edit; the misreads these
rules exist for are still corrected.
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
    # 問 + a person surnamed 侯 (侯友宜, 侯孝賢, 侯佩岑, 侯市長)
    "記者問侯友宜是否參選，他笑而不答。",
    "影評人問侯孝賢下一部電影的計畫。",
    "主持人問侯佩岑最近忙甚麼。",
    "有人問侯市長對此事的看法。",
    # a headline's 侯 (侯友宜) before 選 + an office
    "國民黨徵召侯選總統。",
    "藍營支持者盼侯選總統。",
    "民調顯示侯選市長連任無懸念。",
    # Taiwan's 提撥: setting money aside for a fund
    "勞工退休金由雇主按月提撥。",
    "雇主每月提撥百分之六退休金。",
    "政府提撥專款協助災民。",
    "市府提撥二億元預算。",
    "企業提撥的退休準備金不足。",
    "勞保基金提撥率調高。",
    "雇主應依法提撥勞工退休準備金。",
    # 出 + 合輯 (an album), which jieba's dictionary lacks: not 出台
    "天后出合輯回饋歌迷。",
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
        ("向全體教師致以節日問侯。", "向全體教師致以節日問候。"),
        ("送上亲切的问侯和祝福。", "送上亲切的问候和祝福。"),
        ("公示侯選項目名單。", "公示候選項目名單。"),
        ("他被破格提拨。", "他被破格提拔。"),
        ("提拨重用一批实绩突出的干部。", "提拔重用一批实绩突出的干部。"),
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
