"""A stray space the OCR put inside the dateline that opens a spaced byline's line.

`本 报讯 记者 王丽 近日，…` lost every gap with its stray space (`本报讯记者王丽近日，…`) and the page
showed the dateline alone as its byline, `记者王丽` glued to the lead. The stray space goes and the
editor's gaps stay, exactly as for the unbroken `本报讯 记者 王丽 近日，…`; running text with a stray
space after a word that glued is no dateline is left as it was.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from layoutfix import normalize_text
from layoutfix.cli import app

TITLE = "兰州新区打造西部陆港枢纽"

#: (dateline, byline after it, lead): the unbroken line is `dateline byline lead`.
LINES = [
    ("本报讯", "记者 王丽", "近日，全市召开会议。"),
    ("本报讯", "记者王丽", "10月9日，兰州新区开行班列。"),
    ("本报兰州讯", "记者 王丽 通讯员 张强", "近日，全市召开会议。"),
    ("本报定西讯", "特约记者 欧阳晓明", "日前，定西市召开会议。"),
    ("本报北京10月9日电", "记者 李华", "全国政协召开会议。"),
    ("新华社兰州10月9日电", "记者 李华", "兰州新区开行班列。"),
    ("□本报讯", "记者 王丽", "近日，全市召开会议。"),
]


def broken(dateline: str) -> Iterator[tuple[str, int]]:
    """`dateline` with one space between two of its hanzi, at each place, and where that space is."""
    for i in range(1, len(dateline)):
        if all("\u4e00" <= c <= "\u9fff" for c in dateline[i - 1 : i + 1]):
            yield dateline[:i] + " " + dateline[i:], i


CASES = [
    pytest.param(split + " " + byline + " " + lead, dateline, byline, lead, at, id=f"{split}|{byline}")
    for dateline, byline, lead in LINES
    for split, at in broken(dateline)
]


def test_every_dateline_of_the_table_is_broken_somewhere() -> None:
    assert {case.values[1] for case in CASES} == {dateline for dateline, _, _ in LINES}


@pytest.mark.parametrize(("line", "dateline", "byline", "lead", "at"), CASES)
def test_the_stray_space_goes_and_the_gaps_stay(
    line: str, dateline: str, byline: str, lead: str, at: int
) -> None:
    unbroken = normalize_text(f"{dateline} {byline} {lead}").text
    assert unbroken.startswith(f"{dateline} {byline} ")  # the gaps the editor set
    assert normalize_text(line).text == unbroken


@pytest.mark.parametrize(("line", "dateline", "byline", "lead", "at"), CASES)
def test_the_edit_log_deletes_the_stray_space_only(
    line: str, dateline: str, byline: str, lead: str, at: int
) -> None:
    spaces = [(e.start, e.end, e.after) for e in normalize_text(line).edits if e.kind == "space"]
    assert spaces == [(at, at + 1, "")]


#: The first place of each dateline, and every place in those of Lanzhou (a few conversions suffice).
CONVERT_CASES = [c for c in CASES if c.values[4] == 1 or "兰" in str(c.values[0])]


@pytest.mark.parametrize(("line", "dateline", "byline", "lead", "at"), CONVERT_CASES)
def test_convert_txt_prints_the_byline_and_the_lead_apart(
    runner: CliRunner, line: str, dateline: str, byline: str, lead: str, at: int
) -> None:
    result = runner.invoke(app, ["convert", "-", "-f", "txt"], input=f"{TITLE}\n\n{line}\n")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.split("\n\n") == [TITLE, f"{dateline} {byline}", lead + "\n"]


def test_a_traditional_dateline_is_read_through_its_simplified_view(runner: CliRunner) -> None:
    line = "本 報訊 記者 王麗 近日，全市召開會議。"
    assert normalize_text(line).text == "本報訊 記者 王麗 近日，全市召開會議。"
    result = runner.invoke(app, ["convert", "-", "-f", "txt"], input=f"{TITLE}\n\n{line}\n")
    assert result.stdout.split("\n\n")[1] == "本報訊 記者 王麗"


def test_stray_spaces_in_the_dateline_and_the_label_both_go() -> None:
    line = "本 报讯 记 者 王丽 近日，全市召开会议。"
    assert normalize_text(line).text == "本报讯 记者 王丽 近日，全市召开会议。"


@pytest.mark.parametrize(
    "line",
    [
        "本报 记者节 到来之际，各地记者坚守岗位。",  # no dateline once glued
        "本报 讯息 记者 王丽 近日召开会议。",  # 讯息 is a word: no dateline ends there
        "本报讯 记者 今天 召开会议。",  # a whole dateline before its gap, no name after the label
        "兰州 新区 记者 王丽 近日召开会议。",  # no dateline formula at all
    ],
)
def test_running_text_keeps_its_old_reading(line: str) -> None:
    """No byline opens these lines, so none of their spaces is kept as a byline gap."""
    text = normalize_text(line).text
    assert "记者 王丽 " not in text and "记者 今天 " not in text


@pytest.mark.parametrize("label", ["本报记者", "本报全媒体记者"])
def test_the_gap_after_a_whole_label_is_no_stray_space_of_a_dateline(label: str) -> None:
    """`通讯` glued to the label would read `本报…通讯` as a dateline ending in 讯: the 讯 of `通讯 员`."""
    line = f"{label} 通讯 员 张强 近日，全市召开会议。"
    assert normalize_text(line).text == f"{label} 通讯员 张强 近日，全市召开会议。"
