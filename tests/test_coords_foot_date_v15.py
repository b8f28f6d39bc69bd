"""A date alone on the last line of a coordinate page, under all other text, is the page's date
(page furniture, the document's date) unless the text right above it closes a notice or a letter,
whose closing date it then is, as in flat text.

Flat text has no position to go by: there a date under any finished text closes it
(`roles._closing_dates`). The pages are the hand-made ALTO and hOCR files of
`test_coords_parity_v14`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

import layoutfix
from test_coords_parity_v14 import MAKERS

TEI = "{http://www.tei-c.org/ns/1.0}"
TITLE = ["全市召开会议"]
LEAD = ["近日，全市召开会议，部署今冬明春各项重点工作。"]

#: Pages ending with a date under text that is no notice nor letter, with the date's ISO form.
PAGE_DATES = {
    "news article": ([TITLE, LEAD], "2023年10月12日", "2023-10-12"),
    "date in hanzi numerals": ([TITLE, LEAD], "二〇二三年十月十二日", "2023-10-12"),
    "signed article": ([TITLE, LEAD, ["（记者 王丽）"]], "2023年10月12日", "2023-10-12"),
    "second article": ([TITLE, LEAD, ["市民踊跃参加义务植树"], ["本报讯 昨日，市民踊跃参加义务植树活动。"]],
                       "2023年3月12日", "2023-03-12"),
    "article then an organisation": ([TITLE, LEAD, ["兰州市文化馆"]], "2024年1月5日", "2024-01-05"),
}

NOTICE = "因道路施工，本市12路公交车自10月15日起临时绕行。特此通告。"
#: Pages ending with a notice's or a letter's closing date, and the signature the last article gets.
CLOSING_DATES = {
    "notice's formula": ([["通告"], [NOTICE]], "2023年10月12日"),
    "notice by its title": ([["关于报送年度总结材料的通知"], ["请各单位于10月20日前报送年度总结材料。"]],
                            "2023年10月12日"),
    "salutation": ([["会议通知"], ["各单位：定于10月20日召开年度总结会议，请相互转告。"]], "2023年10月12日"),
    "letter": ([["致全市市民的一封信"], ["广大市民朋友们：冬季供暖即将开始，请注意用火安全。"]],
               "2023年10月8日"),
    "notice's issuer": ([["通告"], [NOTICE], ["兰州公交集团有限公司"]],
                        "兰州公交集团有限公司\n\n2023年10月12日"),
    "notice's signature": ([["通告"], [NOTICE], ["（记者 王丽）"]], "（记者 王丽）\n\n2023年10月12日"),
    "letter's close and signer": ([["读者来信"], ["编辑同志：我家楼下的路灯坏了很久，希望尽快修好。"],
                                   ["此致", "敬礼！"], ["读者 刘建国"]], "读者 刘建国\n\n2023年10月8日"),
}


def _convert(data: bytes, fmt: str, out: str) -> str:
    return layoutfix.convert(data, fmt=out, input_format=fmt).output


def _flat_text(blocks: list[list[str]]) -> bytes:
    return ("\n\n".join("\n".join(lines) for lines in blocks) + "\n").encode()


def _furniture(doc: dict[str, Any]) -> list[str]:
    return doc["furniture"] + [f for a in doc["articles"] for f in a["furniture"]]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", PAGE_DATES)
def test_a_date_at_the_foot_under_an_article_is_the_pages_date(name: str, fmt: str) -> None:
    """Before, the date was the last article's signature and the page had no date (JSON `date`
    null, no TEI header date). Now it is page furniture (TEI `fw`) that dates the page."""
    blocks, date, iso = PAGE_DATES[name]
    data = MAKERS[fmt]([*blocks, [date]])
    doc = json.loads(_convert(data, fmt, "json"))
    assert _furniture(doc) == [date]
    assert doc["date"] == iso
    assert all(a["signature"] != date and date not in (a["signature"] or "") for a in doc["articles"])
    tei = etree.fromstring(_convert(data, fmt, "tei").encode())
    assert [fw.text for fw in tei.iter(f"{TEI}fw")] == [date]
    assert [d.get("when") for d in tei.iter(f"{TEI}teiHeader") for d in d.iter(f"{TEI}date")] == [iso]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", CLOSING_DATES)
def test_a_date_at_the_foot_closing_a_notice_or_letter_is_its_signature(name: str, fmt: str) -> None:
    """A notice's or a letter's date stays its closing date, as flat text reads it."""
    blocks, signature = CLOSING_DATES[name]
    date = signature.rsplit("\n", 1)[-1] if "\n" in signature else signature
    page = [*blocks, [date]]
    doc = json.loads(_convert(MAKERS[fmt](page), fmt, "json"))
    flat = json.loads(_convert(_flat_text(page), "txt", "json"))
    assert doc["articles"][-1]["signature"] == signature == flat["articles"][-1]["signature"]
    assert _furniture(doc) == []
    assert doc["date"] is None


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_date_over_the_foot_line_is_left_to_the_text(fmt: str) -> None:
    """Only the last line is the foot: a date with a page number under it closes the notice above."""
    blocks = [["通告"], [NOTICE], ["2023年10月12日"], ["- 4 -"]]
    doc = json.loads(_convert(MAKERS[fmt](blocks), fmt, "json"))
    assert doc["articles"][0]["signature"] == "2023年10月12日"
    assert _furniture(doc) == ["- 4 -"]
