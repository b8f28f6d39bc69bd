"""Jumps between the pages of an issue (v14b): a paragraph closed by words in brackets before a jump
is whole, so the continuation opens a paragraph of its own; markers that name no page number
(`（转下页）`, `（接上頁）`) point to the page after or before their own; `（转4）` without 版 is a
marker while `（转4次）` stays text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from conftest_tei import TEI
from layoutfix.issue import convert_issue
from layoutfix.layout.continuation import find_markers

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _write_pages(folder: Path, pages: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _articles(tei: str) -> dict[str, etree._Element]:
    root = etree.fromstring(tei.encode("utf-8"))
    return {d.get(XML_ID): d for d in root.iter(f"{TEI}div") if d.get("type") == "article"}


def _paragraphs(div: etree._Element) -> list[str]:
    return ["".join(p.itertext()) for p in div.iter(f"{TEI}p")]


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
    paragraphs = _paragraphs(_articles(result.output)["p1-a1"])
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
    paragraphs = _paragraphs(_articles(result.output)["p1-a1"])
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
    paragraphs = _paragraphs(_articles(result.output)["p1-a1"])
    assert paragraphs[-1].startswith("兰州新区11日") and paragraphs[-1].endswith(_GOES_ON)
    assert list(_articles(result.output)) == ["p1-a1"]
