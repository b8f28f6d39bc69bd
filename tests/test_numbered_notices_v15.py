"""A notice set in numbered sections (fifteenth session, helper M).

Before: the date under a notice closed it over the next notice's title only when the headings right
above the text named a notice or the text under them opened with a salutation. Under numbered
sections (`一、会议时间` / … / `二、参会人员` / …) the nearest heading is the last section's, so the
date stayed page furniture (gone from the plain text) and the next notice's title became a subhead
of the first; a section whose text opens with a date (`10月20日上午9时。`) even started an article
of its own. The names of notices (`招标公告`, `公示`, `通告`, `倡议书`) and traditional pages are
checked too (guards: they were read so before).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import opencc
import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

_S2T = opencc.OpenCC("s2t")
NEXT_TITLE = "关于停水的通知"
NEXT_TEXT = "明日停水，请提前储水。"
DATE = "2023年10月12日"
SALUTATION = "各单位："
#: A notice's numbered sections: the heading and the text under it.
SECTIONS = [
    ("一、会议安排", "会议定于10月20日上午9时在市政府三楼会议室召开。"),
    ("二、参会人员", "各区县、各部门主要负责人。请准时参加。"),
]
#: The same, another numbering (brackets, articles) for the headings.
OTHER_NUMBERS = [
    ("（一）会议安排", "（二）参会人员"),
    ("1. 会议安排", "2. 参会人员"),
    ("第一条 会议安排", "第二条 参会人员"),
]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [p["text"] for p in article["paragraphs"]]


def _sections(sections: list[tuple[str, str]], *, own_blocks: bool) -> str:
    """The sections, each heading in a block of its own or as the first line of its text's block."""
    glue = "\n\n" if own_blocks else "\n"
    return "\n\n".join(f"{head}{glue}{text}" for head, text in sections)


def _page(title: str, sections: list[tuple[str, str]], *, own_blocks: bool = True, end: str = "",
          closer: str = DATE) -> str:
    body = _sections(sections, own_blocks=own_blocks)
    return f"{title}\n\n{SALUTATION}\n\n{body}{end}\n\n{closer}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"


def _same(text: str) -> str:
    return text


def _assert_two_notices(
    page: str, closer: str, heads: list[str], script: Callable[[str], str] = _same
) -> None:
    """The first notice keeps its sections and ends with `closer`; the next title opens the next one.
    `page` is `script` (the identity or OpenCC s2t) of a page written here, the rest before it."""
    page = script(page)
    first, second = _articles(page)
    assert first["signature"] == script(closer)
    assert first["furniture"] == []
    assert first["subheads"] == list(map(script, heads))
    assert second["titles"] == [script(NEXT_TITLE)]
    assert _paragraphs(second) == [script(NEXT_TEXT)]
    tail = script(f"{closer}\n\n＊＊＊\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}")
    assert tail in convert_stdin(page, "-f", "txt")


#: A notice's titles, and a title naming none over a salutation (the salutation says it is one).
TITLES = ["关于召开年度会议的通知", "年度工作会议安排", "招标公告"]


# --- the date under the last section ---------------------------------------------------------------


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("traditional", [False, True])
def test_a_date_under_a_notices_last_section_closes_it_over_the_next_title(
    title: str, traditional: bool
) -> None:
    script = _S2T.convert if traditional else _same
    _assert_two_notices(_page(title, SECTIONS), DATE, [h for h, _ in SECTIONS], script)


@pytest.mark.parametrize(("one", "two"), OTHER_NUMBERS)
def test_the_sections_may_be_numbered_otherwise(one: str, two: str) -> None:
    sections = [(one, SECTIONS[0][1]), (two, SECTIONS[1][1])]
    _assert_two_notices(_page(TITLES[1], sections), DATE, [one, two])


def test_sub_sections_under_sections_are_looked_past_too() -> None:
    sections = [SECTIONS[0], ("（一）报到时间", "上午8时30分前报到。"), SECTIONS[1]]
    _assert_two_notices(_page(TITLES[1], sections), DATE, [h for h, _ in sections])


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("own_blocks", [True, False])
@pytest.mark.parametrize("end", ["", "\n\n特此通知。"])
@pytest.mark.parametrize("closer", [DATE, f"兰州市教育局\n\n{DATE}"])
def test_a_numbered_notice_ends_before_the_next_title_whatever_its_layout(
    title: str, own_blocks: bool, end: str, closer: str
) -> None:
    """Sections in blocks of their own or on their text's first line, with the formula at the end
    or not, the issuer over the date or not: the notice ends with its closing lines."""
    page = _page(title, SECTIONS, own_blocks=own_blocks, end=end, closer=closer)
    _assert_two_notices(page, closer, [h for h, _ in SECTIONS] if own_blocks else [])


