"""Byline forms an audit found mishandled.

1. A dateline with a bracketed reporter line (`本报讯（记者 李明 王芳）近日，…`) keeps the spaces between
   its fields, as the same line without a dateline (`（记者 王丽 李华）近日，…`) and a byline block do:
   without them 李明 and 王芳 read as one name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开会议"
LEAD = "近日，全市召开会议。"


def tei_texts(page: str) -> dict[str, list[str]]:
    """The texts of the `<byline>`, `<head>` and `<p>` elements of the TEI body `convert` writes."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    body = root.find(".//tei:body", TEI)
    assert body is not None
    return {
        tag: ["".join(el.itertext()) for el in body.iterfind(f".//tei:{tag}", TEI)]
        for tag in ("byline", "head", "p")
    }


#: A dateline and a bracketed reporter line opening the lead, and the byline cut off it.
DATELINE_BRACKETED = [
    ("本报讯（记者 李明 王芳）", "本报讯（记者 李明 王芳）"),
    ("新华社北京10月11日电（记者 张三 李四）", "新华社北京10月11日电（记者 张三 李四）"),
    ("本报兰州讯（记者 李明 王芳）", "本报兰州讯（记者 李明 王芳）"),
    ("本报讯（记者 王晓明）", "本报讯（记者 王晓明）"),
    ("本报讯（本报记者 李明、王芳）", "本报讯（本报记者 李明、王芳）"),
    ("本报兰州讯 ( 记者 李明 王芳 ) ", "本报兰州讯（记者 李明 王芳）"),  # a space beside a bracket goes
    ("本報蘭州訊（記者 李明 王芳）", "本報蘭州訊（記者 李明 王芳）"),
]


@pytest.mark.parametrize(("opening", "byline"), DATELINE_BRACKETED)
def test_a_dateline_bracketed_byline_keeps_its_field_spaces(opening: str, byline: str) -> None:
    texts = tei_texts(f"{TITLE}\n\n{opening}{LEAD}\n")
    assert texts["byline"] == [byline]
    assert texts["p"] == [LEAD]


def test_a_dateline_bracketed_byline_of_its_own_keeps_its_field_spaces() -> None:
    # a block holding `、` is no headline, so the phrase-gap rule does not keep its space
    texts = tei_texts(f"{TITLE}\n\n本报讯（本报记者 李明、王芳）\n\n{LEAD}\n")
    assert texts["byline"] == ["本报讯（本报记者 李明、王芳）"]


#: Must not change: a name padded with a space (one hanzi each side) and hanzi that spell words.
DATELINE_GLUED = [
    ("本报武威讯（通讯员梁 钰）", "本报武威讯（通讯员梁钰）"),
    ("本报讯（通讯员 培训班）", "本报讯（通讯员培训班）"),
]


@pytest.mark.parametrize(("opening", "byline"), DATELINE_GLUED)
def test_a_dateline_bracket_naming_no_reporter_loses_its_spaces(opening: str, byline: str) -> None:
    texts = tei_texts(f"{TITLE}\n\n{opening}{LEAD}\n")
    assert texts["byline"] == [byline]


def test_the_cli_logs_no_space_edit_inside_a_dateline_bracketed_byline(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{TITLE}\n\n本报讯（记者 李明 王芳）{LEAD}\n", encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["byline"] == ["本报讯（记者 李明 王芳）"]
    assert edits.read_text(encoding="utf-8") == ""
