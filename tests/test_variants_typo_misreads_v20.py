"""`--variants s2t` (s2tw, s2hk...) on a simplified page leaves a typo rule's misread to the typo rules
(v20). The conversion runs before the rules, and where a misread character is one s2t converts (干
for 千, 拨 for 拔, 贝 for 见) it wrote what no rule finds: 让政策红利走进干家万户 -> 讓政策紅利走進幹家萬戶,
选拨 -> 選撥, 意贝 -> 意貝. The match now waits for the typo rules, and the step after them writes it
as the conversion does, corrected (千家萬戶) or not (晒干米粉 -> 曬乾米粉, as before).
"""

from __future__ import annotations

import opencc
import pytest

from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.normalize.typos import Rule, load_ruleset
from layoutfix.normalize.variants import available_configs

CONFIGS = ("s2t", "s2tw", "s2hk", "s2twp")


def _norm(text: str, config: str) -> str:
    return normalize_text(text, NormalizeOptions(variants=config)).text


def _converted_misreads() -> list[Rule]:
    """The shipped rules whose misread characters s2t converts (干 拨 贝)."""
    cc = opencc.OpenCC("s2t")
    return [
        rule for rule in load_ruleset().rules
        if len(rule.find) == len(rule.replace)
        and any(f != r and cc.convert(f) != f for f, r in zip(rule.find, rule.replace, strict=True))
    ]


@pytest.mark.parametrize(
    ("config", "page", "expected"),
    [
        ("s2t", "让政策红利走进干家万户。", "讓政策紅利走進千家萬戶。"),
        ("s2hk", "让政策红利走进干家万户。", "讓政策紅利走進千家萬户。"),
        ("s2t", "依托干站千室建设委员工作站。", "依託千站千室建設委員工作站。"),
        ("s2tw", "电站装机容量达到120万干瓦。", "電站裝機容量達到120萬千瓦。"),
        ("s2t", "公开选拨优秀年轻干部。", "公開選拔優秀年輕幹部。"),
        ("s2hk", "广泛征求意贝建议。", "廣泛徵求意見建議。"),
        # where no rule corrects, the conversion writes the word as before
        ("s2t", "把晒干米粉装袋出售。", "把曬乾米粉裝袋出售。"),
        ("s2t", "干部走进千家万户。", "幹部走進千家萬戶。"),
        ("s2t", "骨干站长参加业务培训。", "骨幹站長參加業務培訓。"),
        # and so beside a correction in its clause (review of v20: 曬幹, 餅幹, 風幹)
        ("s2t", "晒干米粉的意贝很多。", "曬乾米粉的意見很多。"),
        ("s2hk", "提拨晒干米粉工人。", "提拔曬乾米粉工人。"),
        ("s2tw", "饼干米饼都征求意贝。", "餅乾米餅都徵求意見。"),
        ("s2twp", "风干米粉的意贝。", "風乾米粉的意見。"),
        ("s2t", "把晒干米粉运到海拨三千米的地方。", "把曬乾米粉運到海拔三千米的地方。"),
    ],
)
def test_a_misread_on_a_converted_simplified_page_is_corrected(config: str, page: str, expected: str) -> None:
    once = _norm(page, config)
    assert once == expected
    assert _norm(once, config) == once


@pytest.mark.parametrize("config", CONFIGS)
def test_every_shipped_rule_with_such_a_misread_fires_on_its_examples(config: str) -> None:
    rules = _converted_misreads()
    assert len(rules) >= 10  # the qian-gan rules, 选拨 提拨 海拨 挺拨, 意贝
    for rule in rules:
        for text, _fixed in rule.examples:
            out = normalize_text(text, NormalizeOptions(variants=config))
            assert [e for e in out.edits if rule.id in e.rules], (config, rule.id, text, out.text)


@pytest.mark.parametrize("config", CONFIGS)
def test_a_rule_example_kept_is_converted_as_without_the_rule(config: str) -> None:
    # the kept lines of those rules come out as the conversion alone writes them
    cc = opencc.OpenCC(config)
    for rule in _converted_misreads():
        for line in rule.keep:
            if cc.convert(line) != line:
                assert _norm(line, config) == normalize_text(cc.convert(line)).text, (config, line)


#: Known, older than this change: t2jp writes the 拔 a rule corrected as 抜 only on a second run (the
#: corrections are written as the conversion writes the page for configs from simplified only).
_OLDER = pytest.mark.xfail(strict=True, reason="t2jp converts a typo correction on the second run")


@pytest.mark.parametrize(
    "config", ["none", *(pytest.param(c, marks=_OLDER) if c == "t2jp" else c for c in available_configs())]
)
def test_normalising_twice_equals_once(config: str) -> None:
    for rule in _converted_misreads():
        for line in [text for text, _ in rule.examples] + list(rule.keep):
            once = _norm(line, config)
            assert _norm(once, config) == once, (config, line)
