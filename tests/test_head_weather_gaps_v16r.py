"""A running head printing the weather keeps the gaps between its parts, flat and on coordinate pages.

What the user sees: `2024年5月6日 天气：多云转小雨` at the top of a page is the page's running head (TEI
`fw type="header"`, JSON furniture) printed as it stands, and `normalize` leaves its gaps; before, the
gap before the weather (and the weekday's, the paper's) went: `2024年5月6日天气：多云转小雨`.
"""

from __future__ import annotations

import pytest

import layoutfix
from block_pages import FORMATS, convert_json
from layoutfix.normalize.steps import normalize_text

TITLE = ["全市召开会议"]
LEAD = ["本报讯 近日，全市召开冬春农业生产工作会议。"]

#: Running heads printing the weather with its label and a colon, beside the date, the weekday, the
#: paper's name, the temperature.
WEATHER_HEADS = [
    "2024年5月6日 天气：多云转小雨",
    "2024年5月6日 星期一 天气：小雨",
    "甘肃日报 2024年5月6日 星期一 天气：小雨",
    "2024年5月6日 天气：多云转小雨 12～20℃",
    "人民日报海外版 2024年5月6日 天气：晴",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", WEATHER_HEADS)
def test_a_weather_head_keeps_its_gaps_in_the_furniture(fmt: str, head: str) -> None:
    """The JSON furniture (flat text, ALTO, hOCR) is the head as printed, its gaps kept."""
    got = convert_json([[head], TITLE, LEAD], fmt)
    assert got["furniture"] == [head]
    assert [a["titles"] for a in got["articles"]] == [TITLE]


@pytest.mark.parametrize("head", WEATHER_HEADS)
def test_a_weather_head_keeps_its_gaps_in_tei_and_normalize(head: str) -> None:
    """TEI `fw type="header"` holds the head as printed; `normalize` makes no space edit in it, and
    normalising its output again changes nothing."""
    page = "\n\n".join([head, *TITLE, *LEAD]) + "\n"
    tei = layoutfix.convert(page.encode(), fmt="tei", input_format="txt").output
    assert f'<fw type="header">{head}</fw>' in tei
    out = normalize_text(page)
    assert out.text.split("\n")[0] == head
    assert [e for e in out.edits if e.start < len(head)] == []
    assert normalize_text(out.text).edits == []


def test_a_stray_space_inside_the_weather_goes() -> None:
    """The gap before the weather is the head's; a space inside its value (`多云 转小雨`) is a stray
    one and goes. Before, both went."""
    page = "\n\n".join(["2024年5月6日 天气：多云 转小雨", *TITLE, *LEAD]) + "\n"
    assert normalize_text(page).text.split("\n")[0] == "2024年5月6日 天气：多云转小雨"


def test_a_title_holding_a_weather_word_keeps_its_phrase_gap() -> None:
    """Guard: `2024年5月6日 小雨中的环卫工人` is a title, no head: its gap is a headline's phrase gap,
    kept before and after."""
    page = "\n\n".join(["2024年5月6日 小雨中的环卫工人", *TITLE, *LEAD]) + "\n"
    assert normalize_text(page).text.split("\n")[0] == "2024年5月6日 小雨中的环卫工人"
