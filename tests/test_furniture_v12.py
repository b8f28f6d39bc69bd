"""A footer line printing fields of different kinds (v12): `新闻热线：0935-2212345 责任编辑：李明` was
one `<fw type="contact">`, so the editor's credit went uncounted. Each run of fields of one kind is now
its own `fw`, typed by its own text; the text and the edit log stay as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app
from layoutfix.layout.roles import furniture_type, label_blocks
from layoutfix.model import Block
from layoutfix.tracked import apply_edits, undo_edits

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
ARTICLE = "全市召开会议\n\n近日，全市召开会议。会议强调要抓好落实。\n\n"
ARTICLE_HANT = "全市召開會議\n\n近日，全市召開會議。會議強調要抓好落實。\n\n"


def fws(page: str) -> list[tuple[str | None, str]]:
    """(`@type`, text) of every `fw` in the TEI body `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    return [(el.get("type"), "".join(el.itertext())) for el in root.iterfind(".//tei:body//tei:fw", TEI)]


def json_furniture(page: str) -> list[str]:
    """The furniture entries of the JSON output of `page`, the page's own and its articles'."""
    doc = json.loads(layoutfix.convert(page, fmt="json").output)
    return doc["furniture"] + [f for art in doc["articles"] for f in art["furniture"]]


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("新闻热线：0935-2212345 责任编辑：李明",
         [("contact", "新闻热线：0935-2212345"), ("credit", "责任编辑：李明")]),
        ("责任编辑：李明  新闻热线：0935-2212345",
         [("credit", "责任编辑：李明"), ("contact", "新闻热线：0935-2212345")]),
        # a value holding a space goes on: 8123457 opens no field
        ("联系电话：0931-8123456 8123457 责任编辑：李明",
         [("contact", "联系电话：0931-8123456 8123457"), ("credit", "责任编辑：李明")]),
        ("e-mail:ab@163.com 美编：李华", [("contact", "e-mail:ab@163.com"), ("credit", "美编：李华")]),
    ],
)
def test_a_mixed_footer_line_is_one_fw_per_kind(footer: str, expected: list[tuple[str, str]]) -> None:
    assert fws(ARTICLE + footer + "\n") == expected
    assert json_furniture(ARTICLE + footer + "\n") == [text for _, text in expected]


@pytest.mark.parametrize(
    ("footer", "kind"),
    [
        ("电话：0931-8123456 邮箱：ab@163.com", "contact"),
        ("本版编辑：王丽  美编：李华  校对：张明", "credit"),
        ("责任编辑：李明", "credit"),
        ("新闻热线：0935-2212345", "contact"),
    ],
)
def test_a_single_kind_footer_line_stays_one_fw(footer: str, kind: str) -> None:
    assert fws(ARTICLE + footer + "\n") == [(kind, footer)]
    assert json_furniture(ARTICLE + footer + "\n") == [footer]


def test_a_traditional_mixed_footer_keeps_its_space_and_is_cut() -> None:
    # the spacing step read 責任編輯 as no field label and removed the space before it
    assert fws(ARTICLE_HANT + "新聞熱線：0935-2212345 責任編輯：李明\n") == [
        ("contact", "新聞熱線：0935-2212345"), ("credit", "責任編輯：李明"),
    ]


def test_a_mixed_footer_inside_a_paragraph_stays_inside_it() -> None:
    page = (
        "全市召开会议\n\n本报讯 近日，全市召开会议，会议指出，"
        "要切实把协商成果转化为推动县域经济社会发展、服务\n\n"
        "新闻热线：0935-2212345 责任编辑：李明\n\n群众的实际成效。会议强调要抓好落实。\n"
    )
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    paragraphs = root.findall(".//tei:body//tei:p", TEI)
    assert len(paragraphs) == 1
    assert [(el.get("type"), el.text) for el in paragraphs[0].iterfind("tei:fw", TEI)] == [
        ("contact", "新闻热线：0935-2212345"), ("credit", "责任编辑：李明"),
    ]


def test_the_text_and_the_edit_log_are_those_of_the_uncut_line() -> None:
    page = ARTICLE + "新闻热线：0935-2212345 责任编辑：李明\n"
    result = layoutfix.convert(page)
    assert "新闻热线：0935-2212345 责任编辑：李明" in result.document.text
    assert apply_edits(page, result.edits) == result.document.text
    assert undo_edits(result.document.text, result.edits) == page
    # plain text leaves furniture out: the same with or without the footer
    assert layoutfix.convert(page, fmt="txt").output == layoutfix.convert(ARTICLE, fmt="txt").output


def test_cli_writes_a_credit_fw_for_the_editor(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    page = ARTICLE + "新闻热线：0935-2212345 责任编辑：李明\n"
    args = ["convert", "-", "-o", str(out), "--edits", str(tmp_path / "e.jsonl")]
    result = CliRunner().invoke(app, args, input=page)
    assert result.exit_code == 0, result.stderr
    root = etree.fromstring(out.read_bytes())
    assert [el.get("type") for el in root.iterfind(".//tei:body//tei:fw", TEI)] == ["contact", "credit"]
    assert "space" not in (tmp_path / "e.jsonl").read_text(encoding="utf-8")  # the space between stays


def test_the_labels_cut_at_a_field_label_not_at_a_space_inside_a_value() -> None:
    # the spacing step takes the space out of 兰州市 城关区 before the labels run; the labels alone
    # must not cut there either
    text = "新闻热线：0935-2212345 通讯地址：兰州市 城关区 责任编辑：李明"
    pieces = label_blocks([Block("b1", text, 0, len(text))], text)
    assert [(b.role, b.text) for b in pieces] == [
        ("furniture", "新闻热线：0935-2212345 通讯地址：兰州市 城关区"), ("furniture", "责任编辑：李明"),
    ]
    assert [furniture_type(b.text) for b in pieces] == ["contact", "credit"]
