"""Photo credits under a caption: found in every common form, never taken from body text, and kept
with the spaces between their fields.

A credit names who took or supplied the photo: `新华社记者 张强 摄`, `新华社发（李明 摄）`, `摄影：王丽`,
`视觉中国供图`, `资料图片`. On its own line under the caption or at the end of the caption's line, it
becomes the figure's `<note type="credit">` in the TEI (JSON `credits`), the caption its `<p>`. Its
fields keep the spaces they were printed with, as a spaced byline's do (`本报记者 王丽 通讯员 张强`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.layout import roles
from layoutfix.pipeline import convert

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "兰州新区打造西部陆港枢纽"
CAPTION = "图为工人在检修设备。"

#: Credits as papers print them; each must come out exactly so.
CREDITS = [
    "新华社记者 张强 摄",
    "本报记者 王丽 摄",
    "人民日报记者 李明 摄",
    "通讯员 杨帆 摄",
    "张强 摄",
    "新华社发（李明 摄）",
    "本报记者 王丽/摄",
    "摄影：王丽",
    "图/王丽",
    "视觉中国供图",
    "兰州新区管委会供图",
    "资料图片",
    "（资料图片）",
    "新华社发",
]


def figures(page: str, tmp_path: Path) -> list[tuple[list[str], list[str]]]:
    """(caption texts, credit texts) of each `<figure>` of the TEI that `convert` writes for `page`."""
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    root = etree.fromstring(convert(path, fmt="tei").output.encode("utf-8"))
    out = []
    for fig in root.iterfind(".//tei:body//tei:figure", TEI):
        captions = ["".join(p.itertext()) for p in fig.iterfind("tei:p", TEI)]
        credits = ["".join(n.itertext()) for n in fig.iterfind("tei:note[@type='credit']", TEI)]
        out.append((captions, credits))
    return out


def all_credits(page: str, tmp_path: Path) -> list[str]:
    """Every credit note of the TEI `convert` writes for `page`."""
    return [c for _, credits in figures(page, tmp_path) for c in credits]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_on_its_own_line_under_the_caption(credit: str, tmp_path: Path) -> None:
    page = f"{TITLE}\n\n{CAPTION}\n{credit}\n"
    assert figures(page, tmp_path) == [([CAPTION], [credit])]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_at_the_end_of_the_caption_line(credit: str, tmp_path: Path) -> None:
    page = f"{TITLE}\n\n{CAPTION}{credit}\n"
    assert figures(page, tmp_path) == [([CAPTION], [credit])]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_in_a_block_of_its_own(credit: str, tmp_path: Path) -> None:
    page = f"{TITLE}\n\n{CAPTION}\n\n{credit}\n"
    assert all_credits(page, tmp_path) == [credit]


def test_a_caption_without_end_punctuation_keeps_the_gap_before_its_credit(tmp_path: Path) -> None:
    """The space is all that tells the caption from the credit: it stays, and the two are apart."""
    page = f"{TITLE}\n\n图为工人在检修设备 新华社记者 张强 摄\n"
    assert figures(page, tmp_path) == [(["图为工人在检修设备"], ["新华社记者 张强 摄"])]


def test_a_traditional_credit_keeps_its_fields(tmp_path: Path) -> None:
    page = f"{TITLE}\n\n圖為工人在檢修設備。\n新華社記者 張強 攝\n"
    assert figures(page, tmp_path) == [(["圖為工人在檢修設備。"], ["新華社記者 張強 攝"])]


def test_a_space_beside_punctuation_still_goes(tmp_path: Path) -> None:
    page = f"{TITLE}\n\n{CAPTION} 记者 马俊 摄\n\n摄影： 王丽\n"
    assert all_credits(page, tmp_path) == ["记者 马俊 摄", "摄影：王丽"]


#: Body text and headlines with 摄 or 图 in them: no credit, and no space of theirs kept.
NOT_CREDITS = [
    ("他拍摄了这张照片。", "他拍摄了这张照片。"),
    ("摄影展开幕", "摄影展开幕"),
    ("记者摄下了这一幕。", "记者摄下了这一幕。"),
    ("雪后故宫 市民拍摄", "雪后故宫 市民拍摄"),
    ("图：大桥", "图：大桥"),
    ("图/文 王丽", "图/文 王丽"),  # a byline: its field space kept (tests/test_bylines_more.py)
    ("近日，本报记者 王丽 摄下了这一幕。", "近日，本报记者王丽摄下了这一幕。"),
]


@pytest.mark.parametrize(("line", "output"), NOT_CREDITS)
def test_body_text_with_a_credit_word_is_no_credit(line: str, output: str, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"{TITLE}\n\n{line}\n", encoding="utf-8")
    result = json.loads(convert(path, fmt="json").output)
    assert [c for art in result["articles"] for c in art["credits"]] == []
    assert output in json.dumps(result, ensure_ascii=False)


def test_credit_through_the_cli_json_and_edit_log(tmp_path: Path) -> None:
    """`convert --format json --edits`: the credit as printed, no space edit inside it, and the log
    gives the page back (`edits undo`)."""
    page = tmp_path / "page.txt"
    original = f"{TITLE}\n\n图为工人 在检修设备。\n新华社记者 张强 摄\n"
    page.write_text(original, encoding="utf-8")
    out, log = tmp_path / "out.json", tmp_path / "edits.jsonl"
    runner = CliRunner()
    result = runner.invoke(app, ["convert", str(page), "-f", "json", "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert (article["captions"], article["credits"]) == ([CAPTION], ["新华社记者 张强 摄"])
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    credit_at = original.index("新华社")
    assert [e["before"] for e in edits if e["start"] >= credit_at] == []
    applied = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert applied.exit_code == 0, applied.stderr
    assert "新华社记者 张强 摄" in applied.stdout
    final = tmp_path / "final.txt"
    final.write_text(applied.stdout, encoding="utf-8")
    undone = runner.invoke(app, ["edits", "undo", str(final), str(log)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == original


_PIECES = [
    "本报", "新华社", "人民日报", "记者", "通讯员", "摄", "摄影", "：", "/", "图", "发", "供图", "资料图片",
    "（", "）", "王丽", "张强", "视觉中国", "拍", " ", "\n", "。", "，", "说明",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_a_credit_search_from_the_tail_finds_the_full_searchs_match(text: str) -> None:
    """`find_credit` starts late on long blocks (`_CREDIT_SPAN`); it must find what a full search does."""
    full = roles._CREDIT.search(text)
    found = roles.find_credit(text)
    assert (full and full.span()) == (found and found.span())
