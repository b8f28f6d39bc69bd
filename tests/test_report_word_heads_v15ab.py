"""`第3版 喜报` at a page's top is no page header: a word ending in 报 that names news or a notice
(喜报, 捷报, 简报, 工作简报) is no section's name.

Any 2-6 hanzi after a spaced 版 were taken for the section, so `第3版 喜报` was page furniture stating
page 3, section 喜报. Real heads (a section word, a paper's name, a date on the line) are unchanged.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.layout.roles import page_header

BODY = "\n\n全市召开会议\n\n近日，全市召开会议。\n"


def _doc(top: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["convert", "-", "-f", "json"], input=top + BODY)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("top", ["第3版 喜报", "第3版 捷报", "第3版 简报", "第3版 工作简报", "第3版：喜报"])
def test_a_report_word_after_the_page_is_no_section(top: str) -> None:
    """Before: furniture `第3版 喜报`, page 3. Now the line is kept as the article's text (no page
    furniture), as a longer headline after the page is."""
    doc = _doc(top)
    assert top not in doc["furniture"]
    assert doc["page"] is None
    assert top in [k for a in doc["articles"] for k in a["kicker"] + a["titles"]]
    assert page_header(top, first=True) is None


@pytest.mark.parametrize(
    "top", ["第3版 要闻", "第3版 经济", "第3版 大公报", "第3版 文汇报", "第3版 甘肃日报",
            "第3版 喜报 2024年5月6日"]
)
def test_real_heads_stay_page_headers(top: str) -> None:
    """Guard: a section, a paper's name, or a date on the line: page furniture stating page 3."""
    doc = _doc(top)
    assert doc["furniture"] == [top]
    assert doc["page"] == 3
