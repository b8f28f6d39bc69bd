"""A paragraph joined across a blank line goes to review (`medium`) when the block before ends in a
word and the next opens as a paragraph does: the sentence end may have been lost, not cut by a
column. A join that goes on with the sentence stays `high`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app

FIXTURE = Path(__file__).parent / "fixtures" / "ocr" / "p1.alto.xml"

TITLE = "全市召开会议"


def join_certainties(page: str, tmp_path: Path) -> list[str]:
    """The certainties of the paragraph joins in the edit log `convert - --edits` writes."""
    log = tmp_path / "page.edits.jsonl"
    result = CliRunner().invoke(app, ["convert", "-", "-f", "txt", "--edits", str(log)], input=page)
    assert result.exit_code == 0, result.output
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return [e["cert"] for e in edits if "layout.join-paragraph" in e["rules"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("近日，全市召开会议，要求各地加强领导", "会议指出，要抓好落实。"),
        ("近日，全市召开会议，要求各地加强领导", "10月9日上午，全市又召开会议。"),
    ],
)
def test_a_join_before_a_paragraph_opening_goes_to_review(
    first: str, second: str, tmp_path: Path
) -> None:
    assert join_certainties(f"{TITLE}\n\n{first}\n\n{second}\n", tmp_path) == ["medium"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("近日，全市召开会议，要求各地加强和", "改进基层治理工作。"),
        ("近日，全市召开会议，要求各地加强领导", "干部队伍建设。会议指出，要抓好落实。"),
    ],
)
def test_a_join_that_goes_on_with_the_sentence_stays_high(
    first: str, second: str, tmp_path: Path
) -> None:
    assert join_certainties(f"{TITLE}\n\n{first}\n\n{second}\n", tmp_path) == ["high"]


def test_a_lead_joined_after_its_byline_on_a_coordinate_page_stays_high() -> None:
    """`本报讯（记者 王立新）` ends its block with a mark; `5月5日，…` goes on with the lead."""
    result = layoutfix.convert(FIXTURE, fmt="txt")
    text = result.document.text if hasattr(result.document, "text") else ""
    joins = [e for e in result.edits if "layout.join-paragraph" in e.rules]
    assert joins, text
    assert {e.cert for e in joins} == {"high"}
