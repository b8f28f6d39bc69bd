"""The variants normaliser: OpenCC conversion as edits, config names checked, punctuation kept."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.errors import LayoutfixError
from layoutfix.normalize.variants import available_configs, converter
from layoutfix.tracked import TrackedText, apply_edits, undo_edits

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed-page.txt"


def run(config: str, text: str) -> TrackedText:
    return converter(config)(TrackedText(text))


def log(t: TrackedText) -> list[tuple[int, int, str, str, str]]:
    return [(e.start, e.end, e.before, e.after, e.rule) for e in t.edits]


def test_t2s_records_each_changed_run_at_original_offsets() -> None:
    t = run("t2s", "本報訊 委員們發言。")
    assert t.text == "本报讯 委员们发言。"
    assert log(t) == [
        (1, 3, "報訊", "报讯", "variant.t2s"),
        (5, 8, "員們發", "员们发", "variant.t2s"),  # 委 and 言 are the same in both scripts
    ]
    assert {e.kind for e in t.edits} == {"variant"}


def test_phrase_conversion_is_one_edit() -> None:
    # tw2sp converts Taiwanese phrases, not just characters: 軟體 -> 软件, 滑鼠 -> 鼠标.
    t = run("tw2sp", "軟體和滑鼠")
    assert t.text == "软件和鼠标"
    assert [(e.before, e.after) for e in t.edits] == [("軟體", "软件"), ("滑鼠", "鼠标")]


def test_simplified_to_traditional() -> None:
    assert run("s2t", "政协委员发言").text == "政協委員發言"


def test_punctuation_latin_urls_and_emails_survive() -> None:
    text = "“軟體”，『測試』「引號」（括號）：；？！、…—·《書》 ABC abc 123 https://a.b/c?x=1 mzxsb02@163.com"
    for config in ("t2s", "tw2sp", "hk2s", "s2t", "s2twp"):
        t = run(config, text)
        changed = "".join(e.before + e.after for e in t.edits)
        for keep in ("“", "”", "，", "『", "「", "（", "：", "；", "？", "！", "、", "…", "《", "https", "@"):
            assert keep not in changed, (config, keep)
        assert t.text.endswith(" ABC abc 123 https://a.b/c?x=1 mzxsb02@163.com")


def test_simplified_seed_page_is_unchanged_by_t2s() -> None:
    text = SEED.read_text(encoding="utf-8")
    t = run("t2s", text)
    assert t.edits == []
    assert t.text == text


def test_seed_page_s2t_keeps_every_line_and_block() -> None:
    text = SEED.read_text(encoding="utf-8")
    t = run("s2t", text)
    assert t.text.count("\n") == text.count("\n")
    assert t.text.count("\n\n") == text.count("\n\n")
    assert "政協" in t.text and "政协" not in t.text
    assert apply_edits(text, t.edits) == t.text
    assert undo_edits(t.text, t.edits) == text


@pytest.mark.parametrize("name", ["t2s", "t2s.json", "S2TW", " tw2sp "])
def test_config_names_with_or_without_json(name: str) -> None:
    assert run(name, "後來").text in {"后来", "後來"}


def test_every_shipped_config_is_accepted() -> None:
    shipped = sorted(c.removesuffix(".json") for c in opencc.CONFIGS)
    assert available_configs() == shipped
    assert {"t2s", "s2t", "tw2s", "s2tw", "tw2sp", "hk2s", "t2tw", "jp2t"} <= set(shipped)
    for name in shipped:
        converter(name)


@pytest.mark.parametrize("name", ["t2s-tw", "zh-hans", "", "../t2s"])
def test_unknown_config_raises_with_the_valid_names(name: str) -> None:
    with pytest.raises(LayoutfixError) as info:
        converter(name)
    message = str(info.value)
    assert repr(name) in message
    assert "t2s" in message and "s2twp" in message


def test_rule_id_uses_the_config_stem() -> None:
    t = run("t2s.json", "發")
    assert [e.rule for e in t.edits] == ["variant.t2s"]


_ALPHABET = st.sampled_from(
    [
        *"後來乾燥幹部著名臺灣裏面頭髮發展軟體里后干台云髮发面麵征讨游徵討",
        *"政协委员会议调研 abcXYZ019，。：；？！（）“”「」\n",
        "\n\n",
        "https://a.b",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["t2s", "s2t", "s2twp", "tw2sp", "s2hk"]), st.lists(_ALPHABET, max_size=30))
def test_property_idempotent_and_lossless(config: str, parts: list[str]) -> None:
    text = "".join(parts)
    step = converter(config)
    once = step(TrackedText(text))
    twice = step(once)
    assert twice.text == once.text
    assert twice.edits == once.edits
    assert apply_edits(text, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == text
    assert all("\n" not in e.before + e.after for e in once.edits)


def test_s2t_is_stable_where_one_opencc_pass_is_not() -> None:
    # One s2t pass gives 征討, a second gives 徵討: the step converts once and leaves a line that is
    # already traditional alone, so the pipeline's second normalisation pass changes nothing.
    cc = opencc.OpenCC("s2t")
    assert cc.convert(cc.convert("征讨")) != cc.convert("征讨")
    step = converter("s2t")
    once = step(TrackedText("征讨"))
    assert step(once).text == once.text
    assert step(once).edits == once.edits
