"""`○` (U+25CB) before a dateline or a byline is an ornament, as `□` and `●` are.

Before, `roles.BYLINE_ORNAMENTS` lacked it: `○本报讯 近日，…` lost the gap after the dateline and
`○本报记者 王丽 近日，…` lost its byline and both gaps (`○本报记者王丽近日，…`). The same circle stands
for a zero in hanzi dates (`二○二三年`), and the hanzi zero `〇` (U+3007) looks alike: both stay.
"""

from __future__ import annotations

import json

import pytest
from lxml import etree

import layoutfix
from layoutfix import normalize_text

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市冬小麦播种过半"
LEAD = "近日，全市召开会议，部署今冬明春各项重点工作。"


def bylines_and_paragraphs(page: str) -> tuple[list[str], list[str]]:
    """The `<byline>` and `<p>` texts of the body of the TEI `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    body = root.find(".//tei:body", TEI)
    assert body is not None
    return tuple(  # type: ignore[return-value]
        ["".join(e.itertext()) for e in body.iterfind(f".//tei:{tag}", TEI)] for tag in ("byline", "p")
    )


@pytest.mark.parametrize("dateline", ["本报讯", "本报兰州讯", "新华社北京10月9日电"])
@pytest.mark.parametrize("space", ["", " "])
def test_the_gap_after_a_dateline_after_a_circle_stays(dateline: str, space: str) -> None:
    page = f"{TITLE}\n\n○{space}{dateline} {LEAD}\n"
    assert normalize_text(page).text == page
    out = layoutfix.convert(page.encode(), fmt="json", input_format="txt").output
    texts = [p["text"] for a in json.loads(out)["articles"] for p in a["paragraphs"]]
    assert f"○{space}{dateline} {LEAD}" in texts


@pytest.mark.parametrize("byline", ["本报记者 王丽", "本报讯 记者 王丽", "本报记者 王丽 通讯员 张强"])
def test_a_byline_after_a_circle_is_cut_off_and_keeps_its_gaps(byline: str) -> None:
    page = f"{TITLE}\n\n○{byline} {LEAD}\n"
    assert normalize_text(page).text == page
    assert bylines_and_paragraphs(page) == ([f"○{byline}"], [LEAD])


@pytest.mark.parametrize("zero", ["○", "〇"])
def test_a_hanzi_date_with_either_zero_is_unchanged(zero: str) -> None:
    date = f"二{zero}二三年十月九日"
    page = f"{date} 星期一\n\n{TITLE}\n\n本报讯 {date}，全市召开会议。\n"
    assert normalize_text(page).text == page
    out = layoutfix.convert(page.encode(), fmt="txt", input_format="txt").output
    assert f"\n{date}，全市召开会议。\n" in out


def test_a_circle_bullet_before_a_heading_stays() -> None:
    page = f"{TITLE}\n\n○ 加强组织领导\n\n{LEAD}\n"
    assert normalize_text(page).text == page
    assert bylines_and_paragraphs(page) == ([], [LEAD])
