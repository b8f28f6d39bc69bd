"""A stray space the OCR put inside an opening dateline with no spaced byline after it on its line.

`本 报讯 近日，…` lost the gap after its dateline with the stray space (`本报讯近日，…`), while the
unbroken `本报讯 近日，…` keeps it; `本 报讯 记者 王丽` / `近日，…`, a byline on its own line above the
lead, lost its field gaps too (`本报讯记者王丽`) and convert printed `记者王丽` inside the paragraph.
The stray space goes (one `space` edit) and the rest reads as the unbroken line.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from layoutfix import normalize_text
from layoutfix.cli import app

TITLE = "兰州新区打造西部陆港枢纽"
DATELINES = [
    "本报讯", "本报兰州讯", "本报定西讯", "本报北京10月9日电", "新华社兰州10月9日电", "本報訊", "本報蘭州訊",
]
LEADS = ["近日，全市召开会议。", "10月9日，兰州新区开行班列。"]
#: Bylines printed on their own line under the dateline's (after a space), above the lead.
BYLINES = ["记者 王丽", "记者王丽", "记者 王丽 通讯员 张强", "特约记者 欧阳晓明"]


def broken(dateline: str) -> Iterator[tuple[str, int]]:
    """`dateline` with one space between two of its hanzi, at each place, and where that space is."""
    for i in range(1, len(dateline)):
        if all("\u4e00" <= c <= "\u9fff" for c in dateline[i - 1 : i + 1]):
            yield dateline[:i] + " " + dateline[i:], i


#: (the text with a broken dateline, the same text unbroken, where the stray space is).
LEAD_CASES = [
    pytest.param(f"{split} {lead}", f"{dateline} {lead}", at, id=f"{split}|{lead[:3]}")
    for dateline in DATELINES
    for split, at in broken(dateline)
    for lead in LEADS
]
LINE_CASES = [
    pytest.param(
        f"{split} {byline}\n{LEADS[0]}", f"{dateline} {byline}\n{LEADS[0]}", at, id=f"{split}|{byline}"
    )
    for dateline in DATELINES
    for split, at in broken(dateline)
    for byline in BYLINES
]


def txt(runner: CliRunner, text: str) -> str:
    result = runner.invoke(app, ["convert", "-", "-f", "txt"], input=f"{TITLE}\n\n{text}\n")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def space_edits(text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.after) for e in normalize_text(text).edits if e.kind == "space"]


@pytest.mark.parametrize(("text", "unbroken", "at"), LEAD_CASES + LINE_CASES)
def test_the_stray_space_goes_and_the_text_reads_as_unbroken(text: str, unbroken: str, at: int) -> None:
    assert normalize_text(unbroken).text == unbroken  # the editor's gaps
    assert normalize_text(text).text == unbroken


@pytest.mark.parametrize(("text", "unbroken", "at"), LEAD_CASES + LINE_CASES)
def test_the_edit_log_deletes_the_stray_space_only(text: str, unbroken: str, at: int) -> None:
    assert space_edits(unbroken) == []
    assert space_edits(text) == [(at, at + 1, "")]


@pytest.mark.parametrize(("text", "unbroken", "at"), LEAD_CASES)
def test_convert_prints_the_dateline_and_the_lead_as_unbroken(
    runner: CliRunner, text: str, unbroken: str, at: int
) -> None:
    assert txt(runner, text) == txt(runner, unbroken)


#: Every place in the Lanzhou datelines, the first place in the others (a few conversions suffice).
CONVERT_LINE_CASES = [c for c in LINE_CASES if c.values[2] == 1 or "兰" in str(c.values[1])]


@pytest.mark.parametrize(("text", "unbroken", "at"), CONVERT_LINE_CASES)
def test_convert_prints_the_byline_line_apart_from_the_lead(
    runner: CliRunner, text: str, unbroken: str, at: int
) -> None:
    printed = txt(runner, text)
    assert printed == txt(runner, unbroken)
    assert printed.split("\n\n")[1:] == [unbroken.split("\n")[0], LEADS[0] + "\n"]


@pytest.mark.parametrize(
    "line",
    [
        "本 报电 话采访，记者了解到情况。",  # 电话 is a word: no dateline ends at 电
        "新华 社区 召开会议，居民积极参加。",  # no dateline once glued
        "本报 讯息 发布会召开。",  # 讯息 is a word
    ],
)
def test_running_text_loses_its_stray_spaces(line: str) -> None:
    """No dateline opens these lines: every space between two hanzi goes, as before."""
    assert " " not in normalize_text(line).text
