"""Coordinate inputs (v12): ALTO confidences on a 0-100 scale, ALTO hyphenation with `SUBS_CONTENT`,
and separator milestones pointing at their facsimile zone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import assert_valid, load_schema
from layoutfix.cli import app
from layoutfix.pipeline import convert

TEI = "{http://www.tei-c.org/ns/1.0}"

#: One `String` per text line: (text, type size); blocks are parted by a blank line's gap.
_PAGE = [
    [("多地开展秋季植树活动", 60)],
    [("本报讯 10月下旬以来，多地组织干部群众开展秋季义务植树活动。", 30)],
    [("☆☆☆", 30)],
    [("在通渭县，志愿者在城区周边荒山开展植树活动，共栽植苗木8000余株。", 30)],
    [("※※※", 30)],
    [("小区加装电梯进展顺利", 60)],
    [("今年以来，全市老旧小区加装电梯工作稳步推进，已有36部电梯投入使用。", 30)],
]


def alto(blocks: list[list[tuple[str, int]]], wc: str | list[str] = "0.95") -> str:
    """An ALTO v4 page of the given blocks, one `String` per line, each line `size` high; `wc` is
    every string's `WC`, or one per line in page order."""
    out, y = [], 100
    wcs = iter(wc) if isinstance(wc, list) else None
    for k, lines in enumerate(blocks):
        top = y
        rows = []
        for text, size in lines:
            width = size * len(text)
            rows.append(
                f'<TextLine HPOS="100" VPOS="{y}" WIDTH="{width}" HEIGHT="{size}">'
                f'<String CONTENT="{text}" HPOS="100" VPOS="{y}" WIDTH="{width}" HEIGHT="{size}" '
                f'WC="{next(wcs) if wcs else wc}"/>'
                "</TextLine>")
            y += size + 10
        width = max(size * len(text) for text, size in lines)
        out.append(f'<TextBlock ID="b{k}" HPOS="100" VPOS="{top}" WIDTH="{width}" HEIGHT="{y - top}">'
                   + "".join(rows) + "</TextBlock>")
        y += 40
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>'
            '<Page ID="P1" WIDTH="3000" HEIGHT="3000"><PrintSpace>'
            + "".join(out) + "</PrintSpace></Page></Layout></alto>\n")


def _tei(path: Path) -> etree._Element:
    """`convert PATH` to TEI, validated against tei_all."""
    return assert_valid(load_schema(), convert(path, fmt="tei").output)


def test_a_separator_of_an_alto_page_points_at_its_zone(tmp_path: Path) -> None:
    page = tmp_path / "sep.alto.xml"
    page.write_text(alto(_PAGE), encoding="utf-8")
    root = _tei(page)
    zones = {z.get("{http://www.w3.org/XML/1998/namespace}id"): z for z in root.iter(f"{TEI}zone")}
    milestones = list(root.iter(f"{TEI}milestone"))
    assert [m.get("rend") for m in milestones] == ["☆☆☆", "※※※"]
    for m, top in zip(milestones, ("290", "450"), strict=True):
        facs = m.get("facs")
        assert facs is not None and facs.startswith("#")
        assert zones[facs[1:]].get("uly") == top  # the ornament line's own box


def test_a_separator_of_flat_text_has_no_facs(tmp_path: Path) -> None:
    page = tmp_path / "sep.txt"
    page.write_text("\n\n".join(text for block in _PAGE for text, _ in block) + "\n", encoding="utf-8")
    milestones = list(_tei(page).iter(f"{TEI}milestone"))
    assert len(milestones) == 2 and all(m.get("facs") is None for m in milestones)


# --- ALTO WC on a 0-100 scale ---------------------------------------------------------------------

_TWO = _PAGE[:2]  # a headline and its paragraph


