"""A TAB opening a line is an indent, as two or more spaces are: text exports (Word-saved txt, some
CMS exports) indent each paragraph with one, no blank line between them. The spacing step removed the
TAB of every line but the block's first (`space.line-start`), so the paragraphs after the first were
not told apart and the page gave one `<p>` holding them all with line breaks."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from layoutfix.cli import app

FIRST = "近日，全市召开会议。会议强调，要抓好落实。"
SECOND = "会议要求，各地要加强领导。"


def _json(text: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["convert", "-", "-f", "json"], input=text)
    assert result.exit_code == 0, result.stderr
    page = json.loads(result.stdout)
    assert isinstance(page, dict)
    return page


def test_tab_indented_paragraphs_are_paragraphs() -> None:
    page = _json(f"全市召开会议\n\n\t{FIRST}\n\t{SECOND}\n")
    (article,) = page["articles"]  # type: ignore[index]
    assert [p["text"].strip() for p in article["paragraphs"]] == [FIRST, SECOND]


def test_a_tab_inside_a_paragraph_after_no_sentence_end_stays_one_paragraph() -> None:
    page = _json("全市召开会议\n\n\t近日，全市召开会议，会议强调\n\t要抓好落实。\n")
    (article,) = page["articles"]  # type: ignore[index]
    assert len(article["paragraphs"]) == 1