def test_a_numbered_notices_date_is_its_closer_in_valid_tei(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    root = assert_valid(tei_schema, convert_stdin(_page(TITLES[1], SECTIONS), "-f", "tei"))
    first, second = root.iterfind(f".//{TEI}div[@type='article']")
    assert ["".join(c.itertext()) for c in first.iterfind(f"{TEI}closer")] == [DATE]
    assert first.find(f".//{TEI}fw") is None
    assert [h.text for h in first.iterfind(f"{TEI}div/{TEI}head")] == [h for h, _ in SECTIONS]
    assert second.findtext(f"{TEI}head") == NEXT_TITLE


# --- a section whose text opens with a date ------------------------------------------------------


@pytest.mark.parametrize("title", TITLES)
def test_a_section_whose_text_opens_with_a_date_stays_in_the_notice(title: str) -> None:
    sections = [("一、会议时间", "10月20日上午9时。"), SECTIONS[1]]
    _assert_two_notices(_page(title, sections), DATE, [h for h, _ in sections])
    first = _articles(_page(title, sections))[0]
    assert first["titles"] == [title]
    assert _paragraphs(first) == [SALUTATION, sections[0][1], sections[1][1]]


def test_a_numbered_heading_over_a_date_led_lead_outside_a_notice_still_opens_an_article() -> None:
    """A guard: after a news story's finished text that cues no numbered sections (no colon, no
    numbered subhead before), a numbered heading over a lead opening with a date starts an article,
    as it did before helper Z's change (tests/test_numbered_news_items_v15ra.py)."""
    lead = "10月12日，全市秋粮收获进度过半。"
    page = f"秋收进展顺利\n\n全市秋收进入高峰。\n\n一、机收率提高\n\n{lead}\n"
    first, second = _articles(page)
    assert first["titles"] == ["秋收进展顺利"]
    assert second["titles"] == ["一、机收率提高"]
    assert _paragraphs(second) == [lead]


# --- the names of notices -----------------------------------------------------------------------


#: Document names a title may end with, in simplified characters; the test reads them in both scripts.
DOCUMENT_TITLES = [
    "招标公告", "拟任职干部公示", "关于道路封闭施工的通告", "文明出行倡议书",
    "郑重声明", "寻物启事", "感谢信",
]


@pytest.mark.parametrize("title", DOCUMENT_TITLES)
@pytest.mark.parametrize("traditional", [False, True])
def test_a_date_under_a_named_document_closes_it(title: str, traditional: bool) -> None:
    text = "请相关单位和个人相互转告。"
    page = f"{title}\n\n{text}\n\n{DATE}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n"
    if traditional:
        page = _S2T.convert(page)
    first, second = _articles(page)
    assert first["signature"] == DATE
    assert first["furniture"] == []
    assert second["titles"] == [_S2T.convert(NEXT_TITLE) if traditional else NEXT_TITLE]


def test_a_traditional_salutation_says_the_text_is_a_notice() -> None:
    text = f"{SALUTATION}请于本周五前上报材料。"
    page = _S2T.convert(f"年度工作安排\n\n{text}\n\n{DATE}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n")
    first, second = _articles(page)
    assert first["signature"] == DATE
    assert first["furniture"] == []
    assert second["titles"] == [_S2T.convert(NEXT_TITLE)]


# --- guards -------------------------------------------------------------------------------------


def test_a_news_story_with_numbered_subheads_keeps_its_reading() -> None:
    """A guard: a story's date over the next title may head it; it stays apart (earlier decision)."""
    page = ("秋收进展顺利\n\n全市秋收进度过半。\n\n一、机收率提高\n\n今年机收率达到九成。\n\n"
            f"二、粮价平稳\n\n粮价保持平稳。\n\n{DATE}\n\n{NEXT_TITLE}\n\n{NEXT_TEXT}\n")
    (article,) = _articles(page)
    assert article["signature"] is None
    assert article["furniture"] == [DATE]
    assert article["subheads"] == ["一、机收率提高", "二、粮价平稳", NEXT_TITLE]


def test_a_chronicle_with_numbered_entries_keeps_its_dates_apart() -> None:
    """A guard: entries under their dates, even numbered and naming notices, keep their dates apart."""
    entries = [("2023年10月1日", "一、市政府发布停水通知", "全市部分区域停水一天。"),
               ("2023年10月2日", "二、市场监管局发布公告", "严查节日期间价格违法行为。"),
               ("2023年10月3日", "三、交警部门发出倡议书", "倡导市民文明出行。")]
    page = "本月大事记\n\n" + "".join(f"{d}\n\n{t}\n\n{x}\n\n" for d, t, x in entries)
    assert all(a["signature"] is None for a in _articles(page))
    txt = convert_stdin(page, "-f", "txt")
    for (_, _, text), (date, _, _) in itertools.pairwise(entries):
        assert f"{text}\n\n{date}" not in txt
