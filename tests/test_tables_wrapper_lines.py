"""A wrapper tag on a line of its own right around a table or an image (MinerU and Marker write
`<div style="text-align: center;">` and `</div>` on lines of their own) is part of its markup: it goes
as a logged `markup.html-tag` edit with its line break, so the table has no `<div>` row and the figure
is a figure, no blank line is left, and the log still rebuilds the input. Around ordinary text such a
tag goes too (tests/test_wrapper_text.py)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI
from layoutfix import convert
from layoutfix.cli import app
from layoutfix.export.html import to_html
from layoutfix.normalize.markup import strip_markup
from layoutfix.tracked import TrackedText, undo_edits

TABLE = "<table>\n<tr><td>项目</td><td>金额</td></tr>\n<tr><td>物流园</td><td>3亿元</td></tr>\n</table>"
IMAGE = "![会场](images/a1.jpg)"
PAGE = "# 新区重点项目\n\n本报讯 新区今年安排重点项目如下。\n\n{block}\n\n项目均已开工。\n"
#: Wrapper lines as the exports write them: (lines above, lines below).
WRAPPERS = [
    ('<div style="text-align: center;">', "</div>"),
    ("<center>", "</center>"),
    ("<div>\n<p>", "</p>\n</div>"),
    ("<html><body>\n<div>", "</div>\n</body></html>"),
]


def wrapped(inner: str, above: str, below: str) -> str:
    return PAGE.format(block=f"{above}\n{inner}\n{below}")


@pytest.mark.parametrize(("above", "below"), WRAPPERS)
def test_a_table_between_wrapper_lines_has_only_its_own_rows(above: str, below: str) -> None:
    page = wrapped(TABLE, above, below)
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    (found,) = root.iter(f"{TEI}table")
    rows = [["项目", "金额"], ["物流园", "3亿元"]]
    assert [[c.text for c in row] for row in found.iter(f"{TEI}row")] == rows
    (article,) = json.loads(convert(page, fmt="json").output)["articles"]
    assert article["tables"] == [{"rows": rows}]
    text = convert(page, fmt="txt").output
    assert "如下。\n\n项目\t金额\n物流园\t3亿元\n\n项目均已开工。" in text
    assert "<" not in text


@pytest.mark.parametrize(("above", "below"), WRAPPERS)
def test_an_image_between_wrapper_lines_is_a_figure(above: str, below: str) -> None:
    page = wrapped(IMAGE, above, below)
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    (figure,) = root.iter(f"{TEI}figure")
    assert [g.get("url") for g in figure.iter(f"{TEI}graphic")] == ["images/a1.jpg"]
    assert [d.text for d in figure.iter(f"{TEI}figDesc")] == ["会场"]
    (article,) = json.loads(convert(page, fmt="json").output)["articles"]
    assert article["graphics"] == [{"alt": "会场", "url": "images/a1.jpg"}]
    paragraphs = [p["text"] for p in article["paragraphs"]]
    assert paragraphs[-1] == "项目均已开工。"
    assert not any("<" in p or "images/" in p for p in paragraphs)
    assert "<" not in convert(page, fmt="txt").output


@pytest.mark.parametrize("inner", [TABLE, IMAGE])
def test_the_wrapper_lines_go_as_tag_edits_with_their_line_breaks(inner: str) -> None:
    page = wrapped(inner, '<div style="text-align: center;">', "</div>")
    result = convert(page)
    removed = [e.before for e in result.edits if "markup.html-tag" in e.rules]
    assert removed == ['<div style="text-align: center;">\n', "\n</div>"]
    assert undo_edits(result.document.text, result.edits) == page
    assert "\n\n\n" not in result.document.text


@pytest.mark.parametrize("inner", [TABLE, IMAGE])
def test_a_second_markup_pass_changes_nothing(inner: str) -> None:
    once = strip_markup(TrackedText(wrapped(inner, "<center>", "</center>")))
    assert "<" not in once.text
    assert strip_markup(TrackedText(once.text)).text == once.text


def test_the_review_shows_the_wrapper_lines_inside_the_table_block() -> None:
    """The removed wrapper lines are the table's markup: the original pane shows them in its block."""
    result = convert(wrapped(TABLE, '<div style="text-align: center;">', "</div>"))
    (made,) = [b for page in result.document.pages for b in page.blocks if b.role == "table"]
    assert made.text == "项目|金额\n物流园|3亿元"
    pane = lxml.html.fromstring(to_html(result.document)).get_element_by_id("original")
    assert "text-align: center;" in "".join(pane.get_element_by_id(f"o-{made.id}").itertext())
    gaps = "".join(t for gap in pane.find_class("gap") for t in gap.itertext())
    assert "div" not in gaps


def test_wrapper_lines_around_ordinary_text_go_too() -> None:
    """Around a paragraph the tag lines go the same way (tests/test_wrapper_text.py): the paragraph
    stays a paragraph of its own, without tags."""
    page = PAGE.format(block="<div>\n会议指出，要抓好项目建设。\n</div>")
    result = convert(page)
    assert [e.before for e in result.edits if "markup.html-tag" in e.rules] == ["<div>\n", "\n</div>"]
    assert "\n\n会议指出，要抓好项目建设。\n\n" in convert(page, fmt="txt").output


def test_cli_convert_of_a_centred_table_leaves_no_tag_rows(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "d2.md"
    source.write_text(f'<div style="text-align: center;">\n{TABLE}\n</div>\n', encoding="utf-8")
    edits = tmp_path / "d2.edits.jsonl"
    result = runner.invoke(app, ["convert", "-f", "txt", str(source), "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "项目\t金额\n物流园\t3亿元"
    logged = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert [e["before"] for e in logged if e["rule"] == "markup.html-tag"] == [
        '<div style="text-align: center;">\n',
        "\n</div>",
    ]
