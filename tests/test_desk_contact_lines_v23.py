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


HEAD = "市民服务热线运行平稳\n\n"
BEFORE = "记者近日走访了全市多个服务窗口，了解群众办事情况。\n\n"
AFTER = "据介绍，今年以来各窗口共受理群众诉求一万余件，办结率达百分之九十八。\n"

#: Contact lines of organisations other than the paper, and lines only shaped like a desk's.
OTHER_LINES = [
    "市图书馆咨询处 电话 8612345", "市图书馆咨询处 电话：8612345", "城关区服务中心 电话 8612345",
    "教育部 热线 12391", "招生办公室 电话 8612345", "售票处 电话 5566", "体育中心 电话 5566 传真 5567",
    "客服中心 热线 400-800-1234", "各处 电话 12345", "在市中心 电话 5566", "俱乐部 电话 2024",
    "东部 邮编 730030", "活动中心 地址 A3", "刑侦支队重案组 电话 110",
]


def _unspaced(text: str) -> str:
    """`text` without its spaces: where a line's gaps go is not what these tests ask."""
    return text.replace(" ", "")


def _furniture(page: str) -> list[str]:
    """Every furniture line of every article in the JSON of the flat page `page`."""
    return [f for a in _json(page)["articles"] for f in a["furniture"]]


@pytest.mark.parametrize("line", OTHER_LINES)
def test_another_organisations_contact_line_between_paragraphs_stays_text(line: str) -> None:
    """A contact line of an organisation other than the paper, printed between two paragraphs, is the
    article's text: it stays in the plain text, and is no furniture."""
    page = HEAD + BEFORE + line + "\n\n" + AFTER
    assert _unspaced(line) in _unspaced(_txt(page))
    assert _furniture(page) == []


@pytest.mark.parametrize("line", ["总编室 电话 5566 广告部 电话 5577", "编辑部 电话 5566"])
def test_a_desk_line_not_naming_the_paper_between_paragraphs_stays_text(line: str) -> None:
    """A desk line without 本报/本社 between two paragraphs may be the article's own words: text."""
    page = HEAD + BEFORE + line + "\n\n" + AFTER
    assert line in _txt(page).splitlines()
    assert _furniture(page) == []


def test_a_listing_of_service_points_stays_text() -> None:
    """Blocks listing where to call, between an announcing line and a sentence, are all kept, each on
    its line, and the sentence after them is not glued to the announcing line."""
    rows = ["城关区服务中心 电话 8612345", "七里河区服务中心 电话 2612345", "安宁区服务中心 电话 7612345"]
    page = HEAD + "全市各区受理点联系方式如下：\n\n" + "\n\n".join(rows) + "\n\n市民可就近办理。\n"
    lines = _txt(page).splitlines()
    assert all(row in lines for row in rows)
    assert "市民可就近办理。" in lines
    assert _furniture(page) == []


@pytest.mark.parametrize("line", ["外交部 电话 2024", "售票处 电话 5566"])
def test_a_headline_shaped_like_a_contact_line_stays_the_headline(line: str) -> None:
    """A line over a lead, shaped like another organisation's contact line, heads its article."""
    page = line + "\n\n" + AFTER
    assert [a["titles"] for a in _json(page)["articles"]] == [[line]]


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("售票处 电话 5566", "售票处电话5566"),
        ("外交部 电话 1", "外交部电话1"),
        ("东部 邮编 730030", "东部邮编730030"),
        ("请 拨打 电话 55.6632", "请拨打电话55.6632"),
        ("拨打 热线 55.6632", "拨打热线55.6632"),
    ],
)
def test_a_wrapped_sentence_line_loses_its_stray_spaces(line: str, shown: str) -> None:
    """A line of a wrapped sentence shaped like a contact line loses its OCR spaces; only a contact
    line (a phone label first, the number ending it: `传真 55.6632`) keeps its gap."""
    page = HEAD + "记者近日走访了全市多个服务窗口，群众反映\n" + line + "\n等情况均已得到妥善处理。\n"
    assert shown in layoutfix.normalize_text(page).text.splitlines()


def test_a_long_desk_shaped_line_is_no_desk_line() -> None:
    """A line longer than any furniture line is no desk line, whatever it holds (the length is read
    before the pattern, which is slow on a long run of digits: `bench_limits.py pathological`)."""
    assert not is_paper_desk_contact("编辑部 电话 " + "1" * 20_000)
    assert not is_paper_desk_contact("本报编辑部 电话：55.6631 " + "传真 55.6632 " * 10)
