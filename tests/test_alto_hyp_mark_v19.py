"""ALTO `HYP CONTENT="¬"`: the not sign is a hyphenation mark that is never text, so a word broken
by it at a line's end is joined whether or not `SUBS_CONTENT` names the word (one `layout.dehyphenate`
edit, as for a `-` with `SUBS_CONTENT`). Before s19-E2 it was kept inside the word without
`SUBS_CONTENT`: `Interna¬tional`. A plain `-` without `SUBS_CONTENT` stays (it may belong to the word)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert

_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="1400">
<PrintSpace><TextBlock ID="b0" HPOS="100" VPOS="240" WIDTH="364" HEIGHT="68">
<TextLine HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="据路透社" HPOS="100" VPOS="240"
 WIDTH="112" HEIGHT="28"/><SP/><String CONTENT="Interna" HPOS="222" VPOS="240" WIDTH="200" HEIGHT="28"/><HYP
 HPOS="422" VPOS="240" WIDTH="10" CONTENT="{hyp}"/></TextLine>
<TextLine HPOS="100" VPOS="280" WIDTH="364" HEIGHT="28"><String CONTENT="tional" HPOS="100" VPOS="280"
 WIDTH="100" HEIGHT="28"/><SP/><String CONTENT="报道，会议在北京召开。" HPOS="210" VPOS="280" WIDTH="252"
 HEIGHT="28"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""


def _page(tmp_path: Path, hyp: str) -> Path:
    path = tmp_path / "hyp.alto.xml"
    path.write_text(_PAGE.format(hyp=hyp), encoding="utf-8")
    return path


@pytest.mark.parametrize("mark", ["¬", "\u00ad"], ids=["not-sign", "soft-hyphen"])
def test_a_hyphenation_mark_joins_the_broken_word_with_an_edit(tmp_path: Path, mark: str) -> None:
    runner = CliRunner()
    page = _page(tmp_path, mark)
    edits, original = tmp_path / "e.jsonl", tmp_path / "page.txt"
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(edits),
                                 "--page-text", str(original)])
    assert result.exit_code == 0, result.stderr
    assert "International报道" in result.stdout and mark not in result.stdout
    log = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    (dehyphen,) = [e for e in log if e["rule"] == "layout.dehyphenate"]
    assert (dehyphen["before"], dehyphen["after"]) == (mark, "")
    assert mark + "\ntional" in original.read_text(encoding="utf-8")  # the mark is in the original
    applied = runner.invoke(app, ["edits", "apply", str(original), str(edits)])
    assert applied.exit_code == 0, applied.stderr
    undone = runner.invoke(app, ["edits", "undo", "-", str(edits)], input=applied.stdout)
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == original.read_text(encoding="utf-8")


def test_a_plain_hyphen_without_subs_content_stays(tmp_path: Path) -> None:
    result = convert(_page(tmp_path, "-"), fmt="txt")
    assert "Interna-tional报道" in result.output
    assert not any(e.rule == "layout.dehyphenate" for e in result.edits)
