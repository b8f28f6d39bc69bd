"""Bylines written with spaces between their fields on the lead paragraph's first line.

`本报记者 王丽 通讯员 张强 近日,…`: the spacing step keeps the spaces between the byline's fields (they
tell a name from the next field), and the labels cut the byline off the paragraph at its last space,
as they cut `本报讯(记者 王丽)近日,…`. Running text that merely opens with 记者 / 通讯员 / 本报讯, or
with a word and a stray space, is left as it was.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import regex
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app
from layoutfix.layout import roles
from layoutfix.layout.roles import label_block
from layoutfix.model import Block
from layoutfix.normalize import NormalizeOptions
from layoutfix.normalize.steps import build_steps
from layoutfix.normalize.typos import load_ruleset
from layoutfix.pipeline import build_document
from layoutfix.tracked import TrackedText

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "兰州新区打造西部陆港枢纽"
BODY = "近日,兰州新区召开会议。"


def page(line: str) -> str:
    """A title, a blank line, then `line`: the shape of the brief's reproducer."""
    return f"{TITLE}\n\n{line}\n"


def article_text(tei: str) -> tuple[list[str], list[str]]:
    """The `<byline>` and `<p>` texts of the one article of a TEI output."""
    root = etree.fromstring(tei.encode("utf-8"))
    (div,) = root.findall(".//tei:body//tei:div[@type='article']", TEI)
    bylines = ["".join(b.itertext()) for b in div.iterfind(".//tei:byline", TEI)]
    paragraphs = ["".join(p.itertext()) for p in div.iterfind(".//tei:p", TEI)]
    return bylines, paragraphs


#: (lead line, the byline a reader sees, the lead paragraph).
SPLIT = [
    ("本报讯 记者王丽 " + BODY, "本报讯 记者王丽", "近日，兰州新区召开会议。"),
    ("本报记者 王丽 通讯员 张强 " + BODY, "本报记者 王丽 通讯员 张强", "近日，兰州新区召开会议。"),
    ("□本报记者 王丽 " + BODY, "□本报记者 王丽", "近日，兰州新区召开会议。"),
    ("●本报记者 王丽 文/图 " + BODY, "●本报记者 王丽 文/图", "近日，兰州新区召开会议。"),
    ("本报记者 王丽、李华 摄 " + BODY, "本报记者 王丽、李华 摄", "近日，兰州新区召开会议。"),
    ("新华社兰州10月9日电 记者 李华 " + BODY, "新华社兰州10月9日电 记者 李华", "近日，兰州新区召开会议。"),
    ("本报定西讯 特约记者 欧阳晓明月 10月10日,开会。", "本报定西讯 特约记者 欧阳晓明月", "10月10日，开会。"),
    ("▲实习生 陈静 “老字号”焕新活动启动。", "▲实习生 陈静", "“老字号”焕新活动启动。"),
]


@pytest.mark.parametrize(("line", "byline", "lead"), SPLIT)
def test_a_spaced_byline_is_cut_off_the_lead_paragraph_with_its_spaces(
    line: str, byline: str, lead: str
) -> None:
    result = layoutfix.convert(page(line))
    assert article_text(result.output) == ([byline], [lead])


@pytest.mark.parametrize(("line", "byline", "lead"), SPLIT)
def test_no_space_of_the_byline_is_deleted_in_the_edit_log(line: str, byline: str, lead: str) -> None:
    original = page(line)
    doc = build_document(original)
    byline_end = original.index(line) + len(byline) + 1  # the byline and the gap after it
    inside = [e for e in doc.edits if e.kind == "space" and e.start < byline_end]
    assert inside == []
    assert [b.text for a in doc.articles for b in a.bylines] == [byline]


