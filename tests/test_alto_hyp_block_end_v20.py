"""ALTO `HYP CONTENT="¬"` (or a soft hyphen) ending a `TextBlock`: the word goes on in the next block
(a column break inside a word). Before, the mark stayed inside the joined word: `出席Inter¬national
Forum论坛`. Now, when the layout joins the paragraph across the two blocks and the next block opens
with a small Latin letter (the word's second part), the mark is removed as one `layout.dehyphenate`
edit (`International`), undone by `edits undo`. Otherwise every character stays: a block opening
with a hanzi after the mark, a plain `-` (it may belong to the word)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.readers.alto import read_alto

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="800">
<PrintSpace>
<TextBlock ID="tb0" HPOS="50" VPOS="20" WIDTH="860" HEIGHT="50"><TextLine HPOS="50" VPOS="20" WIDTH="860"
 HEIGHT="50"><String CONTENT="国际组织代表团访问本市" HPOS="50" VPOS="20" WIDTH="860" HEIGHT="50"/></TextLine>
</TextBlock>
"""
#: The article's first column, ending in a Latin word broken by `{hyp}`, and its second column,
#: opening with `{next}`.
_COLUMNS = """<TextBlock ID="tb1" HPOS="50" VPOS="100" WIDTH="400" HEIGHT="70">
<TextLine HPOS="50" VPOS="100" WIDTH="400" HEIGHT="30"><String CONTENT="本报讯　联合国教科文组织的" HPOS="50"
 VPOS="100" WIDTH="400" HEIGHT="30"/></TextLine>
<TextLine HPOS="50" VPOS="140" WIDTH="400" HEIGHT="30"><String CONTENT="代表团昨日抵达，出席Inter" HPOS="50"
 VPOS="140" WIDTH="380" HEIGHT="30"/><HYP CONTENT="{hyp}" HPOS="430" VPOS="140" WIDTH="10" HEIGHT="30"/>
</TextLine></TextBlock>
<TextBlock ID="tb2" HPOS="500" VPOS="100" WIDTH="400" HEIGHT="70">
<TextLine HPOS="500" VPOS="100" WIDTH="400" HEIGHT="30"><String CONTENT="{next}" HPOS="500" VPOS="100"
 WIDTH="400" HEIGHT="30"/></TextLine>
<TextLine HPOS="500" VPOS="140" WIDTH="400" HEIGHT="30"><String CONTENT="会议期间将签署合作协议。" HPOS="500"
 VPOS="140" WIDTH="400" HEIGHT="30"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>
"""


def _page(tmp_path: Path, hyp: str, next_line: str) -> Path:
    path = tmp_path / "p.alto.xml"
    path.write_text(_HEAD + _COLUMNS.format(hyp=hyp, next=next_line), encoding="utf-8")
    return path


def _convert(tmp_path: Path, page: Path) -> tuple[str, list[dict[str, object]], str]:
    """The txt output, the edit log and the page's original text (`--page-text`)."""
    edits, original = tmp_path / "e.jsonl", tmp_path / "page.txt"
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(edits),
                                      "--page-text", str(original)])
    assert result.exit_code == 0, result.stderr
    log = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    return result.stdout, log, original.read_text(encoding="utf-8")


@pytest.mark.parametrize("mark", ["¬", "\u00ad"], ids=["not-sign", "soft-hyphen"])
def test_a_mark_ending_a_block_joins_the_word_the_next_block_ends(tmp_path: Path, mark: str) -> None:
    out, log, original = _convert(tmp_path, _page(tmp_path, mark, "national Forum论坛开幕式，"))
    assert "出席International Forum论坛开幕式，会议期间" in out
    assert mark not in out
    (dehyphen,) = [e for e in log if e["rule"] == "layout.dehyphenate"]
    assert (dehyphen["before"], dehyphen["after"]) == (mark, "")
    assert "Inter" + mark in original  # the engine's mark is in the original
    runner = CliRunner()
    applied = runner.invoke(app, ["edits", "apply", str(tmp_path / "page.txt"), str(tmp_path / "e.jsonl")])
    assert applied.exit_code == 0, applied.stderr
    undone = runner.invoke(app, ["edits", "undo", "-", str(tmp_path / "e.jsonl")], input=applied.stdout)
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == original


@pytest.mark.parametrize(("hyp", "next_line", "kept"), [
    ("¬", "论坛开幕式，并发表讲话，", "出席Inter¬论坛开幕式"),      # no second part of a word
    ("¬", "National Forum论坛开幕式，", "出席Inter¬National Forum"),  # a capital: maybe a new word
    ("-", "national Forum论坛开幕式，", "出席Inter-national Forum"),  # a hyphen may be the word's
])
def test_otherwise_every_character_stays(tmp_path: Path, hyp: str, next_line: str, kept: str) -> None:
    out, log, _ = _convert(tmp_path, _page(tmp_path, hyp, next_line))
    assert kept in out
    assert not any(e["rule"] == "layout.dehyphenate" for e in log)


def test_the_reader_marks_the_break_ending_a_block(tmp_path: Path) -> None:
    page = read_alto(_page(tmp_path, "¬", "national").read_bytes(), "p.alto.xml")[0]
    assert [ln.word_break for ln in page.blocks[1].lines] == [None, "¬"]
    assert page.blocks[1].text.endswith("Inter¬")  # the text keeps the mark: the layout removes it
    dash = read_alto(_page(tmp_path, "-", "national").read_bytes(), "p.alto.xml")[0]
    assert dash.blocks[1].lines[-1].word_break is None
