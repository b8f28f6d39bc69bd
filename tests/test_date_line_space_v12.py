"""A date line keeps the space between its date and its weekday (`2023年10月12日 星期四`) in any block,
as it does standing alone: a masthead's block (`甘肃日报` over the date) lost it."""

from __future__ import annotations

import pytest

import layoutfix


@pytest.mark.parametrize(
    "page",
    [
        "甘肃日报\n2023年10月12日 星期四\n",
        "2023年10月12日 星期四\n第4版\n",
        "甘肃日报\n2023年10月12日 周四\n",
    ],
)
def test_a_date_line_keeps_its_weekday_space(page: str) -> None:
    result = layoutfix.normalize_text(page)
    assert result.text == page
    assert result.edits == []


def test_a_date_in_running_text_loses_the_stray_space() -> None:
    text = "会议于2023年10月12日 星期四召开，部署工作。"
    assert layoutfix.normalize_text(text).text == "会议于2023年10月12日星期四召开，部署工作。"
