"""A bracketed wire credit closing an article (walk-through of 1966-78 pages, v23).

Papers of the period close a reprinted dispatch with its credit in brackets on a line of its own:
`（新华社十二月三十一日电）`, `（新华社电）`, `（本报讯）`. In a block of its own under the article's
last paragraph it became an empty article holding only that line as its byline. It is now the
article's last paragraph, as `（据新华社电）` and `（完）` are; over a lead it is still a byline.
"""

from __future__ import annotations

import json

import pytest

import layoutfix

ARTICLE = "元旦献词\n\n一九六七年将是全国全面展开阶级斗争的一年。\n\n"
NEXT = "\n\n各地群众集会\n\n本报讯 各地群众昨天纷纷集会，热烈庆祝新年。\n"
CREDITS = ["（新华社十二月三十一日电）", "（新华社电）", "（本报讯）", "(新华社北京十二月三十一日电)",
           "（新华社北京12月31日电）"]


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _tei(page: str) -> str:
    """The TEI `convert` writes for the flat page `page`."""
    return layoutfix.convert(page.encode(), fmt="tei").output


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("after", ["\n", NEXT])
def test_closing_wire_credit_stays_in_its_article(credit: str, after: str) -> None:
    data = _json(ARTICLE + credit + after)
    first = data["articles"][0]
    assert first["titles"] == ["元旦献词"]
    assert [p["text"] for p in first["paragraphs"]][-1].replace("(", "（").replace(")", "）") == (
        credit.replace("(", "（").replace(")", "）")
    )
    assert all(a["titles"] for a in data["articles"]), "no untitled article holding the credit"
    assert all(not a["byline"] or a["byline"] == ["本报讯"] for a in data["articles"])
    assert len(data["articles"]) == (1 if after == "\n" else 2)


def test_closing_wire_credit_reads_as_the_source_note_does() -> None:
    """The TEI writes the credit as it writes `（据新华社电）` under the text: a paragraph."""
    wire = _tei(ARTICLE + "（新华社十二月三十一日电）\n")
    source = _tei(ARTICLE + "（据新华社十二月三十一日电）\n")
    body = wire[wire.index("<body>"):]
    assert body.replace("（新华社", "（据新华社") == source[source.index("<body>"):]
    assert "<byline>" not in body


def test_wire_credit_under_a_signature_closes_the_article() -> None:
    data = _json("元旦献词\n\n一九六七年将是战斗的一年。\n\n（记者 王丽）\n\n（新华社电）\n")
    assert len(data["articles"]) == 1
    assert data["articles"][0]["paragraphs"][-1]["text"] == "（新华社电）"


def test_wire_credit_over_a_lead_is_still_its_byline() -> None:
    """Under a title and over the lead the bracketed dispatch line is the byline, as before."""
    data = _json("元旦献词\n\n（新华社电）\n\n一九六七年将是全国全面展开阶级斗争的一年。\n")
    assert [a["byline"] for a in data["articles"]] == [["（新华社电）"]]


def test_wire_credit_closing_the_paragraph_is_no_signature() -> None:
    """Glued under the last sentence, `（新华社电）` is where the story comes from, not who signed it:
    text of the paragraph, as `（据新华社电）` is (it was the article's signature)."""
    data = _json(ARTICLE.rstrip("\n") + "（新华社电）\n")
    article = data["articles"][0]
    assert article["signature"] is None
    assert article["paragraphs"][-1]["text"].endswith("一年。（新华社电）")
