"""Jumps and poems, follow-ups (v15, helper J): a telephone extension on the line under its number is
no jump marker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix.issue import convert_issue
from layoutfix.layout.continuation import find_markers
from layoutfix.pipeline import convert
from tei_parts import articles_by_id, paragraph_texts


def _write_pages(folder: Path, pages: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


_TITLE = "市民服务中心开通咨询热线"
_LEAD = "本报讯（记者 王丽）市民服务中心即日起开通咨询服务，市民办理业务可拨打"
_OTHER = "另一条新闻标题\n\n本报讯 今天全市天气晴朗，气温适宜。\n"


# --- a telephone extension on the line under its number --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "咨询电话：0931-8612345\n（转2）",
        "服务热线 8612345\n（转3）",  # 热线 alone is no telephone, the number is
        "联系电话：13912345678\n（轉2）",
        "电话（0931）8612345\n(转12)",
        "客服 400-800-1234 \n　（转2）　",  # spaces around, an ideographic space too
        "０９３１－８６１２３４５\n（转２）",  # full-width digits and dash
        "总机 021 62345678\n（转四）",
    ],
)
def test_an_extension_on_the_line_under_its_number_is_no_marker(text: str) -> None:
    assert find_markers(text) == []


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("会议要求各地抓好落实。\n（转2）", "2"),  # under a closed paragraph
        ("全年接待游客12万人次\n（转2）", "2"),  # a number, but no telephone number
        ("活动时间为2023-2024\n（转3）", "3"),  # a span of years
        ("比去年同期增长了1234\n（转2）", "2"),
        ("咨询电话：0931-8612345\n\n（转2）", "2"),  # a blank line between: not right under it
        ("咨询电话：0931-8612345\n（转2版）", "2"),  # 版 names the page whatever stands before
    ],
)
def test_a_marker_on_its_own_line_under_other_text_is_still_read(text: str, page: str) -> None:
    (found,) = find_markers(text)
    assert (found.direction, found.page) == ("to", page)


@pytest.mark.parametrize(
    "number", ["咨询电话：0931-8612345", "服务电话 8612345", "联系电话：13912345678"]
)
def test_a_paragraph_closing_on_an_extension_under_its_number_jumps_nowhere(
    tmp_path: Path, number: str
) -> None:
    text = f"{_TITLE}\n\n{_LEAD}{number}\n（转2）\n\n{_OTHER}"
    page = _write_pages(tmp_path / "in", {"p.txt": text}) / "p.txt"
    art = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert art["continuation"] == {"from_page": None, "to_page": None, "markers": []}
    assert art["paragraphs"][-1]["text"].endswith("（转2）")
    (div, _other) = articles_by_id(convert(page).output).values()
    assert div.get("part") is None and paragraph_texts(div)[-1].endswith("（转2）")


def test_a_marker_under_a_closed_paragraph_still_jumps(tmp_path: Path) -> None:
    text = f"{_TITLE}\n\n{_LEAD}咨询电话。\n（转2）\n\n{_OTHER}"
    page = _write_pages(tmp_path / "in", {"p.txt": text}) / "p.txt"
    art = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert art["continuation"]["to_page"] == "2"
    assert art["continuation"]["markers"] == ["（转2）"]


def test_an_extension_under_its_number_does_not_pair_with_a_part_it_seems_to_name(tmp_path: Path) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "p01.txt": f"{_TITLE}\n\n{_LEAD}咨询电话：0931-8612345\n（转2）\n",
        "p02.txt": "咨询热线\n\n（接1）\n\n开放合作的领域，推动物流企业集聚发展。\n",
    })
    result = convert_issue([folder])
    assert [(j.status, j.source, j.from_page) for j in result.jumps] == [("no-match", None, 1)]
    assert paragraph_texts(articles_by_id(result.output)["p1-a1"])[-1].endswith("（转2）")
