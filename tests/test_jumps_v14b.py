"""Jumps between the pages of an issue (v14b): a paragraph closed by words in brackets before a jump
is whole, so the continuation opens a paragraph of its own; markers that name no page number
(`（转下页）`, `（接上頁）`) point to the page after or before their own; `（转4）` without 版 is a
marker while `（转4次）` stays text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from cli_pages import write_pages as _write_pages
from conftest_tei import TEI
from layoutfix.issue import convert_issue
from layoutfix.layout.continuation import find_markers
from layoutfix.pipeline import convert
from tei_parts import articles_by_id, paragraph_texts

# --- a paragraph closed by words in brackets before the jump -------------------------------------

_HEAD = "兰州新区召开陆港建设推进会\n\n本报讯（记者 王丽）兰州新区11日举行陆港建设推进会，"
_CONTINUATION = "陆港建设推进会\n\n（上接第1版）\n\n会后，与会人员参观了国际货运班列编组站。\n"


@pytest.mark.parametrize(
    "closing",
    [
        "会议要求各地抓好落实。（会议现场）",
        "会议要求各地抓好落实。（平安）",
        "会议要求各地抓好落实。\n（会议现场）",
    ],
)
def test_words_in_brackets_closing_the_part_before_a_jump_end_its_paragraph(
    tmp_path: Path, closing: str
) -> None:
    first = f"{_HEAD}{closing}\n\n（下转第2版）\n"
    folder = _write_pages(tmp_path / "issue", {"p01.txt": first, "p02.txt": _CONTINUATION})
    result = convert_issue([folder])
    assert [j.status for j in result.jumps] == ["resolved"]
    paragraphs = paragraph_texts(articles_by_id(result.output)["p1-a1"])
    assert paragraphs[-1] == "会后，与会人员参观了国际货运班列编组站。"
    assert paragraphs[-2].startswith("兰州新区11日举行") and "会后" not in paragraphs[-2]
    data = json.loads(convert_issue([folder], fmt="json").output)
    (art,) = [a for a in data["articles"] if a["id"] == "p1-a1"]
    assert art["paragraphs"][-1]["text"] == "会后，与会人员参观了国际货运班列编组站。"


@pytest.mark.parametrize(
    "closing",
    [
        "会议要求各地抓好落实，并进一步扩大",  # cut mid-sentence: runs on across the jump
        "会议要求（各地）抓好落实，并进一步扩大",  # brackets inside the cut sentence
    ],
)
def test_a_paragraph_cut_by_the_jump_still_runs_on(tmp_path: Path, closing: str) -> None:
    first = f"{_HEAD}{closing}\n\n（下转第2版）\n"
    second = "陆港建设推进会\n\n（上接第1版）\n\n开放合作的领域。\n"
    folder = _write_pages(tmp_path / "issue", {"p01.txt": first, "p02.txt": second})
    result = convert_issue([folder])
    paragraphs = paragraph_texts(articles_by_id(result.output)["p1-a1"])
    assert paragraphs[-1].startswith("兰州新区11日举行") and paragraphs[-1].endswith("开放合作的领域。")


# --- a page number without 版: `（转4）` ------------------------------------------------------------

_CUT = "兰州新区打造西部陆港枢纽\n\n本报讯（记者 王丽）兰州新区11日举行陆港建设推进会，会议提出，要进一步扩大"
_GOES_ON = "开放合作的领域，推动物流企业集聚发展。"


@pytest.mark.parametrize(
    ("marker", "direction", "page"),
    [
        ("（转4）", "to", "4"),
        ("（轉4）", "to", "4"),
        ("(下转 4)", "to", "4"),
        ("（转１２）", "to", "12"),
        ("（接1）", "from", "1"),
        ("（上接1）", "from", "1"),
        ("（續見3）", "to", "3"),
    ],
)
def test_a_page_number_without_its_unit_is_a_marker(marker: str, direction: str, page: str) -> None:
    text = f"要进一步扩大开放合作{marker}"
    (found,) = find_markers(text)
    assert (found.direction, found.page, found.text) == (direction, page, marker)


@pytest.mark.parametrize(
    "text",
    [
        "（转4次）",
        "（转4号线）",
        "乘客可在此（转4号线）",
        "咨询电话：0931-8888888（转2）",  # a telephone extension
        "拨打12345（转2）",
        "（见1）",  # a note or figure
        "详见附表（见2）",
        "回忆录（续2）",  # an instalment
        "（续3）",
        "（转0）",
        "（转123）",
        "流程→转2",  # without brackets a bare number is never a page
    ],
)
def test_body_text_with_a_bare_number_in_brackets_is_no_marker(text: str) -> None:
    assert find_markers(text) == []


def test_an_issue_joins_a_jump_marked_without_the_unit(tmp_path: Path) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "p01.txt": f"{_CUT}（转2）\n",
        "p02.txt": f"西部陆港枢纽\n\n（接1）\n\n{_GOES_ON}\n",
    })
    result = convert_issue([folder])
    assert [(j.status, j.from_page, j.to_page) for j in result.jumps] == [("resolved", 1, 2)]
    paragraphs = paragraph_texts(articles_by_id(result.output)["p1-a1"])
    assert paragraphs[-1].startswith("兰州新区11日") and paragraphs[-1].endswith(_GOES_ON)
    assert list(articles_by_id(result.output)) == ["p1-a1"]


# --- markers naming the next or previous page: `（转下页）`, `（接上頁）` -----------------------------

_TO_NEXT = ["（转下页）", "（續下頁）", "（下转下页）", "（接下页）", "(转下页)", "▶转下页"]
_FROM_PREVIOUS = ["（接上頁）", "（续上页）", "（上接上页）", "（接上页）", "【接上頁】"]


@pytest.mark.parametrize(
    ("marker", "direction", "page"),
    [*((m, "to", "next") for m in _TO_NEXT), *((m, "from", "previous") for m in _FROM_PREVIOUS)],
)
def test_a_marker_naming_the_next_or_previous_page_is_read(
    marker: str, direction: str, page: str
) -> None:
    text = f"要进一步扩大开放合作{marker}"
    (found,) = find_markers(text)
    assert (found.direction, found.page, found.text) == (direction, page, marker)


@pytest.mark.parametrize(
    "text",
    [
        "（见上页）",  # a reference to the page, nothing continues there
        "（转上页）",
        "（见下页图）",  # words after the unit: a reference
        "（接上面）",  # "as above", no page
        "他接上页的话说",
        "→接下页内容",
        "（下页）",
    ],
)
def test_text_naming_a_page_around_is_no_marker(text: str) -> None:
    assert find_markers(text) == []


@pytest.mark.parametrize("to_marker", ["（转下页）", "（續下頁）", "（下转下页）"])
@pytest.mark.parametrize("from_marker", ["（接上頁）", "（续上页）", "（上接第2版）"])
def test_an_issue_joins_a_jump_to_the_next_page(tmp_path: Path, to_marker: str, from_marker: str) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "p02.txt": f"{_CUT}\n\n{to_marker}\n",
        "p03.txt": f"西部陆港枢纽\n\n{from_marker}\n\n{_GOES_ON}\n",
    })
    result = convert_issue([folder])
    assert [(j.status, j.from_page, j.to_page) for j in result.jumps] == [("resolved", 2, 3)]
    (div,) = articles_by_id(result.output).values()
    assert paragraph_texts(div)[-1].endswith(_GOES_ON) and "进一步扩大" in paragraph_texts(div)[-1]
    notes = [(n.get("subtype"), n.get("target")) for n in div.iter(f"{TEI}note")]
    assert notes == [("to", "#p3"), ("from", "#p2")]


def test_a_jump_to_the_next_page_of_a_section_names_its_label(tmp_path: Path) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "A03.txt": f"{_CUT}\n\n（转下页）\n",
        "A04.txt": f"西部陆港枢纽\n\n（接上页）\n\n{_GOES_ON}\n",
        "B01.txt": "另一篇文章\n\n（接上页）\n\n这是B1版的内容。\n",
    })
    result = convert_issue([folder])
    report = [(j["status"], j["from_label"], j["to_label"], j["message"]) for j in result.report["jumps"]]
    first_of_b = "p3-a1: continues from the previous page, but no page comes before page B1"
    assert report == [
        # B1's previous page is not A4: where section A ends is not known
        ("missing-page", None, "B1", first_of_b),
        ("resolved", "A3", "A4", "p1-a1 continues in p2-a1"),
    ]


@pytest.mark.parametrize(
    ("pages", "jump"),
    [
        ({"p03.txt": f"{_CUT}\n\n（转下页）\n"},
         ("missing-page", 3, 4, "p3-a1: the next page (4) is not in this issue")),
        ({"p03.txt": f"西部陆港枢纽\n\n（接上页）\n\n{_GOES_ON}\n"},
         ("missing-page", 2, 3, "p3-a1: the previous page (2) is not in this issue")),
        ({"p01.txt": f"西部陆港枢纽\n\n（接上页）\n\n{_GOES_ON}\n", "p02.txt": "另一篇文章\n\n正文。\n"},
         ("missing-page", None, 1, "p1-a1: continues from the previous page, but no page comes before page 1"
          )),
        ({"p01.txt": f"{_CUT}\n\n（转下页）\n", "p02.txt": "另一篇文章\n\n正文。\n"},
         ("no-match", 1, 2, "p1-a1: no part on page 2 continues from page 1")),
    ],
)
def test_a_jump_to_a_page_around_that_is_not_there_is_unresolved(
    tmp_path: Path, pages: dict[str, str], jump: tuple[object, ...]
) -> None:
    result = convert_issue([_write_pages(tmp_path / "issue", pages)])
    assert [(j.status, j.from_page, j.to_page, j.describe()) for j in result.jumps] == [jump]
    root = etree.fromstring(result.output.encode())
    (note,) = [n for n in root.iter(f"{TEI}note") if n.get("type") == "jump"]
    assert note.text == jump[3]


def test_a_single_page_keeps_a_relative_marker_as_a_marker(tmp_path: Path) -> None:
    page = _write_pages(tmp_path / "in", {"p.txt": f"{_CUT}\n\n（转下页）\n"}) / "p.txt"
    tei = convert(page).output
    (div,) = articles_by_id(tei).values()
    assert div.get("part") == "I" and div.get("next") is None  # a single page has no next page
    (note,) = div.iter(f"{TEI}note")
    assert (note.get("type"), note.get("subtype"), note.text, note.get("target")) == (
        "continuation", "to", "（转下页）", None)
    assert "转下页" not in "".join(paragraph_texts(div))
    (art,) = json.loads(convert(page, fmt="json").output)["articles"]
    assert art["continuation"] == {"from_page": None, "to_page": "next", "markers": ["（转下页）"]}
