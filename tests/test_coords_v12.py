"""Coordinate inputs (v12): ALTO confidences on a 0-100 scale, ALTO hyphenation with `SUBS_CONTENT`,
and separator milestones pointing at their facsimile zone."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from conftest_tei import assert_valid, load_schema
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


def alto(blocks: list[list[tuple[str, int]]], wc: str = "0.95") -> str:
    """An ALTO v4 page of the given blocks, one `String` per line, each line `size` high."""
    out, y = [], 100
    for k, lines in enumerate(blocks):
        top = y
        rows = []
        for text, size in lines:
            width = size * len(text)
            rows.append(
                f'<TextLine HPOS="100" VPOS="{y}" WIDTH="{width}" HEIGHT="{size}">'
                f'<String CONTENT="{text}" HPOS="100" VPOS="{y}" WIDTH="{width}" HEIGHT="{size}" WC="{wc}"/>'
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
