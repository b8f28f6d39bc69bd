"""Tables and images that a markdown export wraps in a document envelope (`<html><body>…</body></html>`,
as MinerU writes its tables, in its markdown too) are still tables and figures: no tag is left as
text, the envelope goes as logged `markup.html-tag` edits, and the log still rebuilds the input. The
review's original pane shows a table's or an image's removed markup inside its block."""

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
from layoutfix.tracked import undo_edits

MINERU_TABLE = (
    "<html><body><table><tr><td>项目</td><td>金额</td></tr>"
    "<tr><td>物流园</td><td>3亿元</td></tr></table></body></html>"
)
SPREAD_TABLE = (
    "<html>\n<body>\n<table>\n<tr><td>项目</td><td>金额</td></tr>\n<tr><td>物流园</td><td>3亿元</td></tr>\n"
    "</table>\n</body>\n</html>"
)
PAGE = "# 新区重点项目\n\n本报讯 新区今年安排重点项目如下。\n\n{table}\n\n项目均已开工。\n"


@pytest.mark.parametrize("table", [MINERU_TABLE, SPREAD_TABLE])
def test_a_table_in_an_html_envelope_is_a_table(table: str) -> None:
    page = PAGE.format(table=table)
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    (found,) = root.iter(f"{TEI}table")
    assert [[c.text for c in row] for row in found.iter(f"{TEI}row")] == [
        ["项目", "金额"],
        ["物流园", "3亿元"],
    ]
    (article,) = json.loads(convert(page, fmt="json").output)["articles"]
    assert article["tables"] == [{"rows": [["项目", "金额"], ["物流园", "3亿元"]]}]
    text = convert(page, fmt="txt").output
    assert "项目\t金额\n物流园\t3亿元" in text
    assert "<" not in text


@pytest.mark.parametrize("table", [MINERU_TABLE, SPREAD_TABLE])
def test_the_envelope_goes_as_logged_tag_edits_and_the_log_rebuilds_the_input(table: str) -> None:
    page = PAGE.format(table=table)
    result = convert(page)
    removed = [e.before.strip() for e in result.edits if "markup.html-tag" in e.rules]
    assert removed == ["<html>", "<body>", "</body>", "</html>"]
    assert undo_edits(result.document.text, result.edits) == page


def test_an_image_in_an_html_envelope_is_a_figure() -> None:
    page = "# 新区重点项目\n\n<html><body><div>![会场](images/a1.jpg)</div></body></html>\n\n图为会场。\n"
    result = convert(page)
    root = etree.fromstring(result.output.encode("utf-8"))
    assert [g.get("url") for g in root.iter(f"{TEI}graphic")] == ["images/a1.jpg"]
    assert "<html>" not in convert(page, fmt="txt").output
    assert undo_edits(result.document.text, result.edits) == page


def test_html_tags_in_running_text_stay_text() -> None:
    """Only an envelope around a table or an image is markup: the words `<html>` in a sentence stay."""
    page = "# 网页入门\n\n本报讯 网页以<html>开头，正文写在<body>里。\n"
    assert "网页以<html>开头，正文写在<body>里。" in convert(page, fmt="txt").output


def test_cli_convert_of_a_mineru_table_leaves_no_tags(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "t.md"
    source.write_text(MINERU_TABLE + "\n", encoding="utf-8")
    edits = tmp_path / "t.edits.jsonl"
    result = runner.invoke(app, ["convert", "-f", "txt", str(source), "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "项目\t金额\n物流园\t3亿元"
    rules = [json.loads(line)["rule"] for line in edits.read_text(encoding="utf-8").splitlines()]
    assert rules.count("markup.html-tag") == 4


@pytest.mark.parametrize(
    ("block", "role", "markup"),
    [
        (MINERU_TABLE, "table", ["<html>", "<body>", "<table><tr><td>", "</td></tr></table>", "</html>"]),
        (
            "<table><tr><td>项目</td><td>金额</td></tr></table>",
            "table",
            ["<table><tr><td>", "</td></tr></table>"],
        ),
        ("![会场](images/a1.jpg)", "graphic", ["![", "](", ")"]),
    ],
)
def test_the_review_shows_a_tables_or_images_markup_inside_its_block(
    block: str, role: str, markup: list[str]
) -> None:
    """The original pane shows the removed `<table><tr><td>` or `![` in the block it made, not in the
    gap before it (where it read as belonging to the paragraph above)."""
    page = PAGE.format(table=block)
    result = convert(page)
    (made,) = [b for page in result.document.pages for b in page.blocks if b.role == role]
    pane = lxml.html.fromstring(to_html(result.document)).get_element_by_id("original")
    shown = "".join(pane.get_element_by_id(f"o-{made.id}").itertext())
    assert all(tag in shown for tag in markup)
    gaps = "".join(t for gap in pane.find_class("gap") for t in gap.itertext())
    assert not any(tag in gaps for tag in markup)
