"""A footer line printing fields of Chinese values (`本版编辑：王丽 美编：李华 校对：张明`) keeps the
space that sets each field apart, as a line with numbers does: glued (`王丽美编：李华`), the names run
into the next label and the line cannot be cut into its fields."""

from __future__ import annotations

import pytest
from lxml import etree

import layoutfix

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
PAGE = "全市召开会议\n\n近日，全市召开会议。会议强调要抓好落实。\n\n{footer}\n"


def furniture(footer: str) -> list[tuple[str | None, str]]:
    """The (type, text) of each `<fw>` `convert` writes for a page ending with `footer`."""
    out = layoutfix.convert(PAGE.format(footer=footer)).output
    root = etree.fromstring(out.encode("utf-8"))
    return [(fw.get("type"), "".join(fw.itertext())) for fw in root.iterfind(".//tei:body//tei:fw", TEI)]


def test_editor_fields_keep_their_spaces() -> None:
    line = "本版编辑：王丽 美编：李华 校对：张明"
    assert furniture(line) == [("credit", line)]


def test_an_address_then_an_editor_is_a_contact_and_a_credit() -> None:
    """The space inside the address value goes (OCR debris); the one before the next label stays."""
    assert furniture("地址：兰州市 城关区 责任编辑：李明") == [
        ("contact", "地址：兰州市城关区"),
        ("credit", "责任编辑：李明"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("会议指出：要 加强领导，抓好落实。", "会议指出：要加强领导，抓好落实。"),  # a sentence
        ("主题：奋进 新征程", "主题：奋进新征程"),  # no label after the space
        ("全市召开 电话 会议，部署工作。", "全市召开电话会议，部署工作。"),  # no field before it
    ],
)
def test_other_spaces_between_hanzi_still_go(line: str, expected: str) -> None:
    assert layoutfix.normalize_text(line).text == expected
