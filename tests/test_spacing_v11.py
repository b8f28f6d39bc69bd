"""Spaces the spacing step removed where the print had a field gap (v11b): a number before the next
field's label, a byline under a title line in the same block, the names of an author line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.tracked import TrackedText

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开会议"
LEAD = "近日，全市召开会议。"


def spaced(text: str) -> str:
    """`text` after the spacing step."""
    return fix_spacing(TrackedText(text)).text


def tei_texts(page: str, path: str) -> list[str]:
    """The texts of the elements `path` finds in the TEI body `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    return ["".join(el.itertext()) for el in root.iterfind(f".//tei:body//{path}", TEI)]


def cli_edit_rules(page: str, tmp_path: Path) -> list[str]:
    """The rule ids of the edit log `layoutfix convert - --edits FILE` writes for `page`."""
    log = tmp_path / "edits.jsonl"
    args = ["convert", "-", "-o", str(tmp_path / "out.xml"), "--edits", str(log)]
    result = CliRunner().invoke(app, args, input=page)
    assert result.exit_code == 0, result.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    return [json.loads(line).get("rule", "") for line in lines if line.strip()]


# 1. A number ending a field keeps the space before the next field's label.

CONTACT = "新闻热线：0935-2212345 责任编辑：李明"


def test_the_space_before_the_next_field_label_after_a_number_is_kept(tmp_path: Path) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{CONTACT}\n"
    # one `fw` per kind since v12 (tests/test_furniture_v12.py); the space between them is kept
    assert " ".join(tei_texts(page, "tei:fw")) == CONTACT  # not `…2212345责任编辑：李明`
    rules = cli_edit_rules(page, tmp_path)
    assert "space.number-unit" not in rules


@pytest.mark.parametrize(
    "line",
    [
        "新闻热线：0935-2212345 责任编辑：李明",
        "邮编：730000 地址：兰州市城关区东岗西路",
        "邮编 730000 电话 0931-8888888",
        "投稿邮箱：news@gsrb.com 传真：0931-8888888",
        "订阅热线：0931-8888888 投诉电话：0931-6666666",
    ],
)
def test_a_field_label_after_a_number_keeps_its_space(line: str) -> None:
    assert spaced(line) == line


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("全市共有 5 个乡镇。", "全市共有5个乡镇。"),
        ("总投资 30 万元。", "总投资30万元。"),
        ("2023 年，全市经济稳中有进。", "2023年，全市经济稳中有进。"),
        ("10 月 9 日，全市召开会议。", "10月9日，全市召开会议。"),
        ("要做好以下 3 项工作：", "要做好以下3项工作："),
        ("投入资金 30 万元：", "投入资金30万元："),
        ("截至 2023 年底：", "截至2023年底："),
        ("增长 5% 以上", "增长5%以上"),
        ("2023 年度：全市经济稳中有进", "2023年度：全市经济稳中有进"),
        ("请拨打12345 热线反映问题。", "请拨打12345热线反映问题。"),  # a sentence: no fields
        ("请拨打12345 热线电话反映。", "请拨打12345热线电话反映。"),
    ],
)
def test_a_unit_or_the_number_s_phrase_after_a_number_still_loses_the_space(before: str, after: str) -> None:
    assert spaced(before) == after


# 2. A byline under a title line of the same block keeps its field spaces.


@pytest.mark.parametrize(
    ("title", "byline", "lead"),
    [
        (TITLE, "本报记者 王丽 发自北京", LEAD),
        (TITLE, "本报记者 王丽 李华", LEAD),
        (TITLE, "记者 王丽 通讯员 张强", LEAD),
        (TITLE, "新华社北京10月9日电 记者 王丽", LEAD),
        ("全市召開會議", "本報記者 王麗 發自北京", "近日，全市召開會議。"),
    ],
)
def test_a_byline_under_a_title_line_keeps_its_field_spaces(title: str, byline: str, lead: str) -> None:
    page = f"{title}\n{byline}\n{lead}\n"
    assert tei_texts(page, "tei:byline") == [byline]  # as its own block: `本报记者 王丽 发自北京`
    assert tei_texts(page, "tei:head") == [title]
    assert tei_texts(page, "tei:p") == [lead]


def test_spaces_in_the_lead_under_a_title_and_byline_still_go() -> None:
    page = f"{TITLE}\n本报记者 王丽\n近日，全市 召开会议。\n"
    assert tei_texts(page, "tei:p") == [LEAD]
    assert tei_texts(page, "tei:byline") == ["本报记者 王丽"]


def test_a_heading_like_first_line_over_a_paragraph_keeps_no_spaces() -> None:
    # no byline under the first line: nothing there is a field
    assert spaced("全市召开会议\n会议 强调 要抓好落实\n近日，全市召开会议。") == (
        "全市召开会议\n会议强调要抓好落实\n近日，全市召开会议。"
    )


# 3. An author line keeps the space between its names.

BODY = "近日，全市召开会议。会议强调要抓好落实。"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("作者：王丽 李华", "作者：王丽 李华"),
        ("作者: 王丽 李华", "作者：王丽 李华"),  # the space beside the colon is no field gap
        ("作者：王丽 李华 张强", "作者：王丽 李华 张强"),
        ("作者：王麗 李華", "作者：王麗 李華"),
    ],
)
def test_an_author_line_signing_the_article_keeps_the_space_between_names(line: str, kept: str) -> None:
    page = f"{TITLE}\n\n{BODY}\n\n{line}\n"
    assert tei_texts(page, "tei:closer/tei:signed") == [kept]  # not `作者：王丽李华`


def test_an_author_line_under_the_title_keeps_the_space_between_names() -> None:
    page = f"{TITLE}\n\n作者：王丽 李华\n\n{LEAD}\n"
    assert tei_texts(page, "tei:byline") == ["作者：王丽 李华"]


def test_an_author_label_opening_a_sentence_keeps_no_spaces() -> None:
    assert spaced("作者：这本书 写得 很好。") == "作者：这本书写得很好。"
