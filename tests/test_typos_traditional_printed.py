"""A typo rule's traditional form writes the character OCR misread where that character is right in
traditional text: 合 is a misread 台, so 出合/舞合/平合 become 出台/舞台/平台 on a traditional page
(as HK and Taiwan papers print them), never s2t's 臺; a character only simplified text writes
still takes s2t's form (其层 -> 基層)."""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.normalize import normalize_text
from layoutfix.normalize.ruletest import check_rules
from layoutfix.normalize.typos import fix_typos, load_ruleset
from layoutfix.tracked import TrackedText


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("台北市政府表示，國家戲劇院舞合工程已完工。", "台北市政府表示，國家戲劇院舞台工程已完工。"),
        ("並設立資訊平合，颱風季節前開放。", "並設立資訊平台，颱風季節前開放。"),
        ("鄉議局表示，政府將於下月出合具體章程。", "鄉議局表示，政府將於下月出台具體章程。"),
        ("全市經濟發展邁上新合階。", "全市經濟發展邁上新台階。"),
        # 台风 is 颱風 in every traditional standard (s2t, s2tw, s2hk): the word a traditional page prints
        ("受合風影響，沿海地區出現強降雨。", "受颱風影響，沿海地區出現強降雨。"),
        # characters the rule corrects that only simplified text writes take s2t's form
        ("協助其層市民渡過難關。", "協助基層市民渡過難關。"),
        ("中國人民解放軍住港部隊舉行開放日活動。", "中國人民解放軍駐港部隊舉行開放日活動。"),
    ],
)
def test_a_traditional_page_gets_the_printed_character(printed: str, expected: str) -> None:
    out = normalize_text(printed)
    assert out.text == expected
    assert normalize_text(out.text).text == out.text


@pytest.mark.parametrize(
    "kept",
    [
        "各站月台及服務台亦已整修。",  # right as printed: no rule touches it
        "坚持和平合作的理念。",
        "這台歌舞合唱表演精彩紛呈。",
        "產業發展進入深度融合階段。",
    ],
)
def test_text_printed_right_stays(kept: str) -> None:
    assert normalize_text(kept).text == kept


def test_a_simplified_headline_on_a_traditional_page_gets_tai() -> None:
    page = (
        "香港经济新措施出合\n\n本報記者 黃志明\n\n"
        "財政司又指出，政府將加強對中小企業的支援，並於下月出合新一輪紓困措施。\n"
    )
    out = normalize_text(page).text
    assert out.startswith("香港经济新措施出台\n\n")
    assert "並於下月出台新一輪紓困措施" in out
    assert "臺" not in out


def test_a_corrected_character_simplified_only_takes_the_s2t_form(tmp_path: Path) -> None:
    # 台 is right in traditional text and so printed in 台阶 (s2hk writes 台階), 阶 is not: the rule's
    # 台 stays, its unchanged 阶 becomes 階
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.x"\nfind = "合阶"\nreplace = "台阶"\ncert = "high"\nwhy = "t"\n'
        '[[rule]]\nid = "t.y"\nfind = "侯车"\nreplace = "候车"\ncert = "high"\nwhy = "t"\n',
        encoding="utf-8",
    )
    rs = load_ruleset([tmp_path], include_default=False)
    out = fix_typos(TrackedText("經濟邁上新合階，市民在月台侯車。"), rs)
    assert out.text == "經濟邁上新台階，市民在月台候車。"


def test_rules_test_expects_the_printed_character_in_the_traditional_examples(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.wu-tai"\nfind = "舞合"\nreplace = "舞台"\nword_check = true\ncert = "high"\n'
        'why = "t"\nexamples = ["青年演员走上国际舞合。 => 青年演员走上国际舞台。"]\n',
        encoding="utf-8",
    )
    report = check_rules([tmp_path], include_default=False)
    assert report.ok, [str(f) for f in report.failures]


def test_characters_both_scripts_write_do_not_make_text_simplified(tmp_path: Path) -> None:
    # a rule writing simplified characters fires only where the text around reads as simplified;
    # 台, 后, 里, 云 are traditional characters too (s2t converts them, yet lists them as their own)
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.gansu"\nfind = "甘肅"\nreplace = "甘肃"\ncert = "high"\nwhy = "t"\n',
        encoding="utf-8",
    )
    rs = load_ruleset([tmp_path], include_default=False)
    kept = "台北后里云林甘肅同鄉會"
    assert fix_typos(TrackedText(kept), rs).text == kept
    assert fix_typos(TrackedText("台北后里的甘肅省委召开会议"), rs).text == "台北后里的甘肃省委召开会议"
