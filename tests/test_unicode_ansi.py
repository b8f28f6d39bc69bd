"""Terminal escape sequences in an OCR export (coloured `less -R`, `script`, `tee` of a colouring
tool) go whole, one `unicode.ansi` edit each: no `[0m` / `[1;31m` remnant reaches the output, and the
edit log still rebuilds the input."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from layoutfix import TrackedText, apply_edits, undo_edits
from layoutfix.cli import app
from layoutfix.normalize.unicode import fix_unicode
from layoutfix.readers.text import split_blocks

ESC = "\x1b"


def run(text: str) -> TrackedText:
    out = fix_unicode(TrackedText(text))
    assert apply_edits(text, out.edits) == out.text
    assert undo_edits(out.text, out.edits) == text
    return out


def test_a_colour_sequence_goes_whole_as_one_edit_naming_it() -> None:
    t = run(f"本报讯{ESC}[1;31m(记者 张莉芳){ESC}[0m 政协委员{ESC}[K调研。")
    assert t.text == "本报讯(记者 张莉芳) 政协委员调研。"
    assert [(e.before, e.after, e.rules, e.kind, e.cert) for e in t.edits] == [
        (f"{ESC}[1;31m", "", ("unicode.ansi",), "unicode", "high"),
        (f"{ESC}[0m", "", ("unicode.ansi",), "unicode", "high"),
        (f"{ESC}[K", "", ("unicode.ansi",), "unicode", "high"),
    ]


def test_an_osc_title_or_hyperlink_goes_with_its_terminator() -> None:
    t = run(f"{ESC}]0;新闻 - less\x07正文{ESC}]8;;https://example.org{ESC}\\链接{ESC}]8;;{ESC}\\。")
    assert t.text == "正文链接。"
    assert {e.rules for e in t.edits} == {("unicode.ansi",)}


def test_a_lone_esc_is_still_only_an_xml_illegal_character() -> None:
    t = run(f"政协{ESC}委员 {ESC}[ 调研")
    assert t.text == "政协委员 [ 调研"
    assert {e.rules for e in t.edits} == {("unicode.xml-illegal",)}


def test_a_sequence_split_by_a_line_break_goes_whole_and_keeps_the_lines() -> None:
    t = run(f"政协委员{ESC}[1;\n31m调研工作")
    assert t.text == "政协委员\n调研工作"
    [edit] = t.edits
    assert (edit.before, edit.after, edit.cert) == (f"{ESC}[1;\n31m", "\n", "medium")
    assert edit.rules == ("unicode.ansi",)


def test_a_break_right_before_the_final_byte_is_not_taken_for_a_sequence() -> None:
    # `more` may be text: only the ESC goes, as before.
    assert run(f"price{ESC}[1;31\nmore").text == "price[1;31\nmore"


def test_a_line_of_only_sequences_does_not_become_a_block_separator() -> None:
    text = f"第一段开头\n{ESC}[0m\n第一段续完。\n\n{ESC}[1m{ESC}[31m\n\n第二段"
    t = run(text)
    assert t.text == "第一段开头\n第一段续完。\n\n\n第二段"
    assert len(split_blocks(t.text)) == 2


_PIECES = [*"政协调研 \n", "\n\n", f"{ESC}[0m", f"{ESC}[1;31m", f"{ESC}[1;\n31m", f"{ESC}]0;t\x07", ESC,
           "[", "m", "31m", "\x01"]


#: The sequences and control characters `_PIECES` can make (ECMA-48 CSI, possibly split by a line
#: break before a parameter, with intermediate bytes 0x20-0x2F before its final byte: `ESC [ SP [`
#: is one whole sequence, its `[` no text; OSC ended by BEL), written out here as the test's own reading.
_NOISE = regex.compile(r"\x1b\[[0-?]*(?:\n[0-?]+)*[ -/]*[@-~]|\x1b\][^\x00-\x1f]*?\x07|[\x01\x1b]")


def _real_blocks(text: str) -> int:
    """Blocks that hold something besides escape sequences, control characters and spaces."""
    return sum(1 for s, e in split_blocks(text) if _NOISE.sub("", text[s:e]).strip())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@example("\x1b[ [")  # a CSI with an intermediate byte: the oracle once read its final `[` as text
def test_property_sequences_go_losslessly_and_keep_the_blocks(text: str) -> None:
    once = run(text)
    assert ESC not in once.text
    assert fix_unicode(once).text == once.text
    assert len(split_blocks(once.text)) == _real_blocks(text)


def test_cli_output_is_clean_and_the_log_rebuilds_the_input_both_ways(tmp_path: Path) -> None:
    page = tmp_path / "coloured.txt"
    original = (f"{ESC}[1m政协委员调研基层协商{ESC}[0m\n\n"
                f"本报讯(记者 张莉芳){ESC}[32m近日{ESC}[0m，委员们到\n{ESC}[0m\n基层调研。\n")
    page.write_bytes(original.encode("utf-8"))
    runner = CliRunner()
    tei, log = tmp_path / "out.xml", tmp_path / "edits.jsonl"
    result = runner.invoke(app, ["convert", str(page), "-o", str(tei), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    root = etree.parse(str(tei)).getroot()
    body = "".join(root.itertext())
    assert "[0m" not in body and "[1m" not in body and "[32m" not in body
    # the line of only a sequence did not split the paragraph
    paragraphs = ["".join(p.itertext()) for p in root.iter("{http://www.tei-c.org/ns/1.0}p")]
    assert any("近日，委员们到" in p and "基层调研。" in p for p in paragraphs), paragraphs
    normalized = tmp_path / "norm.txt"
    nlog = tmp_path / "n.jsonl"
    result = runner.invoke(app, ["normalize", str(page), "-o", str(normalized), "--edits", str(nlog)])
    assert result.exit_code == 0, result.stderr
    back = tmp_path / "back.txt"
    result = runner.invoke(app, ["edits", "undo", str(normalized), str(nlog), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == original.encode("utf-8")
    again = tmp_path / "again.txt"
    result = runner.invoke(app, ["edits", "apply", str(page), str(nlog), "-o", str(again)])
    assert result.exit_code == 0, result.stderr
    assert again.read_bytes() == normalized.read_bytes()
