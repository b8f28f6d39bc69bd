"""Running heads at the top of a flat text page, read as a coordinate page's top line reads them.

A coordinate page (`roles.states_running_head`) reads a top line printing the date beside a paper's
long name, the publisher, the weather, today's page count or a page's theme as the page's running head;
flat text (`roles.running_head`) read such a line as the first article's kicker.
"""

from __future__ import annotations

from typing import Any

import pytest

import layoutfix
from block_pages import convert_json, squeezed
from test_coords_parity_v14 import MAKERS

TITLE = ["全市召开会议"]
LEAD = ["本报讯 近日，全市召开冬春农业生产工作会议。"]

#: Running heads as papers print them that no head line pattern of flat text took: a paper's name
#: longer than the masthead patterns take (an edition, 电讯, 报道, 周刊), the publisher's statement,
#: the weather, today's page count (glued to the date too).
PRINTED_HEADS = [
    "人民日报海外版 2024年5月6日 星期一",
    "人民日报海外版 2024年5月6日",
    "新华每日电讯 2024年5月6日",
    "2024年5月6日 星期一 甘肃日报社出版",
    "2024年5月6日 星期一 今日16版 甘肃日报社出版",
    "2024年5月6日 星期一 天气 晴转多云",
    "21世纪经济报道 2024年5月6日",
    "中国新闻周刊 2024年5月6日 星期一",
    "2024年5月6日今日8版",
    "2024年5月6日 星期一 文化周刊",
    "要闻 2024年5月6日",
]

#: Top lines printing a date that are a title or a sentence: a title's words glued to the date or
#: beside it, a title ending in a periodical's word after a kind of coverage (特别报道), a weather word
#: inside a title's, a sentence holding the weekday, a place before the date (no paper's name), a
#: page's theme beside the weekday and page (a head line prints head pieces only since v17c3:
#: test_running_head_titles_v17c3.py).
DATED_TITLES = [
    "2024年5月6日全市召开会议",
    "全市召开会议 2024年5月6日",
    "2024年5月6日 小雨中的环卫工人",
    "全市两会特别报道 2024年5月6日",
    "2024年5月6日 全市召开会议专题报道",
    "2024年5月6日 星期一，全市召开会议",
    "2024年度工作报告 2024年5月6日",
    "全市 2024年5月6日",
    "全市 2024年5月6日 星期一",
    "2024年5月6日 星期一 第3版 学习贯彻二十大",
]


def _head_and_first_article(doc: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """The page's furniture, the first article's kicker and its titles."""
    first = doc["articles"][0]
    return doc["furniture"], first["kicker"], first["titles"]


@pytest.mark.parametrize("top", PRINTED_HEADS)
def test_a_printed_running_head_at_a_flat_pages_top_is_furniture(top: str) -> None:
    """Before, flat text read these heads as the first article's kicker (JSON `kicker` [top], no
    furniture). Now they are the page's running head, printed as it stands, and the article opens on
    its title."""
    got = convert_json([[top], TITLE, LEAD], "txt")
    assert _head_and_first_article(got) == ([top], [], TITLE)


@pytest.mark.parametrize("top", PRINTED_HEADS)
def test_a_printed_running_head_is_a_tei_header_in_flat_text(top: str) -> None:
    """The TEI prints the head as `fw type="header"`, not inside the first article."""
    page = ("\n\n".join([top, *TITLE, *LEAD]) + "\n").encode()
    tei = layoutfix.convert(page, fmt="tei", input_format="txt").output
    assert f'<fw type="header">{top}</fw>' in tei


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("top", PRINTED_HEADS[:4] + DATED_TITLES[:4])
def test_flat_text_reads_a_dated_top_line_as_a_coordinate_page_does(fmt: str, top: str) -> None:
    """The same page read as flat text and as ALTO or hOCR gives the same furniture and kicker."""
    blocks = [[top], TITLE, LEAD]
    assert _head_and_first_article(convert_json(blocks, "txt")) == _head_and_first_article(
        convert_json(blocks, fmt)
    )


@pytest.mark.parametrize("top", DATED_TITLES)
def test_a_title_or_sentence_printing_a_date_stays_the_first_articles_text(top: str) -> None:
    """Guard: a title or a sentence holding the date at the top stays the article's kicker (the
    spacing step may close a sentence's gap: compared without whitespace)."""
    furniture, kicker, titles = _head_and_first_article(convert_json([[top], TITLE, LEAD], "txt"))
    assert (furniture, [squeezed(k) for k in kicker], titles) == ([], [squeezed(top)], TITLE)


def test_a_page_number_beside_words_is_no_running_head() -> None:
    """Guard: a paragraph opening on a number (`3 人受伤`), with no date, is no running head."""
    got = convert_json([["3 人受伤"], TITLE, LEAD], "txt")
    assert got["furniture"] == []
