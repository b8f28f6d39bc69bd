"""Photo items inside a split paragraph are parted alike in every export: the TEI, the review and
the txt write each photo (a caption with at most its credit, or a credit alone) as a figure or chunk
of its own, as the assembly parts the same blocks outside a paragraph; the JSON's `captions` and
`credits` are their captions and credits in order."""

from __future__ import annotations

import json
import re

import lxml.etree
import lxml.html
import pytest

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)
from layoutfix.export.html import to_html
from layoutfix.pipeline import convert
from test_txt_photo_credit_v18q import _SPLIT_HEAD, _SPLIT_TAIL, SPLIT_ITEM_PAGES

#: One photo item as the reader sees it: its captions and its credits.
Figure = tuple[list[str], list[str]]

PAGE_IDS = ["two-photos", "two-credits", "credit-above-caption", "two-captions", "caption-and-credit",
            "caption"]


def tei_figures(root: lxml.etree._Element) -> list[Figure]:
    """Each `<figure>` of the TEI body: its caption `<p>`s and its credit `<note>`s."""
    return [
        ([p.text for p in fig.iterfind(f"{TEI}p")],
         [n.text for n in fig.iterfind(f"{TEI}note") if n.get("type") == "credit"])
        for fig in root.iter(f"{TEI}figure")
    ]


def review_figures(page: str) -> list[Figure]:
    """Each figure of the review's articles pane: its caption and credit lines (reading number off)."""
    pane = lxml.html.document_fromstring(to_html(convert(page, fmt="tei").document)).get_element_by_id(
        "articles")

    def texts(fig: lxml.html.HtmlElement, cls: str) -> list[str]:
        return [re.sub(r"^\d+", "", p.text_content()) for p in fig.xpath(f".//figcaption/p[@class='{cls}']")]

    return [(texts(fig, "caption"), texts(fig, "credit")) for fig in pane.xpath(".//figure")]


def txt_figures(page: str, captions: list[str], credits: list[str]) -> list[Figure]:
    """Each chunk of the txt made only of caption and credit lines (the JSON's): its captions and
    credits."""
    chunks = [c.split("\n") for c in convert(page, fmt="txt").output.rstrip("\n").split("\n\n")]
    return [
        ([x for x in lines if x in captions], [x for x in lines if x in credits])
        for lines in chunks
        if all(x in captions or x in credits for x in lines)
    ]


def json_captions(page: str) -> tuple[list[str], list[str]]:
    (art,) = json.loads(convert(page, fmt="json").output)["articles"]
    return art["captions"], art["credits"]


@pytest.mark.parametrize("page", SPLIT_ITEM_PAGES, ids=PAGE_IDS)
def test_tei_review_txt_and_json_agree_on_the_photos_of_a_split_paragraph(
    page: str, tei_schema: lxml.etree.RelaxNG  # noqa: F811
) -> None:
    root = assert_valid(tei_schema, convert(page, fmt="tei").output)
    figures = tei_figures(root)
    assert figures and all(fig.getparent().tag == f"{TEI}p" for fig in root.iter(f"{TEI}figure"))
    captions, credits = json_captions(page)
    assert [c for fig in figures for c in fig[0]] == captions
    assert [c for fig in figures for c in fig[1]] == credits
    assert review_figures(page) == figures
    assert txt_figures(page, captions, credits) == figures
    for fig_captions, fig_credits in figures:  # one photo: at most one caption, then its credit
        assert len(fig_captions) <= 1 and len(fig_credits) <= 1


@pytest.mark.parametrize("page", SPLIT_ITEM_PAGES, ids=PAGE_IDS)
def test_the_photos_of_a_split_paragraph_are_the_figures_they_are_outside_one(page: str) -> None:
    """The same caption and credit blocks between two paragraphs (the first one ending its sentence)
    are parted by the assembly; inside the paragraph they make the same figures."""
    middle = page[len(_SPLIT_HEAD): len(page) - len(_SPLIT_TAIL)]
    apart = _SPLIT_HEAD.rstrip("\n") + "。\n\n" + middle + _SPLIT_TAIL
    apart_root = lxml.etree.fromstring(convert(apart, fmt="tei").output.encode("utf-8"))
    assert not any(fig.getparent().tag == f"{TEI}p" for fig in apart_root.iter(f"{TEI}figure"))
    root = lxml.etree.fromstring(convert(page, fmt="tei").output.encode("utf-8"))
    assert tei_figures(root) == tei_figures(apart_root)
