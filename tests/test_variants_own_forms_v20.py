"""`--variants s2t` (s2tw, s2hk...) never alters text printed right in traditional characters (v20).

OpenCC's s2t converts 73 characters that its own dictionary lists among their traditional forms
(`hanscript.OPENCC_ST_OWN`: 干 吃 准 范 余 凶 雇 咨 唇 伙 后 于 万 党...). Counted as simplified, they
made a traditional page's 吃飯 喫飯, 不准 不準, 范國威 範國威, and turned OCR's misread 干 (for 千) into
幹/乾 before the typo rules could read it (干家萬戶 -> 幹家萬戶, not 千家萬戶). They count for neither
script: a traditional stretch keeps them as printed, and the typo rules correct its misreads.
"""

from __future__ import annotations

import pytest

from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.normalize.variants import available_configs

FROM_SIMPLIFIED = ("s2t", "s2tw", "s2hk", "s2twp", "s2hkp")

#: Lines printed right in traditional characters, each holding a character of OpenCC's own forms
#: that s2t would change (喫, 準, 範, 餘, 兇, 僱, 諮, 脣, 夥, 於, 幾...).
PRINTED_RIGHT = [
    "他昨晚在餐廳吃飯時表示，會繼續努力。",
    "警方不准市民進入災區。",
    "立法會議員范國威表示。",
    "范徐麗泰出席典禮。",
    "本報記者 余非",
    "警方正追緝凶手。",
    "雇主須為僱員供款。",
    "消委會就此事諮詢市民，市民咨詢熱線。",
    "他用嘴唇輕觸杯子。",
    "三人合伙經營茶餐廳。",
    "他們于昨日抵達香港。",
    "隔了几天他又來了。",
    "政府不應干涉司法，亦不得干預選舉。",
    "若干年後，他回到故鄉。",
    "本公司載客干餘人次，若干乘客不滿。",
]

#: (traditional line with OCR's misread 干 for 千, what the typo rules make of it, the rule).
QIAN_GAN = [
    ("讓政策紅利走進干家萬戶。", "讓政策紅利走進千家萬戶。", "typo.qian-jia-wan-hu"),
    ("他們干方百計解決問題。", "他們千方百計解決問題。", "typo.qian-fang-bai-ji"),
    ("成干上萬的市民湧上街頭。", "成千上萬的市民湧上街頭。", "typo.cheng-qian-shang-wan"),
    ("歷盡干辛萬苦，終於成功。", "歷盡千辛萬苦，終於成功。", "typo.qian-xin-wan-ku"),
    ("發電機組功率達500干瓦。", "發電機組功率達500千瓦。", "typo.qian-wa"),
    ("依託干站千室建設委員工作站。", "依託千站千室建設委員工作站。", "typo.qian-zhan"),
]

#: Simplified lines: converted as before (the other way round).
SIMPLIFIED = [
    ("后来他去了北京。", "後來他去了北京。"),
    ("干部要深入基层。", "幹部要深入基層。"),
    ("国民党主席。", "國民黨主席。"),
    ("几十万人出席。", "幾十萬人出席。"),
    ("范冰冰主演的电影。", "范冰冰主演的電影。"),
    ("台湾一带的经济。", "臺灣一帶的經濟。"),
]


def _norm(text: str, config: str, apply_suggestions: str | None = None) -> str:
    options = NormalizeOptions(variants=config, apply_suggestions=apply_suggestions)
    return normalize_text(text, options).text


@pytest.mark.parametrize("config", FROM_SIMPLIFIED)
@pytest.mark.parametrize("line", PRINTED_RIGHT)
def test_a_traditional_line_printed_right_is_not_altered(config: str, line: str) -> None:
    out = normalize_text(line, NormalizeOptions(variants=config))
    assert out.text == normalize_text(line).text
    assert not [e for e in out.edits if e.kind == "variant"]


@pytest.mark.parametrize("config", ("none", *FROM_SIMPLIFIED))
@pytest.mark.parametrize(("line", "expected", "rule"), QIAN_GAN)
def test_qian_gan_rules_fire_on_a_traditional_page(config: str, line: str, expected: str, rule: str) -> None:
    out = normalize_text(line, NormalizeOptions(variants=config))
    assert out.text == expected
    assert [e for e in out.edits if rule in e.rules]


@pytest.mark.parametrize(("line", "expected"), SIMPLIFIED)
def test_a_simplified_line_is_still_converted(line: str, expected: str) -> None:
    assert _norm(line, "s2t") == expected


def test_known_limit_a_usual_simplified_form_in_a_traditional_stretch_stays() -> None:
    # 后 and 党 are OpenCC's own traditional forms: beside traditional-only characters they stay,
    # while a simplified-only character (来) is converted
    assert _norm("后來他去了日本。", "s2t") == "后來他去了日本。"
    assert _norm("國民党主席来了。", "s2t") == "國民党主席來了。"


@pytest.mark.parametrize("config", ["none", *available_configs()])
def test_normalising_twice_equals_once(config: str) -> None:
    lines = PRINTED_RIGHT + [line for line, _, _ in QIAN_GAN] + [line for line, _ in SIMPLIFIED]
    for line in lines:
        once = _norm(line, config)
        assert _norm(once, config) == once, (config, line)
    page = "\n\n".join(lines)
    once = _norm(page, config, "low")
    assert _norm(once, config, "low") == once
