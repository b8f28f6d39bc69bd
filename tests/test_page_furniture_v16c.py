"""Page furniture and jump markers on coordinate pages, read as the same page's flat text reads them.

The pages are the hand-made ALTO and hOCR files of `test_coords_parity_v14` (one block per block of the
flat page, one line per line, a single column), compared with the same page read as flat text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

import layoutfix
from block_pages import FORMATS, convert_json, squeezed
from layoutfix.layout import roles
from test_coords_parity_v14 import MAKERS

TITLE = ["全市召开会议"]
LEAD = "近日，全市召开会议，部署今冬明春各项重点工作。"
PHONE = "咨询电话：0931-8612345"


def _paragraphs(doc: dict[str, Any]) -> list[str]:
    """Every paragraph's text on the page, without whitespace (coordinate pages join a block's
    lines, flat text keeps their breaks)."""
    return [squeezed(p["text"]) for a in doc["articles"] for p in a["paragraphs"]]


def _continuations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [a["continuation"] for a in doc["articles"]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("extension", ["（转2）", "（转8001）", "(转2)", "（转二）"])
def test_an_extension_on_the_line_under_a_phone_number_is_text_and_jumps_nowhere(
    fmt: str, extension: str
) -> None:
    """Before, a coordinate page cut `（转2）` off its paragraph (the phone line above it is short)
    and read it as a jump marker: JSON `to_page` "2", the extension gone from the paragraph
    (`（转8001）`, no marker, a paragraph of its own). Flat text keeps it with the number. Now a
    coordinate page keeps it in the paragraph as well, and names no page."""
    doc = convert_json([TITLE, [LEAD, PHONE, extension]], fmt)
    assert _continuations(doc) == [{"from_page": None, "markers": [], "to_page": None}]
    assert _paragraphs(doc) == _paragraphs(convert_json([TITLE, [LEAD, PHONE, extension]], "txt"))
    assert extension.strip("()（）") in _paragraphs(doc)[0]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("marker, page", [("（转2版）", "2"), ("（下转第3版）", "3")])
def test_a_marker_with_its_page_word_under_a_phone_number_is_still_a_jump(
    fmt: str, marker: str, page: str
) -> None:
    """Guard: a marker naming its page with 版, or with a jump word, under a phone line stays a jump
    marker, in flat text and on a coordinate page alike."""
    doc = convert_json([TITLE, [LEAD, PHONE, marker]], fmt)
    assert [c["to_page"] for c in _continuations(doc)] == [page]
    assert [c["markers"] for c in _continuations(doc)] == [[marker]]


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_bare_marker_under_a_line_with_no_phone_number_is_still_a_jump(fmt: str) -> None:
    """Guard: `（转2）` alone under a line ending in words (no telephone number) stays the article's
    jump to page 2 on a coordinate page, as in flat text."""
    blocks = [TITLE, [LEAD, "全市共接待游客", "（转2）"]]
    flat, coords = convert_json(blocks, "txt"), convert_json(blocks, fmt)
    assert [c["to_page"] for c in _continuations(coords)] == ["2"]
    assert _continuations(coords) == _continuations(flat)


def _top_labels(doc: dict[str, Any]) -> list[Any]:
    """The page's furniture and each article's kicker, titles and paragraphs."""
    return [doc["furniture"], [(a["kicker"], a["titles"], [squeezed(p["text"]) for p in a["paragraphs"]])
                               for a in doc["articles"]]]


#: Top lines printing a date (or a page) with a title's words beside it: a title, no running head.
DATED_TITLES = [
    "2024年5月6日全市召开会议",
    "2024年5月6日 全市召开冬春农业生产工作会议",
    "全市召开会议 2024年5月6日",
    "2024.5.6 全市召开会议",
    "2024年5月6日大事记",
    "第3版 全市召开冬春农业生产工作会议",
]
#: Top lines that are the running head: the date with the page, paper, weekday or section.
HEADS = [
    "2024年5月6日 星期一",
    "甘肃日报 2024年5月6日",
    "第3版 要闻 2024年5月6日",
    "2024年5月6日 星期一 农历三月廿八",
    "要闻 2024年5月6日",
    "国内新闻 2024年5月6日 星期一",
    "2024年5月6日 星期一 文化周刊",
    "第2版”要闻 2024年5月6日”星期一",
]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("top", DATED_TITLES)
def test_a_title_printing_a_date_at_a_coordinate_pages_top_is_no_running_head(fmt: str, top: str) -> None:
    """Before, a lone body-type line at the top of a coordinate page that printed a date anywhere was
    the running head (`fw type="header"`, JSON furniture), a title holding a date too. Now, as in
    flat text, it heads its article (here the first article's kicker over its title)."""
    blocks = [[top], TITLE, [LEAD]]
    got = convert_json(blocks, fmt)
    assert got["furniture"] == []
    assert _top_labels(got) == _top_labels(convert_json(blocks, "txt"))


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("top", HEADS)
def test_a_top_line_of_date_page_paper_or_section_is_still_the_running_head(fmt: str, top: str) -> None:
    """Guard: the date beside the weekday, lunar date, paper, page or a section's name (a garbled
    head line too) stays the running head on a coordinate page."""
    got = convert_json([[top], TITLE, [LEAD]], fmt)
    assert [squeezed(f) for f in got["furniture"]] == [squeezed(top)]
    assert [a["titles"] for a in got["articles"]] == [TITLE]


#: Running heads as papers print them, beside the date: a paper's name longer than six hanzi or
#: ending in no 报, the publisher's statement, today's page count, the weather (words of a page's
#: theme beside the weekday make a heading since v17c3: test_running_head_titles_v17c3.py).
PRINTED_HEADS = [
    "人民日报海外版 2024年5月6日 星期一",
    "人民日报海外版 2024年5月6日",
    "新华每日电讯 2024年5月6日",
    "21世纪经济报道 2024年5月6日",
    "中国新闻周刊 2024年5月6日",
    "2024年5月6日 星期一 甘肃日报社出版",
    "2024年5月6日 甘肃日报社出版",
    "2024年5月6日 星期一 今日16版 甘肃日报社出版",
    "2024年5月6日 星期一 天气 晴转多云",
    "2024年5月6日 天气：多云转小雨",
    "2024年5月6日今日8版",
]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("top", PRINTED_HEADS)
def test_a_running_head_with_a_papers_name_publisher_weather_or_weekday_is_furniture(
    fmt: str, top: str
) -> None:
    """Before (since the titles above were set apart), these heads at a coordinate page's top were
    read as the first article's kicker: the paper's name was no known word of a head (longer than
    six hanzi, or ending in 电讯, 报道, 周刊), nor were `甘肃日报社出版`, `今日16版` (glued to the date,
    too) and `天气 晴转多云`, and the words beside a weekday counted as a title's. Now they are the
    running head (`fw type="header"`, JSON furniture) and the article has no kicker."""
    got = convert_json([[top], TITLE, [LEAD]], fmt)
    assert [squeezed(f) for f in got["furniture"]] == [squeezed(top)]
    assert [(a["kicker"], a["titles"]) for a in got["articles"]] == [([], TITLE)]


#: Top lines that look like the heads above but are a title or a sentence: the weekday in a sentence,
#: glued to a title's words, a title ending in a periodical's word (报道, after a kind of coverage too),
#: weather words inside a title, a title or a page's theme beside the weekday.
DATED_LOOKALIKES = [
    "2024年5月6日 星期一，全市召开会议",
    "2024年5月6日 星期一全市召开冬春农业生产工作会议",
    "2024年5月6日 全市召开会议专题报道",
    "全市两会特别报道 2024年5月6日",
    "2024年5月6日 小雨中的环卫工人",
    "2024年5月6日 星期一 第3版 学习贯彻二十大",
    "2024年5月6日 星期一 全市召开会议",
]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("top", DATED_LOOKALIKES)
def test_a_title_or_sentence_like_a_running_head_is_read_as_flat_text_reads_it(fmt: str, top: str) -> None:
    """Guard: a sentence holding the weekday, a title glued to it, a title ending in a periodical's
    word (报道) or holding a weather word stays the article's, as in flat text."""
    blocks = [[top], TITLE, [LEAD]]
    got = convert_json(blocks, fmt)
    assert got["furniture"] == []
    assert _top_labels(got) == _top_labels(convert_json(blocks, "txt"))


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_first_sentence_printing_a_date_at_the_top_stays_the_articles_text(fmt: str) -> None:
    """Guard: a cropped page opening on a sentence with a date (`2024年5月6日，全市召开会议，…`) reads
    it as a paragraph, before and after."""
    blocks = [["2024年5月6日，全市召开会议，部署今冬明春各项重点工作。"], TITLE, [LEAD]]
    got = convert_json(blocks, fmt)
    assert got["furniture"] == []
    assert _top_labels(got) == _top_labels(convert_json(blocks, "txt"))


def test_the_running_head_is_read_once_per_convert(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spacing step (on a page with a space run) and the labels both ask for the page's running
    head; before, each line of the head was read twice (`roles._head_line_kind`). Now the second
    reading looks the first one up, and the page converts as before."""
    head = ["甘肃日报", "2024年5月6日 星期一", "第3版 要闻"]
    page = "\n\n".join([*head, "全市召开会议", "近日，全市 召开会议，部署各项工作。"]) + "\n"
    expected = layoutfix.convert(page.encode(), fmt="json").output
    monkeypatch.setattr(roles, "_HEAD_KINDS", {}, raising=False)
    read: Counter[str] = Counter()
    kind = roles._head_line_kind

    def counted(line: str, paper: str | None) -> str | None:
        read[line] += 1
        return kind(line, paper)

    monkeypatch.setattr(roles, "_head_line_kind", counted)
    assert layoutfix.convert(page.encode(), fmt="json").output == expected
    assert read == Counter([*head, "全市召开会议"])
