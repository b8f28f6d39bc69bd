"""Desk contact lines keep their printed gaps (helper P2, v23).

A reader converting pages whose foot prints how to reach the paper's desks found those lines altered:
- under a paragraph in the same block, `本报编辑部 电话：５５．６６３１ 传真 55.6632` came out
  `本报编辑部电话：55.6631 传真55.6632`, `总编室 电话 5566 广告部 电话 5577` as
  `总编室电话5566广告部电话5577`,
  `传真 55.6632` as `传真55.6632`: the gaps between the fields were removed as OCR spaces;
- as a block of its own under an article, a desk line with a second field written with a space for its
  colon (`传真 55.6632`), a qualified label (`电话（白天）55.6631`) or two desks became the title of
  a new, empty article (`＊＊＊` in the plain text), where `本报编辑部 电话：５５．６６３１` is the
  article's contact furniture.
"""

from __future__ import annotations

import json

import pytest

import layoutfix
from layoutfix.layout.roles import is_paper_desk_contact

SENTENCE = "近日，全县各地抓住有利时机，组织农民开展春耕生产，各项工作有序推进。"
ARTICLE = "春耕生产全面展开\n\n本报讯 " + SENTENCE + "\n\n"

#: Desk contact lines as printed, and as the output shows them (full-width digits made ASCII).
DESK_LINES = [
    ("本报编辑部 电话：５５．６６３１", "本报编辑部 电话：55.6631"),
    ("本报编辑部 电话：５５．６６３１ 传真 55.6632", "本报编辑部 电话：55.6631 传真 55.6632"),
    ("总编室 电话 5566 广告部 电话 5577", "总编室 电话 5566 广告部 电话 5577"),
    ("本报编辑部 电话（白天）55.6631 传真 55.6632", "本报编辑部 电话（白天）55.6631 传真 55.6632"),
]


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _txt(page: str) -> str:
    """The plain text `convert` writes for the flat page `page`."""
    return layoutfix.convert(page.encode(), fmt="txt").output


@pytest.mark.parametrize(("line", "shown"), DESK_LINES)
def test_desk_line_under_an_article_is_its_contact_furniture(line: str, shown: str) -> None:
    """Every desk line reads as the one-desk line does: the article's furniture, gaps kept."""
    data = _json(ARTICLE + line + "\n")
    assert [a["titles"] for a in data["articles"]] == [["春耕生产全面展开"]]
    assert data["articles"][0]["furniture"] == [shown]
    assert "＊＊＊" not in _txt(ARTICLE + line + "\n")


@pytest.mark.parametrize(("line", "shown"), [*DESK_LINES, ("传真 55.6632", "传真 55.6632")])
@pytest.mark.parametrize("above", [True, False])
def test_contact_line_in_a_paragraph_block_keeps_its_gaps(line: str, shown: str, above: bool) -> None:
    """A contact line printed in the block of a paragraph (under or over its sentence) keeps the gaps
    between its fields."""
    page = (SENTENCE + "\n" + line if above else line + "\n" + SENTENCE) + "\n"
    assert shown in _txt(page).splitlines()


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("他打电话给我 说明天到", "他打电话给我说明天到"),
        ("请拨打电话 55.6632 咨询。", "请拨打电话55.6632咨询。"),
        ("本报编辑部 电话：12345 欢迎读者来电反映情况", "本报编辑部电话：12345欢迎读者来电反映情况"),
        ("热线 55.6632万次", "热线55.6632万次"),
    ],
)
def test_sentences_naming_a_phone_lose_their_stray_spaces(line: str, shown: str) -> None:
    """Running text naming a phone is no contact line: its OCR spaces go, in a paragraph's block."""
    assert shown in _txt(SENTENCE + "\n" + line + "\n").splitlines()


@pytest.mark.parametrize(
    "line",
    ["他打电话给我 说明天到", "电话会议部署春耕", "热线连着民心", "本报编辑部 欢迎来电 12345",
     "党支部 电话会议 5月"],
)
def test_sentences_and_headlines_are_no_desk_lines(line: str) -> None:
    """A sentence or a headline naming a phone names no desk with a number field: no desk line."""
    assert not is_paper_desk_contact(line)
