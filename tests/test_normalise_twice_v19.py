"""Normalising twice gives what normalising once gives (v19): cases where the second run changed
more, each checked for the text a reader gets as well as for the fixed point.

1. Spacing decided a block's gaps on the block as it was before the pass: `基层 基层` over
   `基层本报酒泉讯(下转第3版)一一 一` kept its gap, as the stray space in `一一 一` (removed in the same
   pass) made the labels read the block as a heading; the second run read a paragraph and glued it.
2. A typo correction that makes another one possible: `戊邊防冶` became `戍邊防冶` on the first run
   (the word check of 防冶 read 边防 in the uncorrected 戊边防冶) and `戍邊防治` on the second.
3. `千家萬戶侯選`: the second run read 千家万户 / 侯 / 选, where 干家萬戶 had hidden the word 千家万户,
   and wrote 候選, though 万户侯 (a marquis) is a word and its 侯 is no misread 候.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.normalize.typos import load_ruleset

OPTIONS = [NormalizeOptions(), NormalizeOptions(variants="t2s", apply="low")]


def normalised_once(text: str, options: NormalizeOptions) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text, options).text
    twice = normalize_text(once, options)
    assert twice.text == once, twice.edits
    return once


# --- 1. a block's gaps are decided on the block the spacing step leaves ----------------------------


@pytest.mark.parametrize("options", OPTIONS)
def test_a_stray_space_in_a_paragraph_goes_when_another_gap_of_its_block_goes(
    options: NormalizeOptions,
) -> None:
    """Hypothesis seed 408. The block is a paragraph once `一一 一` loses its stray space (it prints a
    jump marker, `（下转第3版）`), so the gap between the two words on its first line is a stray
    space as well: before, the first run kept it and the second removed it."""
    text = "基层 基层\n基层本报酒泉讯(下转第3版)一一 一\n\n"
    assert normalised_once(text, options) == "基层基层\n基层本报酒泉讯（下转第3版）一一一\n\n"


@pytest.mark.parametrize("options", OPTIONS)
def test_the_same_block_without_the_stray_space_is_spaced_as_before(options: NormalizeOptions) -> None:
    """Guard: the block already without `一一 一`'s space lost its first line's gap on the first run."""
    text = "基层 基层\n基层本报酒泉讯(下转第3版)一一一\n\n"
    assert normalised_once(text, options) == "基层基层\n基层本报酒泉讯（下转第3版）一一一\n\n"


def test_a_headline_keeps_its_phrase_gap_when_a_stray_space_beside_one_hanzi_goes() -> None:
    """Guard: a title over two lines stays a title once a stray space splitting one hanzi off goes, and
    keeps its phrase gaps (`强基层 补短板` / `惠民生 促发 展`)."""
    text = "强基层 补短板\n惠民生 促发 展\n\n正文第一段。\n"
    assert normalised_once(text, NormalizeOptions()) == "强基层 补短板\n惠民生 促发展\n\n正文第一段。\n"


# --- 2. a correction that makes another possible is made in the same run ---------------------------


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("戊邊防冶", OPTIONS[0], "戍邊防治"),
        ("戊邊防冶", OPTIONS[1], "戍边防治"),
        ("戊边防冶", OPTIONS[0], "戍边防治"),
        ("卫国戊边防冶工作。", OPTIONS[0], "卫国戍边防治工作。"),
    ],
)
def test_a_correction_the_one_before_it_makes_possible_is_made_at_once(
    text: str, options: NormalizeOptions, expected: str
) -> None:
    """Before, the first run wrote `戍邊防冶` (typo.shu-bian) and the second `戍邊防治` (typo.fang-zhi)."""
    assert normalised_once(text, options) == expected


def test_both_corrections_are_logged_with_their_rules() -> None:
    """The edit log of the one run names both rules, each on its own two characters."""
    edits = normalize_text("戊邊防冶").edits
    assert [(e.before, e.after, e.rules) for e in edits] == [
        ("戊邊", "戍邊", ("typo.shu-bian",)), ("防冶", "防治", ("typo.fang-zhi",))
    ]


def test_a_word_the_correction_does_not_touch_still_refuses_the_rule() -> None:
    """Guard: a second look at the corrected text fires no rule on correct text (`消防冶金`: 消防 / 冶金)."""
    text = "卫国戊边加强消防冶金企业管理。"
    assert normalised_once(text, NormalizeOptions()) == "卫国戍边加强消防冶金企业管理。"


def user_rules(folder: Path, *rules: tuple[str, str, str]) -> NormalizeOptions:
    """Options applying only the rules (id, find, replace) written into `folder`."""
    body = "".join(
        f'[[rule]]\nid = "{rid}"\nfind = {json.dumps(find, ensure_ascii=False)}\n'
        f'replace = {json.dumps(replace, ensure_ascii=False)}\ncert = "high"\nwhy = "test"\n\n'
        for rid, find, replace in rules
    )
    (folder / "rules.toml").write_text(body, encoding="utf-8")
    return NormalizeOptions(rule_dirs=(folder,), default_rules=False)


def test_a_rule_reads_the_text_another_rule_corrected_in_the_same_run(tmp_path: Path) -> None:
    """A rule whose find holds another's replacement fires in the run that wrote it: before, the first
    run wrote `丙乙丁` and the second `戊己丁`."""
    options = user_rules(tmp_path, ("t.one", "甲乙", "丙乙"), ("t.two", "丙乙丁", "戊己丁"))
    once = normalize_text("甲乙丁", options)
    assert once.text == "戊己丁"
    assert normalize_text(once.text, options).text == once.text


def test_a_rule_never_fires_again_on_text_it_wrote(tmp_path: Path) -> None:
    """Guard: a rule whose replacement holds its own find corrects once (`layoutfix rules test` says
    that its example changes again), not once per look at the corrected text."""
    options = user_rules(tmp_path, ("t.again", "合作", "合作社"))
    assert normalize_text("开展合作。", options).text == "开展合作社。"


# --- 3. 侯 ending 万户侯 is no misread 候 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("千家萬戶侯選", OPTIONS[0], "千家萬戶侯選"),
        ("千家万户侯选", OPTIONS[0], "千家万户侯选"),
        ("干家萬戶侯選", OPTIONS[0], "千家萬戶侯選"),
        ("干家萬戶侯選", OPTIONS[1], "千家万户侯选"),
        ("干家万户侯选", OPTIONS[0], "千家万户侯选"),
    ],
)
def test_hou_ending_wanhuhou_stays(text: str, options: NormalizeOptions, expected: str) -> None:
    """Before, `千家萬戶侯選` became `千家萬戶候選` (typo.hou-xuan), on the first run or, after 干家萬戶
    was corrected, on the second."""
    assert normalised_once(text, options) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("公示侯选项目名单。", "公示候选项目名单。"), ("公示侯選項目名單。", "公示候選項目名單。")],
)
def test_hou_xuan_still_corrects_a_misread_candidate(text: str, expected: str) -> None:
    """Guard: the rule still corrects 侯选 where no 万户 stands before it."""
    assert normalised_once(text, NormalizeOptions()) == expected


def test_the_hou_xuan_rule_keeps_a_wanhuhou_line() -> None:
    """The shipped rule lists such a line among its `keep` examples (`layoutfix rules test` runs them)."""
    rule = load_ruleset().get("typo.hou-xuan")
    assert rule is not None
    assert any("万户侯选" in line for line in rule.keep)
