"""A first paragraph cut before its sentence ends is still a paragraph when it opens as a news lead
does, with a time word and a comma (`近日，…`, `10月9日上午，…`): no headline opens so."""

from __future__ import annotations

import pytest
from lxml import etree

import layoutfix

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开会议"
AFTER = "会议指出，要抓好落实。"


def heads_and_paragraphs(page: str) -> tuple[list[str], list[str]]:
    """The `<head>` and `<p>` texts of the TEI body `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    body = root.find(".//tei:body", TEI)
    assert body is not None
    heads = ["".join(el.itertext()) for el in body.iterfind(".//tei:head", TEI)]
    paras = ["".join(el.itertext()) for el in body.iterfind(".//tei:p", TEI)]
    return heads, paras


@pytest.mark.parametrize(
    "lead",
    [
        "近日，全市召开会议，要求加强领导",
        "日前，市委召开常委会，研究部署",
        "昨天，记者走进社区，看到居民",
        "10月9日上午，全市召开会议，要求",
        "9月30日，省政府召开常务会议",
    ],
)
def test_a_cut_lead_opening_with_a_time_word_is_a_paragraph(lead: str) -> None:
    heads, paras = heads_and_paragraphs(f"{TITLE}\n\n{lead}\n\n{AFTER}\n")
    assert heads == [TITLE]
    assert paras[0].startswith(lead)


@pytest.mark.parametrize(
    "headline", ["创新工作，厚植服务群众新土壤", "稳中求进，推动高质量发展", "近日热点：全市召开会议"]
)
def test_two_part_headlines_stay_headlines(headline: str) -> None:
    heads, _ = heads_and_paragraphs(f"{headline}\n\n{AFTER}\n")
    assert heads == [headline]
