"""Lines of nothing but wrapper tags around ordinary text (MinerU and Marker write
`<div style="text-align: center;">` above a centred headline or caption and `</div>` below it, on
lines of their own) are markup: each tag goes as a logged `markup.html-tag` edit with its line break,
the text inside stays, the block neither loses its tags to the next paragraph nor merges with it, a
second run changes nothing and the log rebuilds the input."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI
from layoutfix import convert, normalize_text
from layoutfix.cli import app
from layoutfix.export.html import to_html
from layoutfix.tracked import undo_edits

#: A paragraph cut by a block break (it runs on in the next block), wrapped: {above}/{below}.
CUT = (
    "# 新区经济运行情况\n\n本报讯 今年以来，全市经济运行稳中有进，各项指标好于预期。\n\n"
    "{above}正文第一段，今年以来全市经济运行稳中有进，工业生产{below}\n\n增长较快，消费市场回暖。\n"
)
#: Wrapper lines as the exports write them: (lines above, lines below).
WRAPPERS = [
    ('<div style="text-align: center;">', "</div>"),
    ("<center>", "</center>"),
    ("<div>\n<p>", "</p>\n</div>"),
    ("<div> <span>", "</span></div>"),
]


def wrapped(page: str, above: str, below: str) -> str:
    return page.format(above=f"{above}\n", below=f"\n{below}")


def bare(page: str) -> str:
    return page.format(above="", below="")


def shown(output: str, fmt: str) -> str:
    """What a reader sees of `output`: a TEI file's text (its header counts the edits made)."""
    if fmt != "tei":
        return output
    (text,) = etree.fromstring(output.encode("utf-8")).iter(f"{TEI}text")
    return etree.tostring(text, encoding="unicode")


def test_cli_wrapper_lines_go_and_the_paragraphs_stay_two(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "w.md"
    source.write_text("<div>\n正文第一段。\n</div>\n\n下一段正文。\n", encoding="utf-8")
    edits = tmp_path / "e.jsonl"
    result = runner.invoke(app, ["convert", "-f", "txt", str(source), "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "正文第一段。\n\n下一段正文。"
    logged = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert [(e["rule"], e["before"], e["after"]) for e in logged] == [
        ("markup.html-tag", "<div>\n", ""),
        ("markup.html-tag", "\n</div>", ""),
    ]
    result = runner.invoke(app, ["convert", "-f", "json", str(source)])
    assert result.exit_code == 0, result.stderr
    paragraphs = [p["text"] for a in json.loads(result.stdout)["articles"] for p in a["paragraphs"]]
    assert paragraphs == ["正文第一段。", "下一段正文。"]


@pytest.mark.parametrize(("above", "below"), WRAPPERS)
@pytest.mark.parametrize("fmt", ["txt", "json", "tei"])
def test_a_wrapped_paragraph_reads_as_it_does_without_the_wrapper(above: str, below: str, fmt: str) -> None:
    """Before, the `<div>` line stayed and the `</div>` line was removed only after the paragraph
    join had glued it to the next block: the tags of one block ended up in another."""
    with_wrapper = convert(wrapped(CUT, above, below), fmt=fmt).output
    assert shown(with_wrapper, fmt) == shown(convert(bare(CUT), fmt=fmt).output, fmt)


@pytest.mark.parametrize(("above", "below"), WRAPPERS)
def test_the_log_rebuilds_the_input_and_a_second_run_changes_nothing(above: str, below: str) -> None:
    page = wrapped(CUT, above, below)
    result = convert(page, fmt="txt")
    assert "<" not in result.output
    assert undo_edits(result.document.text, result.edits) == page
    once = normalize_text(page)
    assert normalize_text(once.text).edits == []
    assert [e.rules for e in once.edits if "<" in e.before] == [("markup.html-tag",)] * (
        above.count("<") + below.count("<")
    )


def test_a_tag_line_between_two_lines_of_text_goes_with_one_line_break() -> None:
    page = "本报讯 全市经济运行稳中有进。\n</div>\n<div>\n各项指标好于预期。\n"
    once = normalize_text(page)
    assert once.text == "本报讯 全市经济运行稳中有进。\n各项指标好于预期。\n"


def test_a_centred_headline_is_a_title() -> None:
    page = (
        '<div style="text-align: center;">\n全国秋粮收购进度过半\n</div>\n\n'
        "本报北京10月12日电 记者王丽报道：今年以来，全国秋粮收购进度过半，各地粮食收购工作有序推进。\n"
    )
    (article,) = json.loads(convert(page, fmt="json").output)["articles"]
    assert article["titles"] == ["全国秋粮收购进度过半"]
    assert "<div" not in json.dumps(article, ensure_ascii=False)


def test_a_wrapped_markdown_heading_keeps_its_heading_hint() -> None:
    """`# ` under a `<div>` line still marks the block a heading: a heading ending in `。` in the
    middle of a page is a title only through that hint."""
    body = "本报讯 新区今年安排重点项目二十个，总投资三百亿元。"
    page = f'{body}\n\n<div style="text-align: center;">\n# 新区重点项目全部开工。\n</div>\n\n{body}\n'
    articles = json.loads(convert(page, fmt="json").output)["articles"]
    assert [a["titles"] for a in articles] == [[], ["新区重点项目全部开工。"]]


def test_a_block_of_nothing_but_tags_and_html_lines_around_text_stay_as_written() -> None:
    """Guard (as before the fix): a block that is only tags is not removed (no block of the page
    disappears), and `<html>`/`<body>` count as markup only around a table or an image."""
    page = "<div>\n\n本报讯 全市经济运行稳中有进。\n\n<html>\n各项指标好于预期。\n</html>\n"
    assert normalize_text(page).text == page


def test_the_review_shows_wrapper_lines_inside_the_block_they_wrap() -> None:
    """The original pane shows a centred headline's `<div …>` and `</div>` lines in the headline's
    block, not in the gaps around it, where they read as the paragraph above's."""
    page = ("本报讯 今年以来，全市经济运行稳中有进。\n\n<div style=\"text-align: center;\">\n"
            "全国秋粮收购进度过半\n</div>\n\n本报北京10月11日电 记者从国家粮食和物资储备局获悉。\n")
    result = convert(page)
    (head,) = [b for pg in result.document.pages for b in pg.blocks if "全国秋粮" in b.text]
    pane = lxml.html.fromstring(to_html(result.document)).get_element_by_id("original")
    shown = "".join(pane.get_element_by_id(f"o-{head.id}").itertext())
    assert '<div style="text-align: center;">' in shown and "</div>" in shown
    gaps = "".join(t for gap in pane.find_class("gap") for t in gap.itertext())
    assert "div" not in gaps