def _low_confidence(runner: CliRunner, page: Path) -> tuple[list[tuple[str, float]], str]:
    """`convert PAGE -f json`: the flagged words (text, confidence) and stderr."""
    result = runner.invoke(app, ["convert", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    words = json.loads(result.stdout)["low_confidence"]["words"]
    return [(w["text"], w["conf"]) for w in words], result.stderr


def test_alto_wc_in_percent_is_flagged_as_its_fraction_is(tmp_path: Path) -> None:
    runner = CliRunner()
    percent, fraction = tmp_path / "percent.alto.xml", tmp_path / "fraction.alto.xml"
    percent.write_text(alto(_TWO, wc=["95", "35"]), encoding="utf-8")
    fraction.write_text(alto(_TWO, wc=["0.95", "0.35"]), encoding="utf-8")
    flagged, stderr = _low_confidence(runner, percent)
    assert flagged == _low_confidence(runner, fraction)[0]
    assert [conf for _, conf in flagged] == [0.35]  # the paragraph, not the headline at 95
    assert "1 words read with a confidence below 0.6 are flagged" in stderr


def test_a_wc_of_1_on_a_page_of_fractions_stays_certain(tmp_path: Path) -> None:
    page = tmp_path / "p.alto.xml"
    page.write_text(alto(_TWO, wc=["1", "0.35"]), encoding="utf-8")
    assert [conf for _, conf in _low_confidence(CliRunner(), page)[0]] == [0.35]


@pytest.mark.parametrize("bad", ["-1", "150"])
def test_a_wc_outside_both_scales_is_ignored_with_one_warning(tmp_path: Path, bad: str) -> None:
    page = tmp_path / "bad.alto.xml"
    page.write_text(alto(_PAGE, wc=[bad, "35", bad, bad, bad, bad, bad]), encoding="utf-8")
    flagged, stderr = _low_confidence(CliRunner(), page)
    assert [conf for _, conf in flagged] == [0.35]  # the others have no confidence; 35 is percent
    (message,) = [line for line in stderr.splitlines() if "warning" in line]
    assert message.startswith(f"layoutfix: warning: {page}: line ")
    assert f"String@WC '{bad}' is no confidence" in message and "(6 in the file)" in message


# --- ALTO hyphenation with SUBS_CONTENT -----------------------------------------------------------

_HYPHENATED = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="2000" HEIGHT="2000">
<PrintSpace><TextBlock ID="b0" HPOS="100" VPOS="100" WIDTH="600" HEIGHT="70">
<TextLine HPOS="100" VPOS="100" WIDTH="600" HEIGHT="30"><String CONTENT="The" HPOS="100" VPOS="100" WIDTH="90"
 HEIGHT="30"/><SP/><String CONTENT="Interna" HPOS="200" VPOS="100" WIDTH="480" HEIGHT="30"
 {part1}/><HYP CONTENT="-"/></TextLine>
<TextLine HPOS="100" VPOS="140" WIDTH="600" HEIGHT="30"><String CONTENT="tional" HPOS="100" VPOS="140"
 WIDTH="180" HEIGHT="30" {part2}/><SP/><String CONTENT="Herald" HPOS="300" VPOS="140" WIDTH="200"
 HEIGHT="30"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""


def _hyphenated(tmp_path: Path, part1: str, part2: str) -> Path:
    page = tmp_path / "hyp.alto.xml"
    page.write_text(_HYPHENATED.format(part1=part1, part2=part2), encoding="utf-8")
    return page


_SUBS = 'SUBS_TYPE="HypPart{n}" SUBS_CONTENT="{whole}"'


def test_an_alto_word_broken_by_hyp_with_subs_content_is_whole_with_an_edit(tmp_path: Path) -> None:
    runner = CliRunner()
    page = _hyphenated(tmp_path, _SUBS.format(n=1, whole="International"),
                       _SUBS.format(n=2, whole="International"))
    edits, original = tmp_path / "e.jsonl", tmp_path / "page.txt"
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(edits),
                                 "--page-text", str(original)])
    assert result.exit_code == 0, result.stderr
    assert "The International Herald" in result.stdout
    log = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    (dehyphen,) = [e for e in log if e["rule"] == "layout.dehyphenate"]
    assert (dehyphen["before"], dehyphen["after"], dehyphen["cert"]) == ("-", "", "high")
    # the log rebuilds the page text and back: the hyphen is in the original
    assert "Interna-\ntional" in original.read_text(encoding="utf-8")
    applied = runner.invoke(app, ["edits", "apply", str(original), str(edits)])
    assert applied.exit_code == 0, applied.stderr
    assert "The International Herald" in applied.stdout
    normalised = tmp_path / "norm.txt"
    normalised.write_text(applied.stdout, encoding="utf-8")
    undone = runner.invoke(app, ["edits", "undo", str(normalised), str(edits)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == original.read_text(encoding="utf-8")


@pytest.mark.parametrize(("part1", "part2"), [
    ("", ""),  # no SUBS_CONTENT
    (_SUBS.format(n=1, whole="Internal"), _SUBS.format(n=2, whole="Internal")),  # not the two parts
    (_SUBS.format(n=1, whole="International"), _SUBS.format(n=2, whole="Internationally")),  # disagree
])
def test_an_alto_hyp_without_agreeing_subs_content_is_kept(tmp_path: Path, part1: str, part2: str) -> None:
    result = convert(_hyphenated(tmp_path, part1, part2), fmt="txt")
    assert "The Interna-tional Herald" in result.output
    assert not any(e.rule == "layout.dehyphenate" for e in result.edits)
