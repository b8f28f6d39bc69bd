"""`typo.zhan-shi` (战土 -> 战士) on 1966-78 pages (walk-through of 1966-78 pages, v23).

Its word check read jieba's words around the match and refused wherever a word ending in 战 stood
there (好战 / 土 in `做毛主席的好战土。`, 连战 / 土 in `某部一连战土王大力说`, `全连战土纷纷`), so the
misread stayed in the text. The rule now has a guard instead: 战土 before a word opening with 土
(挑战土地, 征战土耳其, 血战土城) is correct text and stays.
"""

from __future__ import annotations

import json

import pytest

import layoutfix


def _convert(sentence: str) -> tuple[str, list[str]]:
    """The paragraph text of a one-article page holding `sentence`, and the rules its edits name."""
    page = f"全军学习毛主席著作\n\n本报讯 {sentence}\n"
    result = layoutfix.convert(page.encode(), fmt="json")
    text = json.loads(result.output)["articles"][0]["paragraphs"][0]["text"]
    return text, [r for e in result.edits for r in e.rules]


MISREAD = [
    "某部一连战土王大力说：“我们听毛主席的话。”",
    "全连战土纷纷表示决心。",
    "我们要做毛主席的好战土。",
    "首都工人、农民、战土代表一起欢呼。",
    "白衣战土奋战在抗疫一线。",
]


@pytest.mark.parametrize("sentence", MISREAD)
def test_misread_zhan_shi_is_corrected(sentence: str) -> None:
    text, rules = _convert(sentence)
    assert text == sentence.replace("战土", "战士")
    assert rules.count("typo.zhan-shi") == 1


CORRECT = [
    "决不允许挑战土地红线。",
    "社员大战土地平整，苦干一冬。",
    "他曾征战土耳其赛场。",
    "部队作战土方工程量大。",
    "这场混战土匪死伤过半。",
    "红军血战土城。",
    "红军转战土家山寨。",
]


@pytest.mark.parametrize("sentence", CORRECT)
def test_word_of_zhan_before_a_tu_word_stays(sentence: str) -> None:
    text, rules = _convert(sentence)
    assert text == sentence
    assert "typo.zhan-shi" not in rules
