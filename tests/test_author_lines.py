"""An author line (`作者：王丽 李华`) on the line under the paragraph's last sentence, in the same
block, signs the article, as the same line as a block of its own does; it was glued into the
paragraph (`……落实。作者：王丽李华`, its names' space removed)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

LEAD = "近日，全市召开会议。会议强调要抓好落实。"


def _convert(runner: CliRunner, text: str, fmt: str) -> str:
    result = runner.invoke(app, ["convert", "-", "-f", fmt], input=text)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("line", "signed"), [
    ("作者：王丽 李华", "作者：王丽 李华"), ("作者：王丽", "作者：王丽"), ("作者:王丽", "作者：王丽"),
    ("作者：王丽 李华 张强", "作者：王丽 李华 张强"),
])
def test_an_author_line_under_the_paragraph_signs_the_article(line: str, signed: str) -> None:
    runner = CliRunner()
    page = json.loads(_convert(runner, f"全市召开会议\n\n{LEAD}\n{line}\n", "json"))
    (article,) = page["articles"]
    assert article["signature"] == signed
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]
    tei = _convert(runner, f"全市召开会议\n\n{LEAD}\n{line}\n", "tei")
    assert f"<signed>{signed}</signed>" in tei


@pytest.mark.parametrize("line", ["作者：王丽认为，这项工作很重要。", "作者王丽"])
def test_a_sentence_opening_with_the_author_is_text(line: str) -> None:
    page = json.loads(_convert(CliRunner(), f"全市召开会议\n\n{LEAD}\n{line}\n", "json"))
    (article,) = page["articles"]
    assert article["signature"] in (None, "")
    assert line in "".join(p["text"] for p in article["paragraphs"])


@pytest.mark.parametrize("line", ["作者 王丽", "作者 王丽 李华", "作者  王丽"])
def test_an_author_line_with_a_space_for_the_colon_signs_or_bylines(line: str) -> None:
    """`作者 王丽` (a space where the colon stands) after the text was a second article's `<head>`;
    it signs the article, and under the title it is the byline, its spaces kept."""
    runner = CliRunner()
    expected = line  # the field gap as printed, as a byline's
    after = json.loads(_convert(runner, f"全市召开会议\n\n{LEAD}\n\n{line}\n", "json"))
    assert [a["signature"] for a in after["articles"]] == [expected]
    under = json.loads(_convert(runner, f"全市召开会议\n\n{line}\n\n{LEAD}\n", "json"))
    (article,) = under["articles"]
    assert article["byline"] == [expected] or article["byline"] == expected
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]


def test_a_word_after_the_author_label_is_no_name() -> None:
    page = json.loads(_convert(CliRunner(), f"全市召开会议\n\n{LEAD}\n\n作者 简介\n", "json"))
    assert all(a["signature"] in (None, "") for a in page["articles"])