@pytest.mark.parametrize(
    "line",
    [
        "记者近日从市政协获悉，全市政协系统召开会议。",
        "记者从兰州新区了解到，新区今年开行班列200列。",
        "通讯员队伍建设不断加强，全市已有通讯员300名。",
        "会议 强调，要加强基层治理。",
        "记者 近日从市政协获悉，全市政协系统召开会议。",  # a stray space after 记者: no name follows
        "本报记者 获悉，全市政协系统召开会议。",
        "通讯员培训班 近日在兰州开班。",  # a word glued to the label is no name without a dateline
        "记者节到来 各地记者坚守岗位。",
    ],
)
def test_running_text_opening_like_a_byline_stays_one_paragraph(line: str) -> None:
    bylines, paragraphs = article_text(layoutfix.convert(page(line)).output)
    assert bylines == []
    assert [p.replace(" ", "") for p in paragraphs] == [line.replace(" ", "")]


def test_a_dateline_without_a_space_is_cut_as_before() -> None:
    assert article_text(layoutfix.convert(page("本报讯近日,兰州新区召开会议。")).output) == (
        ["本报讯"], ["近日，兰州新区召开会议。"]
    )


@pytest.mark.parametrize("line", ["本报记者 王丽 李华", "本报记者 王丽 通讯员 张强"])
def test_a_byline_on_its_own_stays_one_byline(line: str) -> None:
    """Fields only, no paragraph after them: nothing is given to a paragraph."""
    assert article_text(layoutfix.convert(page(line)).output) == ([line], [])


def test_a_credit_line_is_not_read_as_byline_and_paragraph() -> None:
    """`通讯员 杨帆 摄` ends with a credit word: no paragraph follows the fields."""
    pieces = label_block(Block(id="b1", text="通讯员 杨帆 摄", start=0, end=9), "通讯员 杨帆 摄")
    assert [(p.role, p.text) for p in pieces] == [("credit", "通讯员 杨帆 摄")]


def test_the_spacing_step_keeps_exactly_the_byline_gaps() -> None:
    """The gaps up to the paragraph stay; a stray space inside the paragraph still goes."""
    spacing = dict(build_steps(NormalizeOptions()))["spacing"]
    text = "本报记者 王丽 通讯员 张强 近日兰州 新区召开会议。"
    assert spacing(TrackedText(text)).text == "本报记者 王丽 通讯员 张强 近日兰州新区召开会议。"


@cache
def label_words() -> list[str]:
    """Dictionary words (jieba's plus the shipped lexicon) that open with a byline label or a news
    agency's name but are not a label or dateline themselves: 记者会, 通讯员队伍... (running text)."""
    freq = load_ruleset().checker.tokenizer.FREQ
    openers = ("本报", "记者", "特约记者", "通讯员", "实习生", "新华社", "中新社")
    formula = regex.compile(rf"{roles._REPORTER_LABEL}|{roles._DATELINE_FORMULA}")
    return sorted(
        w for w, f in freq.items() if f > 0 and w.startswith(openers) and not formula.fullmatch(w)
    )


def test_dictionary_words_opening_with_a_label_are_never_cut_as_bylines() -> None:
    """Every such word, opening a paragraph with a stray space after it (or after the next word),
    leaves the paragraph whole: a byline opens with a label, a space, then a name."""
    words = label_words()
    assert {"记者会", "记者站", "新华社摄影部"} <= set(words)
    for word in words:
        for line in (f"{word} 近日在兰州召开会议。", f"{word} 工作 在兰州召开会议。"):
            doc = build_document(page(line))
            assert [b.text for a in doc.articles for b in a.bylines] == [], line


def test_cli_writes_the_byline_and_paragraph_apart(tmp_path: Path) -> None:
    src = tmp_path / "b.txt"
    src.write_text(page("本报记者 王丽 通讯员 张强 " + BODY), encoding="utf-8")
    edits = tmp_path / "b.edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "--format", "txt", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.split("\n\n") == [TITLE, "本报记者 王丽 通讯员 张强", "近日，兰州新区召开会议。\n"]
    log = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert [e["rule"] for e in log] == ["punct.comma"]  # no space deleted
