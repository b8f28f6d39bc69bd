"""Review mend of `--variants s2t` on traditional pages (v20):

- a typo correction is written as the conversion writes the page: one spelling of a word per page
  (出臺 beside 出臺, not 出台), and normalising twice equals once;
- (amended by tests/test_variants_own_forms_v20.py: OpenCC's own traditional forms, 台 里 云 后 干
  于 万 党..., count for neither script, so what a traditional stretch prints stays as printed);
- a converted phrase is judged character by character (台湾一帶: 湾 -> 灣, the printed 台 stays).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.normalize.typos import load_ruleset, traditional_form

ROOT = Path(__file__).resolve().parents[1]


def _norm(text: str, config: str) -> str:
    return normalize_text(text, NormalizeOptions(variants=config)).text


@pytest.mark.parametrize(
    ("config", "page", "expected"),
    [
        ("s2t", "省政协出台开展工作，市政协出合新规定。", "省政協出臺開展工作，市政協出臺新規定。"),
        ("s2tw", "省政协出台开展工作，市政协出合新规定。", "省政協出臺開展工作，市政協出臺新規定。"),
        # Hong Kong's standard writes 台: the correction too
        ("s2hk", "省政协出台开展工作，市政协出合新规定。", "省政協出台開展工作，市政協出台新規定。"),
        ("s2t", "台风过后，合风又来了。", "颱風過後，颱風又來了。"),
        ("s2hk", "台风过后，合风又来了。", "颱風過後，颱風又來了。"),
        ("s2t", "出合", "出臺"),
        # a page printed in traditional characters keeps the rule's 台, as it keeps its own 月台
        ("s2t", "國家戲劇院舞合工程已完工，各站月台整修。", "國家戲劇院舞台工程已完工，各站月台整修。"),
    ],
)
def test_a_correction_is_written_as_the_conversion_writes_the_page(
    config: str, page: str, expected: str
) -> None:
    once = _norm(page, config)
    assert once == expected
    assert _norm(once, config) == once


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
@pytest.mark.parametrize("page", ["examples/seed-page.txt", "golden/typo-rules/input.txt"])
def test_a_converted_page_spells_a_corrected_word_one_way(config: str, page: str) -> None:
    out = _norm((ROOT / page).read_text(encoding="utf-8"), config)
    spellings = {word for word in ("出台", "出臺") if word in out}
    assert len(spellings) == 1, spellings
    assert _norm(out, config) == out


def test_tai_feng_keeps_the_word_every_traditional_standard_writes() -> None:
    rule = load_ruleset().get("typo.tai-feng")
    assert rule is not None
    assert traditional_form(rule) == ("合風", "颱風")
    # 出台, 平台, 舞台 and 台階 keep 台 (Hong Kong's standard prints it)
    for rule_id, replace in (("typo.chu-tai", "出台"), ("typo.tai-jie", "台階")):
        found = load_ruleset().get(rule_id)
        assert found is not None
        derived = traditional_form(found)
        assert (derived[1] if isinstance(derived, tuple) else found.replace) == replace
    printed = "今天氣象局發布合風警報，各縣市加強戒備。"
    assert normalize_text(printed).text == "今天氣象局發布颱風警報，各縣市加強戒備。"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a simplified-only character in a traditional stretch is converted; OpenCC's own forms
        # (于, 干, 万, 党) stay as printed there (known limit: tests/test_variants_own_forms_v20.py)
        ("他們多位于九龙一帶", "他們多位于九龍一帶"),
        ("國民党主席来了", "國民党主席來了"),
        # a converted phrase is judged character by character: the printed 台 and 里 stay
        ("台湾一帶的經濟", "台灣一帶的經濟"),
        ("後里台湾", "後里台灣"),
        # OpenCC's phrases keep these as they are
        ("皇后大道東", "皇后大道東"),
        ("乾隆皇帝", "乾隆皇帝"),
        ("于姓人家", "于姓人家"),
        ("另據了解。于是征讨", "另據了解。於是征討"),
    ],
)
def test_simplified_characters_on_a_traditional_page_are_converted(page: str, expected: str) -> None:
    once = _norm(page, "s2t")
    assert once == expected
    assert _norm(once, "s2t") == once


@pytest.mark.parametrize(
    "line",
    [
        "鄰里商戶亦表示歡迎，另據了解。",
        "交通部決定增開夜車以資指導云",
        "國民政府主席召見各部會首長云。",
        "市民在月台候車。",
        "台北後里",
        "全程約三公里，沿途村里幹部人云亦云。",
        "各界代表咸謂生活日艱。",
    ],
)
@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_characters_traditional_papers_print_as_themselves_stay(config: str, line: str) -> None:
    assert _norm(line, config) == normalize_text(line).text


def test_normalising_twice_equals_once_with_variants_and_typos() -> None:
    rng = random.Random(20)
    alphabet = [
        *"台里云后干于几万党发头来國說據們机龙帶經濟了解周范准采征讨咸涌，。 、\n合出风舞平其层阶",
        "台湾", "後里", "干部", "皇后", "公里", "人云亦云", "月台", "鄰里", "出合", "合风", "舞合", "平合",
        "其层", "其層", "合阶", "合風", "市政协", "市政協", "于是征讨", "干家万户", "住港", "甘肅",
    ]
    for config in ("s2t", "s2hk", "s2tw"):
        for _ in range(60):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 16)))
            once = _norm(text, config)
            assert _norm(once, config) == once, (config, text)
