"""The unicode normaliser: what a reader of the output notices, and what must stay as it was."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.normalize.unicode import fix_unicode
from layoutfix.tracked import TrackedText, apply_edits, undo_edits

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed-page.txt"


def run(text: str) -> TrackedText:
    return fix_unicode(TrackedText(text))


def changes(t: TrackedText) -> list[tuple[str, str, str]]:
    return [(e.before, e.after, e.rule) for e in t.edits]


def test_kangxi_radicals_become_ordinary_ideographs() -> None:
    # ⼯ (U+2F2F) and ⼈ (U+2F08) are what PDF text layers often give for 工 and 人.
    t = run("\u2f2f\u2f08代表大会")
    assert t.text == "工人代表大会"
    assert changes(t) == [
        ("\u2f2f", "工", "unicode.kangxi"),
        ("\u2f08", "人", "unicode.kangxi"),
    ]
    assert all(e.kind == "unicode" and e.cert == "high" for e in t.edits)


def test_radical_supplement_only_where_it_stands_for_a_character() -> None:
    # ⺟ (U+2E9F) decomposes to 母; ⺡ (U+2EA1, the 氵 radical form) is not a character on its own.
    t = run("\u2e9f亲 \u2ea1")
    assert t.text == "母亲 \u2ea1"


def test_compatibility_ideograph_becomes_unified() -> None:
    t = run("\uf900\uf9f1")  # compatibility 豈 and 隣
    assert t.text == "\u8c48\u96a3"
    assert {e.rule for e in t.edits} == {"unicode.compat-ideograph"}


def test_fullwidth_letters_and_digits_become_ascii_but_punctuation_stays() -> None:
    t = run("２０２３年ＧＤＰ增长５％，（见表１）：“好！”")
    assert t.text == "2023年GDP增长5％，（见表1）：“好！”"
    assert {e.rule for e in t.edits} == {"unicode.fullwidth-ascii"}
    # One edit per run: ２０２３, ＧＤＰ, ５, １.
    assert [e.before for e in t.edits] == ["２０２３", "ＧＤＰ", "５", "１"]


@pytest.mark.parametrize(
    "text",
    [
        "，。：；？！（）“”‘’、《》【】…—·",
        "e-mail:mzxsb02@163.com https://www.example.org/a_b?x=1&y=2",
        "The Quick Brown Fox, 3*4=12.",
        "本报酒泉讯(通讯员茹建荣)10月10日,酒泉市政协主席王海明带领调研组。",
        "👨\u200d👩\u200d👧 family",  # ZWJ emoji sequence
        "क्\u200dष",  # Devanagari with ZWJ
    ],
)
def test_correct_text_is_left_alone(text: str) -> None:
    t = run(text)
    assert t.text == text
    assert t.edits == []


def test_odd_spaces_become_plain_spaces() -> None:
    t = run("\u3000\u3000本报讯\u00a0记者\u2002张三\u202f说\u205f。")
    assert t.text == "  本报讯 记者 张三 说 。"
    assert changes(t)[0] == ("\u3000\u3000", "  ", "unicode.space")
    assert {e.rule for e in t.edits} == {"unicode.space"}


def test_zero_width_characters_and_bom_are_removed() -> None:
    t = run("\ufeff政\u200b协\u2060委员\u200d会")
    assert t.text == "政协委员会"
    assert {(e.before, e.rule) for e in t.edits} == {
        ("\ufeff", "unicode.zero-width"),
        ("\u200b", "unicode.zero-width"),
        ("\u2060", "unicode.zero-width"),
        ("\u200d", "unicode.zero-width"),
    }


def test_zero_width_alone_on_a_line_does_not_become_a_block_separator() -> None:
    text = "第一段\n\u200b\n仍是第一段"
    assert run(text).text.count("\n\n") == 0


def test_nfc_composes_combining_sequences() -> None:
    t = run("Cafe\u0301 A\u030a")
    assert t.text == "Café Å"
    assert changes(t) == [("e\u0301", "é", "unicode.nfc"), ("A\u030a", "Å", "unicode.nfc")]


def test_block_separators_are_kept() -> None:
    text = "第一块\u3000\n\n\ufeff第二块\n\n\n第三块"
    out = run(text).text
    assert out.split("\n\n") == ["第一块 ", "第二块", "\n第三块"]


def test_edit_log_rebuilds_output_and_original() -> None:
    text = "\ufeff⼀\u3000ＡＢ，e\u0301\uf900\n\n第二块"
    t = run(text)
    assert apply_edits(text, t.edits) == t.text
    assert undo_edits(t.text, t.edits) == text
    for e in t.edits:
        assert text[e.start : e.end] == e.before


def test_seed_page_is_unchanged() -> None:
    # The seed page is clean Unicode: half-width digits, full-width punctuation, no odd spaces.
    text = SEED.read_text(encoding="utf-8")
    t = run(text)
    assert t.edits == []
    assert t.text == text


def test_nothing_is_nfkc_folded() -> None:
    # A cheap guard against someone "simplifying" the module to NFKC: ％ and （ must survive.
    text = "增长５％（同比）"
    out = run(text).text
    assert out != unicodedata.normalize("NFKC", text)
    assert "％（" in out


_ALPHABET = st.sampled_from(
    [
        *"政协委员会议调研中文abcXYZ019 ,.，。：；？！（）“”\n",
        "\n\n", "\u3000", "\u00a0", "\u2002", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060",
        *["\u2f00", "\u2f08", "\u2e9f", "\u2ea1", "\uf900", "\ufa0e", "Ａ", "ｚ", "５", "％"],
        *["e\u0301", "\u0301", "\u0308", "\u094d", "क", "👨", "\ufe0f"],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_property_idempotent_and_lossless(text: str) -> None:
    once = run(text)
    twice = fix_unicode(once)
    assert twice.text == once.text
    assert twice.edits == once.edits
    assert apply_edits(text, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == text
    assert once.text.count("\n\n") == text.count("\n\n")


def test_characters_xml_cannot_carry_are_removed_as_edits() -> None:
    # Bug (issue 10): an ESC sequence, a vertical tab or U+FFFF in an OCR export crashed `convert`
    # with a traceback, because TEI (XML 1.0) cannot hold them.
    t = run("政协\x01调研\x1b[0m工作\uffff\n\n本报讯\x0b记者")
    assert t.text == "政协调研工作\n\n本报讯记者"  # the whole ESC sequence goes (test_unicode_ansi.py)
    assert {e.rule for e in t.edits} == {"unicode.xml-illegal", "unicode.ansi"}
    assert undo_edits(t.text, t.edits) == "政协\x01调研\x1b[0m工作\uffff\n\n本报讯\x0b记者"


def _real_blocks(text: str) -> int:
    """How many blocks hold something besides characters XML cannot carry and spaces."""
    from layoutfix.readers.text import split_blocks

    return sum(1 for s, e in split_blocks(text)
               if "".join(c for c in text[s:e] if c not in "\x01\x02\x03\x0b\x0c\x1f\uffff").strip())


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("第一段\n\x01\n第一段续", 1),  # a line of only a control character does not become a separator
        ("第一段\n \x02\x03 \n第一段续", 1),
        ("第一段\n\x0c\n第二段", 2),  # a form feed line is already blank: it stays a separator
        ("第一段\n\n\x01\n\n第二段", 2),  # a block of nothing but noise goes
        ("\x01\n第一段", 1),
        ("第一段\n\x01", 1),
    ],
)
def test_removing_xml_illegal_characters_keeps_the_blocks(text: str, blocks: int) -> None:
    from layoutfix.readers.text import split_blocks

    t = run(text)
    assert len(split_blocks(t.text)) == _real_blocks(text) == blocks
    assert undo_edits(t.text, t.edits) == text
    assert fix_unicode(t).text == t.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"政协调研 \n", "\n\n", "\x01", "\x0b", "\x0c", "\x1f", "\uffff"]),
                max_size=30).map("".join))
def test_property_xml_illegal_removal_keeps_blocks_and_is_lossless(text: str) -> None:
    from layoutfix.readers.text import split_blocks

    once = run(text)
    assert not any(c in once.text for c in "\x01\x0b\x0c\x1f\uffff")
    assert fix_unicode(once).text == once.text
    assert undo_edits(once.text, once.edits) == text
    assert len(split_blocks(once.text)) == _real_blocks(text)


def test_two_lines_of_only_xml_illegal_characters_go_without_overlapping_edits() -> None:
    original = "\uffff\n\uffff"
    out = fix_unicode(TrackedText(original))
    assert out.text == ""
    assert apply_edits(original, out.edits) == "" and undo_edits("", out.edits) == original
